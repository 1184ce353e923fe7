//! Browser entry point: mounts the Yew app. Built for wasm32 by Trunk; natively it only explains.

#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Toeleiding runs in the browser: start it with `make serve`.");
}

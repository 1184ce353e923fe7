//! The page "Verwijzing maken" (`index.html`): mounts the sender's part. Built for wasm32 by
//! Trunk; natively it only explains.

#[cfg(target_arch = "wasm32")]
fn main() {
    toeleiding::ui::refer::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Toeleiding runs in the browser: start it with `make serve`.");
}

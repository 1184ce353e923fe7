//! The page "KSZ lezen" (`ksz.html`): mounts the social investigation's worksheet. Built for
//! wasm32 by Trunk; natively it only explains.

#[cfg(target_arch = "wasm32")]
fn main() {
    toeleiding::ui::ksz::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Toeleiding runs in the browser: start it with `make serve`.");
}

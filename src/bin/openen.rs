//! The page "Verwijzing openen" (`openen.html`): mounts the OCMW opener. Built for wasm32 by
//! Trunk; natively it only explains.

#[cfg(target_arch = "wasm32")]
fn main() {
    toeleiding::ui::open::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Toeleiding runs in the browser: start it with `make serve`.");
}

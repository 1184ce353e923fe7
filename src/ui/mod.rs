//! The Yew user interface: a thin layer over the core, split like the core into the sender's
//! part (`refer`) and the OCMW's part (`open`), with the shared controls (`common`), the pages
//! outside both (`pages`) and every Dutch text (`messages`). One pure reducer (`state`) holds the
//! app state; effects live in callbacks (`browser` wraps the browser's services).

mod app;
mod browser;
mod common;
mod history;
mod idle;
mod messages;
mod open;
mod pages;
mod refer;
mod state;

pub use app::App;

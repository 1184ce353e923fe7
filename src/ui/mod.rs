//! The Yew user interface (wasm32 only): a thin layer over the core, split like the core into
//! the sender's part (`refer`, the page "Verwijzing maken") and the OCMW's part (`open`, the page
//! "Verwijzing openen"). Both sit in the same page frame (`shell`: header, footer, statements,
//! the wipe and the automatic wipe, one pure reducer per page), use the shared controls
//! (`common`) and take every Dutch text from `messages`. Effects live in callbacks; `browser`
//! wraps the browser's services.

mod browser;
mod common;
mod messages;
pub mod open;
pub mod refer;
mod shell;

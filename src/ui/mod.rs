//! The Yew user interface (wasm32 only): a thin layer over the core, split like the core into
//! its parts: the sender (`refer`, the page "Verwijzing maken"), the OCMW opener (`open`,
//! "Verwijzing openen") and the social investigation (`ksz`, "KSZ lezen"). All sit in the same
//! page frame (`shell`: header, footer, statements, the wipe and the automatic wipe, one pure
//! reducer per page), use the shared controls (`common`) and take every Dutch text from
//! `messages`. Effects live in callbacks; `browser` wraps the browser's services.

mod browser;
mod common;
mod derive;
pub mod ksz;
mod messages;
pub mod open;
pub mod refer;
mod shell;

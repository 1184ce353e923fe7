//! Toeleiding core: the referral model, validation, the Word document, the encrypted archive and
//! the password. Pure Rust: it never touches the DOM and never imports yew or web_sys, so all of it
//! is tested natively with `cargo test`. The browser UI (`src/main.rs`, `src/ui/`) sits on top.

pub mod archive;
pub mod date;
pub mod document;
pub mod filename;
pub mod model;
pub mod open;
pub mod password;
pub mod random;
pub mod reader;
pub mod send;
pub mod settings;
pub mod vcard;

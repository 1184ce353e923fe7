//! Toeleiding. The core is everything that matters, as plain Rust that never touches the DOM (it
//! never imports yew or web_sys), so all of it is tested natively with `cargo test`.
//!
//! The product's parts: [`refer`] (the Kind en Gezin worker makes and seals a referral) and
//! [`open`] (the OCMW social worker opens it), over the shared [`model`] (the validated referral),
//! [`document`] (the Word writer), [`password`] and [`settings`].
//!
//! The browser UI (`ui`, compiled only for wasm32 and with the default feature `ui`) sits on top
//! and mirrors the same split; each page of the app is its own small binary (`src/main.rs`,
//! `src/bin/*.rs`) that starts one part, so a page's WebAssembly carries only that part
//! (link-time optimisation drops the rest). *KSZ lezen*'s readers run in a module of their own
//! (`reader/`, the library without `ui`), which the page loads after its first screen.

pub mod bundle;
pub mod case;
pub mod date;
pub mod document;
pub mod formats;
pub mod ksz;
pub mod languages;
pub mod model;
pub mod open;
pub mod order;
pub mod password;
pub mod random;
pub mod refer;
pub mod settings;

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod ui;

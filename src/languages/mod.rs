//! The parents' information sheet and the five consent points in the parents' languages.
//!
//! Each language is one file of `key = value` lines in `src/ui/messages/sheet/` (`nl.txt` is the
//! plain-Dutch source; see [`texts`] for the format and the checks). All of them, Dutch too, are
//! kept out of the referral page's first load: the build (`build/languages.rs`) joins them into
//! `sheet_languages.txt` (served beside the page as `sheet-languages.txt`, embedded in the single
//! offline file) and lists the codes, names and direction of the languages besides Dutch here
//! ([`LANGUAGES`]), so the choice can be offered before anything is fetched. The page installs
//! the file when the sheet opens or the worker first chooses a language, checked against the
//! build's hash. One file for all languages, so the request never says which one was chosen; the choice
//! itself is page state only. Natively (tests, tools) the languages are built in.

pub mod html;
pub mod sheet;
pub mod texts;

pub use sheet::{fill, notice, sheet, Facts, Sheet, BLANK, POINTS, SECTIONS};
pub use texts::{check, placeholders, FormatError, Problem, Review, Texts};

use crate::bundle::Installed;

/// A language the sheet can be shown in, besides Dutch (generated from its file's description).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// The `lang` attribute (BCP 47): `ar`, `ti`, `fa-AF` …
    pub code: &'static str,
    /// Its Dutch name: "Arabisch".
    pub name: &'static str,
    /// Its own name: "العربية".
    pub endonym: &'static str,
    /// Written right to left (`dir="rtl"`).
    pub rtl: bool,
}

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The file's name beside the page.
pub const FILE_NAME: &str = "sheet-languages.txt";

/// Dutch first, then [`LANGUAGES`] in order.
static INSTALLED: Installed<Vec<Texts<'static>>> = Installed::new();

/// Why a bundle was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// Not the file this page was built with (another build's, or damaged).
    Mismatch,
}

impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the languages file is not the one this page was built with")
    }
}

/// Reads a languages file, checked against the build: its hash, its count, and each part's
/// code (Dutch, then [`LANGUAGES`] in order).
pub fn read_bundle(text: &str) -> Result<Vec<Texts<'_>>, BundleError> {
    let parts = crate::bundle::split(text, BUNDLE).ok_or(BundleError::Mismatch)?;
    let mut parsed = Vec::with_capacity(parts.len());
    let codes = std::iter::once("nl").chain(LANGUAGES.iter().map(|l| l.code));
    for (part, code) in parts.into_iter().zip(codes) {
        let texts = Texts::parse(part).map_err(|_| BundleError::Mismatch)?;
        if texts.get("code") != code {
            return Err(BundleError::Mismatch);
        }
        parsed.push(texts);
    }
    Ok(parsed)
}

/// Installs the languages file (once; later calls keep the first), checked by [`read_bundle`].
pub fn install(text: String) -> Result<(), BundleError> {
    INSTALLED.install(text, read_bundle)
}

/// The built-in languages file (native builds only: the wasm loads it).
#[cfg(not(target_arch = "wasm32"))]
pub const BUILT_IN: &str = include_str!(concat!(env!("OUT_DIR"), "/sheet_languages.txt"));

/// Whether the languages can be shown.
pub fn installed() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    if INSTALLED.get().is_none() {
        let _ = install(BUILT_IN.to_string());
    }
    INSTALLED.get().is_some()
}

/// The texts of language `index` of [`LANGUAGES`], once installed.
pub fn texts(index: usize) -> Option<&'static Texts<'static>> {
    installed().then(|| INSTALLED.get()?.get(index + 1))?
}

/// The Dutch texts, once installed.
pub fn dutch() -> Option<&'static Texts<'static>> {
    installed().then(|| INSTALLED.get()?.first())?
}

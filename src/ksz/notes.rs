//! The knowledge's longer texts (a flow's reading guide, the frame of the social investigation,
//! a dossier's story, the rules' lines and reasons): kept out of the page's first load.
//! `build/knowledge.rs` writes them, in order, to `ksz_notes.txt` (a `crate::bundle`, served
//! beside the page as `ksz-notes.txt`, embedded in the single offline file); the page installs
//! that file right after it starts. Natively (tests, tools) they are built in.
//! No personal data: the knowledge only.

use super::knowledge::{Basis, NOTES};
use crate::bundle::Installed;

/// A deferred text: its place in the notes file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(pub u32);

/// A statement of the guide or the frame, with its basis; its text is deferred.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    pub text: Text,
    pub basis: Basis,
}

/// The file's name beside the page.
pub const FILE_NAME: &str = "ksz-notes.txt";

static INSTALLED: Installed<Vec<&'static str>> = Installed::new();

/// Why a notes file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotesError {
    /// Not the file this page was built with (another build's, or damaged).
    Mismatch,
}

impl std::fmt::Display for NotesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the notes file is not the one this page was built with")
    }
}

/// Installs the notes file (once; later calls keep the first). Checked against the build.
pub fn install(text: String) -> Result<(), NotesError> {
    INSTALLED.install(text, |t| {
        crate::bundle::split(t, NOTES).ok_or(NotesError::Mismatch)
    })
}

/// The built-in notes (native builds only: the wasm loads them).
#[cfg(not(target_arch = "wasm32"))]
pub const BUILT_IN: &str = include_str!(concat!(env!("OUT_DIR"), "/ksz_notes.txt"));

/// Whether the texts can be shown.
pub fn installed() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    if INSTALLED.get().is_none() {
        let _ = install(BUILT_IN.to_string());
    }
    INSTALLED.get().is_some()
}

impl Text {
    /// The text, or "" while the notes are not installed.
    pub fn get(self) -> &'static str {
        if !installed() {
            return "";
        }
        INSTALLED
            .get()
            .and_then(|t| t.get(self.0 as usize))
            .copied()
            .unwrap_or("")
    }
}

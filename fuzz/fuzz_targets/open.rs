//! Fuzz target for the whole OCMW open path: any received file (ZIP, .7z, a protected Word
//! document in its compound file, a plain Word document) → document → referral view → vCards,
//! plus the document body parser on its own. Must never panic, whatever the bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use toeleiding::open::{self, Content};

/// The password of the encrypted seeds in `fuzz/seeds/`.
const PASSWORD: &str = "fuzz-seed-wachtwoord-2026";

fuzz_target!(|data: &[u8]| {
    if let Ok(opened) = open::open(data, PASSWORD) {
        if let Content::Referral(view) = &opened.content {
            for parent in &view.parents {
                let _ = toeleiding::open::vcard::vcard(parent);
            }
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = toeleiding::open::docx_text::parse_body(text);
    }
});

//! Deflates the password word lists into OUT_DIR (`src/password/lists.rs` includes them).

use std::io::Write;
use std::path::Path;

const LISTS: [&str; 4] = [
    "first-names.txt",
    "surnames.txt",
    "common-passwords.txt",
    "words.txt",
];

pub fn deflate(out: &str) {
    for name in LISTS {
        let source = Path::new("src/password/lists").join(name);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = std::fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
        let mut encoder =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        encoder
            .write_all(text.as_bytes())
            .expect("deflate in memory");
        let compressed = encoder.finish().expect("deflate in memory");
        std::fs::write(Path::new(out).join(format!("{name}.deflate")), compressed)
            .expect("write to OUT_DIR");
    }
}

//! Build script: deflates the password word lists (`src/password/lists/*.txt`) into OUT_DIR, so
//! the wasm carries them compressed (see `src/password/lists.rs`).

use std::io::Write;
use std::path::Path;

const LISTS: [&str; 4] = [
    "first-names.txt",
    "surnames.txt",
    "common-passwords.txt",
    "words.txt",
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
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
        std::fs::write(Path::new(&out).join(format!("{name}.deflate")), compressed)
            .expect("write to OUT_DIR");
    }
}

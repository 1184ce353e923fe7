//! Deflates the vocabulary blob into OUT_DIR (`src/password/vocabulary.rs`: the guesser's word
//! lists, the frequency lists and known phrases, each after a `#! <name>` line), which native
//! builds include and the page fetches.

use std::io::Write;
use std::path::Path;

/// The vocabulary's sections, listed once for `src/password/vocabulary.rs`, this script and
/// `scripts/build.py`.
const VOCABULARY: &str = "src/password/lists/vocabulary.txt";

fn deflated(text: &str) -> Vec<u8> {
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(text.as_bytes())
        .expect("deflate in memory");
    encoder.finish().expect("deflate in memory")
}

pub fn deflate(out: &str) {
    println!("cargo:rerun-if-changed={VOCABULARY}");
    let sections = std::fs::read_to_string(VOCABULARY).expect("the vocabulary's section list");
    let mut blob = String::new();
    for name in sections
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let source = Path::new("src/password/lists").join(name);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = std::fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
        blob.push_str(&format!("#! {name}\n"));
        blob.push_str(&text);
        if !text.ends_with('\n') {
            blob.push('\n');
        }
    }
    std::fs::write(
        Path::new(out).join("password-lists.deflate"),
        deflated(&blob),
    )
    .expect("write to OUT_DIR");
}

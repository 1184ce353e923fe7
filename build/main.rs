//! Build script: deflates the password word lists (`src/password/lists/*.txt`, see `lists.rs`)
//! and turns the KSZ knowledge (`src/ksz/knowledge/*.toml`, see `knowledge.rs`) into Rust tables,
//! joins the information sheet's languages (`src/ui/messages/sheet/*.txt`, see `languages.rs`),
//! all into OUT_DIR, and compiles in the deployment's own Word template if `settings.json`
//! names one (see `template.rs`). Native only: nothing here ends up in the wasm but the data.

/// The same file the page uses to check the bundles it loads (`src/bundle.rs`).
#[path = "../src/bundle.rs"]
#[allow(dead_code)]
mod bundle;
mod knowledge;
mod languages;
mod lists;
mod template;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    lists::deflate(&out);
    knowledge::generate(&out);
    languages::generate(&out);
    template::generate(&out);
}

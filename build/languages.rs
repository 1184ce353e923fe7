//! The information sheet's languages (`src/ui/messages/sheet/*.txt`, see `src/languages/`):
//! the Dutch source first, then every other file sorted by Dutch name, joined into
//! `sheet_languages.txt` (fetched by the referral page when the sheet opens or a language is
//! chosen), and the languages besides Dutch described in `languages.rs` (code, names, direction,
//! and the bundle's count and hash), both into OUT_DIR. The full
//! checks of each file (keys, placeholders, review) are `tests/languages.rs`'s: a file missing
//! a text still builds, and the test says what is missing.

use std::path::Path;

const DIR: &str = "src/ui/messages/sheet";

fn field<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines().find_map(|line| {
        let (k, v) = line.trim().split_once('=')?;
        (!line.trim_start().starts_with('#') && k.trim() == key).then(|| v.trim())
    })
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

pub fn generate(out: &str) {
    println!("cargo:rerun-if-changed={DIR}");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(DIR).expect("src/ui/messages/sheet exists") {
        let path = entry.expect("readable folder").path();
        if path.extension().is_some_and(|e| e == "txt") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path).expect("a language file is UTF-8");
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            let code =
                field(&text, "code").unwrap_or_else(|| panic!("{}: no `code`", path.display()));
            assert_eq!(
                code,
                stem,
                "{}: the file is named after its code",
                path.display()
            );
            assert!(
                !text.contains('\u{1e}') && !text.contains("</"),
                "{}: holds a record separator or '</'",
                path.display()
            );
            let name =
                field(&text, "name").unwrap_or_else(|| panic!("{}: no `name`", path.display()));
            // Dutch, the source, comes first; the others by Dutch name.
            let order = if stem == "nl" {
                String::new()
            } else {
                name.to_lowercase()
            };
            files.push((order, text));
        }
    }
    files.sort();
    let mut languages = String::new();
    for (_, text) in files.iter().skip(1) {
        let get = |k| field(text, k).unwrap_or("");
        languages.push_str(&format!(
            "    Language {{ code: {}, name: {}, endonym: {}, rtl: {} }},\n",
            lit(get("code")),
            lit(get("name")),
            lit(get("endonym")),
            get("dir") == "rtl"
        ));
    }
    let texts: Vec<&str> = files.iter().map(|(_, t)| t.as_str()).collect();
    let (bundle, (count, hash)) = crate::bundle::join(&texts);
    let code = format!(
        "/// The languages besides Dutch, sorted by Dutch name (generated from their files).\n\
         pub const LANGUAGES: &[Language] = &[\n{languages}];\n\
         /// The bundle's number of files and FNV-1a hash.\n\
         pub const BUNDLE: (usize, u64) = ({count}, {hash:#x});\n"
    );
    std::fs::write(Path::new(out).join("languages.rs"), code).expect("write to OUT_DIR");
    std::fs::write(Path::new(out).join("sheet_languages.txt"), bundle).expect("write to OUT_DIR");
}

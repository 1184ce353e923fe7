//! Architecture invariants the compiler does not check (see ARCHITECTURE.md).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn files(dirs: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in dirs {
        rust_files(Path::new(d), &mut out);
    }
    out
}

#[test]
fn the_core_never_touches_the_browser() {
    let core: Vec<PathBuf> = files(&["src"])
        .into_iter()
        .filter(|p| !p.starts_with("src/ui") && p != Path::new("src/main.rs"))
        .collect();
    assert!(core.len() > 10);
    for path in core {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            for forbidden in ["yew", "web_sys", "wasm_bindgen", "js_sys", "gloo"] {
                assert!(
                    !code.contains(forbidden),
                    "{}:{}: the core must not use {forbidden}",
                    path.display(),
                    n + 1
                );
            }
        }
    }
}

#[test]
fn every_source_file_says_what_it_is_for() {
    for path in files(&["src", "tests", "examples", "fuzz/fuzz_targets"]) {
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} must start with a //! line saying what it is for",
            path.display()
        );
    }
}

#[test]
fn the_pages_carry_no_unicode_case_tables() {
    // `to_lowercase`/`to_uppercase` pull the standard library's Unicode case tables (about 30 KB
    // per page, BENCHMARKS.md, issue 20) into the wasm: the app uses `crate::case` or ASCII case.
    // Unit tests (`*_tests.rs`, `mod tests`) may use them as a reference.
    let mut checked = 0;
    for path in files(&["src"]) {
        if path.to_string_lossy().ends_with("_tests.rs") || path == Path::new("src/main.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        checked += 1;
        for (n, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for forbidden in [
                ".to_lowercase()",
                ".to_uppercase()",
                "str::to_lowercase",
                "str::to_uppercase",
            ] {
                assert!(
                    !line.contains(forbidden),
                    "{}:{}: {forbidden} (use crate::case or ASCII case)",
                    path.display(),
                    n + 1
                );
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

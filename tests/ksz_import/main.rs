//! KSZ lezen, part 2 (one test binary, a module per theme): every public sample in `../shared/ksz-samples/` (read in place, never
//! copied; under `CI=true` a missing folder fails) and our own answers in
//! `tests/fixtures/ksz/` become facts, findings and events; hostile input is an error value,
//! never a panic; nothing identifying reaches a print label; `combine` keeps where each
//! observation comes from and where the answers disagree.

use proptest::prelude::*;
use std::path::{Path, PathBuf};
use toeleiding::ksz::import::{
    combine, labels as L, read, read_with, Answer, Fact, Group, ImportError, Kind, Lane, Options,
    Seems, MAX_FILE_BYTES,
};
use toeleiding::ksz::{Origin, Status, KNOWLEDGE};

fn samples() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ksz-samples");
    if dir.is_dir() {
        return Some(dir);
    }
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    assert!(!ci, "the KSZ samples are missing: {}", dir.display());
    println!(
        "SKIPPED: the KSZ samples are not at {} (set up ../shared/ksz-samples to run these checks)",
        dir.display()
    );
    None
}

fn xml_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "xml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn load(path: &Path) -> Answer {
    let bytes = std::fs::read(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy();
    read(&name, &bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A sample by its path below the samples folder (None when the folder is missing).
fn sample(rel: &str) -> Option<Answer> {
    samples().map(|dir| load(&dir.join(rel)))
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ksz")
}

fn fixture(name: &str) -> Answer {
    load(&fixtures().join(name))
}

fn facts<'a>(a: &'a Answer, label: &str) -> Vec<&'a Fact> {
    a.all_facts().filter(|f| f.label == label).collect()
}

fn status(a: &Answer, flow: &str) -> Option<Status> {
    a.finding(flow).map(|f| f.status)
}

const PERSOON: &str = "magda-mock/Persoon/GeefPersoon-02.02";

fn unknown(root: &str, seems: Seems) -> ImportError {
    ImportError::UnknownFormat {
        root: root.to_string(),
        seems,
    }
}

mod birth;
mod combine;
mod current;
mod guard;
mod hostile;
mod new_services;
mod permanent;
mod persons;
mod properties;
mod readers;
mod register;
mod services;
mod tx25_groups;
mod wire;

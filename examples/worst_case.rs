//! Worst-case growth of every reader of untrusted bytes: for each, a generated worst case at
//! sizes 1×, 2×, 4× and 8×, with the time and the peak of memory allocated while reading it
//! (a counting allocator). Linear growth shows as times and peaks that double with the size.
//! `cargo run --release --example worst_case` (BENCHMARKS.md has its output). A benchmark, not
//! a test: nothing here asserts a time.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{Cursor, Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

struct Counting;
static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let now = CURRENT.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                - layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        } else {
            CURRENT.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Time (ms) and peak memory (KB) of one call; the best time of three runs.
fn measure(mut f: impl FnMut()) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut peak = 0;
    for _ in 0..3 {
        let base = CURRENT.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let start = Instant::now();
        f();
        best = best.min(start.elapsed().as_secs_f64() * 1000.0);
        peak = peak.max(PEAK.load(Ordering::Relaxed).saturating_sub(base));
    }
    (best, peak / 1024)
}

fn row(reader: &str, case: &str, scale: usize, input: usize, f: impl FnMut()) {
    let (ms, kb) = measure(f);
    println!(
        "| {reader} | {case} | {scale}× | {} KB | {ms:.1} ms | {kb} KB |",
        input / 1024
    );
}

/// The built-in template with its body replaced.
fn template_with_body(body: &str) -> Vec<u8> {
    let builtin = toeleiding::document::builtin_template();
    let mut zip = zip::ZipArchive::new(Cursor::new(&builtin[..])).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        if name == "word/document.xml" {
            data = format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:p><w:r><w:t>{{ouder1_voornaam}}</w:t></w:r></w:p></w:body></w:document>"#
            )
            .into_bytes();
        }
        out.start_file(name, options).unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

fn templates() {
    use toeleiding::document::template::Template;
    let unit = 5_000;
    for scale in [1, 2, 4, 8] {
        let n = unit * scale;
        // Unknown fields in one paragraph, each in its own run.
        let one: String = format!("<w:p>{}</w:p>", "<w:r><w:t>{x}</w:t></w:r>".repeat(n));
        let bytes = template_with_body(&one);
        row(
            "template",
            "unknown fields, one paragraph",
            scale,
            bytes.len(),
            || {
                let _ = Template::load(&bytes);
            },
        );
    }
    for scale in [1, 2, 4, 8] {
        let n = unit * scale;
        // Second-parent rows of one table, and paragraphs in cells (the fill's removals).
        let rows: String = format!(
            "<w:tbl>{}</w:tbl>",
            "<w:tr><w:tc><w:p><w:r><w:t>{ouder2_voornaam}</w:t></w:r></w:p></w:tc></w:tr>"
                .repeat(n)
        );
        let bytes = template_with_body(&rows);
        row("template", "second-parent rows", scale, bytes.len(), || {
            let _ = Template::load(&bytes);
        });
    }
}

fn main() {
    println!("| reader | worst case | size | input | time | peak memory |");
    println!("| --- | --- | --- | --- | --- | --- |");
    templates();
}

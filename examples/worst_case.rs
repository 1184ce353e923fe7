//! Worst-case growth of every reader of untrusted bytes: for each, a generated worst case at
//! sizes 1×, 2×, 4× and 8×, with the time and the peak of memory allocated while reading it
//! (a counting allocator). Linear growth shows as times and peaks that double with the size.
//! `cargo run --release --example worst_case` (BENCHMARKS.md has its output). A benchmark, not
//! a test: nothing here asserts a time.

#[path = "common/hostile.rs"]
mod hostile;

use hostile::*;
use std::io::{Cursor, Read, Write};
use std::time::Instant;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Time (ms) and peak memory (KB) of one call; the best time of three runs.
fn measure(mut f: impl FnMut()) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut peak = 0;
    for _ in 0..3 {
        let base = reset_peak();
        let start = Instant::now();
        f();
        best = best.min(start.elapsed().as_secs_f64() * 1000.0);
        peak = peak.max(peak_above(base));
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

fn sevenz() {
    use toeleiding::formats::sevenz::read::open;
    for scale in [1, 2, 4, 8] {
        let chunks = 2 * scale;
        let bytes = lzma2_archive(&lzma2_bomb(chunks), ZERO_CHUNK_OUTPUT * chunks as u64);
        row(
            "7z",
            "LZMA2 entry, 4 MB per 1×",
            scale,
            bytes.len(),
            || {
                let mut a = open(&bytes, None).unwrap();
                assert!(a.read(0, None).is_ok());
            },
        );
    }
    for scale in [1, 2, 4, 8] {
        let bytes = many_substreams(1000 * scale as u64, 1);
        row(
            "7z",
            "header, 1,000 folders per 1×",
            scale,
            bytes.len(),
            || {
                let _ = open(&bytes, None);
            },
        );
    }
}

fn zips() {
    for scale in [1, 2, 4, 8] {
        let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        for i in 0..1000 * scale {
            z.start_file(format!("x/{i}.txt"), options).unwrap();
            z.write_all(b"x").unwrap();
        }
        let bytes = z.finish().unwrap().into_inner();
        row(
            "zip (opener)",
            "1,000 entries per 1×, no document",
            scale,
            bytes.len(),
            || {
                assert!(toeleiding::open::open(&bytes, "").is_err());
            },
        );
    }
}

fn word_with_password() {
    use toeleiding::formats::agile;
    let r = agile::Randomness {
        key_salt: [1; 16],
        password_salt: [2; 16],
        secret_key: zeroize::Zeroizing::new([3; 32]),
        verifier_input: [4; 16],
        hmac_key: zeroize::Zeroizing::new([5; 64]),
    };
    for scale in [1, 2, 4, 8] {
        let docx: Vec<u8> = (0..1024 * 1024 * scale)
            .map(|i| (i * 7 % 251) as u8)
            .collect();
        let bytes = agile::write::encrypt_with_spin(&docx, "geheim", &r, 1).unwrap();
        row(
            "Word with password",
            "1 MB document per 1×, spin 1",
            scale,
            bytes.len(),
            || {
                assert!(agile::decrypt(&bytes, "geheim").is_ok());
            },
        );
    }
}

fn ksz_xml() {
    for scale in [1, 2, 4, 8] {
        let n = 20_000 * scale;
        let xml = format!(
            "<GeefPersoonAntwoord><Repliek><Antwoorden><Antwoord><Inhoud>{}</Inhoud></Antwoord></Antwoorden></Repliek></GeefPersoonAntwoord>",
            "<Onbekend DatumBegin=\"2020-01-01\"><Code>1</Code><Waarde>x</Waarde></Onbekend>".repeat(n)
        );
        row(
            "KSZ XML",
            "20,000 unknown elements per 1×",
            scale,
            xml.len(),
            || {
                let _ = toeleiding::ksz::import::read("a.xml", xml.as_bytes());
            },
        );
    }
}

fn timeline() {
    use toeleiding::ksz::import::{Event, Lane};
    use toeleiding::ksz::imported::entries;
    for scale in [1, 2, 4, 8] {
        let n = 2_000 * scale;
        let event = |i: usize| Event {
            lane: Lane::Address,
            from: None,
            to: None,
            mark: false,
            label: String::new(),
            print_label: format!("gemeente {}", i % 3),
            source: String::new(),
        };
        let events: Vec<Event> = (0..n).map(event).collect();
        row(
            "KSZ timeline",
            "2,000 alike events × 30 answers per 1×",
            scale,
            n * 30 * 40,
            || {
                let all = (0..30u32).flat_map(|f| events.iter().map(move |e| (f, e)));
                let _ = entries(all);
            },
        );
    }
}

fn main() {
    println!("| reader | worst case | size | input | time | peak memory |");
    println!("| --- | --- | --- | --- | --- | --- |");
    templates();
    sevenz();
    zips();
    word_with_password();
    ksz_xml();
    timeline();
}

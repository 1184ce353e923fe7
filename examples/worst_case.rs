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

/// One LZMA2 chunk that decodes to 2,096,914 zero bytes (see tests/bounded.rs).
const ZERO_CHUNK: &str = concat!(
    "ffff11016c5d00006ffdffffa3b7ff473e481572396151b89228e6a38607f9eee41e82d32fc53a3c014bb17ec98a8a4d",
    "2fa30dd97fa6e38c231153e05918c5758ae277f8b6947f0c6ac0de744964e2e95c53b204d8f7440cab5f0d6d46e9e5c3",
    "7688b79657acb64de1691d6ffb4b88106c42cb883f5c008fd04eaf262894711f3d8f24e1709ea7235fec28cb85d19598",
    "8a7e2a91f22775f719c006984d98fdd8afd5900fc42553f8f591363105a5b0ee6fc1704d470cd19111aaad601dbaceb1",
    "27185c5986e9665258bee976ac59e4e55b0508f9c7daadfcfb522b74cd1e5b2042f9dd533df82964093b80cb2a6cdfb5",
    "3bf0c4bd2e5faa0f3e4b664290130eff1093f8717859f80bcdff9528460fa9fc7cdefb9a302e56c08f85f38381c065c4",
    "2553f8f591363105a5b0ee6fc1704d470cd19111aaad601dbaceb127185c5986e9665258bee976ac59e4e55b0508f9c7",
    "daadfcfb522b74cd1e5b2042f9dd533df82964093b80cb2a6cdfb53bf0c4bc4827e658",
);

fn put(out: &mut Vec<u8>, value: u64) {
    for extra in 0..8u32 {
        if value < (1u64 << (7 - extra + 8 * extra)) {
            out.push(!(0xFFu8 >> extra) | (value >> (8 * extra)) as u8);
            out.extend_from_slice(&value.to_le_bytes()[..extra as usize]);
            return;
        }
    }
    out.push(0xFF);
    out.extend_from_slice(&value.to_le_bytes());
}

fn sevenz_file(packed: &[u8], header: &[u8]) -> Vec<u8> {
    let mut start = Vec::new();
    start.extend_from_slice(&(packed.len() as u64).to_le_bytes());
    start.extend_from_slice(&(header.len() as u64).to_le_bytes());
    start.extend_from_slice(&crc32fast::hash(header).to_le_bytes());
    let mut out = vec![b'7', b'z', 0xBC, 0xAF, 0x27, 0x1C, 0x00, 0x04];
    out.extend_from_slice(&crc32fast::hash(&start).to_le_bytes());
    out.extend_from_slice(&start);
    out.extend_from_slice(packed);
    out.extend_from_slice(header);
    out
}

/// A plain .7z whose one entry is `chunks` LZMA2 chunks of zeros, announced honestly.
fn lzma2_archive(chunks: usize) -> Vec<u8> {
    let first: Vec<u8> = (0..ZERO_CHUNK.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&ZERO_CHUNK[i..i + 2], 16).unwrap())
        .collect();
    let mut data = first.clone();
    for _ in 1..chunks {
        data.push(0xDF);
        data.extend_from_slice(&first[1..]);
    }
    data.push(0);
    let mut h = vec![0x01, 0x04, 0x06];
    put(&mut h, 0);
    put(&mut h, 1);
    h.push(0x09);
    put(&mut h, data.len() as u64);
    h.extend_from_slice(&[
        0x00, 0x07, 0x0B, 0x01, 0x00, 0x01, 0x21, 0x21, 0x01, 0x18, 0x0C,
    ]);
    put(&mut h, 2_096_914 * chunks as u64);
    h.extend_from_slice(&[0x00, 0x00, 0x05, 0x01, 0x00, 0x00]);
    sevenz_file(&data, &h)
}

/// A .7z header of `n` Copy folders with one (empty) file each.
fn many_folders(n: u64) -> Vec<u8> {
    let mut h = vec![0x01, 0x04, 0x06];
    put(&mut h, 0);
    put(&mut h, n);
    h.push(0x00);
    h.extend_from_slice(&[0x07, 0x0B]);
    put(&mut h, n);
    h.push(0);
    for _ in 0..n {
        h.extend_from_slice(&[0x01, 0x01, 0x00]);
    }
    h.push(0x0C);
    for _ in 0..n {
        put(&mut h, 0);
    }
    h.extend_from_slice(&[0x00, 0x00, 0x05]);
    put(&mut h, n);
    h.extend_from_slice(&[0x00, 0x00]);
    sevenz_file(&[], &h)
}

fn sevenz() {
    use toeleiding::formats::sevenz::read::open;
    for scale in [1, 2, 4, 8] {
        let bytes = lzma2_archive(2 * scale);
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
        let bytes = many_folders(1000 * scale as u64);
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

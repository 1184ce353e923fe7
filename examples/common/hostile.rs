//! Hostile inputs and a memory meter, shared by `tests/bounded.rs` and
//! `examples/worst_case.rs`: a counting global allocator (each binary declares it with
//! `#[global_allocator]`), LZMA2 bombs and the 7z containers around them, generated in memory.
#![allow(dead_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts the bytes allocated now and the peak since the last [`reset_peak`].
pub struct Counting;

pub static CURRENT: AtomicUsize = AtomicUsize::new(0);
pub static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = CURRENT.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
        PEAK.fetch_max(now, Ordering::SeqCst);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::SeqCst);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let now = CURRENT.fetch_add(new_size - layout.size(), Ordering::SeqCst) + new_size
                - layout.size();
            PEAK.fetch_max(now, Ordering::SeqCst);
        } else {
            CURRENT.fetch_sub(layout.size() - new_size, Ordering::SeqCst);
        }
        System.realloc(ptr, layout, new_size)
    }
}

/// Starts a new peak from what is allocated now; returns that base.
pub fn reset_peak() -> usize {
    let base = CURRENT.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    base
}

/// The peak allocated above `base` since [`reset_peak`].
pub fn peak_above(base: usize) -> usize {
    PEAK.load(Ordering::SeqCst).saturating_sub(base)
}

/// One LZMA2 chunk (dictionary reset, new properties) that decodes to 2,096,914 zero bytes,
/// made once with Python's `lzma.compress(bytes(2 * 1024 * 1024), format=FORMAT_RAW,
/// filters=[{"id": FILTER_LZMA2, "preset": 6, "dict_size": 1 << 20}])` (its first chunk).
pub const ZERO_CHUNK: &str = concat!(
    "ffff11016c5d00006ffdffffa3b7ff473e481572396151b89228e6a38607f9eee41e82d32fc53a3c014bb17ec98a8a4d",
    "2fa30dd97fa6e38c231153e05918c5758ae277f8b6947f0c6ac0de744964e2e95c53b204d8f7440cab5f0d6d46e9e5c3",
    "7688b79657acb64de1691d6ffb4b88106c42cb883f5c008fd04eaf262894711f3d8f24e1709ea7235fec28cb85d19598",
    "8a7e2a91f22775f719c006984d98fdd8afd5900fc42553f8f591363105a5b0ee6fc1704d470cd19111aaad601dbaceb1",
    "27185c5986e9665258bee976ac59e4e55b0508f9c7daadfcfb522b74cd1e5b2042f9dd533df82964093b80cb2a6cdfb5",
    "3bf0c4bd2e5faa0f3e4b664290130eff1093f8717859f80bcdff9528460fa9fc7cdefb9a302e56c08f85f38381c065c4",
    "2553f8f591363105a5b0ee6fc1704d470cd19111aaad601dbaceb127185c5986e9665258bee976ac59e4e55b0508f9c7",
    "daadfcfb522b74cd1e5b2042f9dd533df82964093b80cb2a6cdfb53bf0c4bc4827e658",
);
pub const ZERO_CHUNK_OUTPUT: u64 = 2_096_914;

pub fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// An LZMA2 stream of `chunks` times the zero chunk: the later chunks reset only the state
/// (control 0xDF), so each decodes again to 2 MB of zeros from 371 bytes.
pub fn lzma2_bomb(chunks: usize) -> Vec<u8> {
    let first = hex(ZERO_CHUNK);
    let mut out = first.clone();
    for _ in 1..chunks {
        out.push(0xDF);
        out.extend_from_slice(&first[1..]);
    }
    out.push(0x00);
    out
}

/// 7z's variable-length number.
pub fn put(out: &mut Vec<u8>, value: u64) {
    for extra in 0..8u32 {
        let room = 7 - extra;
        if value < (1u64 << (room + 8 * extra)) {
            out.push(!(0xFFu8 >> extra) | (value >> (8 * extra)) as u8);
            out.extend_from_slice(&value.to_le_bytes()[..extra as usize]);
            return;
        }
    }
    out.push(0xFF);
    out.extend_from_slice(&value.to_le_bytes());
}

/// A 7z file: the packed data, then the (next) header.
pub fn sevenz_file(packed: &[u8], header: &[u8]) -> Vec<u8> {
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

/// Pack info and one folder with one LZMA2 coder announcing `size` bytes.
pub fn lzma2_streams(h: &mut Vec<u8>, packed: u64, size: u64) {
    h.push(0x06); // pack info
    put(h, 0);
    put(h, 1);
    h.push(0x09);
    put(h, packed);
    h.push(0x00);
    h.extend_from_slice(&[0x07, 0x0B]); // unpack info, folder
    put(h, 1);
    h.push(0);
    put(h, 1); // one coder
    h.extend_from_slice(&[0x21, 0x21, 0x01, 0x18]); // LZMA2, properties: dictionary 2^24
    h.push(0x0C);
    put(h, size);
    h.push(0x00);
}

/// A plain archive whose one file is an LZMA2 stream `data` announcing `size` bytes.
pub fn lzma2_archive(data: &[u8], size: u64) -> Vec<u8> {
    let mut h = vec![0x01, 0x04];
    lzma2_streams(&mut h, data.len() as u64, size);
    h.push(0x00); // end of streams
    h.extend_from_slice(&[0x05, 0x01, 0x11]); // files: one, its name
    let name: Vec<u8> = "a.docx\0"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    put(&mut h, name.len() as u64 + 1);
    h.push(0);
    h.extend_from_slice(&name);
    h.extend_from_slice(&[0x00, 0x00]);
    sevenz_file(data, &h)
}

/// An archive whose encoded header is the LZMA2 stream `data` announcing `size` bytes.
pub fn lzma2_in_header(data: &[u8], size: u64) -> Vec<u8> {
    let mut h = vec![0x17];
    lzma2_streams(&mut h, data.len() as u64, size);
    h.push(0x00);
    sevenz_file(data, &h)
}

/// A header with `folders` Copy folders, each claiming `substreams` files.
pub fn many_substreams(folders: u64, substreams: u64) -> Vec<u8> {
    let mut h = vec![0x01, 0x04, 0x06];
    put(&mut h, 0);
    put(&mut h, folders);
    h.push(0x00);
    h.extend_from_slice(&[0x07, 0x0B]);
    put(&mut h, folders);
    h.push(0);
    for _ in 0..folders {
        h.extend_from_slice(&[0x01, 0x01, 0x00]); // one coder: Copy
    }
    h.push(0x0C);
    for _ in 0..folders {
        put(&mut h, 0);
    }
    h.push(0x00);
    h.extend_from_slice(&[0x08, 0x0D]); // sub-streams: counts
    for _ in 0..folders {
        put(&mut h, substreams);
    }
    h.extend_from_slice(&[0x00, 0x00, 0x00]);
    sevenz_file(&[], &h)
}

//! Hostile inputs that try to make a reader grow: each is generated here (no large file is
//! committed), refused with the error the UI turns into Dutch, and the peak of the memory the
//! test process allocated while reading it is asserted, through a counting global allocator.
//! The tests take a lock, so one reader runs at a time and the peak is its own.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use toeleiding::formats::sevenz::read::{self as sevenz, SevenZError};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

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

#[global_allocator]
static ALLOCATOR: Counting = Counting;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Runs `f` and returns its result with the peak of memory allocated above what was allocated
/// before it started.
fn peak<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = CURRENT.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    let out = f();
    (out, PEAK.load(Ordering::SeqCst).saturating_sub(base))
}

const MB: usize = 1024 * 1024;

// ---- .7z -----------------------------------------------------------------------------------

/// One LZMA2 chunk (dictionary reset, new properties) that decodes to 2,096,914 zero bytes,
/// made once with Python's `lzma.compress(bytes(2 * 1024 * 1024), format=FORMAT_RAW,
/// filters=[{"id": FILTER_LZMA2, "preset": 6, "dict_size": 1 << 20}])` (its first chunk).
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
const ZERO_CHUNK_OUTPUT: u64 = 2_096_914;

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// An LZMA2 stream of `chunks` times the zero chunk: the later chunks reset only the state
/// (control 0xDF), so each decodes again to 2 MB of zeros from 371 bytes.
fn lzma2_bomb(chunks: usize) -> Vec<u8> {
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
fn put(out: &mut Vec<u8>, value: u64) {
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

/// Pack info and one folder with one LZMA2 coder announcing `size` bytes.
fn lzma2_streams(h: &mut Vec<u8>, packed: u64, size: u64) {
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
fn lzma2_archive(data: &[u8], size: u64) -> Vec<u8> {
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
fn lzma2_in_header(data: &[u8], size: u64) -> Vec<u8> {
    let mut h = vec![0x17];
    lzma2_streams(&mut h, data.len() as u64, size);
    h.push(0x00);
    sevenz_file(data, &h)
}

fn open_and_read(bytes: &[u8]) -> Result<Vec<u8>, SevenZError> {
    let mut archive = sevenz::open(bytes, Some("geheim"))?;
    let data = archive.read(0, Some("geheim"))?;
    assert!(archive.decoded() <= sevenz::MAX_DECODED);
    Ok(data.to_vec())
}

#[test]
fn a_small_lzma2_stream_is_read_and_counted() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let bytes = lzma2_archive(&lzma2_bomb(1), ZERO_CHUNK_OUTPUT);
    let mut archive = sevenz::open(&bytes, None).unwrap();
    let data = archive.read(0, None).unwrap();
    assert_eq!(data.len() as u64, ZERO_CHUNK_OUTPUT);
    assert!(data.iter().all(|b| *b == 0));
    assert_eq!(archive.decoded(), ZERO_CHUNK_OUTPUT);
    assert_eq!(
        sevenz::lzma2_output_size(&lzma2_bomb(3)),
        Some(3 * ZERO_CHUNK_OUTPUT)
    );
}

#[test]
fn an_lzma2_bomb_in_an_entry_is_refused_before_it_is_decoded() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    // 100 chunks: 37 KB that decode to 210 MB, announced as 1 KB.
    let bomb = lzma2_bomb(100);
    let bytes = lzma2_archive(&bomb, 1024);
    let (result, used) = peak(|| open_and_read(&bytes));
    assert_eq!(result, Err(SevenZError::Damaged));
    assert!(used < 2 * MB, "{used} bytes");
    // Announced as what it is: larger than any entry we read.
    let honest = lzma2_archive(&bomb, 100 * ZERO_CHUNK_OUTPUT);
    let (result, used) = peak(|| open_and_read(&honest));
    assert_eq!(result, Err(SevenZError::TooLarge));
    assert!(used < 2 * MB, "{used} bytes");
}

#[test]
fn an_lzma2_bomb_in_the_encoded_header_is_refused_before_a_password_is_needed() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let bomb = lzma2_bomb(100);
    let (result, used) = peak(|| sevenz::open(&lzma2_in_header(&bomb, 4096), None).err());
    assert_eq!(result, Some(SevenZError::Damaged));
    assert!(used < 2 * MB, "{used} bytes");
    let (result, used) =
        peak(|| sevenz::open(&lzma2_in_header(&bomb, 100 * ZERO_CHUNK_OUTPUT), None).err());
    assert_eq!(result, Some(SevenZError::TooLarge));
    assert!(used < 2 * MB, "{used} bytes");
}

/// A header with `folders` Copy folders, each claiming `substreams` files.
fn many_substreams(folders: u64, substreams: u64) -> Vec<u8> {
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

#[test]
fn sub_stream_counts_are_bounded_over_all_folders_not_per_folder() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    // 4,096 folders × 10,000 sub-streams: a 26 KB header that once allocated about 640 MB.
    let bytes = many_substreams(4096, 10_000);
    assert!(bytes.len() < 30_000);
    let (result, used) = peak(|| sevenz::open(&bytes, None).err());
    assert_eq!(result, Some(SevenZError::Damaged));
    assert!(used < 4 * MB, "{used} bytes");
}

/// Two Copy folders with the given pack sizes, one file in each.
fn two_folders(pack_sizes: [u64; 2], packed: &[u8]) -> Vec<u8> {
    let mut h = vec![0x01, 0x04, 0x06];
    put(&mut h, 0);
    put(&mut h, 2);
    h.push(0x09);
    for s in pack_sizes {
        put(&mut h, s);
    }
    h.push(0x00);
    h.extend_from_slice(&[0x07, 0x0B]);
    put(&mut h, 2);
    h.push(0);
    h.extend_from_slice(&[0x01, 0x01, 0x00, 0x01, 0x01, 0x00]);
    h.push(0x0C);
    put(&mut h, 3);
    put(&mut h, 3);
    h.extend_from_slice(&[0x00, 0x00]);
    h.extend_from_slice(&[0x05, 0x02, 0x00, 0x00]);
    sevenz_file(packed, &h)
}

#[test]
fn pack_sizes_that_overflow_are_damage_not_a_panic() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let good = two_folders([3, 3], b"abcdef");
    let mut archive = sevenz::open(&good, None).unwrap();
    assert_eq!(archive.read(1, None).unwrap().as_slice(), b"def");
    let bad = two_folders([u64::MAX - 1, 3], b"abcdef");
    let mut archive = sevenz::open(&bad, None).unwrap();
    assert_eq!(archive.read(1, None).err(), Some(SevenZError::Damaged));
}

/// One folder of two chained 7zAES coders (no salt), then Copy.
fn two_aes_coders() -> Vec<u8> {
    let mut h = vec![0x01, 0x04, 0x06];
    put(&mut h, 0);
    put(&mut h, 1);
    h.push(0x09);
    put(&mut h, 16);
    h.push(0x00);
    h.extend_from_slice(&[0x07, 0x0B]);
    put(&mut h, 1);
    h.push(0);
    put(&mut h, 2);
    for _ in 0..2 {
        h.extend_from_slice(&[0x24, 0x06, 0xF1, 0x07, 0x01, 0x01, 0x13]); // 7zAES, 2^19
    }
    h.extend_from_slice(&[0x01, 0x00]); // bind: coder 1 reads coder 0
    h.push(0x0C);
    put(&mut h, 16);
    put(&mut h, 16);
    h.extend_from_slice(&[0x00, 0x00]);
    h.extend_from_slice(&[0x05, 0x01, 0x00, 0x00]);
    sevenz_file(&[0u8; 16], &h)
}

#[test]
fn a_folder_asks_for_at_most_one_key_derivation() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let bytes = two_aes_coders();
    let mut archive = sevenz::open(&bytes, Some("geheim")).unwrap();
    assert!(matches!(
        archive.read(0, Some("geheim")),
        Err(SevenZError::UnsupportedMethod(_))
    ));
}

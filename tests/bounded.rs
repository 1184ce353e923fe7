//! Hostile inputs that try to make a reader grow: each is generated here (no large file is
//! committed), refused with the error the UI turns into Dutch, and the peak of the memory the
//! test process allocated while reading it is asserted, through a counting global allocator.
//! The tests take a lock, so one reader runs at a time and the peak is its own.

#[path = "../examples/common/hostile.rs"]
mod hostile;

use hostile::*;
use std::sync::Mutex;
use toeleiding::formats::sevenz::read::{self as sevenz, SevenZError};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Runs `f` and returns its result with the peak of memory allocated above what was allocated
/// before it started.
fn peak<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = reset_peak();
    let out = f();
    (out, peak_above(base))
}

const MB: usize = 1024 * 1024;

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

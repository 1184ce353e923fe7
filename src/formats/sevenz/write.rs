//! Writes a `.7z` with one entry, laid out as 7-Zip itself writes `7zz a -t7z -m0=Copy -mhe=on`:
//! the entry's data (coders Copy + 7zAES), then the header, encrypted the same way, described by
//! a small "encoded header". Both use the same salt (so the key is derived once) and distinct
//! random IVs. Nothing in the file is readable without the password but the sizes.

use super::number::put;
use super::{AES_CODER, CYCLES_POWER, SIGNATURE};
use zeroize::Zeroizing;

/// The random IVs: one for the entry's data, one for the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ivs {
    pub data: [u8; 16],
    pub header: [u8; 16],
}

// Property ids of the 7z header.
const K_END: u8 = 0x00;
const K_HEADER: u8 = 0x01;
const K_MAIN_STREAMS_INFO: u8 = 0x04;
const K_FILES_INFO: u8 = 0x05;
const K_PACK_INFO: u8 = 0x06;
const K_UNPACK_INFO: u8 = 0x07;
const K_SUBSTREAMS_INFO: u8 = 0x08;
const K_SIZE: u8 = 0x09;
const K_CRC: u8 = 0x0A;
const K_FOLDER: u8 = 0x0B;
const K_CODERS_UNPACK_SIZE: u8 = 0x0C;
const K_NAME: u8 = 0x11;
const K_MTIME: u8 = 0x14;
const K_WIN_ATTRIBUTES: u8 = 0x15;
const K_ENCODED_HEADER: u8 = 0x17;

/// AES-256-CBC over `data` padded with zeros to 16 bytes, as 7zAES does.
fn encrypt(key: &[u8; 32], iv: &[u8; 16], data: &[u8]) -> Vec<u8> {
    let mut out = data.to_vec();
    out.resize(data.len().div_ceil(16).max(1) * 16, 0);
    crate::formats::cbc::encrypt(key, iv, &mut out);
    out
}

/// The 7zAES coder's properties: rounds, salt and IV.
fn aes_coder(out: &mut Vec<u8>, salt: &[u8; 16], iv: &[u8; 16], cycles: u8) {
    out.push(0x24); // id size 4, with properties
    out.extend_from_slice(&AES_CODER);
    put(out, 2 + 16 + 16);
    out.push(0x80 | 0x40 | (cycles & 0x3F)); // salt and IV present
    out.push((15 << 4) | 15); // salt size 16, IV size 16
    out.extend_from_slice(salt);
    out.extend_from_slice(iv);
}

fn pack_info(out: &mut Vec<u8>, position: u64, size: u64) {
    out.push(K_PACK_INFO);
    put(out, position);
    put(out, 1);
    out.push(K_SIZE);
    put(out, size);
    out.push(K_END);
}

/// The entry's name in UTF-16LE with its terminating zero.
fn utf16z(name: &str) -> Vec<u8> {
    name.encode_utf16()
        .chain(std::iter::once(0))
        .flat_map(|c| c.to_le_bytes())
        .collect()
}

/// The plain header: the data's folder (Copy + 7zAES), its CRC, the entry's name, time and
/// attributes.
/// What the plain header says about the one entry.
struct EntryInfo<'a> {
    name: &'a str,
    size: u64,
    packed: u64,
    crc: u32,
    filetime: u64,
}

fn plain_header(e: &EntryInfo<'_>, salt: &[u8; 16], iv: &[u8; 16], cycles: u8) -> Vec<u8> {
    let EntryInfo {
        name,
        size,
        packed,
        crc,
        filetime,
    } = *e;
    let mut h = vec![K_HEADER, K_MAIN_STREAMS_INFO];
    pack_info(&mut h, 0, packed);
    h.extend_from_slice(&[K_UNPACK_INFO, K_FOLDER]);
    put(&mut h, 1); // one folder
    h.push(0); // not external
    put(&mut h, 2); // two coders: 7zAES, then Copy
    aes_coder(&mut h, salt, iv, cycles);
    h.extend_from_slice(&[0x01, 0x00]); // Copy: id size 1, id 00
    h.extend_from_slice(&[0x01, 0x00]); // bind pair: Copy's input ← AES's output
    h.push(K_CODERS_UNPACK_SIZE);
    put(&mut h, size);
    put(&mut h, size);
    h.push(K_END);
    h.extend_from_slice(&[K_SUBSTREAMS_INFO, K_CRC, 0x01]);
    h.extend_from_slice(&crc.to_le_bytes());
    h.extend_from_slice(&[K_END, K_END]);
    h.push(K_FILES_INFO);
    put(&mut h, 1);
    let name = utf16z(name);
    h.push(K_NAME);
    put(&mut h, name.len() as u64 + 1);
    h.push(0);
    h.extend_from_slice(&name);
    h.push(K_MTIME);
    put(&mut h, 10);
    h.extend_from_slice(&[0x01, 0x00]);
    h.extend_from_slice(&filetime.to_le_bytes());
    h.push(K_WIN_ATTRIBUTES);
    put(&mut h, 6);
    h.extend_from_slice(&[0x01, 0x00]);
    h.extend_from_slice(&0x20u32.to_le_bytes()); // FILE_ATTRIBUTE_ARCHIVE
    h.extend_from_slice(&[K_END, K_END]);
    h
}

/// Writes the archive. `key` is the 7z key of the password and `salt` (see `kdf`), derived by
/// the caller (`Rounds` in slices in the browser, or `derive_key`); `filetime` is the entry's time in
/// Windows FILETIME units.
pub fn write(
    entry_name: &str,
    contents: &[u8],
    key: &[u8; 32],
    salt: &[u8; 16],
    ivs: Ivs,
    filetime: u64,
) -> Vec<u8> {
    write_with_cycles(entry_name, contents, key, salt, ivs, filetime, CYCLES_POWER)
}

/// As [`write`] with another number of rounds (2^`cycles`), for cheap fuzz seeds only: the key
/// must be derived with the same `cycles`. Never use anything but [`CYCLES_POWER`] for real.
#[doc(hidden)]
pub fn write_with_cycles(
    entry_name: &str,
    contents: &[u8],
    key: &[u8; 32],
    salt: &[u8; 16],
    ivs: Ivs,
    filetime: u64,
    cycles: u8,
) -> Vec<u8> {
    let data = encrypt(key, &ivs.data, contents);
    let crc = crc32fast::hash(contents);
    let entry = EntryInfo {
        name: entry_name,
        size: contents.len() as u64,
        packed: data.len() as u64,
        crc,
        filetime,
    };
    let header = Zeroizing::new(plain_header(&entry, salt, &ivs.data, cycles));
    let sealed_header = encrypt(key, &ivs.header, &header);

    // The encoded header: where the encrypted header is and how to decrypt it.
    let mut next = vec![K_ENCODED_HEADER];
    pack_info(&mut next, data.len() as u64, sealed_header.len() as u64);
    next.extend_from_slice(&[K_UNPACK_INFO, K_FOLDER]);
    put(&mut next, 1);
    next.push(0);
    put(&mut next, 1); // one coder: 7zAES
    aes_coder(&mut next, salt, &ivs.header, cycles);
    next.push(K_CODERS_UNPACK_SIZE);
    put(&mut next, header.len() as u64);
    next.extend_from_slice(&[K_CRC, 0x01]);
    next.extend_from_slice(&crc32fast::hash(&header).to_le_bytes());
    next.extend_from_slice(&[K_END, K_END]);

    let mut start = Vec::with_capacity(20);
    start.extend_from_slice(&((data.len() + sealed_header.len()) as u64).to_le_bytes());
    start.extend_from_slice(&(next.len() as u64).to_le_bytes());
    start.extend_from_slice(&crc32fast::hash(&next).to_le_bytes());

    let mut out = Vec::with_capacity(32 + data.len() + sealed_header.len() + next.len());
    out.extend_from_slice(&SIGNATURE);
    out.extend_from_slice(&[0x00, 0x04]);
    out.extend_from_slice(&crc32fast::hash(&start).to_le_bytes());
    out.extend_from_slice(&start);
    out.extend_from_slice(&data);
    out.extend_from_slice(&sealed_header);
    out.extend_from_slice(&next);
    out
}

/// Windows FILETIME (100 ns since 1601-01-01) of noon on a date.
pub fn filetime(date: crate::date::Date) -> u64 {
    // Days from 1601-01-01 to 1970-01-01, then days since 1970.
    const DAYS_1601_TO_1970: i64 = 134_774;
    let days = crate::date::days_from_civil(
        i64::from(date.year()),
        i64::from(date.month()),
        i64::from(date.day()),
    ) + DAYS_1601_TO_1970;
    let seconds = days * 86_400 + 12 * 3_600;
    (seconds.max(0) as u64) * 10_000_000
}

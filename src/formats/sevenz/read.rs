//! Reads `.7z` archives as 7-Zip writes them by default: AES-256 (7zAES) over LZMA, LZMA2 or
//! Copy, with or without encrypted names, one or more files. Untrusted input: the header's size
//! is checked against the file before it is read, counts and sizes are bounded before anything
//! is allocated, every decompressor's output is bounded before it runs (an LZMA2 stream's chunk
//! sizes are added up first; LZMA stops at the announced size), a folder's work and the whole
//! archive's decoded bytes have hard ceilings, and every failure is a value.

use super::header::{parse_header, parse_streams, Coder, Folder, Streams};
use super::{AES_CODER, SIGNATURE};
use crate::formats::cbc;
use crate::formats::derive::{Derivation, Derived, Request};
use std::io::Write;
use zeroize::Zeroizing;

/// Largest archive, header and single entry we read.
pub const MAX_ARCHIVE: usize = 20 * 1024 * 1024;
pub const MAX_HEADER: u64 = 4 * 1024 * 1024;
pub const MAX_ENTRY: u64 = 50 * 1024 * 1024;
/// Most bytes all coders of one folder may produce (AES output plus decompressed output).
pub const MAX_FOLDER_WORK: u64 = 2 * MAX_ENTRY;
/// Most bytes decoded over the life of one opened archive (every folder read, header included).
pub const MAX_DECODED: u64 = 4 * MAX_ENTRY;
/// Largest LZMA dictionary buffer we let the decoder grow (it grows only with its output).
const MAX_DICTIONARY: u64 = 64 * 1024 * 1024;
/// Most key-derivation rounds (as a power of two) we accept. Under `cargo fuzz` (which sets
/// `cfg(fuzzing)`) only cheap ones, so the fuzzer explores the parsers instead of hashing.
const MAX_CYCLES: u8 = if cfg!(fuzzing) { 4 } else { 20 };

/// Why a `.7z` could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SevenZError {
    /// Not a 7z archive.
    NotSevenZ,
    Damaged,
    /// The archive, its header or an entry is larger than we read.
    TooLarge,
    /// Encrypted and no password given.
    PasswordMissing,
    WrongPassword,
    /// A compression or filter method we do not read (e.g. BCJ2, PPMd, BZip2): its id in hex.
    UnsupportedMethod(String),
    /// Not a failure: opened with [`open_with`], the caller derives this key and calls again.
    KeyNeeded(Request),
}

impl std::fmt::Display for SevenZError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SevenZError::NotSevenZ => f.write_str("not a 7z archive"),
            SevenZError::Damaged => f.write_str("the 7z archive is damaged"),
            SevenZError::TooLarge => f.write_str("the 7z archive or an entry is too large"),
            SevenZError::PasswordMissing => f.write_str("a password is needed"),
            SevenZError::WrongPassword => f.write_str("wrong password"),
            SevenZError::UnsupportedMethod(id) => write!(f, "unsupported 7z method {id}"),
            SevenZError::KeyNeeded(_) => f.write_str("a key derivation is needed"),
        }
    }
}

impl std::error::Error for SevenZError {}

/// One entry of an opened archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub size: u64,
    /// The folder (block) holding it, and where in the folder's output it starts.
    folder: Option<usize>,
    offset: u64,
    crc: Option<u32>,
}

/// An opened archive: its entries, readable with the password it was opened with.
pub struct Archive<'a> {
    bytes: &'a [u8],
    streams: Streams,
    pub entries: Vec<Entry>,
    /// Whether the entries' data are encrypted.
    pub encrypted: bool,
    /// Whether the names were encrypted too (an encrypted header).
    pub names_hidden: bool,
    keys: Keys,
    /// Bytes decoded so far (header included), bounded by [`MAX_DECODED`].
    decoded: u64,
}

/// Keys derived for this archive's salts (7-Zip uses one salt for header and data): derived on
/// the spot ([`open`]) or given by the caller ([`open_with`]), who is asked for a missing one.
struct Keys(Derived);

impl Keys {
    fn get(&mut self, password: &str, salt: &[u8], cycles: u8) -> Result<[u8; 32], SevenZError> {
        let derivation = Derivation::SevenZ {
            salt: salt.to_vec(),
            cycles,
        };
        let key = self
            .0
            .key(password, derivation)
            .map_err(SevenZError::KeyNeeded)?;
        key[..].try_into().map_err(|_| SevenZError::Damaged)
    }
}

/// Whether these bytes start like a 7z archive.
pub fn is_sevenz(bytes: &[u8]) -> bool {
    bytes.starts_with(&SIGNATURE)
}

/// A writer that refuses to grow past a limit (a decompression bomb stops there).
struct Capped {
    out: Zeroizing<Vec<u8>>,
    limit: u64,
}

impl Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.out.len() as u64 + buf.len() as u64 > self.limit {
            return Err(std::io::Error::other("size limit"));
        }
        self.out.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The 7zAES properties: (cycles power, salt, iv).
fn aes_properties(props: &[u8]) -> Result<(u8, Vec<u8>, [u8; 16]), SevenZError> {
    let b0 = *props.first().ok_or(SevenZError::Damaged)?;
    let cycles = b0 & 0x3F;
    if b0 & 0xC0 == 0 {
        return Ok((cycles, Vec::new(), [0; 16]));
    }
    let b1 = *props.get(1).ok_or(SevenZError::Damaged)?;
    let salt_len = usize::from((b0 >> 7) & 1) + usize::from(b1 >> 4);
    let iv_len = usize::from((b0 >> 6) & 1) + usize::from(b1 & 0x0F);
    let salt = props
        .get(2..2 + salt_len)
        .ok_or(SevenZError::Damaged)?
        .to_vec();
    let iv_bytes = props
        .get(2 + salt_len..2 + salt_len + iv_len)
        .ok_or(SevenZError::Damaged)?;
    let mut iv = [0u8; 16];
    iv[..iv_bytes.len().min(16)].copy_from_slice(&iv_bytes[..iv_bytes.len().min(16)]);
    // 7-Zip writes 2^19 rounds; we accept up to 2^20, which bounds the work a hostile file can
    // ask for (2^24, 7-Zip's own limit, would be a gigabyte of hashing per password tried).
    if cycles > MAX_CYCLES {
        return Err(SevenZError::UnsupportedMethod(format!("7zAES:{cycles}")));
    }
    Ok((cycles, salt, iv))
}

/// The number of bytes an LZMA2 stream decodes to, from its chunk headers alone (no
/// decompression), or `None` when the chunks do not hold together. Linear in the input.
pub fn lzma2_output_size(input: &[u8]) -> Option<u64> {
    let mut at = 0usize;
    let mut total = 0u64;
    loop {
        let control = *input.get(at)?;
        let size16 = |from: usize| -> Option<u64> {
            let b = input.get(from..from + 2)?;
            Some(u64::from(u16::from_be_bytes([b[0], b[1]])) + 1)
        };
        match control {
            0x00 => return Some(total),
            0x01 | 0x02 => {
                let unpacked = size16(at + 1)?;
                total = total.checked_add(unpacked)?;
                at = at
                    .checked_add(3)?
                    .checked_add(usize::try_from(unpacked).ok()?)?;
            }
            0x80..=0xFF => {
                let high = u64::from(control & 0x1F) << 16;
                let unpacked = high + size16(at + 1)?;
                let packed = size16(at + 3)?;
                let properties = usize::from((control >> 5) & 3 >= 2);
                total = total.checked_add(unpacked)?;
                at = at
                    .checked_add(5 + properties)?
                    .checked_add(usize::try_from(packed).ok()?)?;
            }
            _ => return None,
        }
        if at > input.len() {
            return None;
        }
    }
}

/// One coder's output from its input.
fn run_coder(
    coder: &Coder,
    input: &[u8],
    size: u64,
    password: Option<&str>,
    keys: &mut Keys,
) -> Result<Zeroizing<Vec<u8>>, SevenZError> {
    match coder.id.as_slice() {
        [0x00] => Ok(Zeroizing::new(
            input
                .get(..size as usize)
                .ok_or(SevenZError::Damaged)?
                .to_vec(),
        )),
        id if id == AES_CODER => {
            let password = password
                .filter(|p| !p.is_empty())
                .ok_or(SevenZError::PasswordMissing)?;
            let (cycles, salt, iv) = aes_properties(&coder.properties)?;
            let key = Zeroizing::new(keys.get(password, &salt, cycles)?);
            let mut data = Zeroizing::new(input.to_vec());
            let whole = data.len() / 16 * 16;
            cbc::decrypt(&key, &iv, &mut data[..whole]);
            if (data.len() as u64) < size {
                return Err(SevenZError::Damaged);
            }
            data.truncate(size as usize);
            Ok(data)
        }
        [0x03, 0x01, 0x01] => {
            // LZMA: the 5 property bytes are the stream's header.
            let mut stream = coder.properties.clone();
            stream.extend_from_slice(input);
            let mut out = Capped {
                out: Zeroizing::new(Vec::new()),
                limit: size,
            };
            let options = lzma_rs::decompress::Options {
                unpacked_size: lzma_rs::decompress::UnpackedSize::UseProvided(Some(size)),
                memlimit: usize::try_from(size.min(MAX_DICTIONARY)).ok(),
                allow_incomplete: false,
            };
            lzma_rs::lzma_decompress_with_options(&mut &stream[..], &mut out, &options)
                .map_err(|_| SevenZError::WrongPassword)?;
            Ok(out.out)
        }
        [0x21] => {
            // lzma-rs keeps an LZMA2 stream's whole output in memory before it writes any of
            // it, so the sink cannot stop it: the chunks' own sizes are added up first, and a
            // stream that would give more than announced is not decoded at all.
            if lzma2_output_size(input).is_none_or(|total| total > size) {
                return Err(SevenZError::WrongPassword);
            }
            let mut out = Capped {
                out: Zeroizing::new(Vec::new()),
                limit: size,
            };
            lzma_rs::lzma2_decompress(&mut &input[..], &mut out)
                .map_err(|_| SevenZError::WrongPassword)?;
            Ok(out.out)
        }
        other => Err(SevenZError::UnsupportedMethod(
            other.iter().map(|b| format!("{b:02X}")).collect(),
        )),
    }
}

/// The output of a folder: its coders run along their bind pairs, from the packed stream to the
/// one output no bind pair consumes.
fn decode_folder(
    bytes: &[u8],
    streams: &Streams,
    index: usize,
    password: Option<&str>,
    keys: &mut Keys,
    limit: u64,
) -> Result<Zeroizing<Vec<u8>>, SevenZError> {
    let folder: &Folder = streams.folders.get(index).ok_or(SevenZError::Damaged)?;
    if folder.unpack_size() > limit {
        return Err(SevenZError::TooLarge);
    }
    // At most one key derivation per folder: 7-Zip never chains two AES coders.
    if folder.coders.iter().filter(|c| c.id == AES_CODER).count() > 1 {
        return Err(SevenZError::UnsupportedMethod("7zAES+7zAES".into()));
    }
    let pack = streams.pack_range(index).ok_or(SevenZError::Damaged)?;
    let mut data = Zeroizing::new(bytes.get(pack).ok_or(SevenZError::Damaged)?.to_vec());
    // Only chains of simple coders (one input, one output each): what 7-Zip writes for
    // LZMA/LZMA2/Copy with AES.
    let mut coder = folder
        .packed_coder()
        .ok_or(SevenZError::UnsupportedMethod("complex".into()))?;
    for _ in 0..folder.coders.len() {
        let size = folder
            .unpack_sizes
            .get(coder)
            .copied()
            .ok_or(SevenZError::Damaged)?;
        if size > limit {
            return Err(SevenZError::TooLarge);
        }
        data = run_coder(&folder.coders[coder], &data, size, password, keys)?;
        match folder.consumer_of(coder) {
            Some(next) => coder = next,
            None => {
                if let Some(crc) = folder.crc {
                    if crc32fast::hash(&data) != crc {
                        return Err(if folder.encrypted() {
                            SevenZError::WrongPassword
                        } else {
                            SevenZError::Damaged
                        });
                    }
                }
                return Ok(data);
            }
        }
    }
    Err(SevenZError::Damaged)
}

/// As [`decode_folder`], but a failed decompression of an unencrypted folder is damage, not a
/// wrong password, and the folder's work counts against [`MAX_FOLDER_WORK`] and the archive's
/// [`MAX_DECODED`].
fn decode(
    bytes: &[u8],
    streams: &Streams,
    index: usize,
    password: Option<&str>,
    keys: &mut Keys,
    limit: u64,
    decoded: &mut u64,
) -> Result<Zeroizing<Vec<u8>>, SevenZError> {
    let folder = streams.folders.get(index).ok_or(SevenZError::Damaged)?;
    let encrypted = folder.encrypted();
    // What all its coders produce: bounded per folder, and over the archive's life.
    let work = folder
        .work()
        .filter(|w| *w <= MAX_FOLDER_WORK)
        .ok_or(SevenZError::TooLarge)?;
    let total = decoded
        .checked_add(work)
        .filter(|t| *t <= MAX_DECODED)
        .ok_or(SevenZError::TooLarge)?;
    *decoded = total;
    match decode_folder(bytes, streams, index, password, keys, limit) {
        Err(SevenZError::WrongPassword) if !encrypted => Err(SevenZError::Damaged),
        other => other,
    }
}

/// Opens an archive: reads (and, if encrypted, decrypts) its header and lists its entries.
/// Derives the keys on the spot, in one pass.
pub fn open<'a>(bytes: &'a [u8], password: Option<&str>) -> Result<Archive<'a>, SevenZError> {
    open_with(bytes, password, Derived::here())
}

/// As [`open`], with the keys the caller derived ([`Derived::given`]): a missing one is
/// [`SevenZError::KeyNeeded`], here or when an entry is read.
pub fn open_with<'a>(
    bytes: &'a [u8],
    password: Option<&str>,
    keys: Derived,
) -> Result<Archive<'a>, SevenZError> {
    if bytes.len() > MAX_ARCHIVE {
        return Err(SevenZError::TooLarge);
    }
    if !is_sevenz(bytes) {
        return Err(SevenZError::NotSevenZ);
    }
    let start = bytes.get(12..32).ok_or(SevenZError::Damaged)?;
    if crc32fast::hash(start) != u32::from_le_bytes(bytes[8..12].try_into().unwrap_or_default()) {
        return Err(SevenZError::Damaged);
    }
    let offset = u64::from_le_bytes(start[0..8].try_into().unwrap_or_default());
    let size = u64::from_le_bytes(start[8..16].try_into().unwrap_or_default());
    let crc = u32::from_le_bytes(start[16..20].try_into().unwrap_or_default());
    if size > MAX_HEADER {
        return Err(SevenZError::TooLarge);
    }
    let begin = 32u64.checked_add(offset).ok_or(SevenZError::Damaged)?;
    let end = begin.checked_add(size).ok_or(SevenZError::Damaged)?;
    if end > bytes.len() as u64 {
        return Err(SevenZError::Damaged);
    }
    let mut header = Zeroizing::new(bytes[begin as usize..end as usize].to_vec());
    if crc32fast::hash(&header) != crc {
        return Err(SevenZError::Damaged);
    }
    let mut keys = Keys(keys);
    let mut decoded = 0u64;
    let mut names_hidden = false;
    // An encoded header: decode it (7-Zip compresses it, and with -mhe encrypts it).
    if header.first() == Some(&0x17) {
        let streams = parse_streams(&header[1..]).map_err(|_| SevenZError::Damaged)?;
        names_hidden = streams.folders.iter().any(Folder::encrypted);
        header = decode(
            bytes,
            &streams,
            0,
            password,
            &mut keys,
            MAX_HEADER,
            &mut decoded,
        )?;
    }
    let parsed = parse_header(&header).map_err(|_| {
        if names_hidden {
            SevenZError::WrongPassword
        } else {
            SevenZError::Damaged
        }
    })?;
    let encrypted = parsed.streams.folders.iter().any(Folder::encrypted);
    let entries = parsed
        .files
        .iter()
        .map(|f| Entry {
            name: f.name.clone(),
            size: f.size,
            folder: f.folder,
            offset: f.offset,
            crc: f.crc,
        })
        .collect();
    Ok(Archive {
        bytes,
        streams: parsed.streams,
        entries,
        encrypted,
        names_hidden,
        keys,
        decoded,
    })
}

impl Archive<'_> {
    /// Bytes decoded so far from this archive, header included (at most [`MAX_DECODED`]): the
    /// reader's own counter, which the hostile-file tests assert.
    pub fn decoded(&self) -> u64 {
        self.decoded
    }

    /// The bytes of one entry (its folder is decoded, bounded by [`MAX_ENTRY`]).
    pub fn read(
        &mut self,
        index: usize,
        password: Option<&str>,
    ) -> Result<Zeroizing<Vec<u8>>, SevenZError> {
        let entry = self.entries.get(index).ok_or(SevenZError::Damaged)?.clone();
        let Some(folder) = entry.folder else {
            return Ok(Zeroizing::new(Vec::new()));
        };
        if entry.size > MAX_ENTRY {
            return Err(SevenZError::TooLarge);
        }
        let data = decode(
            self.bytes,
            &self.streams,
            folder,
            password,
            &mut self.keys,
            MAX_ENTRY,
            &mut self.decoded,
        )?;
        let from = entry.offset as usize;
        let to = from
            .checked_add(entry.size as usize)
            .ok_or(SevenZError::Damaged)?;
        let out = Zeroizing::new(data.get(from..to).ok_or(SevenZError::Damaged)?.to_vec());
        if let Some(crc) = entry.crc {
            if crc32fast::hash(&out) != crc {
                return Err(if self.encrypted {
                    SevenZError::WrongPassword
                } else {
                    SevenZError::Damaged
                });
            }
        }
        Ok(out)
    }
}

//! The one bounded ZIP reader: the end-of-central-directory record and the central directory
//! (counts and sizes checked against the file before anything is made), stored and deflated
//! entries inflated with the announced size as a hard limit, each checked against its CRC-32
//! (AE-2 entries by their authentication code instead), WinZip AES entries decrypted with a
//! password, ZipCrypto refused. An entry's zip64 sizes are read (a tool may mark a small entry
//! as zip64); a zip64 directory, split archives and other methods are refused as unsupported:
//! neither Word nor 7-Zip writes them for files of this size.

use super::aes::{self, AesFailure};
use zeroize::Zeroizing;

/// Why an archive or one of its entries cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// No end-of-central-directory record: not a zip file.
    NotZip,
    /// A record points outside the file, an entry does not inflate or fails its check.
    Damaged,
    /// Encrypted with the old ZipCrypto (weak: refused), or encrypted and no password given.
    Encrypted,
    /// The password does not open the entry.
    WrongPassword,
    /// More entries or more unpacked bytes than allowed.
    TooLarge,
    /// Zip64, a split archive, or a compression other than stored and deflate.
    Unsupported,
}

impl std::fmt::Display for ZipError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ZipError::NotZip => "not a zip file",
            ZipError::Damaged => "the zip file is damaged",
            ZipError::Encrypted => "the entry is encrypted with zipcrypto or needs a password",
            ZipError::WrongPassword => "wrong password",
            ZipError::TooLarge => "the zip file or an entry is too large",
            ZipError::Unsupported => "zip64, split archives or this compression are not supported",
        })
    }
}

impl std::error::Error for ZipError {}

/// How an entry is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    None,
    /// WinZip AES: key bits (128, 192, 256) and whether the CRC is stored (AE-1) or not (AE-2).
    Aes {
        bits: u16,
        crc_stored: bool,
    },
    /// The old, weak ZipCrypto.
    ZipCrypto,
}

/// One entry of the central directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    /// Unpacked size as the directory announces it.
    pub size: u64,
    pub protection: Protection,
    method: u16,
    crc: u32,
    packed: usize,
    local: usize,
    aes_strength: u8,
}

impl Entry {
    pub fn is_dir(&self) -> bool {
        self.name.ends_with('/')
    }
}

/// An archive's directory over its bytes.
pub struct Archive<'a> {
    bytes: &'a [u8],
    pub entries: Vec<Entry>,
}

fn u16_at(b: &[u8], at: usize) -> Result<usize, ZipError> {
    b.get(at..at.saturating_add(2))
        .map(|s| usize::from(u16::from_le_bytes([s[0], s[1]])))
        .ok_or(ZipError::Damaged)
}

fn u32_at(b: &[u8], at: usize) -> Result<usize, ZipError> {
    b.get(at..at.saturating_add(4))
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
        .ok_or(ZipError::Damaged)
}

/// The end-of-central-directory record: (entries, directory offset, directory size).
fn directory(bytes: &[u8]) -> Result<(usize, usize, usize), ZipError> {
    let from = bytes.len().saturating_sub(22 + 65_535);
    let at = bytes[from..]
        .windows(4)
        .rposition(|w| w == b"PK\x05\x06")
        .map(|p| p + from)
        .ok_or(ZipError::NotZip)?;
    let comment = u16_at(bytes, at + 20)?;
    if at + 22 + comment > bytes.len() {
        return Err(ZipError::Damaged);
    }
    let (disk, disk_entries) = (u16_at(bytes, at + 4)?, u16_at(bytes, at + 8)?);
    let entries = u16_at(bytes, at + 10)?;
    let (size, offset) = (u32_at(bytes, at + 12)?, u32_at(bytes, at + 16)?);
    if entries == 0xFFFF || offset == 0xFFFF_FFFF || disk != 0 || disk_entries != entries {
        return Err(ZipError::Unsupported);
    }
    if offset.checked_add(size).is_none_or(|end| end > at) {
        return Err(ZipError::Damaged);
    }
    Ok((entries, offset, size))
}

/// Sizes and offset that the directory marks as 0xFFFFFFFF are in the zip64 extra field
/// (0x0001), in this order: unpacked, packed, local header offset. An offset or packed size
/// beyond what this machine can address is damage; the unpacked size is checked by the reader.
fn zip64_sizes(
    extra: &[u8],
    unpacked: u64,
    packed: u64,
    local: u64,
) -> Result<(u64, usize, usize), ZipError> {
    const MARK: u64 = 0xFFFF_FFFF;
    let (mut unpacked, mut packed, mut local) = (unpacked, packed, local);
    if [unpacked, packed, local].contains(&MARK) {
        let mut i = 0;
        let mut body: Option<&[u8]> = None;
        while i + 4 <= extra.len() {
            let id = u16::from_le_bytes([extra[i], extra[i + 1]]);
            let len = usize::from(u16::from_le_bytes([extra[i + 2], extra[i + 3]]));
            let field = extra.get(i + 4..i + 4 + len).ok_or(ZipError::Damaged)?;
            if id == 0x0001 {
                body = Some(field);
                break;
            }
            i += 4 + len;
        }
        let body = body.ok_or(ZipError::Damaged)?;
        let mut values = body
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()));
        for value in [&mut unpacked, &mut packed, &mut local] {
            if *value == MARK {
                *value = values.next().ok_or(ZipError::Damaged)?;
            }
        }
    }
    let packed = usize::try_from(packed).map_err(|_| ZipError::Damaged)?;
    let local = usize::try_from(local).map_err(|_| ZipError::Damaged)?;
    Ok((unpacked, packed, local))
}

/// The WinZip AES extra field (0x9901): (vendor version, strength, real method).
fn aes_extra(extra: &[u8]) -> Option<(u16, u8, u16)> {
    let mut i = 0;
    while i + 4 <= extra.len() {
        let id = u16::from_le_bytes([extra[i], extra[i + 1]]);
        let len = usize::from(u16::from_le_bytes([extra[i + 2], extra[i + 3]]));
        let body = extra.get(i + 4..i + 4 + len)?;
        if id == 0x9901 && len >= 7 {
            let version = u16::from_le_bytes([body[0], body[1]]);
            let method = u16::from_le_bytes([body[5], body[6]]);
            return Some((version, body[4], method));
        }
        i += 4 + len;
    }
    None
}

impl<'a> Archive<'a> {
    /// Reads the directory: at most `max_entries` entries.
    pub fn open(bytes: &'a [u8], max_entries: usize) -> Result<Archive<'a>, ZipError> {
        let (count, offset, size) = directory(bytes)?;
        if count > max_entries {
            return Err(ZipError::TooLarge);
        }
        let dir = &bytes[offset..offset + size];
        // Each directory record takes at least 46 bytes: a count the directory cannot hold is
        // damage, found before anything is made for it.
        if count.saturating_mul(46) > dir.len() {
            return Err(ZipError::Damaged);
        }
        let mut entries = Vec::with_capacity(count);
        let mut at = 0usize;
        for _ in 0..count {
            if dir.get(at..at + 4) != Some(b"PK\x01\x02") {
                return Err(ZipError::Damaged);
            }
            let flags = u16_at(dir, at + 8)?;
            let method = u16_at(dir, at + 10)? as u16;
            let crc = u32_at(dir, at + 16)? as u32;
            let (packed, unpacked) = (u32_at(dir, at + 20)? as u64, u32_at(dir, at + 24)? as u64);
            let (name_len, extra_len) = (u16_at(dir, at + 28)?, u16_at(dir, at + 30)?);
            let comment_len = u16_at(dir, at + 32)?;
            let local = u32_at(dir, at + 42)? as u64;
            let name = dir
                .get(at + 46..at + 46 + name_len)
                .ok_or(ZipError::Damaged)?;
            let extra = dir
                .get(at + 46 + name_len..at + 46 + name_len + extra_len)
                .ok_or(ZipError::Damaged)?;
            at += 46 + name_len + extra_len + comment_len;
            let (unpacked, packed, local) = zip64_sizes(extra, unpacked, packed, local)?;
            let (protection, method, aes_strength) = if flags & 1 == 0 {
                (Protection::None, method, 0)
            } else {
                match aes_extra(extra) {
                    Some((version, strength, real)) if method == 99 => {
                        let bits = match strength {
                            1 => 128,
                            2 => 192,
                            3 => 256,
                            _ => return Err(ZipError::Unsupported),
                        };
                        let crc_stored = version == 1;
                        (Protection::Aes { bits, crc_stored }, real, strength)
                    }
                    _ => (Protection::ZipCrypto, method, 0),
                }
            };
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                size: unpacked,
                protection,
                method,
                crc,
                packed,
                local,
                aes_strength,
            });
        }
        Ok(Archive { bytes, entries })
    }

    /// The stored (possibly encrypted and compressed) bytes of an entry.
    fn stored(&self, entry: &Entry) -> Result<&'a [u8], ZipError> {
        let local = entry.local;
        if self.bytes.get(local..local.saturating_add(4)) != Some(b"PK\x03\x04") {
            return Err(ZipError::Damaged);
        }
        let start = local
            .saturating_add(30)
            .saturating_add(u16_at(self.bytes, local.saturating_add(26))?)
            .saturating_add(u16_at(self.bytes, local.saturating_add(28))?);
        self.bytes
            .get(start..start.saturating_add(entry.packed))
            .ok_or(ZipError::Damaged)
    }

    /// The bytes of an unencrypted entry `index`, at most `max` unpacked (a bomb stops at its
    /// announced size, and an announced size above `max` is refused before anything is
    /// inflated). An encrypted entry is [`ZipError::Encrypted`]: see [`Archive::read_with_password`]
    /// (kept apart, so pages that never decrypt carry no AES code).
    pub fn read(&self, index: usize, max: u64) -> Result<Zeroizing<Vec<u8>>, ZipError> {
        let entry = self.checked(index, max)?;
        if entry.protection != Protection::None {
            return Err(ZipError::Encrypted);
        }
        inflate(entry, self.stored(entry)?)
    }

    /// As [`Archive::read`], decrypting a WinZip AES entry with `password` (ZipCrypto is
    /// refused as [`ZipError::Encrypted`]).
    pub fn read_with_password(
        &self,
        index: usize,
        password: Option<&str>,
        max: u64,
    ) -> Result<Zeroizing<Vec<u8>>, ZipError> {
        let entry = self.checked(index, max)?;
        let stored = self.stored(entry)?;
        match entry.protection {
            Protection::None => inflate(entry, stored),
            Protection::ZipCrypto => Err(ZipError::Encrypted),
            Protection::Aes { .. } => {
                let password = password
                    .filter(|p| !p.is_empty())
                    .ok_or(ZipError::Encrypted)?;
                let decrypted = aes::decrypt(stored, entry.aes_strength, password.as_bytes())
                    .map_err(|e| match e {
                        AesFailure::WrongPassword | AesFailure::Unauthentic => {
                            ZipError::WrongPassword
                        }
                        AesFailure::Damaged => ZipError::Damaged,
                    })?;
                inflate(entry, &decrypted)
            }
        }
    }

    /// The entry, if its announced size is within `max` and its method is one we read.
    fn checked(&self, index: usize, max: u64) -> Result<&Entry, ZipError> {
        let entry = self.entries.get(index).ok_or(ZipError::Damaged)?;
        if entry.size > max {
            return Err(ZipError::TooLarge);
        }
        if entry.method != 0 && entry.method != 8 {
            return Err(ZipError::Unsupported);
        }
        Ok(entry)
    }
}

/// An entry's (decrypted) data inflated to exactly its announced size and checked.
fn inflate(entry: &Entry, packed: &[u8]) -> Result<Zeroizing<Vec<u8>>, ZipError> {
    let size = usize::try_from(entry.size).map_err(|_| ZipError::TooLarge)?;
    let data = match entry.method {
        0 => Zeroizing::new(packed.to_vec()),
        _ => Zeroizing::new(
            miniz_oxide::inflate::decompress_to_vec_with_limit(packed, size)
                .map_err(|_| ZipError::Damaged)?,
        ),
    };
    if data.len() != size {
        return Err(ZipError::Damaged);
    }
    // AE-2 stores no CRC: its authentication code, checked before decrypting, stands for it.
    let crc_stored = !matches!(
        entry.protection,
        Protection::Aes {
            crc_stored: false,
            ..
        }
    );
    if crc_stored && crc32fast::hash(&data) != entry.crc {
        return Err(ZipError::Damaged);
    }
    Ok(data)
}

/// Every file of an unencrypted container (name, bytes), directories left out: at most
/// `max_entries` entries and `max_total` unpacked bytes together (checked on the announced
/// sizes before anything is inflated).
pub fn entries(
    bytes: &[u8],
    max_entries: usize,
    max_total: usize,
) -> Result<Vec<(String, Vec<u8>)>, ZipError> {
    let archive = Archive::open(bytes, max_entries)?;
    let mut total = 0u64;
    for entry in archive.entries.iter().filter(|e| !e.is_dir()) {
        if entry.protection != Protection::None {
            return Err(ZipError::Encrypted);
        }
        total = total.saturating_add(entry.size);
    }
    if total > max_total as u64 {
        return Err(ZipError::TooLarge);
    }
    let mut out = Vec::with_capacity(archive.entries.len());
    for (i, entry) in archive.entries.iter().enumerate() {
        if entry.is_dir() {
            continue;
        }
        let data = archive.read(i, entry.size)?;
        out.push((entry.name.clone(), data.to_vec()));
    }
    Ok(out)
}

/// Opens the entry `name` of an archive with `password` (tests, and the interop checks).
pub fn decrypt(bytes: &[u8], name: &str, password: &str) -> Result<Vec<u8>, ZipError> {
    let archive = Archive::open(bytes, 10_000)?;
    let index = archive
        .entries
        .iter()
        .position(|e| e.name == name)
        .ok_or(ZipError::Damaged)?;
    Ok(archive
        .read_with_password(index, Some(password), u64::from(u32::MAX))?
        .to_vec())
}

/// The names of the entries, readable without password (ZIP does not encrypt them).
pub fn entry_names(bytes: &[u8]) -> Result<Vec<String>, ZipError> {
    Ok(Archive::open(bytes, 10_000)?
        .entries
        .into_iter()
        .map(|e| e.name)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    fn zip(files: &[(&str, &[u8], ::zip::CompressionMethod)]) -> Vec<u8> {
        let mut z = ::zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, data, method) in files {
            let options = ::zip::write::SimpleFileOptions::default().compression_method(*method);
            z.start_file(*name, options).unwrap();
            z.write_all(data).unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    #[test]
    fn reads_stored_and_deflated_parts_and_checks_them() {
        let text = "Zoë ".repeat(1000);
        let bytes = zip(&[
            ("a.xml", text.as_bytes(), ::zip::CompressionMethod::Deflated),
            ("b/c.xml", b"stored", ::zip::CompressionMethod::Stored),
        ]);
        let got = entries(&bytes, 10, 1 << 20).unwrap();
        assert_eq!(got[0], ("a.xml".to_string(), text.into_bytes()));
        assert_eq!(got[1], ("b/c.xml".to_string(), b"stored".to_vec()));
        assert_eq!(entries(&bytes, 1, 1 << 20), Err(ZipError::TooLarge));
        assert_eq!(entries(&bytes, 10, 100), Err(ZipError::TooLarge));
        assert_eq!(entries(b"no zip at all", 10, 100), Err(ZipError::NotZip));
        // A flipped byte in the stored part fails its CRC.
        let mut broken = bytes.clone();
        let at = broken.windows(6).position(|w| w == b"stored").unwrap();
        broken[at] = b'S';
        assert_eq!(entries(&broken, 10, 1 << 20), Err(ZipError::Damaged));
        // Every cut of the file is refused, never a panic.
        for cut in 0..bytes.len() {
            assert!(
                entries(&bytes[..cut], 10, 1 << 20).is_err(),
                "cut {cut} of {}",
                bytes.len()
            );
        }
    }

    #[test]
    fn winzip_aes_of_every_strength_and_both_versions_opens_with_its_password_only() {
        for mode in [
            ::zip::AesMode::Aes128,
            ::zip::AesMode::Aes192,
            ::zip::AesMode::Aes256,
        ] {
            // The seekable writer writes AE-1 (CRC stored) for 20 bytes or more, the stream
            // writer AE-2: both are read.
            let contents = "vertrouwelijk ".repeat(50);
            for stream in [false, true] {
                let options = ::zip::write::SimpleFileOptions::default()
                    .compression_method(::zip::CompressionMethod::Deflated)
                    .with_aes_encryption(mode, "geheim");
                let bytes = if stream {
                    let mut z = ::zip::ZipWriter::new_stream(Vec::new());
                    z.start_file("a.docx", options).unwrap();
                    z.write_all(contents.as_bytes()).unwrap();
                    z.finish().unwrap().into_inner()
                } else {
                    let mut z = ::zip::ZipWriter::new(Cursor::new(Vec::new()));
                    z.start_file("a.docx", options).unwrap();
                    z.write_all(contents.as_bytes()).unwrap();
                    z.finish().unwrap().into_inner()
                };
                let archive = Archive::open(&bytes, 10).unwrap();
                assert!(matches!(
                    archive.entries[0].protection,
                    Protection::Aes { .. }
                ));
                let got = archive
                    .read_with_password(0, Some("geheim"), 1 << 20)
                    .unwrap();
                assert_eq!(got.as_slice(), contents.as_bytes(), "{mode:?} {stream}");
                assert_eq!(
                    archive.read_with_password(0, Some("fout"), 1 << 20),
                    Err(ZipError::WrongPassword)
                );
                assert_eq!(
                    archive.read_with_password(0, None, 1 << 20),
                    Err(ZipError::Encrypted)
                );
                assert_eq!(
                    archive.read_with_password(0, Some("geheim"), 10),
                    Err(ZipError::TooLarge)
                );
                // A flipped byte of the encrypted data fails the authentication code.
                let mut tampered = bytes.clone();
                let data_at = 30 + "a.docx".len() + 11 + 16 + 2 + 3;
                tampered[data_at] ^= 1;
                let archive = Archive::open(&tampered, 10).unwrap();
                assert!(archive
                    .read_with_password(0, Some("geheim"), 1 << 20)
                    .is_err());
            }
        }
    }

    #[test]
    fn zipcrypto_is_refused() {
        // Made by 7-Zip with `-tzip -mem=ZipCrypto` (the opener's fuzz seed).
        let bytes = include_bytes!("../../../fuzz/seeds/7zip-zipcrypto.zip");
        let archive = Archive::open(bytes, 10).unwrap();
        assert_eq!(archive.entries[0].protection, Protection::ZipCrypto);
        assert_eq!(
            archive.read_with_password(0, Some("geheim"), 1 << 20),
            Err(ZipError::Encrypted)
        );
    }

    #[test]
    fn a_directory_that_claims_more_entries_than_it_holds_is_damage() {
        let mut bytes = zip(&[("a.xml", b"x", ::zip::CompressionMethod::Stored)]);
        let eocd = bytes.windows(4).rposition(|w| w == b"PK\x05\x06").unwrap();
        for at in [eocd + 8, eocd + 10] {
            bytes[at..at + 2].copy_from_slice(&5000u16.to_le_bytes());
        }
        assert_eq!(Archive::open(&bytes, 10_000).err(), Some(ZipError::Damaged));
    }
}

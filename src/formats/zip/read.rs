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
        let body = extra_field(extra, 0x0001).ok_or(ZipError::Damaged)?;
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

/// The body of the extra field `id` (a field cut short ends the search).
fn extra_field(extra: &[u8], id: u16) -> Option<&[u8]> {
    let mut i = 0;
    while i + 4 <= extra.len() {
        let this = u16::from_le_bytes([extra[i], extra[i + 1]]);
        let len = usize::from(u16::from_le_bytes([extra[i + 2], extra[i + 3]]));
        let body = extra.get(i + 4..i + 4 + len)?;
        if this == id {
            return Some(body);
        }
        i += 4 + len;
    }
    None
}

/// The WinZip AES extra field (0x9901): (vendor version, strength, real method).
fn aes_extra(extra: &[u8]) -> Option<(u16, u8, u16)> {
    let body = extra_field(extra, 0x9901).filter(|b| b.len() >= 7)?;
    let version = u16::from_le_bytes([body[0], body[1]]);
    let method = u16::from_le_bytes([body[5], body[6]]);
    Some((version, body[4], method))
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
            let (protection, method) = if flags & 1 == 0 {
                (Protection::None, method)
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
                        (Protection::Aes { bits, crc_stored }, real)
                    }
                    _ => (Protection::ZipCrypto, method),
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
    /// refused as [`ZipError::Encrypted`]); the key is derived here, in one pass.
    pub fn read_with_password(
        &self,
        index: usize,
        password: Option<&str>,
        max: u64,
    ) -> Result<Zeroizing<Vec<u8>>, ZipError> {
        let derived = match self.aes_salt(index)? {
            Some((bits, salt)) => {
                let password = password
                    .filter(|p| !p.is_empty())
                    .ok_or(ZipError::Encrypted)?;
                aes::derive(password.as_bytes(), salt, bits)
            }
            None => Zeroizing::new(Vec::new()),
        };
        self.read_with_key(index, &derived, max)
    }

    /// The key length in bits and the salt of a WinZip AES entry, for deriving its key
    /// ([`aes::Stretch`]); `None` if the entry is not WinZip AES.
    pub fn aes_salt(&self, index: usize) -> Result<Option<(u16, &'a [u8])>, ZipError> {
        let entry = self.entries.get(index).ok_or(ZipError::Damaged)?;
        match entry.protection {
            Protection::Aes { bits, .. } => {
                let salt = aes::salt(self.stored(entry)?, bits).map_err(|_| ZipError::Damaged)?;
                Ok(Some((bits, salt)))
            }
            _ => Ok(None),
        }
    }

    /// As [`Archive::read`], decrypting a WinZip AES entry with the key material `derived`
    /// from the password and [`Archive::aes_salt`] (ZipCrypto is refused as
    /// [`ZipError::Encrypted`]; an unencrypted entry ignores `derived`).
    pub fn read_with_key(
        &self,
        index: usize,
        derived: &[u8],
        max: u64,
    ) -> Result<Zeroizing<Vec<u8>>, ZipError> {
        let entry = self.checked(index, max)?;
        let stored = self.stored(entry)?;
        match entry.protection {
            Protection::None => inflate(entry, stored),
            Protection::ZipCrypto => Err(ZipError::Encrypted),
            Protection::Aes { bits, .. } => {
                let decrypted = aes::decrypt(stored, bits, derived).map_err(|e| match e {
                    AesFailure::WrongPassword | AesFailure::Unauthentic => ZipError::WrongPassword,
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
#[path = "read_tests.rs"]
mod tests;

//! The ZIP branch of the opener: WinZip AES (our archives, 7-Zip's `-tzip -mem=AES*`, pyzipper),
//! unencrypted archives, and the refusal of ZipCrypto. The end-of-central-directory record is
//! checked (entry count, directory size) before the zip crate reads the directory.

use super::candidates::password_candidates;
use super::{OpenError, Protection, MAX_DOCUMENT_BYTES};
use std::io::{Cursor, Read};
use zeroize::Zeroizing;
use zip::ZipArchive;

/// Most entries we accept in a received archive (a referral has one).
pub const MAX_ENTRIES: u64 = 10_000;

/// Checks the end-of-central-directory record before any directory is read: at most
/// `max_entries` entries, and a directory that fits in the file. `false` when there is none.
pub fn directory_fits(bytes: &[u8], max_entries: u64) -> Result<bool, OpenError> {
    let tail_start = bytes.len().saturating_sub(65_557);
    let Some(at) = bytes[tail_start..]
        .windows(4)
        .rposition(|w| w == b"PK\x05\x06")
        .map(|p| p + tail_start)
    else {
        return Ok(false);
    };
    let record = bytes.get(at..at + 22).ok_or(OpenError::Damaged)?;
    let entries = u64::from(u16::from_le_bytes([record[10], record[11]]));
    let size = u64::from(u32::from_le_bytes([
        record[12], record[13], record[14], record[15],
    ]));
    if entries > max_entries && entries != 0xFFFF {
        return Err(OpenError::DocumentTooLarge);
    }
    if size > bytes.len() as u64 {
        return Err(OpenError::Damaged);
    }
    Ok(true)
}

/// Reads the AES key size from an entry's extra data (header 0x9901), if present.
fn aes_bits(extra: &[u8]) -> Option<u16> {
    let mut i = 0;
    while i + 4 <= extra.len() {
        let id = u16::from_le_bytes([extra[i], extra[i + 1]]);
        let len = usize::from(u16::from_le_bytes([extra[i + 2], extra[i + 3]]));
        if id == 0x9901 && len >= 7 && i + 4 + len <= extra.len() {
            return match extra[i + 8] {
                1 => Some(128),
                2 => Some(192),
                3 => Some(256),
                _ => None,
            };
        }
        i += 4 + len;
    }
    None
}

/// The first `.docx` in a ZIP archive: its name, bytes and protection.
pub fn open(
    archive: &[u8],
    password: &str,
) -> Result<(String, Zeroizing<Vec<u8>>, Protection), OpenError> {
    directory_fits(archive, MAX_ENTRIES)?;
    let mut zip = ZipArchive::new(Cursor::new(archive)).map_err(|_| OpenError::Damaged)?;
    let mut found = None;
    for i in 0..zip.len().min(MAX_ENTRIES as usize) {
        let Ok(file) = zip.by_index_raw(i) else {
            return Err(OpenError::Damaged);
        };
        let name = file.name().map(|n| n.into_owned()).unwrap_or_default();
        if file.is_file() && name.to_lowercase().ends_with(".docx") {
            let protection = if !file.encrypted() {
                Protection::None
            } else {
                match file.extra_data().as_deref().and_then(aes_bits) {
                    Some(bits) => Protection::Aes(bits),
                    None => return Err(OpenError::ZipCrypto),
                }
            };
            if file.size() > MAX_DOCUMENT_BYTES {
                return Err(OpenError::DocumentTooLarge);
            }
            let base = name.rsplit('/').next().unwrap_or(&name).to_string();
            found = Some((i, base, protection));
            break;
        }
    }
    let (index, docx_name, protection) = found.ok_or(OpenError::NoDocument)?;
    let docx = match protection {
        Protection::Aes(_) => {
            if password.trim().is_empty() {
                return Err(OpenError::PasswordMissing);
            }
            decrypt_with_candidates(&mut zip, index, password)?
        }
        _ => read_entry(zip.by_index(index))?,
    };
    Ok((docx_name, docx, protection))
}

/// Tries every candidate of what was typed. WinZip AES checks a password with only 2 bytes, so
/// about one wrong candidate in 65,536 passes that check and then fails on the authentication
/// code: such a failure must not stop the loop. Only when no candidate opens the entry does a
/// failure after the check count as damage.
fn decrypt_with_candidates<R: Read + std::io::Seek>(
    zip: &mut ZipArchive<R>,
    index: usize,
    typed: &str,
) -> Result<Zeroizing<Vec<u8>>, OpenError> {
    let mut failure = OpenError::WrongPassword;
    for candidate in password_candidates(typed) {
        match read_entry(zip.by_index_decrypt(index, candidate.as_bytes())) {
            Ok(docx) => return Ok(docx),
            Err(OpenError::WrongPassword) => {}
            Err(OpenError::Damaged) => failure = OpenError::Damaged,
            Err(other) => return Err(other),
        }
    }
    Err(failure)
}

fn read_entry<R: Read>(
    file: zip::result::ZipResult<zip::read::ZipFile<'_, R>>,
) -> Result<Zeroizing<Vec<u8>>, OpenError> {
    let file = file.map_err(|e| match e {
        zip::result::ZipError::InvalidPassword => OpenError::WrongPassword,
        zip::result::ZipError::UnsupportedArchive(_) => OpenError::Unsupported,
        zip::result::ZipError::CompressionMethodNotSupported(_) => OpenError::Unsupported,
        _ => OpenError::Damaged,
    })?;
    let mut out = Zeroizing::new(Vec::new());
    file.take(MAX_DOCUMENT_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|_| OpenError::Damaged)?;
    if out.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(OpenError::DocumentTooLarge);
    }
    Ok(out)
}

//! The ZIP branch of the opener, over the one bounded reader (`formats::zip::read`): WinZip AES
//! (our archives, 7-Zip's `-tzip -mem=AES*`, pyzipper), unencrypted archives, and the refusal of
//! ZipCrypto.

use super::candidates::password_candidates;
use super::{OpenError, Pending, Protection, MAX_DOCUMENT_BYTES};
use crate::formats::derive::{Derivation, Derived};
use crate::formats::zip::read::{Archive, Protection as ZipProtection, ZipError};
use zeroize::Zeroizing;

/// Most entries we accept in a received archive (a referral has one).
pub const MAX_ENTRIES: usize = 10_000;

/// The first `.docx` in a ZIP archive: its name, bytes and protection. The keys come from
/// `keys`: a missing one is [`Pending::Key`].
pub fn open(
    archive: &[u8],
    password: &str,
    keys: &mut Derived,
) -> Result<(String, Zeroizing<Vec<u8>>, Protection), Pending> {
    let zip = Archive::open(archive, MAX_ENTRIES)?;
    let index = zip
        .entries
        .iter()
        .position(|e| !e.is_dir() && e.name.to_ascii_lowercase().ends_with(".docx"))
        .ok_or(OpenError::NoDocument)?;
    let entry = &zip.entries[index];
    let protection = match entry.protection {
        ZipProtection::None => Protection::None,
        ZipProtection::Aes { bits, .. } => Protection::Aes(bits),
        ZipProtection::ZipCrypto => return Err(OpenError::ZipCrypto.into()),
    };
    if entry.size > MAX_DOCUMENT_BYTES {
        return Err(OpenError::DocumentTooLarge.into());
    }
    let name = entry
        .name
        .rsplit('/')
        .next()
        .unwrap_or(&entry.name)
        .to_string();
    let docx = match protection {
        Protection::Aes(_) => {
            if password.trim().is_empty() {
                return Err(OpenError::PasswordMissing.into());
            }
            decrypt_with_candidates(&zip, index, password, keys)?
        }
        _ => zip.read(index, MAX_DOCUMENT_BYTES)?,
    };
    Ok((name, docx, protection))
}

/// Tries every candidate of what was typed. WinZip AES checks a password with only 2 bytes, so
/// about one wrong candidate in 65,536 passes that check and then fails on the authentication
/// code: the reader reports both as a wrong password, and the loop goes on. Damage found after
/// the right password (a CRC or inflate failure) is damage.
fn decrypt_with_candidates(
    zip: &Archive<'_>,
    index: usize,
    typed: &str,
    keys: &mut Derived,
) -> Result<Zeroizing<Vec<u8>>, Pending> {
    let (bits, salt) = zip.aes_salt(index)?.ok_or(OpenError::Damaged)?;
    for candidate in password_candidates(typed) {
        let derivation = Derivation::ZipAes {
            salt: salt.to_vec(),
            bits,
        };
        let key = keys.key(&candidate, derivation).map_err(Pending::Key)?;
        match zip.read_with_key(index, &key, MAX_DOCUMENT_BYTES) {
            Ok(docx) => return Ok(docx),
            Err(ZipError::WrongPassword) => {}
            Err(other) => return Err(other.into()),
        }
    }
    Err(OpenError::WrongPassword.into())
}

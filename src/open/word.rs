//! The opener's branches for `.7z` archives and for Word documents with a password: every
//! password candidate is tried (neither format has a quick check that could stop the loop
//! early by mistake: a wrong password shows as a failed decryption).

use super::{password_candidates, OpenError, Protection};
use crate::formats::agile::{self, AgileError};
use crate::formats::sevenz::read::{open, SevenZError};
use zeroize::Zeroizing;

type Found = (String, Zeroizing<Vec<u8>>, Protection);

/// The first `.docx` (or else the first file) of a `.7z`.
pub fn sevenz(file: &[u8], typed: &str) -> Result<Found, OpenError> {
    // Unencrypted names: look before asking for a password.
    let candidates = password_candidates(typed);
    let mut last = OpenError::PasswordMissing;
    let tries: Vec<Option<&str>> = if candidates.is_empty() {
        vec![None]
    } else {
        candidates.iter().map(|c| Some(c.as_str())).collect()
    };
    for password in tries {
        let mut archive = match open(file, password) {
            Ok(a) => a,
            Err(SevenZError::WrongPassword) => {
                last = OpenError::WrongPassword;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        let names_hidden = archive.names_hidden;
        let index = archive
            .entries
            .iter()
            .position(|e| e.name.to_lowercase().ends_with(".docx"))
            .ok_or(OpenError::NoDocument)?;
        let name = archive.entries[index].name.clone();
        let base = name.rsplit(['/', '\\']).next().unwrap_or(&name).to_string();
        match archive.read(index, password) {
            Ok(docx) => return Ok((base, docx, Protection::SevenZ { names_hidden })),
            Err(SevenZError::WrongPassword) => last = OpenError::WrongPassword,
            Err(e) => return Err(e.into()),
        }
    }
    Err(last)
}

/// A Word document with a password.
pub fn protected(file: &[u8], typed: &str) -> Result<Found, OpenError> {
    if typed.trim().is_empty() {
        return Err(OpenError::PasswordMissing);
    }
    for candidate in password_candidates(typed) {
        match agile::decrypt(file, &candidate) {
            Ok(docx) => return Ok(("document.docx".to_string(), docx, Protection::WordPassword)),
            Err(AgileError::WrongPassword) => {}
            Err(AgileError::IntegrityFailed) => return Err(OpenError::IntegrityFailed),
            Err(AgileError::UnsupportedEncryption) => return Err(OpenError::UnsupportedEncryption),
            Err(AgileError::TooLarge) => return Err(OpenError::DocumentTooLarge),
            Err(AgileError::NotProtectedDocument | AgileError::Damaged) => {
                return Err(OpenError::Damaged)
            }
        }
    }
    Err(OpenError::WrongPassword)
}

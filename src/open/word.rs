//! The opener's branches for `.7z` archives and for Word documents with a password: every
//! password candidate is tried (neither format has a quick check that could stop the loop
//! early by mistake: a wrong password shows as a failed decryption).

use super::{password_candidates, OpenError, Pending, Protection};
use crate::formats::agile::{self, AgileError};
use crate::formats::derive::Derived;
use crate::formats::sevenz::read::{open_with, SevenZError};
use zeroize::Zeroizing;

type Found = (String, Zeroizing<Vec<u8>>, Protection);

fn pending(e: SevenZError) -> Pending {
    match e {
        SevenZError::KeyNeeded(request) => Pending::Key(request),
        other => Pending::Failed(other.into()),
    }
}

/// The first `.docx` (or else the first file) of a `.7z`. The keys come from `keys`: a missing
/// one is [`Pending::Key`].
pub fn sevenz(file: &[u8], typed: &str, keys: &Derived) -> Result<Found, Pending> {
    // Unencrypted names: look before asking for a password.
    let candidates = password_candidates(typed);
    let mut last = OpenError::PasswordMissing;
    let tries: Vec<Option<&str>> = if candidates.is_empty() {
        vec![None]
    } else {
        candidates.iter().map(|c| Some(c.as_str())).collect()
    };
    for password in tries {
        let mut archive = match open_with(file, password, keys.clone()) {
            Ok(a) => a,
            Err(SevenZError::WrongPassword) => {
                last = OpenError::WrongPassword;
                continue;
            }
            Err(e) => return Err(pending(e)),
        };
        let names_hidden = archive.names_hidden;
        let index = archive
            .entries
            .iter()
            .position(|e| e.name.to_ascii_lowercase().ends_with(".docx"))
            .ok_or(Pending::Failed(OpenError::NoDocument))?;
        let name = archive.entries[index].name.clone();
        let base = name.rsplit(['/', '\\']).next().unwrap_or(&name).to_string();
        match archive.read(index, password) {
            Ok(docx) => return Ok((base, docx, Protection::SevenZ { names_hidden })),
            Err(SevenZError::WrongPassword) => last = OpenError::WrongPassword,
            Err(e) => return Err(pending(e)),
        }
    }
    Err(Pending::Failed(last))
}

/// A Word document with a password. The password hashes come from `keys`: a missing one is
/// [`Pending::Key`].
pub fn protected(file: &[u8], typed: &str, keys: &mut Derived) -> Result<Found, Pending> {
    if typed.trim().is_empty() {
        return Err(OpenError::PasswordMissing.into());
    }
    for candidate in password_candidates(typed) {
        let failed = |e: OpenError| Err(Pending::Failed(e));
        match agile::decrypt_with(file, &candidate, keys) {
            Ok(docx) => return Ok(("document.docx".to_string(), docx, Protection::WordPassword)),
            Err(AgileError::WrongPassword) => {}
            Err(AgileError::KeyNeeded(request)) => return Err(Pending::Key(request)),
            Err(AgileError::IntegrityFailed) => return failed(OpenError::IntegrityFailed),
            Err(AgileError::UnsupportedEncryption) => {
                return failed(OpenError::UnsupportedEncryption)
            }
            Err(AgileError::TooLarge) => return failed(OpenError::DocumentTooLarge),
            Err(AgileError::NotProtectedDocument | AgileError::Damaged) => {
                return failed(OpenError::Damaged)
            }
        }
    }
    Err(OpenError::WrongPassword.into())
}

//! Sealing: the confirmed referral, the password, today and randomness in; a named, encrypted
//! file out. The UI only offers the bytes as a download.

use super::{archive, filename};
use crate::date::Date;
use crate::document;
use crate::model::Referral;
use crate::password::Password;
use crate::random::RandomError;
use std::fmt;
use zeroize::Zeroizing;

/// The MIME type of a ZIP archive.
pub const ZIP_MIME: &str = "application/zip";
/// The MIME type of a Word document.
pub const DOCX_MIME: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Why a referral could not be sealed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealError {
    /// The Word document could not be written.
    Document(String),
    /// The archive could not be written.
    Archive(String),
    /// No secure random numbers for the salt or the file name.
    Random(RandomError),
}

impl fmt::Display for SealError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SealError::Document(e) => write!(f, "could not write the document: {e}"),
            SealError::Archive(e) => write!(f, "could not write the archive: {e}"),
            SealError::Random(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for SealError {}

/// A file to offer as a download. The name never holds family data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedFile {
    pub name: String,
    pub mime: &'static str,
    /// Wiped from memory when dropped (the unencrypted document holds the family's data).
    pub bytes: Zeroizing<Vec<u8>>,
}

/// The referral as an unencrypted Word document, for the client file.
pub fn plain(referral: &Referral, today: Date, purpose: &str) -> Result<NamedFile, SealError> {
    let bytes = document::write_with_purpose(referral, today, purpose)
        .map_err(|e| SealError::Document(e.to_string()))?;
    Ok(NamedFile {
        name: filename::document_name(today),
        mime: DOCX_MIME,
        bytes: Zeroizing::new(bytes),
    })
}

/// The referral as a Word document encrypted in a ZIP with WinZip AES-256. `fill` supplies the
/// random bytes (the salt and the file name's tag): the caller's CSPRNG, or a seed in tests.
pub fn seal(
    referral: &Referral,
    password: &Password,
    today: Date,
    purpose: &str,
    fill: &mut dyn FnMut(&mut [u8]) -> Result<(), RandomError>,
) -> Result<NamedFile, SealError> {
    let document = plain(referral, today, purpose)?;
    let mut salt = [0u8; 16];
    let mut tag = [0u8; 4];
    fill(&mut salt).map_err(SealError::Random)?;
    fill(&mut tag).map_err(SealError::Random)?;
    let bytes = archive::encrypt(
        &document.name,
        &document.bytes,
        password.expose(),
        salt,
        today,
    )
    .map_err(|e| SealError::Archive(e.to_string()))?;
    Ok(NamedFile {
        name: filename::archive_name(today, &filename::Tag::from_random(tag)),
        mime: ZIP_MIME,
        bytes: Zeroizing::new(bytes),
    })
}

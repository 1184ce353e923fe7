//! Sealing: the confirmed referral, the password, today and randomness in; a named, encrypted
//! file out, in the format the worker chose. The UI only offers the bytes as a download.

use super::filename;
use crate::date::Date;
use crate::document::{self, Template};
use crate::formats::derive::Derived;
use crate::formats::zip as archive;
use crate::formats::{agile, sevenz};
use crate::model::Referral;
use crate::password::Password;
use crate::random::RandomError;
use std::fmt;
use zeroize::Zeroizing;

/// The MIME type of a ZIP archive.
pub const ZIP_MIME: &str = "application/zip";
/// The MIME type of a 7z archive.
pub const SEVENZ_MIME: &str = "application/x-7z-compressed";
/// The MIME type of a Word document.
pub const DOCX_MIME: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The encrypted formats the sender can choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// `.7z`: AES-256, file names hidden; 7-Zip or "Verwijzing openen" opens it.
    SevenZ,
    /// `.zip`: WinZip AES-256; 7-Zip or "Verwijzing openen"; names visible.
    Zip,
    /// `.docx` with a password (ECMA-376 Agile): Word and LibreOffice open it directly.
    ProtectedDocx,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::SevenZ, Format::Zip, Format::ProtectedDocx];

    /// The name used in settings files: `7z`, `zip`, `docx`.
    pub fn id(self) -> &'static str {
        match self {
            Format::SevenZ => "7z",
            Format::Zip => "zip",
            Format::ProtectedDocx => "docx",
        }
    }

    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// What a format needs besides the password. The long key derivations are the caller's, so a
/// page can run them in slices: `keys` must hold the key of
/// [`sevenz::key_request`] (the 7z key) or of [`agile::Randomness::hash_request`] (the Word
/// password hash) for exactly this password — else [`SealError::KeyMissing`] — or derive it on
/// the spot ([`Derived::here`]).
pub enum Sealing<'a> {
    Zip,
    SevenZ {
        salt: [u8; 16],
        keys: &'a mut Derived,
    },
    ProtectedDocx {
        randomness: &'a agile::Randomness,
        keys: &'a mut Derived,
    },
}

/// Why a referral could not be sealed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealError {
    /// The Word document could not be written.
    Document(String),
    /// The archive could not be written.
    Archive(String),
    /// No secure random numbers for the salt or the file name.
    Random(RandomError),
    /// The caller derived no key for this password and salt.
    KeyMissing,
}

impl fmt::Display for SealError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SealError::Document(e) => write!(f, "could not write the document: {e}"),
            SealError::Archive(e) => write!(f, "could not write the archive: {e}"),
            SealError::Random(e) => write!(f, "{e}"),
            SealError::KeyMissing => f.write_str("no key was derived for this password"),
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

/// What the document looks like: the template (the built-in one or the organisation's) and the
/// purpose sentence.
#[derive(Clone, Copy, Debug)]
pub struct Layout<'a> {
    pub template: &'a Template,
    pub purpose: &'a str,
}

/// The referral as an unencrypted Word document, for the client file.
pub fn plain(referral: &Referral, today: Date, layout: Layout<'_>) -> Result<NamedFile, SealError> {
    let bytes = document::fill(layout.template, referral, today, layout.purpose)
        .map_err(|e| SealError::Document(e.to_string()))?;
    Ok(NamedFile {
        name: filename::document_name(today),
        mime: DOCX_MIME,
        bytes,
    })
}

/// A fresh 16-byte salt (for the 7z key, which the caller derives before sealing).
pub fn salt(
    fill: &mut dyn FnMut(&mut [u8]) -> Result<(), RandomError>,
) -> Result<[u8; 16], SealError> {
    let mut salt = [0u8; 16];
    fill(&mut salt).map_err(SealError::Random)?;
    Ok(salt)
}

/// The referral's document encrypted as `how` says. `fill` supplies the random bytes (salts,
/// IVs, keys, the file name's tag): the caller's CSPRNG, or a seed in tests.
pub fn seal(
    referral: &Referral,
    password: &Password,
    today: Date,
    layout: Layout<'_>,
    how: Sealing<'_>,
    fill: &mut dyn FnMut(&mut [u8]) -> Result<(), RandomError>,
) -> Result<NamedFile, SealError> {
    let document = plain(referral, today, layout)?;
    encrypt(&document, password, today, how, fill)
}

/// The second half of [`seal`]: the written document (of [`plain`]) encrypted as `how` says. A
/// page runs the two halves as separate tasks.
pub fn encrypt(
    document: &NamedFile,
    password: &Password,
    today: Date,
    how: Sealing<'_>,
    fill: &mut dyn FnMut(&mut [u8]) -> Result<(), RandomError>,
) -> Result<NamedFile, SealError> {
    let mut tag = [0u8; 4];
    fill(&mut tag).map_err(SealError::Random)?;
    let tag = filename::Tag::from_random(tag);
    let (bytes, extension, mime) = match how {
        Sealing::Zip => {
            let salt = salt(fill)?;
            let bytes = archive::encrypt(
                &document.name,
                &document.bytes,
                password.expose(),
                salt,
                today,
            )
            .map_err(|e| SealError::Archive(e.to_string()))?;
            (bytes, "zip", ZIP_MIME)
        }
        Sealing::SevenZ { salt, keys } => {
            let request = sevenz::key_request(password.expose(), &salt);
            let key = keys
                .key(&request.password, request.derivation)
                .map_err(|_| SealError::KeyMissing)?;
            let key: &[u8; 32] = key[..].try_into().map_err(|_| SealError::KeyMissing)?;
            let mut ivs = sevenz::Ivs {
                data: [0; 16],
                header: [0; 16],
            };
            // Distinct random IVs for the data and the header, as 7-Zip writes them.
            while ivs.data == ivs.header {
                fill(&mut ivs.data).map_err(SealError::Random)?;
                fill(&mut ivs.header).map_err(SealError::Random)?;
            }
            let time = sevenz::write::filetime(today);
            let bytes = sevenz::write(&document.name, &document.bytes, key, &salt, ivs, time);
            (bytes, "7z", SEVENZ_MIME)
        }
        Sealing::ProtectedDocx { randomness, keys } => {
            let request = randomness.hash_request(password.expose());
            let hash = keys
                .key(&request.password, request.derivation)
                .map_err(|_| SealError::KeyMissing)?;
            let hash: &[u8; 64] = hash[..].try_into().map_err(|_| SealError::KeyMissing)?;
            let bytes = agile::encrypt_with_hash(&document.bytes, hash, randomness)
                .map_err(|e| SealError::Archive(e.to_string()))?;
            (bytes, "docx", DOCX_MIME)
        }
    };
    Ok(NamedFile {
        name: filename::sealed_name(today, &tag, extension),
        mime,
        bytes: Zeroizing::new(bytes),
    })
}

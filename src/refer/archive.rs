//! The encrypted archive: one file in a ZIP with WinZip AES-256 (AE-2), as 7-Zip writes it.
//!
//! Bytes in, bytes out; the salt is a parameter so tests can fix it. We write with
//! `ZipWriter::new_stream`: on a seekable writer the zip crate silently switches entries of 20
//! bytes or more to AE-1, which stores the plaintext CRC-32 unencrypted. AE-2 stores no CRC; the
//! HMAC-SHA1 authentication code protects integrity instead.

use crate::date::Date;
use std::io::{Cursor, Read, Write};
use zip::write::SimpleFileOptions;
use zip::{AesMode, AesSalt, CompressionMethod, ZipArchive, ZipWriter};

/// Why an archive could not be written or opened.
#[derive(Debug)]
pub enum ArchiveError {
    /// The zip writer or reader failed.
    Zip(zip::result::ZipError),
    /// The password does not open the archive.
    WrongPassword,
    /// The archive holds no file of that name.
    MissingEntry,
}

impl std::fmt::Display for ArchiveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ArchiveError::Zip(e) => write!(f, "zip error: {e}"),
            ArchiveError::WrongPassword => f.write_str("wrong password"),
            ArchiveError::MissingEntry => f.write_str("the archive does not hold that file"),
        }
    }
}

impl std::error::Error for ArchiveError {}

impl From<zip::result::ZipError> for ArchiveError {
    fn from(e: zip::result::ZipError) -> Self {
        match e {
            zip::result::ZipError::InvalidPassword => ArchiveError::WrongPassword,
            zip::result::ZipError::FileNotFound => ArchiveError::MissingEntry,
            other => ArchiveError::Zip(other),
        }
    }
}

impl From<std::io::Error> for ArchiveError {
    fn from(e: std::io::Error) -> Self {
        ArchiveError::Zip(e.into())
    }
}

/// Encrypts `contents` as the single entry `entry_name` of a new ZIP archive, with AES-256 (AE-2),
/// deflate compression and the given 16-byte salt. Entry names are not encrypted in ZIP: never
/// pass a name that holds personal data (see `filename`).
pub fn encrypt(
    entry_name: &str,
    contents: &[u8],
    password: &str,
    salt: [u8; 16],
    date: Date,
) -> Result<Vec<u8>, ArchiveError> {
    let salt = AesSalt::try_new(AesMode::Aes256, &salt)?;
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(crate::document::zip_time(date))
        .with_aes_encryption_and_salt(password.as_bytes(), salt);
    let mut zip = ZipWriter::new_stream(Vec::new());
    zip.start_file(entry_name, options)?;
    zip.write_all(contents)?;
    Ok(zip.finish()?.into_inner())
}

/// Opens an archive written by [`encrypt`] (or 7-Zip) and returns the named entry's bytes.
pub fn decrypt(archive: &[u8], entry_name: &str, password: &str) -> Result<Vec<u8>, ArchiveError> {
    let mut zip = ZipArchive::new(Cursor::new(archive))?;
    let mut file = zip.by_name_decrypt(entry_name, password.as_bytes())?;
    let mut out = Vec::new();
    file.read_to_end(&mut out)?;
    Ok(out)
}

/// The names of the entries, readable without password (ZIP does not encrypt them).
pub fn entry_names(archive: &[u8]) -> Result<Vec<String>, ArchiveError> {
    let zip = ZipArchive::new(Cursor::new(archive))?;
    let names = zip
        .file_names()
        .map(|n| n.map(|n| n.into_owned()))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(names)
}

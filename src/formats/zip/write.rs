//! Writing ZIP with the zip crate: a Word package (deflated parts, a fixed date) and the
//! encrypted archive (one entry, WinZip AES-256, AE-2).
//!
//! We write the archive with `ZipWriter::new_stream`: on a seekable writer the zip crate
//! silently switches entries of 20 bytes or more to AE-1, which stores the plaintext CRC-32
//! unencrypted. AE-2 stores no CRC; the HMAC-SHA1 authentication code protects integrity.

use crate::date::Date;
use ::zip::write::SimpleFileOptions;
use ::zip::{AesMode, AesSalt, CompressionMethod, DateTime, ZipWriter};
use std::io::{Cursor, Write};
use zeroize::Zeroizing;

/// Why the zip writer failed (in memory, only on a bug or a salt of the wrong size).
#[derive(Debug)]
pub struct WriteError(pub ::zip::result::ZipError);

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "zip writer: {}", self.0)
    }
}

impl std::error::Error for WriteError {}

impl From<::zip::result::ZipError> for WriteError {
    fn from(e: ::zip::result::ZipError) -> Self {
        WriteError(e)
    }
}

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError(e.into())
    }
}

/// The zip time of noon on a date (a document's parts carry no other time).
pub fn zip_time(date: Date) -> DateTime {
    DateTime::from_date_and_time(date.year(), date.month(), date.day(), 12, 0, 0)
        .unwrap_or_default()
}

/// Encrypts `contents` as the single entry `entry_name` of a new ZIP archive, with AES-256
/// (AE-2), deflate compression and the given 16-byte salt. Entry names are not encrypted in
/// ZIP: never pass a name that holds personal data (see `refer::filename`).
pub fn encrypt(
    entry_name: &str,
    contents: &[u8],
    password: &str,
    salt: [u8; 16],
    date: Date,
) -> Result<Vec<u8>, WriteError> {
    let salt = AesSalt::try_new(AesMode::Aes256, &salt)?;
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip_time(date))
        .with_aes_encryption_and_salt(password.as_bytes(), salt);
    let mut zip = ZipWriter::new_stream(Vec::new());
    zip.start_file(entry_name, options)?;
    zip.write_all(contents)?;
    Ok(zip.finish()?.into_inner())
}

/// A Word package being written: deflated parts, each dated `date`.
pub struct Package {
    zip: ZipWriter<Cursor<Vec<u8>>>,
    options: SimpleFileOptions,
}

impl Package {
    pub fn new(date: Date) -> Package {
        Package {
            zip: ZipWriter::new(Cursor::new(Vec::new())),
            options: SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .last_modified_time(zip_time(date)),
        }
    }

    /// Adds a part.
    pub fn add(&mut self, name: &str, data: &[u8]) -> Result<(), WriteError> {
        self.zip.start_file(name, self.options)?;
        self.zip.write_all(data)?;
        Ok(())
    }

    /// The package's bytes.
    pub fn finish(self) -> Result<Zeroizing<Vec<u8>>, WriteError> {
        Ok(Zeroizing::new(self.zip.finish()?.into_inner()))
    }
}

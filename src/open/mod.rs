//! The OCMW side: open a received archive with the password and show what is in it.
//!
//! Opens archives made by Toeleiding and by 7-Zip (`-tzip -mem=AES128/192/256`) holding a `.docx`
//! made from any Word template. Our own documents are recognised and shown as a structured
//! referral; any other document as its text. ZipCrypto archives are refused (see [`OpenError`]).
//! Untrusted input: sizes are bounded and every failure is an error value, never a panic.

pub mod candidates;
pub mod docx_text;
pub mod recognise;
pub mod vcard;

pub use candidates::password_candidates;
pub use recognise::{recognise, ParentView, ReferralView};

use docx_text::{read_docx, Block, ReadError};
use std::io::{Cursor, Read};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};
use zip::ZipArchive;

/// Largest archive we open (a referral is a few KB; a Word document with images a few MB).
pub const MAX_ARCHIVE_BYTES: usize = 20 * 1024 * 1024;
/// Largest document inside it, uncompressed.
pub const MAX_DOCUMENT_BYTES: u64 = 50 * 1024 * 1024;

/// Why an archive could not be opened. Each has its own advice in the UI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// Larger than [`MAX_ARCHIVE_BYTES`] (or a document above [`MAX_DOCUMENT_BYTES`]).
    TooLarge,
    /// Not a ZIP file at all.
    NotZip,
    /// A ZIP file that is truncated or damaged.
    Damaged,
    /// No `.docx` inside.
    NoDocument,
    /// The archive is encrypted and no password was given.
    PasswordMissing,
    WrongPassword,
    /// Encrypted with the old ZipCrypto method. We refuse it: ZipCrypto is broken (known-plaintext
    /// attacks recover the keys in minutes), so such a file should not carry family data; the
    /// sender must encrypt again with AES-256.
    ZipCrypto,
    /// A compression method we cannot unpack.
    Unsupported,
    /// The `.docx` inside is not a readable Word document.
    InvalidDocument,
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            OpenError::TooLarge => "the file is too large",
            OpenError::NotZip => "not a zip file",
            OpenError::Damaged => "the zip file is damaged or incomplete",
            OpenError::NoDocument => "the archive holds no .docx document",
            OpenError::PasswordMissing => "a password is needed",
            OpenError::WrongPassword => "wrong password",
            OpenError::ZipCrypto => "zipcrypto encryption is refused",
            OpenError::Unsupported => "unsupported compression method",
            OpenError::InvalidDocument => "the document is not a readable word file",
        })
    }
}

impl std::error::Error for OpenError {}

/// How the document was protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    None,
    /// WinZip AES with this key size in bits (128, 192 or 256).
    Aes(u16),
}

/// What the document holds. Wiped from memory on drop.
#[derive(Clone, Debug, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub enum Content {
    Referral(ReferralView),
    /// Any other Word document: its text.
    Text(Vec<Block>),
}

/// An opened archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub docx_name: String,
    pub docx: Zeroizing<Vec<u8>>,
    pub protection: Protection,
    pub content: Content,
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

fn looks_like_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK") || bytes.windows(4).any(|w| w == b"PK\x05\x06")
}

/// Opens `archive` with `password` and reads the first `.docx` in it.
pub fn open(archive: &[u8], password: &str) -> Result<Opened, OpenError> {
    if archive.len() > MAX_ARCHIVE_BYTES {
        return Err(OpenError::TooLarge);
    }
    let mut zip = ZipArchive::new(Cursor::new(archive)).map_err(|_| {
        if looks_like_zip(archive) {
            OpenError::Damaged
        } else {
            OpenError::NotZip
        }
    })?;
    let mut found = None;
    for i in 0..zip.len().min(10_000) {
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
                return Err(OpenError::TooLarge);
            }
            let base = name.rsplit('/').next().unwrap_or(&name).to_string();
            found = Some((i, base, protection));
            break;
        }
    }
    let (index, docx_name, protection) = found.ok_or(OpenError::NoDocument)?;
    let docx = match protection {
        Protection::None => read_entry(zip.by_index(index))?,
        Protection::Aes(_) => {
            if password.trim().is_empty() {
                return Err(OpenError::PasswordMissing);
            }
            decrypt_with_candidates(&mut zip, index, password)?
        }
    };
    let blocks = read_docx(&docx).map_err(|e| match e {
        ReadError::TooLarge => OpenError::TooLarge,
        _ => OpenError::InvalidDocument,
    })?;
    let content = match recognise(&blocks) {
        Some(view) => Content::Referral(view),
        None => Content::Text(blocks),
    };
    Ok(Opened {
        docx_name,
        docx,
        protection,
        content,
    })
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
        return Err(OpenError::TooLarge);
    }
    Ok(out)
}

//! The OCMW side: open a received file with the password and show what is in it.
//!
//! The file is recognised by its content, not its name ([`sniff`]): a ZIP with WinZip AES (ours,
//! 7-Zip's, pyzipper's), a `.7z` (7-Zip's default, with or without hidden names), a Word
//! document with a password (ECMA-376 Agile), or an unprotected Word document; anything else
//! (PDF, Excel, an image …) gets its own message. Our own documents are recognised and shown as
//! a structured referral; any other document as its text. ZipCrypto is refused. Untrusted input:
//! sizes and counts are bounded before any work and every failure is an error value.

pub mod candidates;
pub mod docx_text;
pub mod recognise;
pub mod sniff;
pub mod vcard;
mod word;
mod zip;

pub use candidates::password_candidates;
pub use recognise::{recognise, ParentView, ReferralView};
pub use sniff::Seems;

use crate::formats::derive::{Derived, Request};
use crate::formats::sevenz::read::SevenZError;
use crate::formats::zip::ZipError;
use docx_text::{read_docx, Block, ReadError};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// Largest file we open (a referral is a few KB; a Word document with images a few MB).
pub const MAX_ARCHIVE_BYTES: usize = 20 * 1024 * 1024;
/// Largest document inside it, uncompressed.
pub const MAX_DOCUMENT_BYTES: u64 = 50 * 1024 * 1024;

/// Why a file could not be opened. Each has its own advice in the UI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// The received file is larger than [`MAX_ARCHIVE_BYTES`].
    TooLarge,
    /// The document inside (unpacked) is larger than [`MAX_DOCUMENT_BYTES`], or the archive
    /// holds too many entries: a zip bomb, or not a referral.
    DocumentTooLarge,
    /// Not something we open; what it seems to be.
    NotRecognised(Seems),
    /// A truncated or damaged archive or document.
    Damaged,
    /// An archive without a Word document.
    NoDocument,
    /// Encrypted, and no password given.
    PasswordMissing,
    WrongPassword,
    /// Encrypted with the old ZipCrypto method. We refuse it: ZipCrypto is broken (known-plaintext
    /// attacks recover the keys in minutes), so such a file should not carry family data; the
    /// sender must encrypt again with AES-256.
    ZipCrypto,
    /// A ZIP compression method we cannot unpack.
    Unsupported,
    /// A `.7z` compression or filter method we cannot unpack (its id).
    UnsupportedMethod(String),
    /// A protected Office file with an encryption we do not read (e.g. Office 2007 "Standard").
    UnsupportedEncryption,
    /// The password is right but the document's integrity check failed.
    IntegrityFailed,
    /// The document inside is not a readable Word document.
    InvalidDocument,
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::TooLarge => f.write_str("the file is too large"),
            OpenError::DocumentTooLarge => f.write_str("the document inside is too large"),
            OpenError::NotRecognised(s) => write!(f, "not a file we open ({s:?})"),
            OpenError::Damaged => f.write_str("the file is damaged or incomplete"),
            OpenError::NoDocument => f.write_str("the archive holds no .docx document"),
            OpenError::PasswordMissing => f.write_str("a password is needed"),
            OpenError::WrongPassword => f.write_str("wrong password"),
            OpenError::ZipCrypto => f.write_str("zipcrypto encryption is refused"),
            OpenError::Unsupported => f.write_str("unsupported compression method"),
            OpenError::UnsupportedMethod(m) => write!(f, "unsupported 7z method {m}"),
            OpenError::UnsupportedEncryption => f.write_str("unsupported office encryption"),
            OpenError::IntegrityFailed => f.write_str("the document's integrity check failed"),
            OpenError::InvalidDocument => f.write_str("the document is not a readable word file"),
        }
    }
}

impl std::error::Error for OpenError {}

impl From<SevenZError> for OpenError {
    fn from(e: SevenZError) -> Self {
        match e {
            SevenZError::NotSevenZ | SevenZError::Damaged => OpenError::Damaged,
            SevenZError::TooLarge => OpenError::DocumentTooLarge,
            SevenZError::PasswordMissing => OpenError::PasswordMissing,
            SevenZError::WrongPassword => OpenError::WrongPassword,
            SevenZError::UnsupportedMethod(m) => OpenError::UnsupportedMethod(m),
            // Only `open_with` asks for keys, and `word::sevenz` turns that into `Pending::Key`.
            SevenZError::KeyNeeded(_) => OpenError::Damaged,
        }
    }
}

impl From<ZipError> for OpenError {
    fn from(e: ZipError) -> Self {
        match e {
            ZipError::NotZip | ZipError::Damaged => OpenError::Damaged,
            ZipError::Encrypted => OpenError::ZipCrypto,
            ZipError::WrongPassword => OpenError::WrongPassword,
            ZipError::TooLarge => OpenError::DocumentTooLarge,
            ZipError::Unsupported => OpenError::Unsupported,
        }
    }
}

/// How the document was protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    /// Not encrypted at all (a plain ZIP or a Word document without a password).
    None,
    /// WinZip AES with this key size in bits (128, 192 or 256).
    Aes(u16),
    /// A `.7z` with AES-256; whether the names were hidden too.
    SevenZ { names_hidden: bool },
    /// A Word document with a password (ECMA-376 Agile, AES-256).
    WordPassword,
    /// A Word document that came without any password.
    PlainWord,
}

/// What the document holds. Wiped from memory on drop.
#[derive(Clone, Debug, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub enum Content {
    Referral(ReferralView),
    /// Any other Word document: its text.
    Text(Vec<Block>),
}

/// An opened file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub docx_name: String,
    pub docx: Zeroizing<Vec<u8>>,
    pub protection: Protection,
    pub content: Content,
}

/// Where [`open_with`] stopped: a key to derive first, or a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// Derive this key (the page: in slices), [`Derived::add`] it and call again.
    Key(Request),
    Failed(OpenError),
}

impl From<OpenError> for Pending {
    fn from(e: OpenError) -> Self {
        Pending::Failed(e)
    }
}

/// A reader's failure (zip) is the opener's, as [`OpenError`] says.
impl From<ZipError> for Pending {
    fn from(e: ZipError) -> Self {
        Pending::Failed(e.into())
    }
}

/// Opens a received file with `password` (as typed or pasted: see [`password_candidates`]),
/// deriving every key here, in one pass: the loop a page runs around [`open_with`], with the
/// derivations done natively.
pub fn open(file: &[u8], password: &str) -> Result<Opened, OpenError> {
    let mut keys = Derived::given();
    loop {
        match open_with(file, password, &mut keys) {
            Ok(opened) => return Ok(opened),
            Err(Pending::Failed(e)) => return Err(e),
            Err(Pending::Key(request)) => {
                let key = request.derive_here();
                keys.add(request, key);
            }
        }
    }
}

/// As [`open`], with the keys derived so far: a missing one is [`Pending::Key`] (each call asks
/// for at most one; a password candidate tried before is tried again with its known key).
pub fn open_with(file: &[u8], password: &str, keys: &mut Derived) -> Result<Opened, Pending> {
    if file.len() > MAX_ARCHIVE_BYTES {
        return Err(OpenError::TooLarge.into());
    }
    let (docx_name, docx, protection) = match sniff::sniff(file) {
        Seems::SevenZ => word::sevenz(file, password, keys)?,
        Seems::ProtectedOffice => word::protected(file, password, keys)?,
        Seems::Word => (
            "document.docx".to_string(),
            Zeroizing::new(file.to_vec()),
            Protection::PlainWord,
        ),
        Seems::Zip => zip::open(file, password, keys)?,
        Seems::Damaged => return Err(OpenError::Damaged.into()),
        other => return Err(OpenError::NotRecognised(other).into()),
    };
    Ok(read(docx_name, docx, protection)?)
}

/// The decrypted package read as a Word document.
fn read(
    docx_name: String,
    docx: Zeroizing<Vec<u8>>,
    protection: Protection,
) -> Result<Opened, OpenError> {
    // What a decrypted package turned out to be, if not a Word document.
    match sniff::sniff(&docx) {
        Seems::Word => {}
        Seems::Excel | Seems::PowerPoint => {
            return Err(OpenError::NotRecognised(sniff::sniff(&docx)))
        }
        _ => return Err(OpenError::InvalidDocument),
    }
    let blocks = read_docx(&docx).map_err(|e| match e {
        ReadError::TooLarge => OpenError::DocumentTooLarge,
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

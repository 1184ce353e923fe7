//! What a received file is, from its first bytes and (for ZIP packages) the names of its parts:
//! never from the file's name.

use crate::formats::agile::read::is_compound_file;
use crate::formats::sevenz::read::is_sevenz;
use crate::formats::zip::read::{Archive, ZipError};
use std::io::Cursor;

/// What a file seems to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seems {
    /// A ZIP archive (not itself an Office document).
    Zip,
    SevenZ,
    /// An OLE compound file with EncryptionInfo: a password-protected Office document.
    ProtectedOffice,
    /// An unprotected Word document (`.docx`).
    Word,
    /// An old binary Word document (`.doc`) or another compound file.
    OldOffice,
    Excel,
    PowerPoint,
    Pdf,
    Image,
    Text,
    /// A ZIP or 7z that is cut off.
    Damaged,
    Unknown,
}

fn zip_parts(bytes: &[u8]) -> Option<Vec<String>> {
    match Archive::open(bytes, super::zip::MAX_ENTRIES) {
        Ok(zip) => Some(zip.entries.into_iter().take(1000).map(|e| e.name).collect()),
        // A zip we do not read (zip64, split): a zip all the same, which the opener names.
        Err(ZipError::Unsupported) => Some(Vec::new()),
        Err(_) => None,
    }
}

/// What `bytes` seem to be.
pub fn sniff(bytes: &[u8]) -> Seems {
    if is_sevenz(bytes) {
        return Seems::SevenZ;
    }
    if is_compound_file(bytes) {
        let encrypted = cfb::CompoundFile::open(Cursor::new(bytes))
            .map(|c| c.exists("/EncryptionInfo") && c.exists("/EncryptedPackage"))
            .unwrap_or(false);
        return if encrypted {
            Seems::ProtectedOffice
        } else {
            Seems::OldOffice
        };
    }
    if bytes.starts_with(b"PK") || bytes.windows(4).any(|w| w == b"PK\x05\x06") {
        return match zip_parts(bytes) {
            None => Seems::Damaged,
            Some(parts) if parts.iter().any(|p| p == "word/document.xml") => Seems::Word,
            Some(parts) if parts.iter().any(|p| p.starts_with("xl/")) => Seems::Excel,
            Some(parts) if parts.iter().any(|p| p.starts_with("ppt/")) => Seems::PowerPoint,
            Some(_) => Seems::Zip,
        };
    }
    if bytes.starts_with(b"%PDF") {
        return Seems::Pdf;
    }
    let images: [&[u8]; 4] = [b"\x89PNG", b"\xFF\xD8\xFF", b"GIF8", b"II*\x00"];
    if images.iter().any(|m| bytes.starts_with(m)) {
        return Seems::Image;
    }
    if !bytes.is_empty() && std::str::from_utf8(&bytes[..bytes.len().min(4096)]).is_ok() {
        return Seems::Text;
    }
    Seems::Unknown
}

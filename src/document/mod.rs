//! The referral as a Word document (.docx), written part by part.
//!
//! Why not docx-rs: its default styles, numbering and settings parts put elements out of schema
//! order (about 20 `openxml-audit` violations: Word may offer to "repair" the file), it has no way
//! to set the `nl-BE` language, and it was a quarter of the wasm code. The document needs only
//! ten small parts (see [`parts`]), which we write directly in schema order and check with
//! `openxml-audit` in the interop tests.

mod body;
pub mod labels;
mod parts;
pub mod xml;

pub use body::{NOT_GIVEN, PURPOSE, SECRECY};
pub use parts::TITLE;

use crate::date::Date;
use crate::model::Referral;
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Why the document could not be written.
#[derive(Debug)]
pub enum DocumentError {
    /// The zip container could not be written.
    Package(zip::result::ZipError),
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentError::Package(e) => write!(f, "could not write the docx package: {e}"),
        }
    }
}

impl std::error::Error for DocumentError {}

impl From<zip::result::ZipError> for DocumentError {
    fn from(e: zip::result::ZipError) -> Self {
        DocumentError::Package(e)
    }
}

impl From<std::io::Error> for DocumentError {
    fn from(e: std::io::Error) -> Self {
        DocumentError::Package(e.into())
    }
}

/// The zip timestamp for a date (noon, so no time zone shifts the day).
pub(crate) fn zip_time(date: Date) -> DateTime {
    DateTime::from_date_and_time(date.year(), date.month(), date.day(), 12, 0, 0)
        .unwrap_or_default()
}

/// Writes the referral as a .docx with the standard purpose sentence ([`PURPOSE`]).
/// `generated` is the date printed on it and in its properties.
pub fn write(referral: &Referral, generated: Date) -> Result<Vec<u8>, DocumentError> {
    write_with_purpose(referral, generated, PURPOSE)
}

/// Writes the referral as a .docx with the organisation's own purpose sentence.
pub fn write_with_purpose(
    referral: &Referral,
    generated: Date,
    purpose: &str,
) -> Result<Vec<u8>, DocumentError> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip_time(generated));
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let core = parts::core_properties(generated);
    // The XML holds the family's data: wipe it from memory once it is zipped.
    let document = zeroize::Zeroizing::new(body::document_xml(referral, generated, purpose));
    let entries: [(&str, &str); 10] = [
        ("[Content_Types].xml", parts::CONTENT_TYPES),
        ("_rels/.rels", parts::PACKAGE_RELS),
        ("docProps/core.xml", &core),
        ("docProps/app.xml", parts::APP_PROPERTIES),
        ("word/document.xml", document.as_str()),
        ("word/_rels/document.xml.rels", parts::DOCUMENT_RELS),
        ("word/styles.xml", parts::STYLES),
        ("word/settings.xml", parts::SETTINGS),
        ("word/fontTable.xml", parts::FONT_TABLE),
        ("word/theme/theme1.xml", parts::THEME),
    ];
    for (name, content) in entries {
        zip.start_file(name, options)?;
        zip.write_all(content.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

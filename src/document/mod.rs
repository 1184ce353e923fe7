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
pub mod template;
pub mod xml;

pub use body::{NOT_GIVEN, PURPOSE, SECRECY};
pub use parts::TITLE;

use crate::date::Date;
use crate::model::Referral;
pub use template::{Template, TemplateError};
use zeroize::Zeroizing;

/// Why the document could not be written.
#[derive(Debug)]
pub enum DocumentError {
    /// The template could not be filled.
    Template(TemplateError),
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentError::Template(e) => write!(f, "could not fill the template: {e}"),
        }
    }
}

impl std::error::Error for DocumentError {}

/// The date in the built-in template's properties (each filled document gets its own).
fn template_date() -> Date {
    Date::new(2026, 12, 1).expect("a valid date")
}

/// Writes the referral as a .docx with the standard purpose sentence ([`PURPOSE`]).
/// `generated` is the date printed on it and in its properties.
pub fn write(referral: &Referral, generated: Date) -> Result<Zeroizing<Vec<u8>>, DocumentError> {
    write_with_purpose(referral, generated, PURPOSE)
}

/// Writes the referral with the built-in template and the organisation's purpose sentence.
pub fn write_with_purpose(
    referral: &Referral,
    generated: Date,
    purpose: &str,
) -> Result<Zeroizing<Vec<u8>>, DocumentError> {
    fill(&Template::builtin(), referral, generated, purpose)
}

/// Fills `template` with the referral (the same path for the built-in and an own template).
pub fn fill(
    template: &Template,
    referral: &Referral,
    generated: Date,
    purpose: &str,
) -> Result<Zeroizing<Vec<u8>>, DocumentError> {
    template
        .fill(&template::values(referral, generated, purpose), generated)
        .map_err(DocumentError::Template)
}

/// The built-in template: our own document with placeholders, offered as a download to start
/// an own template from, and filled like any other.
pub fn builtin_template() -> Vec<u8> {
    let mut zip = crate::formats::zip::Package::new(template_date());
    let core = parts::core_properties(template_date());
    let document = body::template_xml();
    let entries: [(&str, &str); 10] = [
        ("[Content_Types].xml", parts::CONTENT_TYPES),
        ("_rels/.rels", parts::PACKAGE_RELS),
        ("docProps/core.xml", &core),
        ("docProps/app.xml", parts::APP_PROPERTIES),
        ("word/document.xml", &document),
        ("word/_rels/document.xml.rels", parts::DOCUMENT_RELS),
        ("word/styles.xml", parts::STYLES),
        ("word/settings.xml", parts::SETTINGS),
        ("word/fontTable.xml", parts::FONT_TABLE),
        ("word/theme/theme1.xml", parts::THEME),
    ];
    for (name, content) in entries {
        // Writing to memory cannot fail.
        let _ = zip.add(name, content.as_bytes());
    }
    zip.finish().map(|c| c.to_vec()).unwrap_or_default()
}

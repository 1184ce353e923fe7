//! The template's .docx package: read with bounds, its parts named by what they hold (body,
//! which header or footer …), and written back with neutral properties and without Word's
//! mail-merge settings, whose data-source paths name the template's author.

use super::clean::{neutral_authors, without_mail_merge, without_merge_sources, without_overrides};
use super::tokens::{attribute, tokenize, Kind};
use super::TemplateError;
use crate::date::Date;
use crate::document::parts;
use crate::formats::zip::read::{self as unzip, ZipError as UnzipError};
use crate::formats::zip::Package as ZipPackage;

/// Largest template file we read.
pub const MAX_TEMPLATE_BYTES: usize = 10 * 1024 * 1024;
/// Most bytes all parts may hold once unpacked (a zip bomb stops here).
const MAX_UNPACKED: usize = 40 * 1024 * 1024;
const MAX_ENTRIES: usize = 2_000;

const MAIN: &str = "word/document.xml";
const DOCUMENT_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const TEMPLATE_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
const CUSTOM_PROPERTIES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>"#;

/// Which pages a header or footer is for (`w:type` of its reference).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pages {
    Default,
    First,
    Even,
}

/// A part that holds text of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    Body,
    Header(Pages),
    Footer(Pages),
    Footnotes,
    Endnotes,
}

/// The template's parts, as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Package {
    entries: Vec<(String, Vec<u8>)>,
}

fn damaged(_: impl std::fmt::Debug) -> TemplateError {
    TemplateError::Damaged
}

impl Package {
    /// Reads a .docx or .dotx; refuses other files with what they seem to be.
    pub fn read(bytes: &[u8]) -> Result<Package, TemplateError> {
        if bytes.len() > MAX_TEMPLATE_BYTES {
            return Err(TemplateError::TooLarge);
        }
        if crate::formats::agile::read::is_compound_file(bytes) {
            // A compound file: Word's password protection (an EncryptionInfo stream, whose
            // name the directory holds in UTF-16) or an old binary .doc.
            let name: Vec<u8> = "EncryptionInfo".bytes().flat_map(|b| [b, 0]).collect();
            let protected = bytes.windows(name.len()).any(|w| w == name);
            return Err(if protected {
                TemplateError::PasswordProtected
            } else {
                TemplateError::OldWord
            });
        }
        let entries = unzip::entries(bytes, MAX_ENTRIES, MAX_UNPACKED).map_err(|e| match e {
            UnzipError::NotZip => TemplateError::NotWord,
            UnzipError::Encrypted => TemplateError::PasswordProtected,
            UnzipError::TooLarge => TemplateError::TooLarge,
            UnzipError::Damaged | UnzipError::Unsupported | UnzipError::WrongPassword => {
                TemplateError::Damaged
            }
        })?;
        let package = Package { entries };
        let types = package.text("[Content_Types].xml").unwrap_or_default();
        if package.get(MAIN).is_none() {
            return Err(TemplateError::NotWord);
        }
        if types.contains("macroEnabled") {
            return Err(TemplateError::Macros);
        }
        Ok(package)
    }

    fn get(&self, name: &str) -> Option<&[u8]> {
        self.entries
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, d)| d.as_slice())
    }

    fn text(&self, name: &str) -> Option<String> {
        self.get(name)
            .map(|d| String::from_utf8_lossy(d.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(d)).into())
    }

    /// The parts with text, in reading order (body, headers, footers, notes), as XML.
    pub fn text_parts(&self) -> Result<Vec<(String, Part, String)>, TemplateError> {
        let kinds = self.header_kinds();
        let mut out = Vec::new();
        for (name, data) in &self.entries {
            let part = if name == MAIN {
                Part::Body
            } else if let Some((_, p)) = kinds.iter().find(|(n, _)| n == name) {
                *p
            } else if is_numbered(name, "word/header") {
                Part::Header(Pages::Default)
            } else if is_numbered(name, "word/footer") {
                Part::Footer(Pages::Default)
            } else if name == "word/footnotes.xml" {
                Part::Footnotes
            } else if name == "word/endnotes.xml" {
                Part::Endnotes
            } else {
                continue;
            };
            let xml = std::str::from_utf8(data).map_err(|_| TemplateError::Damaged)?;
            // In reading order (a handful of parts: an insertion, not a sort).
            let at = out
                .iter()
                .position(|(_, p, _)| *p > part)
                .unwrap_or(out.len());
            out.insert(at, (name.clone(), part, xml.to_string()));
        }
        Ok(out)
    }

    /// Header and footer file → which pages, from the references in the body's sections.
    fn header_kinds(&self) -> Vec<(String, Part)> {
        // Small lists: a Vec costs less code on the page than a map.
        let mut targets: Vec<(String, String)> = Vec::new();
        let rels = self
            .text("word/_rels/document.xml.rels")
            .unwrap_or_default();
        for t in tokenize(&rels).unwrap_or_default() {
            if let Kind::Empty(_) | Kind::Start(_) = t.kind {
                if let (Some(id), Some(target)) =
                    (attribute(&t.raw, "Id"), attribute(&t.raw, "Target"))
                {
                    let target = target.trim_start_matches('/').to_string();
                    let path = if target.starts_with("word/") {
                        target
                    } else {
                        format!("word/{target}")
                    };
                    targets.push((id, path));
                }
            }
        }
        let mut kinds: Vec<(String, Part)> = Vec::new();
        let body = self.text(MAIN).unwrap_or_default();
        for t in tokenize(&body).unwrap_or_default() {
            let header = match &t.kind {
                Kind::Empty(n) if n == "w:headerReference" => true,
                Kind::Empty(n) if n == "w:footerReference" => false,
                _ => continue,
            };
            let pages = match attribute(&t.raw, "w:type").as_deref() {
                Some("first") => Pages::First,
                Some("even") => Pages::Even,
                _ => Pages::Default,
            };
            let id = attribute(&t.raw, "r:id");
            if let Some((_, path)) = targets.iter().find(|(i, _)| Some(i) == id.as_ref()) {
                let part = if header {
                    Part::Header(pages)
                } else {
                    Part::Footer(pages)
                };
                if !kinds.iter().any(|(p, _)| p == path) {
                    kinds.push((path.clone(), part));
                }
            }
        }
        kinds
    }

    /// The parts the settings name as the mail merge's recipient data.
    fn recipient_data(&self) -> Vec<String> {
        let rels = self
            .text("word/_rels/settings.xml.rels")
            .unwrap_or_default();
        tokenize(&rels)
            .unwrap_or_default()
            .iter()
            .filter(|t| matches!(&t.kind, Kind::Empty(n) if n == "Relationship"))
            .filter(|t| {
                attribute(&t.raw, "Type").is_some_and(|k| k.ends_with("/recipientData"))
                    && attribute(&t.raw, "TargetMode").as_deref() != Some("External")
            })
            .filter_map(|t| attribute(&t.raw, "Target"))
            .map(|target| match target.strip_prefix('/') {
                Some(absolute) => absolute.to_string(),
                None => format!("word/{target}"),
            })
            .collect()
    }

    /// The package again with the filled parts, neutral properties and no mail-merge settings.
    pub fn write(
        &self,
        filled: &[(String, zeroize::Zeroizing<String>)],
        generated: Date,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, TemplateError> {
        let mut zip = ZipPackage::new(generated);
        let core = parts::core_properties(generated);
        // The mail merge's list of recipients (hashes of the author's address list) goes with
        // the mail-merge settings.
        let dropped = self.recipient_data();
        for (name, data) in &self.entries {
            if dropped.contains(name) {
                continue;
            }
            let replaced: Option<String> = match name.as_str() {
                "docProps/core.xml" => Some(core.clone()),
                "docProps/app.xml" => Some(parts::APP_PROPERTIES.to_string()),
                "docProps/custom.xml" => Some(CUSTOM_PROPERTIES.to_string()),
                "[Content_Types].xml" => self
                    .text(name)
                    .map(|t| without_overrides(&t.replace(TEMPLATE_TYPE, DOCUMENT_TYPE), &dropped)),
                "word/settings.xml" => self.text(name).map(|t| without_mail_merge(&t)),
                "word/_rels/settings.xml.rels" => {
                    self.text(name).map(|t| without_merge_sources(&t))
                }
                _ => None,
            };
            let xml: Option<&str> = filled
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, x)| x.as_str())
                .or(replaced.as_deref());
            let authors = name.starts_with("word/") && name.ends_with(".xml");
            let watched = ["author=\"", "initials=\"", "userId=\""];
            match xml {
                Some(x) if authors && watched.iter().any(|w| x.contains(w)) => {
                    zip.add(name, neutral_authors(x).as_bytes())
                }
                Some(x) => zip.add(name, x.as_bytes()),
                None if authors && watched.iter().any(|w| contains(data, w.as_bytes())) => zip.add(
                    name,
                    neutral_authors(&String::from_utf8_lossy(data)).as_bytes(),
                ),
                None => zip.add(name, data),
            }
            .map_err(damaged)?;
        }
        zip.finish().map_err(damaged)
    }
}

fn contains(data: &[u8], needle: &[u8]) -> bool {
    data.windows(needle.len()).any(|w| w == needle)
}

fn is_numbered(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(".xml"))
        .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
}

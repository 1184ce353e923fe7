//! The template's .docx package: read with bounds, its parts named by what they hold (body,
//! which header or footer …), and written back with neutral properties and without Word's
//! mail-merge settings, whose data-source paths name the template's author.

use super::tokens::{attribute, join, tokenize, Kind, Token};
use super::TemplateError;
use crate::date::Date;
use crate::document::{parts, zip_time};
use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// Largest template file we read.
pub const MAX_TEMPLATE_BYTES: usize = 10 * 1024 * 1024;
/// Most bytes all parts may hold once unpacked (a zip bomb stops here).
const MAX_UNPACKED: u64 = 40 * 1024 * 1024;
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
            let protected = cfb::CompoundFile::open(Cursor::new(bytes))
                .map(|c| c.exists("/EncryptionInfo"))
                .unwrap_or(false);
            return Err(if protected {
                TemplateError::PasswordProtected
            } else {
                TemplateError::OldWord
            });
        }
        if !bytes.starts_with(b"PK") {
            return Err(TemplateError::NotWord);
        }
        let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| TemplateError::NotWord)?;
        if zip.len() > MAX_ENTRIES {
            return Err(TemplateError::TooLarge);
        }
        let mut entries = Vec::with_capacity(zip.len());
        let mut total = 0u64;
        for i in 0..zip.len() {
            let file = zip.by_index(i).map_err(|e| match e {
                zip::result::ZipError::UnsupportedArchive(m) if m.contains("Password") => {
                    TemplateError::PasswordProtected
                }
                _ => TemplateError::Damaged,
            })?;
            if file.encrypted() {
                return Err(TemplateError::PasswordProtected);
            }
            let name = file.name().map_err(damaged)?.into_owned();
            if file.is_dir() {
                continue;
            }
            let mut data = Vec::new();
            file.take(MAX_UNPACKED - total + 1)
                .read_to_end(&mut data)
                .map_err(damaged)?;
            total += data.len() as u64;
            if total > MAX_UNPACKED {
                return Err(TemplateError::TooLarge);
            }
            entries.push((name, data));
        }
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
            } else if let Some(p) = kinds.get(name.as_str()) {
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
            out.push((name.clone(), part, xml.to_string()));
        }
        out.sort_by_key(|(_, part, _)| *part);
        Ok(out)
    }

    /// Header and footer file → which pages, from the references in the body's sections.
    fn header_kinds(&self) -> BTreeMap<String, Part> {
        let mut targets = BTreeMap::new();
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
                    targets.insert(id, path);
                }
            }
        }
        let mut kinds = BTreeMap::new();
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
            if let Some(path) = attribute(&t.raw, "r:id").and_then(|id| targets.get(&id)) {
                let part = if header {
                    Part::Header(pages)
                } else {
                    Part::Footer(pages)
                };
                kinds.entry(path.clone()).or_insert(part);
            }
        }
        kinds
    }

    /// The package again with the filled parts, neutral properties and no mail-merge settings.
    pub fn write(
        &self,
        filled: &BTreeMap<String, zeroize::Zeroizing<String>>,
        generated: Date,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, TemplateError> {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .last_modified_time(zip_time(generated));
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let core = parts::core_properties(generated);
        for (name, data) in &self.entries {
            let replaced: Option<String> = match name.as_str() {
                "docProps/core.xml" => Some(core.clone()),
                "docProps/app.xml" => Some(parts::APP_PROPERTIES.to_string()),
                "docProps/custom.xml" => Some(CUSTOM_PROPERTIES.to_string()),
                "[Content_Types].xml" => self
                    .text(name)
                    .map(|t| t.replace(TEMPLATE_TYPE, DOCUMENT_TYPE)),
                "word/settings.xml" => self.text(name).map(|t| without_mail_merge(&t)),
                "word/_rels/settings.xml.rels" => {
                    self.text(name).map(|t| without_merge_sources(&t))
                }
                _ => None,
            };
            zip.start_file(name.as_str(), options).map_err(damaged)?;
            let xml: Option<&str> = filled.get(name).map(|x| x.as_str()).or(replaced.as_deref());
            let authors = name.starts_with("word/") && name.ends_with(".xml");
            match xml {
                Some(x) if authors && x.contains("author=\"") => {
                    zip.write_all(neutral_authors(x).as_bytes())
                }
                Some(x) => zip.write_all(x.as_bytes()),
                None if authors && contains(data, b"author=\"") => {
                    zip.write_all(neutral_authors(&String::from_utf8_lossy(data)).as_bytes())
                }
                None => zip.write_all(data),
            }
            .map_err(damaged)?;
        }
        let out = zip.finish().map_err(damaged)?.into_inner();
        Ok(zeroize::Zeroizing::new(out))
    }
}

fn contains(data: &[u8], needle: &[u8]) -> bool {
    data.windows(needle.len()).any(|w| w == needle)
}

/// Revision marks, comments and the people list name whoever edited the template: every
/// `…:author` and `…:initials` attribute becomes "Toeleiding".
fn neutral_authors(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(at) = ["author=\"", "initials=\""]
        .iter()
        .filter_map(|k| rest.find(k).map(|i| (i, k.len())))
        .min()
    {
        let (i, len) = at;
        let preceded = rest[..i].ends_with(':');
        out.push_str(&rest[..i + len]);
        rest = &rest[i + len..];
        let end = rest.find('"').unwrap_or(rest.len());
        out.push_str(if preceded { "Toeleiding" } else { &rest[..end] });
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn is_numbered(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(".xml"))
        .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
}

/// Blanks the tokens from an element's start to its end (or just the empty element).
fn remove_elements(tokens: &mut [Token], name: &str) {
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i].kind {
            Kind::Empty(n) if n == name => tokens[i].raw.clear(),
            Kind::Start(n) if n == name => {
                let mut depth = 0;
                while i < tokens.len() {
                    match &tokens[i].kind {
                        Kind::Start(n) if n == name => depth += 1,
                        Kind::End(n) if n == name => depth -= 1,
                        _ => {}
                    }
                    tokens[i].raw.clear();
                    if depth == 0 {
                        break;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// `word/settings.xml` without `w:mailMerge` (data source, query, local paths) and without the
/// attached template (a path on the author's computer).
fn without_mail_merge(xml: &str) -> String {
    let Ok(mut tokens) = tokenize(xml) else {
        return parts::SETTINGS.to_string();
    };
    remove_elements(&mut tokens, "w:mailMerge");
    remove_elements(&mut tokens, "w:attachedTemplate");
    join(&tokens)
}

/// The settings' relationships without the mail-merge data sources and the attached template.
fn without_merge_sources(xml: &str) -> String {
    let Ok(mut tokens) = tokenize(xml) else {
        return r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"#
            .to_string();
    };
    for t in &mut tokens {
        if matches!(&t.kind, Kind::Empty(n) if n == "Relationship") {
            let kind = attribute(&t.raw, "Type").unwrap_or_default();
            if kind.ends_with("/mailMergeSource")
                || kind.ends_with("/mailMergeHeaderSource")
                || kind.ends_with("/attachedTemplate")
                || attribute(&t.raw, "TargetMode").as_deref() == Some("External")
            {
                t.raw.clear();
            }
        }
    }
    join(&tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_merge_settings_and_their_sources_are_removed() {
        let settings = r#"<w:settings xmlns:w="w"><w:attachedTemplate r:id="rId1"/><w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataSource r:id="rId2"/><w:query w:val="SELECT * FROM D:\Users\Frida\bouke.mdb"/></w:mailMerge><w:zoom w:percent="100"/></w:settings>"#;
        let out = without_mail_merge(settings);
        assert_eq!(
            out,
            r#"<w:settings xmlns:w="w"><w:zoom w:percent="100"/></w:settings>"#
        );
        let rels = r#"<Relationships><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource" Target="file:///D:\Users\Frida\bouke.mdb" TargetMode="External"/><Relationship Id="rId9" Type="x/other" Target="a.xml"/></Relationships>"#;
        let out = without_merge_sources(rels);
        assert!(!out.contains("Frida") && out.contains("rId9"), "{out}");
        assert_eq!(
            neutral_authors(r#"<w:ins w:id="1" w:author="Frida K" w:date="x"><author="y">"#),
            r#"<w:ins w:id="1" w:author="Toeleiding" w:date="x"><author="y">"#
        );
    }
}

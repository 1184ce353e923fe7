//! Why a file could not be read as a KSZ or MAGDA answer, and what it seems to be instead:
//! recognised by its content (magic bytes, the root element), never by its name.

/// What a file that is not a known answer seems to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seems {
    /// A Word document (`.docx`).
    Docx,
    Pdf,
    /// A ZIP archive (not a Word document).
    Zip,
    SevenZ,
    /// An old Office file or another OLE compound file (`.doc`, `.xls`, a protected document).
    OldOffice,
    Image,
    Html,
    Json,
    /// Well-formed XML that is not an answer we know.
    OtherXml,
    /// Plain text.
    Text,
    /// Binary data we do not recognise.
    Binary,
}

impl Seems {
    /// Every kind, in declaration order (the reader module's wire format numbers them so).
    pub const ALL: [Seems; 11] = [
        Seems::Docx,
        Seems::Pdf,
        Seems::Zip,
        Seems::SevenZ,
        Seems::OldOffice,
        Seems::Image,
        Seems::Html,
        Seems::Json,
        Seems::OtherXml,
        Seems::Text,
        Seems::Binary,
    ];
}

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`super::MAX_FILE_BYTES`]; refused before parsing.
    TooLarge,
    /// Empty, or not XML text in an encoding we read.
    NotXml,
    /// XML that is not well-formed (cut off, mismatched tags, bad references).
    Malformed,
    /// Not an answer we know: the root element we saw (local name, after a SOAP envelope) and
    /// what the file seems to be.
    UnknownFormat { root: String, seems: Seems },
    /// Nested deeper than [`super::MAX_DEPTH`].
    TooDeep,
    /// More elements (or namespace declarations) than an answer can have.
    TooManyElements,
    /// The page could not load its reader module, or the module stopped (made by the page, never
    /// by a reader: see `wire.rs`). The file may read on a second try.
    Unavailable,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge => f.write_str("the file is too large"),
            ImportError::NotXml => f.write_str("the file is not xml"),
            ImportError::Malformed => f.write_str("the xml is not well-formed"),
            ImportError::UnknownFormat { root, seems } => {
                let what = match seems {
                    Seems::Docx => "a word document",
                    Seems::Pdf => "a pdf document",
                    Seems::Zip => "a zip archive",
                    Seems::SevenZ => "a 7z archive",
                    Seems::OldOffice => "an old office document",
                    Seems::Image => "an image",
                    Seems::Html => "a web page",
                    Seems::Json => "json data",
                    Seems::OtherXml => "xml of another kind",
                    Seems::Text => "plain text",
                    Seems::Binary => "binary data",
                };
                if root.is_empty() {
                    write!(f, "not a ksz or magda answer: it seems to be {what}")
                } else {
                    write!(
                        f,
                        "not a ksz or magda answer (root element {root}): it seems to be {what}"
                    )
                }
            }
            ImportError::TooDeep => f.write_str("the xml is nested too deeply"),
            ImportError::TooManyElements => f.write_str("the xml has too many elements"),
            ImportError::Unavailable => f.write_str("the page's reader could not run"),
        }
    }
}

impl std::error::Error for ImportError {}

fn unknown(seems: Seems) -> ImportError {
    ImportError::UnknownFormat {
        root: String::new(),
        seems,
    }
}

/// A file whose first bytes say it is not XML at all.
pub fn sniff_binary(bytes: &[u8]) -> Option<ImportError> {
    if bytes.starts_with(b"%PDF") {
        return Some(unknown(Seems::Pdf));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        // Names in a ZIP's headers are stored as is: a Word document has this part.
        let word = bytes.windows(17).any(|w| w == b"word/document.xml");
        return Some(unknown(if word { Seems::Docx } else { Seems::Zip }));
    }
    if bytes.starts_with(b"7z\xBC\xAF\x27\x1C") {
        return Some(unknown(Seems::SevenZ));
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Some(unknown(Seems::OldOffice));
    }
    let images: [&[u8]; 5] = [b"\x89PNG", b"\xFF\xD8\xFF", b"GIF8", b"II*\x00", b"MM\x00*"];
    if images.iter().any(|m| bytes.starts_with(m)) {
        return Some(unknown(Seems::Image));
    }
    None
}

/// A decoded text that does not start like XML: HTML, JSON, plain text.
pub fn sniff_text(text: &str) -> Option<ImportError> {
    let mut head = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    // Skip the declaration and leading comments to see the first real markup.
    loop {
        if let Some(rest) = head.strip_prefix("<?") {
            head = rest.split_once("?>").map_or("", |(_, r)| r).trim_start();
        } else if let Some(rest) = head.strip_prefix("<!--") {
            head = rest.split_once("-->").map_or("", |(_, r)| r).trim_start();
        } else {
            break;
        }
    }
    let lower: String = head
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return Some(ImportError::UnknownFormat {
            root: "html".into(),
            seems: Seems::Html,
        });
    }
    if head.starts_with('<') {
        return None;
    }
    if head.starts_with('{') || head.starts_with('[') {
        return Some(unknown(Seems::Json));
    }
    if head.is_empty() {
        return Some(ImportError::NotXml);
    }
    Some(unknown(Seems::Text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_lowercase_english() {
        for e in [
            ImportError::TooLarge,
            ImportError::NotXml,
            ImportError::Malformed,
            ImportError::TooDeep,
            ImportError::TooManyElements,
            ImportError::Unavailable,
            unknown(Seems::Pdf),
        ] {
            let m = e.to_string();
            assert_eq!(m, crate::case::lower(&m));
        }
    }

    #[test]
    fn magic_bytes() {
        assert_eq!(sniff_binary(b"%PDF-1.7"), Some(unknown(Seems::Pdf)));
        assert_eq!(
            sniff_binary(b"PK\x03\x04....word/document.xml"),
            Some(unknown(Seems::Docx))
        );
        assert_eq!(sniff_binary(b"PK\x03\x04...."), Some(unknown(Seems::Zip)));
        assert_eq!(sniff_binary(b"<a/>"), None);
        assert_eq!(
            sniff_text("  <?xml version='1.0'?>\n<!DOCTYPE html><html>").unwrap(),
            ImportError::UnknownFormat {
                root: "html".into(),
                seems: Seems::Html
            }
        );
        assert_eq!(sniff_text("hello"), Some(unknown(Seems::Text)));
        assert_eq!(sniff_text("<a/>"), None);
    }
}

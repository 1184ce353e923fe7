//! Reads the text of a .docx (any Word document, not only ours): paragraphs and tables in order.
//!
//! Untrusted input: sizes are bounded, DTDs and external entities are never resolved (quick-xml
//! does not expand them), and every error is a value, never a panic.

use crate::document::xml::reference;
use crate::formats::zip::read::{Archive, ZipError};
use quick_xml::events::Event;
use quick_xml::Reader;

/// Largest `word/document.xml` we read, uncompressed.
pub const MAX_DOCUMENT_XML: u64 = 20 * 1024 * 1024;
/// Most entries a .docx may have.
pub const MAX_ENTRIES: usize = 1000;

/// A piece of the document body.
#[derive(Clone, Debug, PartialEq, Eq, zeroize::Zeroize)]
pub enum Block {
    Paragraph(String),
    /// Rows of cells; a cell's paragraphs are joined with line breaks.
    Table(Vec<Vec<String>>),
}

/// Why a .docx could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not a zip package, or a damaged one.
    NotDocx,
    /// No `word/document.xml`.
    NoBody,
    /// The body is larger than [`MAX_DOCUMENT_XML`] or the package has too many parts.
    TooLarge,
    /// The body is not well-formed XML.
    BadXml,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ReadError::NotDocx => "not a docx package",
            ReadError::NoBody => "the package has no word/document.xml",
            ReadError::TooLarge => "the document is too large",
            ReadError::BadXml => "the document body is not well-formed xml",
        })
    }
}

impl std::error::Error for ReadError {}

impl From<ZipError> for ReadError {
    fn from(e: ZipError) -> Self {
        match e {
            ZipError::TooLarge => ReadError::TooLarge,
            _ => ReadError::NotDocx,
        }
    }
}

/// The blocks of a .docx body, in document order.
pub fn read_docx(docx: &[u8]) -> Result<Vec<Block>, ReadError> {
    let zip = Archive::open(docx, MAX_ENTRIES).map_err(ReadError::from)?;
    let index = zip
        .entries
        .iter()
        .position(|e| e.name == "word/document.xml")
        .ok_or(ReadError::NoBody)?;
    // The body holds the family's data: wiped from memory once it is parsed.
    let xml = zip.read(index, MAX_DOCUMENT_XML)?;
    let xml = std::str::from_utf8(&xml).map_err(|_| ReadError::BadXml)?;
    parse_body(xml)
}

/// Parses WordprocessingML body XML into blocks. Nested tables are flattened into their cell.
pub fn parse_body(xml: &str) -> Result<Vec<Block>, ReadError> {
    let mut reader = Reader::from_str(xml);
    let mut blocks = Vec::new();
    let mut paragraph = String::new();
    let mut in_text = false;
    let mut table_depth = 0usize;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut cell: Vec<String> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|_| ReadError::BadXml)?;
        match event {
            Event::Start(e) => match e.name().as_ref() {
                b"w:t" => in_text = true,
                b"w:tbl" => {
                    table_depth += 1;
                    if table_depth == 1 {
                        rows.clear();
                    }
                }
                b"w:tr" if table_depth == 1 => row.clear(),
                b"w:tc" if table_depth == 1 => cell.clear(),
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                b"w:tab" => paragraph.push('\t'),
                b"w:br" | b"w:cr" => paragraph.push('\n'),
                b"w:p" if table_depth > 0 => cell.push(String::new()),
                b"w:p" => blocks.push(Block::Paragraph(String::new())),
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:p" => {
                    let text = std::mem::take(&mut paragraph);
                    if table_depth > 0 {
                        cell.push(text);
                    } else {
                        blocks.push(Block::Paragraph(text));
                    }
                }
                b"w:tc" if table_depth == 1 => row.push(cell.join("\n")),
                b"w:tr" if table_depth == 1 => rows.push(std::mem::take(&mut row)),
                b"w:tbl" => {
                    table_depth = table_depth.saturating_sub(1);
                    if table_depth == 0 {
                        blocks.push(Block::Table(std::mem::take(&mut rows)));
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                paragraph.push_str(&t.xml_content().map_err(|_| ReadError::BadXml)?);
            }
            Event::GeneralRef(r) if in_text => {
                paragraph.push(
                    std::str::from_utf8(&r)
                        .ok()
                        .and_then(reference)
                        .ok_or(ReadError::BadXml)?,
                );
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_paragraphs_tables_and_entities() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>A &amp; B</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> &#233;&#x1F600;</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p/></w:tc><w:tc><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p/></w:body></w:document>"#;
        assert_eq!(
            parse_body(xml).unwrap(),
            vec![
                Block::Paragraph("A & B\t é😀".into()),
                Block::Table(vec![vec!["x\n".into(), "y".into()]]),
                Block::Paragraph(String::new()),
            ]
        );
    }

    #[test]
    fn refuses_broken_xml_and_unknown_entities() {
        assert_eq!(parse_body("<w:p><w:t>a</w:p>"), Err(ReadError::BadXml));
        assert_eq!(
            parse_body("<w:p><w:t>&xxe;</w:t></w:p>"),
            Err(ReadError::BadXml)
        );
        assert_eq!(read_docx(b"not a zip"), Err(ReadError::NotDocx));
    }
}

//! An XML part as a list of tokens that keeps every byte of the source: a filled template differs
//! from its source only where a placeholder was. A `<w:t>` element (its tags and text) is one
//! token, so a filled text can be written back with `xml:space="preserve"` and line breaks.

use crate::document::xml::reference;
use quick_xml::events::Event;
use quick_xml::Reader;

/// What a token is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `<name …>`, with the attributes as written.
    Start(String),
    End(String),
    /// `<name …/>`.
    Empty(String),
    /// A whole `<w:t>` element and its text (entities resolved).
    Text(String),
    /// A whole `<w:instrText>` element (a field's instruction) and its text.
    Instr(String),
    /// Anything else, kept as it is.
    Other,
}

/// One token: its kind and the exact text it stands for in the output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub raw: String,
    /// A text we placed where there was no run: it carries its own `<w:r>` around it.
    pub wrapped: bool,
}

impl Token {
    /// A text token holding `text` (in its own run when `wrapped`).
    pub fn text(text: &str, wrapped: bool) -> Token {
        let mut t = Token {
            kind: Kind::Text(String::new()),
            raw: String::new(),
            wrapped,
        };
        t.set_text(text);
        t
    }

    /// Replaces the text of a text token, writing it back as a fresh `<w:t>`.
    pub fn set_text(&mut self, text: &str) {
        let element = text_element(text);
        self.raw = if self.wrapped {
            format!("<w:r>{element}</w:r>")
        } else {
            element
        };
        self.kind = Kind::Text(text.to_string());
    }
}

/// Why a part could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum XmlError {
    Malformed,
    /// A DTD: Word never writes one, and we never expand entities.
    Doctype,
}

/// Splits an XML part into tokens.
pub fn tokenize(xml: &str) -> Result<Vec<Token>, XmlError> {
    let mut reader = Reader::from_str(xml);
    let mut tokens = Vec::new();
    let mut position = 0usize;
    // While inside a <w:t> or <w:instrText>: where it started, which, and its text so far.
    let mut open_text: Option<(usize, String)> = None;
    let mut instr = false;
    // Open elements outside texts: every one must close (quick-xml checks the names).
    let mut depth = 0usize;
    loop {
        let event = reader.read_event().map_err(|_| XmlError::Malformed)?;
        let end = usize::try_from(reader.buffer_position()).map_err(|_| XmlError::Malformed)?;
        let raw = xml.get(position..end).ok_or(XmlError::Malformed)?;
        let start = position;
        position = end;
        if let Some((from, text)) = &mut open_text {
            let closes = matches!(&event, Event::End(e)
                if e.name().as_ref() == if instr { &b"w:instrText"[..] } else { &b"w:t"[..] });
            match event {
                Event::Text(t) => text.push_str(&t.xml_content().map_err(|_| XmlError::Malformed)?),
                Event::GeneralRef(r) => {
                    let name = std::str::from_utf8(&r).map_err(|_| XmlError::Malformed)?;
                    text.push(reference(name).ok_or(XmlError::Malformed)?);
                }
                Event::CData(c) => {
                    text.push_str(std::str::from_utf8(&c).map_err(|_| XmlError::Malformed)?)
                }
                Event::Eof => return Err(XmlError::Malformed),
                // A text holds text only (CT_Text): an element inside would be lost when the
                // text is written back, and a nested `<w:t>` would end it early.
                Event::Start(_) | Event::Empty(_) => return Err(XmlError::Malformed),
                Event::End(_) if !closes => return Err(XmlError::Malformed),
                _ => {}
            }
            if closes {
                let from = *from;
                let text = std::mem::take(text);
                open_text = None;
                let kind = if instr {
                    Kind::Instr(text)
                } else {
                    Kind::Text(text)
                };
                tokens.push(Token {
                    kind,
                    raw: xml[from..end].to_string(),
                    wrapped: false,
                });
            }
            continue;
        }
        let name = |n: &[u8]| String::from_utf8_lossy(n).into_owned();
        let kind = match event {
            Event::Eof if depth == 0 => break,
            Event::Eof => return Err(XmlError::Malformed),
            Event::DocType(_) => return Err(XmlError::Doctype),
            Event::Start(e) if matches!(e.name().as_ref(), b"w:t" | b"w:instrText") => {
                instr = e.name().as_ref() == b"w:instrText";
                open_text = Some((start, String::new()));
                continue;
            }
            Event::Empty(e) if e.name().as_ref() == b"w:t" => Kind::Text(String::new()),
            Event::Empty(e) if e.name().as_ref() == b"w:instrText" => Kind::Instr(String::new()),
            Event::Start(e) => {
                depth += 1;
                Kind::Start(name(e.name().as_ref()))
            }
            Event::End(e) => {
                depth = depth.checked_sub(1).ok_or(XmlError::Malformed)?;
                Kind::End(name(e.name().as_ref()))
            }
            Event::Empty(e) => Kind::Empty(name(e.name().as_ref())),
            _ => Kind::Other,
        };
        tokens.push(Token {
            kind,
            raw: raw.to_string(),
            wrapped: false,
        });
    }
    if open_text.is_some() {
        return Err(XmlError::Malformed);
    }
    Ok(tokens)
}

/// The part again, from its tokens.
pub fn join(tokens: &[Token]) -> String {
    tokens.iter().map(|t| t.raw.as_str()).collect()
}

/// A `<w:t>` element holding `text` (spaces kept; a line break becomes `<w:br/>`).
pub fn text_element(text: &str) -> String {
    let lines: Vec<String> = text.split('\n').map(crate::document::xml::escape).collect();
    let parts: Vec<String> = lines
        .iter()
        .map(|l| format!(r#"<w:t xml:space="preserve">{l}</w:t>"#))
        .collect();
    parts.join("<w:br/>")
}

/// The value of an attribute of a start or empty tag as written in `raw` (`w:instr`), if any.
pub fn attribute(raw: &str, name: &str) -> Option<String> {
    let mut reader = Reader::from_str(raw);
    match reader.read_event().ok()? {
        Event::Start(e) | Event::Empty(e) => e
            .attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name.as_bytes())
            .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_byte_for_byte_and_groups_text() {
        let xml = r#"<?xml version="1.0"?><w:p a="1"><w:r><w:t xml:space="preserve">A &amp; {b</w:t></w:r><w:r><w:t>}</w:t></w:r><w:r><w:t/></w:r></w:p>"#;
        let tokens = tokenize(xml).unwrap();
        assert_eq!(join(&tokens), xml);
        let texts: Vec<&str> = tokens
            .iter()
            .filter_map(|t| match &t.kind {
                Kind::Text(s) => Some(s.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["A & {b", "}", ""]);
        assert_eq!(
            tokenize("<!DOCTYPE x [<!ENTITY a 'b'>]><x/>"),
            Err(XmlError::Doctype)
        );
        // Elements inside a text are refused: a nested <w:t> would end the outer one early.
        for bad in [
            "<w:p><w:t>a<w:t>b</w:t>c</w:t></w:p>",
            "<w:p><w:t>a<x/></w:t></w:p>",
            "<w:p><w:instrText>a<w:instrText>b</w:instrText></w:instrText></w:p>",
            "<w:body><w:p>",
        ] {
            assert_eq!(tokenize(bad), Err(XmlError::Malformed), "{bad}");
        }
        assert_eq!(
            text_element("a\nb <c>"),
            r#"<w:t xml:space="preserve">a</w:t><w:br/><w:t xml:space="preserve">b &lt;c&gt;</w:t>"#
        );
    }
}

//! Untrusted XML bytes to a small bounded element tree, read iteratively (no recursion, so deep
//! nesting cannot overflow the stack): local names only, namespace URIs resolved from the
//! `xmlns` declarations, attribute values and text with the five predefined entities and
//! character references resolved. DTDs are ignored and no other entity is ever expanded: an
//! unknown `&name;` stays as written. UTF-8 (with or without BOM), UTF-16 with a BOM and
//! declared ISO-8859-1 / windows-1252 are read; the decoded text is wiped when dropped.

use crate::document::xml::reference;
use crate::ksz::import::error::ImportError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::rc::Rc;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// Deepest element nesting we accept (real answers stay under 30).
pub const MAX_DEPTH: usize = 64;
/// Most elements in one answer.
pub const MAX_ELEMENTS: usize = 250_000;
/// Most attributes kept per element.
const MAX_ATTRIBUTES: usize = 32;
/// Most namespace declarations in scope.
const MAX_NAMESPACES: usize = 256;

/// One element. Its name, attributes and text are wiped when it is dropped (see the `Drop`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Node {
    /// The local name (no prefix).
    pub name: String,
    /// The namespace URI, when bound (shared between elements: not personal data).
    pub ns: Rc<str>,
    /// (local name, value), without namespace declarations.
    pub attrs: Vec<(String, String)>,
    /// The element's own text (children's text not included).
    pub text: String,
    pub children: Vec<Node>,
}

/// Each element wipes its own strings once; its children, dropped after it, wipe theirs.
/// (The derived `ZeroizeOnDrop` wiped the whole subtree and then dropped the children, which
/// wiped theirs again: every element once per ancestor, a third of reading a large answer.)
impl Drop for Node {
    fn drop(&mut self) {
        self.name.zeroize();
        self.attrs.zeroize();
        self.text.zeroize();
    }
}

impl ZeroizeOnDrop for Node {}

impl Node {
    /// The first child with this local name.
    pub fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every child with this local name.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The node at a path of local names below this one.
    pub fn at(&self, path: &[&str]) -> Option<&Node> {
        path.iter().try_fold(self, |n, name| n.child(name))
    }

    /// The trimmed text of the node at a path, when not empty.
    pub fn text_at(&self, path: &[&str]) -> Option<&str> {
        self.at(path)
            .map(|n| n.text.trim())
            .filter(|t| !t.is_empty())
    }

    /// The trimmed own text, when not empty.
    pub fn value(&self) -> Option<&str> {
        Some(self.text.trim()).filter(|t| !t.is_empty())
    }

    /// An attribute's value by local name.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// Every descendant with this local name (depth-first, document order).
    pub fn find_all<'a>(&'a self, name: &str) -> Vec<&'a Node> {
        let mut out = Vec::new();
        let mut stack: Vec<&Node> = self.children.iter().rev().collect();
        while let Some(n) = stack.pop() {
            if n.name == name {
                out.push(n);
            }
            stack.extend(n.children.iter().rev());
        }
        out
    }
}

/// Appends `&name;` resolved, or as written when it is not a predefined or character entity.
fn push_reference(out: &mut String, name: &str) {
    // A NUL is no text, whatever the reference says.
    match reference(name).filter(|c| *c != '\0') {
        Some(c) => out.push(c),
        None => {
            out.push('&');
            out.push_str(name);
            out.push(';');
        }
    }
}

/// Resolves the predefined and character entities in an attribute value; others stay as written.
fn unescape_lenient(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match after.find(';').filter(|end| *end <= 32) {
            Some(end) => {
                push_reference(&mut out, &after[..end]);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

const CP1252: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The encoding named in an XML declaration at the start, lowercased.
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(200)];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = String::from_utf8_lossy(&head[..end]).to_ascii_lowercase();
    let at = decl.find("encoding")?;
    let rest = decl[at + 8..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let value = rest[1..].split(quote).next()?;
    Some(value.to_string())
}

/// The bytes as UTF-8 text (wiped on drop). `None`: not text in an encoding we read.
pub fn decode(bytes: &[u8]) -> Option<Zeroizing<String>> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return std::str::from_utf8(rest)
            .ok()
            .map(|s| Zeroizing::new(s.to_string()));
    }
    for (bom, little) in [(&[0xFF, 0xFE], true), (&[0xFE, 0xFF], false)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let units = rest.chunks_exact(2).map(|c| {
                if little {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            });
            let text: Result<String, _> = char::decode_utf16(units).collect();
            return text.ok().map(Zeroizing::new);
        }
    }
    match declared_encoding(bytes).as_deref() {
        Some("iso-8859-1" | "latin1" | "latin-1" | "iso-8859-15" | "windows-1252" | "cp1252") => {
            let text = bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => CP1252[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect();
            Some(Zeroizing::new(text))
        }
        _ => std::str::from_utf8(bytes)
            .ok()
            .map(|s| Zeroizing::new(s.to_string())),
    }
}

/// A namespace binding in scope: (depth it was declared at, prefix, URI).
type Binding = (usize, String, Rc<str>);

fn local(qname: &[u8]) -> (&[u8], &[u8]) {
    match qname.iter().position(|b| *b == b':') {
        Some(i) => (&qname[..i], &qname[i + 1..]),
        None => (&[], qname),
    }
}

fn open(e: &BytesStart<'_>, depth: usize, scope: &mut Vec<Binding>) -> Result<Node, ImportError> {
    let mut node = Node::default();
    for attr in e.attributes().with_checks(false) {
        let attr = attr.map_err(|_| ImportError::Malformed)?;
        let key = attr.key.as_ref();
        let value = unescape_lenient(&String::from_utf8_lossy(&attr.value));
        if key == b"xmlns" || key.starts_with(b"xmlns:") {
            if scope.len() >= MAX_NAMESPACES {
                return Err(ImportError::TooManyElements);
            }
            let prefix = key.get(6..).unwrap_or_default();
            scope.push((
                depth,
                String::from_utf8_lossy(prefix).into_owned(),
                Rc::from(value),
            ));
        } else if node.attrs.len() < MAX_ATTRIBUTES {
            let (_, name) = local(key);
            node.attrs
                .push((String::from_utf8_lossy(name).into_owned(), value));
        }
    }
    let qname = e.name();
    let (prefix, name) = local(qname.as_ref());
    node.name = String::from_utf8_lossy(name).into_owned();
    if let Some((_, _, uri)) = scope.iter().rev().find(|(_, p, _)| p.as_bytes() == prefix) {
        node.ns = Rc::clone(uri);
    }
    Ok(node)
}

/// Drops the namespace bindings declared at `depth` or deeper (bindings are pushed in depth
/// order, so they are at the end).
fn close_scope(scope: &mut Vec<Binding>, depth: usize) {
    while scope.last().is_some_and(|(d, _, _)| *d >= depth) {
        scope.pop();
    }
}

/// Parses `xml` into its root element.
pub fn parse(xml: &str) -> Result<Node, ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<Node> = Vec::new();
    let mut scope: Vec<Binding> = Vec::new();
    let mut root: Option<Node> = None;
    let mut elements = 0usize;
    loop {
        let event = reader.read_event().map_err(|_| ImportError::Malformed)?;
        match event {
            Event::Start(_) | Event::Empty(_) if root.is_some() => {
                return Err(ImportError::Malformed);
            }
            Event::Start(e) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(ImportError::TooDeep);
                }
                elements += 1;
                if elements > MAX_ELEMENTS {
                    return Err(ImportError::TooManyElements);
                }
                let node = open(&e, stack.len() + 1, &mut scope)?;
                stack.push(node);
            }
            Event::Empty(e) => {
                elements += 1;
                if elements > MAX_ELEMENTS {
                    return Err(ImportError::TooManyElements);
                }
                let node = open(&e, stack.len() + 1, &mut scope)?;
                let depth = stack.len() + 1;
                close_scope(&mut scope, depth);
                match stack.last_mut() {
                    Some(parent) => parent.children.push(node),
                    None => root = Some(node),
                }
            }
            Event::End(_) => {
                let depth = stack.len();
                close_scope(&mut scope, depth);
                let node = stack.pop().ok_or(ImportError::Malformed)?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(node),
                    None => root = Some(node),
                }
            }
            Event::Text(t) => {
                let text = t.xml_content().map_err(|_| ImportError::Malformed)?;
                match stack.last_mut() {
                    Some(node) => node.text.push_str(&text),
                    None if text.trim().is_empty() => {}
                    None => return Err(ImportError::Malformed),
                }
            }
            Event::CData(t) => {
                if let Some(node) = stack.last_mut() {
                    node.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::GeneralRef(r) => {
                let name = String::from_utf8_lossy(&r).into_owned();
                match stack.last_mut() {
                    Some(node) => push_reference(&mut node.text, &name),
                    None => return Err(ImportError::Malformed),
                }
            }
            Event::Eof => break,
            // Declarations, comments, processing instructions and the DTD: ignored (a DTD's
            // entities are never defined, so they are never expanded).
            _ => {}
        }
    }
    if !stack.is_empty() {
        return Err(ImportError::Malformed);
    }
    root.ok_or(ImportError::NotXml)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_names_namespaces_and_entities() {
        let xml = r#"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "BOOM">]>
            <p:a xmlns:p="urn:x" k="1 &amp; &e;"><b>x &lt; &#233; &e;</b><p:c/></p:a>"#;
        let root = parse(xml).unwrap();
        assert_eq!((root.name.as_str(), &*root.ns), ("a", "urn:x"));
        assert_eq!(root.attr("k"), Some("1 & &e;"));
        assert_eq!(root.child("b").unwrap().text, "x < é &e;");
        assert_eq!(&*root.child("c").unwrap().ns, "urn:x");
        assert!(!format!("{root:?}").contains("BOOM"));
    }

    #[test]
    fn refuses_broken_and_deep_xml() {
        assert_eq!(parse("<a><b></a>"), Err(ImportError::Malformed));
        assert_eq!(parse("<a>"), Err(ImportError::Malformed));
        assert_eq!(parse("<a/><b/>"), Err(ImportError::Malformed));
        assert_eq!(parse("text"), Err(ImportError::Malformed));
        let deep = "<a>".repeat(10_000) + &"</a>".repeat(10_000);
        assert_eq!(parse(&deep), Err(ImportError::TooDeep));
    }

    #[test]
    fn encodings() {
        assert_eq!(decode(b"\xEF\xBB\xBF<a/>").unwrap().as_str(), "<a/>");
        let latin = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xE9\x80</a>";
        assert!(decode(latin).unwrap().contains("é€"));
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("<a/>".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16).unwrap().as_str(), "<a/>");
        assert!(decode(b"<a>\xFF</a>").is_none());
    }
}

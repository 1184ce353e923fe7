//! *KSZ lezen*, part 2: real KSZ and MAGDA XML answers read locally (bytes in, values out) into
//! a readable view ([`Section`]s of [`Fact`]s), [`Finding`]s for the worksheet and [`Event`]s
//! for the timeline; [`combine`] makes one [`crate::ksz::Record`] of several answers.
//!
//! Every byte is hostile: the size is checked first ([`MAX_FILE_BYTES`]), the format is
//! recognised by content (magic bytes, the root element's local name after a SOAP envelope,
//! MAGDA's `Context/Naam`), never by the file's name or a namespace prefix; the XML is read
//! iteratively with bounded depth and element count, no DTD or entity is ever expanded, and
//! every problem is an [`ImportError`], never a panic. What we do not know inside a known
//! answer is shown as an "onbekend gegeven", never an error.
//!
//! Grouped by what it reads: `xml/` (the bounded element tree and the text helpers), `tx25/`
//! (the TX25 v1/v2), `magda/` (MAGDA, one file per group of services, named for what it reads)
//! and `ksz/` (the KSZ's own services: SSDN IdentifyPerson, RVA UnemploymentData,
//! HealthCareInsurance and JobSeeker, the last three from their schemas only, so marked
//! [`Answer::untested`]). The readings shared by several formats, with the thresholds we
//! chose, are in `rules.rs`; the Dutch labels in [`labels`]. In the browser, the readers run in a
//! wasm module of their own (`reader/`), so *KSZ lezen* starts without them; [`wire`] carries
//! the request and the result between it and the page.

mod collect;
mod combine;
mod date;
mod error;
mod family;
mod ignored;
mod ksz;
pub mod labels;
mod magda;
mod model;
mod rules;
mod runs;
mod tx25;
pub mod wire;
mod xml;

pub use combine::{combine, combine_for, Combined, Disagreement};
pub use date::PartialDate;
pub use error::{ImportError, Seems};
pub use family::{applicant, roles, roles_of, Category, Family, Housemate, Roles, Tie};
pub use ignored::IGNORED;
pub use model::{Answer, Event, Fact, Finding, Group, Kind, Lane, Member, Section, Summary};
pub use runs::{summarise, Item, Run};
pub use xml::tree::{decode, MAX_DEPTH, MAX_ELEMENTS};

use xml::tree::Node;

/// Largest file we read (checked before anything else).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// What the reading OCMW knows about itself (all optional).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Its enterprise numbers (KBO): leefloon it paid itself is not "bij een ander OCMW".
    /// Without them, every paying OCMW counts as another one.
    pub own_enterprise_numbers: Vec<String>,
    /// The NIS codes of its municipality: a main address elsewhere is
    /// `adres.other-municipality`. Without them, that observation is never made.
    pub own_nis_codes: Vec<String>,
}

/// Reads one answer.
pub fn read(file_name: &str, bytes: &[u8]) -> Result<Answer, ImportError> {
    read_with(file_name, bytes, &Options::default())
}

/// Reads one answer, knowing who reads it: [`parse`], then [`Parsed::answer`].
pub fn read_with(file_name: &str, bytes: &[u8], options: &Options) -> Result<Answer, ImportError> {
    parse(bytes)?.answer(file_name, options)
}

/// An answer's XML, parsed into its element tree but not yet read (wiped when dropped). Reading a
/// file in two steps lets a page yield between them, and drop the tree in a third: for a large
/// answer, each is a fraction of one long task.
pub struct Parsed(Node);

/// Checks an answer's bytes and parses them (the first step of [`read_with`]).
pub fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    if bytes.is_empty() {
        return Err(ImportError::NotXml);
    }
    if let Some(e) = error::sniff_binary(bytes) {
        return Err(e);
    }
    let text = xml::tree::decode(bytes).ok_or(ImportError::NotXml)?;
    if let Some(e) = error::sniff_text(&text) {
        return Err(e);
    }
    Ok(Parsed(xml::tree::parse(&text)?))
}

impl Parsed {
    /// Recognises the answer and reads it (the second step of [`read_with`]).
    pub fn answer(&self, file_name: &str, options: &Options) -> Result<Answer, ImportError> {
        recognise(&self.0, file_name, options, true)
    }
}

/// The XML text an SSDN web service reply carries as a string (`xmlString`, usually in CDATA).
fn embedded(node: &Node) -> Option<&str> {
    let inner = node.find_all("xmlString").into_iter().next()?;
    Some(inner.text.trim()).filter(|t| t.starts_with('<'))
}

/// The answer inside a SOAP envelope (`Envelope/Body`'s first element), or the root itself.
fn content(root: &Node) -> &Node {
    if root.name == "Envelope" {
        if let Some(first) = root.child("Body").and_then(|b| b.children.first()) {
            return first;
        }
    }
    root
}

/// Recognises the answer by its root element; `unwrap`: an answer carried as a string inside
/// this one (SSDN's `xmlString`) may be read, once.
fn recognise(
    root: &Node,
    file_name: &str,
    options: &Options,
    unwrap: bool,
) -> Result<Answer, ImportError> {
    let node = content(root);
    let name = node.name.as_str();
    let lower_first = crate::case::lower_first;
    let has_payload = |list: &[&str]| {
        node.children
            .iter()
            .any(|c| list.contains(&c.name.as_str()))
    };
    if name.eq_ignore_ascii_case("retrieveTIGroupsResponse") {
        return Ok(tx25::read(node, file_name, options));
    }
    if name == "SSDNReply" {
        return ksz::ssdn::read(node, file_name, options);
    }
    if name.ends_with("Response") && node.child("Repliek").is_some() {
        return Ok(magda::read(node, file_name, options));
    }
    let lower = lower_first(name);
    if ksz::rva::ROOTS.contains(&lower.as_str())
        && (has_payload(&ksz::rva::PAYLOADS) || node.child("status").is_some())
    {
        return Ok(ksz::rva::read(node, file_name, options));
    }
    if ksz::health::ROOTS.contains(&lower.as_str())
        || (name.ends_with("Response")
            && node.child("criterion").is_some()
            && node.child("result").is_some_and(|r| {
                r.child("insuringOrganization").is_some() || r.child("reimbursementRight").is_some()
            }))
    {
        return Ok(ksz::health::read(node, file_name, options));
    }
    if ksz::jobseeker::ROOTS.contains(&lower.as_str()) && has_payload(&ksz::jobseeker::PAYLOADS) {
        return Ok(ksz::jobseeker::read(node, file_name, options));
    }
    if let Some(inner) = embedded(node).filter(|_| unwrap) {
        let inner = xml::tree::parse(inner)?;
        return recognise(&inner, file_name, options, false);
    }
    Err(ImportError::UnknownFormat {
        root: name.chars().take(100).collect(),
        seems: if name.eq_ignore_ascii_case("html") {
            Seems::Html
        } else {
            Seems::OtherXml
        },
    })
}

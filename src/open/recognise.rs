//! Reads our own referral document back into a structured view (the labels are shared with the
//! writer in `document::labels`, so what we write is what we read).

use super::docx_text::Block;
use crate::document::{labels, NOT_GIVEN, TITLE};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// One parent as shown in our own referral document. Wiped from memory on drop.
#[derive(Clone, Debug, Default, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct ParentView {
    pub first_name: String,
    pub last_name: String,
    pub street_line: Option<String>,
    /// `9000 Gent`.
    pub municipality_line: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// Our own referral, read back from its document. Wiped from memory on drop.
#[derive(Clone, Debug, Default, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct ReferralView {
    pub date: Option<String>,
    pub team: Option<String>,
    pub worker: Option<String>,
    pub worker_phone: Option<String>,
    pub worker_email: Option<String>,
    pub ocmw: Option<String>,
    /// The consent sentence of the document, with its date.
    pub consent: Option<String>,
    pub parents: Vec<ParentView>,
}

fn given(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty() && v != NOT_GIVEN).then(|| v.to_string())
}

/// Label → value of a two-column table.
fn lookup<'a>(table: &'a [Vec<String>], label: &str) -> Option<&'a str> {
    table
        .iter()
        .find(|row| row.len() == 2 && row[0] == label)
        .map(|row| row[1].as_str())
}

/// The parents of the current layout: "Ouder 1" and its table, "Ouder 2" and its table.
fn tables(blocks: &[Block]) -> Vec<ParentView> {
    let mut parents = Vec::new();
    for pair in blocks.chunks(2) {
        let [Block::Paragraph(title), Block::Table(t)] = pair else {
            break;
        };
        let is_parent = title
            .strip_prefix(labels::PARENT)
            .is_some_and(|n| n.trim().parse::<u8>().is_ok());
        if !is_parent {
            break;
        }
        let cell = |label: &str| lookup(t, label).and_then(given);
        let address = cell(labels::ADDRESS);
        let (street_line, municipality_line) = match address.as_deref().map(|a| a.rsplit_once(", "))
        {
            Some(Some((street, town))) => (Some(street.to_string()), Some(town.to_string())),
            Some(None) => (address.clone(), None),
            None => (None, None),
        };
        parents.push(ParentView {
            first_name: cell(labels::FIRST_NAME).unwrap_or_default(),
            last_name: cell(labels::LAST_NAME).unwrap_or_default(),
            street_line,
            municipality_line,
            phone: cell(labels::PHONE),
            email: cell(labels::EMAIL),
        });
    }
    parents
}

/// The parents of the first layout: one table with a column per parent.
fn columns(parents: &[Vec<String>]) -> Option<Vec<ParentView>> {
    let header = parents.first()?;
    if header.first().map(String::as_str) != Some(labels::PARENTS_HEADER) || header.len() < 2 {
        return None;
    }
    let row = |label: &str| {
        parents
            .iter()
            .find(|r| r.first().map(String::as_str) == Some(label))
    };
    let cell = |label: &str, i: usize| row(label).and_then(|r| r.get(i + 1)).and_then(|v| given(v));
    Some(
        (0..header.len() - 1)
            .map(|i| ParentView {
                first_name: cell(labels::FIRST_NAME, i).unwrap_or_default(),
                last_name: cell(labels::LAST_NAME, i).unwrap_or_default(),
                street_line: cell(labels::STREET, i),
                municipality_line: cell(labels::MUNICIPALITY, i),
                phone: cell(labels::PHONE, i),
                email: cell(labels::EMAIL, i),
            })
            .collect(),
    )
}

/// Recognises a document written by Toeleiding (title, "Van"/"Aan" tables, the parents).
pub fn recognise(blocks: &[Block]) -> Option<ReferralView> {
    if blocks.first() != Some(&Block::Paragraph(TITLE.to_string())) {
        return None;
    }
    // The block right after a heading paragraph.
    let after = |heading: &str| {
        let at = blocks
            .iter()
            .position(|b| matches!(b, Block::Paragraph(p) if p == heading))?;
        blocks.get(at + 1)
    };
    let table_after = |heading: &str| match after(heading) {
        Some(Block::Table(t)) => Some(t),
        _ => None,
    };
    let from = table_after(labels::HEADING_FROM)?;
    let to = table_after(labels::HEADING_TO)?;
    let at = blocks
        .iter()
        .position(|b| matches!(b, Block::Paragraph(p) if p == labels::HEADING_PARENTS))?;
    let view_parents = match blocks.get(at + 1)? {
        Block::Table(t) => columns(t)?,
        Block::Paragraph(_) => tables(&blocks[at + 1..]),
    };
    if view_parents.is_empty() {
        return None;
    }
    let date = blocks.iter().find_map(|b| match b {
        Block::Paragraph(p) => p.strip_prefix(labels::DATE_PREFIX).map(str::to_string),
        _ => None,
    });
    let consent = match after(labels::HEADING_CONSENT) {
        Some(Block::Paragraph(p)) if !p.is_empty() => Some(p.clone()),
        _ => None,
    };
    Some(ReferralView {
        date,
        team: lookup(from, labels::TEAM).and_then(given),
        worker: lookup(from, labels::WORKER).and_then(given),
        worker_phone: lookup(from, labels::PHONE).and_then(given),
        worker_email: lookup(from, labels::EMAIL).and_then(given),
        ocmw: lookup(to, labels::OCMW).and_then(given),
        consent,
        parents: view_parents,
    })
}

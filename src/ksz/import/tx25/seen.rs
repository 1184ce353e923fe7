//! What the TX25 readers share: the entries the findings and the timeline need ([`Seen`]) and
//! the small readers of the IT groups' common parts (dates, names, persons, places, codes).

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::PartialDate;
use crate::ksz::import::model::{Fact, Group};
use crate::ksz::import::xml::text::{code_label, flatten, tx25_date};
use crate::ksz::import::xml::tree::Node;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// A coded entry with its period.
#[derive(Clone, Debug, Default, Zeroize, ZeroizeOnDrop)]
pub(in crate::ksz::import) struct Coded {
    pub code: String,
    pub label: String,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    /// For IT140/141: the entry names another person (a member or the head).
    pub person: bool,
    /// For IT195: the card's expiry date.
    pub expiry: Option<PartialDate>,
}

/// A legal main address (IT020).
#[derive(Clone, Debug, Default, Zeroize, ZeroizeOnDrop)]
pub(in crate::ksz::import) struct Address {
    pub from: Option<PartialDate>,
    pub text: String,
    pub zip: String,
}

/// What the findings and the timeline need from the groups.
#[derive(Default)]
pub(in crate::ksz::import) struct Seen {
    pub birth: Option<PartialDate>,
    pub nationalities: Vec<Coded>,
    pub civil_states: Vec<Coded>,
    pub cohabitation: Vec<Coded>,
    /// IT001: the municipality (or country) of inscription over time.
    pub residences: Vec<Coded>,
    pub addresses: Vec<Address>,
    pub reference: Vec<Coded>,
    pub abroad: Vec<Coded>,
    pub absence: Vec<Coded>,
    pub members: Vec<Coded>,
    pub heads: Vec<Coded>,
    pub cards: Vec<Coded>,
    pub protection: Vec<Coded>,
    /// IT205: the type of person in the waiting register.
    pub waiting_types: Vec<Coded>,
    /// IT206: each step of the asylum procedure, `code` its element name (`ApplicationFiled`,
    /// `AppealLodged`, `Protection`…) and `label` the step's own `Label`.
    pub asylum_steps: Vec<Coded>,
    /// IT207: the OCMW or reception structure in charge.
    pub in_charge: Vec<Coded>,
    /// IT210: the register of inscription.
    pub registers: Vec<Coded>,
}

pub(in crate::ksz::import) fn dates(it: &Node) -> (Option<PartialDate>, Option<PartialDate>) {
    (
        it.child("Date").and_then(tx25_date),
        it.child("DelDate").and_then(tx25_date),
    )
}

/// "LastName FirstName FirstName" of a `Name` node.
pub(in crate::ksz::import) fn name(node: &Node) -> Option<String> {
    let label = |n: &Node| n.text_at(&["Label"]).map(str::to_string);
    let mut parts: Vec<String> = node.all("LastName").filter_map(label).collect();
    parts.extend(node.all("FirstName").filter_map(label));
    Some(parts.join(" ")).filter(|s| !s.is_empty())
}

/// A person named in a group: name and national number (both identifying).
pub(in crate::ksz::import) fn person(node: &Node) -> Option<String> {
    let name = node.child("Name").and_then(name);
    let nn = node.text_at(&["NationalNumber", "NationalNumber"]);
    match (name, nn) {
        (Some(n), Some(nn)) => Some(format!("{n} ({nn})")),
        (Some(n), None) => Some(n),
        (None, Some(nn)) => Some(nn.to_string()),
        (None, None) => None,
    }
}

/// A place: `Place1`/`Place`/`PosteDiplomatique`/`Country` with Code and Label, or `Graphic`.
pub(in crate::ksz::import) fn place(node: &Node) -> Option<String> {
    let found = ["Place1", "Place", "Place2", "PosteDiplomatique", "Country"]
        .iter()
        .find_map(|n| node.child(n));
    match found {
        Some(p) if p.child("Code").is_some() || p.child("Label").is_some() => code_label(p),
        Some(p) => Some(flatten(p)).filter(|s| !s.is_empty()),
        None => None,
    }
}

pub(in crate::ksz::import) fn coded(it: &Node, path: &[&str]) -> Coded {
    let (from, to) = dates(it);
    let node = it.at(path);
    let mut c = Coded::default();
    c.code = node
        .and_then(|n| n.text_at(&["Code"]))
        .unwrap_or_default()
        .to_string();
    c.label = node
        .and_then(|n| n.text_at(&["Label"]))
        .unwrap_or_default()
        .to_string();
    c.from = from;
    c.to = to;
    c
}

pub(in crate::ksz::import) fn shown(c: &Coded) -> String {
    crate::ksz::import::xml::text::desc_code(Some(&c.label), Some(&c.code)).unwrap_or_default()
}

/// Adds a fact with the IT's dates.
pub(in crate::ksz::import) fn dated(
    c: &mut Collect,
    group: Group,
    it: &Node,
    label: &str,
    value: Option<String>,
) {
    let (from, to) = dates(it);
    c.add(
        group,
        Fact::new(label, value.unwrap_or_default())
            .from(from)
            .until(to),
    );
}

/// The children of a known group we did not show, as unknown facts.
pub(in crate::ksz::import) fn leftovers(
    c: &mut Collect,
    group: Group,
    it_type: &str,
    it: &Node,
    known: &[&str],
) {
    for child in &it.children {
        let name = child.name.as_str();
        if !known.contains(&name) && !matches!(name, "Date" | "DelDate") {
            c.unknown(group, &format!("IT{it_type} {name}"), child);
        }
    }
}

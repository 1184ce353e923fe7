//! MAGDA Persoon.GeefHistoriekPersoon 02.00 and 02.02: the person's history in the register
//! (names, sex, statuses, register, nationalities, birth, civil states, main addresses and
//! declared address changes, managing municipality, filiation, reference persons), each
//! `Historiek…` list with its entries dated by `DatumBegin`.
//!
//! The lists have the shape of GeefPersoon's, so they are read by the GeefPersoon reader: each
//! list becomes the GeefPersoon element of the same meaning. A history entry without
//! `DatumEinde` is not current when a later entry of the same list began: it is given that
//! later begin as its end, so only the last entry counts as today's (an ended status, address
//! or nationality never yields a current observation). The register is read here: only the
//! current one is observed.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::labels as L;
use crate::ksz::import::magda::residence::{address, register};
use crate::ksz::import::model::{Fact, Group};
use crate::ksz::import::xml::text::{code_label, date_at, date_attr};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;

/// The lists whose entries are direct children of one GeefPersoon element (`wrapper`), and
/// those whose entries stand alone in GeefPersoon (`None`).
fn target(list: &str) -> Option<(&'static str, Option<&'static str>)> {
    Some(match list {
        "HistoriekNaam" => ("Naam", None),
        "HistoriekGeslacht" => ("Geslacht", None),
        "HistoriekGeboorte" => ("Geboorte", None),
        "HistoriekBeheerder" => ("Beheerder", None),
        "HistoriekReferentiepersoon" => ("Referentiepersoon", None),
        "HistoriekStatus" => ("Status", Some("Statussen")),
        "HistoriekNationaliteit" => ("Nationaliteit", Some("Nationaliteiten")),
        "HistoriekBurgerlijkeStaat" => ("BurgerlijkeStaat", Some("BurgerlijkeStaten")),
        "HistoriekAfstamming" => ("Afstamming", Some("Afstammingen")),
        _ => return None,
    })
}

/// The entries of a list, cloned, each without an end given the next later begin as its end.
fn with_ends(entries: &[&Node]) -> Vec<Node> {
    let mut out: Vec<Node> = entries.iter().map(|n| (*n).clone()).collect();
    let mut begins: Vec<(i64, String)> = out
        .iter()
        .filter_map(|n| {
            let d = date_attr(n, "DatumBegin")?;
            Some((d.days()?, d.raw.clone()))
        })
        .collect();
    crate::order::sort_by(&mut begins, |(d, _)| (*d, 0, 0));
    for n in &mut out {
        if n.attr("DatumEinde").is_some() {
            continue;
        }
        let Some(begin) = date_attr(n, "DatumBegin").and_then(|d| d.days()) else {
            continue;
        };
        let next = begins.partition_point(|(d, _)| *d <= begin);
        if let Some((_, raw)) = begins.get(next) {
            n.attrs.push(("DatumEinde".to_string(), raw.clone()));
        }
    }
    out
}

fn element(name: &str, children: Vec<Node>) -> Node {
    let mut n = Node::default();
    n.name = name.to_string();
    n.children = children;
    n
}

/// Reads `Inhoud/HistoriekPersoon`.
pub(in crate::ksz::import) fn read(c: &mut Collect, inhoud: &Node, options: &Options) {
    c.rest(Group::Other, inhoud, &["HistoriekPersoon"]);
    let Some(h) = inhoud.child("HistoriekPersoon") else {
        return;
    };
    for (attr, label) in [
        ("DatumCreatie", L::RR_CREATED),
        ("DatumModificatie", L::RR_CHANGED),
    ] {
        if let Some(d) = h.attr(attr) {
            c.fact(Group::Other, label, d.trim());
        }
    }
    // Any other attribute of the history, as unknown data.
    let mut rest = element(&h.name, Vec::new());
    rest.attrs = h
        .attrs
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "DatumCreatie" | "DatumModificatie"))
        .cloned()
        .collect();
    if !rest.attrs.is_empty() {
        c.unknown(Group::Other, &h.name, &rest);
    }
    let mut persoon = element("Persoon", Vec::new());
    let mut addresses: Vec<&Node> = Vec::new();
    for n in &h.children {
        if n.name == "INSZ" {
            persoon.children.push(n.clone());
            continue;
        }
        if n.name == "HistoriekRegister" {
            registers(c, n);
            continue;
        }
        if matches!(n.name.as_str(), "Adressen" | "HistoriekAdressen") {
            for list in &n.children {
                match list.name.as_str() {
                    "HistoriekHoofdverblijfplaats" => {
                        let (main, other): (Vec<&Node>, Vec<&Node>) = list
                            .children
                            .iter()
                            .partition(|a| a.name == "Hoofdverblijfplaats");
                        addresses.extend(main);
                        for o in other {
                            c.unknown(Group::Residence, &o.name, o);
                        }
                    }
                    "HistoriekAangifteAdreswijziging" => declared_changes(c, list),
                    _ => c.unknown(Group::Residence, &list.name, list),
                }
            }
            continue;
        }
        let Some((entry, wrapper)) = target(&n.name) else {
            c.unknown(Group::Other, &n.name, n);
            continue;
        };
        let (entries, other): (Vec<&Node>, Vec<&Node>) =
            n.children.iter().partition(|e| e.name == entry);
        for o in other {
            c.unknown(Group::Other, &o.name, o);
        }
        let entries = with_ends(&entries);
        match wrapper {
            Some(w) => persoon.children.push(element(w, entries)),
            None => persoon.children.extend(entries),
        }
    }
    if !addresses.is_empty() {
        persoon
            .children
            .push(element("Adressen", with_ends(&addresses)));
    }
    let inner = element("Inhoud", vec![persoon]);
    crate::ksz::import::magda::persoon::read(c, &inner, options);
}

/// `HistoriekRegister/Register`: every register with its period; only the current one is
/// observed.
fn registers(c: &mut Collect, list: &Node) {
    let (entries, other): (Vec<&Node>, Vec<&Node>) =
        list.children.iter().partition(|e| e.name == "Register");
    for o in other {
        c.unknown(Group::Identity, &o.name, o);
    }
    let on = c.answered_on.clone();
    for r in with_ends(&entries) {
        let (from, to) = (date_attr(&r, "DatumBegin"), date_attr(&r, "DatumEinde"));
        let value = code_label(&r).unwrap_or_default();
        if !crate::ksz::import::rules::ended(to.as_ref(), on.as_ref()) {
            register(
                c,
                r.text_at(&["Code"]).unwrap_or_default(),
                r.text_at(&["Omschrijving"])
                    .or_else(|| r.child("Code").and_then(|k| k.attr("Beschrijving")))
                    .unwrap_or_default(),
            );
            c.summary.register = Some(value.clone());
        }
        c.add(
            Group::Identity,
            Fact::new(L::REGISTER, value).from(from).until(to),
        );
        c.rest(Group::Identity, &r, &["Code", "Omschrijving"]);
    }
}

/// `HistoriekAangifteAdreswijziging/AangifteAdreswijziging`: the date and the text as written
/// (it may hold an address: identifying).
fn declared_changes(c: &mut Collect, list: &Node) {
    for a in &list.children {
        if a.name != "AangifteAdreswijziging" {
            c.unknown(Group::Residence, &a.name, a);
            continue;
        }
        let on = date_at(a, &["Datum"]).or_else(|| date_attr(a, "DatumBegin"));
        let text = match a.child("Adres") {
            Some(x) => address(x).0,
            None => a
                .text_at(&["Tekst"])
                .map(str::to_string)
                .unwrap_or_default(),
        };
        c.add(
            Group::Residence,
            Fact::new(L::ADDRESS_CHANGE_DECLARED, text)
                .from(on.clone())
                .until(on)
                .identifying(),
        );
        c.rest(Group::Residence, a, &["Datum", "Tekst", "Adres"]);
    }
}

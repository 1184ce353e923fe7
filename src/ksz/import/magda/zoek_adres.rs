//! MAGDA Persoon.ZoekPersoonOpAdres 02.02: who is registered at an address. Each person is an
//! identifying fact of the household group (name and national number, sex, birth date, the
//! address and since when they are registered there). The answer is about an address, not a
//! person: it sets no subject, derives nothing from a national number and gives no finding —
//! being registered at the same address does not make a household.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::labels as L;
use crate::ksz::import::magda::residence::{address, person};
use crate::ksz::import::model::{Fact, Group};
use crate::ksz::import::xml::text::{code_label, date_attr};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;

/// Reads `Inhoud/Personen`.
pub(in crate::ksz::import) fn read(c: &mut Collect, inhoud: &Node, _options: &Options) {
    c.rest(Group::Other, inhoud, &["Personen"]);
    for list in inhoud.all("Personen") {
        for p in &list.children {
            if p.name != "Persoon" {
                c.unknown(Group::Household, &p.name, p);
                continue;
            }
            one(c, p);
        }
    }
}

fn one(c: &mut Collect, p: &Node) {
    let mut who = person(p).unwrap_or_default();
    if let Some(source) = p.attr("Bron") {
        who.push_str(&format!(
            "; {} {}",
            crate::case::lower(L::SOURCE),
            source.trim()
        ));
    }
    let mains: Vec<&Node> = p
        .at(&["Adressen"])
        .into_iter()
        .flat_map(|a| a.all("Hoofdverblijfplaats"))
        .collect();
    let since = mains.iter().find_map(|a| date_attr(a, "DatumBegin"));
    c.add_from(
        Group::Household,
        Fact::new(L::AT_ADDRESS, who).from(since).identifying(),
        p,
    );
    if let Some(s) = p.child("Geslacht").and_then(code_label) {
        c.add_from(Group::Household, Fact::new(L::SEX, s), p);
    }
    if let Some(b) = p.text_at(&["Geboortedatum"]) {
        c.add_from(
            Group::Household,
            Fact::new(L::BIRTH_DATE, b.trim()).identifying(),
            p,
        );
    }
    for a in &mains {
        let (text, _, _) = address(a);
        c.add_from(
            Group::Household,
            Fact::new(L::MAIN_ADDRESS, text)
                .from(date_attr(a, "DatumBegin"))
                .until(date_attr(a, "DatumEinde"))
                .identifying(),
            a,
        );
    }
    if let Some(a) = p.child("Adressen") {
        c.rest(Group::Household, a, &["Hoofdverblijfplaats"]);
    }
    for (k, v) in &p.attrs {
        if k != "Bron" {
            c.add_from(
                Group::Household,
                Fact::new(&format!("{}{}@{k}", L::PERSON, L::PATH), v.trim()).identifying(),
                p,
            );
        }
    }
    c.rest(
        Group::Household,
        p,
        &["INSZ", "Naam", "Geslacht", "Geboortedatum", "Adressen"],
    );
}

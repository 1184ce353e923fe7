//! MAGDA Persoon.GeefGezinssamenstelling and GeefHistoriekGezinssamenstelling: the members with
//! their `Positie` towards the reference person and `DatumBegin` / `DatumEinde`. These answers
//! do not say who the client is: the positions become findings only when the client is known
//! (a household of one, or `combine` with an answer that names the client's INSZ).

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::{current_on, months, PartialDate};
use crate::ksz::import::labels as L;
use crate::ksz::import::magda::residence::{address, name, person, place};
use crate::ksz::import::model::{Fact, Group, Lane, Member};
use crate::ksz::import::rules;
use crate::ksz::import::xml::text::{code_label, code_label_at, date_at, date_attr, digits};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::{ids, ObsId};

/// The observations a household establishes for `subject` (an INSZ, digits), on `on`.
pub(in crate::ksz::import) fn household(
    members: &[Member],
    subject: &str,
    on: Option<&PartialDate>,
) -> Vec<ObsId> {
    let mut found = Vec::new();
    let mut add = |id: ObsId| {
        if !found.contains(&id) {
            found.push(id);
        }
    };
    let now = |m: &&Member| current_on(m.from.as_ref(), m.to.as_ref(), on);
    let current: Vec<&Member> = members.iter().filter(now).collect();
    let Some(me) = current.iter().find(|m| m.insz == subject) else {
        return found;
    };
    if current.len() == 1 {
        add(ids::GEZIN_ALONE);
    }
    let others = current.iter().filter(|m| m.insz != subject);
    if me.position == "01" {
        for m in others {
            match m.position.as_str() {
                "02" => add(ids::GEZIN_WITH_PARTNER),
                "03" => add(ids::GEZIN_WITH_CHILDREN),
                "" | "01" => {}
                _ => add(ids::GEZIN_WITH_OTHERS),
            }
        }
    } else {
        match me.position.as_str() {
            "02" => add(ids::GEZIN_WITH_PARTNER),
            "" => {}
            _ => add(ids::GEZIN_WITH_OTHERS),
        }
    }
    if let Some(on) = on {
        let changes = members
            .iter()
            .filter(|m| m.insz != subject)
            .flat_map(|m| [m.from.as_ref(), m.to.as_ref()]);
        if rules::any_within(changes, on, months(rules::RECENT_MONTHS)) {
            add(ids::GEZIN_RECENT_CHANGE);
        }
    }
    found
}

fn member(
    c: &mut Collect,
    g: &Node,
    outer: (Option<PartialDate>, Option<PartialDate>),
    addresses: &mut Vec<String>,
) {
    // 02.00 wraps the member's own data in `Persoon`; 02.02 writes it in `Gezinslid` itself.
    let p = g.child("Persoon").unwrap_or(g);
    // 02.00 dates a member by `DatumCreatie` where 02.02 writes `DatumBegin` (interpretation:
    // in the mock answers of both versions the same member carries the same date under either
    // name, the day the member joined: a child's birth, a partner's marriage).
    let from = date_attr(g, "DatumBegin")
        .or_else(|| date_attr(g, "DatumCreatie"))
        .or(outer.0);
    let to = date_attr(g, "DatumEinde").or(outer.1);
    let code = g
        .text_at(&["Positie", "Code"])
        .unwrap_or_default()
        .to_string();
    let value = code_label_at(g, &["Positie"]).unwrap_or_default();
    c.add(
        Group::Household,
        Fact::new(L::MEMBER, value.clone())
            .from(from.clone())
            .until(to.clone()),
    );
    c.add(
        Group::Household,
        Fact::new(L::PERSON, person(p).unwrap_or_default()).identifying(),
    );
    for n in &g.children {
        match n.name.as_str() {
            "Persoon" if std::ptr::eq(n, p) => {
                for d in &p.children {
                    detail(c, d, addresses);
                }
            }
            _ => detail(c, n, addresses),
        }
    }
    c.period(
        Lane::Household,
        from.clone(),
        to.clone(),
        format!("{}: {value}", L::MEMBER),
        rules::position_word(&code),
    );
    let insz = p.text_at(&["INSZ"]).map(digits).unwrap_or_default();
    c.summary.household.push(Member {
        insz,
        position: code,
        from,
        to,
        name: name(p).unwrap_or_default(),
        born: date_at(p, &["Geboortedatum"]).or_else(|| date_at(p, &["Geboorte", "Datum"])),
    });
}

/// One element about a member (of `Gezinslid`, or of its `Persoon` in 02.00).
fn detail(c: &mut Collect, n: &Node, addresses: &mut Vec<String>) {
    match n.name.as_str() {
        "INSZ" | "Naam" | "Positie" | "Woonvorm" => {}
        "Geslacht" => c.fact(Group::Household, L::SEX, code_label(n).unwrap_or_default()),
        "Geboortedatum" => c.add(
            Group::Household,
            Fact::new(L::BIRTH_DATE, n.text.trim()).identifying(),
        ),
        "Geboorte" => {
            if let Some(d) = n.text_at(&["Datum"]) {
                c.add(Group::Household, Fact::new(L::BIRTH_DATE, d).identifying());
            }
            c.add(
                Group::Household,
                Fact::new(
                    L::BIRTH_PLACE,
                    n.child("Plaats").map(place).unwrap_or_default(),
                )
                .identifying(),
            );
            c.rest(Group::Household, n, &["Datum", "Plaats"]);
        }
        "Nationaliteiten" => {
            for x in &n.children {
                match x.name.as_str() {
                    "Nationaliteit" => c.add(
                        Group::Household,
                        Fact::new(L::NATIONALITY, code_label(x).unwrap_or_default())
                            .from(date_attr(x, "DatumBegin"))
                            .until(date_attr(x, "DatumEinde")),
                    ),
                    _ => c.unknown(Group::Household, &x.name, x),
                }
            }
        }
        "BurgerlijkeStaten" => {
            for b in &n.children {
                if b.name != "BurgerlijkeStaat" {
                    c.unknown(Group::Household, &b.name, b);
                    continue;
                }
                let mut value = code_label(b).unwrap_or_default();
                if let Some(at) = b.child("Plaats").map(place).filter(|p| !p.is_empty()) {
                    value.push_str(&format!("; {at}"));
                }
                c.add(
                    Group::Household,
                    Fact::new(L::CIVIL_STATE, value)
                        .from(date_attr(b, "DatumBegin"))
                        .until(date_attr(b, "DatumEinde")),
                );
                if let Some(x) = b.child("Partner").and_then(person) {
                    c.add(Group::Household, Fact::new(L::SPOUSE, x).identifying());
                }
                c.rest(
                    Group::Household,
                    b,
                    &["Code", "Omschrijving", "Partner", "Plaats"],
                );
            }
        }
        "Adressen" => {
            for a in &n.children {
                match a.name.as_str() {
                    "Hoofdverblijfplaats" => {
                        let (text, town, _) = address(a);
                        if !addresses.contains(&text) {
                            c.add(
                                Group::Residence,
                                Fact::new(L::HOUSEHOLD_ADDRESS, text.clone())
                                    .from(date_attr(a, "DatumBegin"))
                                    .until(date_attr(a, "DatumEinde"))
                                    .identifying(),
                            );
                            c.fact(Group::Residence, L::MUNICIPALITY, town);
                            addresses.push(text);
                        }
                    }
                    "VerblijfplaatsBuitenland" => abroad(c, a),
                    _ => c.unknown(Group::Residence, &a.name, a),
                }
            }
        }
        "Bron" => c.fact(Group::Other, L::SOURCE, code_label(n).unwrap_or_default()),
        "Beheerder" => {}
        _ => c.unknown(Group::Household, &n.name, n),
    }
}

/// A member's residence abroad (02.00 `VerblijfplaatsBuitenland`): the address as written
/// (identifying) and, apart, its country and the diplomatic post.
fn abroad(c: &mut Collect, a: &Node) {
    let lines: Vec<&str> = a
        .at(&["Teksten"])
        .into_iter()
        .flat_map(|t| t.all("Tekst"))
        .filter_map(Node::value)
        .collect();
    c.add(
        Group::Residence,
        Fact::new(L::ADDRESS_ABROAD, lines.join(", "))
            .from(date_attr(a, "DatumBegin"))
            .until(date_attr(a, "DatumEinde"))
            .identifying(),
    );
    c.fact(
        Group::Residence,
        L::COUNTRY,
        a.text_at(&["Land", "Naam"]).unwrap_or_default(),
    );
    c.fact(
        Group::Residence,
        L::DIPLOMATIC_POST,
        code_label_at(a, &["DiplomatiekePost"]).unwrap_or_default(),
    );
    c.rest(
        Group::Residence,
        a,
        &["Teksten", "Land", "DiplomatiekePost"],
    );
}

fn members(
    c: &mut Collect,
    list: &Node,
    outer: (Option<PartialDate>, Option<PartialDate>),
    addresses: &mut Vec<String>,
) {
    for g in &list.children {
        match g.name.as_str() {
            "Gezinslid" => member(c, g, outer.clone(), addresses),
            _ => c.unknown(Group::Household, &g.name, g),
        }
    }
}

/// Reads `Inhoud` of either household service.
pub(in crate::ksz::import) fn read(c: &mut Collect, inhoud: &Node, _options: &Options) {
    let mut addresses = Vec::new();
    for n in &inhoud.children {
        match n.name.as_str() {
            "Gezinsleden" => members(c, n, (None, None), &mut addresses),
            "Gezinssamenstelling" => composition(c, n, &mut addresses),
            "HistoriekGezinssamenstelling" => {
                for g in &n.children {
                    match g.name.as_str() {
                        "Gezinssamenstelling" => composition(c, g, &mut addresses),
                        _ => c.unknown(Group::Household, &g.name, g),
                    }
                }
            }
            _ => c.unknown(Group::Other, &n.name, n),
        }
    }
    if addresses.len() == 1 {
        c.summary.address = addresses.pop();
    }
    let on = c.answered_on.clone();
    if c.summary.household.is_empty() {
        return;
    }
    c.status(ids::GEZIN, crate::ksz::Status::Found);
    // A household of one is the client's: the one member is the subject.
    let distinct: Vec<&str> = c
        .summary
        .household
        .iter()
        .map(|m| m.insz.as_str())
        .filter(|i| !i.is_empty())
        .collect();
    if !distinct.is_empty() && distinct.iter().all(|i| *i == distinct[0]) {
        let subject = distinct[0].to_string();
        for id in household(&c.summary.household.clone(), &subject, on.as_ref()) {
            c.observe(id);
        }
        c.summary.subject = Some(subject);
    } else if let Some(on) = &on {
        let changes: Vec<Option<PartialDate>> = c
            .summary
            .household
            .iter()
            .flat_map(|m| [m.from.clone(), m.to.clone()])
            .collect();
        if rules::any_within(
            changes.iter().map(Option::as_ref),
            on,
            months(rules::RECENT_MONTHS),
        ) {
            c.observe(ids::GEZIN_RECENT_CHANGE);
        }
    }
}

fn composition(c: &mut Collect, g: &Node, addresses: &mut Vec<String>) {
    let outer = (
        date_attr(g, "DatumBegin").or(date_at(g, &["DatumBegin"])),
        date_attr(g, "DatumEinde").or(date_at(g, &["DatumEinde"])),
    );
    for n in &g.children {
        match n.name.as_str() {
            "Gezinsleden" => members(c, n, outer.clone(), addresses),
            "DatumBegin" | "DatumEinde" => {}
            _ => c.unknown(Group::Household, &n.name, n),
        }
    }
}

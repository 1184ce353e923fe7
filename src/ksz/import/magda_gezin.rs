//! MAGDA Persoon.GeefGezinssamenstelling and GeefHistoriekGezinssamenstelling: the members with
//! their `Positie` towards the reference person and `DatumBegin` / `DatumEinde`. These answers
//! do not say who the client is: the positions become findings only when the client is known
//! (a household of one, or `combine` with an answer that names the client's INSZ).

use super::collect::Collect;
use super::date::{current_on, months, PartialDate};
use super::labels as L;
use super::magda_residence::{address, name, person};
use super::model::{Fact, Group, Lane, Member};
use super::rules;
use super::text::{code_label, code_label_at, date_at, date_attr, digits};
use super::tree::Node;
use super::Options;

/// The observations a household establishes for `subject` (an INSZ, digits), on `on`.
pub(super) fn household(
    members: &[Member],
    subject: &str,
    on: Option<&PartialDate>,
) -> Vec<&'static str> {
    let mut found = Vec::new();
    let mut add = |id: &'static str| {
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
        add("gezin.alone");
    }
    let others = current.iter().filter(|m| m.insz != subject);
    if me.position == "01" {
        for m in others {
            match m.position.as_str() {
                "02" => add("gezin.with-partner"),
                "03" => add("gezin.with-children"),
                "" | "01" => {}
                _ => add("gezin.with-others"),
            }
        }
    } else {
        match me.position.as_str() {
            "02" => add("gezin.with-partner"),
            "" => {}
            _ => add("gezin.with-others"),
        }
    }
    if let Some(on) = on {
        let changes = members
            .iter()
            .filter(|m| m.insz != subject)
            .flat_map(|m| [m.from.as_ref(), m.to.as_ref()]);
        if rules::any_within(changes, on, months(rules::RECENT_MONTHS)) {
            add("gezin.recent-change");
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
    let from = date_attr(g, "DatumBegin").or(outer.0);
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
        Fact::new(L::PERSON, person(g).unwrap_or_default()).identifying(),
    );
    for n in &g.children {
        match n.name.as_str() {
            "INSZ" | "Naam" | "Positie" | "Woonvorm" => {}
            "Geslacht" => c.fact(Group::Household, L::SEX, code_label(n).unwrap_or_default()),
            "Geboortedatum" => c.add(
                Group::Household,
                Fact::new(L::BIRTH_DATE, n.text.trim()).identifying(),
            ),
            "Adressen" => {
                for a in n.all("Hoofdverblijfplaats") {
                    let (text, town, _) = address(a);
                    if !addresses.contains(&text) {
                        c.add(
                            Group::Residence,
                            Fact::new(L::HOUSEHOLD_ADDRESS, text.clone())
                                .from(date_attr(a, "DatumBegin"))
                                .identifying(),
                        );
                        c.fact(Group::Residence, L::MUNICIPALITY, town);
                        addresses.push(text);
                    }
                }
            }
            "Bron" => c.fact(Group::Other, L::SOURCE, code_label(n).unwrap_or_default()),
            "Beheerder" => {}
            _ => c.unknown(Group::Household, &n.name, n),
        }
    }
    c.period(
        Lane::Household,
        from.clone(),
        to.clone(),
        format!("{}: {value}", L::MEMBER),
        rules::position_word(&code),
    );
    let insz = g.text_at(&["INSZ"]).map(digits).unwrap_or_default();
    c.summary.household.push(Member {
        insz,
        position: code,
        from,
        to,
        name: name(g).unwrap_or_default(),
        born: date_at(g, &["Geboortedatum"]),
    });
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
pub(super) fn read(c: &mut Collect, inhoud: &Node, _options: &Options) {
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
    c.status("gezin", crate::ksz::Status::Found);
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
            c.observe("gezin.recent-change");
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

//! MAGDA Persoon.GeefPersoon: identity, register, nationality, residence titles and reasons,
//! identity documents, refugee type and administrative situations (asylum), the main address,
//! reference address and temporary absence, civil state, descent and the household. When the
//! answer names no `Referentiepersoon`, the client is the reference person and the members'
//! positions are relative to the client (interpretation).

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::months;
use crate::ksz::import::labels as L;
use crate::ksz::import::magda::residence::{addresses, name, place, register, related, titles};
use crate::ksz::import::model::{Fact, Group, Lane, Member};
use crate::ksz::import::rules;
use crate::ksz::import::xml::text::{
    code_label, code_label_at, date_at, date_attr, desc_code, digits,
};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;

/// Reads `Inhoud/Persoon`.
pub(in crate::ksz::import) fn read(c: &mut Collect, inhoud: &Node, options: &Options) {
    c.rest(Group::Other, inhoud, &["Persoon"]);
    let Some(p) = inhoud.child("Persoon") else {
        return;
    };
    let on = c.answered_on.clone();
    let mut head = true;
    let mut members: Vec<(String, String)> = Vec::new();
    let mut children: Vec<String> = Vec::new();
    let mut partner: Option<String> = None;
    let mut nationalities = Vec::new();
    // Each reference person the client had or has, with the client's position towards it.
    let mut references: Vec<(Member, String)> = Vec::new();
    for n in &p.children {
        let from = date_attr(n, "DatumBegin");
        let to = date_attr(n, "DatumEinde");
        match n.name.as_str() {
            "INSZ" => {
                c.add(
                    Group::Identity,
                    Fact::new(L::NATIONAL_NUMBER, n.text.trim()).identifying(),
                );
                c.summary.subject = Some(digits(&n.text)).filter(|d| !d.is_empty());
            }
            "Naam" => c.add(
                Group::Identity,
                Fact::new(L::NAME, name(n).unwrap_or_default())
                    .from(from)
                    .identifying(),
            ),
            "Geslacht" => c.fact(Group::Identity, L::SEX, code_label(n).unwrap_or_default()),
            "Statussen" => {
                for s in n.all("Status") {
                    let end = date_attr(s, "DatumEinde");
                    // The register's pseudo-municipality codes, as in the TX25 (IT001): 99991
                    // removed ex officio, 992 written off to abroad. Only a current status.
                    if !rules::ended(end.as_ref(), on.as_ref()) {
                        match s.text_at(&["Code"]).map(str::trim) {
                            Some("99991") => c.observe(ids::ADRES_REMOVED_EX_OFFICIO),
                            Some("992") => c.observe(ids::ADRES_ABROAD),
                            _ => {}
                        }
                    }
                    c.add(
                        Group::Identity,
                        Fact::new(L::STATUS, code_label(s).unwrap_or_default())
                            .from(date_attr(s, "DatumBegin"))
                            .until(end),
                    );
                }
            }
            "Register" => {
                let value = code_label(n).unwrap_or_default();
                register(
                    c,
                    n.text_at(&["Code"]).unwrap_or_default(),
                    n.text_at(&["Omschrijving"]).unwrap_or_default(),
                );
                c.summary.register = Some(value.clone());
                c.add(Group::Identity, Fact::new(L::REGISTER, value).from(from));
            }
            "Nationaliteiten" => {
                for x in n.all("Nationaliteit") {
                    let value = code_label(x).unwrap_or_default();
                    let end = date_attr(x, "DatumEinde");
                    if end.is_none() {
                        nationalities.push((
                            x.text_at(&["Code"]).unwrap_or_default().to_string(),
                            x.text_at(&["Omschrijving"]).unwrap_or_default().to_string(),
                        ));
                        c.summary.nationality = Some(value.clone());
                    }
                    c.add(
                        Group::Identity,
                        Fact::new(L::NATIONALITY, value)
                            .from(date_attr(x, "DatumBegin"))
                            .until(end),
                    );
                }
            }
            "Geboorte" => {
                let birth = date_at(n, &["Datum"]);
                c.birth(
                    birth.as_ref(),
                    n.child("Plaats").map(place).unwrap_or_default(),
                );
                c.fact(
                    Group::Identity,
                    L::BIRTH_PROOF,
                    code_label_at(n, &["Bewijsstuk"]).unwrap_or_default(),
                );
                deed(c, Group::Identity, n, false);
                if let (Some(b), Some(on)) = (&birth, &on) {
                    rules::age(c, b, on);
                }
            }
            "Overlijden" => c.add(
                Group::Identity,
                Fact::new(L::DEATH, crate::ksz::import::xml::text::flatten(n))
                    .from(from)
                    .identifying(),
            ),
            "BurgerlijkeStaten" => {
                for b in n.all("BurgerlijkeStaat") {
                    let end = date_attr(b, "DatumEinde");
                    let value = code_label(b).unwrap_or_default();
                    c.add(
                        Group::Household,
                        Fact::new(L::CIVIL_STATE, value.clone())
                            .from(date_attr(b, "DatumBegin"))
                            .until(end.clone()),
                    );
                    if let Some(x) = b.child("Partner").and_then(related) {
                        c.add(Group::Household, Fact::new(L::SPOUSE, x).identifying());
                    }
                    deed(c, Group::Household, b, true);
                    if end.is_none() {
                        let code = b.text_at(&["Code"]).unwrap_or_default();
                        rules::civil_state(
                            c,
                            code,
                            b.text_at(&["Omschrijving"]).unwrap_or_default(),
                            false,
                        );
                        c.summary.civil_state = Some(value);
                        if code.starts_with('2') {
                            partner = b.text_at(&["Partner", "INSZ"]).map(digits);
                        }
                    }
                }
            }
            "Adressen" => addresses(c, n, options),
            "Beheerder" => {
                let value = n
                    .at(&["Plaats", "Gemeente"])
                    .map(|g| {
                        desc_code(g.text_at(&["Naam"]), g.text_at(&["NISCode"])).unwrap_or_default()
                    })
                    .unwrap_or_default();
                c.add(Group::Residence, Fact::new(L::MANAGER, value).from(from));
            }
            "AfstammingenDalendeLijn" | "Afstammingen" => {
                for a in n.children.iter() {
                    let kind = code_label_at(a, &["Type"]).unwrap_or_default();
                    c.add(
                        Group::Household,
                        Fact::new(L::FILIATION, kind).from(date_attr(a, "DatumBegin")),
                    );
                    if let Some(k) = a.child("Kind") {
                        c.add(
                            Group::Household,
                            Fact::new(L::CHILD, related(k).unwrap_or_default()).identifying(),
                        );
                        children.extend(k.text_at(&["INSZ"]).map(digits));
                    }
                    deed(c, Group::Household, a, true);
                    // A free text of the register about the filiation: as written, on screen
                    // only (it may name persons).
                    if let Some(t) = a.text_at(&["Tekst"]) {
                        c.add(
                            Group::Household,
                            Fact::new(L::FILIATION_TEXT, t).identifying(),
                        );
                    }
                    for o in a.at(&["Ouders"]).into_iter().flat_map(|o| o.all("Ouder")) {
                        c.add(
                            Group::Household,
                            Fact::new(L::PARENT, related(o).unwrap_or_default()).identifying(),
                        );
                    }
                }
            }
            "Gezinsleden" => {
                for g in n.all("Gezinslid") {
                    let code = g
                        .text_at(&["Positie", "Code"])
                        .unwrap_or_default()
                        .to_string();
                    let (gf, gt) = (date_attr(g, "DatumBegin"), date_attr(g, "DatumEinde"));
                    let value = code_label_at(g, &["Positie"]).unwrap_or_default();
                    c.add(
                        Group::Household,
                        Fact::new(L::MEMBER, value.clone())
                            .from(gf.clone())
                            .until(gt.clone()),
                    );
                    c.add(
                        Group::Household,
                        Fact::new(L::PERSON, related(g).unwrap_or_default()).identifying(),
                    );
                    c.period(
                        Lane::Household,
                        gf.clone(),
                        gt.clone(),
                        format!("{}: {value}", L::MEMBER),
                        rules::position_word(&code),
                    );
                    if gt.is_none() {
                        members.push((
                            g.text_at(&["INSZ"]).map(digits).unwrap_or_default(),
                            code.clone(),
                        ));
                    }
                    c.summary.household.push(Member {
                        insz: g.text_at(&["INSZ"]).map(digits).unwrap_or_default(),
                        position: code,
                        from: gf,
                        to: gt,
                        name: name(g).unwrap_or_default(),
                        born: date_at(g, &["Geboortedatum"]),
                    });
                }
            }
            "WettelijkeSamenwoning" => {
                let since = date_at(n, &["Datum"]).or(from);
                // Ended by a date, or by a `Beeindiging` (with its reason, often without a date).
                let ending = n.child("Beeindiging");
                let ended = rules::ended(to.as_ref(), on.as_ref()) || ending.is_some();
                let mut place_text = n.child("Plaats").map(place).unwrap_or_default();
                if let Some(e) = ending {
                    let reason = code_label_at(e, &["Reden"]).unwrap_or_default();
                    place_text = format!("{place_text}; {} ({reason})", L::ENDED);
                }
                c.add(
                    Group::Household,
                    Fact::new(L::LEGAL_COHABITATION, place_text)
                        .from(since)
                        .until(
                            to.clone()
                                .or_else(|| ending.and_then(|e| date_attr(e, "Datum"))),
                        ),
                );
                if let Some(x) = n.child("Partner").and_then(related) {
                    c.add(Group::Household, Fact::new(L::PARTNER, x).identifying());
                }
                if !ended {
                    c.observe(ids::RR_MARRIED_OR_COHABITING);
                    partner = partner.or_else(|| n.text_at(&["Partner", "INSZ"]).map(digits));
                }
            }
            "Referentiepersoon" => {
                // An ended reference person (`DatumEinde` on or before the answer's date) is
                // history: it says nothing of the household today, and the client may be the
                // reference person since (the members then count).
                let ended = rules::ended(to.as_ref(), on.as_ref());
                if !ended {
                    head = false;
                }
                let code = n
                    .text_at(&["Positie", "Code"])
                    .unwrap_or_default()
                    .to_string();
                let value = format!(
                    "{} {}",
                    L::CLIENT_IS,
                    code_label_at(n, &["Positie"]).unwrap_or_default()
                );
                c.add(
                    Group::Household,
                    Fact::new(L::HEAD_OF_FAMILY, value.clone())
                        .from(from.clone())
                        .until(to.clone()),
                );
                c.add(
                    Group::Household,
                    Fact::new(L::PERSON, related(n).unwrap_or_default()).identifying(),
                );
                let print = format!(
                    "{} ({} {})",
                    L::PRINT_HEAD,
                    L::PRINT_CLIENT,
                    rules::position_word(&code)
                );
                c.period(
                    Lane::Household,
                    from,
                    to,
                    format!("{}: {value}", L::HEAD_OF_FAMILY),
                    print,
                );
                if !ended {
                    rules::position(c, &code, false);
                }
                references.push((
                    Member {
                        insz: n.text_at(&["INSZ"]).map(digits).unwrap_or_default(),
                        position: "01".to_string(),
                        from: date_attr(n, "DatumBegin"),
                        to: date_attr(n, "DatumEinde"),
                        name: name(n).unwrap_or_default(),
                        born: date_at(n, &["Geboortedatum"]),
                    },
                    code,
                ));
            }
            _ if titles(c, n) => {}
            _ => c.unknown(Group::Other, &n.name, n),
        }
    }
    let codes: Vec<(&str, &str)> = nationalities
        .iter()
        .map(|(c, d)| (c.as_str(), d.as_str()))
        .collect();
    rules::nationality(c, &codes);

    // The household, when the client is the reference person: the members' positions.
    if head && !members.is_empty() {
        for (_, code) in &members {
            rules::position(c, code, true);
        }
        // A household is a handful of people: a list (a BTreeSet brings its own sort and
        // balancing code into the page).
        let inside: Vec<&str> = members.iter().map(|(m, _)| m.as_str()).collect();
        if children.iter().any(|k| !inside.contains(&k.as_str())) {
            c.observe(ids::GEZIN_CHILDREN_ELSEWHERE);
        }
        if let Some(pt) = &partner {
            if !inside.contains(&pt.as_str()) {
                c.observe(ids::GEZIN_PARTNER_ELSEWHERE);
            }
        }
    }
    if let Some(on) = &on {
        let starts = c
            .summary
            .household
            .iter()
            .flat_map(|m| [m.from.clone(), m.to.clone()])
            .collect::<Vec<_>>();
        if rules::any_within(
            starts.iter().map(Option::as_ref),
            on,
            months(rules::RECENT_MONTHS),
        ) {
            c.observe(ids::GEZIN_RECENT_CHANGE);
        }
    }
    // The household in one shape for `combine`: a reference person ("01") and the others with
    // their positions towards it. The client stands in it as the reference person of the
    // members listed, and with its own position towards each reference person it had.
    let subject = c.summary.subject.clone().unwrap_or_default();
    if head && !c.summary.household.is_empty() {
        c.summary.household.push(Member {
            insz: subject.clone(),
            position: "01".to_string(),
            from: None,
            to: None,
            name: String::new(),
            born: None,
        });
    }
    for (reference, code) in references {
        c.summary.household.push(Member {
            insz: subject.clone(),
            position: code,
            from: reference.from.clone(),
            to: reference.to.clone(),
            name: String::new(),
            born: None,
        });
        c.summary.household.push(reference);
    }
    c.summary.partner = partner;
    if !c.has(ids::RR) {
        c.status(ids::RR, crate::ksz::Status::Found);
    }
}

/// The civil-status deed of a birth, marriage or descent: its number (identifying: it finds
/// the person's deed), and the place of the event when no other fact shows it.
fn deed(c: &mut Collect, group: Group, n: &Node, with_place: bool) {
    if let Some(number) = n.text_at(&["Aktenummer"]) {
        c.add(group, Fact::new(L::ACT_NUMBER, number).identifying());
    }
    if with_place {
        c.fact(
            group,
            L::PLACE,
            n.child("Plaats").map(place).unwrap_or_default(),
        );
    }
}

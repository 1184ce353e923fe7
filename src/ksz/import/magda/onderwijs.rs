//! MAGDA Onderwijs.GeefHistoriekInschrijving 02.01: study enrolments — per enrolment the
//! institution and the teaching location (name and municipality; the street address and the
//! contact data shown but hidden in print), then compulsory education (programme, school year,
//! enrolment and first lesson, each class or group with its period and how it ended) or adult
//! education (status, course, module, result, certificates); higher education and other parts
//! are shown as unknown data. Findings (flow `onderwijs`): a class whose period runs on the
//! answer's date (`enrolled-now`), an adult-education enrolment of the last year
//! (`adult-education-recent`), or else, when there are enrolments, `studies-ended`.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::current_on;
use crate::ksz::import::labels as L;
use crate::ksz::import::magda::residence::address;
use crate::ksz::import::model::{Fact, Group};
use crate::ksz::import::rules::any_within;
use crate::ksz::import::xml::text::{code_label, date_at, desc_code};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;

/// "Naam — Omschrijving (Code)": the name and the description (once when they are the same)
/// with the code.
fn named(n: &Node) -> Option<String> {
    let name = n.text_at(&["Naam"]);
    let desc = n.text_at(&["Omschrijving"]);
    let text = match (name, desc) {
        (Some(a), Some(b)) if a.trim() != b.trim() => Some(format!("{} — {}", a.trim(), b.trim())),
        (a, b) => a.or(b).map(str::to_string),
    };
    desc_code(text.as_deref(), n.text_at(&["Code"]))
}

fn yes_no(v: &str) -> &'static str {
    match v.trim() {
        "1" | "true" => L::YES,
        _ => L::NO,
    }
}

/// Reads `Inhoud/Inschrijvingen`.
pub(in crate::ksz::import) fn read(c: &mut Collect, inhoud: &Node, _options: &Options) {
    c.rest(Group::Other, inhoud, &["Inschrijvingen"]);
    let mut enrolments = 0;
    for list in inhoud.all("Inschrijvingen") {
        for e in &list.children {
            if e.name == "Inschrijving" {
                enrolments += 1;
                enrolment(c, e);
            } else {
                c.unknown(Group::Other, &e.name, e);
            }
        }
    }
    let now = [
        ids::ONDERWIJS_ENROLLED_NOW,
        ids::ONDERWIJS_ADULT_EDUCATION_RECENT,
    ];
    if enrolments > 0 && !now.iter().any(|id| c.observed(*id)) {
        c.observe(ids::ONDERWIJS_STUDIES_ENDED);
    }
}

fn enrolment(c: &mut Collect, e: &Node) {
    if let Some(r) = e.text_at(&["Referte"]) {
        let source = e.text_at(&["Bron"]).unwrap_or_default();
        let value = format!("{}; {} {source}", r.trim(), crate::case::lower(L::SOURCE));
        c.add_from(Group::Other, Fact::new(L::ENROLMENT_REFERENCE, value), e);
    } else if let Some(s) = e.text_at(&["Bron"]) {
        c.add_from(Group::Other, Fact::new(L::SOURCE, s.trim()), e);
    }
    if let Some(i) = e.child("Instelling") {
        let name = [
            i.text_at(&["OfficieleNaam"]).map(str::to_string),
            i.text_at(&["Instellingsnummer"])
                .map(|n| format!("({})", n.trim())),
            i.text_at(&["Instantie"]).map(|t| format!("; {}", t.trim())),
            i.text_at(&["Adres", "Gemeente", "Naam"])
                .map(|g| format!("; {}", g.trim())),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" ;", ";");
        c.add_from(Group::Other, Fact::new(L::SCHOOL, name), i);
        place_details(c, i, L::SCHOOL_ADDRESS, L::SCHOOL_CONTACT);
        c.rest(
            Group::Other,
            i,
            &[
                "OfficieleNaam",
                "Instellingsnummer",
                "Instantie",
                "Adres",
                "Contactgegevens",
            ],
        );
    }
    if let Some(l) = e.child("OnderwijsLocatie") {
        let value = [
            l.text_at(&["Omschrijving"]),
            l.text_at(&["Nummer"]),
            l.text_at(&["Adres", "Gemeente", "Naam"]),
        ]
        .into_iter()
        .flatten()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("; ");
        c.add_from(Group::Other, Fact::new(L::SCHOOL_LOCATION, value), l);
        place_details(c, l, L::SCHOOL_LOCATION_ADDRESS, L::SCHOOL_LOCATION_CONTACT);
        c.rest(
            Group::Other,
            l,
            &["Omschrijving", "Nummer", "Adres", "Contactgegevens"],
        );
    }
    if let Some(s) = e.child("LeerplichtOnderwijs") {
        compulsory(c, s);
    }
    if let Some(v) = e.child("Volwassenenonderwijs") {
        adult(c, v);
    }
    c.rest(
        Group::Other,
        e,
        &[
            "Referte",
            "Bron",
            "Instelling",
            "OnderwijsLocatie",
            "LeerplichtOnderwijs",
            "Volwassenenonderwijs",
        ],
    );
}

/// An institution's or location's street address and contact data (hidden in print).
fn place_details(c: &mut Collect, n: &Node, address_label: &str, contact_label: &str) {
    if let Some(a) = n.child("Adres") {
        c.add_from(
            Group::Other,
            Fact::new(address_label, address(a).0).identifying(),
            a,
        );
    }
    if let Some(k) = n.child("Contactgegevens") {
        let value = ["Telefoonnummer", "Email", "Website"]
            .iter()
            .filter_map(|f| k.text_at(&[f]))
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("; ");
        c.add_from(
            Group::Other,
            Fact::new(contact_label, value).identifying(),
            k,
        );
        c.rest(Group::Other, k, &["Telefoonnummer", "Email", "Website"]);
    }
}

fn compulsory(c: &mut Collect, s: &Node) {
    let enrolled = date_at(s, &["DatumInschrijving"]);
    let mut parts: Vec<String> = Vec::new();
    parts.extend(s.child("SoortProgramma").and_then(code_label));
    if let Some(y) = s.text_at(&["Schooljaar"]) {
        parts.push(format!("{} {}", L::SCHOOL_YEAR, y.trim()));
    }
    if let Some(d) = s.text_at(&["DatumInschrijving"]) {
        parts.push(format!("{} {}", L::ENROLLED_ON, d.trim()));
    }
    if let Some(d) = s.text_at(&["DatumEersteLes"]) {
        parts.push(format!("{} {}", L::FIRST_LESSON, d.trim()));
    }
    c.add_from(
        Group::Other,
        Fact::new(L::COMPULSORY_EDUCATION, parts.join("; ")).from(enrolled),
        s,
    );
    for g in s.all("InschrijvingAdministratieveGroep") {
        let from = date_at(g, &["Periode", "Begin"]);
        let to = date_at(g, &["Periode", "Einde"]);
        if from.is_some() && current_on(from.as_ref(), to.as_ref(), c.answered_on.as_ref()) {
            c.observe(ids::ONDERWIJS_ENROLLED_NOW);
        }
        let mut parts: Vec<String> = Vec::new();
        if let Some(a) = g.child("AdministratieveGroep") {
            parts.extend(desc_code(a.text_at(&["Naam"]), a.text_at(&["Nummer"])));
            parts.extend(a.child("Niveau").and_then(code_label));
            parts.extend(a.child("SoortOnderwijs").and_then(code_label));
            c.rest(
                Group::Other,
                a,
                &["Naam", "Nummer", "Niveau", "SoortOnderwijs"],
            );
        }
        if let Some(v) = g.text_at(&["AnderstaligeNieuwkomer"]) {
            parts.push(format!("{} {}", L::NEWCOMER, yes_no(v)));
        }
        if let Some(v) = g.text_at(&["GewezenAnderstaligeNieuwkomer"]) {
            parts.push(format!("{} {}", L::FORMER_NEWCOMER, yes_no(v)));
        }
        if let Some(u) = g.child("Uitschrijving") {
            if let Some(a) = u.child("Aanleiding").and_then(code_label) {
                parts.push(format!("{} {a}", L::DEREGISTRATION));
            }
            if let Some(a) = u.child("SituatieNa").and_then(code_label) {
                parts.push(format!("{} {a}", L::AFTERWARDS));
            }
            c.rest(Group::Other, u, &["Aanleiding", "SituatieNa"]);
        }
        if let Some(r) = g.text_at(&["Referte"]) {
            parts.push(format!("{} {}", L::REFERENCE, r.trim()));
        }
        c.add_from(
            Group::Other,
            Fact::new(L::CLASS, parts.join("; ")).from(from).until(to),
            g,
        );
        if let Some(p) = g.child("Periode") {
            c.rest(Group::Other, p, &["Begin", "Einde"]);
        }
        c.rest(
            Group::Other,
            g,
            &[
                "Periode",
                "AdministratieveGroep",
                "AnderstaligeNieuwkomer",
                "GewezenAnderstaligeNieuwkomer",
                "Uitschrijving",
                "Referte",
            ],
        );
    }
    c.rest(
        Group::Other,
        s,
        &[
            "SoortProgramma",
            "Schooljaar",
            "DatumInschrijving",
            "DatumEersteLes",
            "InschrijvingAdministratieveGroep",
        ],
    );
}

/// A course or module with its variant and track ("Zorgkundige (735); variant …; traject …").
fn course(c: &mut Collect, n: &Node, variant: &str) -> Vec<String> {
    let mut parts: Vec<String> = named(n).into_iter().collect();
    if let Some(d) = n.text_at(&["Diplomagericht"]) {
        parts.push(format!("{} {}", L::TOWARDS_DIPLOMA, yes_no(d)));
    }
    if let Some(v) = n.child(variant) {
        parts.extend(named(v).map(|x| format!("{} {x}", L::VARIANT)));
        if let Some(t) = v.child("Traject").and_then(code_label) {
            parts.push(format!("{} {t}", L::TRACK));
        }
        c.rest(
            Group::Other,
            v,
            &["Code", "Naam", "Omschrijving", "Traject"],
        );
    }
    c.rest(
        Group::Other,
        n,
        &["Code", "Naam", "Omschrijving", "Diplomagericht", variant],
    );
    parts
}

fn adult(c: &mut Collect, v: &Node) {
    let enrolled = date_at(v, &["DatumInschrijving"]);
    if let Some(on) = c.answered_on.clone() {
        if any_within([enrolled.as_ref()], &on, 365) {
            c.observe(ids::ONDERWIJS_ADULT_EDUCATION_RECENT);
        }
    }
    let mut parts: Vec<String> = Vec::new();
    parts.extend(v.child("Status").and_then(code_label));
    if let Some(o) = v.child("Opleiding") {
        let course = course(c, o, "Opleidingsvariant").join(", ");
        parts.push(format!("{} {course}", L::COURSE));
    }
    if let Some(m) = v.child("Module") {
        let module = course(c, m, "ModuleVariant").join(", ");
        parts.push(format!("{} {module}", L::MODULE));
    }
    let result = v.child("Resultaat");
    if let Some(x) = result
        .and_then(|r| r.child("EvaluatieResultaat"))
        .and_then(code_label)
    {
        parts.push(format!("{} {x}", L::RESULT));
    }
    c.add_from(
        Group::Other,
        Fact::new(L::ADULT_EDUCATION, parts.join("; ")).from(enrolled.clone()),
        v,
    );
    if let Some(r) = result {
        for list in r.all("Studiebewijzen") {
            for b in &list.children {
                if b.name != "Studiebewijs" {
                    c.unknown(Group::Other, &b.name, b);
                    continue;
                }
                let value = [b.text_at(&["Referte"]), b.text_at(&["LEDReferte"])]
                    .into_iter()
                    .flatten()
                    .map(str::trim)
                    .collect::<Vec<_>>()
                    .join("; ");
                c.add_from(
                    Group::Other,
                    Fact::new(L::CERTIFICATE, value).from(enrolled.clone()),
                    b,
                );
                c.rest(Group::Other, b, &["Referte", "LEDReferte"]);
            }
        }
        c.rest(Group::Other, r, &["EvaluatieResultaat", "Studiebewijzen"]);
    }
    c.rest(
        Group::Other,
        v,
        &[
            "Status",
            "DatumInschrijving",
            "Opleiding",
            "Module",
            "Resultaat",
        ],
    );
}

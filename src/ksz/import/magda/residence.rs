//! MAGDA GeefPersoon, the parts about residence: names and addresses as MAGDA writes them, the
//! register, the identity documents, the residence titles with their reasons (family
//! reunification), the refugee type and administrative situations (asylum), and the main
//! address with a reference address or temporary absence.

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::PartialDate;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{Fact, Group, Lane};
use crate::ksz::import::rules;
use crate::ksz::import::xml::text::{code_label, code_label_at, date_at, date_attr, desc_code};
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;

/// "Achternaam Voornaam Voornaam" of a node with a `Naam` child (or a `Naam` node itself).
pub(in crate::ksz::import) fn name(node: &Node) -> Option<String> {
    let naam = if node.name == "Naam" {
        Some(node)
    } else {
        node.child("Naam")
    };
    let naam = naam?;
    let mut parts: Vec<&str> = naam
        .at(&["Achternamen"])
        .into_iter()
        .flat_map(|a| a.all("Achternaam"))
        .filter_map(Node::value)
        .collect();
    parts.extend(
        naam.at(&["Voornamen"])
            .into_iter()
            .flat_map(|v| v.all("Voornaam"))
            .filter_map(Node::value),
    );
    Some(parts.join(" ")).filter(|s| !s.is_empty())
}

/// "Name (INSZ)" of a person node (identifying).
pub(in crate::ksz::import) fn person(node: &Node) -> Option<String> {
    match (name(node), node.text_at(&["INSZ"])) {
        (Some(n), Some(i)) => Some(format!("{n} ({i})")),
        (Some(n), None) => Some(n),
        (None, Some(i)) => Some(i.to_string()),
        (None, None) => None,
    }
}

/// "Name (INSZ); geboren 1975-10-21; Vrouwelijk (2)": a related person as GeefPersoon
/// describes it (identifying), with the birth date and sex it gives.
pub(in crate::ksz::import) fn related(node: &Node) -> Option<String> {
    let parts: Vec<String> = [
        person(node),
        node.text_at(&["Geboortedatum"])
            .map(|b| format!("{} {b}", L::BORN)),
        node.child("Geslacht").and_then(code_label),
    ]
    .into_iter()
    .flatten()
    .collect();
    Some(parts.join("; ")).filter(|s| !s.is_empty())
}

/// A MAGDA address: the full text ("Straat 12 bus A, 9000 Gent", identifying), the
/// municipality alone (for print) and its NIS code.
pub(in crate::ksz::import) fn address(a: &Node) -> (String, String, String) {
    let first = |paths: &[&[&str]]| {
        paths
            .iter()
            .find_map(|p| a.text_at(p))
            .unwrap_or_default()
            .to_string()
    };
    let street = first(&[
        &["Straatnaam", "String"],
        &["NietGestandaardiseerdeStraatnaam", "String"],
        &["Straat", "Naam"],
    ]);
    let town = first(&[
        &["Gemeentenaam", "String"],
        &["NietGestandaardiseerdeGemeentenaam", "String"],
        &["Gemeente", "Naam"],
    ]);
    let zip = first(&[&["Postcode"], &["Gemeente", "PostCode"]]);
    let mut line = format!("{street} {}", first(&[&["Huisnummer"]]));
    let bus = first(&[&["Busnummer"]]);
    if !bus.is_empty() {
        line.push_str(&format!(" {} {bus}", L::BOX));
    }
    let text = format!("{}, {}", line.trim(), format!("{zip} {town}").trim());
    let town = if town.is_empty() {
        format!("{} {zip}", L::POSTCODE)
    } else {
        town
    };
    (
        text,
        town,
        first(&[&["NISCodeGemeente"], &["Gemeente", "NISCode"]]),
    )
}

/// A place (`Plaats` with Gemeente and Land names).
pub(in crate::ksz::import) fn place(p: &Node) -> String {
    [
        p.text_at(&["Gemeente", "Naam"]),
        p.text_at(&["Land", "Naam"]),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

/// Asylum and protection words (nl, fr, de) in a refugee type or administrative situation.
pub(in crate::ksz::import) fn asylum(c: &mut Collect, text: &str) {
    let t = crate::case::lower(text);
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    // Order matters: an appeal against a refusal is an appeal; "niet erkend" is a refusal.
    let id = if has(&["subsidiair", "subsidiaire", "subsidiär"]) {
        ids::WACHTREGISTER_SUBSIDIARY_PROTECTION
    } else if has(&["beroep", "recours", "beschwerde"]) {
        ids::WACHTREGISTER_APPEAL_PENDING
    } else if has(&[
        "geweigerd",
        "weigering",
        "niet erkend",
        "refus",
        "non reconnu",
        "abgelehnt",
        "nicht anerkannt",
        "afgesloten",
        "beëindigd",
    ]) {
        ids::WACHTREGISTER_REFUSED_OR_ENDED
    } else if has(&["erkend", "reconnu", "anerkannt"]) {
        ids::WACHTREGISTER_REFUGEE_RECOGNISED
    } else if has(&[
        "kandidaat",
        "candidat",
        "asiel",
        "asile",
        "asyl",
        "internationale bescherming",
    ]) {
        ids::WACHTREGISTER_ASYLUM_PENDING
    } else {
        c.status(ids::WACHTREGISTER, crate::ksz::Status::Found);
        return;
    };
    c.observe(id);
}

/// The register from its description (B.R., V.R., W.R. in nl, fr or de), or, without one, from
/// the codes the MAGDA answers pair with them (1 V.R., 2 B.R., 5 Wachtregister).
pub(in crate::ksz::import) fn register(c: &mut Collect, code: &str, desc: &str) {
    let d = crate::case::lower(desc);
    let has = |words: &[&str]| words.iter().any(|w| d.contains(w));
    if has(&["wacht", "attente", "warte", "w.r."]) || (d.is_empty() && code == "5") {
        c.observe(ids::RR_REGISTER_WAITING);
        c.status(ids::WACHTREGISTER, crate::ksz::Status::Found);
    } else if has(&["vreemdeling", "étranger", "fremden", "v.r."]) || (d.is_empty() && code == "1")
    {
        c.observe(ids::RR_REGISTER_FOREIGNERS);
    } else if has(&["bevolking", "population", "bevölkerung", "b.r."])
        || (d.is_empty() && code == "2")
    {
        c.observe(ids::RR_REGISTER_POPULATION);
    }
}

/// Reads the residence-title elements of `Persoon`; `false` for any other element.
pub(in crate::ksz::import) fn titles(c: &mut Collect, n: &Node) -> bool {
    let from = date_attr(n, "DatumBegin");
    let to = date_attr(n, "DatumEinde");
    match n.name.as_str() {
        "Identiteitsbewijzen" => {
            // The latest document (by its start) decides the expiry signal; the latest one not
            // ended on the answer's date decides a permanent residence.
            let mut latest: Option<(Option<i64>, Option<PartialDate>)> = None;
            let mut live: Option<(Option<i64>, String, Option<PartialDate>)> = None;
            let on = c.answered_on.clone();
            for i in n.all("Identiteitsbewijs") {
                let value = code_label_at(i, &["Type"]).unwrap_or_default();
                let begin = date_attr(i, "DatumBegin");
                let expiry = date_at(i, &["Vervalgegevens", "Vervaldatum"]);
                let mut text = value;
                if let Some(e) = &expiry {
                    text = format!("{text}; {} {}", L::VALID_UNTIL, e.raw);
                }
                c.add(
                    Group::Identity,
                    Fact::new(L::IDENTITY_DOCUMENT, text)
                        .from(begin.clone())
                        .until(date_attr(i, "DatumEinde")),
                );
                if let Some(nr) = i.text_at(&["Nummer"]) {
                    c.add(
                        Group::Identity,
                        Fact::new(L::DOCUMENT_NUMBER, nr).identifying(),
                    );
                }
                if let Some(t) = i.text_at(&["Vervalgegevens", "Tekst"]) {
                    c.fact(Group::Identity, L::EXPIRY_TEXT, t);
                }
                if let Some(v) = i.child("Vervalgegevens") {
                    c.rest(Group::Identity, v, &["Vervaldatum", "Tekst"]);
                }
                c.rest(
                    Group::Identity,
                    i,
                    &["Type", "Nummer", "Vervalgegevens", "Plaats"],
                );
                if let Some(p) = i.child("Plaats") {
                    c.fact(Group::Identity, L::ISSUED_IN, place(p));
                }
                let key = begin.as_ref().and_then(PartialDate::days);
                let ended = rules::ended(date_attr(i, "DatumEinde").as_ref(), on.as_ref());
                if !ended && live.as_ref().is_none_or(|(k, _, _)| key >= *k) {
                    let label = i.text_at(&["Type", "Omschrijving"]).unwrap_or_default();
                    live = Some((key, label.to_string(), expiry.clone()));
                }
                if latest.as_ref().is_none_or(|(k, _)| key >= *k) {
                    latest = Some((key, expiry));
                }
                c.observe(ids::RR_CARD_TYPE_SHOWN);
            }
            if let (Some((_, Some(expiry))), Some(on)) = (latest, c.answered_on.clone()) {
                rules::card_expiry(c, Some(&expiry), &on);
            }
            if let Some((_, label, expiry)) = live {
                rules::permanent_residence(c, &label, expiry.as_ref(), on.as_ref());
            }
        }
        "WettigeVerblijven" => {
            for w in n.all("WettigVerblijf") {
                let reasons: Vec<String> = w
                    .at(&["Redenen"])
                    .into_iter()
                    .flat_map(|r| r.all("Reden"))
                    .filter_map(code_label)
                    .collect();
                let text = reasons.join("; ");
                c.add(
                    Group::Identity,
                    Fact::new(L::LEGAL_RESIDENCE, text.clone())
                        .from(date_attr(w, "DatumBegin"))
                        .until(date_attr(w, "DatumEinde")),
                );
                let reunion = [
                    "gezinshereniging",
                    "regroupement familial",
                    "familienzusammenführung",
                ];
                let lower = crate::case::lower(&text);
                if let Some(g) = w.child("Gezinshereniger") {
                    c.add(
                        Group::Identity,
                        Fact::new(L::REUNIFIER, related(g).unwrap_or_default()).identifying(),
                    );
                    c.observe(ids::RR_FAMILY_REUNIFICATION);
                } else if reunion.iter().any(|r| lower.contains(r)) {
                    c.observe(ids::RR_FAMILY_REUNIFICATION);
                }
            }
        }
        "TypeVluchteling" => {
            let value = code_label(n).unwrap_or_default();
            asylum(c, &value);
            c.add(
                Group::Identity,
                Fact::new(L::REFUGEE_TYPE, value).from(from).until(to),
            );
        }
        "AdministratieveToestanden" => {
            for a in n.all("AdministratieveToestand") {
                let state = code_label_at(a, &["Toestand"]).unwrap_or_default();
                let mut value = state.clone();
                for extra in [
                    code_label_at(a, &["Inrichting"]),
                    a.child("Informatie")
                        .map(crate::ksz::import::xml::text::flatten),
                ]
                .into_iter()
                .flatten()
                {
                    value.push_str(&format!("; {extra}"));
                }
                asylum(c, &state);
                c.add(
                    Group::Identity,
                    Fact::new(L::ADMINISTRATIVE_SITUATION, value)
                        .from(date_attr(a, "DatumBegin"))
                        .until(date_attr(a, "DatumEinde")),
                );
            }
        }
        _ => return false,
    }
    true
}

pub(in crate::ksz::import) fn addresses(c: &mut Collect, n: &Node, options: &Options) {
    for a in &n.children {
        let from = date_attr(a, "DatumBegin");
        let to = date_attr(a, "DatumEinde");
        match a.name.as_str() {
            "Hoofdverblijfplaats" => {
                let (text, town, nis) = address(a);
                c.add(
                    Group::Residence,
                    Fact::new(L::MAIN_ADDRESS, text.clone())
                        .from(from.clone())
                        .until(to.clone())
                        .identifying(),
                );
                c.fact(
                    Group::Residence,
                    L::MUNICIPALITY,
                    desc_code(Some(&town), Some(&nis)).unwrap_or_default(),
                );
                c.period(
                    Lane::Address,
                    from.clone(),
                    to.clone(),
                    format!("{}: {text}", L::MAIN_ADDRESS),
                    town,
                );
                if to.is_none() {
                    c.summary.address = Some(text);
                    rules::municipality(c, &nis, options);
                    let on = c.answered_on.clone();
                    rules::moves(c, std::slice::from_ref(&from), on.as_ref());
                }
                c.status(ids::ADRES, crate::ksz::Status::Found);
                if let Some(r) = a.child("ReferentieAdres") {
                    let (rf, rt) = (
                        date_at(r, &["Begindatum"]).or(from.clone()),
                        date_at(r, &["Einddatum"]),
                    );
                    c.add(
                        Group::Residence,
                        Fact::new(
                            L::REFERENCE_ADDRESS,
                            crate::ksz::import::xml::text::flatten(r),
                        )
                        .from(rf.clone())
                        .until(rt.clone())
                        .identifying(),
                    );
                    c.period(
                        Lane::ReferenceAddress,
                        rf,
                        rt.clone(),
                        L::REFERENCE_ADDRESS,
                        L::PRINT_REFERENCE_ADDRESS,
                    );
                    if rt.is_none() {
                        c.observe(ids::ADRES_REFERENCE_ADDRESS);
                    }
                }
                if let Some(t) = a.child("TijdelijkeAfwezigheid") {
                    let (tf, tt) = (
                        date_attr(t, "DatumBegin").or(date_at(t, &["Begindatum"])),
                        date_attr(t, "DatumEinde").or(date_at(t, &["Einddatum"])),
                    );
                    c.add(
                        Group::Residence,
                        Fact::new(
                            L::TEMPORARY_ABSENCE,
                            crate::ksz::import::xml::text::flatten(t),
                        )
                        .from(tf.clone())
                        .until(tt.clone()),
                    );
                    c.period(
                        Lane::Address,
                        tf,
                        tt.clone(),
                        L::TEMPORARY_ABSENCE,
                        L::TEMPORARY_ABSENCE,
                    );
                    if tt.is_none() {
                        c.observe(ids::ADRES_TEMPORARY_ABSENCE);
                    }
                }
            }
            "TijdelijkeAfwezigheid" => {
                c.add(
                    Group::Residence,
                    Fact::new(
                        L::TEMPORARY_ABSENCE,
                        crate::ksz::import::xml::text::flatten(a),
                    )
                    .from(from.clone())
                    .until(to.clone()),
                );
                if to.is_none() {
                    c.observe(ids::ADRES_TEMPORARY_ABSENCE);
                }
            }
            _ => c.unknown(Group::Residence, &a.name, a),
        }
    }
}

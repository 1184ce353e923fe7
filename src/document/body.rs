//! `word/document.xml`: the referral as an A4 Dutch letter with the parents in a table.

use super::labels::*;
use super::parts::TITLE;
use super::xml::{paragraph, run, table, text};
use crate::date::Date;
use crate::model::{Parent, Referral};

/// The fixed sentence on the purpose of every referral.
pub const PURPOSE: &str = "Het lokaal team van Kind en Gezin leidt dit gezin toe naar het OCMW met het oog op vroegtijdige ondersteuning en om onderbescherming te voorkomen: het gezin krijgt zo snel mogelijk de hulp en de rechten waar het aanspraak op kan maken. Het OCMW neemt contact op met de ouder(s) om samen te bekijken welke ondersteuning mogelijk is.";

/// The professional-secrecy notice.
pub const SECRECY: &str = "Dit document is vertrouwelijk. Afzender en ontvanger zijn gebonden door het beroepsgeheim. Het bevat enkel de naam en de contactgegevens van de ouder(s), zoals de regeling voor gegevensdeling tussen het lokaal team van Kind en Gezin en het OCMW toelaat (goedgekeurd door het Vlaams Parlement op 4 februari 2022). Gebruik deze gegevens enkel voor deze toeleiding en bewaar dit document niet langer dan nodig.";

/// Shown in a table cell when a parent did not give that item.
pub const NOT_GIVEN: &str = "—";

/// Width of the text block on A4 with 2.5 cm margins, in twentieths of a point.
const TEXT_WIDTH: u32 = 9072;

fn consent_sentence(date: Date) -> String {
    format!(
        "De ouder(s) werden vooraf geïnformeerd over welke gegevens gedeeld worden, aan wie, het doel van de toeleiding, wat er met de gegevens gebeurt en wat ze mogen verwachten na de aanmelding bij het OCMW. Zij gaven op {} vrijwillig en uitdrukkelijk hun toestemming om deze gegevens te delen.",
        date.dutch_long()
    )
}

fn labelled(label: &str, value: &str) -> Vec<Vec<String>> {
    vec![vec![label.to_string()], vec![value.to_string()]]
}

fn parent_rows(parents: &[Parent]) -> Vec<Vec<Vec<String>>> {
    let one = |s: &str| vec![s.to_string()];
    let mut header = vec![one(PARENTS_HEADER)];
    header.extend((1..=parents.len()).map(|i| one(&format!("Ouder {i}"))));
    let row = |label: &str, value: &dyn Fn(&Parent) -> Option<String>| {
        let mut r = vec![one(label)];
        r.extend(
            parents
                .iter()
                .map(|p| one(&value(p).unwrap_or_else(|| NOT_GIVEN.to_string()))),
        );
        r
    };
    vec![
        header,
        row(FIRST_NAME, &|p| Some(p.first_name.to_string())),
        row(LAST_NAME, &|p| Some(p.last_name.to_string())),
        row(STREET, &|p| p.address.as_ref().map(|a| a.street_line())),
        row(MUNICIPALITY, &|p| {
            p.address.as_ref().map(|a| a.municipality_line())
        }),
        row(PHONE, &|p| p.phone.as_ref().map(|t| t.display())),
        row(EMAIL, &|p| p.email.as_ref().map(|e| e.to_string())),
    ]
}

/// The complete `word/document.xml`.
pub fn document_xml(referral: &Referral, generated: Date, purpose: &str) -> String {
    let sender = &referral.sender;
    let mut body = String::new();
    body.push_str(&text(Some("Title"), TITLE));
    body.push_str(&text(
        Some("Subtitle"),
        "Gegevensdeling door het lokaal team van Kind en Gezin – vertrouwelijk, beroepsgeheim",
    ));
    body.push_str(&paragraph(
        None,
        &(run(DATE_PREFIX, true) + &run(&generated.dutch_long(), false)),
    ));

    body.push_str(&text(Some("Heading1"), HEADING_FROM));
    let mut from = vec![
        labelled(TEAM, sender.team.as_str()),
        labelled(WORKER, sender.worker_name.as_str()),
    ];
    if let Some(p) = &sender.worker_phone {
        from.push(labelled(PHONE, &p.display()));
    }
    if let Some(e) = &sender.worker_email {
        from.push(labelled(EMAIL, e.as_str()));
    }
    body.push_str(&table(&[2835, TEXT_WIDTH - 2835], &from, false));

    body.push_str(&text(Some("Heading1"), HEADING_TO));
    let to = vec![
        labelled(OCMW, referral.recipient.ocmw_name.as_str()),
        labelled(PROTECTED_EMAIL, referral.recipient.email.as_str()),
    ];
    body.push_str(&table(&[2835, TEXT_WIDTH - 2835], &to, false));

    body.push_str(&text(Some("Heading1"), HEADING_PARENTS));
    let widths: Vec<u32> = if referral.parents.len() == 1 {
        vec![2835, TEXT_WIDTH - 2835]
    } else {
        vec![2268, 3402, 3402]
    };
    body.push_str(&table(&widths, &parent_rows(&referral.parents), true));

    body.push_str(&text(Some("Heading1"), HEADING_CONSENT));
    body.push_str(&text(None, &consent_sentence(referral.consent.date)));

    body.push_str(&text(Some("Heading1"), "Doel van de toeleiding"));
    body.push_str(&text(None, purpose));

    body.push_str(&text(Some("Heading1"), "Beroepsgeheim"));
    body.push_str(&text(None, SECRECY));

    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr></w:body></w:document>"#
    )
}

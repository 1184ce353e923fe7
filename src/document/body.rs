//! `word/document.xml` of the built-in template: an A4 Dutch letter, a table per parent.

use super::labels::*;
use super::parts::TITLE;
use super::xml::{paragraph, run, table, text};

/// The fixed sentence on the purpose of every referral.
pub const PURPOSE: &str = "Het lokaal team van Kind en Gezin leidt dit gezin toe naar het OCMW met het oog op vroegtijdige ondersteuning en om onderbescherming te voorkomen: het gezin krijgt zo snel mogelijk de hulp en de rechten waar het aanspraak op kan maken. Het OCMW neemt contact op met de ouder(s) om samen te bekijken welke ondersteuning mogelijk is.";

/// The professional-secrecy notice.
pub const SECRECY: &str = "Dit document is vertrouwelijk. Afzender en ontvanger zijn gebonden door het beroepsgeheim. Het bevat enkel de naam en de contactgegevens van de ouder(s), zoals de regeling voor gegevensdeling tussen het lokaal team van Kind en Gezin en het OCMW toelaat (goedgekeurd door het Vlaams Parlement op 4 februari 2022). Gebruik deze gegevens enkel voor deze toeleiding en bewaar dit document niet langer dan nodig.";

/// Shown in a table cell when a parent did not give that item.
pub const NOT_GIVEN: &str = "—";

/// Width of the text block on A4 with 2.5 cm margins, in twentieths of a point.
const TEXT_WIDTH: u32 = 9072;

/// The consent sentence, with the consent date's placeholder.
const CONSENT: &str = "De ouder(s) werden vooraf geïnformeerd over welke gegevens gedeeld worden, aan wie, het doel van de toeleiding, wat er met de gegevens gebeurt en wat ze mogen verwachten na de aanmelding bij het OCMW. Zij gaven op {toestemming_datum} vrijwillig en uitdrukkelijk hun toestemming om deze gegevens te delen.";

fn labelled(label: &str, field: &str) -> Vec<Vec<String>> {
    vec![vec![label.to_string()], vec![format!("{{{field}}}")]]
}

/// One parent's table: label and placeholder per row.
fn parent_table(n: u8) -> String {
    let rows = [
        (FIRST_NAME, "voornaam"),
        (LAST_NAME, "achternaam"),
        (ADDRESS, "adres"),
        (PHONE, "telefoon"),
        (EMAIL, "email"),
    ]
    .map(|(label, field)| labelled(label, &format!("ouder{n}_{field}")));
    paragraph(None, &run(&format!("{PARENT} {n}"), true))
        + &table(&[2835, TEXT_WIDTH - 2835], &rows, false)
}

/// The complete `word/document.xml` of the built-in template: the document's text with
/// placeholders (see [`crate::document::template`]); the second parent is a `{#ouder2}` block.
pub fn template_xml() -> String {
    let mut body = String::new();
    body.push_str(&text(Some("Title"), TITLE));
    body.push_str(&text(
        Some("Subtitle"),
        "Gegevensdeling door het lokaal team van Kind en Gezin – vertrouwelijk, beroepsgeheim",
    ));
    body.push_str(&paragraph(
        None,
        &(run(DATE_PREFIX, true) + &run("{datum}", false)),
    ));

    body.push_str(&text(Some("Heading1"), HEADING_FROM));
    let from = [
        labelled(TEAM, "team"),
        labelled(WORKER, "verwijzer_naam"),
        labelled(PHONE, "verwijzer_telefoon"),
        labelled(EMAIL, "verwijzer_email"),
    ];
    body.push_str(&table(&[2835, TEXT_WIDTH - 2835], &from, false));

    body.push_str(&text(Some("Heading1"), HEADING_TO));
    let to = [
        labelled(OCMW, "ocmw_naam"),
        labelled(PROTECTED_EMAIL, "ocmw_email"),
    ];
    body.push_str(&table(&[2835, TEXT_WIDTH - 2835], &to, false));

    body.push_str(&text(Some("Heading1"), HEADING_PARENTS));
    body.push_str(&parent_table(1));
    body.push_str(&text(None, "{#ouder2}"));
    body.push_str(&parent_table(2));
    body.push_str(&text(None, "{/ouder2}"));

    body.push_str(&text(Some("Heading1"), HEADING_CONSENT));
    body.push_str(&text(None, CONSENT));

    body.push_str(&text(Some("Heading1"), "Doel van de toeleiding"));
    body.push_str(&text(None, "{doel}"));

    body.push_str(&text(Some("Heading1"), "Beroepsgeheim"));
    body.push_str(&text(None, SECRECY));

    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr></w:body></w:document>"#
    )
}

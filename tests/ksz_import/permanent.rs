//! Permanent residence from the card the register shows (issue 18, item 7): a current E+ (EU+,
//! F+, K, L …) card gives `rr.permanent-residence`; an E card, an ended or an expired E+ card,
//! a card of an unknown kind or only a code without a label do not. Small synthetic answers of
//! our own: the TX25 fixture `tx25_v2_fr.xml` (a French "Carte E", answer of 2024-03-04) with
//! its card changed, and a minimal MAGDA GeefPersoon.

use super::*;

const PERMANENT: &str = "rr.permanent-residence";
const TX25: &str = "tx25_v2_fr.xml";
const TX25_CARD: &str = "<r:Code>0015</r:Code><r:Label>Carte E</r:Label>";
/// The card's start date in the fixture, after which an end date (`DelDate`) can go.
const TX25_START: &str = "<r:Day>15</r:Day></r:Date><r:TypeOfCard>";

/// The TX25 fixture with its card's type replaced by `code` and `label`, and `extra` written
/// after the card's start date (an end date, for instance).
fn tx25_card(code: &str, label: &str, extra: &str) -> Answer {
    let text = std::fs::read_to_string(fixtures().join(TX25)).unwrap();
    assert!(text.contains(TX25_CARD) && text.contains(TX25_START));
    let text = text
        .replace(
            TX25_CARD,
            &format!("<r:Code>{code}</r:Code><r:Label>{label}</r:Label>"),
        )
        .replace(
            TX25_START,
            &format!("<r:Day>15</r:Day></r:Date>{extra}<r:TypeOfCard>"),
        );
    read("tx25_card.xml", text.as_bytes()).unwrap()
}

/// A minimal GeefPersoon answer of 2026-11-30 about an EU citizen (French) with these
/// `Identiteitsbewijs` elements.
fn persoon(cards: &str) -> Answer {
    let xml = format!(
        r#"<web:GeefPersoonResponse xmlns:web="urn:m"><Repliek><Context><Naam>GeefPersoon</Naam><Versie>02.02.0000</Versie><Bericht><Type>ANTWOORD</Type><Tijdstip><Datum>2026-11-30</Datum></Tijdstip></Bericht></Context><Antwoorden><Antwoord><Inhoud><Persoon><INSZ>90650412345</INSZ><Register DatumBegin="2015-04-01"><Code>2</Code><Omschrijving>B.R.</Omschrijving></Register><Nationaliteiten><Nationaliteit DatumBegin="1990-05-04"><Code>111</Code><Omschrijving>Frankrijk</Omschrijving></Nationaliteit></Nationaliteiten><Identiteitsbewijzen>{cards}</Identiteitsbewijzen></Persoon></Inhoud></Antwoord></Antwoorden></Repliek></web:GeefPersoonResponse>"#
    );
    read("persoon.xml", xml.as_bytes()).unwrap()
}

fn card(begin: &str, end: Option<&str>, code: &str, label: &str, expiry: &str) -> String {
    let end = end
        .map(|e| format!(r#" DatumEinde="{e}""#))
        .unwrap_or_default();
    format!(
        r#"<Identiteitsbewijs DatumBegin="{begin}"{end}><Type><Code>{code}</Code><Omschrijving>{label}</Omschrijving></Type><Nummer>B98765432</Nummer><Vervalgegevens><Vervaldatum>{expiry}</Vervaldatum></Vervalgegevens></Identiteitsbewijs>"#
    )
}

#[test]
fn a_current_e_plus_card_in_the_tx25_is_permanent_residence() {
    for label in [
        "Carte E+",
        "Carte UE+",
        "Carte F+",
        "E+",
        "EU+ Kaart",
        "Karte L",
    ] {
        let a = tx25_card("0016", label, "");
        assert!(a.observes(PERMANENT), "{label}");
        assert!(a.observes("rr.card-type-shown"), "{label}");
        assert!(a.observes("rr.eu-citizen"), "{label}");
    }
}

#[test]
fn an_e_card_or_a_card_of_another_kind_in_the_tx25_is_not() {
    let e = fixture(TX25);
    assert!(e.observes("rr.card-type-shown"));
    assert!(!e.observes(PERMANENT));
    // Kinds that are not a permanent residence, and a label that is not a card letter at all.
    for (code, label) in [
        ("0015", "Carte UE"),
        ("0012", "Carte B"),
        ("0011", "Carte A"),
        ("0017", "F Kaart"),
        ("0000", "P.A."),
        ("0016", "Annexe 22 (demande de séjour permanent)"),
    ] {
        assert!(!tx25_card(code, label, "").observes(PERMANENT), "{label}");
    }
    // A code without a label is not read: the codes of the register are not all known.
    assert!(!tx25_card("0016", "", "").observes(PERMANENT));
}

#[test]
fn an_ended_or_expired_e_plus_card_in_the_tx25_is_not() {
    // Ended (DelDate) before the answer of 2024-03-04.
    let ended = tx25_card(
        "0016",
        "Carte E+",
        "<r:DelDate><r:Century>20</r:Century><r:Year>23</r:Year><r:Month>01</r:Month><r:Day>10</r:Day></r:DelDate>",
    );
    assert!(ended.observes("rr.card-type-shown"));
    assert!(!ended.observes(PERMANENT));
    // Ending after the answer: still current.
    let later = tx25_card(
        "0016",
        "Carte E+",
        "<r:DelDate><r:Century>20</r:Century><r:Year>25</r:Year><r:Month>01</r:Month><r:Day>10</r:Day></r:DelDate>",
    );
    assert!(later.observes(PERMANENT));
    // Expired before the answer: the renewal is asked for, no permanent residence is read.
    let text = std::fs::read_to_string(fixtures().join(TX25))
        .unwrap()
        .replace(
            TX25_CARD,
            "<r:Code>0016</r:Code><r:Label>Carte E+</r:Label>",
        )
        .replace(
            "<r:ExpiryDate><r:Century>20</r:Century><r:Year>24</r:Year>",
            "<r:ExpiryDate><r:Century>20</r:Century><r:Year>23</r:Year>",
        );
    let expired = read("expired.xml", text.as_bytes()).unwrap();
    assert!(expired.observes("rr.card-expired"));
    assert!(!expired.observes(PERMANENT));
}

#[test]
fn a_current_e_plus_card_in_magda_is_permanent_residence() {
    let a = persoon(&card("2021-06-01", None, "0016", "E+ Kaart", "2031-06-01"));
    assert!(a.observes("rr.card-type-shown"));
    assert!(a.observes("rr.eu-citizen"));
    assert!(a.observes(PERMANENT));
    // The latest current card decides: an E card replaced by an EU+ card.
    let two = persoon(&format!(
        "{}{}",
        card(
            "2015-04-01",
            Some("2021-06-01"),
            "0015",
            "E Kaart",
            "2020-04-01"
        ),
        card("2021-06-01", None, "0016", "EU+ Kaart", "2031-06-01")
    ));
    assert!(two.observes(PERMANENT));
}

#[test]
fn an_e_card_or_an_ended_e_plus_card_in_magda_is_not() {
    let e = persoon(&card("2024-06-01", None, "0015", "E Kaart", "2029-06-01"));
    assert!(e.observes("rr.card-type-shown"));
    assert!(!e.observes(PERMANENT));
    let ended = persoon(&card(
        "2018-06-01",
        Some("2023-06-01"),
        "0016",
        "E+ Kaart",
        "2028-06-01",
    ));
    assert!(!ended.observes(PERMANENT));
    // An ended E+ card followed by a current E card: the E card is what holds now.
    let back = persoon(&format!(
        "{}{}",
        card(
            "2018-06-01",
            Some("2023-06-01"),
            "0016",
            "E+ Kaart",
            "2028-06-01"
        ),
        card("2023-06-01", None, "0015", "EU Kaart", "2028-06-01")
    ));
    assert!(!back.observes(PERMANENT));
    // Expired before the answer.
    let expired = persoon(&card("2016-06-01", None, "0016", "E+ Kaart", "2021-06-01"));
    assert!(expired.observes("rr.card-expired"));
    assert!(!expired.observes(PERMANENT));
}

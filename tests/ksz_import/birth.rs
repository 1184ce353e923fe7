//! A child born these last months is read as a birth, apart from "someone came or left"
//! (issue 18, item 5): from the household's birth dates on the answer's date, never from a
//! national number.

use super::*;

/// The fixture household (the client alone, answered on 2026-11-30) with one child born on
/// `born` added as a member since that day.
fn with_child(born: &str) -> Answer {
    let text = std::fs::read_to_string(fixtures().join("magda_gezin_0200_alone.xml")).unwrap();
    let child = format!(
        r#"<Gezinslid>
              <Bron><Code Beschrijving="Rijksregister">RR</Code></Bron>
              <Positie><Code>03</Code><Omschrijving Oorsprong="KSZ" TaalCode="nl">kind</Omschrijving></Positie>
              <Persoon>
                <INSZ>26000000000</INSZ>
                <Naam DatumBegin="{born}"><Voornamen><Voornaam>Kind</Voornaam></Voornamen></Naam>
                <Geboorte><Datum>{born}</Datum></Geboorte>
                <Adressen><Hoofdverblijfplaats DatumBegin="{born}"><Huisnummer>7</Huisnummer></Hoofdverblijfplaats></Adressen>
              </Persoon>
            </Gezinslid>
          </Gezinsleden>"#
    );
    let text = text.replacen("</Gezinsleden>", &child, 1);
    toeleiding::ksz::import::read("gezin.xml", text.as_bytes()).unwrap()
}

#[test]
fn a_child_born_two_months_before_the_answer_is_a_birth() {
    let a = with_child("2026-09-20");
    assert!(a.observes("gezin.birth"), "{:?}", a.finding("gezin"));
}

#[test]
fn a_child_born_years_ago_or_after_the_answer_is_no_birth() {
    for born in ["2020-09-20", "2027-01-10"] {
        let a = with_child(born);
        assert!(
            a.observes("gezin.recent-change") || a.finding("gezin").is_some(),
            "{born}"
        );
        assert!(!a.observes("gezin.birth"), "{born}");
    }
    // The client's own birth date never counts (alone in the household).
    let alone = fixture("magda_gezin_0200_alone.xml");
    assert!(!alone.observes("gezin.birth"));
}

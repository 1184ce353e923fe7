//! Several answers into one record: origins, disagreements, the answers' own dates (never one
//! derived from a national number) and the OCMW's own municipality.

use super::*;

#[test]
fn combine_one_persona_keeps_origins_and_the_address_disagreement() {
    let Some(dir) = samples() else { return };
    let answers = vec![
        load(&dir.join(format!("{PERSOON}/67722499797.xml"))),
        load(&dir.join("magda-mock/Persoon/GeefGezinssamenstelling-02.02/67722499797.xml")),
        load(&dir.join("magda-mock/SocZek/GeefLeefloonbedragen-02.00/67722499797.xml")),
    ];
    let combined = combine(&answers);
    let r = &combined.record;
    assert_eq!(r.status("rr"), Some(Status::Found));
    assert_eq!(r.status("ocmw"), Some(Status::Found));
    let origin = |id: &str| {
        r.observations()
            .find(|(o, _)| *o == id)
            .map(|(_, origin)| origin.clone())
    };
    let service = |id: &str| match origin(id) {
        Some(Origin::Imported {
            service,
            file,
            answered_on,
        }) => {
            assert_eq!(file, "67722499797.xml");
            assert!(answered_on.is_some());
            service
        }
        other => panic!("{id}: {other:?}"),
    };
    assert_eq!(service("rr.belgian"), "GeefPersoon 02.02");
    assert_eq!(service("gezin.with-partner"), "GeefPersoon 02.02");
    // The household answer is read for the client the GeefPersoon names.
    assert_eq!(
        service("gezin.with-others"),
        "GeefGezinssamenstelling 02.02"
    );
    assert_eq!(
        service("ocmw.leefloon-elsewhere-current"),
        "GeefLeefloonbedragen 02.00"
    );
    assert!(
        r.problems().is_empty()
            || r.problems()
                .iter()
                .all(|p| !matches!(p, toeleiding::ksz::RecordProblem::Empty))
    );
    assert_eq!(r.consulted_on, "2023-12-10");
    let address = combined
        .disagreements
        .iter()
        .find(|d| d.about == L::ADDRESS)
        .unwrap();
    assert_eq!(address.values.len(), 2);
    assert_eq!(
        address.values[0],
        (
            "GeefPersoon 02.02".to_string(),
            "Hoogstraat 63 bus A, 9000 Gent".to_string()
        )
    );
    assert_eq!(address.values[1].0, "GeefGezinssamenstelling 02.02");
    assert!(address.values[1].1.contains("Kortenberg"));
    // The worksheet can be made from the combined record.
    let sheet = toeleiding::ksz::worksheet(r);
    assert!(sheet.conditions.iter().any(|c| !c.is_empty()));
}

#[test]
fn combine_found_beats_nothing_found_whatever_the_order() {
    // Both answers about the same person (the no-data fixture asked about another one).
    let bytes = std::fs::read(fixtures().join("tx25_no_data.xml")).unwrap();
    let same = String::from_utf8(bytes)
        .unwrap()
        .replace("91010112345", "90650412345");
    let none = read("tx25_no_data.xml", same.as_bytes()).unwrap();
    let found = fixture("tx25_v2_fr.xml");
    for answers in [
        vec![none.clone(), found.clone()],
        vec![found.clone(), none.clone()],
    ] {
        let c = combine(&answers);
        assert_eq!(c.record.status("rr"), Some(Status::Found));
        assert!(c.record.observed("rr.eu-citizen"));
    }
    let only = combine(&[none]);
    assert_eq!(only.record.status("rr"), Some(Status::NothingFound));
    assert!(only.disagreements.is_empty());
    assert!(combine(&[]).record.recorded().is_empty());
}

#[test]
fn dates_are_the_answers_own_and_never_from_a_national_number() {
    // An INSZ that would make a minor, without a birth date: no age finding.
    let xml = r#"<w:GeefPersoonResponse xmlns:w="urn:m"><Repliek><Context><Naam>GeefPersoon</Naam><Versie>02.02.0000</Versie>
      <Bericht><Tijdstip><Datum>2024-01-01</Datum></Tijdstip></Bericht></Context><Antwoorden><Antwoord><Inhoud>
      <Persoon><INSZ>20010112345</INSZ></Persoon></Inhoud></Antwoord></Antwoorden></Repliek></w:GeefPersoonResponse>"#;
    let a = read("p.xml", xml.as_bytes()).unwrap();
    assert!(!a.observes("rr.minor") && !a.observes("rr.pension-age"));
    assert!(facts(&a, L::BIRTH_DATE).is_empty());

    // Dimona: exits relative to the answer's date (never the clock), short contracts.
    let dimona = |on: &str, contracts: &[(&str, &str)]| {
        let body: String = contracts
            .iter()
            .map(|(b, e)| format!("<Contract><Relatie><Werkgever><Ondernemingsnummer>0400000001</Ondernemingsnummer></Werkgever></Relatie><Aangifte><PeriodeTijdstip><Begin><Datum>{b}</Datum></Begin><Einde><Datum>{e}</Datum></Einde></PeriodeTijdstip><AardWerknemer>OTH</AardWerknemer><Geannuleerd>0</Geannuleerd></Aangifte></Contract>"))
            .collect();
        let xml = format!("<w:GeefWerkrelatiesResponse xmlns:w=\"urn:m\"><Repliek><Context><Naam>GeefWerkrelaties</Naam><Versie>02.00.0000</Versie><Bericht><Tijdstip><Datum>{on}</Datum></Tijdstip></Bericht></Context><Antwoorden><Antwoord><Inhoud><Contracten>{body}</Contracten></Inhoud></Antwoord></Antwoorden></Repliek></w:GeefWerkrelatiesResponse>");
        read("d.xml", xml.as_bytes()).unwrap()
    };
    let recent = dimona("2010-06-15", &[("2010-01-01", "2010-05-20")]);
    assert!(recent.observes("dimona.exit-recent") && !recent.observes("dimona.exit-old"));
    let old = dimona("2011-06-15", &[("2010-01-01", "2010-05-20")]);
    assert!(old.observes("dimona.exit-old") && !old.observes("dimona.exit-recent"));
    let series = dimona(
        "2020-12-31",
        &[
            ("2020-02-01", "2020-02-14"),
            ("2020-05-04", "2020-05-22"),
            ("2020-09-01", "2020-09-30"),
        ],
    );
    assert!(series.observes("dimona.short-contracts"));
    assert!(series.events.iter().all(|e| e.print_label == L::PRINT_WORK));
}

#[test]
fn own_municipality_gives_other_municipality() {
    let bytes = std::fs::read(fixtures().join("magda_unknown_element.xml")).unwrap();
    let elsewhere = Options {
        own_nis_codes: vec!["44021".into()],
        ..Options::default()
    };
    assert!(read_with("x.xml", &bytes, &elsewhere)
        .unwrap()
        .observes("adres.other-municipality"));
    let here = Options {
        own_nis_codes: vec!["12025".into()],
        ..Options::default()
    };
    assert!(!read_with("x.xml", &bytes, &here)
        .unwrap()
        .observes("adres.other-municipality"));
    assert!(!read("x.xml", &bytes)
        .unwrap()
        .observes("adres.other-municipality"));
}

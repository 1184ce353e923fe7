//! Readers that lose nothing silently (issue 17, item 4): the 02.00 household wrapper, unknown
//! data as a readable tree with its attributes, merging only what is identical and comes from
//! the same element, IdentifyPerson's address abroad.

use super::*;

const GEZIN_0200: &str = "magda-mock/Persoon/GeefGezinssamenstelling-02.00";

/// How many elements named `name` the file holds (as text: independent of the reader).
fn elements(path: &Path, name: &str) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    text.matches(&format!("<{name}>")).count() + text.matches(&format!("<{name} ")).count()
}

#[test]
fn household_02_00_gives_its_members_as_02_02_does() {
    let Some(dir) = samples() else {
        return;
    };
    let files = xml_files(&dir.join(GEZIN_0200));
    assert!(!files.is_empty());
    for path in files {
        let n = elements(&path, "Gezinslid");
        let a = load(&path);
        let members = facts(&a, L::MEMBER);
        println!(
            "{}: {n} Gezinslid, {} member facts, household {:?}",
            path.file_name().unwrap().to_string_lossy(),
            members.len(),
            a.summary
                .household
                .iter()
                .map(|m| m.position.as_str())
                .collect::<Vec<_>>()
        );
        assert_eq!(members.len(), n, "{}", path.display());
        assert!(members.iter().all(|f| !f.unknown && !f.value.is_empty()));
        assert!(
            !a.all_facts().any(|f| f.unknown && f.label == "Persoon"),
            "{}",
            path.display()
        );
        assert_eq!(a.summary.household.len(), n);
        assert!(a
            .summary
            .household
            .iter()
            .all(|m| m.insz.len() == 11 && m.position.len() == 2));
        assert_eq!(status(&a, "gezin"), Some(Status::Found));
        // The member's own data is read, not left as one blob.
        assert!(facts(&a, L::NATIONALITY).iter().all(|f| f.from.is_some()));
        assert!(!facts(&a, L::CIVIL_STATE).is_empty());
    }
}

/// The one member of `magda_gezin_0200_alone.xml` as GeefGezinssamenstelling 02.02 writes it.
const ALONE_0202: &str = r#"<web:GeefGezinssamenstellingResponse xmlns:web="http://magda.vlaanderen.be/persoon/soap/geefgezinssamenstelling/v02_02"><Repliek><Context><Naam>GeefGezinssamenstelling</Naam><Versie>02.02.0000</Versie><Bericht><Type>ANTWOORD</Type><Tijdstip><Datum>2026-11-30</Datum></Tijdstip></Bericht></Context><Antwoorden><Antwoord><Inhoud><Gezinsleden><Gezinslid><INSZ>80611512345</INSZ><Naam><Achternamen><Achternaam>Testpersoon</Achternaam></Achternamen><Voornamen><Voornaam>Fien</Voornaam></Voornamen></Naam><Geslacht><Code>2</Code><Omschrijving>Vrouwelijk</Omschrijving></Geslacht><Geboortedatum>1980-11-15</Geboortedatum><Positie><Code>01</Code><Omschrijving Taal="nl">gezinshoofd</Omschrijving></Positie><Bron><Code>RR</Code><Omschrijving Taal="nl">Rijksregister</Omschrijving></Bron></Gezinslid></Gezinsleden></Inhoud></Antwoord></Antwoorden></Repliek></web:GeefGezinssamenstellingResponse>"#;

#[test]
fn a_household_of_one_in_02_00_is_alone_as_in_02_02() {
    let old = fixture("magda_gezin_0200_alone.xml");
    let new = read("alone.xml", ALONE_0202.as_bytes()).unwrap();
    println!(
        "02.00 findings {:?}; 02.02 findings {:?}",
        old.findings, new.findings
    );
    assert!(old.observes("gezin.alone"));
    assert_eq!(old.findings, new.findings);
    assert_eq!(old.summary.subject.as_deref(), Some("80611512345"));
    assert_eq!(old.summary.subject, new.summary.subject);
    assert_eq!(old.summary.household, new.summary.household);
    assert_eq!(facts(&old, L::SEX)[0].value, "Vrouwelijk (2)");
    assert_eq!(facts(&old, L::SEX)[0].value, facts(&new, L::SEX)[0].value);
    assert_eq!(facts(&old, L::MEMBER)[0].value, "gezinshoofd (01)");
    assert_eq!(
        facts(&old, L::SOURCE)[0].value,
        facts(&new, L::SOURCE)[0].value
    );
    assert!(old.all_facts().all(|f| !f.unknown), "{:?}", old.sections);
}

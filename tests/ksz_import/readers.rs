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

/// (label, value, from, to) of each unknown fact.
fn unknown_rows(a: &Answer) -> Vec<(String, String, Option<String>, Option<String>)> {
    a.all_facts()
        .filter(|f| f.unknown)
        .map(|f| {
            (
                f.label.clone(),
                f.value.clone(),
                f.from.as_ref().map(|d| d.raw.clone()),
                f.to.as_ref().map(|d| d.raw.clone()),
            )
        })
        .collect()
}

#[test]
fn unknown_data_is_a_tree_with_its_attributes_codes_and_periods() {
    let a = fixture("magda_unknown_tree.xml");
    let rows = unknown_rows(&a);
    for r in &rows {
        println!("{r:?}");
    }
    let row = |label: &str, value: &str, from: Option<&str>, to: Option<&str>| {
        (
            label.to_string(),
            value.to_string(),
            from.map(str::to_string),
            to.map(str::to_string),
        )
    };
    assert_eq!(
        rows,
        vec![
            // The element's own dates are its period; its other attribute is a fact.
            row("Uitkering", "", Some("2020-01-01"), Some("2021-06-30")),
            row("Uitkering › @Soort", "maandelijks", None, None),
            // Two elements, two facts, even with the same text.
            row("Uitkering › Bedrag", "842.12", None, None),
            row("Uitkering › Bedrag", "842.12", None, None),
            // A code with its description, and its sibling amount kept.
            row("Uitkering › Aard", "Inkomensgarantie (12)", None, None),
            row(
                "Uitkering › Aard › Omschrijving › @TaalCode",
                "nl",
                None,
                None
            ),
            row("Uitkering › Aard › Bedrag", "5.00", None, None),
            // Begin and end written as children.
            row(
                "Uitkering › Periode",
                "",
                Some("2019-01-01"),
                Some("2019-12-31")
            ),
            row("Uitkering › Uitbetaler", "Rijksdienst (RD)", None, None),
        ]
    );
    assert!(a.all_facts().filter(|f| f.unknown).all(|f| f.identifying));
}

/// A GeefPersoon answer whose `Persoon` holds `inner` after its INSZ.
fn persoon_with(inner: &str) -> String {
    format!(
        r#"<web:GeefPersoonResponse xmlns:web="http://magda.vlaanderen.be/persoon/soap/geefpersoon/v02_02"><Repliek><Context><Naam>GeefPersoon</Naam><Versie>02.02.0000</Versie></Context><Antwoorden><Antwoord><Inhoud><Persoon><INSZ>80611512345</INSZ>{inner}</Persoon></Inhoud></Antwoord></Antwoorden></Repliek></web:GeefPersoonResponse>"#
    )
}

#[test]
fn unknown_data_stays_bounded() {
    // As deep as the reader accepts: every level is a step of the path, the leaf is kept.
    let deep = persoon_with(&format!("{}x{}", "<Diep>".repeat(50), "</Diep>".repeat(50)));
    let a = read("deep.xml", deep.as_bytes()).unwrap();
    let rows = unknown_rows(&a);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0.matches("Diep").count(), 50);
    assert_eq!(rows[0].1, "x");
    // Very wide: at most the facts an answer shows, the rest summed up in one note.
    let wide = persoon_with(&format!(
        "<Breed>{}</Breed>",
        "<Rij a=\"1\">v</Rij>".repeat(6_000)
    ));
    let a = read("wide.xml", wide.as_bytes()).unwrap();
    let count = a.all_facts().count();
    println!("wide: {count} facts shown");
    assert!(count <= 5_001, "{count}");
    assert!(facts(&a, L::NOTE)
        .iter()
        .any(|f| f.value.contains(L::MORE_NOT_SHOWN)));
}

/// How many `Recht` the file lists in its `Ongestructureerd` parts (the `Gestructureerd` part
/// repeats the same rights in another form).
fn rights_in(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    text.split("<Ongestructureerd>")
        .skip(1)
        .map(|part| {
            let part = part.split("</Ongestructureerd>").next().unwrap_or_default();
            part.matches("<Recht>").count() + part.matches("<Recht ").count()
        })
        .sum()
}

#[test]
fn equal_facts_of_different_elements_are_all_shown() {
    let Some(dir) = samples() else {
        return;
    };
    // Every property right is a fact, also when several read the same ("Volle eigendom; 1/1").
    let kadaster = xml_files(&dir.join("magda-mock/Kadaster"));
    assert!(!kadaster.is_empty());
    for path in kadaster {
        let a = load(&path);
        let (shown, written) = (facts(&a, L::RIGHT).len(), rights_in(&path));
        println!(
            "{}: {written} rights in the file, {shown} right facts",
            path.file_name().unwrap().to_string_lossy()
        );
        assert_eq!(shown, written, "{}", path.display());
        assert_eq!(
            facts(&a, L::PARCEL).len(),
            elements(&path, "Eigendomstoestand")
        );
    }
    // Three daughters are three members with their own sex, each household member its source.
    for folder in [
        GEZIN_0200,
        "magda-mock/Persoon/GeefGezinssamenstelling-02.02",
    ] {
        for path in xml_files(&dir.join(folder)) {
            let a = load(&path);
            println!(
                "{}: {} Geslacht, {} sex facts; {} Bron, {} source facts",
                path.file_name().unwrap().to_string_lossy(),
                elements(&path, "Geslacht"),
                facts(&a, L::SEX).len(),
                elements(&path, "Bron"),
                facts(&a, L::SOURCE).len()
            );
            assert_eq!(facts(&a, L::SEX).len(), elements(&path, "Geslacht"));
            assert_eq!(facts(&a, L::SOURCE).len(), elements(&path, "Bron"));
        }
    }
}

#[test]
fn identify_person_shows_an_address_abroad_with_its_country() {
    let a = fixture("ssdn_identify_abroad.xml");
    let abroad = facts(&a, L::ADDRESS_ABROAD);
    println!(
        "{:?}",
        a.facts(Group::Residence)
            .iter()
            .map(|f| (&f.label, &f.value))
            .collect::<Vec<_>>()
    );
    assert_eq!(abroad.len(), 1);
    assert_eq!(abroad[0].value, "Voorbeeldweg 12, 1234 AB Voorbeeldstad");
    assert!(abroad[0].identifying);
    assert_eq!(facts(&a, L::COUNTRY)[0].value, "129");
    assert_eq!(facts(&a, L::DIPLOMATIC_POST)[0].value, "1402");
    assert!(facts(&a, L::MAIN_ADDRESS).is_empty());
    assert!(a.observes("adres.abroad"));
    assert!(a.all_facts().all(|f| !f.unknown));
    // An address in Belgium stays what it was.
    if let Some(be) = sample("lino-welfare/identifyperson/demo_ipr_4.xml") {
        assert!(facts(&be, L::ADDRESS_ABROAD).is_empty());
        assert_eq!(facts(&be, L::MAIN_ADDRESS).len(), 1);
        assert!(!be.observes("adres.abroad"));
    }
}

/// The text without any `Type="…"` attribute.
fn without_types(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(" Type=\"") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 7..];
        rest = &after[after.find('"').map_or(after.len(), |e| e + 1)..];
    }
    out.push_str(rest);
    out
}

#[test]
fn a_tx25_answer_without_type_reads_its_groups_by_name() {
    let Some(dir) = samples() else {
        return;
    };
    for path in xml_files(&dir.join("lino-welfare/tx25")) {
        let text = std::fs::read_to_string(&path).unwrap();
        let bare = without_types(&text);
        assert!(!bare.contains(" Type=\""));
        let with = load(&path);
        let without = read("bare.xml", bare.as_bytes()).unwrap();
        println!(
            "{}: {} facts, {} findings with Type; {} facts, {} findings without",
            path.file_name().unwrap().to_string_lossy(),
            with.all_facts().count(),
            with.findings.len(),
            without.all_facts().count(),
            without.findings.len()
        );
        assert!(!without.findings.is_empty());
        assert_eq!(without.findings, with.findings, "{}", path.display());
        assert_eq!(without.sections, with.sections, "{}", path.display());
        assert_eq!(without.events, with.events, "{}", path.display());
    }
}

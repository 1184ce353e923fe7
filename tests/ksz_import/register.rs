//! The register answers: TX25 (v1, v2, nl/fr/de) and MAGDA GeefPersoon samples, and that every
//! sample and fixture parses with observations the knowledge knows.

use super::*;

#[test]
fn every_sample_and_fixture_parses_with_known_observations() {
    let mut files = xml_files(&fixtures());
    let fixtures_count = files.len();
    if let Some(dir) = samples() {
        files.extend(xml_files(&dir));
    }
    println!(
        "read {} answers ({} samples, {} fixtures)",
        files.len(),
        files.len() - fixtures_count,
        fixtures_count
    );
    assert!(fixtures_count >= 13);
    for path in &files {
        let a = load(path);
        assert!(!a.service.is_empty(), "{}", path.display());
        assert!(a.sections.iter().all(|s| !s.facts.is_empty()));
        for f in &a.findings {
            assert!(
                KNOWLEDGE.flow(f.flow).is_some(),
                "{}: {}",
                path.display(),
                f.flow
            );
            for id in &f.observations {
                let (flow, _) = KNOWLEDGE.observation(id).expect(id);
                assert_eq!(flow.id, f.flow);
            }
            assert!(f.observations.is_empty() || f.status == Status::Found);
        }
        assert_eq!(
            a.untested,
            matches!(
                a.kind,
                Kind::Unemployment | Kind::HealthCare | Kind::JobSeeker
            )
        );
        for e in &a.events {
            assert_eq!(e.source, a.service);
            assert!(e.from.is_some() || e.to.is_some());
        }
    }
}

#[test]
fn the_importer_names_flows_and_observations_only_by_typed_constants() {
    // A misspelt `ids::` constant does not compile; an id written as a string would escape that
    // check, so none may be left in the readers (their unit tests aside).
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ksz/import");
    let flows: Vec<&str> = KNOWLEDGE.flows.iter().map(|f| f.id).collect();
    let mut files = 0;
    let mut stack = vec![dir];
    let mut paths = Vec::new();
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                paths.push(p);
            }
        }
    }
    for path in paths {
        let text = std::fs::read_to_string(path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        files += 1;
        for literal in code.split('"').skip(1).step_by(2) {
            if let Some((flow, rest)) = literal.split_once('.') {
                let shaped =
                    !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
                assert!(
                    !(flows.contains(&flow) && shaped),
                    "{literal:?} written as a string: use ids::"
                );
            }
        }
    }
    assert!(files > 30, "{files}");
}

#[test]
fn wachtregister_persoon_gives_the_register_and_asylum() {
    let Some(a) = sample(&format!("{PERSOON}/79652599875.xml")) else {
        return;
    };
    assert_eq!(
        a.kind,
        Kind::Magda {
            service: "GeefPersoon".into(),
            version: "02.02.0000".into(),
            known: true
        }
    );
    assert_eq!(a.service, "GeefPersoon 02.02");
    assert_eq!(facts(&a, L::REGISTER)[0].value, "Wachtregister (5)");
    assert!(a.observes("rr.register-waiting"));
    assert!(a.observes("wachtregister.asylum-pending"));
    assert!(a.observes("rr.non-eu"));
    assert_eq!(
        facts(&a, L::REFUGEE_TYPE)[0].value,
        "Kandidaat vluchteling (1)"
    );
    assert!(facts(&a, L::ADMINISTRATIVE_SITUATION)[0]
        .value
        .starts_with("Asielaanvraag ingediend (01)"));
    assert_eq!(a.answered_on.as_ref().unwrap().raw, "2017-06-01");
}

#[test]
fn f_card_persoon_gives_the_card_and_family_reunification() {
    let Some(a) = sample(&format!("{PERSOON}/73680599786.xml")) else {
        return;
    };
    assert_eq!(facts(&a, L::IDENTITY_DOCUMENT)[0].value, "F Kaart (0017)");
    let residence = &facts(&a, L::LEGAL_RESIDENCE)[0].value;
    assert!(
        residence.contains("Gezinshereniging met een Europeaan"),
        "{residence}"
    );
    assert!(residence.contains("(010200)"));
    for id in [
        "rr.card-type-shown",
        "rr.family-reunification",
        "rr.register-foreigners",
        "rr.non-eu",
    ] {
        assert!(a.observes(id), "{id}");
    }
    assert!(facts(&a, L::REUNIFIER)[0].identifying);
    // The client is not the reference person: only that relation is read.
    assert!(a.observes("gezin.with-others"));
}

#[test]
fn reference_address_persoon() {
    let Some(a) = sample(&format!("{PERSOON}/75721232239.xml")) else {
        return;
    };
    assert!(a.observes("adres.reference-address"));
    assert!(a.observes("rr.register-population"));
    assert!(a.observes("gezin.with-partner"));
    assert!(a
        .events
        .iter()
        .any(|e| e.lane == Lane::ReferenceAddress && e.to.is_none()));
}

#[test]
fn tx25_removal_is_shown_with_its_german_label() {
    let Some(a) = sample("lino-welfare/tx25/tx25_1358.xml") else {
        return;
    };
    assert_eq!(a.kind, Kind::Tx25 { version: 1 });
    assert_eq!(a.language.as_deref(), Some("de"));
    let removed = facts(&a, L::REMOVED);
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0].value, "Streichung von Amtswegen (99991)");
    assert_eq!(removed[0].from.as_ref().unwrap().raw, "2015-03-31");
    assert!(a.observes("adres.removed-ex-officio"));
    assert!(a.observes("adres.reference-address"));
    assert!(a.observes("adres.frequent-moves"));
    assert!(a.observes("rr.legal-protection"));
    assert!(a.observes("gezin.alone"));
    let mark = a.events.iter().find(|e| e.mark).unwrap();
    assert_eq!(
        (mark.lane, mark.print_label.as_str()),
        (Lane::Address, L::PRINT_REMOVED)
    );
    // Nine addresses, each until the next; the last one open; printed as the municipality.
    let addresses: Vec<_> = a
        .events
        .iter()
        .filter(|e| e.lane == Lane::Address && !e.mark)
        .collect();
    assert_eq!(addresses.len(), 9);
    assert_eq!(addresses.iter().filter(|e| e.to.is_none()).count(), 1);
    assert!(addresses
        .iter()
        .all(|e| e.print_label == "Sankt Vith" || e.print_label == "Lommersweiler"));
    // Every IT group of the sample is known: nothing unknown.
    assert!(
        a.all_facts().all(|f| !f.unknown),
        "{:?}",
        a.all_facts().filter(|f| f.unknown).collect::<Vec<_>>()
    );
}

#[test]
fn tx25_v1_samples_and_the_v2_french_fixture() {
    let fr = fixture("tx25_v2_fr.xml");
    assert_eq!(fr.kind, Kind::Tx25 { version: 2 });
    assert_eq!(fr.service, "RetrieveTIGroups (TX25) v2");
    assert_eq!(fr.language.as_deref(), Some("fr"));
    assert_eq!(facts(&fr, L::NATIONALITY)[0].value, "Français(e) (111)");
    assert_eq!(facts(&fr, L::CIVIL_STATE)[0].value, "Marié(e) (20)");
    for id in [
        "rr.eu-citizen",
        "rr.married-or-cohabiting",
        "rr.card-type-shown",
        "rr.card-expired",
        "gezin.with-partner",
    ] {
        assert!(fr.observes(id), "{id}");
    }
    // Century and Year only: partial, shown as written.
    let partial = facts(&fr, L::RESIDENCE_MUNICIPALITY)
        .into_iter()
        .find_map(|f| f.from.clone().filter(|d| d.partial))
        .unwrap();
    assert_eq!(
        (partial.raw.as_str(), partial.year, partial.month),
        ("2012", Some(2012), None)
    );

    let nl = fixture("tx25_unknown_it.xml");
    assert_eq!(
        (nl.kind.clone(), nl.language.as_deref()),
        (Kind::Tx25 { version: 1 }, Some("nl"))
    );
    if let Some(de) = sample("lino-welfare/tx25/demo_tx25_2.xml") {
        assert_eq!(de.language.as_deref(), Some("de"));
        assert!(de.observes("gezin.with-partner") && de.observes("rr.married-or-cohabiting"));
        assert!(facts(&de, L::LEGAL_COHABITATION).len() == 2);
        assert!(facts(&de, L::OCCUPATION)
            .iter()
            .any(|f| f.value == "Informatiker(in) (09620); (Gehalt.) (4)"));
    }
    if let Some(abroad) = sample("lino-welfare/tx25/demo_tx25_3.xml") {
        assert!(abroad.observes("adres.abroad"));
        assert!(facts(&abroad, L::CIVIL_STATE)
            .iter()
            .any(|f| f.value == "Geschieden (40)"));
        assert!(!facts(&abroad, L::POSTAL_ABROAD).is_empty());
    }
}

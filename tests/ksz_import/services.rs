//! The other services: unknown groups and elements, 'no data', Groeipakket, handicap, leefloon,
//! the other MAGDA samples, SSDN IdentifyPerson, and the RVA and health-insurance fixtures.

use super::*;

#[test]
fn unknown_it_group_and_unknown_magda_element_are_unknown_facts() {
    let tx = fixture("tx25_unknown_it.xml");
    // The group with its dates, then each child under its path (issue 17: a tree, not one
    // line).
    let unknown: Vec<_> = tx.all_facts().filter(|f| f.unknown).collect();
    let shown: Vec<(&str, &str)> = unknown
        .iter()
        .map(|f| (f.label.as_str(), f.value.as_str()))
        .collect();
    assert_eq!(
        shown,
        vec![
            ("IT777 FutureThing", ""),
            ("IT777 FutureThing › Kind", "Nieuw soort gegeven (42)"),
            ("IT777 FutureThing › Note", "vrije tekst"),
        ]
    );
    assert_eq!(unknown[0].from.as_ref().unwrap().raw, "2018-07-01");
    assert!(
        unknown.iter().all(|f| f.identifying),
        "an unknown value may hold anything: hidden in print"
    );
    assert!(tx.observes("rr.belgian"));

    let m = fixture("magda_unknown_element.xml");
    let labels: Vec<&str> = m
        .all_facts()
        .filter(|f| f.unknown)
        .map(|f| f.label.as_str())
        .collect();
    assert_eq!(
        labels,
        vec![
            "Postadres › Straatnaam › String",
            "Postadres › Huisnummer",
            "NieuwGegeven"
        ]
    );
    let new = m.all_facts().find(|f| f.label == "NieuwGegeven").unwrap();
    assert_eq!(new.value, "Iets nieuws (7)");
    assert!(m.observes("rr.register-population"));
}

#[test]
fn magda_30001_is_no_data_and_nothing_found() {
    let a = fixture("magda_30001.xml");
    assert!(a.no_data);
    assert_eq!(status(&a, "ocmw"), Some(Status::NothingFound));
    assert!(a.finding("ocmw").unwrap().observations.is_empty());
    assert!(facts(&a, L::EXCEPTION)[0]
        .value
        .starts_with("Geen gegevens gevonden (30001)"));
    let tx = fixture("tx25_no_data.xml");
    assert!(tx.no_data);
    assert_eq!(tx.language.as_deref(), Some("de"));
    for flow in ["rr", "adres", "gezin"] {
        assert_eq!(status(&tx, flow), Some(Status::NothingFound));
    }
}

#[test]
fn groeipakket_sample_gives_the_orphan_supplement() {
    let Some(a) = sample("magda-mock/Gezin/GeefKindVoordelen-02.00/75681245770.xml") else {
        return;
    };
    for id in [
        "groeipakket.orphan-supplement",
        "groeipakket.social-supplement",
        "groeipakket.special-needs",
        "groeipakket.childcare",
        "groeipakket.client-receives",
    ] {
        assert!(a.observes(id), "{id}");
    }
    assert!(!a.observes("groeipakket.other-region"));
    assert!(a
        .all_facts()
        .any(|f| f.value == "Zorgtoeslag weeskinderen (ZORG_WEES)"));
    let e = a
        .events
        .iter()
        .find(|e| e.label.contains("ZORG_WEES"))
        .unwrap();
    assert_eq!(
        (e.lane, e.from.as_ref().unwrap().raw.as_str()),
        (Lane::ChildBenefits, "2019-01")
    );
    assert!(e.from.as_ref().unwrap().partial);
}

#[test]
fn handicap_region_not_integrated_is_niet_beschikbaar() {
    let Some(a) = sample("magda-mock/SocZek/GeefDossierHandicap-03.00/06671797413.xml") else {
        return;
    };
    let regional: Vec<&Fact> = a
        .facts(Group::Allowances)
        .iter()
        .filter(|f| f.value.contains("MSG00021"))
        .collect();
    assert_eq!(regional.len(), 3);
    assert!(regional
        .iter()
        .all(|f| f.value.starts_with(L::NOT_AVAILABLE)));
    let f = a.finding("handicap").unwrap();
    assert_eq!(f.status, Status::Found);
    assert!(f.observations.contains(&"handicap.regional-unavailable"));
    assert!(f.observations.contains(&"handicap.ivt-it-granted"));
    assert!(!f.observations.contains(&"handicap.pending-request"));
    // "Niet beschikbaar" never reads as "geen recht": the only rule of that observation asks.
    for rule in KNOWLEDGE
        .rules
        .iter()
        .filter(|r| r.when.iter().any(|t| t.flow() == "handicap"))
    {
        if rule
            .when
            .contains(&toeleiding::ksz::knowledge::Term::Observation(
                "handicap.regional-unavailable",
            ))
        {
            assert!(!rule.text.get().to_lowercase().contains("geen recht"));
        }
    }
    assert!(facts(&a, L::HANDICAP_RIGHT)[0].value.contains("€ 84,85"));
    assert!(a
        .events
        .iter()
        .any(|e| e.lane == Lane::Handicap && e.to.is_none()));
}

#[test]
fn handicap_with_only_unavailable_sources_is_not_consulted() {
    let xml = r#"<x:GeefDossierHandicapResponse xmlns:x="urn:m"><Repliek><Context><Naam>GeefDossierHandicap</Naam><Versie>03.00.0000</Versie></Context>
      <Antwoorden><Antwoord><Inhoud><ConsultFilesByDateResponse><status><value>DATA_FOUND</value><code>MSG00000</code></status><results>
      <dgphResult><status><value>NO_DATA_FOUND</value><code>MSG00021</code><description>not sufficiently integrated</description></status></dgphResult>
      <aviqResult><status><value>NO_DATA_FOUND</value><code>MSG00021</code></status></aviqResult>
      </results></ConsultFilesByDateResponse></Inhoud></Antwoord></Antwoorden></Repliek></x:GeefDossierHandicapResponse>"#;
    let a = read("h.xml", xml.as_bytes()).unwrap();
    assert_eq!(status(&a, "handicap"), Some(Status::NotConsulted));
    assert!(!a.no_data);
}

#[test]
fn handicap_pending_request_and_payments() {
    let xml = r#"<x:GeefDossierHandicapResponse xmlns:x="urn:m"><Repliek><Context><Naam>GeefDossierHandicap</Naam><Versie>03.00.0000</Versie>
      <Bericht><Tijdstip><Datum>2025-03-01</Datum></Tijdstip></Bericht></Context>
      <Antwoorden><Antwoord><Inhoud><ConsultFilesByDateResponse><status><value>DATA_FOUND</value><code>MSG00000</code></status><results>
      <dgphResult><status><value>DATA_FOUND</value><code>MSG00000</code></status><file>
        <evolutionOfRequest><administrativePendingRequest>true</administrativePendingRequest><appeal>false</appeal></evolutionOfRequest>
        <handicapRecognitions><handicapRecognition><recognitionStatus><startDateRecognition>2024-01-01</startDateRecognition></recognitionStatus><decisionStatus>RECOGNITION_DETERMINED</decisionStatus></handicapRecognition></handicapRecognitions>
        <payments><payment><paymentDate>2025-02-05</paymentDate><amount>150.00</amount></payment></payments>
      </file></dgphResult></results></ConsultFilesByDateResponse></Inhoud></Antwoord></Antwoorden></Repliek></x:GeefDossierHandicapResponse>"#;
    let a = read("h.xml", xml.as_bytes()).unwrap();
    for id in [
        "handicap.pending-request",
        "handicap.payments-visible",
        "handicap.recognised-no-allowance",
    ] {
        assert!(a.observes(id), "{id}");
    }
    assert!(!a.observes("handicap.ivt-it-granted") && !a.observes("handicap.recognition-ended"));
    assert!(a.events.iter().any(|e| e.mark && e.lane == Lane::Handicap));
}

#[test]
fn leefloon_keeps_the_invalid_date_as_written_and_shows_euro() {
    let Some(a) = sample("magda-mock/SocZek/GeefLeefloonbedragen-02.00/67722499797.xml") else {
        return;
    };
    let months = facts(&a, L::LEEFLOON_MONTH);
    let odd = months
        .iter()
        .find_map(|f| f.to.as_ref().filter(|d| d.raw == "2022-11-31"))
        .unwrap();
    assert!(odd.invalid && !odd.partial);
    assert!(months.iter().all(|f| f.value.starts_with("€ 842,12")));
    assert!(a.all_facts().any(|f| f.value.starts_with("€ 10.105,44")));
    assert!(a
        .events
        .iter()
        .any(|e| e.lane == Lane::Leefloon && e.to.as_ref().is_some_and(|d| d.invalid)));
    for id in [
        "ocmw.leefloon-amounts-visible",
        "ocmw.leefloon-elsewhere-current",
    ] {
        assert!(a.observes(id), "{id}");
    }
    // The reading OCMW paid it itself: not "elsewhere".
    let bytes = std::fs::read(
        samples()
            .unwrap()
            .join("magda-mock/SocZek/GeefLeefloonbedragen-02.00/67722499797.xml"),
    )
    .unwrap();
    let own = Options {
        own_enterprise_numbers: vec!["0212.189.676".into()],
        ..Options::default()
    };
    let mine = read_with("l.xml", &bytes, &own).unwrap();
    assert!(mine.observes("ocmw.leefloon-amounts-visible"));
    assert!(
        !mine.observes("ocmw.leefloon-elsewhere-current")
            && !mine.observes("ocmw.leefloon-elsewhere-past")
    );
}

#[test]
fn the_other_magda_samples() {
    if let Some(s) = sample("magda-mock/SocZek/GeefSociaalStatuut-03.00/62691699717.xml") {
        for id in ["statuut.vt", "statuut.pcsa-help", "statuut.pcsa-and-vt"] {
            assert!(s.observes(id), "{id}");
        }
    }
    if let Some(w) = sample("magda-mock/Werk/GeefWerkrelaties-02.00/01691214397.xml") {
        for id in [
            "dimona.active-job",
            "dimona.student-job",
            "dimona.cancelled",
            "dimona.long-career",
        ] {
            assert!(w.observes(id), "{id}");
        }
        // The cancelled interim Dimona is not interim work.
        assert!(!w.observes("dimona.interim"));
        let work: Vec<_> = w.events.iter().filter(|e| e.lane == Lane::Work).collect();
        assert_eq!(work.len(), 3);
        assert!(work.iter().all(|e| !e.print_label.contains("Garage")));
    }
    if let Some(z) = sample("magda-mock/Werk/GeefLoopbaanARZA-02.01/92712385412.xml") {
        assert!(z.observes("zelfstandige.active-main"));
        assert!(!z.observes("zelfstandige.stopped-recent"));
    }
    if let Some(k) = sample("magda-mock/Kadaster/ZoekEigendomstoestanden-02.00/41620999431.xml") {
        assert!(k.observes("kadaster.owns-home-lives-in"));
        assert!(!k.observes("kadaster.share-or-usufruct"));
        assert!(facts(&k, L::CADASTRAL_INCOME)[0]
            .value
            .starts_with("€ 1.735,00"));
    }
    if let Some(h) =
        sample("magda-mock/Persoon/GeefHistoriekGezinssamenstelling-02.02/01651899805.xml")
    {
        // Who the client is, the answer does not say: no position becomes a finding.
        assert_eq!(status(&h, "gezin"), Some(Status::Found));
        assert!(h.finding("gezin").unwrap().observations.is_empty());
        assert_eq!(h.summary.household.len(), 5);
    }
    let soap = fixture("magda_soap_kadaster.xml");
    assert!(
        soap.observes("kadaster.share-or-usufruct")
            && soap.observes("kadaster.owns-other-property")
    );
    assert!(
        !soap.observes("kadaster.owns-home-lives-in"),
        "the co-owner lives there, not the client"
    );
}

#[test]
fn identify_person_gives_its_result_summary_and_reason_codes() {
    let Some(a) = sample("lino-welfare/identifyperson/demo_ipr_4.xml") else {
        return;
    };
    assert_eq!(a.kind, Kind::IdentifyPerson);
    assert_eq!(a.service, "OCMWCPASIdentifyPerson 20050930");
    assert_eq!(facts(&a, L::RESULT_SERVICE)[0].value, "WARNING (1)");
    assert_eq!(facts(&a, L::RESULT_MESSAGE)[0].value, "WARNING (1)");
    let reasons: Vec<&str> = facts(&a, L::REASON_CODE)
        .iter()
        .map(|f| f.value.as_str())
        .collect();
    for code in ["(20000001)", "(21007001)", "(22007007)", "(12007001)"] {
        assert!(reasons.iter().any(|r| r.contains(code)), "{code}");
    }
    assert!(reasons
        .iter()
        .any(|r| r.starts_with("The specified PersonData does not match")));
    assert!(facts(&a, L::REASON_INFORMATION)
        .iter()
        .all(|f| f.identifying));
    assert!(a.observes("rr.belgian"));
    assert_eq!(a.answered_on.as_ref().unwrap().iso().unwrap(), "2012-05-21");
}

#[test]
fn an_ssdn_reply_carried_as_a_string_in_soap_is_read() {
    let Some(dir) = samples() else { return };
    let inner =
        std::fs::read_to_string(dir.join("lino-welfare/identifyperson/demo_ipr_4.xml")).unwrap();
    let soap = format!(
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>\
         <ns:sendXMLMessageToBCSSResponse xmlns:ns=\"urn:ksz\"><xmlString><![CDATA[{inner}]]></xmlString>\
         </ns:sendXMLMessageToBCSSResponse></soapenv:Body></soapenv:Envelope>"
    );
    let a = read("soap.xml", soap.as_bytes()).unwrap();
    assert_eq!(a.kind, Kind::IdentifyPerson);
    assert_eq!(facts(&a, L::RESULT_SERVICE)[0].value, "WARNING (1)");
    // Only once: a string inside the string is not read again.
    let twice = format!(
        "<a><xmlString><![CDATA[<b><xmlString>{}</xmlString></b>]]></xmlString></a>",
        "&lt;SSDNReply/&gt;"
    );
    assert!(matches!(
        read("x.xml", twice.as_bytes()),
        Err(ImportError::UnknownFormat { .. })
    ));
}

#[test]
fn an_unknown_magda_service_shows_everything_as_unknown() {
    let xml = r#"<x:GeefIetsAndersResponse xmlns:x="urn:m"><Repliek><Context><Naam>GeefIetsAnders</Naam><Versie>01.00.0000</Versie></Context>
      <Antwoorden><Antwoord><Inhoud><Iets><Code>1</Code><Omschrijving>Een ding</Omschrijving></Iets></Inhoud></Antwoord></Antwoorden></Repliek></x:GeefIetsAndersResponse>"#;
    let a = read("x.xml", xml.as_bytes()).unwrap();
    assert_eq!(
        a.kind,
        Kind::Magda {
            service: "GeefIetsAnders".into(),
            version: "01.00.0000".into(),
            known: false
        }
    );
    assert_eq!(a.service, "GeefIetsAnders 01.00");
    assert!(a.findings.is_empty());
    let f = a.all_facts().next().unwrap();
    assert!(f.unknown && f.label == "Iets" && f.value == "Een ding (1)");
    let fault = b"<s:Envelope xmlns:s=\"urn:s\"><s:Body><s:Fault><faultcode>x</faultcode></s:Fault></s:Body></s:Envelope>";
    assert_eq!(read("f.xml", fault), Err(unknown("Fault", Seems::OtherXml)));
}

#[test]
fn unemployment_fixtures_are_untested_and_give_their_findings() {
    let cases: [(&str, &[&str], &[&str]); 5] = [
        (
            "rva_paid_sums.xml",
            &["rva.right-paid"],
            &["rva.right-pending", "rva.no-right"],
        ),
        (
            "rva_provisional.xml",
            &["rva.right-pending"],
            &["rva.right-paid"],
        ),
        (
            "rva_situation.xml",
            &["rva.right-paid"],
            &["rva.no-right", "rva.right-pending"],
        ),
        ("rva_no_right.xml", &["rva.no-right"], &["rva.sanction"]),
        (
            "rva_sanction.xml",
            &["rva.no-right", "rva.sanction"],
            &["rva.right-paid"],
        ),
    ];
    for (file, yes, no) in cases {
        let a = fixture(file);
        assert_eq!(a.kind, Kind::Unemployment, "{file}");
        assert!(a.untested, "{file}");
        assert_eq!(status(&a, "rva"), Some(Status::Found), "{file}");
        yes.iter()
            .for_each(|id| assert!(a.observes(id), "{file}: {id}"));
        no.iter()
            .for_each(|id| assert!(!a.observes(id), "{file}: {id}"));
    }
    let paid = fixture("rva_paid_sums.xml");
    assert!(facts(&paid, L::RVA_PAID)[0]
        .value
        .starts_with("€ 1.234,56 betaald"));
    let month = paid
        .events
        .iter()
        .find(|e| e.lane == Lane::Unemployment)
        .unwrap();
    assert_eq!(month.from.as_ref().unwrap().raw, "2024-06");
    let situation = fixture("rva_situation.xml");
    assert!(facts(&situation, L::RVA_RIGHT)[0]
        .value
        .contains("COHABITING"));
}

#[test]
fn health_insurance_fixtures_are_untested_and_give_their_findings() {
    let a = fixture("health_insured_vt.xml");
    assert_eq!((a.kind.clone(), a.untested), (Kind::HealthCare, true));
    for id in [
        "ziekteverzekering.insured",
        "ziekteverzekering.vt",
        "ziekteverzekering.maf",
        "ziekteverzekering.gmd",
    ] {
        assert!(a.observes(id), "{id}");
    }
    assert!(!a.observes("ziekteverzekering.medical-house"));
    assert!(facts(&a, L::GMD_DOCTOR)[0].identifying);
    assert!(a.events.iter().any(|e| e.lane == Lane::OtherBenefits));
    let b = fixture("health_not_insured.xml");
    assert!(b.untested);
    assert!(b.observes("ziekteverzekering.not-insured"));
    assert!(b.observes("ziekteverzekering.complementary-arrears"));
    assert!(!b.observes("ziekteverzekering.insured") && !b.observes("ziekteverzekering.vt"));
}

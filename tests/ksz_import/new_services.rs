//! The services added in issue 17 (item 5): every shared sample of each is read without error,
//! recognised as that service, shows no unknown data for what the reader knows, and gives its
//! key values with their periods; our own fixtures where the samples hold no content.

use super::*;

const TAX: &str = "magda-mock/Inkomen/GeefAanslagbiljetPersonenbelasting-02.00";
const HANDICAP_PAY: &str = "magda-mock/SocZek/GeefBetalingenHandicap-03.00";
const DMFA: &str = "magda-mock/Werk/GeefDmfaVoorWerknemer-03.00";
const CAREER: &str = "magda-mock/Werk/GeefLoopbaanonderbrekingen-02.00";
const HISTORY_0200: &str = "magda-mock/Persoon/GeefHistoriekPersoon-02.00";
const HISTORY_0202: &str = "magda-mock/Persoon/GeefHistoriekPersoon-02.02";
const AT_ADDRESS: &str = "magda-mock/Persoon/ZoekPersoonOpAdres-02.02";
const STUDIES: &str = "magda-mock/Onderwijs/GeefHistoriekInschrijving-02.01";
const VDAB: &str = "magda-mock/SocEcon/GeefStatusRechtOndersteuningen-02.00";

/// Every sample of a service folder, read; each is a MAGDA answer of `service` without unknown
/// facts.
fn all_of(folder: &str, service: &str) -> Vec<(String, Answer)> {
    let Some(dir) = samples() else {
        return Vec::new();
    };
    let files = xml_files(&dir.join(folder));
    assert!(!files.is_empty(), "no samples in {folder}");
    files
        .iter()
        .map(|p| {
            let a = load(p);
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            match &a.kind {
                Kind::Magda { service: s, .. } => assert_eq!(s, service, "{name}"),
                other => panic!("{name}: {other:?}"),
            }
            assert_known(&name, &a);
            (name, a)
        })
        .collect()
}

fn assert_known(name: &str, a: &Answer) {
    let unknown: Vec<_> = a
        .all_facts()
        .filter(|f| f.unknown)
        .map(|f| (&f.label, &f.value))
        .collect();
    assert!(unknown.is_empty(), "{name}: unknown facts {unknown:?}");
}

fn by_name<'a>(all: &'a [(String, Answer)], name: &str) -> &'a Answer {
    &all.iter().find(|(n, _)| n == name).unwrap().1
}

fn period(f: &Fact) -> (Option<&str>, Option<&str>) {
    (
        f.from.as_ref().map(|d| d.raw.as_str()),
        f.to.as_ref().map(|d| d.raw.as_str()),
    )
}

#[test]
fn tax_assessment_shows_the_year_the_codes_and_the_amounts() {
    let all = all_of(TAX, "GeefAanslagbiljetPersonenbelasting");
    if all.is_empty() {
        return;
    }
    assert_eq!(all.len(), 4);
    let a = by_name(&all, "82702108146.xml");
    assert_eq!(a.summary.subject.as_deref(), Some("82702108146"));
    let items = facts(a, L::TAX_ITEM);
    let shown: Vec<&str> = items.iter().map(|f| f.value.as_str()).collect();
    println!("tax 82702108146: {shown:?}");
    assert_eq!(
        shown,
        vec![
            "A7270: 3758645 (zoals geschreven; in cent gelezen € 37.586,45)",
            "A7555: 3758645 (zoals geschreven; in cent gelezen € 37.586,45)",
        ]
    );
    assert!(items
        .iter()
        .all(|f| period(f) == (Some("2011"), Some("2011"))));
    assert_eq!(facts(a, L::TAX_STATUS)[0].value, "Titularis (A)");
    assert!(facts(a, L::NATIONAL_NUMBER)[0].identifying);
    assert!(facts(a, L::TAX_ARTICLE)[0].identifying);
    assert_eq!(status(a, "belasting"), Some(Status::Found));
    assert!(a.observes("belasting.income-known"));
    assert!(!a.observes("belasting.joint-assessment"));

    let b = by_name(&all, "88651355302.xml");
    let item = &facts(b, L::TAX_ITEM)[0];
    assert!(item.value.starts_with("A7555: 2156275 "), "{}", item.value);
    assert_eq!(period(item), (Some("2022"), Some("2022")));

    let none = by_name(&all, "65021500159.xml");
    assert!(none.no_data);
    assert_eq!(status(none, "belasting"), Some(Status::NothingFound));
    assert!(facts(none, L::TAX_ITEM).is_empty());
}

#[test]
fn handicap_payment_samples_are_errors_and_not_consulted() {
    let all = all_of(HANDICAP_PAY, "GeefBetalingenHandicap");
    for (name, a) in &all {
        println!("{name}: {:?}", facts(a, L::EXCEPTION)[0].value);
        assert_eq!(status(a, "handicap"), Some(Status::NotConsulted), "{name}");
        assert!(!a.observes("handicap.payments-visible"));
    }
    if let Some((_, a)) = all.first() {
        assert_eq!(
            facts(a, L::EXCEPTION)[0].value,
            "Te veel gelijktijdige bevragingen (99995); FOUT; MAGDA"
        );
    }
}

#[test]
fn handicap_payments_per_month_with_the_cancelled_one_marked() {
    let a = fixture("magda_betalingen_handicap.xml");
    assert_known("fixture", &a);
    let paid: Vec<_> = facts(&a, L::HANDICAP_PAYMENT)
        .iter()
        .map(|f| (f.value.as_str(), period(f)))
        .collect();
    println!("handicap payments: {paid:?}");
    assert_eq!(
        paid,
        vec![
            (
                "€ 1.047,48; DG Personen met een handicap",
                (Some("2026-08"), Some("2026-08"))
            ),
            (
                "€ 1.047,48 (geannuleerd); DG Personen met een handicap",
                (Some("2026-09"), Some("2026-09"))
            ),
            (
                "€ 1.051,20; DG Personen met een handicap",
                (Some("2026-10"), Some("2026-10"))
            ),
        ]
    );
    assert!(a.observes("handicap.payments-visible"));
    assert!(a.observes("handicap.regional-unavailable"));
    assert_eq!(status(&a, "handicap"), Some(Status::Found));
    // A cancelled payment is no income: not on the timeline.
    let marks: Vec<_> = a
        .events
        .iter()
        .filter(|e| e.lane == Lane::Handicap)
        .map(|e| e.from.as_ref().unwrap().raw.as_str())
        .collect();
    assert_eq!(marks, vec!["2026-08", "2026-10"]);
}

#[test]
fn dmfa_shows_each_quarter_with_its_employer_and_occupation() {
    let all = all_of(DMFA, "GeefDmfaVoorWerknemer");
    if all.is_empty() {
        return;
    }
    assert_eq!(all.len(), 3);
    let a = by_name(&all, "87721300296.xml");
    assert_eq!(a.summary.subject.as_deref(), Some("87721300296"));
    let quarters = facts(a, L::DMFA);
    println!("dmfa 87721300296 first quarter: {}", quarters[0].value);
    assert!(quarters[0].value.starts_with(
        "kwartaal 20232; werkgever 0836948464; RSZ-nummer 1234567890; Bron RSZ; sector SEC; \
         verschuldigd nettobedrag (werkgever) € 5.555,55; onder curatele ja"
    ));
    assert!(quarters[0].value.contains("Aangepast (1)"));
    assert_eq!(
        period(quarters[0]),
        (Some("2023-04-01"), Some("2023-06-30"))
    );
    assert!(quarters[1].value.contains("Geannuleerd (2)"));
    let job = &facts(a, L::DMFA_JOB)[0];
    println!("dmfa job: {}", job.value);
    assert!(job.value.contains("PC 999; dagen per week 4,00"));
    assert!(job.value.contains("uren per week (werknemer) 35,00"));
    assert!(!job.value.contains("RANDOM1"));
    let internal = &facts(a, L::DMFA_INTERNAL)[0];
    assert_eq!(internal.value, "RANDOM1");
    assert!(internal.identifying);
    assert_eq!(period(job), (Some("2023-04-01"), None));
    let sick = &facts(a, L::DMFA_SICK_WAGE)[0];
    assert_eq!(sick.value, "€ 123,45");
    assert_eq!(period(sick), (Some("2023-04-01"), None));
    let line = &facts(a, L::DMFA_LINE)[0];
    assert_eq!(
        line.value,
        "werkgeverscategorie 20; werknemerskengetal 999; grensarbeider ja"
    );
    assert_eq!(period(line), (Some("2023-04-01"), Some("2023-06-30")));
    assert!(facts(a, L::WORKER).iter().all(|f| f.identifying));
    // A cancelled attest is shown but not drawn on the timeline.
    let work = a.events.iter().filter(|e| e.lane == Lane::Work).count();
    assert!(work < facts(a, L::DMFA_LINE).len(), "{work}");
}

#[test]
fn career_break_samples_are_an_error_and_no_data() {
    let all = all_of(CAREER, "GeefLoopbaanonderbrekingen");
    if all.is_empty() {
        return;
    }
    let none = by_name(&all, "notfound.xml");
    assert!(none.no_data);
    let busy = by_name(&all, "91610100374.xml");
    assert!(facts(busy, L::EXCEPTION)[0].value.contains("99996"));
    assert!(facts(busy, L::CAREER_BREAK).is_empty());
}

#[test]
fn career_break_fixture_shows_the_period_the_kind_and_the_allowance() {
    let a = fixture("magda_loopbaanonderbreking.xml");
    assert_known("fixture", &a);
    let b = &facts(&a, L::CAREER_BREAK)[0];
    println!("career break: {}", b.value);
    assert_eq!(
        b.value,
        "Tijdskrediet (2); Halftijdse vermindering (2); Zorg voor een kind (3); uitkering per \
         maand 29512 (zoals geschreven; in cent gelezen € 295,12); bron RVA; dossier FIXTURE01"
    );
    assert_eq!(period(b), (Some("2025-09-01"), Some("2026-08-31")));
    assert_eq!(a.summary.subject.as_deref(), Some("00000000097"));
    assert!(a.events.iter().any(|e| e.lane == Lane::Work
        && e.print_label == L::PRINT_CAREER_BREAK
        && e.to.as_ref().unwrap().raw == "2026-08-31"));
}

#[test]
fn person_history_ends_each_entry_when_the_next_began() {
    let old = all_of(HISTORY_0200, "GeefHistoriekPersoon");
    let new = all_of(HISTORY_0202, "GeefHistoriekPersoon");
    if old.is_empty() {
        return;
    }
    assert_eq!((old.len(), new.len()), (2, 2));
    let a = by_name(&old, "99721999746.xml");
    assert_eq!(a.summary.subject.as_deref(), Some("99721999746"));
    let statuses: Vec<_> = facts(a, L::STATUS)
        .iter()
        .map(|f| (f.value.as_str(), period(f)))
        .collect();
    println!("history statuses: {statuses:?}");
    assert_eq!(
        statuses,
        vec![
            (
                "Afgeschreven naar het buitenland (992)",
                (Some("2008-01-01"), None)
            ),
            (
                "Afvoering van ambtswege (99991)",
                (Some("2001-01-01"), Some("2008-01-01"))
            ),
        ]
    );
    // Only the status of today counts: the removal of 2001 ended when the next began.
    assert!(a.observes("adres.abroad"));
    assert!(!a.observes("adres.removed-ex-officio"));
    let addresses = facts(a, L::MAIN_ADDRESS);
    assert_eq!(addresses.len(), 8);
    assert_eq!(addresses[0].value, "Dorpsstraat 1, 1082 Kortenberg");
    assert_eq!(period(addresses[0]), (Some("2016-05-26"), None));
    assert_eq!(
        period(addresses[1]),
        (Some("2016-05-23"), Some("2016-05-26"))
    );
    assert!(addresses.iter().all(|f| f.identifying));
    assert_eq!(
        a.summary.address.as_deref(),
        Some("Dorpsstraat 1, 1082 Kortenberg")
    );
    let lanes = a.events.iter().filter(|e| e.lane == Lane::Address).count();
    assert_eq!(lanes, 8);
    assert_eq!(facts(a, L::NATIONALITY)[0].value, "Portugal (123)");
    assert!(a.observes("rr.eu-citizen"));
    let heads: Vec<_> = facts(a, L::HEAD_OF_FAMILY)
        .iter()
        .map(|f| period(f))
        .collect();
    assert_eq!(
        heads,
        vec![
            (Some("2016-05-23"), None),
            (Some("2002-01-01"), Some("2016-05-23"))
        ]
    );

    let b = by_name(&old, "99722099716.xml");
    let register = &facts(b, L::REGISTER)[0];
    assert_eq!(register.value, "B.R. (2)");
    assert_eq!(period(register), (Some("2000-12-20"), None));
    assert!(b.observes("rr.register-population"));

    let c = by_name(&new, "86630100182.xml");
    let declared = &facts(c, L::ADDRESS_CHANGE_DECLARED)[0];
    assert_eq!(declared.value, "En Ville");
    assert_eq!(period(declared), (Some("2000-05-22"), Some("2000-05-22")));
    assert!(declared.identifying);
    assert_eq!(facts(c, L::NATIONALITY)[0].value, "Marokko (354)");
    assert!(c.observes("rr.non-eu"));
}

#[test]
fn search_by_address_lists_each_person_as_identifying_household_facts() {
    let all = all_of(AT_ADDRESS, "ZoekPersoonOpAdres");
    if all.is_empty() {
        return;
    }
    assert_eq!(all.len(), 3);
    for (name, a) in &all {
        // About an address, not a person: no subject, no household, no finding.
        assert_eq!(a.summary.subject, None, "{name}");
        assert!(a.summary.household.is_empty(), "{name}");
        assert!(a.findings.is_empty(), "{name}");
        let person = facts(a, L::AT_ADDRESS);
        assert_eq!(person.len(), 1, "{name}");
        assert!(person[0].identifying);
        assert_eq!(period(person[0]), (Some("2019-07-01"), None));
        assert!(facts(a, L::BIRTH_DATE)[0].identifying);
        assert!(a.facts(Group::Household).len() >= 4, "{name}");
    }
    let a = by_name(&all, "RR-9308-1002-27-0.xml");
    println!("at address: {}", facts(a, L::AT_ADDRESS)[0].value);
    assert_eq!(
        facts(a, L::AT_ADDRESS)[0].value,
        "Schoofs Paul (57082300172); bron RR"
    );
    assert_eq!(facts(a, L::MAIN_ADDRESS)[0].value, "1234 27, 9308");
}

#[test]
fn study_enrolments_show_the_school_the_class_and_the_course() {
    let all = all_of(STUDIES, "GeefHistoriekInschrijving");
    if all.is_empty() {
        return;
    }
    assert_eq!(all.len(), 3);
    let a = by_name(&all, "02701808929.xml");
    let classes = facts(a, L::CLASS);
    println!("class: {}", classes[0].value);
    assert_eq!(
        classes[0].value,
        "5de leerjaar (14904); Lager onderwijs (2); Gewoon onderwijs (1); anderstalige \
         nieuwkomer nee; gewezen anderstalige nieuwkomer nee; uitschrijving Normaal einde \
         schooljaar of module (X); situatie na Geen informatie (10); referte \
         ece7a29c-33eb-469a-ab42-2722a56e41cf"
    );
    assert_eq!(period(classes[0]), (Some("2014-09-01"), Some("2015-08-31")));
    assert_eq!(
        facts(a, L::SCHOOL)[0].value,
        "Stedelijke Basisschool - Notelaar (22822); Basisschool; AALST"
    );
    assert!(!facts(a, L::SCHOOL)[0].identifying);
    assert!(facts(a, L::SCHOOL_ADDRESS)
        .iter()
        .chain(facts(a, L::SCHOOL_CONTACT).iter())
        .all(|f| f.identifying));
    let enrolled = &facts(a, L::COMPULSORY_EDUCATION)[0];
    assert_eq!(period(enrolled), (Some("2007-09-01"), None));

    let b = by_name(&all, "58690199693.xml");
    let adult = &facts(b, L::ADULT_EDUCATION)[0];
    println!("adult education: {}", adult.value);
    assert!(adult.value.starts_with(
        "Ingeschreven (INGESCHREVEN); opleiding Zorgkundige (735), diplomagericht ja"
    ));
    assert!(adult
        .value
        .ends_with("module Context van de zorgvrager (00001861), variant 1975, traject Standaard (STANDAARD); resultaat Geslaagd (GESLAAGD)"));
    assert_eq!(period(adult), (Some("2013-09-05"), None));
    assert_eq!(facts(b, L::ADULT_EDUCATION).len(), 19);
    // The studies flow (issue 18): the first sample's class of school year 2016-2017 runs on the
    // answer's date (5 May 2017): enrolled now. The adult-education courses began in 2013, years
    // before the answer: the studies are over, never "enrolled now".
    for (name, a) in &all {
        println!("{name}: {:?}", a.finding("onderwijs"));
    }
    assert!(a.observes("onderwijs.enrolled-now"));
    assert!(!a.observes("onderwijs.studies-ended"));
    assert!(b.observes("onderwijs.studies-ended"));
    assert!(
        !b.observes("onderwijs.enrolled-now") && !b.observes("onderwijs.adult-education-recent")
    );
    // The same answer with that class ended in March: the studies are over.
    let dir = samples().unwrap().join(STUDIES);
    let text = std::fs::read_to_string(dir.join("02701808929.xml")).unwrap();
    let ended = text.replace("2017-08-31", "2017-03-31");
    assert_ne!(ended, text);
    let over = toeleiding::ksz::import::read("studies.xml", ended.as_bytes()).unwrap();
    assert!(!over.observes("onderwijs.enrolled-now"));
    assert!(over.observes("onderwijs.studies-ended"));
}

#[test]
fn vdab_support_measures_show_the_measure_its_status_and_period() {
    let all = all_of(VDAB, "GeefStatusRechtOndersteuningen");
    if all.is_empty() {
        return;
    }
    assert_eq!(all.len(), 2);
    let a = by_name(&all, "71690499880.xml");
    assert_eq!(a.summary.subject.as_deref(), Some("71690499880"));
    let m = &facts(a, L::SUPPORT_MEASURE)[0];
    println!("vdab: {}", m.value);
    assert_eq!(
        m.value,
        "Maatwerk Afdelingen (MWA); Goedgekeurd (GG); beslist op 2015-01-01"
    );
    assert_eq!(period(m), (Some("2015-01-01"), Some("2015-12-31")));
    let b = by_name(&all, "67621546751.xml");
    let m = &facts(b, L::SUPPORT_MEASURE)[0];
    assert!(m
        .value
        .starts_with("Vlaamse Ondersteuningspremie (VOP); Toegekend (TG)"));
    assert_eq!(period(m), (Some("2014-01-01"), Some("2014-12-31")));
    assert!(b.events.iter().any(|e| e.lane == Lane::Work
        && e.print_label == L::PRINT_SUPPORT_MEASURE
        && e.to.as_ref().unwrap().raw == "2014-12-31"));
    // Every measure of the samples ended long before the answer: none is current, no finding.
    assert!(all.iter().all(|(_, a)| a.findings.is_empty()));
    // The same answer with a measure that runs on the answer's date fills the VDAB flow.
    let dir = samples().unwrap().join(VDAB);
    let text = std::fs::read_to_string(dir.join("71690499880.xml")).unwrap();
    assert!(text.contains("2015-12-31"));
    let running = text.replace("2015-12-31", "2999-12-31");
    let r = toeleiding::ksz::import::read("vdab.xml", running.as_bytes()).unwrap();
    assert!(r.observes("vdab.support-measure"), "{:?}", r.findings);
}

#[test]
fn job_seeker_fixture_shows_the_registration_and_the_contact_data() {
    let a = fixture("jobseeker_registered.xml");
    assert_eq!((a.kind.clone(), a.untested), (Kind::JobSeeker, true));
    assert_known("jobseeker_registered.xml", &a);
    assert_eq!(a.summary.subject.as_deref(), Some("00000000097"));
    assert_eq!(a.answered_on.as_ref().unwrap().raw, "2026-11-20");
    let r = &facts(&a, L::JOB_SEEKER)[0];
    println!("job seeker: {}", r.value);
    assert_eq!(
        r.value,
        "VDAB; Werkzoekende met uitkering (VDAB001); NEO-categorie Niet-werkende werkzoekende \
         (001); Eurostat-datum 2026-09-15"
    );
    assert_eq!(period(r), (Some("2026-09-15"), None));
    let contact = &facts(&a, &format!("{} VDAB", L::JOB_SEEKER_CONTACT))[0];
    assert!(contact.identifying);
    assert_eq!(
        contact.value,
        "Voorbeeldstraat 12 bus 3, 9000 Gent; 0470000000; iemand@example.org"
    );
    assert!(facts(&a, &format!("{} ACTIRIS", L::JOB_SEEKER_SOURCE))[0]
        .value
        .starts_with("NO_DATA_FOUND (MSG00100)"));
    assert!(a.events.iter().any(|e| e.lane == Lane::Work
        && e.print_label == L::PRINT_JOB_SEEKER
        && e.from.as_ref().unwrap().raw == "2026-09-15"
        && e.to.is_none()));
    // The registration fills the VDAB flow (issue 18): registered, since the date shown.
    assert_eq!(status(&a, "vdab"), Some(Status::Found));
    assert!(a.observes("vdab.registered"));
    // Nothing identifying in what is printed on the timeline.
    assert!(a
        .events
        .iter()
        .all(|e| !e.print_label.contains("Voorbeeldstraat")));

    let none = fixture("jobseeker_not_registered.xml");
    assert_eq!((none.kind.clone(), none.untested), (Kind::JobSeeker, true));
    assert!(none.no_data);
    assert_known("jobseeker_not_registered.xml", &none);
    assert!(facts(&none, L::JOB_SEEKER).is_empty());
    // No registration: consulted, nothing found (never "not willing to work").
    assert_eq!(status(&none, "vdab"), Some(Status::NothingFound));
    assert!(!none.observes("vdab.registered"));
    assert_eq!(none.summary.subject.as_deref(), Some("00000000196"));
}

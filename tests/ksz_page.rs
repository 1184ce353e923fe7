//! The page *KSZ lezen* as one pure reducer (issue 17): whatever the worker does — import,
//! remove, choose a person, correct, change the date — the record always equals
//! `combine(answers)` with the corrections replayed, an answer about another person never lands
//! under the applicant, and the record never holds a name, a national number or typed text.

use proptest::prelude::*;
use toeleiding::ksz::import::{applicant, combine_for, read, Answer};
use toeleiding::ksz::imported::Correction;
use toeleiding::ksz::page::{acceptable_date, KszAction, KszPage};
use toeleiding::ksz::{worksheet, Origin, Record, Role, Status};

const APPLICANT: &str = "85010112345";
const PARTNER: &str = "84020212345";
const TODAY: &str = "2026-12-04";

fn household() -> Answer {
    let xml = format!(
        r#"<w:GeefPersoonResponse xmlns:w="urn:m"><Repliek><Context><Naam>GeefPersoon</Naam><Versie>02.02.0000</Versie>
      <Bericht><Tijdstip><Datum>2026-11-30</Datum></Tijdstip></Bericht></Context><Antwoorden><Antwoord><Inhoud>
      <Persoon><INSZ>{APPLICANT}</INSZ><Naam><Achternamen><Achternaam>Proefnaam</Achternaam></Achternamen></Naam><Gezinsleden>
      <Gezinslid DatumBegin="2015-06-01"><INSZ>{PARTNER}</INSZ><Naam><Achternamen><Achternaam>Proefnaam</Achternaam></Achternamen></Naam><Positie><Code>02</Code><Omschrijving>x</Omschrijving></Positie></Gezinslid>
      </Gezinsleden></Persoon></Inhoud></Antwoord></Antwoorden></Repliek></w:GeefPersoonResponse>"#
    );
    read("h.xml", xml.as_bytes()).unwrap()
}

fn rva(insz: &str) -> Answer {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/ksz/rva_paid_sums.xml"
    );
    let xml = std::fs::read_to_string(path)
        .unwrap()
        .replace("93032012345", insz);
    read("r.xml", xml.as_bytes()).unwrap()
}

fn answer(i: usize) -> Answer {
    match i {
        0 => household(),
        1 => rva(APPLICANT),
        _ => rva(PARTNER),
    }
}

const FLOWS: [&str; 3] = ["rva", "gezin", "dimona"];
const OBSERVATIONS: [&str; 4] = [
    "rva.right-paid",
    "rva.no-right",
    "gezin.alone",
    "dimona.active-job",
];
const ROLES: [Role; 3] = [Role::Applicant, Role::Partner, Role::Child(1)];

#[derive(Clone, Debug)]
enum Step {
    Import(usize),
    Remove(u32),
    Person(usize),
    Status(usize, Option<Status>),
    Tick(usize, bool),
    Date(String),
    Stale(usize),
    /// "Dit antwoord gaat over de aanvrager" on file n.
    Choose(u32),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0usize..3).prop_map(Step::Import),
        (1u32..6).prop_map(Step::Remove),
        (0usize..3).prop_map(Step::Person),
        (
            0usize..3,
            proptest::option::of(prop_oneof![
                Just(Status::Found),
                Just(Status::NothingFound),
                Just(Status::NotConsulted)
            ])
        )
            .prop_map(|(f, s)| Step::Status(f, s)),
        (0usize..4, any::<bool>()).prop_map(|(o, on)| Step::Tick(o, on)),
        prop_oneof![
            Just(String::new()),
            Just("2026-11-20".to_string()),
            Just("2026-02-30".to_string()),
            Just("Proefnaam".to_string()),
            Just(APPLICANT.to_string()),
        ]
        .prop_map(Step::Date),
        (0usize..3).prop_map(Step::Stale),
        (1u32..6).prop_map(Step::Choose),
    ]
}

/// What the record must be: the answers combined, the worker's corrections replayed.
fn expected(answers: &[Answer], corrections: &[Correction], chosen: Option<usize>) -> Record {
    let mut r = if answers.is_empty() {
        Record::default()
    } else {
        combine_for(answers, chosen).record
    };
    if r.consulted_on.is_empty() {
        r.consulted_on = TODAY.to_string();
    }
    for c in corrections {
        match c {
            Correction::Status(who, flow, s) => r.set_status_of(*who, flow, *s),
            Correction::Tick(who, id, on) => r.set_observation_of(*who, id, *on, Origin::Worker),
            Correction::Date(d) => r.consulted_on.clone_from(d),
        }
    }
    r
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn the_record_is_always_the_answers_and_the_corrections(steps in proptest::collection::vec(step(), 0..24)) {
        let mut page = KszPage::new(TODAY.to_string());
        let mut person = Role::Applicant;
        let mut corrections: Vec<Correction> = Vec::new();
        let mut chosen: Option<u32> = None;
        for s in steps {
            match s {
                Step::Import(i) => page.apply(KszAction::Batch(page.epoch, vec![(format!("{APPLICANT} Proefnaam.xml"), Ok(answer(i)))])),
                // A batch read before a wipe (an older epoch) changes nothing.
                Step::Stale(i) => page.apply(KszAction::Batch(page.epoch.wrapping_sub(1), vec![("x.xml".into(), Ok(answer(i)))])),
                Step::Remove(n) => {
                    if chosen == Some(n) {
                        chosen = None;
                    }
                    page.apply(KszAction::Remove(n));
                }
                Step::Choose(n) => {
                    if page.imported.files.iter().any(|f| f.number == n) {
                        chosen = Some(n);
                    }
                    page.apply(KszAction::Applicant(n));
                }
                Step::Person(i) => {
                    person = ROLES[i];
                    page.apply(KszAction::Person(person));
                }
                Step::Status(f, s) => {
                    corrections.push(Correction::Status(person, FLOWS[f], s));
                    page.apply(KszAction::Status(FLOWS[f], s));
                }
                Step::Tick(o, on) => {
                    corrections.push(Correction::Tick(person, OBSERVATIONS[o], on));
                    page.apply(KszAction::Tick(OBSERVATIONS[o], on));
                }
                Step::Date(d) => {
                    if acceptable_date(&d) {
                        corrections.push(Correction::Date(d.clone()));
                    }
                    page.apply(KszAction::Date(d));
                }
            }
            let answers: Vec<Answer> = page.imported.files.iter().map(|f| f.answer.clone()).collect();
            let position = chosen.and_then(|n| page.imported.files.iter().position(|f| f.number == n));
            let (record, _) = page.record();
            prop_assert_eq!(&record, &expected(&answers, &corrections, position));
            // Nothing identifying: no name, no national number, no typed text.
            let text = format!("{record:?}");
            for secret in ["Proefnaam", APPLICANT, PARTNER, ".xml"] {
                prop_assert!(!text.contains(secret), "{secret} in {text}");
            }
            prop_assert!(acceptable_date(&record.consulted_on), "{}", record.consulted_on);
            // The partner's RVA answer is never the applicant's (the applicant is the first
            // person the answers name).
            let named = position
                .and_then(|i| answers[i].summary.subject.clone())
                .or_else(|| applicant(&answers));
            let is_applicant = named.as_deref() == Some(APPLICANT);
            let only_partner = is_applicant && answers.iter().all(|a| a.summary.subject.as_deref() != Some(APPLICANT) || a.finding("rva").is_none());
            let worker_ticked = corrections.iter().any(|c| matches!(c, Correction::Tick(Role::Applicant, "rva.right-paid", _) | Correction::Status(Role::Applicant, "rva", _)));
            if only_partner && !worker_ticked {
                prop_assert!(!record.observed("rva.right-paid"));
            }
        }
    }
}

#[test]
fn a_partners_benefit_entered_by_hand_is_a_line_about_the_household() {
    let mut page = KszPage::new(TODAY.to_string());
    page.apply(KszAction::Tick("rr.belgian", true));
    page.apply(KszAction::Person(Role::Partner));
    page.apply(KszAction::Tick("arbeidsongeschiktheid.benefit-paid", true));
    let (record, _) = page.record();
    assert!(!record.observed("arbeidsongeschiktheid.benefit-paid"));
    assert!(record
        .part(Role::Partner)
        .unwrap()
        .observed("arbeidsongeschiktheid.benefit-paid"));
    let keys = worksheet(&record).keys();
    assert!(keys.contains("partner-sickness-benefit"), "{keys:?}");
    // Nothing about the applicant's health: no exemption from willingness to work, no "no
    // medical certificate".
    for k in [
        "arbeidsongeschiktheid-benefit-paid-income",
        "arbeidsongeschiktheid-open-file-established",
        "arbeidsongeschiktheid-open-file-no-proof",
    ] {
        assert!(!keys.contains(k), "{k}");
    }
    // Back to the applicant: the form shows the applicant's part again.
    page.apply(KszAction::Person(Role::Applicant));
    assert_eq!(page.person, Role::Applicant);
    assert!(page.persons().contains(&Role::Partner));
}

#[test]
fn a_typed_date_that_is_no_date_never_reaches_the_record() {
    let mut page = KszPage::new(TODAY.to_string());
    page.apply(KszAction::Date("Proefnaam".into()));
    assert_eq!(page.record().0.consulted_on, TODAY);
    page.apply(KszAction::Date("2026-11-20".into()));
    assert_eq!(page.record().0.consulted_on, "2026-11-20");
}

#[test]
fn the_worker_can_say_which_answer_is_about_the_applicant() {
    let mut page = KszPage::new(TODAY.to_string());
    // The partner's answer first: the partner is the first person named.
    page.apply(KszAction::Batch(
        0,
        vec![
            ("a.xml".into(), Ok(rva(PARTNER))),
            ("b.xml".into(), Ok(household())),
        ],
    ));
    assert!(page.record().0.observed("rva.right-paid"));
    // "Dit antwoord gaat over de aanvrager" on the household answer (file 2).
    page.apply(KszAction::Applicant(2));
    let (record, _) = page.record();
    assert!(!record.observed("rva.right-paid"));
    assert!(record
        .part(Role::Partner)
        .is_some_and(|p| p.observed("rva.right-paid")));
    assert_eq!(
        page.imported.holders(),
        vec![(1, Role::Partner), (2, Role::Applicant)]
    );
    // Removing that file forgets the choice.
    page.apply(KszAction::Remove(2));
    assert_eq!(page.imported.applicant, None);
}

//! Persons (issue 17): every answer is read for the person it is about, the household on a
//! date lists who lives with the applicant then ("Gezin op <datum>") and who lived there before
//! ("Vroeger"), and a rule of the partner's scope never speaks about the applicant.

use super::*;
use toeleiding::ksz::import::{Category, PartialDate, Tie};
use toeleiding::ksz::{worksheet, Role};

const APPLICANT: &str = "85010112345";
const PARTNER: &str = "84020212345";
const CHILD_OLD: &str = "12030312345";
const CHILD_YOUNG: &str = "16040412345";
const LODGER: &str = "70050512345";

/// A GeefPersoon answer of `insz` on `on`, with these household members (INSZ, position code,
/// birth date, start, optional end) under a client who is the reference person.
fn geef_persoon(
    insz: &str,
    on: &str,
    members: &[(&str, &str, &str, &str, Option<&str>)],
) -> Answer {
    let list: String = members
        .iter()
        .map(|(i, pos, born, from, to)| {
            let end = to.map(|t| format!(" DatumEinde=\"{t}\"")).unwrap_or_default();
            format!(
                "<Gezinslid DatumBegin=\"{from}\"{end}><INSZ>{i}</INSZ><Naam><Achternamen><Achternaam>Test</Achternaam></Achternamen><Voornamen><Voornaam>Lid{i}</Voornaam></Voornamen></Naam><Geboortedatum>{born}</Geboortedatum><Positie><Code>{pos}</Code><Omschrijving>x</Omschrijving></Positie></Gezinslid>"
            )
        })
        .collect();
    let xml = format!(
        r#"<w:GeefPersoonResponse xmlns:w="urn:m"><Repliek><Context><Naam>GeefPersoon</Naam><Versie>02.02.0000</Versie>
      <Bericht><Tijdstip><Datum>{on}</Datum></Tijdstip></Bericht></Context><Antwoorden><Antwoord><Inhoud>
      <Persoon><INSZ>{insz}</INSZ><Gezinsleden>{list}</Gezinsleden></Persoon></Inhoud></Antwoord></Antwoorden></Repliek></w:GeefPersoonResponse>"#
    );
    read("persoon.xml", xml.as_bytes()).unwrap()
}

/// Our RVA fixture (paid sums), asked about `insz`.
fn rva_paid(insz: &str) -> Answer {
    let bytes = std::fs::read(fixtures().join("rva_paid_sums.xml")).unwrap();
    let xml = String::from_utf8(bytes)
        .unwrap()
        .replace("93032012345", insz);
    read("rva.xml", xml.as_bytes()).unwrap()
}

fn household() -> Answer {
    geef_persoon(
        APPLICANT,
        "2026-12-04",
        &[
            (PARTNER, "02", "1984-02-02", "2015-06-01", None),
            (CHILD_YOUNG, "03", "2016-04-04", "2016-04-10", None),
            (CHILD_OLD, "03", "2012-03-03", "2012-03-10", None),
            (LODGER, "12", "1970-05-05", "2019-01-01", Some("2023-08-31")),
        ],
    )
}

fn on(date: &str) -> PartialDate {
    PartialDate::parse(date).unwrap()
}

#[test]
fn a_partners_benefit_is_the_partners_and_a_line_about_the_households_resources() {
    let answers = vec![household(), rva_paid(PARTNER)];
    let c = combine(&answers);
    assert_eq!(c.holders, vec![Role::Applicant, Role::Partner]);
    let r = &c.record;
    // Nothing of the RVA answer lands under the applicant.
    assert_eq!(r.status("rva"), None);
    assert!(!r.observed("rva.right-paid"));
    let partner = r.part(Role::Partner).expect("the partner's part");
    assert!(partner.observed("rva.right-paid"));
    let sheet = worksheet(r);
    let keys = sheet.keys();
    assert!(keys.contains("partner-rva-paid"), "{keys:?}");
    assert!(!keys.contains("rva-paid-income"), "{keys:?}");
    let line = sheet
        .conditions
        .iter()
        .flat_map(|c| c.established.iter())
        .find(|l| l.key() == "partner-rva-paid")
        .unwrap();
    assert_eq!(line.persons, vec![Role::Partner]);
    // The applicant's own lines stay the applicant's: the RVA was not consulted for him.
    assert!(sheet.not_recorded.iter().any(|f| f.id == "rva"));
}

#[test]
fn the_same_benefit_of_the_applicant_stays_the_applicants() {
    let answers = vec![household(), rva_paid(APPLICANT)];
    let c = combine(&answers);
    assert_eq!(c.holders, vec![Role::Applicant, Role::Applicant]);
    assert!(c.record.observed("rva.right-paid"));
    assert!(c.record.part(Role::Partner).is_none());
    let keys = worksheet(&c.record).keys();
    assert!(keys.contains("rva-paid-income") && !keys.contains("partner-rva-paid"));
}

#[test]
fn a_partners_answer_is_no_disagreement_about_the_applicant() {
    // The partner's own GeefPersoon, with another household view: compared with nothing.
    let answers = vec![household(), geef_persoon(PARTNER, "2026-12-04", &[])];
    let c = combine(&answers);
    assert_eq!(c.holders[1], Role::Partner);
    assert!(c.disagreements.is_empty(), "{:?}", c.disagreements);
}

#[test]
fn gezin_op_a_date_lists_who_lives_there_then_and_who_left_before() {
    let answers = vec![household()];
    let c = combine(&answers);
    let family = c.roles.family(&answers, Some(&on("2026-12-04")));
    assert!(family.known);
    let now: Vec<(Role, Tie)> = family.current.iter().map(|m| (m.role, m.tie)).collect();
    // Children numbered oldest first, whatever the order of the answer.
    assert_eq!(
        now,
        vec![
            (Role::Partner, Tie::Partner),
            (Role::Child(1), Tie::Child),
            (Role::Child(2), Tie::Child)
        ]
    );
    assert_eq!(family.current[1].since.as_ref().unwrap().raw, "2012-03-10");
    let before: Vec<(Role, Option<String>)> = family
        .earlier
        .iter()
        .map(|m| (m.role, m.until.as_ref().map(|d| d.raw.clone())))
        .collect();
    assert_eq!(
        before,
        vec![(Role::Member(1), Some("2023-08-31".to_string()))]
    );
    assert_eq!(family.hint, Some(Category::WithFamily));

    // In 2020 the lodger still lived there and the younger child was there too.
    let then = c.roles.family(&answers, Some(&on("2020-01-01")));
    assert!(then.current.iter().any(|m| m.role == Role::Member(1)));
    assert!(then.earlier.is_empty());
    // In 2014 the younger child was not born: not listed at all.
    let early = c.roles.family(&answers, Some(&on("2014-01-01")));
    assert!(!early.current.iter().any(|m| m.role == Role::Child(2)));
}

#[test]
fn an_ended_reference_person_is_vroeger_and_alone_points_to_single() {
    // The client lived with a reference person until 2020 (a relation ended), alone since.
    let xml = r#"<w:GeefPersoonResponse xmlns:w="urn:m"><Repliek><Context><Naam>GeefPersoon</Naam><Versie>02.02.0000</Versie>
      <Bericht><Tijdstip><Datum>2026-12-04</Datum></Tijdstip></Bericht></Context><Antwoorden><Antwoord><Inhoud>
      <Persoon><INSZ>85010112345</INSZ><Referentiepersoon DatumBegin="2010-01-01" DatumEinde="2020-05-31"><INSZ>84020212345</INSZ><Positie><Code>02</Code><Omschrijving>Echtgenote</Omschrijving></Positie></Referentiepersoon></Persoon></Inhoud></Antwoord></Antwoorden></Repliek></w:GeefPersoonResponse>"#;
    let persoon = read("p.xml", xml.as_bytes()).unwrap();
    let one = geef_gezin_alone(APPLICANT);
    let answers = vec![persoon, one];
    let c = combine(&answers);
    let family = c.roles.family(&answers, Some(&on("2026-12-04")));
    assert!(family.current.is_empty(), "{:?}", family.current);
    assert_eq!(family.earlier.len(), 1);
    assert_eq!(family.earlier[0].tie, Tie::Partner);
    assert_eq!(family.earlier[0].until.as_ref().unwrap().raw, "2020-05-31");
    // An earlier partner is not "the partner".
    assert_ne!(family.earlier[0].role, Role::Partner);
    assert_eq!(family.hint, Some(Category::Single));
    assert!(!c.record.observed("gezin.with-partner"));
}

/// A GeefGezinssamenstelling answer with only `insz` in it.
fn geef_gezin_alone(insz: &str) -> Answer {
    let xml = format!(
        r#"<w:GeefGezinssamenstellingResponse xmlns:w="urn:m"><Repliek><Context><Naam>GeefGezinssamenstelling</Naam><Versie>02.02.0000</Versie>
      <Bericht><Tijdstip><Datum>2026-12-04</Datum></Tijdstip></Bericht></Context><Antwoorden><Antwoord><Inhoud>
      <Gezinssamenstelling><Gezinsleden><Gezinslid DatumBegin="2020-06-01"><INSZ>{insz}</INSZ><Positie><Code>01</Code><Omschrijving>Referentiepersoon</Omschrijving></Positie></Gezinslid></Gezinsleden></Gezinssamenstelling></Inhoud></Antwoord></Antwoorden></Repliek></w:GeefGezinssamenstellingResponse>"#
    );
    read("gezin.xml", xml.as_bytes()).unwrap()
}

fn date_in(range: std::ops::Range<u16>) -> impl Strategy<Value = String> {
    (range, 1u8..13, 1u8..29).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the members' periods: a member whose period ended before the date is never
    /// current, one current on the date never "vroeger".
    #[test]
    fn an_ended_period_is_never_current(
        periods in proptest::collection::vec((date_in(1990..2020), proptest::option::of(date_in(1995..2030))), 1..5),
        day in date_in(2000..2030),
    ) {
        let ids = ["70010112345", "71010112345", "72010112345", "73010112345", "74010112345"];
        let members: Vec<(&str, &str, &str, &str, Option<&str>)> = periods
            .iter()
            .zip(ids)
            .map(|((from, to), id)| (id, "12", "1970-01-01", from.as_str(), to.as_deref()))
            .collect();
        let answers = vec![geef_persoon(APPLICANT, "2026-12-04", &members)];
        let c = combine(&answers);
        let d = on(&day);
        let family = c.roles.family(&answers, Some(&d));
        for m in &family.current {
            let ended = m.until.as_ref().and_then(PartialDate::days).is_some_and(|u| u <= d.days().unwrap());
            prop_assert!(!ended, "current but ended: {:?} on {day}", m.until);
        }
        for m in &family.earlier {
            let end = m.until.as_ref().and_then(PartialDate::days).unwrap();
            prop_assert!(end <= d.days().unwrap(), "vroeger but not ended: {:?} on {day}", m.until);
        }
    }

    /// Whatever the answers are about: an observation under the applicant comes from an answer
    /// about the applicant (or from the applicant's household), never from another person's.
    #[test]
    fn another_persons_observation_never_lands_under_the_applicant(
        about in proptest::collection::vec(0usize..3, 1..6),
    ) {
        let who = [APPLICANT, PARTNER, LODGER];
        let mut answers = vec![household()];
        answers.extend(about.iter().map(|i| rva_paid(who[*i])));
        let c = combine(&answers);
        let applicant_asked = about.contains(&0);
        prop_assert_eq!(c.record.observed("rva.right-paid"), applicant_asked);
        prop_assert_eq!(c.record.status("rva").is_some(), applicant_asked);
        let partner_asked = about.contains(&1);
        prop_assert_eq!(
            c.record.part(Role::Partner).is_some_and(|p| p.observed("rva.right-paid")),
            partner_asked
        );
        for (i, h) in about.iter().zip(&c.holders[1..]) {
            let expected = match i { 0 => Role::Applicant, 1 => Role::Partner, _ => Role::Member(1) };
            prop_assert_eq!(*h, expected);
        }
    }
}

//! Unit tests of the imported set: neutral labels, duplicates, removal, corrections replayed
//! over the combined answers, where each flow comes from, the OCMW's own numbers, birth dates,
//! and the answers grouped per client.

use super::*;
use crate::ksz::import::{Fact, Finding, Group, Kind, Member, PartialDate, Section, Summary};

fn answer(service: &str, on: &str, findings: Vec<Finding>) -> Answer {
    Answer {
        file_name: String::new(),
        kind: Kind::IdentifyPerson,
        service: service.into(),
        language: None,
        answered_on: PartialDate::parse(on),
        no_data: false,
        untested: false,
        sections: Vec::new(),
        findings,
        events: Vec::new(),
        summary: Summary::default(),
    }
}

fn found(flow: &'static str, observations: &[&'static str]) -> Finding {
    Finding {
        flow,
        status: Status::Found,
        observations: observations.to_vec(),
    }
}

fn nothing(flow: &'static str) -> Finding {
    Finding {
        flow,
        status: Status::NothingFound,
        observations: Vec::new(),
    }
}

fn set() -> Imported {
    let mut s = Imported::default();
    let persoon = answer(
        "GeefPersoon 02.02",
        "2017-06-01",
        vec![
            found("rr", &["rr.belgian"]),
            found("adres", &["adres.stable"]),
        ],
    );
    let none = answer(
        "GeefLeefloonbedragen 02.00",
        "2023-12-10",
        vec![nothing("ocmw")],
    );
    assert_eq!(s.add("Peeters Luc 67722499797.xml", Ok(persoon)), Ok(1));
    assert_eq!(s.add("leefloon.xml", Ok(none)), Ok(2));
    s
}

#[test]
fn files_get_neutral_labels_and_the_record_never_holds_a_file_name() {
    let s = set();
    assert_eq!(s.files[0].label(), "bestand 1");
    assert_eq!(s.files[0].answer.file_name, "bestand 1");
    assert_eq!(s.name_of("bestand 1"), Some("Peeters Luc 67722499797.xml"));
    let (record, disagreements) = s.record("2026-11-24");
    assert!(disagreements.is_empty());
    let origins: Vec<&Origin> = record.observations().map(|(_, o)| o).collect();
    assert_eq!(origins.len(), 2);
    for o in origins {
        match o {
            Origin::Imported {
                file,
                service,
                answered_on,
            } => {
                assert_eq!(file, "bestand 1");
                assert_eq!(service, "GeefPersoon 02.02");
                assert_eq!(answered_on.as_deref(), Some("2017-06-01"));
            }
            Origin::Worker => panic!("imported"),
        }
    }
    assert!(!format!("{record:?}").contains("Peeters"));
    // "Niets gevonden" from an answer sets the flow's status.
    assert_eq!(record.status("ocmw"), Some(Status::NothingFound));
    // The date of the consultation is the latest answer's.
    assert_eq!(record.consulted_on, "2023-12-10");
}

#[test]
fn errors_duplicates_and_too_many_are_refused_and_nothing_is_lost() {
    let mut s = set();
    assert_eq!(
        s.add("x.pdf", Err(ImportError::TooLarge)),
        Err(Refusal::Import(ImportError::TooLarge))
    );
    let again = answer(
        "GeefPersoon 02.02",
        "2017-06-01",
        vec![
            found("rr", &["rr.belgian"]),
            found("adres", &["adres.stable"]),
        ],
    );
    assert_eq!(s.add("copy.xml", Ok(again)), Err(Refusal::Duplicate(1)));
    assert_eq!(s.files.len(), 2);
    for i in 0..MAX_FILES {
        let _ = s.add(
            "n.xml",
            Ok(answer(&format!("s{i}"), "2020-01-01", Vec::new())),
        );
    }
    assert_eq!(s.files.len(), MAX_FILES);
    assert_eq!(
        s.add("n.xml", Ok(answer("more", "2020-01-01", Vec::new()))),
        Err(Refusal::TooMany)
    );
}

#[test]
fn removing_a_file_removes_its_findings_and_numbers_are_not_reused() {
    let mut s = set();
    s.remove(1);
    let (record, _) = s.record("2026-11-24");
    assert!(!record.is_ticked("rr.belgian"));
    assert_eq!(record.status("rr"), None);
    let n = s.add(
        "again.xml",
        Ok(answer(
            "GeefPersoon 02.02",
            "2017-06-01",
            vec![found("rr", &["rr.belgian"])],
        )),
    );
    assert_eq!(n, Ok(3));
    s.remove(2);
    s.remove(3);
    let (record, _) = s.record("2026-11-24");
    assert!(record.recorded().is_empty());
    assert_eq!(record.consulted_on, "2026-11-24");
}

#[test]
fn corrections_are_replayed_in_order_and_make_the_worker_the_origin() {
    let mut s = set();
    s.corrections
        .push(Correction::Tick(Role::Applicant, "rr.belgian", false));
    let (r, _) = s.record("2026-11-24");
    assert!(!r.is_ticked("rr.belgian"));
    s.corrections
        .push(Correction::Tick(Role::Applicant, "rr.belgian", true));
    s.corrections.push(Correction::Status(
        Role::Applicant,
        "ocmw",
        Some(Status::NotConsulted),
    ));
    s.corrections.push(Correction::Date("2026-11-20".into()));
    let (r, _) = s.record("2026-11-24");
    let origin = r
        .observations()
        .find(|(id, _)| *id == "rr.belgian")
        .map(|(_, o)| o.clone());
    assert_eq!(origin, Some(Origin::Worker));
    assert_eq!(r.status("ocmw"), Some(Status::NotConsulted));
    assert_eq!(r.consulted_on, "2026-11-20");
    // A new file does not undo a correction.
    let more = answer("TX25", "2024-01-01", vec![nothing("ocmw")]);
    s.add("tx25.xml", Ok(more)).unwrap();
    let (r, _) = s.record("2026-11-24");
    assert_eq!(r.status("ocmw"), Some(Status::NotConsulted));
    assert_eq!(r.consulted_on, "2026-11-20");
    // Without any file, corrections work as the hand-made record always did.
    let mut hand = Imported::default();
    hand.corrections.push(Correction::Status(
        Role::Applicant,
        "rva",
        Some(Status::Found),
    ));
    hand.corrections
        .push(Correction::Tick(Role::Applicant, "rva.no-right", true));
    let (r, _) = hand.record("2026-11-24");
    assert!(r.observed("rva.no-right"));
    assert_eq!(r.consulted_on, "2026-11-24");
}

#[test]
fn each_flow_knows_which_answers_spoke_of_it() {
    let s = set();
    assert_eq!(
        s.flow_sources("ocmw"),
        vec![(
            2,
            "GeefLeefloonbedragen 02.00".to_string(),
            Some("2023-12-10".to_string()),
            Status::NothingFound
        )]
    );
    assert_eq!(s.flow_sources("rr")[0].0, 1);
    assert!(s.flow_sources("kadaster").is_empty());
}

#[test]
fn own_numbers_are_read_from_what_was_typed() {
    let o = options("0212.189.676; 0207 123 456,\n", " 44021, 24055 ;x");
    assert_eq!(o.own_enterprise_numbers, vec!["0212189676", "0207123456"]);
    assert_eq!(o.own_nis_codes, vec!["44021", "24055"]);
    assert_eq!(options("", ""), Options::default());
}

#[test]
fn birth_dates_are_collected_from_every_answer() {
    let mut s = set();
    let fact = |label: &str, value: &str| Fact {
        label: label.into(),
        value: value.into(),
        from: None,
        to: None,
        unknown: false,
        identifying: true,
    };
    let mut a = answer("GeefGezinssamenstelling 02.02", "2017-08-07", Vec::new());
    a.sections.push(Section {
        group: Group::Household,
        facts: vec![
            fact(labels::BIRTH_DATE, "1997-07-09"),
            fact(labels::NAME, "X"),
            fact(labels::BIRTH_DATE, " "),
        ],
    });
    s.add("g.xml", Ok(a)).unwrap();
    assert_eq!(
        s.birth_dates()
            .into_entries()
            .into_iter()
            .map(|(d, ())| d)
            .collect::<Vec<_>>(),
        vec!["1997-07-09".to_string()]
    );
}

fn person(subject: Option<&str>, household: &[&str]) -> Answer {
    Answer {
        file_name: String::new(),
        kind: Kind::IdentifyPerson,
        service: "s".into(),
        language: None,
        answered_on: None,
        no_data: false,
        untested: false,
        sections: Vec::new(),
        findings: Vec::new(),
        events: Vec::new(),
        summary: {
            let mut s = Summary::default();
            s.subject = subject.map(str::to_string);
            s.household = household
                .iter()
                .map(|i| {
                    let mut m = Member::default();
                    m.insz = i.to_string();
                    m
                })
                .collect();
            s
        },
    }
}

#[test]
fn answers_are_grouped_per_client() {
    let (a, b) = ("67722499797", "73680599786");
    let list = [
        person(Some(a), &[]),
        person(None, &[]),
        person(Some(a), &[]),
    ];
    let refs: Vec<&Answer> = list.iter().collect();
    // One client: answers without a subject join it.
    assert_eq!(clients(&refs), vec![vec![0, 1, 2]]);
    let list = [
        person(Some(a), &[]),
        person(Some(b), &[]),
        person(None, &["1", b]),
        person(None, &[]),
    ];
    let refs: Vec<&Answer> = list.iter().collect();
    // Two clients: a household naming one joins it; the rest is a group of its own.
    assert_eq!(clients(&refs), vec![vec![0], vec![1, 2], vec![3]]);
    let list = [person(None, &[]), person(None, &[])];
    let refs: Vec<&Answer> = list.iter().collect();
    assert_eq!(clients(&refs), vec![vec![0, 1]]);
    assert!(clients(&[]).is_empty());
}

fn member(label: &str, print: &str, from: &str) -> Event {
    Event {
        lane: crate::ksz::import::Lane::Household,
        from: PartialDate::parse(from),
        to: None,
        mark: false,
        label: label.into(),
        print_label: print.into(),
        source: String::new(),
    }
}

#[test]
fn the_same_event_in_two_answers_is_one_line_with_two_sources() {
    // Two answers list the same two children born the same day, each in its own words.
    let (a1, a2) = (
        member("Dochter (03)", "kind", "2001-05-18"),
        member("Zoon (03)", "kind", "2001-05-18"),
    );
    let (b1, b2) = (
        member("zoon/dochter (03)", "kind", "2001-05-18"),
        member("zoon/dochter (03)", "kind", "2001-05-18"),
    );
    let partner = member("Echtgenote (02)", "partner", "1996-05-11");
    let other = member("zonder familieverband (12)", "niet verwant", "1995-03-03");
    let lines = entries([
        (1, &a1),
        (1, &a2),
        (1, &partner),
        (2, &b1),
        (2, &b2),
        (2, &other),
    ]);
    assert_eq!(lines.len(), 4, "{lines:?}");
    // The twins of answer 1 stay two lines; each takes one of answer 2's.
    assert_eq!(lines[0].sources, [(1, &a1), (2, &b1)]);
    assert_eq!(lines[1].sources, [(1, &a2), (2, &b2)]);
    assert_eq!(lines[2].sources, [(1, &partner)]);
    assert_eq!(lines[3].sources, [(2, &other)]);
    // Another start date is another line.
    let later = member("Dochter (03)", "kind", "2001-06-01");
    assert_eq!(entries([(1, &a1), (2, &later)]).len(), 2);
    // The positions the page keeps between renders say the same.
    let first = [a1.clone(), a2.clone(), partner.clone()];
    let second = [b1.clone(), b2.clone(), other.clone()];
    let positions = entry_positions(&[(1, &first[..]), (2, &second[..])]);
    assert_eq!(
        positions,
        [
            ((0, 0), vec![(1, (0, 0)), (2, (1, 0))]),
            ((0, 1), vec![(1, (0, 1)), (2, (1, 1))]),
            ((0, 2), vec![(1, (0, 2))]),
            ((1, 2), vec![(2, (1, 2))]),
        ]
    );
}

#[test]
fn alike_events_of_many_answers_merge_in_order() {
    // Three alike events in each of 30 answers: three lines, each with one event per answer.
    let e = member("Dochter (03)", "kind", "2001-05-18");
    let files: Vec<Vec<Event>> = (0..30)
        .map(|_| vec![e.clone(), e.clone(), e.clone()])
        .collect();
    let lists: Vec<(u32, &[Event])> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (i as u32 + 1, f.as_slice()))
        .collect();
    let positions = entry_positions(&lists);
    assert_eq!(positions.len(), 3);
    for (n, (first, sources)) in positions.iter().enumerate() {
        assert_eq!(*first, (0, n));
        assert_eq!(sources.len(), 30);
        assert!(sources.iter().enumerate().all(|(f, (_, at))| *at == (f, n)));
    }
}

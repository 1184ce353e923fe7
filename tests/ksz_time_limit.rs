//! The time limit on unemployment benefits (issue 18, item 3): the observation
//! `rva.ended-time-limit` gives the lines the knowledge claims (the end established, the letter,
//! the exceptions as a question, the VDAB follow-up, the federal refund to the OCMW, the income
//! up to the end date) and silences the RVA and Dimona lines that would say something wrong or
//! ask again for this group. The RVA reader never sets it: the KSZ gives no reason for an end of
//! the right, so the worker ticks it from the letter.

mod common;

use std::collections::BTreeSet;
use toeleiding::ksz::import::read;
use toeleiding::ksz::knowledge::{Column, Rule, Term, KNOWLEDGE};
use toeleiding::ksz::{worksheet, LineKind, Record, Status};

const ENDED: &str = "rva.ended-time-limit";

/// The lines of the time limit: (rule id, condition, column).
const TIME_LIMIT_LINES: [(&str, &str, Column); 5] = [
    ("rva-time-limit-ended", "rechten", Column::Established),
    ("rva-time-limit-letter", "rechten", Column::Needed),
    ("rva-time-limit-exception", "rechten", Column::Needed),
    ("rva-time-limit-refund", "rechten", Column::Needed),
    ("rva-time-limit-vdab", "werkbereidheid", Column::Needed),
];

/// Lines that would contradict the time limit or ask again what it already answers, each with
/// the observations that make it fire without the time limit: "no right, so nothing to claim",
/// "why is there no right", "there is a right and it is paid", the insertion and Dimona
/// questions about the last benefit and the VDAB registration.
const SILENCED: [(&str, &[&str]); 6] = [
    ("rva-no-right", &["rva.no-right"]),
    ("rva-no-right-ask-why", &["rva.no-right"]),
    ("rva-paid-income", &["rva.right-paid"]),
    ("rva-insertion-lost-work", &["rva.insertion-lost"]),
    ("dimona-exit-old-since", &["dimona.exit-old"]),
    ("dimona-exit-old-rights", &["dimona.exit-old"]),
];

/// The sources added for the time limit: each quotes what it says.
const NEW_SOURCES: [&str; 9] = [
    "rva-hervorming-2026",
    "programmawet-2025",
    "einde-recht-fasen",
    "levif-golven-2025",
    "brieven-rva-2025",
    "uitzonderingen-beperking",
    "vdab-opvolging",
    "pod-mi-compensatie-2025",
    "vvsg-2025",
];

use common::ksz_record as record;

/// Someone long unemployed whose right ended: paid sums up to the end, no right after it, the
/// last job years ago, and an insertion allowance ended too (so every guarded rule would fire).
fn long_unemployed(ended: bool) -> Record {
    let mut obs = vec![
        "rva.right-paid",
        "rva.no-right",
        "rva.insertion-lost",
        "dimona.exit-old",
    ];
    if ended {
        obs.push(ENDED);
    }
    record(&[("rva", Status::Found), ("dimona", Status::Found)], &obs)
}

/// Every line: (key, condition id, column, text and why).
fn lines(r: &Record) -> Vec<(String, &'static str, Column, String)> {
    worksheet(r)
        .conditions
        .iter()
        .flat_map(|c| c.lines().map(move |l| (c.condition.id, l)))
        .map(|(cond, l)| {
            let words = match l.kind {
                LineKind::Rule(rule) => format!("{} {}", rule.text.get(), rule.why.get()),
                LineKind::NothingFound(f) => f.nothing_found.text.to_string(),
                LineKind::NotConsulted(f) => f.not_consulted.text.to_string(),
            };
            (l.key(), cond, l.column(), words)
        })
        .collect()
}

fn keys(r: &Record) -> BTreeSet<String> {
    worksheet(r).keys()
}

fn rule(id: &str) -> &'static Rule {
    KNOWLEDGE
        .rules
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no rule {id}"))
}

#[test]
fn the_observation_exists_in_the_rva_flow_with_its_label() {
    let (flow, o) = KNOWLEDGE.observation(ENDED).expect("rva.ended-time-limit");
    assert_eq!(flow.id, "rva");
    assert!(o.label.contains("beperking in de tijd"), "{}", o.label);
    assert!(o.label.contains("1 januari 2026"), "{}", o.label);
}

#[test]
fn the_observation_gives_its_lines_in_their_condition_and_column() {
    let r = record(&[("rva", Status::Found)], &["rva.no-right", ENDED]);
    let got = lines(&r);
    for (id, cond, column) in TIME_LIMIT_LINES {
        assert!(
            got.iter()
                .any(|(k, c, col, _)| k == id && *c == cond && *col == column),
            "{id} not in {cond}/{column:?}: {:?}",
            got.iter().map(|l| &l.0).collect::<Vec<_>>()
        );
    }
    // The income line needs the paid sums: without them there is nothing to count up to the end.
    assert!(!keys(&r).contains("rva-time-limit-income"));
    let paid = record(
        &[("rva", Status::Found)],
        &["rva.right-paid", "rva.no-right", ENDED],
    );
    let got = lines(&paid);
    assert!(got.iter().any(|(k, c, col, _)| k == "rva-time-limit-income"
        && *c == "bestaansmiddelen"
        && *col == Column::Established));
}

#[test]
fn the_lines_say_what_the_worker_needs() {
    let r = record(&[("rva", Status::Found)], &[ENDED]);
    let text = |id: &str| {
        lines(&r)
            .into_iter()
            .find(|l| l.0 == id)
            .unwrap_or_else(|| panic!("{id} missing"))
            .3
            .to_lowercase()
    };
    let ended = text("rva-time-limit-ended");
    assert!(ended.contains("beperking in de tijd") && ended.contains("datum"));
    let letter = text("rva-time-limit-letter");
    assert!(letter.contains("brief") && letter.contains("einddatum"));
    assert!(letter.contains("vakbond") && letter.contains("hvw"));
    // The exceptions are a question, each one named, with the right they protect.
    let exception = text("rva-time-limit-exception");
    assert!(exception.starts_with("valt de aanvrager onder een uitzondering"));
    for named in [
        "55 jaar",
        "inkomensgarantie",
        "halftijds",
        "bedrijfstoeslag",
        "kunstwerk",
        "verpleegkundige",
        "knelpuntberoep",
    ] {
        assert!(exception.contains(named), "exception line lacks {named}");
    }
    assert!(exception.contains("art. 3, 6°"), "{exception}");
    let vdab = text("rva-time-limit-vdab");
    assert!(
        vdab.contains("vdab") && vdab.contains("art. 3, 5°"),
        "{vdab}"
    );
    let refund = text("rva-time-limit-refund");
    for pct in ["100 %", "90 %", "80 %", "75 %", "15 %"] {
        assert!(refund.contains(pct), "refund line lacks {pct}");
    }
    assert!(refund.contains("pod mi"));
}

#[test]
fn existing_lines_that_would_contradict_it_are_silenced_only_for_this_group() {
    // Without the time limit each guarded line fires on its own observations; with it, it is
    // gone: the guard is what removes it.
    for (id, observations) in SILENCED {
        let mut with = observations.to_vec();
        let entries = [("rva", Status::Found), ("dimona", Status::Found)];
        assert!(
            keys(&record(&entries, &with)).contains(id),
            "{id} should fire without the time limit"
        );
        with.push(ENDED);
        assert!(
            !keys(&record(&entries, &with)).contains(id),
            "{id} fires for the time-limit group"
        );
    }
    let before = keys(&long_unemployed(false));
    let after = keys(&long_unemployed(true));
    for (id, _) in SILENCED {
        assert!(!after.contains(id), "{id} fires for the time-limit group");
    }
    for (id, _, _) in TIME_LIMIT_LINES {
        assert!(after.contains(id), "{id}");
        assert!(!before.contains(id), "{id} without the observation");
    }
    // Nothing in the worksheet of this group says there is a right that is paid now, that
    // nothing is left to claim, or that the end is a sanction.
    for (key, _, _, words) in lines(&long_unemployed(true)) {
        let lower = words.to_lowercase();
        assert!(!lower.contains("er wordt betaald"), "{key}: {words}");
        assert!(
            !lower.contains("hoeft dat recht niet eerst te laten gelden"),
            "{key}: {words}"
        );
        assert!(!lower.contains("sanctie"), "{key}: {words}");
    }
}

#[test]
fn a_real_sanction_is_still_shown_beside_the_time_limit() {
    let r = record(
        &[("rva", Status::Found)],
        &["rva.no-right", "rva.sanction", ENDED],
    );
    let k = keys(&r);
    assert!(k.contains("rva-sanction-discuss") && k.contains("rva-time-limit-ended"));
}

#[test]
fn the_tick_counts_only_while_the_rva_flow_is_found() {
    for status in [Status::NothingFound, Status::NotConsulted] {
        // Ticking marks the flow found; the status set afterwards is what counts.
        let mut r = record(&[], &[ENDED]);
        r.set_status("rva", Some(status));
        let k = keys(&r);
        for (id, _, _) in TIME_LIMIT_LINES {
            assert!(!k.contains(id), "{id} with rva {status:?}");
        }
    }
}

#[test]
fn legal_claims_have_a_quoted_source_and_unread_law_is_marked_interpretation() {
    for r in KNOWLEDGE.rules.iter().filter(|r| {
        r.when
            .iter()
            .any(|t| matches!(t, Term::Observation(o) if *o == ENDED))
    }) {
        let id = r
            .basis
            .source
            .unwrap_or_else(|| panic!("{}: no source", r.id));
        assert!(
            KNOWLEDGE.source(id).is_some(),
            "{}: unknown source {id}",
            r.id
        );
    }
    for id in NEW_SOURCES {
        let s = KNOWLEDGE
            .source(id)
            .unwrap_or_else(|| panic!("no source {id}"));
        assert!(
            s.detail.is_some_and(|d| d.get().contains('"')),
            "source {id} quotes nothing"
        );
    }
    // The law itself was not read: its source says so instead of giving articles.
    let law = KNOWLEDGE.source("programmawet-2025").unwrap();
    assert!(law
        .detail
        .unwrap()
        .get()
        .contains("Niet rechtstreeks gelezen"));
    // The refund and the exceptions rest on announcements and secondary sources, not on the
    // adopted law: they say so.
    for id in [
        "rva-time-limit-refund",
        "rva-time-limit-exception",
        "rva-time-limit-vdab",
    ] {
        assert!(rule(id).basis.interpretation, "{id}");
    }
    assert!(rule("rva-time-limit-refund")
        .why
        .get()
        .contains("nog door het parlement"));
}

#[test]
fn the_rva_reader_never_ticks_the_time_limit() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ksz");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if !(name.starts_with("rva_") && name.ends_with(".xml")) {
            continue;
        }
        let a = read(&name, &std::fs::read(&p).unwrap()).unwrap();
        assert!(!a.observes(ENDED), "{name}");
        seen += 1;
    }
    assert!(seen >= 5, "only {seen} RVA fixtures");
    // An end of the right in the first wave of 2026 still says only "no right".
    let xml = br#"<?xml version="1.0" encoding="UTF-8"?>
<ns2:consultRightsResponse xmlns:ns2="http://kszbcss.fgov.be/intf/UnemploymentDataService/v2">
  <informationCBSS><timestampReply>2026-03-16T08:00:02.000Z</timestampReply></informationCBSS>
  <legalContext>PCSA:SOCIAL_INQUIRY</legalContext>
  <searchCriteria><ssin>93032012345</ssin><date>2026-03-16</date></searchCriteria>
  <status><value>DATA_FOUND</value><code>MSG00000</code><description>Treatment successful</description></status>
  <rights><noRight><rightsEnd><beginDate>2026-03-01</beginDate></rightsEnd></noRight></rights>
</ns2:consultRightsResponse>"#;
    let a = read("rva_end_2026.xml", xml).unwrap();
    assert!(a.observes("rva.no-right"));
    assert!(!a.observes(ENDED));
}

#[test]
fn the_practice_dossier_holds_the_time_limit_and_not_the_contradictions() {
    let d = KNOWLEDGE
        .dossier("beperking-in-de-tijd")
        .expect("the dossier");
    assert!(d
        .record
        .iter()
        .any(|e| e.flow == "rva" && e.observations.contains(&ENDED)));
    for (id, _, _) in TIME_LIMIT_LINES {
        assert!(d.expected.contains(&id), "{id}");
        assert!(
            d.commentary.iter().any(|(k, _)| *k == id),
            "no commentary on {id}"
        );
    }
    for (id, _) in SILENCED {
        assert!(!d.expected.contains(&id), "{id}");
    }
}

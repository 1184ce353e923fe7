//! Issue 18, item 5: "Niet (meer) vragen" also follows from what the KSZ did NOT find (an RVA
//! without right, Dimona, the Kadaster or the tax data consulted and empty, no tax assessment),
//! and rests on the only-once law (wet 5 mei 2014) or the Flemish decree of 18 July 2008 — never
//! on a conclusion "geen recht".

mod common;

use toeleiding::ksz::knowledge::{Column, KNOWLEDGE};
use toeleiding::ksz::{worksheet, LineKind, Record, Status};

const ONLY_ONCE: [&str; 2] = ["wet-2014-only-once", "decreet-2008-egov"];

use common::ksz_record as record;

/// The ids of the rules in "Niet (meer) vragen".
fn dont_ask(r: &Record) -> Vec<&'static str> {
    worksheet(r)
        .conditions
        .iter()
        .flat_map(|c| c.dont_ask.iter())
        .filter_map(|l| match l.kind {
            LineKind::Rule(rule) => Some(rule.id),
            _ => None,
        })
        .collect()
}

/// Each negative finding, and the line it must give in "Niet (meer) vragen".
const CASES: &[(&str, Status, &str, &str)] = &[
    (
        "rva",
        Status::Found,
        "rva.no-right",
        "rva-no-right-no-attest",
    ),
    ("rva", Status::NothingFound, "", "rva-nothing-no-attest"),
    (
        "dimona",
        Status::NothingFound,
        "",
        "dimona-nothing-no-proof",
    ),
    (
        "kadaster",
        Status::NothingFound,
        "",
        "kadaster-nothing-no-proof",
    ),
    (
        "belasting",
        Status::NothingFound,
        "",
        "belasting-nothing-no-attest",
    ),
    (
        "belasting",
        Status::Found,
        "belasting.no-assessment",
        "belasting-no-assessment-no-attest",
    ),
];

#[test]
fn each_negative_finding_yields_its_dont_ask_line() {
    for (flow, status, obs, rule) in CASES {
        let obs: Vec<&str> = if obs.is_empty() { vec![] } else { vec![*obs] };
        let r = record(&[(flow, *status)], &obs);
        let lines = dont_ask(&r);
        assert!(lines.contains(rule), "{flow} {status:?} {obs:?}: {lines:?}");
    }
}

#[test]
fn negative_finding_lines_rest_on_the_only_once_law_or_decree() {
    for (_, _, _, id) in CASES {
        let rule = KNOWLEDGE
            .rules
            .iter()
            .find(|r| r.id == *id)
            .unwrap_or_else(|| panic!("no rule {id}"));
        assert_eq!(rule.column, Column::DontAsk, "{id}");
        let source = rule.basis.source.unwrap_or("");
        assert!(ONLY_ONCE.contains(&source), "{id} cites {source:?}");
        assert!(
            rule.why.get().contains("wet 5 mei 2014") || rule.why.get().contains("18 juli 2008"),
            "{id}: the why names neither the law nor the decree"
        );
    }
}

#[test]
fn the_only_once_sources_exist_and_say_where_they_were_read() {
    for id in ONLY_ONCE {
        let s = KNOWLEDGE
            .sources
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no source {id}"));
        assert!(s.detail.is_some(), "{id} has no detail");
    }
}

#[test]
fn generic_dont_ask_lines_no_longer_rest_on_the_bank_statement_faq_alone() {
    let generic = "Wat de KSZ al toont, moet de cliënt niet opnieuw bewijzen.";
    let faq_only: Vec<&str> = KNOWLEDGE
        .rules
        .iter()
        .filter(|r| r.column == Column::DontAsk && r.why.get() == generic)
        .filter(|r| r.basis.source == Some("pod-mi-faq-2015"))
        .map(|r| r.id)
        .collect();
    // 06-dimona.toml is being edited elsewhere (issue 18, item 6): its lines follow there.
    let outside_dimona: Vec<&&str> = faq_only
        .iter()
        .filter(|id| !id.starts_with("dimona-") && **id != "rva-sanction-no-proof")
        .collect();
    assert!(outside_dimona.is_empty(), "{outside_dimona:?}");
}

#[test]
fn no_dont_ask_line_says_no_right() {
    for r in KNOWLEDGE.rules {
        if r.column == Column::DontAsk {
            assert!(
                !r.text.get().to_lowercase().contains("geen recht"),
                "{}: {}",
                r.id,
                r.text.get()
            );
        }
    }
    // and not on a worksheet where every flow found nothing
    let all: Vec<(&str, Status)> = KNOWLEDGE
        .flows
        .iter()
        .map(|f| (f.id, Status::NothingFound))
        .collect();
    let w = worksheet(&record(&all, &[]));
    for c in &w.conditions {
        for l in &c.dont_ask {
            if let LineKind::Rule(rule) = l.kind {
                assert!(
                    !rule.text.get().to_lowercase().contains("geen recht"),
                    "{}",
                    rule.id
                );
            }
        }
    }
}

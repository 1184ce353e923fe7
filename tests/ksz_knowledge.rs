//! The KSZ knowledge (`src/ksz/knowledge/*.toml`) holds together: every statement has a source or
//! an interpretation mark, every reference exists, every flow and observation maps to a
//! condition, signals are things to discuss, nothing found never reads as "no right", and every
//! practice dossier's model answer is exactly what the rules give.

use std::collections::BTreeSet;
use toeleiding::date::Date;
use toeleiding::ksz::knowledge::{Basis, Column, Note, Statement, Term, KNOWLEDGE};
use toeleiding::ksz::practice::model;
use toeleiding::ksz::Status;

fn check_basis(what: &str, b: &Basis, problems: &mut Vec<String>) {
    if b.source.is_none() && !b.interpretation {
        problems.push(format!(
            "{what}: neither a source nor marked as interpretation"
        ));
    }
    if let Some(id) = b.source {
        if KNOWLEDGE.source(id).is_none() {
            problems.push(format!("{what}: unknown source {id:?}"));
        }
    }
}

fn check_statements(what: &str, list: &[Statement], problems: &mut Vec<String>) {
    for (i, s) in list.iter().enumerate() {
        if s.text.trim().is_empty() {
            problems.push(format!("{what}[{i}]: empty text"));
        }
        check_basis(&format!("{what}[{i}] {:?}", s.text), &s.basis, problems);
    }
}

/// Deferred statements (the guide, the frame): built in natively, so checked the same way.
fn check_notes(what: &str, list: &[Note], problems: &mut Vec<String>) {
    let as_statements: Vec<(String, Basis)> = list
        .iter()
        .map(|n| (n.text.get().to_string(), n.basis))
        .collect();
    for (i, (text, basis)) in as_statements.iter().enumerate() {
        if text.trim().is_empty() {
            problems.push(format!("{what}[{i}]: empty text"));
        }
        check_basis(&format!("{what}[{i}] {text:?}"), basis, problems);
    }
}

fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>, problems: &mut Vec<String>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            problems.push(format!("{what} id {id:?} is used twice"));
        }
    }
}

fn assert_none(problems: Vec<String>) {
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_knowledge_is_complete_and_dated() {
    assert!(Date::parse_iso(KNOWLEDGE.reviewed).is_ok(), "reviewed");
    let ids: Vec<&str> = KNOWLEDGE.conditions.iter().map(|c| c.id).collect();
    assert_eq!(
        ids,
        [
            "verblijf",
            "leeftijd",
            "nationaliteit",
            "bestaansmiddelen",
            "werkbereidheid",
            "rechten"
        ]
    );
    assert!(
        KNOWLEDGE.flows.len() >= 16,
        "{} flows",
        KNOWLEDGE.flows.len()
    );
    assert!(
        KNOWLEDGE.dossiers.len() >= 12,
        "{} dossiers",
        KNOWLEDGE.dossiers.len()
    );
    assert!(!KNOWLEDGE.frame.sections.is_empty(), "the frame page");
    for flow in KNOWLEDGE.flows {
        assert!(
            flow.observations.len() >= 3,
            "{}: only {} observations",
            flow.id,
            flow.observations.len()
        );
    }
}

#[test]
fn every_statement_has_a_source_or_is_marked_as_interpretation() {
    let mut problems = Vec::new();
    for c in KNOWLEDGE.conditions {
        check_statements(&format!("condition {}", c.id), c.explain, &mut problems);
    }
    for f in KNOWLEDGE.flows {
        for (part, list) in [
            ("contains", f.contains),
            ("read", f.read),
            ("pitfalls", f.pitfalls),
            ("indicates", f.indicates),
        ] {
            if list.is_empty() {
                problems.push(format!("flow {}: no {part}", f.id));
            }
            check_notes(&format!("flow {} {part}", f.id), list, &mut problems);
        }
        check_statements(
            &format!("flow {} nothing_found", f.id),
            &[f.nothing_found, f.not_consulted],
            &mut problems,
        );
        for o in f.observations {
            check_basis(&format!("observation {}", o.id), &o.basis, &mut problems);
        }
    }
    for r in KNOWLEDGE.rules {
        check_basis(&format!("rule {}", r.id), &r.basis, &mut problems);
    }
    for s in KNOWLEDGE.frame.sections {
        if s.heading.get().trim().is_empty() {
            problems.push("frame: a section without heading".to_string());
        }
        check_notes(
            &format!("frame {:?}", s.heading.get()),
            s.statements,
            &mut problems,
        );
    }
    assert_none(problems);
}

#[test]
fn ids_are_unique_and_every_reference_exists() {
    let mut problems = Vec::new();
    unique(
        "source",
        KNOWLEDGE.sources.iter().map(|s| s.id),
        &mut problems,
    );
    unique("flow", KNOWLEDGE.flows.iter().map(|f| f.id), &mut problems);
    unique(
        "observation",
        KNOWLEDGE
            .flows
            .iter()
            .flat_map(|f| f.observations.iter().map(|o| o.id)),
        &mut problems,
    );
    unique("rule", KNOWLEDGE.rules.iter().map(|r| r.id), &mut problems);
    unique(
        "dossier",
        KNOWLEDGE.dossiers.iter().map(|d| d.id),
        &mut problems,
    );
    for f in KNOWLEDGE.flows {
        if f.conditions.is_empty() {
            problems.push(format!("flow {} informs no condition", f.id));
        }
        for c in f.conditions {
            if KNOWLEDGE.condition(c).is_none() {
                problems.push(format!("flow {}: unknown condition {c:?}", f.id));
            }
        }
        for o in f.observations {
            if !o.id.starts_with(&format!("{}.", f.id)) {
                problems.push(format!("observation {} is not named after its flow", o.id));
            }
        }
    }
    for r in KNOWLEDGE.rules {
        if KNOWLEDGE.condition(r.condition).is_none() {
            problems.push(format!(
                "rule {}: unknown condition {:?}",
                r.id, r.condition
            ));
        }
        if r.when.is_empty() {
            problems.push(format!("rule {}: empty `when`", r.id));
        }
        for t in r.when.iter().chain(r.unless) {
            let known = match t {
                Term::Observation(id) => KNOWLEDGE.observation(id).is_some(),
                Term::Status(flow, _) => KNOWLEDGE.flow(flow).is_some(),
            };
            if !known {
                problems.push(format!("rule {}: unknown term {t:?}", r.id));
            }
        }
    }
    assert_none(problems);
}

#[test]
fn every_observation_is_used_by_a_rule_and_so_maps_to_a_condition() {
    let used: BTreeSet<&str> = KNOWLEDGE
        .rules
        .iter()
        .flat_map(|r| r.when.iter())
        .filter_map(|t| match t {
            Term::Observation(id) => Some(*id),
            Term::Status(..) => None,
        })
        .collect();
    let unused: Vec<&str> = KNOWLEDGE
        .flows
        .iter()
        .flat_map(|f| f.observations.iter().map(|o| o.id))
        .filter(|id| !used.contains(id))
        .collect();
    assert!(unused.is_empty(), "observations no rule uses: {unused:?}");
}

#[test]
fn signals_are_things_to_discuss_and_nothing_found_never_reads_as_no_right() {
    let mut problems = Vec::new();
    for r in KNOWLEDGE.rules {
        if r.signal {
            if r.column != Column::Needed {
                problems.push(format!("signal {} is not in \"Nog nodig\"", r.id));
            }
            if !r.text.get().starts_with("Kan wijzen op") {
                problems.push(format!(
                    "signal {} does not start with \"Kan wijzen op\"",
                    r.id
                ));
            }
        }
        let on_nothing = r.when.iter().any(|t| {
            matches!(
                t,
                Term::Status(_, Status::NothingFound | Status::NotConsulted)
            )
        });
        let lower = r.text.get().to_lowercase();
        if on_nothing && lower.contains("geen recht") {
            problems.push(format!(
                "rule {} concludes \"geen recht\" from a flow that found nothing",
                r.id
            ));
        }
        if !r.why.get().trim().is_empty() && r.text.get().trim().is_empty() {
            problems.push(format!("rule {}: empty text", r.id));
        }
    }
    assert_none(problems);
}

#[test]
fn every_practice_dossier_model_answer_is_what_the_rules_give() {
    let mut problems = Vec::new();
    for d in KNOWLEDGE.dossiers {
        for e in d.record {
            if KNOWLEDGE.flow(e.flow).is_none() {
                problems.push(format!("dossier {}: unknown flow {:?}", d.id, e.flow));
            }
            for o in e.observations {
                match KNOWLEDGE.observation(o) {
                    Some((f, _)) if f.id == e.flow && e.status == Status::Found => {}
                    Some(_) => problems.push(format!(
                        "dossier {}: {o} is not an observation of a found flow {}",
                        d.id, e.flow
                    )),
                    None => problems.push(format!("dossier {}: unknown observation {o:?}", d.id)),
                }
            }
        }
        if d.intro.get().trim().is_empty() {
            problems.push(format!("dossier {}: no intro", d.id));
        }
        for s in d.shows {
            if s.text.get().trim().is_empty() {
                problems.push(format!("dossier {}: empty text for {:?}", d.id, s.flow));
            }
            if KNOWLEDGE.flow(s.flow).is_none() {
                problems.push(format!(
                    "dossier {}: shows an unknown flow {:?}",
                    d.id, s.flow
                ));
            }
        }
        let given: BTreeSet<String> = model(d).keys();
        let expected: BTreeSet<String> = d.expected.iter().map(|s| s.to_string()).collect();
        let missing: Vec<&String> = expected.difference(&given).collect();
        let extra: Vec<&String> = given.difference(&expected).collect();
        if !missing.is_empty() || !extra.is_empty() {
            problems.push(format!(
                "dossier {}: model answer differs from the rules: expected but not given {missing:?}; given but not expected {extra:?}",
                d.id
            ));
        }
        for (key, _) in d.commentary {
            if !expected.contains(*key) {
                problems.push(format!(
                    "dossier {}: commentary on {key:?}, not in the answer",
                    d.id
                ));
            }
        }
    }
    assert_none(problems);
}

#[test]
fn the_deferred_notes_file_is_the_one_the_page_was_built_with() {
    use toeleiding::ksz::notes::{install, installed, BUILT_IN};
    assert!(installed());
    // The built-in file passes its own check; another one would be refused by a fresh page.
    assert!(install(BUILT_IN.to_string()).is_ok());
    assert!(KNOWLEDGE.flows.iter().all(|f| !f.read.is_empty()));
    let first = KNOWLEDGE.flows[0].contains[0].text.get();
    assert!(!first.is_empty() && BUILT_IN.contains(first), "{first:?}");
    // The rules' lines and reasons are deferred too (only the worksheet shows them).
    let rule = &KNOWLEDGE.rules[0];
    assert!(!rule.why.get().is_empty() && BUILT_IN.contains(rule.why.get()));
    assert!(
        BUILT_IN.starts_with(rule.text.get()),
        "{:?}",
        rule.text.get()
    );
}

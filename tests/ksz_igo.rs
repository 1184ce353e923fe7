//! The inkomensgarantie voor ouderen (IGO) in the knowledge (issue 18, item 4): no line suggests
//! an IGO before the legal pension age, and every line that suggests one names what the worker
//! still checks for it (principal residence in Belgium, nationality) without stating the ten-year
//! residence condition that the Constitutional Court annulled (arrest 6/2019).

mod common;

use toeleiding::ksz::knowledge::{Column, Rule, Status, Term, KNOWLEDGE};
use toeleiding::ksz::{worksheet, LineKind, Record};

/// The observations that say the applicant reached the legal pension age.
const PENSION_AGE: [&str; 2] = ["rr.pension-age", "pensioen.pension-age"];

/// Observations that mean the KSZ itself shows an IGO or a request for one: a line built on
/// them reports what is there, it does not send anyone to an IGO.
const IGO_SHOWN: [&str; 2] = ["pensioen.igo", "pensioen.pension-requested"];

use common::ksz_record as record;

fn mentions_igo(text: &str) -> bool {
    // The inkomensgarantie-uitkering (IGU) of a part-time worker is another benefit.
    let lower = text
        .to_lowercase()
        .replace("inkomensgarantie-uitkering", "");
    lower.contains("igo") || lower.contains("inkomensgarantie")
}

/// Every line of the worksheet: its key, column and the words shown (text and why).
fn lines(r: &Record) -> Vec<(String, Column, String)> {
    worksheet(r)
        .conditions
        .iter()
        .flat_map(|c| c.lines())
        .map(|l| {
            let words = match l.kind {
                LineKind::Rule(rule) => format!("{} {}", rule.text.get(), rule.why.get()),
                LineKind::NothingFound(f) => f.nothing_found.text.to_string(),
                LineKind::NotConsulted(f) => f.not_consulted.text.to_string(),
            };
            (l.key(), l.column(), words)
        })
        .collect()
}

fn observed(rule: &Rule, ids: &[&str]) -> bool {
    rule.when
        .iter()
        .any(|t| matches!(t, Term::Observation(o) if ids.contains(o)))
}

/// Records of someone below the pension age (a 64-year-old: nothing about age is recorded), with
/// the pension register found (with or without an early or survivor pension), empty, or not
/// consulted, and the register found.
fn below_pension_age() -> Vec<(&'static str, Record)> {
    use Status::{Found, NotConsulted, NothingFound};
    let rr = ("rr", Found);
    vec![
        (
            "pensioen gevonden, niets over leeftijd",
            record(&[rr, ("pensioen", Found)], &["rr.non-eu"]),
        ),
        (
            "vervroegd rustpensioen",
            record(&[rr, ("pensioen", Found)], &["pensioen.pension-paid"]),
        ),
        (
            "overlevingspensioen",
            record(&[rr, ("pensioen", Found)], &["pensioen.survivor-pension"]),
        ),
        (
            "rust- en overlevingspensioen",
            record(
                &[rr, ("pensioen", Found)],
                &["pensioen.pension-paid", "pensioen.survivor-pension"],
            ),
        ),
        (
            "pensioenkadaster niets gevonden",
            record(&[rr, ("pensioen", NothingFound)], &[]),
        ),
        (
            "pensioenkadaster niet geraadpleegd",
            record(&[rr, ("pensioen", NotConsulted)], &[]),
        ),
    ]
}

#[test]
fn no_igo_line_below_the_pension_age() {
    let mut problems = Vec::new();
    for (case, r) in below_pension_age() {
        for (key, _, words) in lines(&r) {
            if mentions_igo(&words) {
                problems.push(format!("{case}: {key}: {words}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "IGO lines below the pension age:\n{}",
        problems.join("\n")
    );
}

/// Records at the pension age where an IGO may be open: nothing in the register, the register
/// without a pension, a small pension.
fn at_pension_age() -> Vec<(&'static str, Record)> {
    use Status::{Found, NothingFound};
    let rr = ("rr", Found);
    vec![
        (
            "pensioenleeftijd, kadaster niets",
            record(&[rr, ("pensioen", NothingFound)], &["rr.pension-age"]),
        ),
        (
            "pensioenleeftijd, kadaster zonder pensioen",
            record(&[rr, ("pensioen", Found)], &["rr.pension-age"]),
        ),
        (
            "pensioenleeftijd, rustpensioen",
            record(
                &[rr, ("pensioen", Found)],
                &["rr.pension-age", "pensioen.pension-paid"],
            ),
        ),
        (
            "pensioenleeftijd aangeduid in het kadaster",
            record(&[rr, ("pensioen", Found)], &["pensioen.pension-age"]),
        ),
    ]
}

#[test]
fn at_the_pension_age_an_igo_is_suggested_with_the_residence_condition_to_check() {
    let mut problems = Vec::new();
    for (case, r) in at_pension_age() {
        let needed: Vec<_> = lines(&r)
            .into_iter()
            .filter(|(_, column, words)| *column == Column::Needed && mentions_igo(words))
            .collect();
        if needed.is_empty() {
            problems.push(format!("{case}: no line suggests an IGO"));
        }
        for (key, _, words) in needed {
            let lower = words.to_lowercase();
            if !lower.contains("hoofdverblijfplaats in belgië") {
                problems.push(format!(
                    "{case}: {key} does not name the residence condition"
                ));
            }
            if !lower.contains("nationaliteit") {
                problems.push(format!(
                    "{case}: {key} does not name the nationality condition"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_igo_rule_requires_the_pension_age_or_reports_what_the_ksz_shows() {
    let mut problems = Vec::new();
    for rule in KNOWLEDGE.rules {
        if !mentions_igo(rule.text.get()) && !mentions_igo(rule.why.get()) {
            continue;
        }
        let at_age = observed(rule, &PENSION_AGE);
        let shown = observed(rule, &IGO_SHOWN);
        if !at_age && !shown {
            problems.push(format!(
                "{}: mentions the IGO without the pension age in `when`",
                rule.id
            ));
        }
        // A suggestion to ask about or apply for an IGO names the residence condition.
        if at_age && rule.column == Column::Needed && !shown {
            let lower = format!("{} {}", rule.text.get(), rule.why.get()).to_lowercase();
            if !lower.contains("hoofdverblijfplaats in belgië") {
                problems.push(format!("{}: no residence condition", rule.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The ten-year residence condition (wet 27 januari 2017) was annulled by the Constitutional
/// Court (arrest 6/2019): no statement may present it as a condition that holds.
#[test]
fn the_annulled_ten_year_residence_condition_is_never_stated_as_law() {
    let mut texts: Vec<(String, &str)> = Vec::new();
    for rule in KNOWLEDGE.rules {
        texts.push((rule.id.to_string(), rule.text.get()));
        texts.push((rule.id.to_string(), rule.why.get()));
    }
    for f in KNOWLEDGE.flows {
        for n in f
            .contains
            .iter()
            .chain(f.read)
            .chain(f.pitfalls)
            .chain(f.indicates)
        {
            texts.push((f.id.to_string(), n.text.get()));
        }
        texts.push((f.id.to_string(), f.nothing_found.text));
        texts.push((f.id.to_string(), f.not_consulted.text));
    }
    for d in KNOWLEDGE.dossiers {
        texts.push((d.id.to_string(), d.intro.get()));
        for (_, c) in d.commentary {
            texts.push((d.id.to_string(), c.get()));
        }
    }
    let mut problems = Vec::new();
    for (id, text) in texts {
        let lower = text.to_lowercase();
        // "tien jaar" as words ("achttien jaar" is not ten years).
        let ten_years = ["tien jaar", "10 jaar"].iter().any(|w| {
            lower.match_indices(w).any(|(i, _)| {
                !lower[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            })
        });
        if ten_years && mentions_igo(text) && !lower.contains("vernietigd") {
            problems.push(format!("{id}: {text}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

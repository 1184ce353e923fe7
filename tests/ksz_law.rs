//! The law the knowledge states (issue 18, item 1): maintenance received for the children and
//! what a foster parent receives are exempt resources (art. 22, § 1 KB 11 juli 2002; POD MI),
//! the Groeipakket the applicant receives for the children he raises is exempt (art. 22, § 1,
//! eerste lid, b)), and the Groeipakket a young adult receives for himself counts (case law).
//! These tests fail when a rule presents one of the exempt resources as counted again.

use toeleiding::ksz::knowledge::{Column, Rule, KNOWLEDGE};
use toeleiding::ksz::{worksheet, LineKind, Origin, Record, Status};

fn record(found: &[&str], observations: &[&str]) -> Record {
    let mut r = Record::default();
    for flow in found {
        r.set_status(flow, Some(Status::Found));
    }
    for o in observations {
        r.set_observation(o, true, Origin::Worker);
    }
    r
}

fn rule(id: &str) -> &'static Rule {
    KNOWLEDGE
        .rules
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no rule {id}"))
}

/// The sentences of a text: split after a full stop that ends a sentence (a capital follows),
/// so "art. 22, § 1" stays inside its sentence.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let ends = matches!(c, '.' | ':')
            && chars.get(i + 1) == Some(&' ')
            && chars.get(i + 2).is_some_and(|n| n.is_uppercase());
        if ends {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    out
}

/// Whether a sentence says something counts as a resource (and not that it does not).
fn says_it_counts(sentence: &str) -> bool {
    let s = sentence.to_lowercase();
    [
        "telt mee",
        "tellen mee",
        "telt wel mee",
        "is een bestaansmiddel",
        "telt als bestaansmiddel",
    ]
    .iter()
    .any(|p| s.contains(p))
}

/// Whether a sentence is about maintenance for the children or about foster care.
fn about_child_maintenance_or_foster_care(sentence: &str) -> bool {
    let s = sentence.to_lowercase();
    (s.contains("onderhoudsgeld") && s.contains("kinderen") && !s.contains("aanvrager zelf"))
        || s.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with("pleeg"))
}

#[test]
fn no_rule_says_child_maintenance_or_a_foster_allowance_counts() {
    let mut wrong = Vec::new();
    for r in KNOWLEDGE.rules {
        for part in [r.text.get(), r.why.get()] {
            for s in sentences(part) {
                if about_child_maintenance_or_foster_care(&s) && says_it_counts(&s) {
                    wrong.push(format!("{}: {}", r.id, s.trim()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_sentence_check_catches_the_old_wording() {
    // The wording `gezin-children-elsewhere` had before issue 18: it must be caught.
    let old = "Waar de kinderen wonen, bepaalt mee de categorie; onderhoudsgeld dat werkelijk ontvangen wordt, is een bestaansmiddel.";
    assert!(sentences(old)
        .iter()
        .any(|s| about_child_maintenance_or_foster_care(s) && says_it_counts(s)));
    // "telt niet mee" is not "telt mee"; an article number does not split a sentence.
    let new = "Onderhoudsgeld dat de aanvrager voor de kinderen ontvangt, telt niet mee als bestaansmiddel (art. 22, § 1 KB 11 juli 2002).";
    assert_eq!(sentences(new).len(), 1);
    assert!(!says_it_counts(new));
}

#[test]
fn the_maintenance_rules_say_child_maintenance_is_exempt_and_name_the_article() {
    for id in [
        "groeipakket-maintenance",
        "gezin-children-elsewhere",
        "gezin-children-elsewhere-rights",
    ] {
        let r = rule(id);
        assert!(
            r.why
                .get()
                .contains("voor de kinderen ontvangt, telt niet mee")
                || r.why.get().contains("het telt niet mee als bestaansmiddel"),
            "{id}: {}",
            r.why.get()
        );
        assert!(
            r.why.get().contains("art. 22, § 1 KB 11 juli 2002"),
            "{id}: {}",
            r.why.get()
        );
        assert_eq!(r.basis.source, Some("pod-mi-faq-vrijgesteld"), "{id}");
    }
    // Maintenance for oneself is not exempt (and the rule says so, with its article).
    let m = rule("groeipakket-maintenance");
    assert!(
        m.why.get().contains("voor de aanvrager zelf"),
        "{}",
        m.why.get()
    );
    assert!(
        m.why.get().contains("art. 16 wet 26 mei 2002"),
        "{}",
        m.why.get()
    );
}

#[test]
fn a_foster_allowance_is_not_asked_for_as_income() {
    let r = rule("groeipakket-foster-allowance");
    assert_eq!(r.condition, "bestaansmiddelen");
    assert_eq!(r.column, Column::DontAsk);
    assert!(
        r.text.get().contains("tellen niet mee als bestaansmiddel"),
        "{}",
        r.text.get()
    );
    assert!(!r.text.get().contains("niet nagekeken") && !r.why.get().contains("niet nagekeken"));
    assert!(
        r.why.get().contains("art. 22, § 1 KB 11 juli 2002"),
        "{}",
        r.why.get()
    );
}

/// The lines of the "bestaansmiddelen" condition in one column, as (rule id, text).
fn resource_lines(r: &Record, column: Column) -> Vec<(&'static str, &'static str)> {
    let w = worksheet(r);
    let sheet = w
        .conditions
        .iter()
        .find(|c| c.condition.id == "bestaansmiddelen")
        .expect("the bestaansmiddelen condition");
    sheet
        .column(column)
        .iter()
        .filter_map(|l| match l.kind {
            LineKind::Rule(rule) => Some((rule.id, rule.text.get())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_record_with_child_maintenance_and_foster_care_counts_neither() {
    let r = record(
        &["gezin", "groeipakket"],
        &[
            "gezin.with-children",
            "gezin.children-elsewhere",
            "groeipakket.client-receives",
            "groeipakket.foster-care",
            "groeipakket.social-supplement",
        ],
    );
    let established = resource_lines(&r, Column::Established);
    for (id, text) in &established {
        for s in sentences(text) {
            assert!(
                !(about_child_maintenance_or_foster_care(&s) && says_it_counts(&s)),
                "{id}: {s}"
            );
        }
        // Nothing from the Groeipakket for the children is presented as counted income.
        if id.starts_with("groeipakket") {
            assert!(!says_it_counts(text), "{id}: {text}");
        }
    }
    let ids: Vec<&str> = established.iter().map(|(id, _)| *id).collect();
    assert!(ids.contains(&"groeipakket-not-counted"), "{ids:?}");
    assert!(
        rule("groeipakket-not-counted")
            .text
            .get()
            .contains("telt niet mee als bestaansmiddel"),
        "{}",
        rule("groeipakket-not-counted").text.get()
    );
    // The foster allowance is in "Niet (meer) vragen", not something still needed.
    let dont_ask = resource_lines(&r, Column::DontAsk);
    assert!(dont_ask
        .iter()
        .any(|(id, _)| *id == "groeipakket-foster-allowance"));
    assert!(!resource_lines(&r, Column::Needed)
        .iter()
        .any(|(id, _)| *id == "groeipakket-foster-allowance"));
}

#[test]
fn the_groeipakket_for_the_children_rests_on_art_22_1_b() {
    for id in [
        "groeipakket-not-counted",
        "groeipakket-no-slip",
        "gezin-children-allowance",
    ] {
        let r = rule(id);
        assert!(
            r.why
                .get()
                .contains("art. 22, § 1, eerste lid, b) KB 11 juli 2002"),
            "{id}: {}",
            r.why.get()
        );
        assert!(
            !r.why.get().contains("algemene kennis"),
            "{id}: {}",
            r.why.get()
        );
    }
    let src = KNOWLEDGE.source("kb-2002-art22-1b").expect("the source");
    assert!(src.title.get().contains("art. 22, § 1, eerste lid, b)"));
}

#[test]
fn the_groeipakket_a_young_adult_receives_for_himself_counts_as_case_law() {
    let r = record(&["groeipakket"], &["groeipakket.client-receives-self"]);
    let established = resource_lines(&r, Column::Established);
    assert!(
        established
            .iter()
            .any(|(id, text)| *id == "groeipakket-self-counts" && says_it_counts(text)),
        "{established:?}"
    );
    // Not the exemption for the children.
    assert!(!established
        .iter()
        .any(|(id, _)| *id == "groeipakket-not-counted"));
    let needed = resource_lines(&r, Column::Needed);
    assert!(needed
        .iter()
        .any(|(id, _)| *id == "groeipakket-self-amount"));
    // Case law, not the text of the KB: marked as interpretation, with its source.
    let rule = rule("groeipakket-self-counts");
    assert!(rule.basis.interpretation);
    assert_eq!(rule.basis.source, Some("cass-2015-01-19-gezinsbijslag"));
    assert!(KNOWLEDGE.source("cass-2015-01-19-gezinsbijslag").is_some());
}

//! The worksheet engine: lines come only from what was recorded, "geraadpleegd, niets gevonden"
//! never reads as "no right", signals stay things to discuss, and the realistic case of the issue
//! (open incapacity + orphan supplement + recent Dimona exit + no RVA right) gives its lines.

mod common;

use proptest::prelude::*;
use toeleiding::ksz::knowledge::{Column, KNOWLEDGE};
use toeleiding::ksz::{worksheet, LineKind, Origin, Record, RecordProblem, Status};

use common::ksz_record as record;

/// Every line's text as shown (rule text, or the flow's own text for status lines).
fn texts(r: &Record) -> Vec<String> {
    worksheet(r)
        .conditions
        .iter()
        .flat_map(|c| c.lines())
        .map(|l| match l.kind {
            LineKind::Rule(rule) => rule.text.get().to_string(),
            LineKind::NothingFound(f) => f.nothing_found.text.to_string(),
            LineKind::NotConsulted(f) => f.not_consulted.text.to_string(),
        })
        .collect()
}

#[test]
fn an_empty_record_gives_no_lines_and_asks_for_a_status() {
    let r = Record::default();
    let w = worksheet(&r);
    assert!(w.conditions.iter().all(|c| c.is_empty()));
    assert_eq!(w.not_recorded.len(), KNOWLEDGE.flows.len());
    assert_eq!(r.problems(), vec![RecordProblem::Empty]);
}

#[test]
fn nothing_found_never_reads_as_no_right() {
    for flow in KNOWLEDGE.flows {
        let r = record(&[(flow.id, Status::NothingFound)], &[]);
        let w = worksheet(&r);
        let keys = w.keys();
        assert!(
            keys.contains(&format!("status:{}:niets", flow.id)),
            "{}: {keys:?}",
            flow.id
        );
        for text in texts(&r) {
            let lower = text.to_lowercase();
            let denies = lower.contains("geen recht")
                && !lower.contains("niet dat er geen recht")
                && !lower.contains("niet \"geen recht\"")
                && !lower.contains("niet 'geen recht'");
            assert!(!denies, "{}: {text}", flow.id);
        }
        // Nothing found is never a fact in "KSZ stelt vast" that a right is missing: no line is
        // established from a flow that found nothing.
        for c in &w.conditions {
            for l in &c.established {
                assert!(
                    !l.flows.iter().any(|f| f.id == flow.id),
                    "{}: established line {:?} from nothing found",
                    flow.id,
                    l.key()
                );
            }
        }
    }
}

#[test]
fn observations_count_only_while_their_flow_is_found() {
    let flow = KNOWLEDGE.flow("rva").expect("the rva flow");
    let mut r = record(&[], &["rva.right-paid"]);
    assert_eq!(
        r.status("rva"),
        Some(Status::Found),
        "ticking marks the flow found"
    );
    assert!(worksheet(&r).keys().contains("rva-paid-income"));
    r.set_status(flow.id, Some(Status::NothingFound));
    let keys = worksheet(&r).keys();
    assert!(!keys.contains("rva-paid-income"), "{keys:?}");
    assert!(keys.contains("status:rva:niets"));
}

#[test]
fn found_without_an_observation_is_a_problem() {
    let r = record(&[("rva", Status::Found)], &[]);
    assert_eq!(
        r.problems(),
        vec![RecordProblem::FoundWithoutObservation("rva")]
    );
}

#[test]
fn unknown_ids_never_enter_a_record() {
    let mut r = Record::default();
    r.set_status("geen-stroom", Some(Status::Found));
    r.set_observation("rva.verzonnen", true, Origin::Worker);
    r.set_observation("Jan Peeters 85.07.30-033.61", true, Origin::Worker);
    assert_eq!(r, Record::default());
}

#[test]
fn every_line_names_the_flows_it_comes_from() {
    // Tick everything of every flow: every line's flows were recorded as found or by status.
    let mut r = Record::default();
    for f in KNOWLEDGE.flows {
        for o in f.observations {
            r.set_observation(o.id, true, Origin::Worker);
        }
    }
    let w = worksheet(&r);
    for c in &w.conditions {
        for l in c.lines() {
            assert!(!l.flows.is_empty(), "{}", l.key());
            if l.is_signal() {
                assert_eq!(l.column(), Column::Needed, "{}", l.key());
            }
        }
    }
}

proptest! {
    /// Any record gives a worksheet without panicking, and the same one twice; every line comes
    /// from a flow that was recorded.
    #[test]
    fn any_record_gives_a_stable_worksheet(
        statuses in prop::collection::vec((0usize..64, 0u8..4), 0..40),
        ticks in prop::collection::vec(0usize..512, 0..60),
    ) {
        let flows = KNOWLEDGE.flows;
        let all: Vec<&str> = flows.iter().flat_map(|f| f.observations.iter().map(|o| o.id)).collect();
        let mut r = Record::default();
        for (i, s) in statuses {
            let status = match s { 0 => Some(Status::Found), 1 => Some(Status::NothingFound), 2 => Some(Status::NotConsulted), _ => None };
            r.set_status(flows[i % flows.len()].id, status);
        }
        for i in ticks {
            r.set_observation(all[i % all.len()], true, Origin::Worker);
        }
        let w = worksheet(&r);
        prop_assert_eq!(&w, &worksheet(&r));
        for c in &w.conditions {
            for l in c.lines() {
                for f in &l.flows {
                    prop_assert!(r.status(f.id).is_some(), "{} from unrecorded {}", l.key(), f.id);
                }
            }
        }
    }
}

/// The realistic case: open incapacity period, orphan supplement, a Dimona exit three
/// weeks ago, no RVA right: lines under bestaansmiddelen, werkbereidheid and rechten doen gelden.
#[test]
fn the_realistic_case_gives_its_lines_in_the_three_conditions() {
    let r = record(
        &[],
        &[
            "arbeidsongeschiktheid.open-file",
            "groeipakket.orphan-supplement",
            "dimona.exit-recent",
            "rva.no-right",
        ],
    );
    let w = worksheet(&r);
    let keys_in = |condition: &str, column: Column| -> Vec<String> {
        w.conditions
            .iter()
            .find(|c| c.condition.id == condition)
            .map(|c| c.column(column).iter().map(|l| l.key()).collect())
            .unwrap_or_default()
    };
    let has = |condition: &str, column: Column, key: &str| {
        let keys = keys_in(condition, column);
        assert!(
            keys.iter().any(|k| k == key),
            "{condition}/{column:?}: {key} not in {keys:?}"
        );
    };
    has(
        "bestaansmiddelen",
        Column::Needed,
        "arbeidsongeschiktheid-open-file-signal",
    );
    has(
        "bestaansmiddelen",
        Column::Needed,
        "dimona-exit-recent-last-pay",
    );
    has(
        "werkbereidheid",
        Column::Established,
        "arbeidsongeschiktheid-open-file-established",
    );
    has("werkbereidheid", Column::Needed, "dimona-exit-recent-why");
    has(
        "werkbereidheid",
        Column::DontAsk,
        "arbeidsongeschiktheid-open-file-no-proof",
    );
    has("rechten", Column::Established, "rva-no-right");
    has("rechten", Column::Established, "groeipakket-orphan");
    has("rechten", Column::Needed, "groeipakket-orphan-pension");
    has("rechten", Column::Needed, "dimona-exit-recent-unemployment");
    has("rechten", Column::Needed, "signal-dimona-exit-no-rva");
    has("rechten", Column::DontAsk, "groeipakket-orphan-no-proof");
    // The signals are signals, in "Nog nodig".
    let signals: Vec<String> = w
        .conditions
        .iter()
        .flat_map(|c| c.needed.iter().filter(|l| l.is_signal()).map(|l| l.key()))
        .collect();
    assert!(
        signals.contains(&"groeipakket-orphan-pension".to_string()),
        "{signals:?}"
    );
    assert!(
        signals.contains(&"signal-dimona-exit-no-rva".to_string()),
        "{signals:?}"
    );
}

/// Issue 18, item 5: the partner's other income flows are lines about the partner's resources,
/// never about the applicant; a housemate's never count as the partner's.
#[test]
fn the_partners_other_incomes_are_lines_about_the_partner() {
    use toeleiding::ksz::Role;
    for (flow, observation, key) in [
        (
            "handicap",
            "handicap.ivt-it-granted",
            "partner-handicap-allowance",
        ),
        (
            "handicap",
            "handicap.pending-request",
            "partner-handicap-pending",
        ),
        (
            "zelfstandige",
            "zelfstandige.active-secondary",
            "partner-self-employed-secondary",
        ),
        (
            "kadaster",
            "kadaster.owns-other-property",
            "partner-owns-property",
        ),
        ("belasting", "belasting.income-known", "partner-tax-income"),
        ("dimona", "dimona.exit-recent", "partner-work-ended-recent"),
    ] {
        let mut r = Record::default();
        r.set_status_of(Role::Partner, flow, Some(Status::Found));
        r.set_observation_of(Role::Partner, observation, true, Origin::Worker);
        let w = worksheet(&r);
        let line = w
            .conditions
            .iter()
            .flat_map(|c| c.lines())
            .find(|l| l.key() == key)
            .unwrap_or_else(|| panic!("{key}: not on the worksheet"));
        assert_eq!(line.persons, vec![Role::Partner], "{key}");
        // The same observation for the applicant never gives the partner's line.
        let mut mine = Record::default();
        mine.set_status(flow, Some(Status::Found));
        mine.set_observation(observation, true, Origin::Worker);
        assert!(
            !worksheet(&mine).keys().contains(key),
            "{key} for the applicant"
        );
    }
}

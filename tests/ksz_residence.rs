//! Permanent residence in the knowledge (issue 18, item 7): an EU citizen whose current card
//! shows a permanent residence (E+/EU+; for family members F+; for other foreigners C/K or D/L)
//! gets the line that the KSZ establishes it and the line that it need not be proven again, and
//! none of the questions about the ground of the residence or the right of residence of more
//! than three months. Without it, those questions still come.

mod common;

use toeleiding::ksz::knowledge::{Column, Status};
use toeleiding::ksz::{worksheet, Record};

const PERMANENT: &str = "rr.permanent-residence";

/// The lines that ask about the ground of the residence or the EU citizen's right of residence,
/// or that read a residence right as depending on work or on a family member.
const RESIDENCE_QUESTIONS: [&str; 7] = [
    "rr-eu-residence-card",
    "rr-eu-no-card",
    "rr-non-eu-foreigners",
    "rr-non-eu-register-unknown",
    "rr-family-reunification-discuss",
    "signal-eu-citizen-exit-recent",
    "signal-eu-citizen-no-dimona",
];

use common::ksz_record as record;

/// An EU citizen in the foreigners' register with a card, whose work ended recently; with
/// `extra` observations added.
fn eu_citizen(extra: &[&str]) -> Record {
    let mut obs = vec![
        "rr.eu-citizen",
        "rr.register-foreigners",
        "rr.card-type-shown",
        "rr.single",
        "dimona.exit-recent",
    ];
    obs.extend_from_slice(extra);
    record(&[("rr", Status::Found), ("dimona", Status::Found)], &obs)
}

fn keys(r: &Record) -> std::collections::BTreeSet<String> {
    worksheet(r).keys()
}

fn column_of(r: &Record, key: &str) -> Option<Column> {
    worksheet(r)
        .conditions
        .iter()
        .flat_map(|c| c.lines())
        .find(|l| l.key() == key)
        .map(|l| l.column())
}

#[test]
fn the_observation_exists_with_the_card_letters_in_its_label() {
    let (_, o) = toeleiding::ksz::knowledge::KNOWLEDGE
        .observation(PERMANENT)
        .expect("rr.permanent-residence is in the knowledge");
    for letter in ["E+", "EU+", "F+", "K", "L"] {
        assert!(o.label.contains(letter), "{letter} in {:?}", o.label);
    }
}

#[test]
fn an_eu_citizen_with_permanent_residence_gets_no_residence_question() {
    let r = eu_citizen(&[PERMANENT]);
    let k = keys(&r);
    for q in RESIDENCE_QUESTIONS {
        assert!(!k.contains(q), "{q} fires for a permanent resident: {k:?}");
    }
    assert_eq!(
        column_of(&r, "rr-permanent-residence"),
        Some(Column::Established),
        "{k:?}"
    );
    assert_eq!(
        column_of(&r, "rr-permanent-residence-no-proof"),
        Some(Column::DontAsk),
        "{k:?}"
    );
    // The other facts of the register stay.
    assert!(k.contains("rr-eu-established"));
    assert!(k.contains("rr-card-established"));
}

#[test]
fn without_permanent_residence_the_questions_still_come() {
    let k = keys(&eu_citizen(&[]));
    assert!(k.contains("rr-eu-residence-card"), "{k:?}");
    assert!(k.contains("signal-eu-citizen-exit-recent"), "{k:?}");
    assert!(!k.contains("rr-permanent-residence"), "{k:?}");
    assert!(!k.contains("rr-permanent-residence-no-proof"), "{k:?}");
    // Without a card at all, the card is asked for.
    let no_card = record(&[("rr", Status::Found)], &["rr.eu-citizen"]);
    assert!(keys(&no_card).contains("rr-eu-no-card"));
    // And with a permanent residence recorded by hand, it is not.
    let by_hand = record(&[("rr", Status::Found)], &["rr.eu-citizen", PERMANENT]);
    assert!(!keys(&by_hand).contains("rr-eu-no-card"));
}

#[test]
fn a_family_member_with_f_plus_is_not_told_the_right_depends_on_the_reunifier() {
    let base = [
        "rr.non-eu",
        "rr.register-foreigners",
        "rr.card-type-shown",
        "rr.family-reunification",
    ];
    let f = record(&[("rr", Status::Found)], &base);
    let k = keys(&f);
    assert!(k.contains("rr-family-reunification-discuss"), "{k:?}");
    assert!(k.contains("rr-non-eu-foreigners"), "{k:?}");
    let mut plus = base.to_vec();
    plus.push(PERMANENT);
    let k = keys(&record(&[("rr", Status::Found)], &plus));
    assert!(!k.contains("rr-family-reunification-discuss"), "{k:?}");
    assert!(!k.contains("rr-non-eu-foreigners"), "{k:?}");
    // The reunification itself is still shown, and its resources still discussed.
    assert!(k.contains("rr-family-reunification"), "{k:?}");
    assert!(k.contains("rr-family-reunification-resources"), "{k:?}");
}

#[test]
fn the_permanent_residence_lines_name_their_article_or_are_interpretation() {
    let k = &toeleiding::ksz::knowledge::KNOWLEDGE;
    for id in ["rr-permanent-residence", "rr-permanent-residence-no-proof"] {
        let rule = k.rules.iter().find(|r| r.id == id).expect(id);
        let words = format!("{} {}", rule.text.get(), rule.why.get());
        assert!(
            words.contains("art.") || rule.basis.interpretation,
            "{id}: {words}"
        );
        assert!(
            words.contains("art. 3, 3°"),
            "{id} names art. 3, 3°: {words}"
        );
    }
}

//! Willingness to work (issue 18, item 6): the GPMI for a new leefloon file and the VDAB
//! registration, never asked of someone whose incapacity the KSZ already shows, each line with
//! its source.

use toeleiding::ksz::knowledge::{Column, KNOWLEDGE};
use toeleiding::ksz::{worksheet, Origin, Record, Status};

fn lines(r: &Record) -> Vec<(String, Column)> {
    worksheet(r)
        .conditions
        .iter()
        .filter(|c| c.condition.id == "werkbereidheid")
        .flat_map(|c| c.lines())
        .map(|l| (l.key(), l.column()))
        .collect()
}

fn applicant() -> Record {
    let mut r = Record::default();
    r.set_observation("rr.belgian", true, Origin::Worker);
    r.set_status("rva", Some(Status::NothingFound));
    r
}

#[test]
fn a_new_file_gets_the_gpmi_and_the_vdab_question() {
    let got = lines(&applicant());
    assert!(
        got.contains(&("gpmi-new-file".into(), Column::Needed)),
        "{got:?}"
    );
    assert!(
        got.contains(&("vdab-registration-ask".into(), Column::Needed)),
        "{got:?}"
    );
    let gpmi = KNOWLEDGE
        .rules
        .iter()
        .find(|r| r.id == "gpmi-new-file")
        .unwrap();
    let words = format!("{} {}", gpmi.text.get(), gpmi.why.get());
    assert!(
        words.contains("gezondheids") || words.contains("billijkheid"),
        "{words}"
    );
}

#[test]
fn an_incapacity_the_ksz_shows_is_never_asked_to_prove_with_a_vdab_registration() {
    let mut r = applicant();
    r.set_observation("arbeidsongeschiktheid.open-file", true, Origin::Worker);
    let got = lines(&r);
    assert!(
        !got.iter().any(|(k, _)| k == "vdab-registration-ask"),
        "{got:?}"
    );
    assert!(got.contains(&("vdab-registration-health-no-proof".into(), Column::DontAsk)));
}

#[test]
fn leefloon_paid_elsewhere_now_is_no_new_file() {
    let mut r = applicant();
    r.set_observation("ocmw.leefloon-elsewhere-current", true, Origin::Worker);
    assert!(!lines(&r).iter().any(|(k, _)| k == "gpmi-new-file"));
}

#[test]
fn the_new_lines_cite_their_sources() {
    for id in [
        "gpmi-new-file",
        "vdab-registration-ask",
        "vdab-registration-eu-jobseeker",
        "vdab-registration-health-no-proof",
    ] {
        let rule = KNOWLEDGE.rules.iter().find(|r| r.id == id).unwrap();
        let source = rule.basis.source.and_then(|s| KNOWLEDGE.source(s));
        assert!(source.is_some() || rule.basis.interpretation, "{id}");
    }
}

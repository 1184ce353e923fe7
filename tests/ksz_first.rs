//! *Eerst doen* (issue 18): never more than seven lines, chosen and ranked by the knowledge
//! (`first.toml`), each one a line the worksheet holds below; rights to claim before what is
//! still needed, the home visit last.

use proptest::prelude::*;
use std::collections::BTreeSet;
use toeleiding::ksz::knowledge::{Column, KNOWLEDGE};
use toeleiding::ksz::practice::model;
use toeleiding::ksz::{first, worksheet, Origin, Record, Status, MAX_FIRST};

#[test]
fn the_groups_add_up_to_seven_lines_at_most_and_name_lines_that_exist() {
    let total: usize = KNOWLEDGE.first.iter().map(|g| g.at_most).sum();
    assert!(total <= MAX_FIRST, "the groups allow {total} lines");
    assert_eq!(MAX_FIRST, 7);
    let titles: Vec<&str> = KNOWLEDGE.first.iter().map(|g| g.title).collect();
    assert_eq!(
        titles,
        [
            "Eerst een recht doen gelden",
            "Wat het dossier nog nodig heeft",
            "Huisbezoek"
        ]
    );
    let mut seen = BTreeSet::new();
    for group in KNOWLEDGE.first {
        assert!(group.at_most >= 1, "{}", group.title);
        for key in group.lines {
            assert!(seen.insert(*key), "{key} is listed twice");
            if let Some(rest) = key.strip_prefix("status:") {
                let flow = rest.strip_suffix(":niet").expect("status:<flow>:niet");
                assert!(KNOWLEDGE.flow(flow).is_some(), "{key}: unknown flow");
                continue;
            }
            let rule = KNOWLEDGE
                .rules
                .iter()
                .find(|r| r.id == *key)
                .unwrap_or_else(|| panic!("{key}: no such rule"));
            assert_eq!(
                rule.column,
                Column::Needed,
                "{key}: Eerst doen is what to do"
            );
        }
    }
}

fn any_record() -> impl Strategy<Value = Record> {
    let statuses = prop::collection::vec(
        prop::sample::select(vec![
            None,
            Some(Status::Found),
            Some(Status::NothingFound),
            Some(Status::NotConsulted),
        ]),
        KNOWLEDGE.flows.len(),
    );
    let observations: Vec<&'static str> = KNOWLEDGE
        .flows
        .iter()
        .flat_map(|f| f.observations.iter().map(|o| o.id))
        .collect();
    let ticked = prop::collection::vec(prop::sample::select(observations), 0..40);
    (statuses, ticked).prop_map(|(statuses, ticked)| {
        let mut r = Record::default();
        for (flow, status) in KNOWLEDGE.flows.iter().zip(statuses) {
            r.set_status(flow.id, status);
        }
        for id in ticked {
            r.set_observation(id, true, Origin::Worker);
        }
        r
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn never_more_than_seven_lines_each_one_on_the_worksheet_in_group_order(record in any_record()) {
        let sheet = worksheet(&record);
        let top = first(&sheet);
        prop_assert!(top.len() <= MAX_FIRST);
        let keys = sheet.keys();
        let mut last_group = 0;
        let mut shown = BTreeSet::new();
        for f in &top {
            prop_assert!(keys.contains(&f.line.key()));
            prop_assert!(shown.insert(f.line.key()), "a line twice");
            let g = KNOWLEDGE.first.iter().position(|g| std::ptr::eq(g, f.group)).unwrap();
            prop_assert!(g >= last_group, "groups out of order");
            last_group = g;
        }
        for group in KNOWLEDGE.first {
            let n = top.iter().filter(|f| std::ptr::eq(f.group, group)).count();
            prop_assert!(n <= group.at_most);
            // A group is full, or it holds every line of its list the worksheet has.
            let available = group.lines.iter().filter(|k| keys.contains(**k)).count();
            prop_assert_eq!(n, available.min(group.at_most));
        }
    }
}

#[test]
fn a_right_to_claim_comes_before_a_document_and_the_home_visit_comes_last() {
    let mut r = Record::default();
    for flow in ["rr", "gezin", "adres", "rva", "dimona"] {
        r.set_status(flow, Some(Status::Found));
    }
    for o in [
        "rva.right-pending",
        "dimona.active-job",
        "adres.registered-here",
    ] {
        if KNOWLEDGE.observation(o).is_some() {
            r.set_observation(o, true, Origin::Worker);
        }
    }
    let sheet = worksheet(&r);
    let top = first(&sheet);
    let keys: Vec<String> = top.iter().map(|f| f.line.key()).collect();
    println!("{keys:?}");
    assert!(
        !top.is_empty(),
        "a record with lines to do gives Eerst doen"
    );
    let groups: Vec<&str> = top.iter().map(|f| f.group.title).collect();
    let mut sorted = groups.clone();
    sorted.sort_by_key(|t| KNOWLEDGE.first.iter().position(|g| g.title == *t));
    assert_eq!(groups, sorted);
    if let Some(last) = top.last() {
        if top.iter().any(|f| f.group.title == "Huisbezoek") {
            assert_eq!(last.group.title, "Huisbezoek");
        }
    }
}

#[test]
fn every_practice_dossier_has_something_to_do_first() {
    for d in KNOWLEDGE.dossiers {
        let sheet = model(d);
        let top = first(&sheet);
        let keys: Vec<String> = top.iter().map(|f| f.line.key()).collect();
        println!("{}: {keys:?}", d.id);
        assert!(!top.is_empty(), "{}: Eerst doen is empty", d.id);
        assert!(top.len() <= MAX_FIRST);
    }
}

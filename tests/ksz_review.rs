//! The legal review of the KSZ knowledge (issue 18): every file says who checked it, when and
//! against which sources; what rests on a law names its article or is marked as our own
//! interpretation; no source is "general knowledge".

use toeleiding::date::Date;
use toeleiding::ksz::knowledge::{Basis, KNOWLEDGE, REVIEWS};

/// Every basis in the knowledge, with a label that finds it in the TOML.
fn bases() -> Vec<(String, Basis)> {
    let mut all = Vec::new();
    for c in KNOWLEDGE.conditions {
        for s in c.explain {
            all.push((format!("condition {}: {:?}", c.id, s.text), s.basis));
        }
    }
    for f in KNOWLEDGE.flows {
        for list in [f.contains, f.read, f.pitfalls, f.indicates] {
            for n in list {
                all.push((format!("flow {}: {:?}", f.id, n.text.get()), n.basis));
            }
        }
        for s in [f.nothing_found, f.not_consulted] {
            all.push((format!("flow {}: {:?}", f.id, s.text), s.basis));
        }
        for o in f.observations {
            all.push((format!("observation {}", o.id), o.basis));
        }
    }
    for r in KNOWLEDGE.rules {
        all.push((format!("rule {}", r.id), r.basis));
    }
    for s in KNOWLEDGE.frame.sections {
        for n in s.statements {
            all.push((format!("frame: {:?}", n.text.get()), n.basis));
        }
    }
    all
}

#[test]
fn what_rests_on_a_law_names_its_article_or_is_marked_as_interpretation() {
    let mut problems = Vec::new();
    let mut on_law = 0;
    for (what, b) in bases() {
        let source = b.source.and_then(|id| KNOWLEDGE.source(id));
        if b.article.is_some() && source.is_none() {
            problems.push(format!("{what}: an article without a source"));
        }
        if let Some(a) = b.article {
            if !a.starts_with("art. ") {
                problems.push(format!(
                    "{what}: article {a:?} does not start with \"art. \""
                ));
            }
        }
        if let Some(s) = source.filter(|s| s.primary) {
            on_law += 1;
            if b.article.is_none() && !b.interpretation {
                problems.push(format!(
                    "{what}: rests on {} without an article and is not marked as interpretation",
                    s.id
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    println!("{on_law} statements and rules rest on a primary legal text");
    assert!(
        on_law >= 40,
        "only {on_law} statements rest on the law itself"
    );
}

#[test]
fn no_source_is_general_knowledge_or_unchecked() {
    for s in KNOWLEDGE.sources {
        let lower = s.title.get().to_lowercase();
        assert!(
            !lower.contains("algemene kennis"),
            "source {}: {:?}",
            s.id,
            s.title.get()
        );
        if let Some(detail) = s.detail {
            let d = detail.get().to_lowercase();
            for phrase in ["algemene kennis", "niet opnieuw nagekeken"] {
                assert!(!d.contains(phrase), "source {}: says {phrase:?}", s.id);
            }
        }
    }
    let primary: Vec<&str> = KNOWLEDGE
        .sources
        .iter()
        .filter(|s| s.primary)
        .map(|s| s.id)
        .collect();
    for law in ["wet-2002", "kb-2002", "kb-2013", "wet-2014-only-once"] {
        assert!(primary.contains(&law), "{law} is not marked primary");
    }
}

#[test]
fn every_knowledge_file_says_who_checked_it_against_which_sources_and_when() {
    let files: Vec<&str> = REVIEWS.iter().map(|r| r.file).collect();
    for file in [
        "conditions.toml",
        "signals.toml",
        "persons.toml",
        "frame.toml",
    ] {
        assert!(files.contains(&file), "{file} has no review");
    }
    assert_eq!(
        files.iter().filter(|f| f.starts_with("flows/")).count(),
        KNOWLEDGE.flows.len(),
        "every flow file has a review"
    );
    let mut oldest = None;
    for r in REVIEWS {
        let on = Date::parse_iso(r.on).unwrap_or_else(|_| panic!("{}: on {:?}", r.file, r.on));
        oldest = Some(oldest.map_or(on, |o: Date| o.min(on)));
        assert!(!r.by.trim().is_empty(), "{}: by whom", r.file);
        assert!(
            !r.against.is_empty(),
            "{}: reviewed against no source ({:?})",
            r.file,
            r.by
        );
        for id in r.against {
            assert!(
                KNOWLEDGE.source(id).is_some(),
                "{}: unknown source {id:?}",
                r.file
            );
        }
        assert!(
            r.against
                .iter()
                .any(|id| KNOWLEDGE.source(id).is_some_and(|s| s.primary)),
            "{}: not read against any primary legal text",
            r.file
        );
    }
    // The page shows the oldest date, so the worker never sees a newer date than the whole.
    assert_eq!(
        Date::parse_iso(KNOWLEDGE.reviewed).ok(),
        oldest,
        "KNOWLEDGE.reviewed is the oldest review"
    );
    println!("{} knowledge files reviewed", REVIEWS.len());
}

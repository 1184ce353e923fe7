//! The information sheet's languages (`src/ui/messages/sheet/*.txt`): the line format's parser,
//! every language file against the Dutch source (every key, the same placeholders, no empty
//! text, an honest `reviewed` field), the unreviewed notice exactly where no native speaker
//! read the text, the bundle the page loads, and the sheet assembled in each language.

use std::collections::BTreeSet;
use toeleiding::date::Date;
use toeleiding::languages::{
    self, check, placeholders, sheet, texts::Review, BundleError, Facts, FormatError, Problem,
    Texts, LANGUAGES,
};

const DIR: &str = "src/ui/messages/sheet";

/// Every language file beside the Dutch one: (file stem, text).
fn files() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(DIR)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().to_string();
            (stem, std::fs::read_to_string(&p).unwrap())
        })
        .filter(|(stem, _)| stem != "nl")
        .collect();
    out.sort();
    out
}

fn facts() -> Facts<'static> {
    Facts {
        team: "Lokaal team Gent-Noord",
        ocmw: "OCMW Gent",
        worker: "An Peeters",
        phone: Some("09 123 45 67"),
        email: Some("an.peeters@kindengezin.be"),
        date: Some(Date::parse_iso("2026-11-22").unwrap()),
    }
}

#[test]
fn the_parser_reads_entries_and_skips_comments() {
    let t = Texts::parse("# a comment\n\ncode = xx\n  title =  Hallo = wereld  \n").unwrap();
    assert_eq!(t.get("code"), "xx");
    assert_eq!(t.get("title"), "Hallo = wereld");
    assert_eq!(t.get("missing"), "");
    assert_eq!(t.keys().collect::<Vec<_>>(), ["code", "title"]);
    assert_eq!(t.text_keys().collect::<Vec<_>>(), ["title"]);
    assert_eq!(Texts::parse("title\n"), Err(FormatError::NotAnEntry(1)));
    assert_eq!(
        Texts::parse("a = 1\nTitel = 2"),
        Err(FormatError::BadKey(2))
    );
    assert_eq!(Texts::parse(" = 2"), Err(FormatError::BadKey(1)));
    assert_eq!(
        Texts::parse("a = 1\n\na = 2"),
        Err(FormatError::Duplicate(3))
    );
    // A value may be empty for the parser; the check refuses it.
    assert_eq!(Texts::parse("a =").unwrap().get("a"), "");
}

#[test]
fn placeholders_are_found_and_counted() {
    assert_eq!(placeholders("{b} en {a} en {b}"), ["a", "b", "b"]);
    assert_eq!(placeholders("geen"), Vec::<&str>::new());
    assert_eq!(placeholders("open {team"), ["team"]);
}

#[test]
fn the_review_field_is_read_strictly() {
    assert_eq!(
        Review::read("brontekst in eenvoudig Nederlands"),
        Some(Review::Source)
    );
    assert_eq!(
        Review::read("niet nagelezen door een moedertaalspreker; vertaald, 2026-12-05"),
        Some(Review::NotReviewed)
    );
    assert_eq!(
        Review::read("nagelezen door een moedertaalspreker: Amal Haddad (tolk), 2027-01-10"),
        Some(Review::Reviewed)
    );
    // A review without a date, without a reviewer, or in other words, is no review.
    assert_eq!(
        Review::read("nagelezen door een moedertaalspreker: Amal Haddad"),
        None
    );
    assert_eq!(
        Review::read("nagelezen door een moedertaalspreker: 2027-01-10"),
        None
    );
    assert_eq!(
        Review::read("nagelezen door een moedertaalspreker: Amal, 2027-02-30"),
        None
    );
    assert_eq!(Review::read("gecontroleerd door Amal, 2027-01-10"), None);
    assert_eq!(Review::read(""), None);
}

#[test]
fn the_dutch_source_parses_and_has_every_key_the_sheet_uses() {
    let source = std::fs::read_to_string(format!("{DIR}/nl.txt")).unwrap();
    let nl = Texts::parse(&source).unwrap();
    assert_eq!(
        &nl,
        languages::dutch().unwrap(),
        "the page's Dutch is the source without comments"
    );
    assert_eq!(nl.get("code"), "nl");
    assert_eq!(nl.review(), Some(Review::Source));
    let mut used: Vec<String> = vec!["title".into(), "intro".into(), "points.heading".into()];
    for (h, t) in languages::SECTIONS {
        used.push(h.to_string());
        used.push(t.to_string());
    }
    used.extend(
        [
            "questions.phone",
            "questions.email",
            "points.choice",
            "unreviewed",
        ]
        .map(String::from),
    );
    used.extend(languages::POINTS.map(String::from));
    let used: BTreeSet<String> = used.into_iter().collect();
    let texts: BTreeSet<String> = nl.text_keys().map(String::from).collect();
    assert_eq!(
        used, texts,
        "nl.txt's texts are exactly those the sheet and the points use"
    );
    for key in nl.keys() {
        assert!(!nl.get(key).is_empty(), "nl.txt: `{key}` is empty");
    }
    assert_eq!(
        nl.get("unreviewed"),
        "Deze vertaling is nog niet nagelezen door een moedertaalspreker."
    );
}

#[test]
fn every_language_has_every_key_the_same_placeholders_and_no_empty_text() {
    let nl = languages::dutch().unwrap();
    let files = files();
    // The twelve of issue 19, and any an organisation adds (the report below says what to fix).
    assert!(files.len() >= 12, "twelve languages besides Dutch");
    let mut report = Vec::new();
    for (stem, text) in &files {
        let t = match Texts::parse(text) {
            Ok(t) => t,
            Err(e) => {
                report.push(format!("{stem}.txt: {e}"));
                continue;
            }
        };
        assert_eq!(t.get("code"), stem, "{stem}.txt is named after its code");
        for p in check(nl, &t) {
            report.push(format!("{stem}.txt: {p}"));
        }
        // No text is the Dutch one left untranslated (names and short labels aside).
        for key in nl.text_keys() {
            if nl.get(key).len() > 20 {
                assert_ne!(
                    t.get(key),
                    nl.get(key),
                    "{stem}.txt: `{key}` is still Dutch"
                );
            }
        }
    }
    assert!(
        report.is_empty(),
        "language files to fix:\n{}",
        report.join("\n")
    );
}

#[test]
fn the_check_names_what_is_missing_or_wrong() {
    let nl = languages::dutch().unwrap();
    let text = "code = xx\nname = X\nendonym = X\ndir = upwards\nreviewed = vertaald\n\
                title = T\nintro = {team} en {ocmw} en {extra}\nwhy.text =\nbogus = b\n";
    let t = Texts::parse(text).unwrap();
    let problems = check(nl, &t);
    assert!(problems.contains(&Problem::Missing("point.1".into())));
    assert!(problems.contains(&Problem::Unknown("bogus".into())));
    assert!(problems.contains(&Problem::Empty("why.text".into())));
    assert!(problems.contains(&Problem::Direction));
    assert!(problems.contains(&Problem::Review));
    assert!(problems
        .iter()
        .any(|p| matches!(p, Problem::Placeholders { key, .. } if key == "intro")));
    // A translation cannot call itself the source.
    let source = text.replace("reviewed = vertaald", "reviewed = brontekst");
    assert!(check(nl, &Texts::parse(&source).unwrap()).contains(&Problem::Review));
    // Messages say what to do.
    assert!(Problem::Missing("point.1".into())
        .to_string()
        .contains("nl.txt"));
}

#[test]
fn the_notice_shows_exactly_for_unreviewed_languages() {
    let nl = languages::dutch().unwrap();
    assert_eq!(languages::notice(nl), None, "Dutch is the source");
    for (i, language) in LANGUAGES.iter().enumerate() {
        let t = languages::texts(i).unwrap();
        // What the sheet and the points show above the translation.
        let shown = languages::html::notice_html(nl, t);
        match t.review() {
            Some(Review::NotReviewed) => {
                assert_eq!(
                    languages::notice(t),
                    Some(t.get("unreviewed")),
                    "{}",
                    language.code
                );
                let escaped = |s: &str| toeleiding::document::xml::escape(s);
                assert!(shown.contains(&escaped(t.get("unreviewed"))), "{shown}");
                assert!(shown.contains(&escaped(nl.get("unreviewed"))), "{shown}");
            }
            Some(Review::Reviewed) => assert_eq!(shown, "", "{}", language.code),
            other => panic!("{}: review {other:?}", language.code),
        }
        // None of ours is reviewed by a native speaker yet, and each says so.
        assert_eq!(t.review(), Some(Review::NotReviewed), "{}", language.code);
    }
    // The same file once a native speaker has read it: no notice.
    let ar = std::fs::read_to_string(format!("{DIR}/ar.txt")).unwrap();
    let line = ar.lines().find(|l| l.starts_with("reviewed")).unwrap();
    let reviewed = ar.replace(
        line,
        "reviewed = nagelezen door een moedertaalspreker: Amal Haddad (tolk), 2027-01-10",
    );
    let t = Texts::parse(&reviewed).unwrap();
    assert!(check(nl, &t).is_empty());
    assert_eq!(languages::notice(&t), None);
    assert_eq!(languages::html::notice_html(nl, &t), "");
}

#[test]
fn the_bundle_holds_every_language_in_the_listed_order() {
    assert_eq!(LANGUAGES.len(), files().len());
    let codes: BTreeSet<&str> = LANGUAGES.iter().map(|l| l.code).collect();
    let expected: BTreeSet<&str> = [
        "fr", "en", "ar", "tr", "pl", "ro", "bg", "uk", "es", "so", "ti", "fa-AF",
    ]
    .into();
    assert!(codes.is_superset(&expected), "{codes:?}");
    // Sorted by Dutch name, for the choice list.
    let names: Vec<String> = LANGUAGES.iter().map(|l| l.name.to_lowercase()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    for l in LANGUAGES.iter().filter(|l| expected.contains(l.code)) {
        assert_eq!(l.rtl, ["ar", "fa-AF"].contains(&l.code), "{}", l.code);
    }
    assert!(languages::installed());
    for (i, l) in LANGUAGES.iter().enumerate() {
        let t = languages::texts(i).unwrap();
        assert_eq!(
            (t.get("code"), t.get("name"), t.get("endonym")),
            (l.code, l.name, l.endonym)
        );
        assert_eq!(t.rtl(), l.rtl);
    }
    assert!(
        !languages::BUILT_IN.contains("</"),
        "the bundle goes into a script data block"
    );
}

#[test]
fn a_bundle_that_is_not_this_builds_is_refused() {
    let built = languages::BUILT_IN;
    assert_eq!(
        languages::read_bundle(built).unwrap().len(),
        LANGUAGES.len() + 1
    );
    let changed = built.replacen("OCMW", "OCMV", 1);
    assert_eq!(languages::read_bundle(&changed), Err(BundleError::Mismatch));
    assert_eq!(languages::read_bundle(""), Err(BundleError::Mismatch));
    let cut = &built[..built.find("code = uk").unwrap()];
    assert_eq!(languages::read_bundle(cut), Err(BundleError::Mismatch));
    // Installing twice keeps the first.
    assert!(languages::installed());
    assert!(languages::install(changed).is_ok());
    assert_eq!(
        languages::texts(0).unwrap(),
        &languages::read_bundle(built).unwrap()[1]
    );
    assert_eq!(languages::dutch().unwrap().get("code"), "nl");
}

#[test]
fn the_sheet_in_every_language_fills_every_placeholder() {
    let all: Vec<&Texts> = std::iter::once(languages::dutch().unwrap())
        .chain((0..LANGUAGES.len()).map(|i| languages::texts(i).unwrap()))
        .collect();
    for t in all {
        let s = sheet(t, &facts());
        let code = t.get("code");
        let whole = format!(
            "{} {} {}",
            s.title,
            s.intro,
            s.sections
                .iter()
                .map(|(h, p)| format!("{h} {p}"))
                .collect::<String>()
        );
        assert!(
            !whole.contains('{') && !whole.contains('}'),
            "{code}: {whole}"
        );
        for value in [
            "Lokaal team Gent-Noord",
            "OCMW Gent",
            "An Peeters",
            "09 123 45 67",
            "an.peeters@kindengezin.be",
        ] {
            assert!(whole.contains(value), "{code}: {value} missing");
        }
        let date = if code == "nl" {
            "22 november 2026"
        } else {
            "22-11-2026"
        };
        assert!(whole.contains(date), "{code}: the date");
        assert_eq!(s.sections.len(), languages::SECTIONS.len());
        assert!(s
            .sections
            .iter()
            .all(|(h, p)| !h.is_empty() && !p.is_empty()));
        // Right-to-left texts isolate the values, so a phone number keeps its order.
        assert_eq!(
            whole.contains("\u{2068}09 123 45 67\u{2069}"),
            t.rtl(),
            "{code}"
        );
    }
    // Without a phone or an e-mail, their sentences go; a missing value is a blank.
    let nl = languages::dutch().unwrap();
    let bare = Facts {
        phone: None,
        email: None,
        date: None,
        team: " ",
        ..facts()
    };
    let s = sheet(nl, &bare);
    let questions = &s.sections.last().unwrap().1;
    assert_eq!(
        questions,
        &format!("Neem contact op met An Peeters van {}.", languages::BLANK)
    );
    assert!(s.sections[5].1.contains(languages::BLANK));
}

#[test]
fn fill_leaves_unknown_placeholders_and_braces_alone() {
    let v = [("a", "1")];
    assert_eq!(languages::fill("{a}{b}{a", &v, false), "1{b}{a");
    assert_eq!(
        languages::fill("x {a} y", &v, true),
        "x \u{2068}1\u{2069} y"
    );
}

#[test]
fn the_columns_escape_what_the_worker_typed_and_carry_lang_and_dir() {
    use toeleiding::languages::html;
    let nl = languages::dutch().unwrap();
    let hostile = Facts {
        team: "<img src=x onerror=alert(1)>",
        ocmw: "OCMW \"Gent\" & 'co'",
        ..facts()
    };
    let ar_index = LANGUAGES.iter().position(|l| l.code == "ar").unwrap();
    let ar = languages::texts(ar_index).unwrap();
    for (t, main) in [(nl, true), (ar, false)] {
        let out = html::sheet_column(nl, t, &sheet(t, &hostile), main);
        assert!(!out.contains("<img"), "{out}");
        assert!(out.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(out.contains("OCMW &quot;Gent&quot; &amp; &apos;co&apos;"));
        let opening = if main {
            "<section class=\"taal-kolom\" lang=\"nl-BE\" dir=\"ltr\"><p class=\"inleiding\">"
        } else {
            "<section class=\"taal-kolom\" lang=\"ar\" dir=\"rtl\"><div class=\"melding-let-op vertaling-melding\">"
        };
        assert!(out.starts_with(opening), "{out}");
        assert!(out.ends_with("</section>"));
        // Every tag it opens, it closes.
        for tag in ["section", "p", "h2"] {
            assert_eq!(
                out.matches(&format!("<{tag}")).count(),
                out.matches(&format!("</{tag}>")).count(),
                "{tag}"
            );
        }
    }
    let notice = html::notice_html(nl, ar);
    assert!(notice.contains(&format!(
        "<p lang=\"nl-BE\" dir=\"ltr\">{}</p>",
        nl.get("unreviewed")
    )));
    assert!(notice.contains(&format!(
        "<p lang=\"ar\" dir=\"rtl\">{}</p>",
        ar.get("unreviewed")
    )));
    assert_eq!(html::notice_html(nl, nl), "");

    let points = html::points(nl, ar);
    assert_eq!(points.matches("<li>").count(), 10);
    assert!(
        points.contains("lang=\"nl-BE\" dir=\"ltr\"") && points.contains("lang=\"ar\" dir=\"rtl\"")
    );

    let options = html::options(LANGUAGES, Some(ar_index), "Alleen Nederlands");
    assert!(options.starts_with("<option value=\"\">Alleen Nederlands</option>"));
    assert!(options.contains(&format!(
        "<option value=\"{ar_index}\" selected>Arabisch – العربية</option>"
    )));
    assert_eq!(options.matches("<option").count(), LANGUAGES.len() + 1);
    assert_eq!(options.matches(" selected").count(), 1);
    assert!(html::options(LANGUAGES, None, "x").starts_with("<option value=\"\" selected>"));
}

//! The amounts of `src/ksz/knowledge/amounts.toml` (issue 18, item 2): each is dated and
//! sourced, what is not confirmed says so, and an amount older than twelve months on the test's
//! own clock fails unless it says why (`stale_ok`).

use std::time::{SystemTime, UNIX_EPOCH};
use toeleiding::date::Date;
use toeleiding::ksz::knowledge::{
    amount, euro_digits, Amount, Basis, Per, Text, AMOUNTS, KNOWLEDGE,
};

/// Today from the machine's clock (UTC), as a date (Howard Hinnant's civil-from-days).
fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs();
    let z = i64::try_from(secs / 86_400).expect("days fit") + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Date::new(
        u16::try_from(y).expect("year"),
        u8::try_from(m).expect("month"),
        u8::try_from(d).expect("day"),
    )
    .expect("a real date")
}

fn example(valid_from: &'static str, stale_ok: Option<Text>) -> Amount {
    Amount {
        id: "voorbeeld",
        label: Text(0),
        hundredths: 100,
        per: Per::Month,
        valid_from,
        start_known: true,
        basis: Basis {
            source: Some("wet-2002"),
            article: None,
            interpretation: false,
        },
        unconfirmed: false,
        note: None,
        stale_ok,
    }
}

fn date(s: &str) -> Date {
    Date::parse_iso(s).expect("a date")
}

#[test]
fn no_amount_is_older_than_twelve_months_without_saying_why() {
    let today = today();
    let stale: Vec<String> = AMOUNTS
        .iter()
        .filter(|a| a.stale(today))
        .map(|a| format!("{} (valid from {})", a.id, a.valid_from))
        .collect();
    assert!(
        stale.is_empty(),
        "older than twelve months on {}, without stale_ok: update the amount or say why: {}",
        today.iso(),
        stale.join(", ")
    );
    // The marker is not a blanket: each reason is a real sentence, and what it excuses is old.
    for a in AMOUNTS {
        if let Some(reason) = a.stale_ok {
            assert!(
                reason.get().trim().len() > 20,
                "{}: stale_ok needs a reason",
                a.id
            );
        }
    }
}

#[test]
fn the_staleness_check_can_fail() {
    // Exactly twelve months is still fine; a day more is stale.
    let a = example("2025-02-01", None);
    assert!(!a.stale(date("2026-02-01")));
    assert!(a.stale(date("2026-02-02")));
    assert!(a.stale(date("2026-12-05")));
    assert!(!a.stale(date("2025-06-30")));
    // A leap day: one year on is 1 March (no 29 February), compared as a triple.
    let leap = example("2024-02-29", None);
    assert!(!leap.stale(date("2025-02-28")));
    assert!(leap.stale(date("2025-03-01")));
    // With a reason it is old, but not stale.
    let marked = example("2018-09-01", Some(Text(0)));
    assert!(marked.older_than_a_year(date("2026-12-05")));
    assert!(!marked.stale(date("2026-12-05")));
    // A date that is no date is always stale.
    assert!(example("2025-02-30", None).stale(date("2025-03-01")));
}

#[test]
fn every_amount_is_dated_sourced_and_says_what_is_not_confirmed() {
    assert!(AMOUNTS.len() >= 8, "{} amounts", AMOUNTS.len());
    let mut ids = std::collections::BTreeSet::new();
    for a in AMOUNTS {
        assert!(ids.insert(a.id), "{}: id twice", a.id);
        assert!(
            Date::parse_iso(a.valid_from).is_ok(),
            "{}: valid_from",
            a.id
        );
        assert!(!a.label.get().trim().is_empty(), "{}: label", a.id);
        assert!(a.hundredths > 0, "{}: value", a.id);
        let source = a
            .basis
            .source
            .and_then(|id| KNOWLEDGE.source(id))
            .unwrap_or_else(|| panic!("{}: unknown source {:?}", a.id, a.basis.source));
        // A legal text is cited with its article.
        if source.primary {
            assert!(
                a.basis.article.is_some(),
                "{}: primary source without article",
                a.id
            );
        }
        // "Niet bevestigd" always says why.
        if a.unconfirmed {
            assert!(
                a.note.is_some_and(|n| n.get().len() > 20),
                "{}: unconfirmed without a note",
                a.id
            );
        }
    }
    // The amounts' own sources are prefixed and have a detail (what was read).
    for s in KNOWLEDGE
        .sources
        .iter()
        .filter(|s| s.id.starts_with("amounts-"))
    {
        assert!(s.detail.is_some_and(|d| d.get().len() > 50), "{}", s.id);
        assert!(
            AMOUNTS.iter().any(|a| a.basis.source == Some(s.id)),
            "{}: used by no amount",
            s.id
        );
    }
}

#[test]
fn the_amounts_are_the_ones_read_and_the_cadastral_ones_are_not_confirmed() {
    let value = |id: &str| amount(id).map(|a| (a.hundredths, a.per));
    assert_eq!(value("leefloon-cat1"), Some((87_613, Per::Month)));
    assert_eq!(value("leefloon-cat2"), Some((131_420, Per::Month)));
    assert_eq!(value("leefloon-cat3"), Some((177_607, Per::Month)));
    assert_eq!(value("ki-vrijstelling-bebouwd"), Some((75_000, Per::Year)));
    assert_eq!(value("ki-verhoging-per-kind"), Some((12_500, Per::Year)));
    assert_eq!(value("ki-vrijstelling-onbebouwd"), Some((3_000, Per::Year)));
    assert_eq!(value("ki-factor"), Some((300, Per::Factor)));
    assert_eq!(value("spv-algemeen"), Some((24_890, Per::Month)));
    // The KB's text was not read: every cadastral amount is marked, and says so.
    for a in AMOUNTS.iter().filter(|a| a.id.starts_with("ki-")) {
        assert!(a.unconfirmed, "{}", a.id);
        assert!(!a.start_known, "{}: only known valid on a date", a.id);
    }
    // The leefloon categories are ordered: cohabitant < single < with a family.
    let cat = |n: u8| amount(&format!("leefloon-cat{n}")).map(|a| a.hundredths);
    assert!(cat(1) < cat(2) && cat(2) < cat(3));
}

#[test]
fn amounts_are_shown_in_dutch() {
    assert_eq!(euro_digits(131_420), "1.314,20");
    assert_eq!(euro_digits(75_000), "750,00");
    assert_eq!(euro_digits(5), "0,05");
    assert_eq!(euro_digits(123_456_789), "1.234.567,89");
    assert_eq!(euro_digits(-12_500), "-125,00");
    assert_eq!(
        amount("ki-factor").map(Amount::shown).as_deref(),
        Some("× 3")
    );
    assert_eq!(
        amount("leefloon-cat2").map(Amount::shown).as_deref(),
        Some("€ 1.314,20")
    );
}

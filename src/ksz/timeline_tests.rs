//! Unit tests of the timeline layout: dates to x, rows, gaps, windows, tooltips.

use super::*;
use crate::ksz::import::PartialDate;

fn day(iso_date: &str) -> i64 {
    PartialDate::parse(iso_date).unwrap().days().unwrap()
}

fn period(lane: Lane, from: &str, to: Option<&str>) -> Span {
    Span {
        lane,
        start: Some(day(from)),
        end: to.map(day),
        mark: false,
        open: to.is_none(),
        uncertain: false,
    }
}

fn mark(lane: Lane, on: &str) -> Span {
    Span {
        mark: true,
        open: false,
        ..period(lane, on, Some(on))
    }
}

#[test]
fn days_and_civil_dates_round_trip() {
    for d in (-300_000..370_000).step_by(97) {
        let (y, m, dd) = civil(d);
        assert_eq!(day(&format!("{y:04}-{m:02}-{dd:02}")), d, "{d}");
    }
    assert_eq!(iso(0), "1970-01-01");
    assert_eq!(new_year(2024), day("2024-01-01"));
    assert_eq!(new_year(1900), day("1900-01-01"));
    assert_eq!(iso(day("2024-02-29")), "2024-02-29");
}

#[test]
fn gaps_are_days_no_period_covers() {
    let (a, b, c) = (day("2022-07-01"), day("2022-07-31"), day("2022-08-01"));
    // Adjacent months: no gap.
    assert!(uncovered(&[(a, b), (c, day("2022-08-31"))]).is_empty());
    // Overlapping, in any order: no gap.
    assert!(uncovered(&[(c, day("2022-12-31")), (a, day("2022-09-30"))]).is_empty());
    // December to July: the first half of 2023 is a gap.
    assert_eq!(
        uncovered(&[
            (day("2023-07-01"), day("2023-07-31")),
            (a, day("2022-12-31"))
        ]),
        vec![(day("2023-01-01"), day("2023-06-30"))]
    );
    // A long period hides what lies inside it.
    assert!(uncovered(&[
        (a, day("2030-01-01")),
        (c, b + 10),
        (day("2025-01-01"), day("2025-02-01"))
    ])
    .is_empty());
    assert!(uncovered(&[]).is_empty());
}

#[test]
fn periods_become_bars_in_rows_and_lanes_in_order() {
    let today = day("2026-11-24");
    let items = vec![
        period(Lane::Leefloon, "2022-07-01", Some("2022-07-31")),
        period(Lane::Address, "1994-09-12", None),
        period(Lane::Leefloon, "2023-07-01", Some("2023-07-31")),
        period(Lane::Household, "1996-05-11", None),
        period(Lane::Household, "1997-07-09", None),
        mark(Lane::Address, "2015-03-31"),
        Span {
            start: None,
            ..period(Lane::Work, "2000-01-01", None)
        },
    ];
    let l = layout(&items, today, Window::All);
    // Lanes in the enum's order, only those with dated events; the undated one is listed.
    let lanes: Vec<Lane> = l.lanes.iter().map(|b| b.lane).collect();
    assert_eq!(lanes, vec![Lane::Address, Lane::Household, Lane::Leefloon]);
    assert_eq!(l.undated, vec![6]);
    assert!(l.outside.is_empty());
    // The window runs from the first year to the end of this year.
    assert_eq!(l.start, day("1994-01-01"));
    assert_eq!(l.end, day("2026-12-31"));
    let bar = |i: usize| l.bars.iter().find(|b| b.item == i).unwrap();
    // Open periods run to today.
    assert!(bar(1).open);
    assert!((bar(1).x + bar(1).width - l.today_x).abs() < 0.2);
    // Two overlapping household periods need two rows; the two leefloon months share one.
    let household = &l.lanes[1];
    assert_eq!(household.rows, 2);
    assert_ne!(bar(3).y, bar(4).y);
    assert_eq!(l.lanes[2].rows, 1);
    assert_eq!(bar(0).y, bar(2).y);
    // A mark has no width; a month is still visible.
    assert!(bar(5).mark && bar(5).width == 0.0);
    assert!(bar(0).width >= MIN_BAR);
    // Later dates lie further right, everything inside the chart.
    assert!(bar(0).x < bar(2).x);
    for b in &l.bars {
        assert!(
            b.x >= CHART_LEFT && b.x + b.width <= CHART_RIGHT + 0.01,
            "{b:?}"
        );
        assert!(b.y >= AXIS && b.y + BAR <= l.height);
    }
    // Lanes do not overlap.
    for w in l.lanes.windows(2) {
        assert!(w[0].y + w[0].height < w[1].y);
    }
    // The leefloon stopped between December 2022 and July 2023: one gap, drawn between them.
    let gaps: Vec<&Gap> = l.gaps.iter().filter(|g| g.lane == Lane::Leefloon).collect();
    assert_eq!(gaps.len(), 1);
    assert_eq!(
        (iso(gaps[0].from), iso(gaps[0].to)),
        ("2022-08-01".into(), "2023-06-30".into())
    );
    assert!(gaps[0].x > bar(0).x && gaps[0].x + gaps[0].width <= bar(2).x + 0.01);
    // Ticks: years, left to right, a few of them.
    assert!(l.ticks.len() >= 3 && l.ticks.len() <= 14);
    assert!(l
        .ticks
        .windows(2)
        .all(|w| w[0].x < w[1].x && w[0].year < w[1].year));
}

#[test]
fn back_to_back_months_share_a_row_and_duplicates_do_not() {
    let months: Vec<Span> = (1..=12)
        .map(|m| {
            let last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
            period(
                Lane::Leefloon,
                &format!("2022-{m:02}-01"),
                Some(&format!("2022-{m:02}-{last}")),
            )
        })
        .collect();
    let l = layout(&months, day("2026-11-24"), Window::All);
    assert_eq!(l.lanes[0].rows, 1);
    assert!(l.gaps.is_empty());
    let mut twice = months.clone();
    twice.extend(months);
    let l = layout(&twice, day("2026-11-24"), Window::All);
    assert_eq!(l.lanes[0].rows, 2);
    // The TX25 ends an address on the day the next one starts: still one row.
    let moves = [
        period(Lane::Address, "1969-09-29", Some("1972-01-01")),
        period(Lane::Address, "1972-01-01", Some("1972-01-01")),
        period(Lane::Address, "1972-01-01", Some("1992-06-01")),
        period(Lane::Address, "1992-06-01", None),
    ];
    let l = layout(&moves, day("2026-11-24"), Window::All);
    assert_eq!(l.lanes[0].rows, 1);
    // A mark next to a period still gets room of its own.
    let l = layout(
        &[
            period(Lane::Address, "2010-01-01", None),
            mark(Lane::Address, "2015-03-31"),
        ],
        day("2026-01-01"),
        Window::All,
    );
    assert_eq!(l.lanes[0].rows, 2);
}

#[test]
fn the_reference_address_has_no_gaps() {
    let items = vec![
        period(Lane::ReferenceAddress, "2010-01-01", Some("2011-01-01")),
        period(Lane::ReferenceAddress, "2015-01-01", Some("2016-01-01")),
        period(Lane::Work, "2010-01-01", Some("2011-01-01")),
        period(Lane::Work, "2015-01-01", Some("2016-01-01")),
    ];
    let l = layout(&items, day("2026-01-01"), Window::All);
    assert_eq!(l.gaps.len(), 1);
    assert_eq!(l.gaps[0].lane, Lane::Work);
}

#[test]
fn a_window_of_years_clips_and_leaves_out() {
    let today = day("2026-11-24");
    let items = vec![
        period(Lane::Address, "1994-09-12", Some("2018-05-01")),
        period(Lane::Address, "2018-05-02", None),
        period(Lane::Work, "2001-01-01", Some("2002-01-01")),
    ];
    let l = layout(&items, today, Window::Years(10));
    assert_eq!(l.start, day("2017-01-01"));
    let first = l.bars.iter().find(|b| b.item == 0).unwrap();
    assert!(first.clipped && (first.x - CHART_LEFT).abs() < 0.01);
    assert!(!l.bars.iter().find(|b| b.item == 1).unwrap().clipped);
    assert_eq!(l.outside, vec![2]);
    assert!(l.lanes.iter().any(|b| b.lane == Lane::Work));
}

#[test]
fn many_overlapping_periods_stop_growing_the_lane() {
    let items: Vec<Span> = (0..40)
        .map(|i| period(Lane::Household, &format!("{}-01-01", 1990 + i % 5), None))
        .collect();
    let l = layout(&items, day("2026-01-01"), Window::All);
    assert_eq!(l.lanes[0].rows, MAX_ROWS);
    assert_eq!(l.bars.len(), 40);
}

#[test]
fn nothing_to_draw_is_fine() {
    let l = layout(&[], day("2026-01-01"), Window::All);
    assert!(l.lanes.is_empty() && l.bars.is_empty());
    assert!(l.height > AXIS);
    assert!(l.today_x <= CHART_RIGHT);
}

#[test]
fn partial_and_invalid_dates_are_uncertain_and_still_placed() {
    let event = Event {
        lane: Lane::ChildBenefits,
        from: PartialDate::parse("2019-01"),
        to: PartialDate::parse("2021-08"),
        mark: false,
        label: "Groeipakket".into(),
        print_label: "groeipakket".into(),
        source: "GeefKindVoordelen 02.00".into(),
    };
    let s = Span::of(&event);
    assert!(s.uncertain && !s.open);
    assert_eq!(s.start, Some(day("2019-01-01")));
    assert_eq!(s.end, Some(day("2021-08-31")));
    let mut invalid = event.clone();
    invalid.from = PartialDate::parse("2022-11-01");
    invalid.to = PartialDate::parse("2022-11-31");
    let s = Span::of(&invalid);
    assert!(s.uncertain);
    assert_eq!(s.end, Some(day("2022-11-30")));
    let mut open = event.clone();
    open.to = None;
    assert!(Span::of(&open).open);
}

#[test]
fn tooltips_stay_inside_the_drawing() {
    let bar = |x: f64, y: f64| Bar {
        item: 0,
        lane: Lane::Work,
        x,
        width: 20.0,
        y,
        mark: false,
        open: false,
        uncertain: false,
        clipped: false,
    };
    let (x, y) = tooltip_at(&bar(CHART_RIGHT - 5.0, 200.0), 300.0, 40.0, 400.0);
    assert!(x + 300.0 <= WIDTH && y + 40.0 < 200.0);
    let (x, y) = tooltip_at(&bar(CHART_LEFT, AXIS + 2.0), 300.0, 40.0, 400.0);
    assert!(x >= 0.0 && y > AXIS + 2.0 && y + 40.0 <= 400.0);
}

#[test]
fn coordinates_are_written_to_a_tenth() {
    let cases = [
        (172.0, "172"),
        (172.54794520547946, "172.5"),
        (0.04, "0"),
        (-0.04, "0"),
        (-3.25, "-3.3"),
        (9.96, "10"),
        (800.0, "800"),
        (f64::NAN, "0"),
    ];
    for (v, want) in cases {
        assert_eq!(px(v), want, "{v}");
    }
}

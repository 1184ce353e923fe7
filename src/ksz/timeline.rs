//! The timeline of the imported answers, laid out without a browser: dates become x positions in
//! a fixed SVG coordinate system, events go into lanes (with as many rows as overlapping periods
//! need), gaps between periods of a lane are found, and answers are grouped per client. The UI
//! only draws what [`layout`] returns.

use super::import::{Event, Lane};

/// Width of the SVG's coordinate system (it scales to the page).
pub const WIDTH: f64 = 800.0;
/// Where the chart starts (the lane labels are to its left).
pub const CHART_LEFT: f64 = 172.0;
pub const CHART_RIGHT: f64 = WIDTH - 16.0;
/// Height of the year axis at the top.
pub const AXIS: f64 = 34.0;
/// One row of a lane, and the bar inside it.
pub const ROW: f64 = 18.0;
pub const BAR: f64 = 12.0;
/// Space between lanes.
pub const LANE_GAP: f64 = 14.0;
/// Half the width of a single event's mark, and the narrowest bar drawn.
pub const MARK: f64 = 5.0;
pub const MIN_BAR: f64 = 3.0;
/// Rows a lane may grow to; beyond it periods share the last row.
pub const MAX_ROWS: usize = 14;

/// Which part of time is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// From the first dated event to today (or the last event, when later).
    All,
    /// The last `n` calendar years up to today.
    Years(u16),
}

/// One event placed in time: days since 1970-01-01.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub lane: Lane,
    /// `None`: the event has no usable start date (listed, not drawn).
    pub start: Option<i64>,
    /// `None` with `open`: until today.
    pub end: Option<i64>,
    pub mark: bool,
    pub open: bool,
    /// A date is partial or invalid.
    pub uncertain: bool,
}

impl Span {
    /// The span of an event.
    pub fn of(event: &Event) -> Span {
        let start = event.from.as_ref().and_then(|d| d.days());
        let end = if event.mark {
            start
        } else {
            event.to.as_ref().and_then(|d| d.last_days())
        };
        let uncertain = [&event.from, &event.to]
            .into_iter()
            .flatten()
            .any(|d| d.partial || d.invalid);
        Span {
            lane: event.lane,
            start,
            end,
            mark: event.mark,
            open: !event.mark && event.to.is_none(),
            uncertain,
        }
    }
}

/// A drawn period or mark; `item` is its index in the input.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub item: usize,
    pub lane: Lane,
    pub x: f64,
    /// 0 for a mark (drawn around `x`).
    pub width: f64,
    pub y: f64,
    pub mark: bool,
    pub open: bool,
    pub uncertain: bool,
    /// It began before the window: its start is cut off.
    pub clipped: bool,
}

/// A lane with its rows.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneBox {
    pub lane: Lane,
    pub y: f64,
    pub rows: usize,
    pub height: f64,
}

/// A time between two periods of a lane that no period covers (drawn in the lane's first row).
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    pub lane: Lane,
    /// First and last day without a period.
    pub from: i64,
    pub to: i64,
    pub x: f64,
    pub width: f64,
    pub y: f64,
}

/// A year line on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub year: i64,
    pub x: f64,
    /// There is room for the year's number to its right.
    pub label: bool,
}

/// Everything the SVG draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub height: f64,
    /// First and last day shown.
    pub start: i64,
    pub end: i64,
    pub today_x: f64,
    pub ticks: Vec<Tick>,
    pub lanes: Vec<LaneBox>,
    pub bars: Vec<Bar>,
    /// Gaps, in every lane but the reference address (which need not be continuous).
    pub gaps: Vec<Gap>,
    /// Items without a usable date (in the table only).
    pub undated: Vec<usize>,
    /// Items wholly outside the window (in the table only).
    pub outside: Vec<usize>,
}

/// Howard Hinnant's civil-from-days: (year, month, day).
pub fn civil(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Days since 1970-01-01 of a January 1st.
pub fn new_year(year: i64) -> i64 {
    let y = year - 1;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + 306;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD` of a day.
pub fn iso(days: i64) -> String {
    let (y, m, d) = civil(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn year_step(years: i64) -> i64 {
    [1, 2, 5, 10, 20, 50]
        .into_iter()
        .find(|s| years / s <= 12)
        .unwrap_or(100)
}

/// Lays out `items` (in any order) with `today` as the end of open periods.
pub fn layout(items: &[Span], today: i64, window: Window) -> Layout {
    let dated: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].start.is_some())
        .collect();
    let undated: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].start.is_none())
        .collect();
    let end_of = |s: &Span| {
        if s.open {
            today.max(s.start.unwrap_or(today))
        } else {
            s.end
                .unwrap_or(s.start.unwrap_or(today))
                .max(s.start.unwrap_or(today))
        }
    };
    let last = dated
        .iter()
        .map(|&i| end_of(&items[i]))
        .max()
        .unwrap_or(today)
        .max(today);
    let (first_year, _, _) = civil(
        dated
            .iter()
            .filter_map(|&i| items[i].start)
            .min()
            .unwrap_or(today),
    );
    let first_year = match window {
        Window::All => first_year,
        Window::Years(n) => civil(today).0 - i64::from(n.max(1)) + 1,
    };
    let (last_year, _, _) = civil(last);
    let start = new_year(first_year);
    let end = new_year(last_year + 1) - 1;
    let scale = (CHART_RIGHT - CHART_LEFT) / ((end - start + 1) as f64);
    let x_of = |d: i64| CHART_LEFT + ((d.clamp(start, end + 1) - start) as f64) * scale;

    let step = year_step(last_year - first_year + 1);
    let ticks = (first_year..=last_year + 1)
        .filter(|y| y.rem_euclid(step) == 0)
        .map(|year| {
            let x = x_of(new_year(year));
            Tick {
                year,
                x,
                label: x <= CHART_RIGHT - 30.0,
            }
        })
        .collect();

    let mut lanes_used: Vec<Lane> = dated.iter().map(|&i| items[i].lane).collect();
    crate::order::sort_by(&mut lanes_used, |l| (*l as i64, 0, 0));
    lanes_used.dedup();
    let mut outside = Vec::new();
    let mut bars = Vec::new();
    let mut boxes = Vec::new();
    let mut gaps = Vec::new();
    let mut y = AXIS;
    for lane in lanes_used {
        let mut members: Vec<usize> = dated
            .iter()
            .copied()
            .filter(|&i| items[i].lane == lane)
            .collect();
        crate::order::sort_by(&mut members, |&i| {
            (
                crate::order::opt(items[i].start),
                end_of(&items[i]),
                i as i64,
            )
        });
        // Greedy rows: the first row whose last period ended before this one starts (by day,
        // so back-to-back months share a row; a mark needs room on screen).
        let mut row_ends: Vec<(i64, f64)> = Vec::new();
        let mut placed = Vec::new();
        for i in members.iter().copied() {
            let s = &items[i];
            let (a, b) = (s.start.unwrap_or(today), end_of(s));
            if b < start || a > end {
                outside.push(i);
                continue;
            }
            let x = x_of(a);
            let width = if s.mark {
                0.0
            } else {
                (x_of(b + 1) - x).max(MIN_BAR)
            };
            let fits = |(day, right): &(i64, f64)| {
                if s.mark {
                    *right + 1.0 < x - MARK
                } else {
                    *day <= a && *right <= x + MIN_BAR
                }
            };
            let row = row_ends.iter().position(fits).unwrap_or_else(|| {
                if row_ends.len() < MAX_ROWS {
                    row_ends.push((i64::MIN, f64::MIN));
                    row_ends.len() - 1
                } else {
                    MAX_ROWS - 1
                }
            });
            let right = if s.mark { x + MARK } else { x + width };
            let r = &mut row_ends[row];
            *r = (r.0.max(b), r.1.max(right));
            placed.push((i, row, x, width, a < start));
        }
        let rows = row_ends.len().max(1);
        let height = rows as f64 * ROW;
        for (i, row, x, width, clipped) in placed {
            let s = &items[i];
            bars.push(Bar {
                item: i,
                lane,
                x,
                width,
                y: y + row as f64 * ROW + (ROW - BAR) / 2.0,
                mark: s.mark,
                open: s.open,
                uncertain: s.uncertain,
                clipped,
            });
        }
        if lane != Lane::ReferenceAddress {
            let periods: Vec<(i64, i64)> = members
                .iter()
                .map(|&i| &items[i])
                .filter(|s| !s.mark)
                .map(|s| (s.start.unwrap_or(today), end_of(s)))
                .collect();
            for (from, to) in uncovered(&periods) {
                if to < start || from > end {
                    continue;
                }
                let x = x_of(from);
                gaps.push(Gap {
                    lane,
                    from,
                    to,
                    x,
                    width: (x_of(to + 1) - x).max(1.0),
                    y: y + ROW / 2.0,
                });
            }
        }
        boxes.push(LaneBox {
            lane,
            y,
            rows,
            height,
        });
        y += height + LANE_GAP;
    }
    Layout {
        height: y + 4.0,
        start,
        end,
        today_x: x_of(today),
        ticks,
        lanes: boxes,
        bars,
        gaps,
        undated,
        outside,
    }
}

/// The days between periods that none covers (adjacent days are no gap): `(first, last)`.
pub fn uncovered(periods: &[(i64, i64)]) -> Vec<(i64, i64)> {
    let mut sorted: Vec<(i64, i64)> = periods.iter().map(|&(a, b)| (a, b.max(a))).collect();
    crate::order::sort_by(&mut sorted, |&(a, b)| (a, b, 0));
    let mut out = Vec::new();
    let mut covered: Option<i64> = None;
    for (a, b) in sorted {
        match covered {
            Some(c) if a > c + 1 => {
                out.push((c + 1, a - 1));
                covered = Some(b);
            }
            Some(c) => covered = Some(c.max(b)),
            None => covered = Some(b),
        }
    }
    out
}

/// Where a tooltip of `w` × `h` goes for a bar: above it when there is room, else below,
/// always inside the drawing (`height` high).
pub fn tooltip_at(bar: &Bar, w: f64, h: f64, height: f64) -> (f64, f64) {
    let centre = if bar.mark {
        bar.x
    } else {
        bar.x + bar.width.min(CHART_RIGHT - bar.x) / 2.0
    };
    // max/min, not f64::clamp: its check formats floats when it fails, which would link the
    // float formatter into the page (about 12 KB; BENCHMARKS.md, issue 20).
    let x = (centre - w / 2.0).max(2.0).min((WIDTH - w - 2.0).max(2.0));
    let above = bar.y - h - 4.0;
    let y = if above >= 2.0 {
        above
    } else {
        (bar.y + BAR + 4.0).min((height - h - 2.0).max(2.0))
    };
    (x, y)
}

/// An SVG coordinate as written in the drawing: rounded to a tenth, without a trailing ".0"
/// ("172", "172.5", "-3.2"). Enough for an 800-unit drawing, and the page needs no general
/// float formatter (smaller wasm, shorter markup).
pub fn px(v: f64) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    let tenths = (v.abs() * 10.0).round().min(1e15) as u64;
    let sign = if v < 0.0 && tenths != 0 { "-" } else { "" };
    match tenths % 10 {
        0 => format!("{sign}{}", tenths / 10),
        d => format!("{sign}{}.{d}", tenths / 10),
    }
}

#[cfg(test)]
#[path = "timeline_tests.rs"]
mod tests;

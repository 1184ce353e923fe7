//! *Eerst doen*: the few lines of a worksheet that come first, chosen and ranked by the
//! knowledge (`first.toml`): group by group, the first `at_most` lines of the group's list that
//! the worksheet holds. Never more than seven (the knowledge's groups add up to seven at most).

use super::engine::{Line, Worksheet};
use super::knowledge::{Condition, FirstGroup, KNOWLEDGE};

/// The most lines *Eerst doen* ever shows.
pub const MAX_FIRST: usize = 7;

/// A line of *Eerst doen*: its group, the line, and the condition it stands under below.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FirstLine<'a> {
    pub group: &'static FirstGroup,
    pub line: &'a Line,
    pub condition: &'static Condition,
}

/// *Eerst doen* of a worksheet, in order.
pub fn first(sheet: &Worksheet) -> Vec<FirstLine<'_>> {
    let lines: Vec<(String, &Line, &'static Condition)> = sheet
        .conditions
        .iter()
        .flat_map(|c| c.lines().map(move |l| (l.key(), l, c.condition)))
        .collect();
    let mut out = Vec::new();
    for group in KNOWLEDGE.first {
        let found = group.lines.iter().filter_map(|key| {
            lines
                .iter()
                .find(|(k, _, _)| k == key)
                .map(|(_, line, condition)| FirstLine {
                    group,
                    line,
                    condition,
                })
        });
        out.extend(found.take(group.at_most));
    }
    out.truncate(MAX_FIRST);
    out
}

//! Readable summaries of monthly payments: the facts of one group that each cover one calendar
//! month and say the same thing (same label, same value: same amount, same payer) become one
//! run from the first to the last month, with how many months were paid, how many months in
//! between have no payment, and how many months the answer lists twice. The facts behind a run
//! stay available ("toon de maanden"); nothing is dropped or changed.

use crate::ksz::import::date::PartialDate;
use crate::ksz::import::model::Fact;

/// A run of monthly facts with the same label and value.
#[derive(Debug, PartialEq, Eq)]
pub struct Run<'a> {
    pub label: &'a str,
    pub value: &'a str,
    /// The first and last month (as the facts write their start).
    pub first: &'a PartialDate,
    pub last: &'a PartialDate,
    /// Distinct months paid.
    pub months: usize,
    /// Months between the first and the last without a fact of this run.
    pub gaps: usize,
    /// Months the answer lists more than once.
    pub repeated: usize,
    /// Facts with a date that does not exist as written (`2022-11-31`): shown as written in
    /// the months behind the run.
    pub invalid: usize,
    /// The facts behind the run, in the answer's order.
    pub facts: Vec<&'a Fact>,
}

/// One line of a group: a fact as it is, or a run of monthly facts.
#[derive(Debug, PartialEq, Eq)]
pub enum Item<'a> {
    Fact(&'a Fact),
    Run(Run<'a>),
}

/// The month (year·12 + month) a fact covers, when it covers exactly one calendar month: a start
/// on the 1st (or month-only) and an end in the same month.
fn month(f: &Fact) -> Option<i64> {
    let (from, to) = (f.from.as_ref()?, f.to.as_ref()?);
    if f.unknown || from.invalid {
        return None;
    }
    let key = |d: &PartialDate| Some(i64::from(d.year?) * 12 + i64::from(d.month?) - 1);
    let (a, b) = (key(from)?, key(to)?);
    (a == b && from.day.is_none_or(|d| d == 1)).then_some(a)
}

/// The lines of a group's facts: monthly facts of the same label and value as one run (when
/// there are at least two months), placed where the first of them stands; every other fact as
/// it is. Linear in the facts, apart from sorting each run's months.
pub fn summarise(facts: &[Fact]) -> Vec<Item<'_>> {
    // (label, value) → indexes of its monthly facts, in order of first appearance.
    let mut groups: Vec<((&str, &str), Vec<usize>)> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; facts.len()];
    let mut index: crate::ksz::vec_map::VecMap<(&str, &str), usize> = Default::default();
    for (i, f) in facts.iter().enumerate() {
        if month(f).is_none() {
            continue;
        }
        let key = (f.label.as_str(), f.value.as_str());
        let g = *index.entry_or_insert_with(key, || {
            groups.push((key, Vec::new()));
            groups.len() - 1
        });
        groups[g].1.push(i);
        group_of[i] = Some(g);
    }
    let mut out = Vec::new();
    let mut placed = vec![false; groups.len()];
    for (i, f) in facts.iter().enumerate() {
        let Some(g) = group_of[i] else {
            out.push(Item::Fact(f));
            continue;
        };
        let members = &groups[g].1;
        if members.len() < 2 {
            out.push(Item::Fact(f));
            continue;
        }
        if placed[g] {
            continue;
        }
        placed[g] = true;
        let mut months: Vec<(i64, usize)> = members
            .iter()
            .filter_map(|&m| month(&facts[m]).map(|k| (k, m)))
            .collect();
        crate::order::sort_by(&mut months, |&(k, m)| (k, m as i64, 0));
        let (lo, first_at) = months[0];
        let (hi, last_at) = months[months.len() - 1];
        let mut distinct = months.iter().map(|(k, _)| *k).collect::<Vec<_>>();
        distinct.dedup();
        let span = usize::try_from(hi - lo + 1).unwrap_or(0);
        out.push(Item::Run(Run {
            label: groups[g].0 .0,
            value: groups[g].0 .1,
            first: facts[first_at]
                .from
                .as_ref()
                .unwrap_or_else(|| unreachable!()),
            last: facts[last_at]
                .from
                .as_ref()
                .unwrap_or_else(|| unreachable!()),
            months: distinct.len(),
            gaps: span.saturating_sub(distinct.len()),
            repeated: months.len() - distinct.len(),
            invalid: members
                .iter()
                .filter(|&&m| {
                    [&facts[m].from, &facts[m].to]
                        .into_iter()
                        .flatten()
                        .any(|d| d.invalid)
                })
                .count(),
            facts: members.iter().map(|&m| &facts[m]).collect(),
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn monthly(label: &str, value: &str, from: &str, to: &str) -> Fact {
        Fact {
            label: label.into(),
            value: value.into(),
            from: PartialDate::parse(from),
            to: PartialDate::parse(to),
            unknown: false,
            identifying: false,
        }
    }

    #[test]
    fn same_amount_months_become_one_run_with_gaps_and_repeats() {
        let mut facts = vec![monthly("Leefloon 2022 (per jaar)", "€ 5.052,72", "", "")];
        facts[0].from = None;
        facts[0].to = None;
        for m in 7..=12 {
            facts.push(monthly(
                "Leefloon",
                "€ 842,12",
                &format!("2022-{m:02}-01"),
                &format!("2022-{m:02}-28"),
            ));
        }
        for m in 7..=12 {
            facts.push(monthly(
                "Leefloon",
                "€ 842,12",
                &format!("2023-{m:02}-01"),
                &format!("2023-{m:02}-28"),
            ));
        }
        facts.push(monthly("Leefloon", "€ 842,12", "2023-12-01", "2023-12-31"));
        facts.push(monthly("Leefloon", "€ 900,00", "2024-01-01", "2024-01-31"));
        let items = summarise(&facts);
        assert_eq!(items.len(), 3);
        assert!(matches!(items[0], Item::Fact(_)));
        let Item::Run(run) = &items[1] else {
            panic!("{items:?}")
        };
        assert_eq!(
            (run.first.raw.as_str(), run.last.raw.as_str()),
            ("2022-07-01", "2023-12-01")
        );
        assert_eq!(
            (run.months, run.gaps, run.repeated, run.invalid),
            (12, 6, 1, 0)
        );
        assert_eq!(run.facts.len(), 13);
        // One month of another amount stays a fact.
        assert!(matches!(items[2], Item::Fact(f) if f.value == "€ 900,00"));
    }

    #[test]
    fn month_only_dates_and_periods_longer_than_a_month() {
        let facts = vec![
            monthly("RVA: betaald", "€ 1,00", "2024-06", "2024-06"),
            monthly("RVA: betaald", "€ 1,00", "2024-07", "2024-07"),
            monthly("RVA: betaald", "€ 1,00", "2024-11-01", "2024-11-31"),
            monthly("Adres", "Gent", "2020-01-01", "2024-07-31"),
        ];
        let items = summarise(&facts);
        assert!(
            matches!(&items[0], Item::Run(r) if r.months == 3 && r.gaps == 3 && r.invalid == 1)
        );
        assert!(matches!(items[1], Item::Fact(f) if f.label == "Adres"));
    }
}

//! The load-time check of a template: every problem at once, each with its part and the text
//! around it, and which known fields the template uses.

use super::fields::FieldIssue;
use super::names::{normal, suggest, BLOCK_CLOSE, BLOCK_OPEN, FIELDS};
use super::package::Part;
use super::placeholders::{paragraphs, scan, Paragraph};
use super::tokens::Token;

/// What is wrong at one place of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    /// `{naam}` that is not one of [`FIELDS`], with the field that was probably meant.
    UnknownField {
        name: String,
        suggestion: Option<&'static str>,
    },
    /// A `{` without its `}` in the same paragraph.
    Unclosed,
    /// `«naam»` typed as text: it looks like a mail-merge field but is not one.
    TypedMergeField { name: String },
    /// `{/ouder2}` without a `{#ouder2}` before it.
    CloseWithoutOpen,
    /// `{#ouder2}` without a `{/ouder2}` after it.
    OpenWithoutClose,
    /// `{#ouder2}` inside another `{#ouder2}` block.
    NestedBlock,
    /// A block marker with other text in its paragraph.
    MarkerNotAlone,
    /// `{#ouder2}` and `{/ouder2}` in different places (one in a table, the other not …).
    BlockAcrossContainers,
    /// A Word field that decides or asks something (IF, ASK …).
    UnsupportedField { kind: String },
    /// A Word field inside another field.
    NestedField,
    /// The part's XML cannot be read.
    Malformed,
}

/// One problem: where (the part and the text around it) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub part: Part,
    /// The text of the paragraph around the problem, shortened.
    pub context: String,
    pub issue: Issue,
}

/// A problem of the template as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// No field of the first parent: the document would not say whom it is about.
    FirstParent,
}

/// Most problems listed one by one; the rest are counted in [`Report::more`].
pub const MAX_LISTED: usize = 50;

/// What the check found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Known fields the template uses, in the order of [`FIELDS`].
    pub used: Vec<&'static str>,
    /// The first [`MAX_LISTED`] problems, with their place.
    pub problems: Vec<Problem>,
    /// Problems found beyond those listed ("en N andere").
    pub more: usize,
    pub missing: Vec<Missing>,
}

impl Report {
    /// Known fields the template does not use.
    pub fn unused(&self) -> Vec<&'static str> {
        FIELDS
            .iter()
            .copied()
            .filter(|f| !self.used.contains(f))
            .collect()
    }

    pub fn is_usable(&self) -> bool {
        self.problems.is_empty() && self.missing.is_empty()
    }

    /// Adds a problem, or counts it when [`MAX_LISTED`] are listed already. `context` is only
    /// computed for a listed one.
    pub fn add(&mut self, part: Part, issue: Issue, context: impl FnOnce() -> String) {
        self.add_with(part, || (issue, context()));
    }

    /// As [`Report::add`], with the issue itself made only for a listed problem (an unknown
    /// field's suggestion is a search).
    pub fn add_with(&mut self, part: Part, problem: impl FnOnce() -> (Issue, String)) {
        if self.problems.len() < MAX_LISTED {
            let (issue, context) = problem();
            self.problems.push(Problem {
                part,
                context,
                issue,
            });
        } else {
            self.more += 1;
        }
    }

    /// Every problem found, listed or not.
    pub fn problem_count(&self) -> usize {
        self.problems.len() + self.more
    }
}

const CONTEXT_CHARS: usize = 60;

/// The paragraph text around byte `at`, at most [`CONTEXT_CHARS`] characters. Only the
/// characters near `at` are looked at, so the work does not grow with the paragraph.
fn context(text: &str, at: usize) -> String {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let (before, after) = text.split_at(at);
    // Half the window before `at`, the rest after; near either end the window shifts.
    let after_available = after.chars().take(CONTEXT_CHARS).count();
    let before_available = before.chars().rev().take(CONTEXT_CHARS).count();
    let before_count = before_available.min(CONTEXT_CHARS - after_available.min(CONTEXT_CHARS / 2));
    let after_count = after_available.min(CONTEXT_CHARS - before_count);
    let from = match before_count {
        0 => at,
        n => before.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i),
    };
    let to = after
        .char_indices()
        .nth(after_count)
        .map_or(text.len(), |(i, _)| at + i);
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.push_str(&text[from..to]);
    if to < text.len() {
        out.push('…');
    }
    out.trim().to_string()
}

/// `«naam»` typed as text.
fn typed_merge_fields(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find('«').map(|i| i + rest) {
        let Some(close) = text[open..].find('»').map(|i| i + open) else {
            break;
        };
        out.push((open, text[open + '«'.len_utf8()..close].to_string()));
        rest = close;
    }
    out
}

/// Checks one part (its mail-merge fields already turned into placeholders).
pub fn part(part: Part, tokens: &[Token], fields: &[FieldIssue], report: &mut Report) {
    let list = paragraphs(tokens);
    let mut used = [false; FIELDS.len()];
    let mut open: Option<(&Paragraph, String)> = None;
    for p in &list {
        let text = p.joined();
        let (found, unclosed) = scan(&text);
        for u in unclosed {
            report.add(part, Issue::Unclosed, || context(&text, u.0));
        }
        for (at, name) in typed_merge_fields(&text) {
            report.add(part, Issue::TypedMergeField { name }, || context(&text, at));
        }
        for f in &found {
            let name = normal(&f.name);
            if name == BLOCK_OPEN || name == BLOCK_CLOSE {
                if text.trim() != &text[f.start..f.end] {
                    report.add(part, Issue::MarkerNotAlone, || context(&text, f.start));
                }
                if name == BLOCK_OPEN {
                    if open.is_some() {
                        report.add(part, Issue::NestedBlock, || context(&text, f.start));
                    }
                    open = Some((p, text.clone()));
                } else {
                    match open.take() {
                        None => {
                            report.add(part, Issue::CloseWithoutOpen, || context(&text, f.start))
                        }
                        Some((o, _)) if o.parent != p.parent || o.row != p.row => {
                            report.add(part, Issue::BlockAcrossContainers, || {
                                context(&text, f.start)
                            })
                        }
                        Some(_) => {}
                    }
                }
            } else if let Some(known) = FIELDS.iter().position(|k| *k == name) {
                used[known] = true;
            } else {
                report.add_with(part, || {
                    let issue = Issue::UnknownField {
                        suggestion: suggest(&name),
                        name: f.name.trim().to_string(),
                    };
                    (issue, context(&text, f.start))
                });
            }
        }
    }
    if let Some((_, text)) = open {
        report.add(part, Issue::OpenWithoutClose, || context(&text, 0));
    }
    for issue in fields {
        let (at, issue) = match issue {
            FieldIssue::Unsupported { kind, at } => {
                (*at, Issue::UnsupportedField { kind: kind.clone() })
            }
            FieldIssue::Nested { at } => (*at, Issue::NestedField),
        };
        report.add(part, issue, || {
            list.iter()
                .rev()
                .find(|p| p.start <= at && at <= p.end)
                .map(|p| context(&p.joined(), 0))
                .unwrap_or_default()
        });
    }
    // In the order of FIELDS (no sort: that is code on the page).
    let before = std::mem::take(&mut report.used);
    report.used = FIELDS
        .iter()
        .enumerate()
        .filter(|(i, f)| before.contains(f) || used[*i])
        .map(|(_, f)| *f)
        .collect();
}

/// The checks over the whole template, once every part was checked.
pub fn finish(report: &mut Report) {
    if !report.used.iter().any(|f| f.starts_with("ouder1_")) {
        report.missing.push(Missing::FirstParent);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_short_and_marks_what_was_cut() {
        let long = "a".repeat(50) + "{x}" + &"b".repeat(50);
        let c = context(&long, 50);
        assert!(
            c.starts_with('…') && c.ends_with('…') && c.contains("{x}"),
            "{c}"
        );
        assert_eq!(context("Beste {x}", 6), "Beste {x}");
        assert_eq!(context("", 0), "");
        assert_eq!(context("Zoë {x}", 3), "Zoë {x}");
        let c = context(&long, 0);
        assert!(c.starts_with("aaa") && c.ends_with('…'), "{c}");
        assert_eq!(c.chars().count(), CONTEXT_CHARS + 1, "{c}");
        let c = context(&long, long.len());
        assert!(c.starts_with('…') && c.ends_with("bbb"), "{c}");
        assert_eq!(c.chars().count(), CONTEXT_CHARS + 1, "{c}");
        let c = context(&long, 50);
        assert_eq!(c.chars().count(), CONTEXT_CHARS + 2, "{c}");
        assert_eq!(typed_merge_fields("«Voornaam» en «Naam»").len(), 2);
    }
}

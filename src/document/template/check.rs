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

/// What the check found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Known fields the template uses, in the order of [`FIELDS`].
    pub used: Vec<&'static str>,
    pub problems: Vec<Problem>,
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
}

const CONTEXT_CHARS: usize = 60;

/// The paragraph text around byte `at`, at most [`CONTEXT_CHARS`] characters.
fn context(text: &str, at: usize) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let center = chars.iter().position(|(i, _)| *i >= at).unwrap_or(0);
    let from = center.saturating_sub(CONTEXT_CHARS / 2);
    let to = (from + CONTEXT_CHARS).min(chars.len());
    let from = to.saturating_sub(CONTEXT_CHARS);
    let mut out: String = chars[from..to].iter().map(|(_, c)| c).collect();
    if from > 0 {
        out.insert(0, '…');
    }
    if to < chars.len() {
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
    let mut problem = |p: &Paragraph, at: usize, issue: Issue| {
        report.problems.push(Problem {
            part,
            context: context(&p.joined(), at),
            issue,
        });
    };
    let mut used: Vec<&'static str> = Vec::new();
    let mut open: Option<&Paragraph> = None;
    for p in &list {
        let text = p.joined();
        let (found, unclosed) = scan(&text);
        for u in unclosed {
            problem(p, u.0, Issue::Unclosed);
        }
        for (at, name) in typed_merge_fields(&text) {
            problem(p, at, Issue::TypedMergeField { name });
        }
        for f in &found {
            let name = normal(&f.name);
            if name == BLOCK_OPEN || name == BLOCK_CLOSE {
                if text.trim() != &text[f.start..f.end] {
                    problem(p, f.start, Issue::MarkerNotAlone);
                }
                if name == BLOCK_OPEN {
                    if open.is_some() {
                        problem(p, f.start, Issue::NestedBlock);
                    }
                    open = Some(p);
                } else {
                    match open.take() {
                        None => problem(p, f.start, Issue::CloseWithoutOpen),
                        Some(o) if o.parent != p.parent || o.row != p.row => {
                            problem(p, f.start, Issue::BlockAcrossContainers)
                        }
                        Some(_) => {}
                    }
                }
            } else if let Some(known) = FIELDS.iter().find(|k| **k == name) {
                used.push(known);
            } else {
                problem(
                    p,
                    f.start,
                    Issue::UnknownField {
                        suggestion: suggest(&name),
                        name: f.name.trim().to_string(),
                    },
                );
            }
        }
    }
    if let Some(o) = open {
        problem(o, 0, Issue::OpenWithoutClose);
    }
    for issue in fields {
        let (at, issue) = match issue {
            FieldIssue::Unsupported { kind, at } => {
                (*at, Issue::UnsupportedField { kind: kind.clone() })
            }
            FieldIssue::Nested { at } => (*at, Issue::NestedField),
        };
        let holder = list.iter().rev().find(|p| p.start <= at && at <= p.end);
        report.problems.push(Problem {
            part,
            context: holder.map(|p| context(&p.joined(), 0)).unwrap_or_default(),
            issue,
        });
    }
    // In the order of FIELDS (no sort: that is code on the page).
    let before = std::mem::take(&mut report.used);
    report.used = FIELDS
        .iter()
        .copied()
        .filter(|f| before.contains(f) || used.contains(f))
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
        assert_eq!(typed_merge_fields("«Voornaam» en «Naam»").len(), 2);
    }
}

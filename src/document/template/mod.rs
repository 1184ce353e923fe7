//! Word templates with placeholders, filled with a referral: the organisation's own template or
//! the built-in document, which is simply the default template (one path for both).
//!
//! A template is read once ([`Template::load`]): every problem is reported at once with its
//! place ([`check`]), and a template with problems is never used. Filling works on the XML as
//! tokens that keep every byte ([`tokens`]): Word's mail-merge fields become placeholders
//! ([`fields`]), placeholders are filled across the runs Word cut them into
//! ([`placeholders`]), and the package is written back with neutral properties ([`package`]).

pub mod check;
mod controls;
mod fields;
pub mod names;
pub mod package;
mod placeholders;
mod tokens;
pub mod values;

pub use check::{Issue, Missing, Problem, Report};
pub use package::{Pages, Part, MAX_TEMPLATE_BYTES};
pub use values::{values, Values};

use crate::date::Date;
use package::Package;
use std::collections::BTreeMap;
use zeroize::{Zeroize, Zeroizing};

/// Why a template cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateError {
    /// Larger than [`MAX_TEMPLATE_BYTES`], or too large once unpacked.
    TooLarge,
    /// Not a Word document (.docx or .dotx).
    NotWord,
    /// An old binary Word document (.doc).
    OldWord,
    /// Protected with a password: a template needs none (it holds no family data).
    PasswordProtected,
    /// A document with macros (.docm).
    Macros,
    /// A Word package with a part that cannot be read.
    Damaged,
    /// The template has problems; all of them are in the report.
    Problems(Report),
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TemplateError::TooLarge => write!(f, "the template is too large"),
            TemplateError::NotWord => write!(f, "not a word document"),
            TemplateError::OldWord => write!(f, "an old binary word document"),
            TemplateError::PasswordProtected => write!(f, "the template has a password"),
            TemplateError::Macros => write!(f, "the template has macros"),
            TemplateError::Damaged => write!(f, "the template is damaged"),
            TemplateError::Problems(r) => {
                write!(f, "{} problems in the template", r.problems.len())
            }
        }
    }
}

impl std::error::Error for TemplateError {}

/// A checked template, ready to fill.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    package: Package,
    report: Report,
}

impl placeholders::Lookup for Values {
    fn value(&self, name: &str) -> Option<&str> {
        self.get(name)
    }
    fn second_parent(&self) -> bool {
        self.second_parent
    }
}

/// Wipes the text of tokens that held the family's data.
fn wipe(tokens: &mut [tokens::Token]) {
    for t in tokens {
        t.raw.zeroize();
        if let tokens::Kind::Text(s) = &mut t.kind {
            s.zeroize();
        }
    }
}

impl Template {
    /// Reads and checks a template.
    pub fn load(bytes: &[u8]) -> Result<Template, TemplateError> {
        let package = Package::read(bytes)?;
        let mut report = Report::default();
        for (_, part, xml) in package.text_parts()? {
            match tokens::tokenize(&xml) {
                Ok(mut tokens) => {
                    let issues = fields::convert(&mut tokens);
                    check::part(part, &tokens, &issues, &mut report);
                }
                Err(_) => report.problems.push(Problem {
                    part,
                    context: String::new(),
                    issue: Issue::Malformed,
                }),
            }
        }
        check::finish(&mut report);
        if report.is_usable() {
            Ok(Template { package, report })
        } else {
            Err(TemplateError::Problems(report))
        }
    }

    /// The built-in document as a template (see [`crate::document`]).
    pub fn builtin() -> Template {
        Template::load(&crate::document::builtin_template())
            .expect("the built-in template passes its own check (tested)")
    }

    /// What the check found: the fields used and not used.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The filled document, dated `generated` in its properties.
    pub fn fill(
        &self,
        values: &Values,
        generated: Date,
    ) -> Result<Zeroizing<Vec<u8>>, TemplateError> {
        let mut filled = BTreeMap::new();
        for (name, _, xml) in self.package.text_parts()? {
            let mut tokens = tokens::tokenize(&xml).map_err(|_| TemplateError::Damaged)?;
            let _ = fields::convert(&mut tokens);
            let changed = placeholders::fill(&mut tokens, values);
            controls::settle(&mut tokens, &changed);
            filled.insert(name, Zeroizing::new(tokens::join(&tokens)));
            wipe(&mut tokens);
        }
        self.package.write(&filled, generated)
    }

    /// Fields with a value that this template does not show: what the worker typed but the
    /// document would not carry. An address field counts as shown when the full address is.
    pub fn left_out(&self, values: &Values) -> Vec<&'static str> {
        let used = &self.report.used;
        let shown = |f: &str| {
            used.contains(&f)
                || ["_straat", "_huisnummer", "_bus", "_postcode", "_gemeente"]
                    .iter()
                    .any(|part| f.ends_with(part))
                    && used
                        .iter()
                        .any(|u| *u == f.split('_').next().unwrap_or("").to_string() + "_adres")
                || f.ends_with("_adres")
                    && ["_straat", "_huisnummer", "_postcode", "_gemeente"]
                        .iter()
                        .all(|part| {
                            used.iter()
                                .any(|u| *u == f.trim_end_matches("_adres").to_string() + part)
                        })
        };
        names::FIELDS
            .iter()
            .copied()
            .filter(|f| {
                values
                    .get(f)
                    .is_some_and(|v| v != crate::document::NOT_GIVEN)
            })
            .filter(|f| !shown(f))
            .collect()
    }
}

//! Word templates with placeholders, filled with a referral: the organisation's own template or
//! the built-in document, which is simply the default template (one path for both).
//!
//! A template is read once ([`Template::load`]): every problem is reported at once with its
//! place ([`check`]), and a template with problems is never used. Filling works on the XML as
//! tokens that keep every byte ([`tokens`]): Word's mail-merge fields become placeholders
//! ([`fields`]), placeholders are filled across the runs Word cut them into
//! ([`placeholders`]), and the package is written back with neutral properties ([`package`]).

pub mod check;
mod clean;
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
                write!(f, "{} problems in the template", r.problem_count())
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
    /// The file as loaded (to remember it on request; it holds no family data).
    bytes: Vec<u8>,
}

impl placeholders::Lookup for Values {
    fn value(&self, name: &str) -> Option<&str> {
        self.get(name)
    }
    fn second_parent(&self) -> bool {
        self.second_parent
    }
}

/// Values for a trial fill: every field filled, with or without a second parent.
struct Trial(bool);

impl placeholders::Lookup for Trial {
    fn value(&self, name: &str) -> Option<&str> {
        (self.0 || !names::is_second_parent(name)).then_some("x")
    }
    fn second_parent(&self) -> bool {
        self.0
    }
}

/// Whether filling a part, for one parent and for two, gives XML that reads again: a last
/// guard, so that a template whose structure we would break is refused at load, never at
/// sealing.
fn fills_well_formed(converted: &[tokens::Token]) -> bool {
    [false, true].into_iter().all(|second| {
        let mut tokens = converted.to_vec();
        let changed = placeholders::fill(&mut tokens, &Trial(second));
        controls::settle(&mut tokens, &changed);
        tokens::tokenize(&tokens::join(&tokens)).is_ok()
    })
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
                    if !fills_well_formed(&tokens) {
                        report.add(part, Issue::Malformed, String::new);
                    }
                }
                Err(_) => report.add(part, Issue::Malformed, String::new),
            }
        }
        check::finish(&mut report);
        if report.is_usable() {
            Ok(Template {
                package,
                report,
                bytes: bytes.to_vec(),
            })
        } else {
            Err(TemplateError::Problems(report))
        }
    }

    /// The built-in document as a template (see [`crate::document`]).
    pub fn builtin() -> Template {
        match Template::load(&crate::document::builtin_template()) {
            Ok(t) => t,
            // Tested (tests/template.rs); no Debug formatting of the report on the page.
            Err(_) => panic!("the built-in template fails its own check"),
        }
    }

    /// The template file as it was loaded.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
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
        let mut filled = Vec::new();
        for (name, _, xml) in self.package.text_parts()? {
            let mut tokens = tokens::tokenize(&xml).map_err(|_| TemplateError::Damaged)?;
            let _ = fields::convert(&mut tokens);
            let changed = placeholders::fill(&mut tokens, values);
            controls::settle(&mut tokens, &changed);
            filled.push((name, Zeroizing::new(tokens::join(&tokens))));
            wipe(&mut tokens);
        }
        self.package.write(&filled, generated)
    }

    /// Whether the template shows this field: used, or (for an address item) the full address
    /// is used, or (for the full address) all its items are.
    pub fn shows(&self, field: &str) -> bool {
        let used = |f: &str| self.report.used.contains(&f);
        let (parent, item) = field.split_once('_').unwrap_or(("", field));
        let address_item = ["straat", "huisnummer", "bus", "postcode", "gemeente"].contains(&item);
        used(field)
            || address_item && used(&format!("{parent}_adres"))
            || item == "adres"
                && ["straat", "huisnummer", "postcode", "gemeente"]
                    .iter()
                    .all(|i| used(&format!("{parent}_{i}")))
    }

    /// Known fields the template does not show (see [`Template::shows`]).
    pub fn not_shown(&self) -> Vec<&'static str> {
        names::FIELDS
            .iter()
            .copied()
            .filter(|f| !self.shows(f))
            .collect()
    }

    /// Fields with a value that this template does not show: what the worker typed but the
    /// document would not carry.
    pub fn left_out(&self, values: &Values) -> Vec<&'static str> {
        self.not_shown()
            .into_iter()
            .filter(|f| {
                values
                    .get(f)
                    .is_some_and(|v| v != crate::document::NOT_GIVEN)
            })
            .collect()
    }
}

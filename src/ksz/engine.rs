//! The worksheet: per leefloon condition, three columns — what the KSZ establishes, what is still
//! needed (and why), what not to ask (again) — made from a record by the knowledge's rules. Pure:
//! the same record always gives the same worksheet.
//!
//! Besides the rules, two kinds of lines come from a flow's status alone, under the flow's first
//! condition in "Nog nodig": *geraadpleegd, niets gevonden* (the flow's `nothing_found`: never
//! "geen recht") and *niet geraadpleegd / geen toegang* (the flow's `not_consulted`).

use super::knowledge::{Column, Condition, Flow, Rule, Status, Term, KNOWLEDGE};
use super::person::Role;
use super::record::{Part, Record};

/// What a line says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// A rule held.
    Rule(&'static Rule),
    /// The flow was consulted and held nothing.
    NothingFound(&'static Flow),
    /// The flow was not consulted or not accessible.
    NotConsulted(&'static Flow),
}

/// One line of the worksheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    /// The flows it comes from, in the knowledge's order.
    pub flows: Vec<&'static Flow>,
    /// The persons it is about, by role: the applicant for the applicant's rules and the status
    /// lines; for a rule of another scope, each person of that scope for whom it holds.
    pub persons: Vec<Role>,
}

impl Line {
    /// A stable name: the rule's id, or `status:<flow>:niets` / `status:<flow>:niet`.
    pub fn key(&self) -> String {
        match self.kind {
            LineKind::Rule(r) => r.id.to_string(),
            LineKind::NothingFound(f) => format!("status:{}:niets", f.id),
            LineKind::NotConsulted(f) => format!("status:{}:niet", f.id),
        }
    }

    pub fn column(&self) -> Column {
        match self.kind {
            LineKind::Rule(r) => r.column,
            LineKind::NothingFound(_) | LineKind::NotConsulted(_) => Column::Needed,
        }
    }

    /// "Kan wijzen op …": to discuss, never a conclusion.
    pub fn is_signal(&self) -> bool {
        matches!(self.kind, LineKind::Rule(r) if r.signal)
    }
}

/// The three columns of one condition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConditionSheet {
    pub condition: &'static Condition,
    pub established: Vec<Line>,
    pub needed: Vec<Line>,
    pub dont_ask: Vec<Line>,
}

impl ConditionSheet {
    pub fn column(&self, column: Column) -> &[Line] {
        match column {
            Column::Established => &self.established,
            Column::Needed => &self.needed,
            Column::DontAsk => &self.dont_ask,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.established.is_empty() && self.needed.is_empty() && self.dont_ask.is_empty()
    }

    /// Every line of the three columns, in column order.
    pub fn lines(&self) -> impl Iterator<Item = &Line> {
        self.established
            .iter()
            .chain(&self.needed)
            .chain(&self.dont_ask)
    }
}

/// The worksheet of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Worksheet {
    /// Every condition, in order (also those without lines).
    pub conditions: Vec<ConditionSheet>,
    /// The flows with a status, in order.
    pub recorded: Vec<(&'static Flow, Status)>,
    /// The flows nobody filled in yet.
    pub not_recorded: Vec<&'static Flow>,
}

impl Worksheet {
    /// Every line's key (for comparing with a model answer).
    pub fn keys(&self) -> std::collections::BTreeSet<String> {
        self.conditions
            .iter()
            .flat_map(ConditionSheet::lines)
            .map(Line::key)
            .collect()
    }
}

fn holds(term: &Term, part: &Part) -> bool {
    match term {
        Term::Observation(id) => part.observed(id),
        Term::Status(flow, status) => part.status(flow) == Some(*status),
    }
}

/// The persons of the rule's scope for whom it holds: every term of `when` about that one
/// person, none of `unless`. A rule never mixes two persons' observations.
fn holders(rule: &Rule, record: &Record) -> Vec<Role> {
    let applicant = std::iter::once((Role::Applicant, record.applicant()));
    applicant
        .chain(record.others())
        .filter(|(role, _)| role.in_scope(rule.scope))
        .filter(|(_, part)| {
            rule.when.iter().all(|t| holds(t, part)) && !rule.unless.iter().any(|t| holds(t, part))
        })
        .map(|(role, _)| role)
        .collect()
}

fn flows_of(terms: &[Term]) -> Vec<&'static Flow> {
    KNOWLEDGE
        .flows
        .iter()
        .filter(|f| terms.iter().any(|t| t.flow() == f.id))
        .collect()
}

/// Makes the worksheet of a record.
pub fn worksheet(record: &Record) -> Worksheet {
    let mut lines: Vec<(&'static str, Line)> = Vec::new();
    for rule in KNOWLEDGE.rules {
        let persons = holders(rule, record);
        if !persons.is_empty() {
            let line = Line {
                kind: LineKind::Rule(rule),
                flows: flows_of(rule.when),
                persons,
            };
            lines.push((rule.condition, line));
        }
    }
    let mut recorded = Vec::new();
    let mut not_recorded = Vec::new();
    for flow in KNOWLEDGE.flows {
        let kind = match record.status(flow.id) {
            None => {
                not_recorded.push(flow);
                continue;
            }
            Some(status) => {
                recorded.push((flow, status));
                match status {
                    Status::Found => continue,
                    Status::NothingFound => LineKind::NothingFound(flow),
                    Status::NotConsulted => LineKind::NotConsulted(flow),
                }
            }
        };
        if let Some(first) = flow.conditions.first() {
            let line = Line {
                kind,
                flows: vec![flow],
                persons: vec![Role::Applicant],
            };
            lines.push((first, line));
        }
    }
    let conditions = KNOWLEDGE
        .conditions
        .iter()
        .map(|condition| {
            let mut sheet = ConditionSheet {
                condition,
                established: Vec::new(),
                needed: Vec::new(),
                dont_ask: Vec::new(),
            };
            for (_, line) in lines.iter().filter(|(c, _)| *c == condition.id) {
                match line.column() {
                    Column::Established => sheet.established.push(line.clone()),
                    Column::Needed => sheet.needed.push(line.clone()),
                    Column::DontAsk => sheet.dont_ask.push(line.clone()),
                }
            }
            sheet
        })
        .collect();
    Worksheet {
        conditions,
        recorded,
        not_recorded,
    }
}

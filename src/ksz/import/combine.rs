//! Several answers about the same person into one [`Record`]: every observation with where it
//! comes from (`Origin::Imported`), a flow found by one answer and "nothing found" by another
//! is found, and where the answers disagree (address, register, nationality, civil state) both
//! values are kept and listed.

use super::labels as L;
use super::magda_gezin::household;
use super::model::{Answer, Summary};
use crate::ksz::{Origin, Record, Status};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// The record of all answers and where they disagree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Combined {
    pub record: Record,
    pub disagreements: Vec<Disagreement>,
}

/// One thing the answers say differently.
#[derive(Clone, Debug, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Disagreement {
    /// What it is about, e.g. "Adres".
    pub about: String,
    /// (service, value as shown) for every answer that says something about it.
    pub values: Vec<(String, String)>,
}

fn rank(s: Status) -> u8 {
    match s {
        Status::Found => 2,
        Status::NothingFound => 1,
        Status::NotConsulted => 0,
    }
}

/// What is compared: the code in brackets when the value has one ("Belg (150)" and "150"
/// agree), otherwise the words, lowercased, without punctuation.
fn key(value: &str) -> String {
    let v = value.trim();
    if let Some(open) = v.rfind('(') {
        if let Some(code) = v[open + 1..].strip_suffix(')') {
            if !code.trim().is_empty() {
                return code.trim().to_lowercase();
            }
        }
    }
    if v.bytes().all(|b| b.is_ascii_digit()) {
        return v.to_string();
    }
    v.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != L::BOX)
        .collect::<Vec<_>>()
        .join(" ")
}

fn compare(
    answers: &[Answer],
    about: &str,
    get: fn(&Summary) -> Option<&String>,
) -> Option<Disagreement> {
    let values: Vec<(String, String)> = answers
        .iter()
        .filter_map(|a| get(&a.summary).map(|v| (a.service.clone(), v.clone())))
        .filter(|(_, v)| !v.trim().is_empty())
        .collect();
    let first = key(&values.first()?.1);
    values
        .iter()
        .any(|(_, v)| key(v) != first)
        .then(|| Disagreement {
            about: about.to_string(),
            values,
        })
}

/// The findings of several answers in one record.
pub fn combine(answers: &[Answer]) -> Combined {
    let mut record = Record::default();
    let subject = answers
        .iter()
        .find_map(|a| a.summary.subject.clone().filter(|s| !s.is_empty()));
    for a in answers {
        let origin = Origin::Imported {
            file: a.file_name.clone(),
            service: a.service.clone(),
            answered_on: a.answered_on.as_ref().map(|d| d.raw.clone()),
        };
        let mut findings: Vec<(&'static str, Status, Vec<&'static str>)> = a
            .findings
            .iter()
            .map(|f| (f.flow, f.status, f.observations.clone()))
            .collect();
        // A household whose client the answer did not name: read it for the subject that
        // another answer names.
        if let Some(s) = &subject {
            if !a.summary.household.is_empty() {
                let extra = household(&a.summary.household, s, a.answered_on.as_ref());
                if let Some(f) = findings.iter_mut().find(|f| f.0 == "gezin") {
                    for id in extra {
                        if !f.2.contains(&id) {
                            f.2.push(id);
                        }
                    }
                } else if !extra.is_empty() {
                    findings.push(("gezin", Status::Found, extra));
                }
            }
        }
        for (flow, status, observations) in findings {
            let better = record
                .status(flow)
                .is_none_or(|old| rank(status) > rank(old));
            if better {
                record.set_status(flow, Some(status));
            }
            for id in observations {
                if !record.is_ticked(id) {
                    record.set_observation(id, true, origin.clone());
                }
            }
        }
    }
    // The date of the consultation: the latest complete answer date.
    record.consulted_on = answers
        .iter()
        .filter_map(|a| a.answered_on.as_ref())
        .filter_map(|d| d.iso())
        .max()
        .unwrap_or_default();
    let disagreements = [
        compare(answers, L::ADDRESS, |s| s.address.as_ref()),
        compare(answers, L::REGISTER, |s| s.register.as_ref()),
        compare(answers, L::NATIONALITY, |s| s.nationality.as_ref()),
        compare(answers, L::CIVIL_STATE, |s| s.civil_state.as_ref()),
    ]
    .into_iter()
    .flatten()
    .collect();
    Combined {
        record,
        disagreements,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_compare_codes_and_words() {
        assert_eq!(key("Belg (150)"), key("150"));
        assert_eq!(
            key("Hoogstraat 63 bus A, 9000 Gent"),
            key("hoogstraat 63 A 9000 gent")
        );
        assert_ne!(
            key("Hoogstraat 63, 9000 Gent"),
            key("Dorpsstraat 433, 2340 Kortenberg")
        );
    }
}

//! Several answers about the same person into one [`Record`]: every observation with where it
//! comes from (`Origin::Imported`), a flow found by one answer and "nothing found" by another
//! is found, and where the answers disagree (address, register, nationality, civil state) both
//! values are kept and listed.

use crate::ksz::import::family::{applicant, roles_of, Roles};
use crate::ksz::import::labels as L;
use crate::ksz::import::magda::gezin::household;
use crate::ksz::import::model::{Answer, Summary};
use crate::ksz::knowledge::{ids, ObsId};
use crate::ksz::{Origin, Record, Role, Status};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// The record of all answers and where they disagree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Combined {
    pub record: Record,
    pub disagreements: Vec<Disagreement>,
    /// Per answer (same order), whom it is about.
    pub holders: Vec<Role>,
    /// Who is who (for the household on a date, see [`Roles::family`]).
    pub roles: Roles,
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
                return crate::case::lower(code.trim());
            }
        }
    }
    if v.bytes().all(|b| b.is_ascii_digit()) {
        return v.to_string();
    }
    crate::case::lower(v)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != L::BOX)
        .collect::<Vec<_>>()
        .join(" ")
}

fn compare(
    answers: &[&Answer],
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

/// The findings of several answers in one record, each under the person the answer is about.
pub fn combine(answers: &[Answer]) -> Combined {
    combine_for(answers, None)
}

/// As [`combine`], with the applicant chosen by the worker: the position of an answer about the
/// applicant (otherwise the first person the answers name).
pub fn combine_for(answers: &[Answer], chosen: Option<usize>) -> Combined {
    let mut record = Record::default();
    let subject = chosen
        .and_then(|i| answers.get(i))
        .and_then(|a| a.summary.subject.clone())
        .filter(|s| !s.is_empty())
        .or_else(|| applicant(answers));
    // Roles on the latest answer date (the consultation's date below).
    let latest = answers
        .iter()
        .filter_map(|a| a.answered_on.as_ref())
        .filter(|d| d.is_complete())
        .max_by_key(|d| d.days());
    let roles = roles_of(answers, chosen, latest);
    let holders: Vec<Role> = answers
        .iter()
        .map(|a| roles.of(a.summary.subject.as_deref()))
        .collect();
    for (a, &holder) in answers.iter().zip(&holders) {
        let origin = Origin::Imported {
            file: a.file_name.clone(),
            service: a.service.clone(),
            answered_on: a.answered_on.as_ref().map(|d| d.raw.clone()),
        };
        let mut findings: Vec<(Role, &'static str, Status, Vec<&'static str>)> = a
            .findings
            .iter()
            .map(|f| (holder, f.flow, f.status, f.observations.clone()))
            .collect();
        // The household an answer lists, read for the applicant (whoever the answer is about):
        // it may not name its client, or be the partner's.
        if let Some(s) = &subject {
            if !a.summary.household.is_empty() {
                let extra: Vec<&'static str> =
                    household(&a.summary.household, s, a.answered_on.as_ref())
                        .into_iter()
                        .map(ObsId::as_str)
                        .collect();
                let mine = |f: &&mut (Role, &str, Status, Vec<&str>)| {
                    f.0 == Role::Applicant && f.1 == ids::GEZIN.as_str()
                };
                if let Some(f) = findings.iter_mut().find(mine) {
                    for id in extra {
                        if !f.3.contains(&id) {
                            f.3.push(id);
                        }
                    }
                } else if !extra.is_empty() {
                    findings.push((Role::Applicant, ids::GEZIN.as_str(), Status::Found, extra));
                }
            }
        }
        for (whose, flow, status, observations) in findings {
            let better = record
                .part(whose)
                .and_then(|p| p.status(flow))
                .is_none_or(|old| rank(status) > rank(old));
            if better {
                record.set_status_of(whose, flow, Some(status));
            }
            for id in observations {
                if !record.part(whose).is_some_and(|p| p.is_ticked(id)) {
                    record.set_observation_of(whose, id, true, origin.clone());
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
    // Only answers about the applicant are compared: a partner's other nationality is no
    // disagreement.
    let mine: Vec<&Answer> = answers
        .iter()
        .zip(&holders)
        .filter(|(_, h)| **h == Role::Applicant)
        .map(|(a, _)| a)
        .collect();
    let answers = &mine[..];
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
        holders,
        roles,
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

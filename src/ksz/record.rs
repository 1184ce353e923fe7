//! What the social worker recorded: per KSZ flow a status, and the observations picked from the
//! flow's short list. Only ids from the knowledge and a date: a record can hold no name, no
//! national number and no free text, so nothing identifying can end up in a worksheet.

use super::knowledge::{Dossier, Status, KNOWLEDGE};
use std::collections::{BTreeMap, BTreeSet};

/// Where an observation in the record comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Ticked by the social worker.
    Worker,
    /// Established by an imported KSZ or MAGDA answer: the answer's `file_name` (the page gives
    /// it a neutral label such as "bestand 2", never the file's own name, which may hold a
    /// person's name or national number: see `ksz::imported`), the service (e.g. "GeefPersoon
    /// 02.02") and the date of the answer as written in it.
    Imported {
        file: String,
        service: String,
        answered_on: Option<String>,
    },
}

/// The record of one consultation of the KSZ for one client.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// Flow id → status. A flow that is not here was not filled in yet.
    statuses: BTreeMap<&'static str, Status>,
    /// Full observation id → where it comes from.
    observations: BTreeMap<&'static str, Origin>,
    /// The date of the consultation as typed (`YYYY-MM-DD` from a date field).
    pub consulted_on: String,
}

/// Why a record cannot give a worksheet yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordProblem {
    /// No flow has a status.
    Empty,
    /// A flow is marked as found but no observation was picked.
    FoundWithoutObservation(&'static str),
}

impl Record {
    /// The status of a flow, if one was recorded.
    pub fn status(&self, flow: &str) -> Option<Status> {
        self.statuses.get(flow).copied()
    }

    /// Sets (or clears) a flow's status. Ids not in the knowledge are ignored.
    pub fn set_status(&mut self, flow: &str, status: Option<Status>) {
        let Some(known) = KNOWLEDGE.flow(flow) else {
            return;
        };
        match status {
            Some(s) => {
                self.statuses.insert(known.id, s);
            }
            None => {
                self.statuses.remove(known.id);
            }
        }
    }

    /// Ticks or unticks an observation. Ticking one marks its flow as found. Unknown ids are
    /// ignored.
    pub fn set_observation(&mut self, id: &str, on: bool, origin: Origin) {
        let Some((flow, observation)) = KNOWLEDGE.observation(id) else {
            return;
        };
        if on {
            self.observations.insert(observation.id, origin);
            self.statuses.insert(flow.id, Status::Found);
        } else {
            self.observations.remove(observation.id);
        }
    }

    /// Whether an observation was ticked (whatever its flow's status).
    pub fn is_ticked(&self, id: &str) -> bool {
        self.observations.contains_key(id)
    }

    /// Whether an observation counts: ticked, and its flow is found.
    pub fn observed(&self, id: &str) -> bool {
        self.is_ticked(id)
            && KNOWLEDGE
                .observation(id)
                .is_some_and(|(flow, _)| self.status(flow.id) == Some(Status::Found))
    }

    /// Where a ticked observation comes from.
    pub fn origin(&self, id: &str) -> Option<&Origin> {
        self.observations.get(id)
    }

    /// The observations that count, with where they come from.
    pub fn observations(&self) -> impl Iterator<Item = (&'static str, &Origin)> + '_ {
        self.observations
            .iter()
            .filter(|(id, _)| self.observed(id))
            .map(|(id, origin)| (*id, origin))
    }

    /// The flows with a status, in the knowledge's order.
    pub fn recorded(&self) -> Vec<(&'static str, Status)> {
        KNOWLEDGE
            .flows
            .iter()
            .filter_map(|f| self.status(f.id).map(|s| (f.id, s)))
            .collect()
    }

    /// What is missing before the worksheet can be trusted.
    pub fn problems(&self) -> Vec<RecordProblem> {
        let mut problems = Vec::new();
        if self.statuses.is_empty() {
            problems.push(RecordProblem::Empty);
        }
        for flow in KNOWLEDGE.flows {
            let none_ticked = !flow.observations.iter().any(|o| self.is_ticked(o.id));
            if self.status(flow.id) == Some(Status::Found) && none_ticked {
                problems.push(RecordProblem::FoundWithoutObservation(flow.id));
            }
        }
        problems
    }

    /// The model record of a practice dossier.
    pub fn of_dossier(dossier: &Dossier) -> Record {
        let mut record = Record::default();
        for entry in dossier.record {
            record.set_status(entry.flow, Some(entry.status));
            for id in entry.observations {
                record.set_observation(id, true, Origin::Worker);
            }
        }
        record
    }

    /// Every distinct observation id that was ticked (for tests and the print).
    pub fn ticked(&self) -> BTreeSet<&'static str> {
        self.observations.keys().copied().collect()
    }
}

//! What the social worker recorded: per person (the applicant, and others by role) and per KSZ
//! flow a status, and the observations picked from the flow's short list. Only roles, ids from
//! the knowledge and a date: a record can hold no name, no national number and no free text, so
//! nothing identifying can end up in a worksheet.

use super::knowledge::{Dossier, Status, KNOWLEDGE};
use super::person::Role;
use super::vec_map::VecMap;

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

/// What was recorded for one person: flow statuses and ticked observations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Part {
    /// Flow id → status. A flow that is not here was not filled in yet.
    statuses: VecMap<&'static str, Status>,
    /// Full observation id → where it comes from.
    observations: VecMap<&'static str, Origin>,
}

impl Part {
    /// The status of a flow, if one was recorded.
    pub fn status(&self, flow: &str) -> Option<Status> {
        self.statuses.get(flow).copied()
    }

    fn set_status(&mut self, flow: &str, status: Option<Status>) {
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

    fn set_observation(&mut self, id: &str, on: bool, origin: Origin) {
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

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.statuses.is_empty() && self.observations.is_empty()
    }
}

/// The record of one consultation of the KSZ for one client: the applicant's part and a part
/// per other person, by role (never by name).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    applicant: Part,
    /// Role → what was recorded about that person. Never holds [`Role::Applicant`].
    others: VecMap<Role, Part>,
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
    /// The applicant's part.
    pub fn applicant(&self) -> &Part {
        &self.applicant
    }

    /// The part of a person, if anything was recorded about that person.
    pub fn part(&self, role: Role) -> Option<&Part> {
        match role {
            Role::Applicant => Some(&self.applicant),
            other => self.others.get(&other),
        }
    }

    fn part_mut(&mut self, role: Role) -> &mut Part {
        match role {
            Role::Applicant => &mut self.applicant,
            other => self.others.entry_or_default(other),
        }
    }

    /// The other persons with something recorded, in role order.
    pub fn others(&self) -> impl Iterator<Item = (Role, &Part)> + '_ {
        self.others
            .iter()
            .filter(|(_, p)| !p.is_empty())
            .map(|(r, p)| (*r, p))
    }

    /// Sets (or clears) a flow's status for a person. Ids not in the knowledge are ignored.
    pub fn set_status_of(&mut self, role: Role, flow: &str, status: Option<Status>) {
        self.part_mut(role).set_status(flow, status);
        self.others.retain(|p| !p.is_empty());
    }

    /// Ticks or unticks an observation about a person. Ticking one marks its flow as found for
    /// that person. Unknown ids are ignored.
    pub fn set_observation_of(&mut self, role: Role, id: &str, on: bool, origin: Origin) {
        self.part_mut(role).set_observation(id, on, origin);
        self.others.retain(|p| !p.is_empty());
    }

    /// The status of a flow for the applicant, if one was recorded.
    pub fn status(&self, flow: &str) -> Option<Status> {
        self.applicant.status(flow)
    }

    /// Sets (or clears) a flow's status for the applicant.
    pub fn set_status(&mut self, flow: &str, status: Option<Status>) {
        self.set_status_of(Role::Applicant, flow, status);
    }

    /// Ticks or unticks an observation about the applicant.
    pub fn set_observation(&mut self, id: &str, on: bool, origin: Origin) {
        self.set_observation_of(Role::Applicant, id, on, origin);
    }

    /// Whether an observation about the applicant was ticked (whatever its flow's status).
    pub fn is_ticked(&self, id: &str) -> bool {
        self.applicant.is_ticked(id)
    }

    /// Whether an observation about the applicant counts: ticked, and its flow is found.
    pub fn observed(&self, id: &str) -> bool {
        self.applicant.observed(id)
    }

    /// Where a ticked observation about the applicant comes from.
    pub fn origin(&self, id: &str) -> Option<&Origin> {
        self.applicant.origin(id)
    }

    /// The applicant's observations that count, with where they come from.
    pub fn observations(&self) -> impl Iterator<Item = (&'static str, &Origin)> + '_ {
        self.applicant.observations()
    }

    /// The applicant's flows with a status, in the knowledge's order.
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
        if self.applicant.statuses.is_empty() {
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
}

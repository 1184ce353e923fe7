//! What every reader shares: the collector that gathers facts, findings and events (bounded),
//! looks every observation up in the knowledge, and turns the result into an [`Answer`].

use super::date::PartialDate;
use super::labels as L;
use super::model::{Answer, Event, Fact, Finding, Group, Kind, Lane, Section, Summary};
use super::text::{flatten, MAX_VALUE};
use super::tree::Node;
use crate::ksz::{Status, KNOWLEDGE};
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// Most facts one answer shows; the rest is summed up in one line.
const MAX_FACTS: usize = 5_000;
/// Most timeline events of one answer.
const MAX_EVENTS: usize = 2_000;

impl Fact {
    pub(super) fn new(label: &str, value: impl Into<String>) -> Fact {
        let mut value: String = value.into();
        truncate(&mut value);
        Fact {
            label: label.to_string(),
            value,
            from: None,
            to: None,
            unknown: false,
            identifying: false,
        }
    }

    pub(super) fn from(mut self, date: Option<PartialDate>) -> Fact {
        self.from = date;
        self
    }

    pub(super) fn until(mut self, date: Option<PartialDate>) -> Fact {
        self.to = date;
        self
    }

    pub(super) fn identifying(mut self) -> Fact {
        self.identifying = true;
        self
    }
}

fn truncate(value: &mut String) {
    if value.len() > MAX_VALUE {
        let mut cut = MAX_VALUE;
        while !value.is_char_boundary(cut) {
            cut -= 1;
        }
        value.truncate(cut);
        value.push('…');
    }
}

/// Gathers what one answer shows.
pub(super) struct Collect {
    pub service: String,
    pub answered_on: Option<PartialDate>,
    pub summary: Summary,
    facts: Vec<(Group, Fact)>,
    dropped: usize,
    findings: Vec<Finding>,
    events: Vec<Event>,
    /// Hash → indices of the undated facts and of the events, to skip duplicates in linear
    /// time (the hash only finds candidates; equality decides).
    seen_facts: HashMap<u64, Vec<usize>>,
    seen_events: HashMap<u64, Vec<usize>>,
}

fn hash_of(value: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

impl Collect {
    pub fn new(service: impl Into<String>) -> Collect {
        Collect {
            service: service.into(),
            answered_on: None,
            summary: Summary::default(),
            facts: Vec::new(),
            dropped: 0,
            findings: Vec::new(),
            events: Vec::new(),
            seen_facts: HashMap::new(),
            seen_events: HashMap::new(),
        }
    }

    /// Adds a fact (skipped when it says nothing).
    pub fn add(&mut self, group: Group, fact: Fact) {
        if fact.value.trim().is_empty() && fact.from.is_none() && fact.to.is_none() {
            return;
        }
        if self.facts.len() >= MAX_FACTS {
            self.dropped += 1;
            return;
        }
        // The same undated fact twice (a name or a source repeated per entry) says nothing more.
        if fact.from.is_none() && fact.to.is_none() {
            let key = hash_of(&(group, &fact.label, &fact.value));
            let same = self.seen_facts.entry(key).or_default();
            if same
                .iter()
                .any(|&i| self.facts[i].0 == group && self.facts[i].1 == fact)
            {
                return;
            }
            same.push(self.facts.len());
        }
        self.facts.push((group, fact));
    }

    /// A plain fact.
    pub fn fact(&mut self, group: Group, label: &str, value: impl Into<String>) {
        self.add(group, Fact::new(label, value));
    }

    /// An element we do not know: its raw name and flattened text, hidden in print (it may hold
    /// anything).
    pub fn unknown(&mut self, group: Group, label: &str, node: &Node) {
        let mut fact = Fact::new(label, flatten(node)).identifying();
        fact.unknown = true;
        self.add(group, fact);
    }

    /// Every child of `node` not named in `known` becomes an unknown fact.
    pub fn rest(&mut self, group: Group, node: &Node, known: &[&str]) {
        for child in &node.children {
            if !known.contains(&child.name.as_str()) {
                self.unknown(group, &child.name, child);
            }
        }
    }

    /// Records an observation; ids not in the knowledge are ignored (never invented).
    pub fn observe(&mut self, id: &str) {
        let Some((flow, observation)) = KNOWLEDGE.observation(id) else {
            return;
        };
        self.status(flow.id, Status::Found);
        if let Some(f) = self.findings.iter_mut().find(|f| f.flow == flow.id) {
            if !f.observations.contains(&observation.id) {
                f.observations.push(observation.id);
            }
        }
    }

    /// Sets a flow's status; within one answer found wins over nothing found, which wins over
    /// not consulted.
    pub fn status(&mut self, flow: &str, status: Status) {
        let Some(flow) = KNOWLEDGE.flow(flow) else {
            return;
        };
        let rank = |s: Status| match s {
            Status::Found => 2,
            Status::NothingFound => 1,
            Status::NotConsulted => 0,
        };
        match self.findings.iter_mut().find(|f| f.flow == flow.id) {
            Some(f) if rank(status) > rank(f.status) => f.status = status,
            Some(_) => {}
            None => self.findings.push(Finding {
                flow: flow.id,
                status,
                observations: Vec::new(),
            }),
        }
    }

    /// A period on the timeline (`to: None` = open).
    pub fn period(
        &mut self,
        lane: Lane,
        from: Option<PartialDate>,
        to: Option<PartialDate>,
        label: impl Into<String>,
        print_label: impl Into<String>,
    ) {
        self.push_event(lane, from, to, false, label.into(), print_label.into());
    }

    /// A dated fact that is also a period on the timeline: "label: value" there, `print` on paper.
    pub fn add_period(&mut self, group: Group, lane: Lane, fact: Fact, print: impl Into<String>) {
        let label = format!("{}: {}", fact.label, fact.value);
        let (from, to) = (fact.from.clone(), fact.to.clone());
        self.add(group, fact);
        self.period(lane, from, to, label, print);
    }

    /// A single moment on the timeline.
    pub fn mark(
        &mut self,
        lane: Lane,
        on: Option<PartialDate>,
        label: impl Into<String>,
        print_label: impl Into<String>,
    ) {
        let to = on.clone();
        self.push_event(lane, on, to, true, label.into(), print_label.into());
    }

    fn push_event(
        &mut self,
        lane: Lane,
        from: Option<PartialDate>,
        to: Option<PartialDate>,
        mark: bool,
        mut label: String,
        mut print_label: String,
    ) {
        if from.is_none() && to.is_none() {
            return;
        }
        if self.events.len() >= MAX_EVENTS {
            return;
        }
        truncate(&mut label);
        truncate(&mut print_label);
        let event = Event {
            lane,
            from,
            to,
            mark,
            label,
            print_label,
            source: self.service.clone(),
        };
        let key = hash_of(&(lane, &event.label, &event.print_label, event.mark));
        let same = self.seen_events.entry(key).or_default();
        if !same.iter().any(|&i| self.events[i] == event) {
            same.push(self.events.len());
            self.events.push(event);
        }
    }

    /// Whether a flow already has a finding.
    pub fn has(&self, flow: &str) -> bool {
        self.findings.iter().any(|f| f.flow == flow)
    }

    pub fn finish(
        mut self,
        file_name: &str,
        kind: Kind,
        language: Option<String>,
        no_data: bool,
    ) -> Answer {
        if self.dropped > 0 {
            let more = format!("{} {}", self.dropped, L::MORE_NOT_SHOWN);
            self.facts.push((Group::Other, Fact::new(L::NOTE, more)));
        }
        let untested = matches!(kind, Kind::Unemployment | Kind::HealthCare);
        let mut sections = Vec::new();
        for group in Group::ALL {
            let facts: Vec<Fact> = self
                .facts
                .iter()
                .filter(|(g, _)| *g == group)
                .map(|(_, f)| f.clone())
                .collect();
            if !facts.is_empty() {
                sections.push(Section { group, facts });
            }
        }
        let order = |flow: &str| KNOWLEDGE.flows.iter().position(|f| f.id == flow);
        self.findings.sort_by_key(|f| order(f.flow));
        let mut events = std::mem::take(&mut self.events);
        events.sort_by_key(|e| (e.lane, e.from.as_ref().and_then(PartialDate::days)));
        Answer {
            file_name: file_name.to_string(),
            kind,
            service: self.service.clone(),
            language,
            answered_on: self.answered_on.clone(),
            no_data,
            untested,
            sections,
            findings: std::mem::take(&mut self.findings),
            events,
            summary: std::mem::take(&mut self.summary),
        }
    }
}

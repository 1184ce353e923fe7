//! What every reader shares: the collector that gathers facts, findings and events (bounded),
//! looks every observation up in the knowledge, and turns the result into an [`Answer`].

use crate::ksz::import::date::PartialDate;
use crate::ksz::import::labels as L;
use crate::ksz::import::model::{
    Answer, Event, Fact, Finding, Group, Kind, Lane, Section, Summary,
};
use crate::ksz::import::xml::text::{
    code_label, collapse, date_attr, flatten, tx25_date, MAX_VALUE,
};
use crate::ksz::import::xml::tree::{Node, MAX_DEPTH};
use crate::ksz::knowledge::{FlowId, ObsId};
use crate::ksz::{Status, KNOWLEDGE};
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// Most facts one answer shows; the rest is summed up in one line.
const MAX_FACTS: usize = 5_000;
/// Most timeline events of one answer.
const MAX_EVENTS: usize = 2_000;
/// The names under which an element's begin and end are written (as attribute or child): read
/// into the period of an unknown element's fact.
const BEGIN: [&str; 2] = ["DatumBegin", "Begindatum"];
const END: [&str; 2] = ["DatumEinde", "Einddatum"];
/// The children that describe a sibling `Code` ("Omschrijving (Code)"), as `code_label` reads
/// them (the first one present is used).
const DESCRIPTIONS: [&str; 5] = [
    "Label",
    "Omschrijving",
    "Beschrijving",
    "Description",
    "description",
];

impl Fact {
    pub(in crate::ksz::import) fn new(label: &str, value: impl Into<String>) -> Fact {
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

    pub(in crate::ksz::import) fn from(mut self, date: Option<PartialDate>) -> Fact {
        self.from = date;
        self
    }

    pub(in crate::ksz::import) fn until(mut self, date: Option<PartialDate>) -> Fact {
        self.to = date;
        self
    }

    pub(in crate::ksz::import) fn identifying(mut self) -> Fact {
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
pub(in crate::ksz::import) struct Collect {
    pub service: String,
    pub answered_on: Option<PartialDate>,
    pub summary: Summary,
    /// Each fact with its group and the element it was read from (`None`: not said).
    facts: Vec<(Group, Fact, Option<usize>)>,
    dropped: usize,
    findings: Vec<Finding>,
    events: Vec<Event>,
    /// Hash → indices of the facts read from a known element and of the events, to skip
    /// duplicates in linear time (the hash only finds candidates; equality decides).
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

    /// Adds a fact (skipped when it says nothing). It is never merged with another: two
    /// elements that read the same (two children, two rights) are two facts.
    pub fn add(&mut self, group: Group, fact: Fact) {
        self.push_fact(group, fact, None);
    }

    /// Adds a fact read from `node`: merged only with an identical fact (label, value, period)
    /// read from that same element.
    pub fn add_from(&mut self, group: Group, fact: Fact, node: &Node) {
        self.push_fact(group, fact, Some(std::ptr::from_ref(node) as usize));
    }

    fn push_fact(&mut self, group: Group, fact: Fact, element: Option<usize>) {
        if fact.value.trim().is_empty() && fact.from.is_none() && fact.to.is_none() {
            return;
        }
        if self.facts.len() >= MAX_FACTS {
            self.dropped += 1;
            return;
        }
        if let Some(element) = element {
            let key = hash_of(&(group, &fact.label, &fact.value, element));
            let same = self.seen_facts.entry(key).or_default();
            if same.iter().any(|&i| {
                let (g, f, e) = &self.facts[i];
                *g == group && *f == fact && *e == Some(element)
            }) {
                return;
            }
            same.push(self.facts.len());
        }
        self.facts.push((group, fact, element));
    }

    /// A plain fact.
    pub fn fact(&mut self, group: Group, label: &str, value: impl Into<String>) {
        self.add(group, Fact::new(label, value));
    }

    /// The client's birth: the date (identifying: hidden in print) and the place.
    pub fn birth(&mut self, date: Option<&PartialDate>, place: String) {
        if let Some(b) = date {
            self.add(
                Group::Identity,
                Fact::new(L::BIRTH_DATE, b.raw.clone()).identifying(),
            );
        }
        self.fact(Group::Identity, L::BIRTH_PLACE, place);
    }

    /// An element we do not know, shown as a tree of facts, hidden in print (it may hold
    /// anything): each element with a value gives a fact labelled by its path
    /// ("Uitkering › Bedrag"), a `Code` with its description gives "Omschrijving (Code)" (the
    /// other children stay facts of their own), each attribute a fact "… › @Naam", and a
    /// `DatumBegin` / `DatumEinde` (attribute or child) the period of its element's fact.
    /// Read without recursion, at most [`MAX_DEPTH`] levels deep; deeper parts are flattened.
    pub fn unknown(&mut self, group: Group, label: &str, node: &Node) {
        // Depth-first in document order with one path string: `ends[d]` is where the path of
        // the element at depth `d` ends, so a child's path is its parent's plus its name and
        // no path is copied per element (a wide element costs no memory per child).
        let mut stack: Vec<(&Node, usize)> = vec![(node, 0)];
        let mut path = String::new();
        let mut ends: Vec<usize> = Vec::new();
        while let Some((n, depth)) = stack.pop() {
            ends.truncate(depth);
            path.truncate(ends.last().copied().unwrap_or(0));
            if depth == 0 {
                path.push_str(label);
            } else {
                path.push_str(L::PATH);
                path.push_str(&n.name);
            }
            ends.push(path.len());
            if self.facts.len() >= MAX_FACTS {
                self.dropped += 1;
                stack.extend(n.children.iter().rev().map(|c| (c, depth + 1)));
                continue;
            }
            let path = path.as_str();
            if depth >= MAX_DEPTH {
                self.unknown_fact(group, Fact::new(path, flatten(n)), n);
                continue;
            }
            // The children read into this element's own fact.
            let mut used: Vec<&Node> = Vec::new();
            let mut value = String::new();
            let mut code_attr = None;
            if let Some(date) = tx25_date(n) {
                value = date.raw.clone();
                let parts = ["Century", "Year", "Month", "Day"];
                used.extend(
                    n.children
                        .iter()
                        .filter(|c| parts.contains(&c.name.as_str())),
                );
            } else if let Some(code) = ["Code", "code"]
                .iter()
                .find_map(|c| n.child(c))
                .filter(|c| c.children.is_empty())
            {
                value = code_label(n).unwrap_or_default();
                used.push(code);
                match DESCRIPTIONS.iter().find_map(|d| {
                    n.child(d)
                        .filter(|c| c.children.is_empty() && c.value().is_some())
                }) {
                    Some(desc) => used.push(desc),
                    None if n.attr("Beschrijving").is_none() => code_attr = Some(code),
                    None => {}
                }
            } else if let Some(v) = n.value() {
                value = match n.attr("Beschrijving") {
                    Some(_) => code_label(n).unwrap_or_default(),
                    None => collapse(v),
                };
            }
            let date_child = |names: &[&str]| {
                n.children
                    .iter()
                    .filter(|c| c.children.is_empty() && names.contains(&c.name.as_str()))
                    .find_map(|c| c.value().and_then(PartialDate::parse).map(|d| (c, d)))
            };
            let from_attr = BEGIN.iter().find_map(|a| date_attr(n, a).map(|d| (*a, d)));
            let to_attr = END.iter().find_map(|a| date_attr(n, a).map(|d| (*a, d)));
            let from_child = date_child(&BEGIN).filter(|_| from_attr.is_none());
            let to_child = date_child(&END).filter(|_| to_attr.is_none());
            used.extend(from_child.iter().chain(to_child.iter()).map(|(c, _)| *c));
            let from = from_attr
                .as_ref()
                .map(|(_, d)| d.clone())
                .or(from_child.map(|(_, d)| d));
            let to = to_attr
                .as_ref()
                .map(|(_, d)| d.clone())
                .or(to_child.map(|(_, d)| d));
            let described = !value.is_empty() && n.children.is_empty();
            self.unknown_fact(group, Fact::new(path, value).from(from).until(to), n);
            // Every attribute, of this element and of the children read into its fact, except
            // the dates read into its period and a description read into its value.
            let skip = |k: &str| {
                [&from_attr, &to_attr]
                    .into_iter()
                    .any(|d| d.as_ref().is_some_and(|(a, _)| *a == k))
                    || (k == "Beschrijving" && described)
            };
            for (k, v) in n.attrs.iter().filter(|(k, _)| !skip(k)) {
                let label = format!("{path}{}@{k}", L::PATH);
                self.unknown_fact(group, Fact::new(&label, collapse(v)), n);
            }
            for c in &used {
                let read = code_attr.is_some_and(|x| std::ptr::eq(x, *c));
                for (k, v) in c
                    .attrs
                    .iter()
                    .filter(|(k, _)| !(read && k == "Beschrijving"))
                {
                    let label = format!("{path}{}{}{}@{k}", L::PATH, c.name, L::PATH);
                    self.unknown_fact(group, Fact::new(&label, collapse(v)), c);
                }
            }
            for child in n.children.iter().rev() {
                if !used.iter().any(|u| std::ptr::eq(*u, child)) {
                    stack.push((child, depth + 1));
                }
            }
        }
    }

    fn unknown_fact(&mut self, group: Group, mut fact: Fact, node: &Node) {
        truncate(&mut fact.label);
        fact.identifying = true;
        fact.unknown = true;
        self.add_from(group, fact, node);
    }

    /// Every child of `node` not named in `known` becomes an unknown fact.
    pub fn rest(&mut self, group: Group, node: &Node, known: &[&str]) {
        for child in &node.children {
            if !known.contains(&child.name.as_str()) {
                self.unknown(group, &child.name, child);
            }
        }
    }

    /// The national number an answer gives for the person it is about: an identifying fact, and
    /// the answer's subject unless an earlier element named one.
    pub fn subject_number(&mut self, insz: &str) {
        self.add(
            Group::Identity,
            Fact::new(L::NATIONAL_NUMBER, insz.trim()).identifying(),
        );
        if self.summary.subject.is_none() {
            self.summary.subject = Some(crate::ksz::import::xml::text::digits(insz));
        }
    }

    /// Records an observation; ids not in the knowledge are ignored (never invented).
    pub fn observe(&mut self, id: ObsId) {
        let Some((flow, observation)) = KNOWLEDGE.observation(id.as_str()) else {
            return;
        };
        self.set_status(flow.id, Status::Found);
        if let Some(f) = self.findings.iter_mut().find(|f| f.flow == flow.id) {
            if !f.observations.contains(&observation.id) {
                f.observations.push(observation.id);
            }
        }
    }

    /// Sets a flow's status; within one answer found wins over nothing found, which wins over
    /// not consulted.
    pub fn status(&mut self, flow: FlowId, status: Status) {
        self.set_status(flow.as_str(), status);
    }

    fn set_status(&mut self, flow: &str, status: Status) {
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

    /// Whether an observation was made in this answer.
    pub fn observed(&self, id: ObsId) -> bool {
        self.findings
            .iter()
            .any(|f| f.observations.contains(&id.as_str()))
    }

    /// Whether a flow already has a finding.
    pub fn has(&self, flow: FlowId) -> bool {
        self.findings.iter().any(|f| f.flow == flow.as_str())
    }

    /// A child born in the household these last months (a member other than the client whose
    /// birth date lies within `RECENT_MONTHS` before the answer's date): *Een kind geboren*, apart
    /// from "iemand kwam of vertrok".
    fn births(&mut self) {
        let Some(on) = self.answered_on.clone() else {
            return;
        };
        let subject = self.summary.subject.clone();
        let born = self
            .summary
            .household
            .iter()
            .filter(|m| Some(&m.insz) != subject.as_ref())
            .map(|m| m.born.as_ref());
        let window = super::date::months(super::rules::RECENT_MONTHS);
        if super::rules::any_within(born, &on, window) {
            self.observe(crate::ksz::knowledge::ids::GEZIN_BIRTH);
        }
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
            self.facts
                .push((Group::Other, Fact::new(L::NOTE, more), None));
        }
        self.births();
        let untested = matches!(kind, Kind::Unemployment | Kind::HealthCare);
        let mut sections = Vec::new();
        for group in Group::ALL {
            let facts: Vec<Fact> = self
                .facts
                .iter()
                .filter(|(g, _, _)| *g == group)
                .map(|(_, f, _)| f.clone())
                .collect();
            if !facts.is_empty() {
                sections.push(Section { group, facts });
            }
        }
        let order = |flow: &str| KNOWLEDGE.flows.iter().position(|f| f.id == flow);
        crate::order::sort_by(&mut self.findings, |f| {
            (crate::order::opt(order(f.flow).map(|i| i as i64)), 0, 0)
        });
        let mut events = std::mem::take(&mut self.events);
        crate::order::sort_by(&mut events, |e| {
            let from = e.from.as_ref().and_then(PartialDate::days);
            (e.lane as i64, crate::order::opt(from), 0)
        });
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ksz::import::xml::tree::parse;

    fn shown(c: &Collect) -> Vec<(&str, &str)> {
        c.facts
            .iter()
            .map(|(_, f, _)| (f.label.as_str(), f.value.as_str()))
            .collect()
    }

    #[test]
    fn only_the_same_fact_of_the_same_element_is_merged() {
        let root = parse("<a><b>x</b><b>x</b></a>").unwrap();
        let (first, second) = (&root.children[0], &root.children[1]);
        let mut c = Collect::new("test");
        c.add_from(Group::Other, Fact::new("B", "x"), first);
        c.add_from(Group::Other, Fact::new("B", "x"), first);
        c.add_from(Group::Other, Fact::new("B", "x"), second);
        c.add_from(
            Group::Other,
            Fact::new("B", "x").from(PartialDate::parse("2020")),
            first,
        );
        c.add(Group::Other, Fact::new("B", "x"));
        c.add(Group::Other, Fact::new("B", "x"));
        assert_eq!(shown(&c).len(), 5);
    }
}

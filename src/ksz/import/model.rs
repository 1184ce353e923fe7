//! The values an imported answer becomes: a readable view (sections of facts), findings for the
//! worksheet, and events for the timeline. Everything read from the file is zeroized on drop.

use crate::ksz::import::date::PartialDate;
use crate::ksz::Status;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// Which kind of answer a file holds (recognised by its content, never by its name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// KSZ RetrieveTIGroups (the TX25 of the Rijksregister), version 1 or 2.
    Tx25 { version: u8 },
    /// KSZ SSDN `OCMWCPASIdentifyPerson`.
    IdentifyPerson,
    /// A MAGDA answer: `Repliek/Context/Naam` and `Versie`; `known`: a service Toeleiding
    /// reads (otherwise its content is shown as written and fills in nothing).
    Magda {
        service: String,
        version: String,
        known: bool,
    },
    /// KSZ UnemploymentData (RVA); written from the schema only.
    Unemployment,
    /// KSZ HealthCareInsurance (NIC); written from the schema only.
    HealthCare,
    /// KSZ JobSeeker v1 (registration with VDAB, Actiris, Forem, ADG); written from the schema
    /// only.
    JobSeeker,
}

/// How the facts are grouped, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Identity,
    Residence,
    Household,
    Income,
    Work,
    Allowances,
    Property,
    Other,
}

impl Group {
    /// Every group, in display order.
    pub const ALL: [Group; 8] = [
        Group::Identity,
        Group::Residence,
        Group::Household,
        Group::Income,
        Group::Work,
        Group::Allowances,
        Group::Property,
        Group::Other,
    ];
}

/// One thing the answer says.
#[derive(Clone, Debug, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Fact {
    /// Our label (see `labels.rs`), or the source's own element name when unknown.
    pub label: String,
    /// The source's own description with its code in brackets ("Wachtregister (5)"); amounts in
    /// euro ("€ 1.234,56"); dates as written.
    pub value: String,
    pub from: Option<PartialDate>,
    /// An end date (shown as "tot …").
    pub to: Option<PartialDate>,
    /// "Onbekend gegeven": an element or IT group we do not know, shown raw; never an error.
    pub unknown: bool,
    /// Names, national numbers, street addresses, birth dates, card numbers: hidden in print.
    pub identifying: bool,
}

/// The facts of one group.
#[derive(Clone, Debug, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Section {
    #[zeroize(skip)]
    pub group: Group,
    pub facts: Vec<Fact>,
}

/// What an answer establishes for one flow of the worksheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// A flow id of [`crate::ksz::KNOWLEDGE`].
    pub flow: &'static str,
    pub status: Status,
    /// Observation ids of that flow, taken from the knowledge (never invented).
    pub observations: Vec<&'static str>,
}

/// A lane of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lane {
    Address,
    ReferenceAddress,
    Household,
    Work,
    Unemployment,
    Leefloon,
    OtherBenefits,
    ChildBenefits,
    Handicap,
}

impl Lane {
    /// Every lane, in the timeline's order.
    pub const ALL: [Lane; 9] = [
        Lane::Address,
        Lane::ReferenceAddress,
        Lane::Household,
        Lane::Work,
        Lane::Unemployment,
        Lane::Leefloon,
        Lane::OtherBenefits,
        Lane::ChildBenefits,
        Lane::Handicap,
    ];
}

/// A period (or a single moment, `mark`) on the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Event {
    #[zeroize(skip)]
    pub lane: Lane,
    pub from: Option<PartialDate>,
    /// `None`: open, until today.
    pub to: Option<PartialDate>,
    /// A single event, not a period.
    pub mark: bool,
    pub label: String,
    /// Safe to print: never a name, a national number or a street (an address is its
    /// municipality only).
    pub print_label: String,
    /// The service it comes from (as [`Answer::service`]).
    pub source: String,
}

/// What `combine` compares between answers about the same person. Values as shown in the facts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Summary {
    /// The national number (INSZ) the answer is about, digits only, when the answer says so.
    /// Used only to match answers and household members; never to derive a date or an age.
    pub subject: Option<String>,
    /// The current main address.
    pub address: Option<String>,
    pub register: Option<String>,
    pub nationality: Option<String>,
    pub civil_state: Option<String>,
    /// The household as the answer lists it: every member (the reference person with position
    /// "01" included, the subject too where the answer says where it stands), with periods, ended
    /// ones kept. `combine` reads it for the client and makes "Gezin op <datum>" of it.
    pub household: Vec<Member>,
    /// The subject's spouse or legal cohabitant today (INSZ, digits), where the answer says so.
    pub partner: Option<String>,
}

/// A household member as a household answer lists it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Member {
    /// INSZ, digits only.
    pub insz: String,
    /// The RR position code ("01" reference person, "02" spouse, "03" child, …).
    pub position: String,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    /// The name as written (identifying: shown on screen, never printed).
    pub name: String,
    /// The birth date as written, where the answer gives it (only its year is printed).
    pub born: Option<PartialDate>,
}

/// One imported answer.
#[derive(Clone, Debug, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Answer {
    pub file_name: String,
    #[zeroize(skip)]
    pub kind: Kind,
    /// A human label of the service, e.g. "GeefPersoon 02.02", "RetrieveTIGroups (TX25) v1".
    pub service: String,
    /// nl, fr or de where the answer says so.
    pub language: Option<String>,
    pub answered_on: Option<PartialDate>,
    /// A "no data" answer (MAGDA 30001, KSZ NO_DATA_FOUND).
    pub no_data: bool,
    /// No public real sample of this kind exists: read from the schema only.
    pub untested: bool,
    /// In [`Group`] order; only groups with facts.
    pub sections: Vec<Section>,
    #[zeroize(skip)]
    pub findings: Vec<Finding>,
    pub events: Vec<Event>,
    pub summary: Summary,
}

impl Answer {
    /// The facts of a group (empty when the answer has none).
    pub fn facts(&self, group: Group) -> &[Fact] {
        self.sections
            .iter()
            .find(|s| s.group == group)
            .map_or(&[], |s| &s.facts)
    }

    /// Every fact, in display order.
    pub fn all_facts(&self) -> impl Iterator<Item = &Fact> {
        self.sections.iter().flat_map(|s| s.facts.iter())
    }

    /// The finding for a flow, if the answer has one.
    pub fn finding(&self, flow: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.flow == flow)
    }

    /// Whether the answer establishes this observation.
    pub fn observes(&self, id: &str) -> bool {
        self.findings.iter().any(|f| f.observations.contains(&id))
    }
}

//! *KSZ lezen*: the OCMW social worker records what the KSZ showed for a client, per flow, and
//! gets a worksheet per leefloon condition (what the KSZ establishes, what is still needed, what
//! not to ask), a reading guide and practice dossiers. The knowledge is data
//! ([`knowledge`], from `src/ksz/knowledge/*.toml`); [`engine`] applies its rules to a
//! [`record`]; [`practice`] compares a worksheet with a dossier's model answer.

pub mod cadastre;
pub mod engine;
pub mod first;
pub mod import;
pub mod imported;
pub mod knowledge;
pub mod notes;
pub mod page;
pub mod person;
pub mod practice;
pub mod record;
pub mod timeline;
pub mod vec_map;

pub use engine::{worksheet, ConditionSheet, Line, LineKind, Worksheet};
pub use first::{first, FirstLine, MAX_FIRST};
pub use knowledge::{Column, Status, KNOWLEDGE};
pub use person::{Role, Scope};
pub use record::{Origin, Part, Record, RecordProblem};

//! "KSZ lezen": the OCMW social worker records what the KSZ showed (no identifying data), gets
//! the worksheet per leefloon condition, reads the guide and the frame, and practises on
//! fictional dossiers. The knowledge and the rules are the core's (`crate::ksz`).

mod app;
mod guide;
mod practice;
mod record_form;
mod sheet;
mod statement;

pub use app::start;

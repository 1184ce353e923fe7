//! "KSZ lezen": the OCMW social worker records what the KSZ showed (no identifying data), gets
//! the worksheet per leefloon condition, reads the guide and the frame, and practises on
//! fictional dossiers. Real KSZ and MAGDA answers can be imported: read in the browser, shown
//! per file and on a timeline, and prefilled into the worksheet with their sources. The
//! knowledge, the rules, the readers and the timeline layout are the core's (`crate::ksz`).

mod answers;
mod app;
mod family;
mod guide;
mod import;
mod notes;
mod practice;
mod reader;
mod record_form;
mod sheet;
mod sheet_tab;
mod statement;
mod timeline;

pub use app::start;

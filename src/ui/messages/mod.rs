//! Every Dutch (Flemish) text of the interface, in one tree: components take their words from
//! here, so the wording can be reviewed (and corrected) in one place without reading the markup.
//! The texts of the Word document itself live with the writer (`document::labels`).

pub mod app;
pub mod common;
pub mod fields;
pub mod ksz;
pub mod ksz_import;
pub mod open;
pub mod password;
pub mod refer;
pub mod settings;
pub mod sheet;
pub mod statements;
pub mod template;

/// A page of plain prose: a title, an introduction and sections.
pub struct Page {
    pub title: &'static str,
    pub intro: &'static str,
    pub sections: &'static [Section],
}

/// One section of a [`Page`]: a heading, paragraphs and an optional list.
pub struct Section {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
    pub bullets: &'static [&'static str],
    /// A paragraph after the list.
    pub after: &'static [&'static str],
}

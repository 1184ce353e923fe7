//! Building blocks every page uses: labelled form controls and the error summary.

pub mod errors;
pub mod fields;

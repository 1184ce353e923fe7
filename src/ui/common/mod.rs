//! Building blocks every page uses: labelled form controls, the error summary and long lists
//! rendered a few items per task.

pub mod errors;
pub mod fields;
pub mod gradual;

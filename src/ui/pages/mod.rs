//! Pages outside the two parts: the organisation's settings and the statements.

pub mod settings;
pub mod statements;

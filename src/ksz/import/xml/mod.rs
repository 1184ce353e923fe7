//! The XML every answer is read through: a bounded element tree over quick-xml (`tree`) and
//! the text helpers the readers share (`text`: codes with their descriptions, dates, amounts).

pub(in crate::ksz::import) mod text;
pub(in crate::ksz::import) mod tree;

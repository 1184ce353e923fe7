//! What the readers leave out on purpose, with the reason: the no-silent-loss guard
//! (`tests/ksz_import/guard.rs`) checks over every sample that each value of an answer is shown
//! or listed here. An entry names an element path's last elements (`Context/Bericht/Tijdstip/Tijd`)
//! or an attribute (`Omschrijving/@Taal`); everything below a listed element is left out.

/// (path suffix, why it is not shown).
pub const IGNORED: &[(&str, &str)] = &[];

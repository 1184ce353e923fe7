//! The information sheet for the parents: its buttons and the choice of the parents' language.
//! The sheet's own texts and the five points for the parents are data, one file per language in
//! `sheet/` (`sheet/nl.txt` is the plain-Dutch source, level B1; see `crate::languages`).

pub const TITLE: &str = "Informatie voor de ouder(s)";
pub const PRINT: &str = "Afdrukken";

/// The choice of the parents' language (on *Toestemming* and on the sheet).
pub const LANGUAGE: &str = "Toon in de taal van de ouder";
pub const LANGUAGE_HINT: &str = "Om samen te lezen, naast het Nederlands. Je keuze wordt nergens bewaard en verdwijnt bij het wissen.";
pub const ONLY_DUTCH: &str = "Alleen Nederlands";
pub const LOADING: &str = "De vertaling wordt geladen …";
pub const FAILED: &str = "De vertaling kon niet geladen worden. Laad de pagina opnieuw of toon het blad in het Nederlands.";
/// On *Toestemming*, under the two columns: the consent stays the worker's.
pub const READ_ONLY: &str =
    "Alleen om samen te lezen. De toestemming zelf duid jij hieronder aan, in het Nederlands.";

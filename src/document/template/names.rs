//! The placeholder names an office worker can use, in Dutch, and a suggestion for a misspelt one.

/// Every field a template may use. Typed as `{naam}` (any case, spaces inside the braces
/// allowed) or as a Word mail-merge field with the same name.
pub const FIELDS: [&str; 29] = [
    "datum",
    "toestemming_datum",
    "team",
    "verwijzer_naam",
    "verwijzer_telefoon",
    "verwijzer_email",
    "ocmw_naam",
    "ocmw_email",
    "doel",
    "ouder1_voornaam",
    "ouder1_achternaam",
    "ouder1_straat",
    "ouder1_huisnummer",
    "ouder1_bus",
    "ouder1_postcode",
    "ouder1_gemeente",
    "ouder1_adres",
    "ouder1_telefoon",
    "ouder1_email",
    "ouder2_voornaam",
    "ouder2_achternaam",
    "ouder2_straat",
    "ouder2_huisnummer",
    "ouder2_bus",
    "ouder2_postcode",
    "ouder2_gemeente",
    "ouder2_adres",
    "ouder2_telefoon",
    "ouder2_email",
];

/// The block markers around text that only appears with a second parent.
pub const BLOCK_OPEN: &str = "#ouder2";
pub const BLOCK_CLOSE: &str = "/ouder2";

/// A placeholder's name as written (`{ Ouder1_Voornaam }`) in the form we compare.
pub fn normal(raw: &str) -> String {
    // ASCII only: the names are ASCII, and full Unicode lowercasing costs tables on the page.
    raw.trim().to_ascii_lowercase()
}

/// The ten fields of parent `index` (0 for the first, 1 or more for the second), in the
/// order of [`FIELDS`]: first and last name, street, house number, box, postcode, municipality,
/// the address on one line, phone, e-mail.
pub fn parent_fields(index: usize) -> [&'static str; 10] {
    let start = FIELDS.len() - 20 + 10 * index.min(1);
    std::array::from_fn(|i| FIELDS[start + i])
}

/// Whether a normalised name is a field of the second parent.
pub fn is_second_parent(name: &str) -> bool {
    name.starts_with("ouder2_")
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let keep = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(row[j + 1])
            };
            previous = keep;
        }
    }
    row[b.len()]
}

/// Words office staff use for a parent's item, and our name for it.
const SYNONYMS: [(&str, &str); 14] = [
    ("plaats", "gemeente"),
    ("woonplaats", "gemeente"),
    ("stad", "gemeente"),
    ("familienaam", "achternaam"),
    ("naam", "achternaam"),
    ("straatnaam", "straat"),
    ("nummer", "huisnummer"),
    ("huisnr", "huisnummer"),
    ("busnummer", "bus"),
    ("gsm", "telefoon"),
    ("tel", "telefoon"),
    ("telefoonnummer", "telefoon"),
    ("mail", "email"),
    ("e-mail", "email"),
];

/// The field a name without a parent number (`voornaam`, `plaats`) stands for: the first
/// parent's (`ouder1_voornaam`), or the second's when the name says `ouder2`.
fn parent_field(name: &str) -> Option<&'static str> {
    let (prefix, item) = match name.split_once('_') {
        Some((p @ ("ouder1" | "ouder2"), item)) => (p, item),
        _ => ("ouder1", name),
    };
    let item = SYNONYMS
        .iter()
        .find(|(word, _)| *word == item)
        .map_or(item, |(_, ours)| ours);
    let wanted = format!("{prefix}_{item}");
    FIELDS.iter().copied().find(|f| *f == wanted)
}

/// The known field that a misspelt or foreign name (`ouder1_voonaam`, `Voornaam`, `Plaats`)
/// most probably means, if any.
pub fn suggest(name: &str) -> Option<&'static str> {
    let name = normal(name).replace(' ', "_");
    if let Some(field) = parent_field(&name) {
        return Some(field);
    }
    FIELDS
        .iter()
        .map(|f| (distance(&name, f), *f))
        .filter(|(d, f)| *d <= (f.len() / 5).clamp(1, 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, f)| f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parent_fields_are_the_parents_part_of_the_list() {
        assert_eq!(parent_fields(0)[0], "ouder1_voornaam");
        assert_eq!(parent_fields(0)[9], "ouder1_email");
        assert_eq!(parent_fields(1)[7], "ouder2_adres");
        assert!(parent_fields(1).iter().all(|f| is_second_parent(f)));
    }

    #[test]
    fn suggests_the_intended_field() {
        assert_eq!(suggest("ouder1_voonaam"), Some("ouder1_voornaam"));
        assert_eq!(suggest("ocmw_mail"), Some("ocmw_email"));
        assert_eq!(suggest("iets_heel_anders_dan_een_veld"), None);
        assert_eq!(suggest("Voornaam"), Some("ouder1_voornaam"));
        assert_eq!(suggest("Plaats"), Some("ouder1_gemeente"));
        assert_eq!(suggest("ouder2_gsm"), Some("ouder2_telefoon"));
        assert_eq!(suggest("Titel"), None);
        assert_eq!(normal("  Ouder1_Voornaam "), "ouder1_voornaam");
    }
}

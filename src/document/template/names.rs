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
    raw.trim().to_lowercase()
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

/// The known field closest to a misspelt name, if it is close enough to be what was meant.
pub fn suggest(name: &str) -> Option<&'static str> {
    FIELDS
        .iter()
        .map(|f| (distance(name, f), *f))
        .filter(|(d, f)| *d <= 3.max(f.len() / 5))
        .min_by_key(|(d, _)| *d)
        .map(|(_, f)| f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_intended_field() {
        assert_eq!(suggest("ouder1_voonaam"), Some("ouder1_voornaam"));
        assert_eq!(suggest("ocmw_mail"), Some("ocmw_email"));
        assert_eq!(suggest("iets_heel_anders_dan_een_veld"), None);
        assert_eq!(normal("  Ouder1_Voornaam "), "ouder1_voornaam");
    }
}

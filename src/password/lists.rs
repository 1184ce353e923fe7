//! The word lists a guesser tries first (`src/password/lists/*.txt`, one lowercase word per line,
//! most common first, reviewable as plain text): first names and surnames, leaked passwords and
//! common words. They travel in the vocabulary blob ([`super::vocabulary`]), which the page
//! fetches when the worker chooses an agreed password (the only use of the guesser); until it is
//! installed no word is found, and an agreed password is refused as not checked
//! (`AgreedError::NotChecked`).

use super::vocabulary;

/// Which list a word comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// First names and surnames common in Flanders and Brussels.
    Names,
    /// Passwords and password pieces from leaked-password lists.
    Passwords,
    /// Common words: Dutch, French, English, places, the office.
    Words,
}

/// The list and rank (1 = most common) of a lowercase word, if a list holds it.
pub fn lookup(word: &str) -> Option<(List, u32)> {
    vocabulary::installed()?.listed(word)
}

/// How many words each list holds (for the benchmarks and the tests); none before the
/// vocabulary is installed.
pub fn sizes() -> Option<[(List, usize); 4]> {
    vocabulary::installed().map(vocabulary::Vocabulary::listed_sizes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_built_in_and_well_formed() {
        for (list, count) in sizes().expect("built in natively") {
            assert!(count > 300, "{list:?} has only {count} words");
        }
        for name in [
            "first-names.txt",
            "surnames.txt",
            "common-passwords.txt",
            "words.txt",
        ] {
            let path = format!("{}/src/password/lists/{name}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).expect("the list");
            for word in text
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
            {
                assert!(
                    (3..=20).contains(&word.len())
                        && word
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                    "{name}: {word:?}"
                );
            }
        }
    }

    #[test]
    fn finds_what_guessers_try_first() {
        assert_eq!(lookup("peeters").map(|l| l.0), Some(List::Names));
        assert_eq!(lookup("wachtwoord").map(|l| l.0), Some(List::Passwords));
        assert!(lookup("ocmw").is_some());
        assert!(lookup("kindengezin").is_some());
        assert_eq!(lookup("xq7vbn"), None);
    }
}

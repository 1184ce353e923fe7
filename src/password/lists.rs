//! The word lists a guesser tries first (`src/password/lists/*.txt`, one lowercase word per line,
//! most common first, reviewable as plain text). `build.rs` deflates them into the binary; they
//! are inflated and indexed once, on the first estimate.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

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

/// The compressed lists, in the order their ranks are counted.
const SOURCES: [(List, &[u8]); 4] = [
    (
        List::Names,
        include_bytes!(concat!(env!("OUT_DIR"), "/first-names.txt.deflate")),
    ),
    (
        List::Names,
        include_bytes!(concat!(env!("OUT_DIR"), "/surnames.txt.deflate")),
    ),
    (
        List::Passwords,
        include_bytes!(concat!(env!("OUT_DIR"), "/common-passwords.txt.deflate")),
    ),
    (
        List::Words,
        include_bytes!(concat!(env!("OUT_DIR"), "/words.txt.deflate")),
    ),
];

/// The words of one compressed list, in order (comment lines left out).
fn words(compressed: &[u8]) -> Vec<String> {
    let mut text = String::new();
    // The lists are ours and built in: a failure here is a build error, caught by the tests.
    let _ = flate2::read::DeflateDecoder::new(compressed).read_to_string(&mut text);
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn index() -> &'static HashMap<String, (List, u32)> {
    static INDEX: OnceLock<HashMap<String, (List, u32)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: HashMap<String, (List, u32)> = HashMap::new();
        for (list, compressed) in SOURCES {
            for (i, word) in words(compressed).into_iter().enumerate() {
                let rank = u32::try_from(i + 1).unwrap_or(u32::MAX);
                map.entry(word)
                    .and_modify(|e| {
                        if rank < e.1 {
                            *e = (list, rank);
                        }
                    })
                    .or_insert((list, rank));
            }
        }
        map
    })
}

/// The list and rank (1 = most common) of a lowercase word, if a list holds it.
pub fn lookup(word: &str) -> Option<(List, u32)> {
    index().get(word).copied()
}

/// How many words each list holds (for the benchmarks and the tests).
pub fn sizes() -> [(List, usize); 4] {
    SOURCES.map(|(list, compressed)| (list, words(compressed).len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_built_in_and_well_formed() {
        for (list, count) in sizes() {
            assert!(count > 300, "{list:?} has only {count} words");
        }
        for (_, compressed) in SOURCES {
            for word in words(compressed) {
                assert!(
                    (3..=20).contains(&word.len())
                        && word
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                    "{word:?}"
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

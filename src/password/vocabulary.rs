//! The lists that make a password guessable: the guesser's own lists (names, leaked passwords,
//! common words: see [`super::lists`]), Dutch, French and English words ranked by frequency
//! (`lists/freq-*.txt`, from wordfreq, CC BY-SA 4.0: see `lists/LICENSES.md`) and known phrases
//! (`lists/phrases.txt`: proverbs, quotes, song lines, slogans). Together they are one deflated
//! blob of about 250 KB, too large for the referral page's first load: the page fetches it only
//! when the worker chooses an agreed password, the only use of the guesser, and hands it to
//! [`install`]. Native builds (tests, examples) install the blob compiled in by `build.rs` on
//! first use.

use super::lists::List;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The blob's sections, in order, each starting with a line `#! <file name>`: listed once in
/// `lists/vocabulary.txt`, which the build script and `scripts/build.py` read too.
const SECTION_LIST: &str = include_str!("lists/vocabulary.txt");
/// The section of known phrases.
const PHRASES: &str = "phrases.txt";
/// The guesser's own lists ([`super::lists`]), in the order their ranks are counted; every
/// other section but the phrases is a frequency list.
const GUESSER: [(&str, List); 4] = [
    ("first-names.txt", List::Names),
    ("surnames.txt", List::Names),
    ("common-passwords.txt", List::Passwords),
    ("words.txt", List::Words),
];

/// The sections' file names, in order.
pub fn sections() -> impl Iterator<Item = &'static str> {
    SECTION_LIST
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}
/// The file name under which the build puts the blob beside the page.
pub const FILE_NAME: &str = "password-lists.deflate";
/// Largest blob we inflate (the real one is about 560 KB inflated).
const MAX_INFLATED: usize = 4 * 1024 * 1024;

/// Why a blob could not be installed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VocabularyError {
    /// Not deflate, too large, or not the sections we expect.
    Damaged,
}

impl std::fmt::Display for VocabularyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the password word lists are damaged")
    }
}

impl std::error::Error for VocabularyError {}

/// The installed lists.
pub struct Vocabulary {
    /// Lowercase word → its best rank (1 = most frequent) over the three languages (always
    /// `List::Words`: the same map type as the built-in lists, so the page carries its code once).
    ranks: HashMap<String, (List, u32)>,
    /// Every known phrase as its words.
    pub phrases: Vec<Vec<String>>,
    /// The guesser's lists: lowercase word → the list where it ranks best, and that rank.
    listed: HashMap<String, (List, u32)>,
    /// How many words each of the guesser's lists holds, in [`GUESSER`] order.
    listed_sizes: [(List, usize); 4],
}

impl Vocabulary {
    /// The frequency rank of a lowercase word, over the three languages.
    pub fn rank(&self, word: &str) -> Option<u32> {
        self.ranks.get(word).map(|(_, rank)| *rank)
    }

    /// The guesser's list and rank (1 = most common) of a lowercase word, if a list holds it.
    pub fn listed(&self, word: &str) -> Option<(List, u32)> {
        self.listed.get(word).copied()
    }

    /// How many words each of the guesser's lists holds.
    pub fn listed_sizes(&self) -> [(List, usize); 4] {
        self.listed_sizes
    }

    /// How many words the three lists hold together.
    pub fn words(&self) -> usize {
        self.ranks.len()
    }
}

static INSTALLED: OnceLock<Vocabulary> = OnceLock::new();

/// Reads the (inflated) text of the blob into a vocabulary.
fn parse(text: &str) -> Result<Vocabulary, VocabularyError> {
    let mut ranks: HashMap<String, (List, u32)> = HashMap::new();
    let mut listed: HashMap<String, (List, u32)> = HashMap::new();
    let mut listed_sizes = GUESSER.map(|(_, list)| (list, 0));
    let mut phrases = Vec::new();
    let mut section: Option<&str> = None;
    let mut rank = 0u32;
    let mut missing: Vec<&str> = sections().collect();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("#! ") {
            if !sections().any(|s| s == name) {
                return Err(VocabularyError::Damaged);
            }
            missing.retain(|s| *s != name);
            section = Some(name);
            rank = 0;
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some(name) = section else {
            return Err(VocabularyError::Damaged);
        };
        if name == PHRASES {
            phrases.push(line.split(' ').map(str::to_string).collect());
            continue;
        }
        rank += 1;
        if let Some(i) = GUESSER.iter().position(|(n, _)| *n == name) {
            // The best rank wins, with its list (sections come in GUESSER order).
            let list = GUESSER[i].1;
            listed_sizes[i].1 += 1;
            listed
                .entry(line.to_string())
                .and_modify(|e| {
                    if rank < e.1 {
                        *e = (list, rank);
                    }
                })
                .or_insert((list, rank));
        } else {
            ranks
                .entry(line.to_string())
                .and_modify(|r| r.1 = r.1.min(rank))
                .or_insert((List::Words, rank));
        }
    }
    if !missing.is_empty() || ranks.is_empty() || phrases.is_empty() || listed.is_empty() {
        return Err(VocabularyError::Damaged);
    }
    Ok(Vocabulary {
        ranks,
        phrases,
        listed,
        listed_sizes,
    })
}

/// Inflates and installs the blob (the page calls this once it has fetched the file). A second
/// call changes nothing.
pub fn install(deflated: &[u8]) -> Result<(), VocabularyError> {
    if INSTALLED.get().is_some() {
        return Ok(());
    }
    let vocabulary = parse(&inflate(deflated)?)?;
    let _ = INSTALLED.set(vocabulary);
    Ok(())
}

/// The blob's text: at most `MAX_INFLATED` bytes of UTF-8. With miniz_oxide's one-call inflate,
/// as the zip reader's; on the referral page it links less than flate2's streaming reader
/// (BENCHMARKS.md, issue 20).
fn inflate(deflated: &[u8]) -> Result<String, VocabularyError> {
    let inflated = miniz_oxide::inflate::decompress_to_vec_with_limit(deflated, MAX_INFLATED)
        .map_err(|_| VocabularyError::Damaged)?;
    String::from_utf8(inflated).map_err(|_| VocabularyError::Damaged)
}

/// The installed vocabulary. Native builds install the compiled-in blob on first use; the page
/// has none until [`install`].
pub fn installed() -> Option<&'static Vocabulary> {
    #[cfg(not(target_arch = "wasm32"))]
    if INSTALLED.get().is_none() {
        let _ = install(BLOB);
    }
    INSTALLED.get()
}

/// The blob as `build.rs` made it (native builds only; the page fetches it).
#[cfg(not(target_arch = "wasm32"))]
pub const BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/password-lists.deflate"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflate_is_bounded_and_refuses_what_is_not_the_blob() {
        assert!(inflate(BLOB).is_ok_and(|t| t.len() <= MAX_INFLATED));
        assert!(matches!(
            inflate(b"not deflate"),
            Err(VocabularyError::Damaged)
        ));
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'a'; MAX_INFLATED + 1], 6);
        assert!(bomb.len() < 10_000);
        assert!(matches!(inflate(&bomb), Err(VocabularyError::Damaged)));
        let not_utf8 = miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 6);
        assert!(matches!(inflate(&not_utf8), Err(VocabularyError::Damaged)));
    }

    #[test]
    fn the_compiled_in_lists_install_with_every_section() {
        let v = installed().expect("the blob installs");
        assert!(v.words() > 20_000, "{}", v.words());
        assert!(v.phrases.len() >= 1_000, "{}", v.phrases.len());
        assert_eq!(v.rank("de"), Some(1));
        assert_eq!(v.rank("the"), Some(1));
        assert!(v.rank("appel").is_some());
        assert!(v
            .phrases
            .iter()
            .any(|p| p.join(" ") == "to be or not to be"));
    }

    #[test]
    fn damaged_blobs_are_refused() {
        assert_eq!(parse("de\nvan\n").err(), Some(VocabularyError::Damaged));
        assert_eq!(
            parse("#! freq-nl.txt\nde\n#! other.txt\nx\n").err(),
            Some(VocabularyError::Damaged)
        );
        let only_words: String = sections()
            .filter(|s| *s != PHRASES)
            .map(|s| format!("#! {s}\nde\n"))
            .collect();
        assert_eq!(parse(&only_words).err(), Some(VocabularyError::Damaged));
    }
}

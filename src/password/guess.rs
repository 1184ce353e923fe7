//! How many guesses an offline guesser needs for a password, in bits, the way guessers work:
//! the most common names, passwords and words first (also with capitals and leetspeak), then
//! years and dates, keyboard walks, repeats and sequences, and combinations of these; any run of
//! letters counts at most as one word of a full dictionary; only what is left is counted as
//! random characters.
//!
//! A small cousin of zxcvbn (Wheeler, USENIX Security 2016): the password is split into the
//! cheapest sequence of pieces (dynamic programming over the positions), and the bits of the
//! pieces add up. zxcvbn itself would bring about 800 KB of dictionaries; our lists hold what
//! guessers try first in Flanders and Brussels (see `lists/`), compressed into the wasm.

use super::dates::date_or_year;
use super::lists::{self, List};

/// Something a guesser tries early, found in the password.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weakness {
    /// A first name or surname common in Flanders or Brussels.
    Name,
    /// A password from the lists of leaked passwords.
    CommonPassword,
    /// A common word (Dutch, French, English, place names, office words).
    CommonWord,
    /// A year (1900–2039) or a date.
    YearOrDate,
    /// Keys next to each other (azerty, qwerty, 123456).
    KeyboardWalk,
    /// A character or a piece repeated (`aaaa`, `abcabc`).
    Repeat,
    /// A run such as `abcd` or `9876`.
    Sequence,
    /// A known phrase: a proverb, quote, song line or slogan (also with a word changed).
    KnownPhrase,
    /// Ordinary words in a sentence.
    Sentence,
}

/// The estimate of one password.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    /// log2 of the guesses needed.
    pub bits: f64,
    /// What the cheapest split found, in order, without duplicates.
    pub found: Vec<Weakness>,
}

/// Longest piece looked up in the lists.
const MAX_WORD: usize = 20;
/// Shortest piece looked up in the lists.
const MIN_WORD: usize = 3;
/// Bits of a word that is in none of our lists: a guesser's full dictionary of Dutch, French and
/// English words and their forms holds about 250,000 entries (log2 ≈ 17.9).
const WORD_BITS: f64 = 17.93;
/// Shortest run of letters counted as a possible dictionary word.
const MIN_UNLISTED_WORD: usize = 5;
/// Characters people put between words; one of them costs a guesser about 16 tries.
const SEPARATORS: &str = " -_.,;:/+*!?#@&$%";
const SEPARATOR_BITS: f64 = 4.0;
/// Rows of the keyboards used in Belgium (azerty) and elsewhere (qwerty, qwertz), and the digits.
const KEYBOARD_ROWS: [&str; 9] = [
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qwertzuiop",
    "yxcvbnm",
    "1234567890",
];

/// The last piece of a split: where it starts and what it is.
type Last = (usize, Option<Weakness>);

/// A piece of the password and its guesses.
#[derive(Clone, Copy, Debug)]
struct Piece {
    end: usize,
    bits: f64,
    weakness: Option<Weakness>,
}

/// Characters looked at: a longer password is estimated on its first 64 characters, which keeps
/// the work bounded and can only under-estimate.
pub(super) const MAX_ESTIMATED: usize = 64;

/// Estimates the password: the cheapest of the split into pieces, the reading as a sentence and
/// the reading as a known phrase (the last two once the vocabulary is installed, see
/// [`super::vocabulary`]).
pub fn estimate(password: &str) -> Estimate {
    let chars: Vec<char> = password.chars().take(MAX_ESTIMATED).collect();
    let mut best = estimate_chars(&chars, true);
    for other in [
        super::phrase::sentence(&chars),
        super::phrase::known_phrase(&chars),
    ]
    .into_iter()
    .flatten()
    {
        if other.bits < best.bits {
            best = other;
        }
    }
    best
}

pub(super) fn estimate_chars(chars: &[char], with_repeats: bool) -> Estimate {
    estimate_in_pool(chars, with_repeats, pool(chars))
}

/// As [`estimate_chars`], with random characters drawn from a pool of `pool` symbols (a word
/// of a longer password: the guesser does not know which classes this word alone uses).
pub(super) fn estimate_in_pool(chars: &[char], with_repeats: bool, pool: f64) -> Estimate {
    // The bits of each repeated unit, computed once per distinct unit.
    let mut units: Vec<(Vec<char>, f64)> = Vec::new();
    let n = chars.len();
    if n == 0 {
        return Estimate {
            bits: 0.0,
            found: Vec::new(),
        };
    }
    let random_bits = pool.log2();
    // best[i]: the cheapest split of chars[..i]: its bits, and where its last piece starts.
    let mut best: Vec<(f64, Option<Last>)> = vec![(f64::INFINITY, None); n + 1];
    best[0] = (0.0, None);
    for start in 0..n {
        let (so_far, _) = best[start];
        if !so_far.is_finite() {
            continue;
        }
        let mut offer = |piece: Piece| {
            let total = so_far + piece.bits;
            if total < best[piece.end].0 {
                best[piece.end] = (total, Some((start, piece.weakness)));
            }
        };
        let one = if SEPARATORS.contains(chars[start]) {
            SEPARATOR_BITS.min(random_bits)
        } else {
            random_bits
        };
        offer(Piece {
            end: start + 1,
            bits: one,
            weakness: None,
        });
        pieces_at(chars, start, &mut offer);
        if with_repeats {
            repeats_at(chars, start, &mut units, &mut offer);
        }
    }
    let mut found = Vec::new();
    let mut at = n;
    // The listed words of the split: a guesser who combines k of them tries every tuple whose
    // rank product is below theirs, not just this one (see `phrase::tuple_bits`).
    let (mut word_bits, mut words) = (0.0, 0usize);
    while let (total, Some((start, weakness))) = best[at] {
        if let Some(w) = weakness {
            if !found.contains(&w) {
                found.push(w);
            }
            if matches!(
                w,
                Weakness::Name | Weakness::CommonPassword | Weakness::CommonWord
            ) {
                word_bits += total - best[start].0;
                words += 1;
            }
        }
        at = start;
    }
    found.sort();
    Estimate {
        bits: best[n].0 + super::phrase::tuple_bits(word_bits, words) - word_bits,
        found,
    }
}

/// The size of the character pool of a random password with these character classes.
pub(super) fn pool(chars: &[char]) -> f64 {
    let classes = [
        (chars.iter().any(char::is_ascii_lowercase), 26.0),
        (chars.iter().any(char::is_ascii_uppercase), 26.0),
        (chars.iter().any(char::is_ascii_digit), 10.0),
        (chars.iter().any(|c| !c.is_ascii_alphanumeric()), 33.0),
    ];
    classes
        .iter()
        .filter(|(used, _)| *used)
        .map(|(_, size)| size)
        .sum::<f64>()
        .max(2.0)
}

/// Every non-random piece that starts at `start`.
fn pieces_at(chars: &[char], start: usize, offer: &mut impl FnMut(Piece)) {
    let n = chars.len();
    for end in (start + MIN_WORD)..=n.min(start + MAX_WORD) {
        let piece = &chars[start..end];
        if let Some((list, rank, variants)) = dictionary(piece) {
            let weakness = match list {
                List::Names => Weakness::Name,
                List::Passwords => Weakness::CommonPassword,
                List::Words => Weakness::CommonWord,
            };
            offer(Piece {
                end,
                bits: (f64::from(rank) * variants).log2(),
                weakness: Some(weakness),
            });
        }
        if piece.len() >= MIN_UNLISTED_WORD && piece.iter().all(char::is_ascii_alphabetic) {
            // Any run of letters may be a word from a full dictionary, listed by us or not.
            offer(Piece {
                end,
                bits: WORD_BITS + case_variants(piece).log2(),
                weakness: None,
            });
        }
        if let Some(guesses) = date_or_year(piece) {
            offer(Piece {
                end,
                bits: guesses.log2(),
                weakness: Some(Weakness::YearOrDate),
            });
        }
        if is_keyboard_walk(piece) {
            let guesses = 2.0 * KEYBOARD_ROWS.len() as f64 * 10.0 * piece.len() as f64;
            offer(Piece {
                end,
                bits: (guesses * case_variants(piece)).log2(),
                weakness: Some(Weakness::KeyboardWalk),
            });
        }
        if let Some(alphabet) = sequence(piece) {
            let guesses = alphabet * 2.0 * piece.len() as f64;
            offer(Piece {
                end,
                bits: guesses.log2(),
                weakness: Some(Weakness::Sequence),
            });
        }
    }
}

/// A piece repeated two or more times (`aaa`, `abab`, `jan2024jan2024`): the guesses of the piece
/// times the number of repeats.
fn repeats_at(
    chars: &[char],
    start: usize,
    units: &mut Vec<(Vec<char>, f64)>,
    offer: &mut impl FnMut(Piece),
) {
    let rest = &chars[start..];
    for len in 1..=rest.len() / 2 {
        let unit = &rest[..len];
        let mut count = 1;
        while rest.len() >= (count + 1) * len && &rest[count * len..(count + 1) * len] == unit {
            count += 1;
        }
        if count >= 2 && count * len >= 3 {
            let known = units
                .iter()
                .find(|(u, _)| u.as_slice() == unit)
                .map(|u| u.1);
            let unit_bits = known.unwrap_or_else(|| {
                let bits = estimate_chars(unit, false).bits;
                units.push((unit.to_vec(), bits));
                bits
            });
            offer(Piece {
                end: start + count * len,
                bits: unit_bits + (count as f64).log2(),
                weakness: Some(Weakness::Repeat),
            });
        }
    }
}

/// Leetspeak a guesser undoes: the usual letter for a digit or symbol, and a second choice.
fn unleet(c: char) -> (char, Option<char>) {
    match c {
        '4' | '@' => ('a', None),
        '8' => ('b', None),
        '(' => ('c', None),
        '3' => ('e', None),
        '6' | '9' => ('g', None),
        '1' | '|' => ('i', Some('l')),
        '!' => ('i', None),
        '0' => ('o', None),
        '5' | '$' => ('s', None),
        '7' | '+' => ('t', None),
        '2' => ('z', None),
        other => (other.to_ascii_lowercase(), None),
    }
}

/// The list, the rank and the extra guesses for capitals and leetspeak, if the piece is a listed
/// word as written, in lower case, or with leetspeak undone.
fn dictionary(piece: &[char]) -> Option<(List, u32, f64)> {
    let lower: String = piece.iter().map(char::to_ascii_lowercase).collect();
    let case = case_variants(piece);
    let mut best: Option<(List, u32, f64)> = None;
    let vocabulary = super::vocabulary::installed();
    let mut consider = |word: &str, variants: f64| {
        let listed = lists::lookup(word);
        let frequent = vocabulary
            .and_then(|v| v.rank(word))
            .map(|rank| (List::Words, rank));
        let found = match (listed, frequent) {
            (Some(a), Some(b)) => Some(if b.1 < a.1 { b } else { a }),
            (a, b) => a.or(b),
        };
        if let Some((list, rank)) = found {
            let better = best.is_none_or(|(_, r, v)| f64::from(rank) * variants < f64::from(r) * v);
            if better {
                best = Some((list, rank, variants));
            }
        }
    };
    consider(&lower, case);
    let substituted = piece
        .iter()
        .filter(|c| unleet(**c).0 != c.to_ascii_lowercase())
        .count();
    if substituted > 0 {
        // Each substituted character doubles the guesses (which ones were changed).
        let leet = 2f64.powi(substituted.min(8) as i32);
        let first: String = piece.iter().map(|c| unleet(*c).0).collect();
        consider(&first, case * leet);
        let second: String = piece
            .iter()
            .map(|c| {
                let (a, b) = unleet(*c);
                b.unwrap_or(a)
            })
            .collect();
        if second != first {
            consider(&second, case * leet * 2.0);
        }
    }
    best
}

/// Guesses for the capitals of a word: none, the first, all or the last capital are tried first.
pub(super) fn case_variants(piece: &[char]) -> f64 {
    let upper = piece.iter().filter(|c| c.is_ascii_uppercase()).count();
    let lower = piece.iter().filter(|c| c.is_ascii_lowercase()).count();
    if upper == 0 {
        return 1.0;
    }
    let first_only = upper == 1 && piece.first().is_some_and(char::is_ascii_uppercase);
    let last_only = upper == 1 && piece.last().is_some_and(char::is_ascii_uppercase);
    if first_only || last_only || lower == 0 {
        return 2.0;
    }
    // Otherwise: which of the letters are capitals (at most min(upper, lower) of them).
    let letters = upper + lower;
    let k = upper.min(lower);
    (1..=k).map(|i| binomial(letters, i)).sum::<f64>().max(2.0)
}

fn binomial(n: usize, k: usize) -> f64 {
    (0..k).fold(1.0, |acc, i| acc * (n - i) as f64 / (i + 1) as f64)
}

/// Keys next to each other on one row of a keyboard, forwards or backwards.
fn is_keyboard_walk(piece: &[char]) -> bool {
    let lower: String = piece.iter().map(char::to_ascii_lowercase).collect();
    let reversed: String = lower.chars().rev().collect();
    KEYBOARD_ROWS
        .iter()
        .any(|row| row.contains(&lower) || row.contains(&reversed))
}

/// The alphabet size of a run of letters or digits going up or down by one (`abcd`, `8765`).
fn sequence(piece: &[char]) -> Option<f64> {
    let codes: Vec<i32> = piece
        .iter()
        .map(|c| c.to_ascii_lowercase() as i32)
        .collect();
    let step = codes[1] - codes[0];
    let steady = step.abs() == 1 && codes.windows(2).all(|w| w[1] - w[0] == step);
    if !steady {
        return None;
    }
    if piece.iter().all(char::is_ascii_digit) {
        Some(10.0)
    } else if piece.iter().all(char::is_ascii_alphabetic) {
        Some(26.0)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits(p: &str) -> f64 {
        estimate(p).bits
    }

    #[test]
    fn walks_sequences_and_repeats_are_cheap() {
        assert!(bits("azertyuiop") < 15.0);
        assert!(bits("abcdefghijklmnop") < 15.0);
        assert!(bits("aaaaaaaaaaaaaaaaaaaa") < 15.0);
        assert!(bits("xq7vxq7vxq7vxq7v") < 30.0);
        assert_eq!(estimate("qsdfghjklm").found, vec![Weakness::KeyboardWalk]);
    }

    #[test]
    fn random_characters_count_fully() {
        // 16 characters from all four classes: log2(95) ≈ 6.57 bits each, 4 for a separator.
        let b = bits("Kx9#mP2$vL7@qR4!");
        assert!(b > 90.0, "{b}");
    }

    #[test]
    fn capitals_and_leetspeak_do_not_hide_a_word() {
        let plain = bits("wachtwoord");
        assert!(plain < 12.0);
        for variant in ["Wachtwoord", "WACHTWOORD", "w4chtw00rd", "W@chtw00rd"] {
            let b = bits(variant);
            assert!(b < plain + 8.0, "{variant}: {b}");
            assert!(
                estimate(variant).found.contains(&Weakness::CommonPassword),
                "{variant}"
            );
        }
    }

    #[test]
    fn empty_is_zero() {
        assert_eq!(bits(""), 0.0);
    }
}

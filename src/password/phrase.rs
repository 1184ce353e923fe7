//! Passwords made of words: a sentence of ordinary words, or a known phrase (a proverb, a
//! quote, a song line, a slogan), also with a word left out, changed or added. Guessers try
//! these as wholes, so their length says little: a word costs about log2 of its frequency
//! rank, the little words that glue a sentence together cost almost nothing, and so do the
//! spaces, capitals and punctuation between words; a known phrase counts as one guess out of
//! the list. The lists are [`super::vocabulary`]'s.

use super::guess::{case_variants, estimate_chars, estimate_in_pool, pool, Estimate, Weakness};
use super::vocabulary::{installed, Vocabulary};

/// Words at least this frequent (in one of the three languages) are a sentence's glue: the
/// other words of the sentence all but decide them.
const FUNCTION_RANK: u32 = 100;
/// All the glue words of a sentence together cost at most this many bits.
const FUNCTION_BITS_CAP: f64 = 8.0;
/// What the words before a word of a grammatical sentence tell a guesser's language model
/// about it, in bits (a word-pair model guesses the next word about eight times sooner than
/// word frequency alone).
const CONTEXT_BITS: f64 = 3.0;
/// A separator or closing mark a sentence typically has: its choice costs 2 bits, once.
const GAP_BITS: f64 = 2.0;
const COMMON_GAPS: [&str; 16] = [
    " ", "-", "_", ".", ",", ", ", ". ", "! ", "? ", "/", "+", "*", "  ", " - ", "'", ": ",
];
const END_MARKS: [&str; 8] = ["!", ".", "?", "!!", "...", "!!!", "?!", "!?"];
/// Capitals and punctuation of a known phrase, as typed: a few choices.
const STYLE_BITS: f64 = 2.0;
/// Longest changed or added piece looked for inside a known phrase.
const MAX_CHANGE: usize = 20;
/// A known phrase with words left out or changed still needs this many of its letters.
const MIN_PHRASE_LETTERS: usize = 6;
/// The same for a password without separators, where a phrase may start anywhere.
const GLUED_MIN_LETTERS: usize = 10;

/// The words and the gaps between them: (start, end) of each word in `chars`.
fn words(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in chars.iter().enumerate() {
        match (c.is_ascii_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, chars.len()));
    }
    out
}

/// log2 of the number of ordered k-tuples of words whose rank product is at most 2^`bits`:
/// a guesser who tries word sequences by how common their words are reaches this one after
/// about R · (ln R)^(k-1) / (k-1)! tries (R the product of the ranks).
pub(super) fn tuple_bits(bits: f64, k: usize) -> f64 {
    if k < 2 {
        return bits;
    }
    let ln_r = bits * std::f64::consts::LN_2;
    if ln_r <= 1.0 {
        return bits;
    }
    let factorial: f64 = (1..k).map(|i| i as f64).product();
    bits + ((k - 1) as f64 * ln_r.log2() - factorial.log2()).max(0.0)
}

/// The password read as a sentence: every word either a word of the vocabulary (its rank) or
/// whatever the general estimate makes of it (a name, a date, a number, random letters).
/// `None` for fewer than two words, or before the vocabulary is installed.
pub fn sentence_estimate(password: &str) -> Option<Estimate> {
    let chars: Vec<char> = password.chars().take(super::guess::MAX_ESTIMATED).collect();
    sentence(&chars)
}

pub(super) fn sentence(chars: &[char]) -> Option<Estimate> {
    let vocabulary = installed()?;
    sentence_with(chars, vocabulary)
}

fn sentence_with(chars: &[char], vocabulary: &Vocabulary) -> Option<Estimate> {
    let spans = words(chars);
    if spans.len() < 2 {
        return None;
    }
    let mut found: Vec<Weakness> = Vec::new();
    let mut glue = 0.0;
    let mut glue_words = 0usize;
    let whole_pool = pool(chars);
    let (mut content_bits, mut content_words) = (0.0, 0usize);
    // The same words as a language model reads them in a grammatical sentence.
    let mut in_context = 0.0;
    let mut other = 0.0;
    let mut gaps = 0.0;
    let mut previous_gap: Option<&[char]> = None;
    let gap_bits = |gap: &[char], marks: &[&str]| {
        let text: String = gap.iter().collect();
        if marks.contains(&text.as_str()) {
            GAP_BITS
        } else {
            estimate_chars(gap, true).bits
        }
    };
    // Before the first word.
    if spans[0].0 > 0 {
        gaps += gap_bits(&chars[..spans[0].0], &END_MARKS);
    }
    for (n, &(start, end)) in spans.iter().enumerate() {
        let word = &chars[start..end];
        // A number in a sentence is read as digits (a day, a year, a house number); other
        // words as drawn from every class the password uses.
        let general = if word.iter().all(char::is_ascii_digit) {
            estimate_chars(word, true)
        } else {
            estimate_in_pool(word, true, whole_pool)
        };
        let lower: String = word.iter().map(char::to_ascii_lowercase).collect();
        let listed = word
            .iter()
            .all(char::is_ascii_alphabetic)
            .then(|| vocabulary.rank(&lower))
            .flatten();
        let case = case_variants(word).log2();
        match listed {
            // Glue, whatever else the word could be (so glue never adds more than the cap).
            Some(rank) if rank <= FUNCTION_RANK => {
                glue += f64::from(rank + 1).log2() + case;
                glue_words += 1;
            }
            // As the general estimate counts a listed word (log2 of its rank), so that a word
            // both readings know is a word of the sentence.
            Some(rank) if f64::from(rank).log2() + case <= general.bits + 1e-9 => {
                content_bits += f64::from(rank).log2();
                in_context += (f64::from(rank).log2() - CONTEXT_BITS).max(1.0);
                content_words += 1;
                other += case;
            }
            // A name, a leaked password or a listed word the vocabulary does not rank: a word
            // of the sentence all the same.
            _ if !general.found.is_empty()
                && general.found.iter().all(|w| {
                    matches!(
                        w,
                        Weakness::Name | Weakness::CommonPassword | Weakness::CommonWord
                    )
                }) =>
            {
                content_bits += general.bits;
                in_context += (general.bits - CONTEXT_BITS).max(1.0);
                content_words += 1;
                found.extend(general.found.iter().copied());
            }
            _ => {
                other += general.bits;
                found.extend(general.found.iter().copied());
            }
        }
        // The gap after this word.
        let gap_end = spans.get(n + 1).map_or(chars.len(), |next| next.0);
        let gap = &chars[end..gap_end];
        if gap.is_empty() {
            continue;
        }
        let last = n + 1 == spans.len();
        if previous_gap == Some(gap) {
            continue;
        }
        gaps += if last {
            gap_bits(gap, &END_MARKS)
        } else {
            gap_bits(gap, &COMMON_GAPS)
        };
        if !last {
            previous_gap = Some(gap);
        }
    }
    // One known word among random ones is no sentence.
    if content_words + glue_words < 2 {
        return None;
    }
    // Glue words make it a sentence: its words come in the order grammar gives them, each
    // narrowed down by the words before it. Without glue they may be any words in any order.
    let grammatical = glue_words > 0 && glue_words * 3 >= content_words;
    let content = if grammatical {
        in_context
    } else {
        tuple_bits(content_bits, content_words)
    };
    found.push(Weakness::Sentence);
    found.sort();
    found.dedup();
    Some(Estimate {
        bits: glue.min(FUNCTION_BITS_CAP) + content + other + gaps,
        found,
    })
}

/// Memoised estimates of the prefixes and suffixes of the glued password.
struct Ends<'a> {
    glued: &'a [char],
    prefix: Vec<Option<f64>>,
    suffix: Vec<Option<f64>>,
}

impl Ends<'_> {
    fn before(&mut self, at: usize) -> f64 {
        let glued = self.glued;
        *self.prefix[at].get_or_insert_with(|| estimate_chars(&glued[..at], true).bits)
    }
    fn after(&mut self, at: usize) -> f64 {
        let glued = self.glued;
        *self.suffix[at].get_or_insert_with(|| estimate_chars(&glued[at..], true).bits)
    }
}

/// Every start of `needle` in `hay`.
fn starts<'a>(hay: &'a [char], needle: &'a [char]) -> impl Iterator<Item = usize> + 'a {
    let n = needle.len();
    (0..(hay.len() + 1).saturating_sub(n))
        .filter(move |&i| !needle.is_empty() && &hay[i..i + n] == needle)
}

fn glue_words(words: &[String]) -> Vec<char> {
    words.iter().flat_map(|w| w.chars()).collect()
}

/// The password as a known phrase, whole or with one word left out, changed or added, with
/// what stands before and after it estimated as usual. `None` when no phrase is in it.
pub(super) fn known_phrase(chars: &[char]) -> Option<Estimate> {
    let vocabulary = installed()?;
    let glued: Vec<char> = chars
        .iter()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(char::to_ascii_lowercase)
        .collect();
    if glued.len() < MIN_PHRASE_LETTERS {
        return None;
    }
    // Where the typed words start and end in the glued text. When the password has several
    // words, a phrase and its changed word must fall on those boundaries (else "take on me"
    // turns up inside random words); a glued password has no boundaries to go by, so there a
    // changed phrase must keep more of its letters.
    let mut boundary = vec![false; glued.len() + 1];
    let (mut at, mut separated) = (0, false);
    boundary[0] = true;
    for c in chars {
        if c.is_ascii_alphanumeric() {
            at += 1;
        } else {
            boundary[at] = true;
            separated |= at > 0 && at < glued.len();
        }
    }
    boundary[glued.len()] = true;
    let on = |i: usize| !separated || boundary[i];
    let min_letters = if separated {
        MIN_PHRASE_LETTERS
    } else {
        GLUED_MIN_LETTERS
    };
    let one_guess = (vocabulary.phrases.len() as f64).log2() + STYLE_BITS;
    let mut ends = Ends {
        glued: &glued,
        prefix: vec![None; glued.len() + 1],
        suffix: vec![None; glued.len() + 1],
    };
    let mut best = f64::INFINITY;
    for phrase in &vocabulary.phrases {
        let k = phrase.len();
        // Whole.
        let whole = glue_words(phrase);
        for at in starts(&glued, &whole).filter(|&a| on(a) && on(a + whole.len())) {
            best = best.min(one_guess + ends.before(at) + ends.after(at + whole.len()));
        }
        if k < 3 {
            continue;
        }
        let variant = (2.0 * k as f64).log2();
        for i in 0..k {
            // Word i left out.
            let shorter: Vec<char> = phrase
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .flat_map(|(_, w)| w.chars())
                .collect();
            if shorter.len() >= min_letters {
                for at in starts(&glued, &shorter).filter(|&a| on(a) && on(a + shorter.len())) {
                    let bits =
                        one_guess + variant + ends.before(at) + ends.after(at + shorter.len());
                    best = best.min(bits);
                }
            }
            // Word i changed (between words i-1 and i+1), or a word added after word i.
            let splits = [(i, i + 1), (i + 1, i + 1)];
            for (head_end, tail_start) in splits {
                if head_end == 0 || tail_start >= k {
                    continue;
                }
                let head = glue_words(&phrase[..head_end]);
                let tail = glue_words(&phrase[tail_start..]);
                if head.len() + tail.len() < min_letters {
                    continue;
                }
                for at in starts(&glued, &head).filter(|&a| on(a) && on(a + head.len())) {
                    let from = at + head.len();
                    let last = (from + MAX_CHANGE).min(glued.len().saturating_sub(tail.len()));
                    for to in (from + 1)..=last {
                        if glued[to..to + tail.len()] == tail[..] && on(to) && on(to + tail.len()) {
                            let changed = estimate_chars(&glued[from..to], true).bits;
                            let bits = one_guess
                                + variant
                                + changed
                                + ends.before(at)
                                + ends.after(to + tail.len());
                            best = best.min(bits);
                        }
                    }
                }
            }
        }
    }
    best.is_finite().then(|| Estimate {
        bits: best,
        found: vec![Weakness::KnownPhrase],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_known_phrase_is_one_guess_also_changed() {
        for p in [
            "to be or not to be",
            "De appel valt niet ver van de boom!",
            "L'union fait la force",
            "deappelvaltnietvervandeboom",
            "De appel valt niet ver van de stam",
            "de appel valt ver van de boom",
        ] {
            let e = known_phrase(&chars(p)).unwrap_or_else(|| panic!("{p}"));
            assert!(e.bits < 30.0, "{p}: {}", e.bits);
        }
        assert!(known_phrase(&chars("kaneel vuurtoren sjaal knikker oever")).is_none());
    }

    #[test]
    fn the_tuple_count_grows_with_the_words() {
        assert_eq!(tuple_bits(20.0, 1), 20.0);
        let two = tuple_bits(20.0, 2);
        assert!(two > 20.0 && two < 25.0, "{two}");
        // Five words around rank 5,000: about 61 bits of rank product, 77 with the orderings.
        let five = tuple_bits(61.0, 5);
        assert!((75.0..80.0).contains(&five), "{five}");
    }

    #[test]
    fn glue_words_cost_little_in_a_sentence() {
        let v = installed().unwrap();
        let a = sentence_with(&chars("ik woon in de kerkstraat"), v).unwrap();
        assert!(a.bits < 50.0, "{}", a.bits);
        assert!(a.found.contains(&Weakness::Sentence));
        let b = sentence_with(
            &chars("ik woon in de kerkstraat en het is hier dat ik het zo goed vind"),
            v,
        )
        .unwrap();
        assert!(b.bits < 72.0, "{}", b.bits);
    }
}

//! Agreed passwords: a table of what a guesser tries first (refused) and of strong choices
//! (accepted), and generated passwords always counting as strong.

use proptest::prelude::*;
use toeleiding::password::{
    estimate, AgreedError, Password, PasswordError, Weakness, MIN_AGREED_BITS,
};

/// What guessers try first: names, common passwords and words, years and dates, keyboard walks,
/// repeats, sequences, with capitals and leetspeak, and combinations of a few of these.
const WEAK: &[&str] = &[
    "Marieke1985!",
    "Jan.Peeters.1985",
    "Zomer2026!",
    "Wachtwoord123456",
    "W@chtw00rd2024!",
    "P@ssw0rd2024",
    "aaaaaaaaaaaaaaaaaaaaaa",
    "abcdefghijklmnop",
    "azertyuiop123456",
    "qwerty123qwerty123",
    "1q2w3e4r5t6y",
    "OCMWgent2025kindengezin",
    "KindEnGezin2026!",
    "Welkom01!Welkom01!",
    "mohamed.elidrissi.1990",
    "Fatima2010Yassine2012",
    "SintNiklaas9100!",
    "24-12-1985-Peeters",
    "Antwerpen2000Anderlecht",
    "De Smet 1985 Gent",
    "Leefloon-OCMW-Brussel-2026",
    "ilovejan19851985",
    "Vlaanderen!Vlaanderen!",
    "Janssens.Maes.Peeters",
];

/// Strong: random characters, and five or more random words from a list.
const STRONG: &[&str] = &[
    "Kx9#mP2$vL7@qR4!",
    "t7Rq-Vw2m-Xp9s-Lk3z",
    "kaneel-vuurtoren-sjaal-knikker-oever",
    "paraplu kompas walvis fluit kastanje",
    "graniet.houtwerk.ketel.mossel.pioen",
    "tremor aloft upstage rejoin spoof",
    "Zq8!rT2@wX5#nB7$kM",
];

#[test]
fn what_guessers_try_first_is_refused() {
    for weak in WEAK {
        match Password::agreed(weak) {
            Err(AgreedError::Weak { bits, found }) => {
                assert!(bits < MIN_AGREED_BITS, "{weak}: {bits}");
                assert!(!found.is_empty(), "{weak}: nothing named");
            }
            other => panic!("{weak} was not refused as weak: {other:?}"),
        }
    }
}

#[test]
fn strong_choices_pass() {
    for strong in STRONG {
        let e = estimate(strong);
        assert!(e.bits >= MIN_AGREED_BITS, "{strong}: {e:?}");
        assert_eq!(Password::agreed(strong).unwrap().expose(), *strong);
    }
}

#[test]
fn the_refusal_names_what_made_it_guessable() {
    let found = |p: &str| estimate(p).found;
    assert!(found("Marieke1985!").contains(&Weakness::Name));
    assert!(found("Marieke1985!").contains(&Weakness::YearOrDate));
    assert!(found("Jan.Peeters.1985").contains(&Weakness::Name));
    assert!(found("poiuytrezaMLKJH").contains(&Weakness::KeyboardWalk));
    assert!(found("Wachtwoord123456").contains(&Weakness::CommonPassword));
    assert!(found("ocmw.gent.kind").contains(&Weakness::CommonWord));
}

#[test]
fn generated_passwords_always_count_as_strong() {
    for seed in 0..200u16 {
        let mut state = u32::from(seed).wrapping_mul(2_654_435_761).wrapping_add(1);
        let p = Password::generate(|b: &mut [u8]| {
            for x in b.iter_mut() {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                *x = state as u8;
            }
            Ok::<(), PasswordError>(())
        })
        .unwrap();
        let bits = estimate(p.expose()).bits;
        assert!(bits >= MIN_AGREED_BITS, "{}: {bits}", p.expose());
        assert!(Password::agreed(p.expose()).is_ok());
    }
}

#[test]
fn a_run_of_letters_counts_at_most_as_one_dictionary_word() {
    // A guesser with a full dictionary finds one long word, or three random words, quickly.
    for weak in [
        "onafhankelijkheidsverklaring",
        "Arbeidsongeschiktheidsverzekering",
        "paraplu kompas walvis",
    ] {
        assert!(
            matches!(Password::agreed(weak), Err(AgreedError::Weak { .. })),
            "{weak}: {:?}",
            estimate(weak)
        );
    }
    // Five random words carry more than the minimum, even though a guesser who tries words by
    // their frequency knows all five (ranks between about 3,000 and 10,000).
    assert!(estimate("paraplu kompas walvis fluit kastanje").bits > MIN_AGREED_BITS);
}

/// The non-comment lines of a file of ours.
fn lines(path: &str) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn guessable_phrases_are_refused_and_say_why() {
    // Our own examples (tests/fixtures/password/guessable.txt): everyday sentences, names with
    // dates and places, known phrases as typed (also changed), song lines, quotes, slogans.
    let phrases = lines("tests/fixtures/password/guessable.txt");
    assert!(phrases.len() >= 100, "{}", phrases.len());
    for phrase in &phrases {
        match Password::agreed(phrase) {
            Err(AgreedError::Weak { bits, found }) => {
                assert!(bits < MIN_AGREED_BITS, "{phrase}: {bits}");
                assert!(!found.is_empty(), "{phrase}: nothing named");
            }
            other => panic!(
                "{phrase:?} was not refused: {other:?} {:?}",
                estimate(phrase)
            ),
        }
    }
    println!("refused {} guessable phrases", phrases.len());
    let found = |p: &str| estimate(p).found;
    assert!(found("De appel valt niet ver van de boom").contains(&Weakness::KnownPhrase));
    assert!(
        found("to be or not to be").contains(&Weakness::KnownPhrase)
            || found("to be or not to be").contains(&Weakness::Sentence)
    );
    assert!(found("ik woon in de kerkstraat").contains(&Weakness::Sentence));
    assert!(found("Noor is geboren op 12 maart 2024").contains(&Weakness::YearOrDate));
}

/// A small xorshift generator: the draws are the same on every run.
fn xorshift(seed: u32) -> impl FnMut() -> u32 {
    let mut state = seed.max(1);
    move || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state
    }
}

#[test]
fn five_or_six_random_words_from_a_large_list_pass() {
    // A large list: the words whose best rank over the three frequency lists lies between
    // 2,001 and 20,000, about 40,000 distinct words (log2 ≈ 15.3 bits each, so five words
    // carry about 76 bits, six about 92). A guesser who knows our lists reaches them late.
    let mut best: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for language in ["nl", "fr", "en"] {
        for (i, word) in lines(&format!("src/password/lists/freq-{language}.txt"))
            .into_iter()
            .enumerate()
        {
            let rank = best.entry(word).or_insert(i + 1);
            *rank = (*rank).min(i + 1);
        }
    }
    let mut large: Vec<String> = best
        .into_iter()
        .filter(|(_, rank)| (2_001..=20_000).contains(rank))
        .map(|(word, _)| word)
        .collect();
    large.sort();
    println!("large list: {} words", large.len());
    assert!(large.len() > 32_000, "{}", large.len());
    let mut next = xorshift(2026);
    for n in 0..50 {
        let count = if n % 2 == 0 { 5 } else { 6 };
        let separator = [" ", "-", "."][n % 3];
        let phrase: Vec<&str> = (0..count)
            .map(|_| large[next() as usize % large.len()].as_str())
            .collect();
        let phrase = phrase.join(separator);
        let e = estimate(&phrase);
        assert!(e.bits >= MIN_AGREED_BITS, "{phrase}: {e:?}");
    }
}

/// The 100 most frequent words of the three languages: the glue of a sentence.
fn glue_words() -> Vec<String> {
    let mut out = Vec::new();
    for language in ["nl", "fr", "en"] {
        out.extend(
            lines(&format!("src/password/lists/freq-{language}.txt"))
                .into_iter()
                .take(100),
        );
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A weak sentence never passes by adding common words: however many of the 100 most
    /// frequent words are put in, they add at most a few bits together.
    #[test]
    fn common_words_never_make_a_weak_sentence_pass(
        seed in 1u32..u32::MAX,
        content in 2usize..4,
        added in 1usize..14,
    ) {
        let glue = glue_words();
        let common: Vec<String> = lines("src/password/lists/freq-nl.txt")
            .into_iter()
            .skip(100)
            .take(2_000)
            .collect();
        let mut next = xorshift(seed);
        let mut words: Vec<String> = (0..content)
            .map(|_| common[next() as usize % common.len()].clone())
            .collect();
        let base = words.join(" ");
        let weak = toeleiding::password::sentence_estimate(&base).map_or(f64::INFINITY, |e| e.bits);
        prop_assume!(weak < 60.0);
        for _ in 0..added {
            let at = next() as usize % (words.len() + 1);
            words.insert(at, glue[next() as usize % glue.len()].clone());
        }
        let longer = words.join(" ");
        prop_assert!(estimate(&longer).bits < MIN_AGREED_BITS, "{longer}: {:?}", estimate(&longer));
    }

    #[test]
    fn any_text_gets_a_finite_estimate(text in ".{0,300}") {
        let e = estimate(&text);
        prop_assert!(e.bits.is_finite() && e.bits >= 0.0);
    }
}

#[test]
fn a_long_sentence_of_common_words_does_not_pass_by_its_length() {
    for sentence in [
        "mijn vader werkte vroeger elke dag hard in de haven van antwerpen",
        "we gaan deze zomer met de hele familie op vakantie naar de zee",
        "le weekend nous allons souvent au marche avec les enfants",
        "every morning i take the bus to work and read the news",
    ] {
        let e = estimate(sentence);
        assert!(e.bits < MIN_AGREED_BITS, "{sentence}: {e:?}");
        assert!(e.found.contains(&Weakness::Sentence), "{sentence}: {e:?}");
    }
}

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
    // Five random words carry far more than the minimum.
    assert!(estimate("paraplu kompas walvis fluit kastanje").bits > MIN_AGREED_BITS + 20.0);
}

proptest! {
    #[test]
    fn any_text_gets_a_finite_estimate(text in ".{0,300}") {
        let e = estimate(&text);
        prop_assert!(e.bits.is_finite() && e.bits >= 0.0);
    }
}

//! The readings shared by several formats, each a small documented rule: nationality, civil
//! state, card expiry, age, moves, municipality and household position. Where a rule uses a
//! threshold we chose, it says so ("interpretation"); the observation ids all come from the
//! knowledge (`Collect::observe` ignores any other).

use crate::ksz::import::collect::Collect;
use crate::ksz::import::date::{months, PartialDate};
use crate::ksz::import::labels as L;
use crate::ksz::import::xml::text::desc_code;
use crate::ksz::import::xml::tree::Node;
use crate::ksz::import::Options;
use crate::ksz::knowledge::ids;

/// "Recent" for a household change or a move: the six months before the answer
/// (interpretation: the knowledge says "de laatste maanden").
pub const RECENT_MONTHS: i64 = 6;
/// Interpretation: at least this many new main addresses in [`MOVES_YEARS`] years before the
/// answer are "many moves" (about one a year or more often, beyond the odd move).
pub const MANY_MOVES: usize = 3;
pub const MOVES_YEARS: i64 = 5;
/// Interpretation: registered at the same address for at least this many years is "stable".
pub const STABLE_YEARS: i64 = 5;
/// Interpretation: a card that expires within this many months counts as "binnenkort vervallen".
pub const CARD_SOON_MONTHS: i64 = 3;

/// The RR (INS) country code of Belgium, as the TX25 and MAGDA answers write it.
pub const BELGIUM: &str = "150";

/// INS country codes of the 27 EU member states (the TX25 and MAGDA nationality codes), after
/// Lino's `inscodes` fixture; historical codes of the same states included (Germany 103, 134,
/// 173; Hungary 115, 138; Poland 122, 139). The United Kingdom (112), the EEA and Switzerland
/// are not EU member states.
const EU: [&str; 30] = [
    "103", "105", "106", "107", "108", "109", "110", "111", "113", "114", "115", "116", "119",
    "122", "123", "124", "126", "128", "129", "134", "135", "136", "137", "138", "139", "140",
    "141", "146", "147", "173",
];

/// Words of a stateless, undetermined or unknown nationality in nl, fr and de.
const STATELESS: [&str; 9] = [
    "staatloos",
    "apatride",
    "staatenlos",
    "onbepaald",
    "indétermin",
    "unbestimmt",
    "onbekend",
    "inconnu",
    "unbekannt",
];

/// Words of a widowed civil state in nl, fr and de.
const WIDOWED: [&str; 5] = ["weduw", "veuf", "veuve", "verwitwet", "witwe"];

/// The status of a KSZ answer: "DATA_FOUND (MSG00000): description".
pub fn status_text(status: &Node) -> String {
    let value = status.text_at(&["value"]).unwrap_or_default();
    let head = desc_code(Some(value), status.text_at(&["code"])).unwrap_or_default();
    match status.text_at(&["description"]) {
        Some(d) => format!("{head}: {d}"),
        None => head,
    }
}

/// Current nationalities (code, label): Belgian, another EU state, stateless, or outside the EU.
pub fn nationality(c: &mut Collect, current: &[(&str, &str)]) {
    let belgian = current.iter().any(|(code, _)| code.trim() == BELGIUM);
    if belgian {
        c.observe(ids::RR_BELGIAN);
        return;
    }
    for (code, label) in current {
        let lower = crate::case::lower(label);
        if STATELESS.iter().any(|w| lower.contains(w)) {
            c.observe(ids::RR_STATELESS);
        } else if EU.contains(&code.trim()) {
            c.observe(ids::RR_EU_CITIZEN);
        } else if !code.trim().is_empty() && code.trim().bytes().all(|b| b.is_ascii_digit()) {
            c.observe(ids::RR_NON_EU);
        }
    }
}

/// The current civil state (RR codes: 10 unmarried, 20 married, 30 widowed, 40/41 divorced);
/// a legal cohabitation that was not ended counts as cohabiting.
pub fn civil_state(c: &mut Collect, code: &str, label: &str, cohabiting: bool) {
    let lower = crate::case::lower(label);
    let widowed = WIDOWED.iter().any(|w| lower.contains(w)) || code == "30";
    if code.starts_with('2') || cohabiting {
        c.observe(ids::RR_MARRIED_OR_COHABITING);
    } else if widowed || code.starts_with('1') || code.starts_with('4') {
        c.observe(ids::RR_SINGLE);
    }
    if widowed {
        c.observe(ids::RR_DECEASED_PARTNER);
    }
}

/// The current card's expiry date: expired, or expiring within [`CARD_SOON_MONTHS`].
pub fn card_expiry(c: &mut Collect, expiry: Option<&PartialDate>, on: &PartialDate) {
    let (Some(end), Some(now)) = (expiry.and_then(PartialDate::days), on.days()) else {
        return;
    };
    if end < now + months(CARD_SOON_MONTHS) {
        c.observe(ids::RR_CARD_EXPIRED);
    }
}

/// The letters of the cards that show a permanent residence, as the register writes them on the
/// card type (after dropping the word "kaart"/"carte"/"Karte"/"card"): E+ and its successor
/// EU+ (UE+ in French), F+, and C/K and D/L (settled and long-term residents, in the population
/// register). Source: the knowledge's `rr-verblijfskaarten`. E/EU, F, A, B and every other
/// label are not; a code without a label is not read (the register's card codes are not all
/// known: MAGDA writes 0017 "F Kaart" like the eID list, but 0071 for a kids' document).
const PERMANENT_CARDS: [&str; 8] = ["e+", "eu+", "ue+", "f+", "c", "k", "d", "l"];

/// Words around a card letter in a card type's label (nl, fr, de, en).
const CARD_WORDS: [&str; 7] = [
    "kaart",
    "carte",
    "karte",
    "card",
    "elektronische",
    "électronique",
    "type",
];

/// Whether a card type's label names a permanent residence card: once the card words are
/// dropped, what remains is exactly one of the permanent letters ("E+ Kaart", "Carte UE+",
/// "F+"). Conservative on purpose: a description ("Annexe 22 …"), an E card or anything
/// else is not.
pub fn permanent_card(label: &str) -> bool {
    let lower = crate::case::lower(label);
    let letters: String = lower
        .split(|ch: char| ch.is_whitespace() || ch == '.' || ch == '-' || ch == ':')
        .filter(|w| !w.is_empty() && !CARD_WORDS.contains(w))
        .collect();
    PERMANENT_CARDS.contains(&letters.as_str())
}

/// The current card (the latest not ended on `on`) shows a permanent residence: its label names
/// a permanent card and it has not expired before the answer's date (an expired card asks for
/// its renewal instead).
pub fn permanent_residence(
    c: &mut Collect,
    label: &str,
    expiry: Option<&PartialDate>,
    on: Option<&PartialDate>,
) {
    if !permanent_card(label) {
        return;
    }
    let expired = match (
        expiry.and_then(PartialDate::days),
        on.and_then(PartialDate::days),
    ) {
        (Some(end), Some(now)) => end < now,
        _ => false,
    };
    if !expired {
        c.observe(ids::RR_PERMANENT_RESIDENCE);
    }
}

/// The legal pension age on a date: 65, 66 from 1 February 2025, 67 from 1 February 2030.
fn pension_age(on: &PartialDate) -> i64 {
    let day = on.days().unwrap_or(0);
    let from = |y: &str| {
        PartialDate::parse(y)
            .and_then(|d| d.days())
            .unwrap_or(i64::MAX)
    };
    if day >= from("2030-02-01") {
        67
    } else if day >= from("2025-02-01") {
        66
    } else {
        65
    }
}

/// Minor or at the legal pension age, from the birth date the register gives (never from a
/// national number) on the date of the answer.
pub fn age(c: &mut Collect, birth: &PartialDate, on: &PartialDate) {
    match birth.years_until(on) {
        Some(y) if (0..18).contains(&y) => c.observe(ids::RR_MINOR),
        Some(y) if y >= pension_age(on) => c.observe(ids::RR_PENSION_AGE),
        _ => {}
    }
}

/// Whether something with this end date has ended by `on` (the answer's date): an end date
/// on or before it, or any end date when the answer has no date of its own. A future end date
/// is not an end yet.
pub fn ended(to: Option<&PartialDate>, on: Option<&PartialDate>) -> bool {
    to.is_some() && !crate::ksz::import::date::current_on(None, to, on)
}

/// Whether any date lies in the `window` days up to `on`.
pub fn any_within<'a>(
    dates: impl IntoIterator<Item = Option<&'a PartialDate>>,
    on: &PartialDate,
    window: i64,
) -> bool {
    let Some(now) = on.days() else {
        return false;
    };
    dates
        .into_iter()
        .flatten()
        .filter_map(PartialDate::days)
        .any(|d| d <= now && d >= now - window)
}

/// The starts of the main addresses: many moves, a recent move, or a stable address.
pub fn moves(c: &mut Collect, starts: &[Option<PartialDate>], on: Option<&PartialDate>) {
    let Some(now) = on.and_then(PartialDate::days) else {
        return;
    };
    let days: Vec<i64> = starts
        .iter()
        .flatten()
        .filter_map(PartialDate::days)
        .filter(|d| *d <= now)
        .collect();
    let years = |n: i64| n * 36_525 / 100;
    if days
        .iter()
        .filter(|d| **d > now - years(MOVES_YEARS))
        .count()
        >= MANY_MOVES
    {
        c.observe(ids::ADRES_FREQUENT_MOVES);
    }
    let Some(last) = days.iter().max() else {
        return;
    };
    if days.len() >= 2 && *last >= now - months(RECENT_MONTHS) {
        c.observe(ids::ADRES_RECENT_MOVE);
    }
    if *last <= now - years(STABLE_YEARS) {
        c.observe(ids::ADRES_STABLE);
    }
}

/// A Belgian municipality (5-digit NIS code) other than the reading OCMW's.
pub fn municipality(c: &mut Collect, nis: &str, options: &Options) {
    let nis = nis.trim();
    if options.own_nis_codes.is_empty()
        || nis.len() != 5
        || !nis.bytes().all(|b| b.is_ascii_digit())
    {
        return;
    }
    if !options.own_nis_codes.iter().any(|own| own.trim() == nis) {
        c.observe(ids::ADRES_OTHER_MUNICIPALITY);
    }
}

/// A household position (RR codes). `member`: the position of someone living with the client,
/// the client being the reference person (02 partner, 03 child, others). Otherwise the client's
/// own position towards a reference person who is someone else (02: the client is the partner;
/// any other: the client lives with other adults, such as parents).
pub fn position(c: &mut Collect, code: &str, member: bool) {
    match (code.trim(), member) {
        ("01", true) => {}
        ("02", _) => c.observe(ids::GEZIN_WITH_PARTNER),
        ("03", true) => c.observe(ids::GEZIN_WITH_CHILDREN),
        ("01", false) => {}
        ("", _) => {}
        _ => c.observe(ids::GEZIN_WITH_OTHERS),
    }
}

/// Our word for a position, for print (never a name).
pub fn position_word(code: &str) -> &'static str {
    match code.trim() {
        "01" => L::POS_HEAD,
        "02" => L::POS_PARTNER,
        "03" => L::POS_CHILD,
        "06" => L::POS_PARENT,
        "12" => L::POS_UNRELATED,
        _ => L::POS_MEMBER,
    }
}

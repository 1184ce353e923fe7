//! What is current and what it is: a reference person, a legal cohabitation, a cadastre
//! right or a register status that ended is history, never today's fact; a benefit keeps its
//! own kind (issue 17).

use super::*;

#[test]
fn an_ended_reference_person_is_history_and_the_household_since_counts() {
    // The reference person ended on 2004-04-04; since then the client heads a household with a
    // partner and children. The ended relation says nothing of today ("met andere
    // volwassenen" came from it), and the current members are read.
    if let Some(a) = sample(&format!("{PERSOON}/74640618981.xml")) {
        assert!(!a.observes("gezin.with-others"));
        assert!(a.observes("gezin.with-partner"));
        assert!(a.observes("gezin.with-children"));
        let head = facts(&a, L::HEAD_OF_FAMILY);
        assert!(!head.is_empty() && head.iter().all(|f| f.to.is_some()));
        let ended = a
            .events
            .iter()
            .find(|e| e.label.starts_with(L::HEAD_OF_FAMILY))
            .unwrap();
        assert!(ended.to.is_some());
    }
    // Ended in 1984 (the samples of 1962): no "met andere volwassenen" from it.
    for file in ["62612399148.xml", "62612399346.xml"] {
        if let Some(a) = sample(&format!("{PERSOON}/{file}")) {
            assert!(!a.observes("gezin.with-others"), "{file}");
        }
    }
    // Ended in 2018, and since then the client heads a household with an unrelated adult:
    // "met andere volwassenen" now comes from that member, as it should.
    if let Some(a) = sample(&format!("{PERSOON}/91701399744.xml")) {
        assert!(a.observes("gezin.with-others"));
        assert!(facts(&a, L::HEAD_OF_FAMILY).iter().all(|f| f.to.is_some()));
    }
}

#[test]
fn an_ended_legal_cohabitation_says_so_and_is_not_current() {
    // `Beeindiging` (reason: marriage) without a date: ended all the same.
    if let Some(a) = sample(&format!("{PERSOON}/62612399148.xml")) {
        let facts = facts(&a, L::LEGAL_COHABITATION);
        assert_eq!(facts.len(), 1);
        assert!(facts[0].value.contains(L::ENDED), "{}", facts[0].value);
        assert!(facts[0].value.contains("Huwelijk"), "{}", facts[0].value);
    }
}

#[test]
fn a_cadastre_right_that_ended_is_shown_with_its_end_and_not_owned() {
    if let Some(k) = sample("magda-mock/Kadaster/ZoekEigendomstoestanden-02.00/58691499790.xml") {
        let parcels = facts(&k, L::PARCEL);
        let ended: Vec<_> = parcels.iter().filter(|f| f.to.is_some()).collect();
        assert!(!ended.is_empty(), "{parcels:?}");
        assert!(ended
            .iter()
            .any(|f| f.to.as_ref().unwrap().raw.starts_with("2016-02-25")));
    }
}

#[test]
fn a_current_register_status_abroad_is_a_finding() {
    // Status 992 "Afgeschreven naar het buitenland" since 2013, not ended.
    if let Some(a) = sample(&format!("{PERSOON}/62612399148.xml")) {
        assert!(a.observes("adres.abroad"));
        assert!(!a.observes("adres.removed-ex-officio"));
    }
    // A status of the foreigners' office (21099) is neither.
    if let Some(a) = sample(&format!("{PERSOON}/79652599875.xml")) {
        assert!(!a.observes("adres.abroad") && !a.observes("adres.removed-ex-officio"));
    }
}

#[test]
fn yearly_equivalent_leefloon_and_child_allowance_keep_their_own_name() {
    let xml = r#"<web:GeefLeefloonbedragenResponse xmlns:web="http://webservice.geefleefloonbedragendienst-02_00.soczek-02_00.vip.vlaanderen.be"><Repliek><Context><Naam>GeefLeefloonbedragen</Naam><Versie>02.00.0000</Versie><Bericht><Type>ANTWOORD</Type><Tijdstip><Datum>2024-12-10</Datum></Tijdstip></Bericht></Context><Antwoorden><Antwoord><Inhoud><Leefloonbedragen><Leefloonbedrag><Jaar>2024</Jaar><Tegemoetkoming><Jaarlijks Jaar="2024"><Leefloon><Bedrag>1000.00</Bedrag></Leefloon><EquivalentLeefloon><Bedrag>2000.00</Bedrag></EquivalentLeefloon><KinderbijslagToeslag><Bedrag>300.00</Bedrag></KinderbijslagToeslag><Iets><Bedrag>5.00</Bedrag></Iets></Jaarlijks></Tegemoetkoming></Leefloonbedrag></Leefloonbedragen></Inhoud></Antwoord></Antwoorden></Repliek></web:GeefLeefloonbedragenResponse>"#;
    let a = read("leefloon.xml", xml.as_bytes()).unwrap();
    let labels: Vec<&str> = a.all_facts().map(|f| f.label.as_str()).collect();
    assert!(labels.contains(&"Leefloon 2024 (per jaar)"), "{labels:?}");
    assert!(
        labels.contains(&"Equivalent leefloon 2024 (per jaar)"),
        "{labels:?}"
    );
    assert!(
        labels.contains(&"Kinderbijslag 2024 (per jaar)"),
        "{labels:?}"
    );
    assert_eq!(
        labels
            .iter()
            .filter(|l| l.starts_with("Leefloon 2024"))
            .count(),
        1
    );
    assert!(
        a.all_facts()
            .any(|f| f.unknown && f.label == "Iets › Bedrag" && f.value == "5.00"),
        "{labels:?}"
    );
}

#[test]
fn a_magda_card_shows_its_expiry_and_an_expired_one_is_a_signal() {
    let Some(expired) = sample(&format!("{PERSOON}/62612399346.xml")) else {
        return;
    };
    // Expired on 2015-12-06, the answer is of 2017-06-01.
    let docs = facts(&expired, L::IDENTITY_DOCUMENT);
    assert!(
        docs.iter()
            .any(|f| f.value.ends_with("geldig tot 2015-12-06")),
        "{docs:?}"
    );
    assert!(expired.observes("rr.card-expired"));
    // The expiry's own text is shown, nothing of the document is left unread.
    assert!(expired
        .all_facts()
        .all(|f| !f.unknown || !f.label.starts_with("Vervalgegevens")));
    // Valid until 2018-03-14: more than the warning window after 2017-06-01.
    let valid = sample(&format!("{PERSOON}/67722499502.xml")).unwrap();
    assert!(!valid.observes("rr.card-expired"));
    assert!(facts(&valid, L::IDENTITY_DOCUMENT)
        .iter()
        .any(|f| f.value.ends_with("geldig tot 2018-03-14")));
    // A card without an expiry date in the answer gives no signal either way.
    let none = sample(&format!("{PERSOON}/67722499797.xml")).unwrap();
    assert!(!none.observes("rr.card-expired"));
}

/// A GeefKindVoordelen answer about `subject`, its beneficiary `receiver`, for these children.
fn kind_voordelen(subject: &str, receiver: &str, children: &[&str]) -> Answer {
    let kids: String = children
        .iter()
        .map(|k| format!("<Kind><INSZ>{k}</INSZ></Kind>"))
        .collect();
    let xml = format!(
        r#"<web:GeefKindVoordelenResponse xmlns:web="urn:m"><Repliek><Context><Naam>GeefKindVoordelen</Naam><Versie>02.00.0000</Versie><Bericht><Type>ANTWOORD</Type><Tijdstip><Datum>2026-11-30</Datum></Tijdstip></Bericht></Context><Antwoorden><Antwoord><Inhoud><KindVoordelen><KindVoordeel><Bron>VLAANDEREN</Bron><INSZ>{subject}</INSZ><Begunstigden><Begunstigde><INSZ>{receiver}</INSZ></Begunstigde></Begunstigden><Kinderen>{kids}</Kinderen></KindVoordeel></KindVoordelen></Inhoud></Antwoord></Antwoorden></Repliek></web:GeefKindVoordelenResponse>"#
    );
    read("kv.xml", xml.as_bytes()).unwrap()
}

#[test]
fn a_young_adult_who_draws_the_groeipakket_for_himself_is_not_a_parent_who_raises_children() {
    let me = "05010112345";
    // The applicant is both the child and the beneficiary: his own income.
    let own = kind_voordelen(me, me, &[me]);
    assert!(own.observes("groeipakket.client-receives-self"));
    assert!(!own.observes("groeipakket.client-receives"));
    assert!(!own.observes("groeipakket.client-is-child"));
    // A parent who receives it for a child she raises: exempt, as before.
    let parent = kind_voordelen(me, me, &["20010112345"]);
    assert!(parent.observes("groeipakket.client-receives"));
    assert!(!parent.observes("groeipakket.client-receives-self"));
    // Someone else receives it for the applicant as a child.
    let child = kind_voordelen(me, "75010112345", &[me]);
    assert!(child.observes("groeipakket.client-is-child"));
    assert!(!child.observes("groeipakket.client-receives-self"));
}

//! TX25 groups read since issue 17: the waiting register (205 type, 206 procedure steps, 207
//! OCMW or reception structure, 210 register), the work permit (198), the temporary
//! registration (028), shared housing (021) and `Housing` in a household entry (140/141). Each
//! is a labelled fact with its period; a finding only where the group establishes it; a
//! procedure that ended is never current.

use super::*;

/// Every observation of the wachtregister flow.
const WAITING: [&str; 6] = [
    "wachtregister.asylum-pending",
    "wachtregister.appeal-pending",
    "wachtregister.refugee-recognised",
    "wachtregister.subsidiary-protection",
    "wachtregister.refused-or-ended",
    "wachtregister.reception-network",
];

const RUNNING: &str = "tx25_v2_waiting_nl.xml";
const ENDED: &str = "tx25_v1_waiting_ended_fr.xml";
const FILED: &str = "<r:ApplicationFiled><r:Code>1</r:Code><r:Label>Verzoek ingediend</r:Label><r:Place><r:Code>21004</r:Code><r:Label>Brussel</r:Label></r:Place></r:ApplicationFiled>";
const WAITING_TYPE: &str = "<r:Code>01</r:Code><r:Label>Kandidaat-vluchteling</r:Label>";

fn one<'a>(a: &'a Answer, label: &str) -> &'a Fact {
    let found = facts(a, label);
    assert_eq!(found.len(), 1, "{label}: {found:?}");
    found[0]
}

fn raw(d: &Option<toeleiding::ksz::import::PartialDate>) -> Option<&str> {
    d.as_ref().map(|d| d.raw.as_str())
}

fn waiting(a: &Answer) -> Vec<&'static str> {
    let mut ids: Vec<&str> = WAITING.into_iter().filter(|id| a.observes(id)).collect();
    ids.sort();
    ids
}

/// The running fixture with `from` replaced by `to` (which must occur).
fn variant(from: &str, to: &str) -> Answer {
    let text = std::fs::read_to_string(fixtures().join(RUNNING)).unwrap();
    assert!(text.contains(from), "{from}");
    read("variant.xml", text.replace(from, to).as_bytes()).unwrap()
}

fn no_unknown(a: &Answer) {
    let unknown: Vec<&Fact> = a.all_facts().filter(|f| f.unknown).collect();
    assert!(unknown.is_empty(), "{unknown:#?}");
}

#[test]
fn a_running_procedure_is_read_as_facts_with_their_periods() {
    let a = fixture(RUNNING);
    no_unknown(&a);

    let t = one(&a, L::WAITING_TYPE);
    assert_eq!(t.value, "Kandidaat-vluchteling (01)");
    assert_eq!((raw(&t.from), raw(&t.to)), (Some("2023-03-01"), None));

    let steps: Vec<(&str, Option<&str>, Option<&str>)> = facts(&a, L::ASYLUM_STEP)
        .into_iter()
        .map(|f| (f.value.as_str(), raw(&f.from), raw(&f.to)))
        .collect();
    assert_eq!(
        steps,
        [
            (
                "algemeen: Verzoek om internationale bescherming (1), instantie Dienst Vreemdelingenzaken (DVZ); kennisgeving door de DVZ (NotificationByDVZ)",
                Some("2023-02-20"),
                Some("2023-03-01"),
            ),
            (
                "procedure (Procedure); oorsprong Eerste verzoek (A); open/gesloten Open (O); datum 2023-02-25",
                Some("2023-02-25"),
                None,
            ),
            (
                "algemeen: Verzoek om internationale bescherming (1), instantie Dienst Vreemdelingenzaken (DVZ); verzoek ingediend (ApplicationFiled): Verzoek ingediend (1); plaats Brussel (21004)",
                Some("2023-03-01"),
                None,
            ),
        ]
    );
    // References are dossier numbers: shown apart, identifying.
    let refs: Vec<(&str, bool)> = facts(&a, L::ASYLUM_REFERENCE)
        .into_iter()
        .map(|f| (f.value.as_str(), f.identifying))
        .collect();
    assert_eq!(refs, [("DVZ-0001", true), ("CG-2023-42", true)]);

    let charge = one(&a, L::IN_CHARGE);
    assert_eq!(charge.value, "OCMW: Gent (44021); initiatief: Fedasil (2)");
    assert_eq!(
        (raw(&charge.from), raw(&charge.to)),
        (Some("2023-03-10"), None)
    );

    let register = one(&a, L::REGISTRATION_REGISTER);
    assert_eq!(register.value, "Wachtregister (5)");
    assert_eq!(raw(&register.from), Some("2023-03-10"));

    let permit = one(&a, L::WORK_PERMIT);
    assert_eq!(permit.value, "geldig tot 2024-08-31");
    assert_eq!(
        (raw(&permit.from), raw(&permit.to)),
        (Some("2023-09-01"), None)
    );
    let number = one(&a, L::DOCUMENT_NUMBER);
    assert_eq!(
        (number.value.as_str(), number.identifying),
        ("AP123456", true)
    );

    let temporary = one(&a, L::TEMPORARY_REGISTRATION);
    assert_eq!(
        temporary.value,
        "Inschrijving in afwachting (03); geldig tot 2023-09-01"
    );
    assert_eq!(
        (raw(&temporary.from), raw(&temporary.to)),
        (Some("2023-03-01"), Some("2023-03-10"))
    );
    let text = one(&a, L::REGISTER_TEXT);
    assert_eq!(
        (text.value.as_str(), text.identifying),
        ("Opvang tijdelijk", true)
    );

    let shared = one(&a, L::SHARED_HOUSING);
    assert_eq!(shared.value, "Gehuisveste (2)");
    assert_eq!(raw(&shared.from), Some("2023-04-01"));
    let person = one(&a, L::PERSON);
    assert_eq!(
        (person.value.as_str(), person.identifying),
        ("Peeters Jan (80010112345)", true)
    );

    let housing = one(&a, &format!("{} (IT140 Housing)", L::HOUSING));
    assert_eq!(housing.value, "00");
    assert_eq!(
        (raw(&housing.from), raw(&housing.to)),
        (Some("2023-03-10"), None)
    );
}

#[test]
fn a_running_procedure_gives_the_findings_it_establishes_and_no_other() {
    let a = fixture(RUNNING);
    assert_eq!(
        waiting(&a),
        [
            "wachtregister.asylum-pending",
            "wachtregister.reception-network"
        ]
    );
    assert!(a.observes("rr.register-waiting"));
    assert!(!a.observes("rr.register-foreigners") && !a.observes("rr.register-population"));
    // The work permit, the temporary registration, shared housing and `Housing` establish
    // no observation of their own.
    for flow in ["rr", "adres", "gezin"] {
        let f = a.finding(flow).unwrap();
        assert!(
            f.observations
                .iter()
                .all(|o| !o.contains("permit") && !o.contains("housing")),
            "{flow}: {:?}",
            f.observations
        );
    }
}

#[test]
fn an_ended_procedure_gives_no_current_observation() {
    let a = fixture(ENDED);
    assert_eq!(a.kind, Kind::Tx25 { version: 1 });
    no_unknown(&a);
    assert_eq!(status(&a, "wachtregister"), Some(Status::Found));
    assert_eq!(waiting(&a), Vec::<&str>::new());
    assert!(a.observes("rr.register-foreigners"));
    assert!(!a.observes("rr.register-waiting"));

    // The register without `Type` is read by its name; both keep their periods.
    let registers: Vec<(&str, Option<&str>, Option<&str>)> = facts(&a, L::REGISTRATION_REGISTER)
        .into_iter()
        .map(|f| (f.value.as_str(), raw(&f.from), raw(&f.to)))
        .collect();
    assert_eq!(
        registers,
        [
            (
                "Registre d'attente (5)",
                Some("2021-05-01"),
                Some("2022-06-30")
            ),
            ("Registre des étrangers (1)", Some("2022-07-01"), None),
        ]
    );
    let steps: Vec<(&str, Option<&str>)> = facts(&a, L::ASYLUM_STEP)
        .into_iter()
        .map(|f| (f.value.as_str(), raw(&f.to)))
        .collect();
    assert_eq!(
        steps,
        [
            (
                "verzoek ingediend (ApplicationFiled): Demande introduite (1)",
                Some("2022-06-30")
            ),
            ("beroep ingesteld (AppealLodged)", Some("2022-06-30")),
        ]
    );
    let centre = one(&a, L::IN_CHARGE);
    assert_eq!(
        (centre.value.as_str(), raw(&centre.to)),
        (
            "opvangstructuur: Centre d'accueil exemple (123)",
            Some("2022-06-30")
        )
    );
    assert_eq!(raw(&one(&a, L::WAITING_TYPE).to), Some("2022-06-30"));

    // The running answer with its filed application and its type ended: not pending either.
    let end = "<r:DelDate><r:Century>20</r:Century><r:Year>23</r:Year><r:Month>12</r:Month><r:Day>31</r:Day></r:DelDate>";
    let text = std::fs::read_to_string(fixtures().join(RUNNING)).unwrap();
    let start = "<r:Date><r:Century>20</r:Century><r:Year>23</r:Year><r:Month>03</r:Month><r:Day>01</r:Day></r:Date>";
    let ended = text
        .replace(
            &format!("{start}{WAITING_TYPE}"),
            &format!("{start}{end}{WAITING_TYPE}"),
        )
        .replace(
            &format!("{start}<r:GeneralInfo>"),
            &format!("{start}{end}<r:GeneralInfo>"),
        );
    assert_ne!(ended, text);
    let a = read("ended.xml", ended.as_bytes()).unwrap();
    assert!(!a.observes("wachtregister.asylum-pending"));
    assert_eq!(waiting(&a), ["wachtregister.reception-network"]);
}

#[test]
fn only_the_latest_step_of_a_known_kind_decides() {
    let cases: [(&str, &[&str]); 4] = [
        (
            "<r:AppealLodged><r:Reference>RVV-1</r:Reference></r:AppealLodged>",
            &["wachtregister.appeal-pending"],
        ),
        (
            "<r:ApplicationRenounced Status=\"1\"/>",
            &["wachtregister.refused-or-ended"],
        ),
        (
            "<r:Protection><r:Code>2</r:Code><r:Label>Subsidiaire bescherming</r:Label><r:Term>1 jaar</r:Term></r:Protection>",
            &["wachtregister.subsidiary-protection"],
        ),
        (
            "<r:Protection><r:Code>1</r:Code><r:Label>Erkend vluchteling</r:Label></r:Protection>",
            &["wachtregister.refugee-recognised"],
        ),
    ];
    for (step, expected) in cases {
        let a = variant(FILED, step);
        no_unknown(&a);
        let mut want = expected.to_vec();
        want.push("wachtregister.reception-network");
        want.sort();
        assert_eq!(waiting(&a), want, "{step}");
    }
    let renounced = variant(FILED, "<r:ApplicationRenounced Status=\"1\"/>");
    assert!(facts(&renounced, L::ASYLUM_STEP).iter().any(|f| f
        .value
        .ends_with("afstand van het verzoek (ApplicationRenounced); status 1")));

    // A decision is shown, never read as an outcome; without the type (IT205) nothing says
    // where the procedure stands.
    let text = std::fs::read_to_string(fixtures().join(RUNNING))
        .unwrap()
        .replace(
            FILED,
            "<r:Decision><r:Code>9</r:Code><r:Label>Beslissing</r:Label><r:Comments>zie dossier</r:Comments></r:Decision>",
        )
        .replace(WAITING_TYPE, "<r:Code>99</r:Code><r:Label>Andere</r:Label>");
    let a = read("decision.xml", text.as_bytes()).unwrap();
    no_unknown(&a);
    assert_eq!(waiting(&a), ["wachtregister.reception-network"]);
    assert!(facts(&a, L::ASYLUM_STEP).iter().any(|f| f
        .value
        .ends_with("beslissing (Decision): Beslissing (9); opmerking zie dossier")));
}

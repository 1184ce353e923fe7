//! The cadastral income counted for the leefloon (`ksz::cadastre`, issue 18, item 2): the worked
//! examples of the sources (Brusselse sociale databank fiche 2.2.4.10 and ADAS 2020, with the
//! same examples; droitsquotidiens.be), each step, the errors, and properties: never negative,
//! nothing below the exemption, monotone in the KI and the rent, more children never count more.

use proptest::prelude::*;
use toeleiding::ksz::cadastre::{
    counted_cadastral_income, CadastreAmounts, CadastreError, CadastreInput, Kind, Parcel, Step,
};
use toeleiding::ksz::knowledge::AMOUNTS;

fn amounts() -> CadastreAmounts {
    CadastreAmounts::current().expect("the knowledge has the cadastral amounts")
}

fn built(euro: i64) -> Parcel {
    Parcel {
        kind: Kind::Built,
        cadastral_income: euro * 100,
        rent: None,
    }
}

fn land(euro: i64) -> Parcel {
    Parcel {
        kind: Kind::Unbuilt,
        cadastral_income: euro * 100,
        rent: None,
    }
}

fn yearly(parcels: Vec<Parcel>, children: u32) -> i64 {
    counted_cadastral_income(&CadastreInput { parcels, children }, &amounts())
        .expect("counts")
        .yearly
}

#[test]
fn the_amounts_come_from_the_knowledge() {
    assert_eq!(
        amounts(),
        CadastreAmounts {
            built_exempt: 75_000,
            per_child: 12_500,
            unbuilt_exempt: 3_000,
            factor: 300,
        }
    );
    // Without the amounts in the table, the rule says which one is missing.
    assert_eq!(
        CadastreAmounts::from_table(&AMOUNTS[..0]),
        Err(CadastreError::MissingAmount("ki-vrijstelling-bebouwd"))
    );
}

#[test]
fn bdas_and_adas_example_1_one_child_ki_850_counts_nothing() {
    // "Je hebt een kind ten laste. En je bezit een huis met een KI van € 850. Er wordt niets van
    // je LL afgetrokken omdat het KI minder is dan € 750 plus € 125."
    assert_eq!(yearly(vec![built(850)], 1), 0);
    // Without the child the same house counts (850 - 750) × 3.
    assert_eq!(yearly(vec![built(850)], 0), 30_000);
}

#[test]
fn bdas_and_adas_example_2_single_ki_2000_counts_3750_a_year() {
    // "(2.000 – 750 = 1.250), vermenigvuldigd met drie = 3.750 … ofwel € 312,50 per maand."
    let r = counted_cadastral_income(
        &CadastreInput {
            parcels: vec![built(2_000)],
            children: 0,
        },
        &amounts(),
    )
    .expect("counts");
    assert_eq!(r.yearly, 375_000);
    assert_eq!(r.yearly / 12, 31_250);
    assert_eq!(
        r.steps,
        vec![
            Step::Income {
                kind: Kind::Built,
                total: 200_000
            },
            Step::Exempt {
                kind: Kind::Built,
                base: 75_000,
                per_child: 12_500,
                children: 0,
                total: 75_000
            },
            Step::Counted {
                kind: Kind::Built,
                above: 125_000,
                factor: 300,
                counted: 375_000
            },
            Step::Total { yearly: 375_000 },
        ]
    );
}

#[test]
fn bdas_land_example_ki_350_counts_960_and_children_do_not_raise_its_exemption() {
    // "Je bezit een stuk grond met een KI van € 350. Het deel boven de € 30 … (350 – 30 = 320)
    // en vermenigvuldigd met drie."
    assert_eq!(yearly(vec![land(350)], 0), 96_000);
    assert_eq!(yearly(vec![land(350)], 3), 96_000);
    assert_eq!(yearly(vec![land(30)], 0), 0);
}

#[test]
fn droitsquotidiens_example_single_in_own_house_ki_1250_counts_1500() {
    // "(1 250 EUR - 750 EUR) X 3 = 1 500 EUR" per year.
    assert_eq!(yearly(vec![built(1_250)], 0), 150_000);
}

#[test]
fn built_parcels_are_added_up_before_the_exemption_and_land_has_its_own() {
    // A home with KI 600 and a garage with KI 300: 900 - 750 = 150, × 3.
    assert_eq!(yearly(vec![built(600), built(300)], 0), 45_000);
    // Land beside them is counted on its own threshold.
    assert_eq!(
        yearly(vec![built(600), built(300), land(40)], 0),
        45_000 + 3_000
    );
    // Two children: 750 + 250 = 1000 exempt.
    assert_eq!(yearly(vec![built(600), built(300)], 2), 0);
}

#[test]
fn a_let_parcel_counts_its_rent_not_its_ki() {
    let flat = Parcel {
        kind: Kind::Built,
        cadastral_income: 90_000,
        rent: Some(600_000),
    };
    let r = counted_cadastral_income(
        &CadastreInput {
            parcels: vec![built(700), flat],
            children: 0,
        },
        &amounts(),
    )
    .expect("counts");
    // The own home (KI 700) stays under the exemption; the flat's rent counts as received.
    assert_eq!(r.yearly, 600_000);
    assert!(r.steps.contains(&Step::Rent {
        parcel: 1,
        rent: 600_000
    }));
}

#[test]
fn nothing_owned_counts_nothing() {
    let r = counted_cadastral_income(&CadastreInput::default(), &amounts()).expect("counts");
    assert_eq!(r.yearly, 0);
    assert_eq!(r.steps, vec![Step::Total { yearly: 0 }]);
}

#[test]
fn wrong_input_is_an_error_not_an_amount() {
    let a = amounts();
    let negative = CadastreInput {
        parcels: vec![built(100), built(-1)],
        children: 0,
    };
    assert_eq!(
        counted_cadastral_income(&negative, &a),
        Err(CadastreError::NegativeIncome(1))
    );
    let bad_rent = CadastreInput {
        parcels: vec![Parcel {
            kind: Kind::Unbuilt,
            cadastral_income: 0,
            rent: Some(-5),
        }],
        children: 0,
    };
    assert_eq!(
        counted_cadastral_income(&bad_rent, &a),
        Err(CadastreError::NegativeRent(0))
    );
    let huge = CadastreInput {
        parcels: vec![built(i64::MAX / 100)],
        children: u32::MAX,
    };
    assert_eq!(
        counted_cadastral_income(&huge, &a),
        Err(CadastreError::TooLarge)
    );
    assert_eq!(
        CadastreError::NegativeIncome(1).to_string(),
        "parcel 1 has a negative cadastral income"
    );
    assert_eq!(
        CadastreError::MissingAmount("ki-factor").to_string(),
        "the amount ki-factor is missing"
    );
}

fn parcel() -> impl Strategy<Value = Parcel> {
    (
        prop_oneof![Just(Kind::Built), Just(Kind::Unbuilt)],
        0i64..1_000_000,
        prop::option::weighted(0.2, 0i64..5_000_000),
    )
        .prop_map(|(kind, cadastral_income, rent)| Parcel {
            kind,
            cadastral_income,
            rent,
        })
}

fn input() -> impl Strategy<Value = CadastreInput> {
    (prop::collection::vec(parcel(), 0..6), 0u32..8)
        .prop_map(|(parcels, children)| CadastreInput { parcels, children })
}

proptest! {
    #[test]
    fn never_negative_and_the_total_is_the_last_step(i in input()) {
        let r = counted_cadastral_income(&i, &amounts()).expect("counts");
        prop_assert!(r.yearly >= 0);
        prop_assert_eq!(r.steps.last(), Some(&Step::Total { yearly: r.yearly }));
    }

    #[test]
    fn monotone_in_the_cadastral_income(i in input(), n in 0usize..6, more in 0i64..500_000) {
        prop_assume!(n < i.parcels.len());
        let before = counted_cadastral_income(&i, &amounts()).expect("counts").yearly;
        let mut j = i.clone();
        j.parcels[n].cadastral_income += more;
        let after = counted_cadastral_income(&j, &amounts()).expect("counts").yearly;
        prop_assert!(after >= before, "{} < {}", after, before);
    }

    #[test]
    fn monotone_in_the_rent(i in input(), n in 0usize..6, more in 0i64..500_000) {
        prop_assume!(n < i.parcels.len());
        let before = counted_cadastral_income(&i, &amounts()).expect("counts").yearly;
        let mut j = i.clone();
        j.parcels[n].rent = j.parcels[n].rent.map(|r| r + more);
        let after = counted_cadastral_income(&j, &amounts()).expect("counts").yearly;
        prop_assert!(after >= before);
    }

    #[test]
    fn zero_below_the_exemption(children in 0u32..8, share in 0i64..=100, land_share in 0i64..=100) {
        let a = amounts();
        let exempt = a.built_exempt + i64::from(children) * a.per_child;
        // Any split of at most the exemption over two built parcels, and land at most its own.
        let first = exempt * share / 100;
        let i = CadastreInput {
            parcels: vec![
                Parcel { kind: Kind::Built, cadastral_income: first, rent: None },
                Parcel { kind: Kind::Built, cadastral_income: exempt - first, rent: None },
                Parcel { kind: Kind::Unbuilt, cadastral_income: a.unbuilt_exempt * land_share / 100, rent: None },
            ],
            children,
        };
        prop_assert_eq!(counted_cadastral_income(&i, &a).expect("counts").yearly, 0);
        // One cent more of built KI counts (three cents).
        let mut j = i.clone();
        j.parcels[0].cadastral_income += 1;
        prop_assert_eq!(counted_cadastral_income(&j, &a).expect("counts").yearly, 3);
    }

    #[test]
    fn more_children_never_count_more(i in input(), more in 0u32..5) {
        let before = counted_cadastral_income(&i, &amounts()).expect("counts").yearly;
        let j = CadastreInput { children: i.children + more, ..i.clone() };
        let after = counted_cadastral_income(&j, &amounts()).expect("counts").yearly;
        prop_assert!(after <= before);
    }
}

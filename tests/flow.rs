//! The referral flow: what is sealed is exactly what the worker confirmed on *Controleer*, by any
//! route through the steps (links, Back, the browser's Back/Forward), and an agreed password that
//! was not applied never seals. Property test over random sequences of actions.

mod common;

use common::{sample_edits, today};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::cell::Cell;
use toeleiding::model::{parse_referral, FieldId, ParentField, Referral, CONSENT_POINTS};
use toeleiding::password::{Password, PasswordError};
use toeleiding::refer::{
    Edit, Flow, FlowAction, NotReady, PasswordAction, PasswordChoice, Problem, Step,
};

fn password(seed: u8) -> Result<Password, PasswordError> {
    let mut next = seed;
    Password::generate(move |b: &mut [u8]| {
        for x in b.iter_mut() {
            *x = next;
            next = next.wrapping_mul(73).wrapping_add(11);
        }
        Ok::<(), PasswordError>(())
    })
}

const STRONG: &str = "kaneel-vuurtoren-sjaal-knikker-oever";

fn filled() -> Flow {
    let mut flow = Flow::new(today(), password(1));
    for e in sample_edits() {
        flow.apply(FlowAction::Edit(e));
    }
    flow
}

fn to_review(flow: &mut Flow) {
    for _ in 0..3 {
        flow.apply(FlowAction::Next);
    }
    assert_eq!(flow.step(), Step::Review, "{:?}", flow.problems());
}

fn first_name(r: &Referral) -> String {
    r.parents[0].first_name.to_string()
}

/// Seals if the flow allows it (as the UI's callback does) and returns what was sealed.
fn try_seal(flow: &mut Flow) -> Option<Referral> {
    match flow.seal_input() {
        Ok(input) => {
            let referral = input.referral;
            flow.apply(FlowAction::Sealed {
                ticket: input.ticket,
                file_name: "toeleiding-ocmw-2026-11-22-abcd.zip".into(),
            });
            Some(referral)
        }
        Err(_) => {
            flow.apply(FlowAction::SealRefused);
            None
        }
    }
}

#[test]
fn a_straight_referral_seals_what_was_reviewed() {
    let mut flow = filled();
    assert!(
        flow.seal_input().is_err(),
        "nothing seals before Controleer"
    );
    to_review(&mut flow);
    assert!(
        flow.seal_input().is_err(),
        "Controleer seen but not confirmed"
    );
    flow.apply(FlowAction::Next);
    assert_eq!(flow.step(), Step::Download);
    let sealed = try_seal(&mut flow).expect("confirmed referral seals");
    assert_eq!(Some(sealed), flow.referral());
    assert!(flow.sealed_file().is_some());
    flow.apply(FlowAction::Next);
    assert_eq!(flow.step(), Step::Send);
}

#[test]
fn an_edit_after_review_is_shown_again_before_anything_is_sealed() {
    let mut flow = filled();
    to_review(&mut flow);
    // "Wijzig ouder 1", change the first name, then the browser's Back button (to #stap-4).
    flow.apply(FlowAction::Go(Step::Parents));
    flow.apply(FlowAction::Edit(Edit::Set(
        FieldId::Parent(0, ParentField::FirstName),
        "Mira".into(),
    )));
    flow.apply(FlowAction::Go(Step::Review));
    assert_eq!(flow.step(), Step::Review);
    assert_eq!(first_name(&flow.referral().unwrap()), "Mira");
    flow.apply(FlowAction::Next);
    assert_eq!(first_name(&try_seal(&mut flow).unwrap()), "Mira");
    flow.apply(FlowAction::Next);
    assert_eq!(flow.step(), Step::Send);

    // After sealing: change again and press Forward to Download, or to Send: back to Controleer.
    flow.apply(FlowAction::Go(Step::Parents));
    flow.apply(FlowAction::Edit(Edit::Set(
        FieldId::Parent(0, ParentField::FirstName),
        "Noor".into(),
    )));
    assert_eq!(flow.sealed_file(), None, "the old file is not this form's");
    for target in [Step::Download, Step::Send] {
        flow.apply(FlowAction::Go(target));
        assert_eq!(flow.step(), Step::Review, "{target:?}");
        flow.apply(FlowAction::Go(Step::Parents));
    }
    flow.apply(FlowAction::Go(Step::Review));
    flow.apply(FlowAction::Next);
    assert_eq!(first_name(&try_seal(&mut flow).unwrap()), "Noor");
}

#[test]
fn an_invalid_edit_after_review_lands_on_its_step_with_the_error() {
    let mut flow = filled();
    to_review(&mut flow);
    flow.apply(FlowAction::Next);
    flow.apply(FlowAction::Go(Step::Consent));
    flow.apply(FlowAction::Edit(Edit::Confirm(CONSENT_POINTS - 1, false)));
    flow.apply(FlowAction::Go(Step::Download));
    assert_eq!(flow.step(), Step::Consent);
    assert!(flow
        .field_problem(FieldId::ConsentCheck(CONSENT_POINTS - 1))
        .is_some());
    assert!(flow.seal_input().is_err());
}

#[test]
fn an_agreed_password_that_was_not_applied_never_seals() {
    let mut flow = filled();
    to_review(&mut flow);
    flow.apply(FlowAction::Next);
    flow.apply(FlowAction::Password(PasswordAction::StartAgreed));
    let refused = |flow: &Flow| match flow.seal_input() {
        Err(problems) => problems,
        Ok(_) => panic!("sealed without an applied agreed password"),
    };
    assert_eq!(
        refused(&flow),
        vec![Problem::Password(NotReady::AgreedEmpty)]
    );
    flow.apply(FlowAction::Password(PasswordAction::Type(STRONG.into())));
    assert_eq!(
        refused(&flow),
        vec![Problem::Password(NotReady::AgreedNotApplied)]
    );
    // Pressing the encrypt button shows why, in the problems (summary and field).
    flow.apply(FlowAction::SealRefused);
    assert_eq!(
        flow.problems(),
        &[Problem::Password(NotReady::AgreedNotApplied)]
    );
    flow.apply(FlowAction::Password(PasswordAction::Apply));
    assert!(flow.problems().is_empty());
    let input = flow.seal_input().unwrap();
    assert_eq!(input.password.expose(), STRONG);
}

#[test]
fn a_new_password_after_sealing_asks_for_a_new_file() {
    let mut flow = filled();
    to_review(&mut flow);
    flow.apply(FlowAction::Next);
    try_seal(&mut flow).unwrap();
    assert!(flow.sealed_file().is_some());
    flow.apply(FlowAction::Password(PasswordAction::Generated(password(9))));
    assert_eq!(flow.sealed_file(), None);
    flow.apply(FlowAction::Go(Step::Send));
    assert_eq!(flow.step(), Step::Download);
}

#[test]
fn a_ticket_from_before_an_edit_records_nothing() {
    let mut flow = filled();
    to_review(&mut flow);
    flow.apply(FlowAction::Next);
    let ticket = flow.seal_input().unwrap().ticket;
    flow.apply(FlowAction::Edit(Edit::Set(
        FieldId::Team,
        "Ander team".into(),
    )));
    flow.apply(FlowAction::Sealed {
        ticket,
        file_name: "x.zip".into(),
    });
    assert_eq!(flow.sealed_file(), None);
}

/// One thing the worker (or the browser) does, for the property test.
#[derive(Clone, Debug)]
enum Act {
    Flow(FlowAction),
    Seal,
}

fn edit() -> impl Strategy<Value = Edit> {
    let fields = prop_oneof![
        Just(FieldId::Parent(0, ParentField::FirstName)),
        Just(FieldId::Parent(0, ParentField::Phone)),
        Just(FieldId::Parent(0, ParentField::Postcode)),
        Just(FieldId::Parent(1, ParentField::FirstName)),
        Just(FieldId::Parent(1, ParentField::LastName)),
        Just(FieldId::Parent(1, ParentField::Email)),
        Just(FieldId::ConsentDate),
        Just(FieldId::Team),
        Just(FieldId::OcmwEmail),
    ];
    let values = prop_oneof![
        Just(String::new()),
        Just("Mira".to_string()),
        Just("9000".to_string()),
        Just("0470 12 34 56".to_string()),
        Just("mira@example.be".to_string()),
        Just("2026-11-20".to_string()),
        Just("2030-01-01".to_string()),
        Just("x".to_string()),
    ];
    prop_oneof![
        6 => (fields, values).prop_map(|(f, v)| Edit::Set(f, v)),
        2 => (0..CONSENT_POINTS, any::<bool>()).prop_map(|(i, on)| Edit::Confirm(i, on)),
        1 => any::<bool>().prop_map(Edit::SameAddress),
        1 => Just(Edit::AddParent),
        1 => (0..3usize).prop_map(Edit::RemoveParent),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    (1..=6usize).prop_map(|n| Step::from_number(n).unwrap())
}

fn act() -> impl Strategy<Value = Act> {
    let password = prop_oneof![
        Just(PasswordAction::StartAgreed),
        Just(PasswordAction::Type(STRONG.into())),
        Just(PasswordAction::Type("Marieke1985!".into())),
        Just(PasswordAction::Apply),
        (0..4u8).prop_map(|s| PasswordAction::Generated(password(s))),
    ];
    prop_oneof![
        4 => edit().prop_map(|e| Act::Flow(FlowAction::Edit(e))),
        8 => Just(Act::Flow(FlowAction::Next)),
        2 => Just(Act::Flow(FlowAction::Back)),
        3 => step().prop_map(|s| Act::Flow(FlowAction::Go(s))),
        2 => password.prop_map(|p| Act::Flow(FlowAction::Password(p))),
        4 => Just(Act::Seal),
        1 => Just(Act::Flow(FlowAction::TemplateChanged)),
    ]
}

#[test]
fn whatever_is_sealed_is_what_the_worker_confirmed_for_exactly_that_form() {
    let sealed = Cell::new(0usize);
    let refused = Cell::new(0usize);
    let mut runner = TestRunner::new(Config {
        cases: 512,
        ..Config::default()
    });
    let start = prop_oneof![Just(0u8), Just(1u8), Just(2u8)];
    runner
        .run(
            &(start, prop::collection::vec(act(), 1..60)),
            |(start, acts)| {
                let mut flow = match start {
                    0 => Flow::new(today(), password(1)),
                    _ => filled(),
                };
                if start == 2 {
                    to_review(&mut flow);
                }
                // What the worker saw on Controleer when confirming it, since the last change.
                let mut confirmed: Option<Referral> = None;
                for act in acts {
                    match act {
                        Act::Seal => match try_seal(&mut flow) {
                            Some(referral) => {
                                sealed.set(sealed.get() + 1);
                                let now = parse_referral(flow.form(), today()).unwrap();
                                prop_assert_eq!(&referral, &now);
                                prop_assert_eq!(Some(&referral), confirmed.as_ref());
                                prop_assert!(flow.password().ready().is_ok());
                                let pending =
                                    matches!(flow.password(), PasswordChoice::AgreedPending { .. });
                                prop_assert!(!pending);
                            }
                            None => refused.set(refused.get() + 1),
                        },
                        Act::Flow(action) => {
                            let before = flow.form().clone();
                            let on_review = flow.step() == Step::Review;
                            let shown = flow.referral();
                            let is_next = action == FlowAction::Next;
                            let template = action == FlowAction::TemplateChanged;
                            flow.apply(action);
                            // Another template is another document: confirmed no longer.
                            if *flow.form() != before || template {
                                confirmed = None;
                            }
                            if on_review && is_next && flow.step() == Step::Download {
                                prop_assert!(shown.is_some());
                                confirmed = shown;
                            }
                        }
                    }
                    // The review always shows the form as it is now.
                    if flow.step() == Step::Review {
                        prop_assert_eq!(flow.referral(), parse_referral(flow.form(), today()).ok());
                    }
                    prop_assert!(flow.step() <= flow.furthest());
                }
                Ok(())
            },
        )
        .unwrap();
    // The property was really exercised both ways.
    assert!(sealed.get() > 50, "only {} seals", sealed.get());
    assert!(refused.get() > 50, "only {} refusals", refused.get());
}

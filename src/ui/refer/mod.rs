//! One component per step of the referral.

mod consent;
mod download;
mod parents;
mod referral;
mod review;
mod send;

pub use consent::ConsentStep;
pub use download::DownloadStep;
pub use parents::ParentsStep;
pub use referral::ReferralStep;
pub use review::ReviewStep;
pub use send::SendPanel;

use super::fields::TextField;
use super::messages::label;
use super::state::{Action, AppState};
use toeleiding::model::FieldId;
use yew::prelude::*;

/// Every step gets the whole state and dispatches actions on it.
#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub state: UseReducerHandle<AppState>,
}

/// The input kind, keyboard hint and width of a form field.
pub struct Look {
    pub kind: &'static str,
    pub inputmode: Option<&'static str>,
    pub width: &'static str,
}

/// A text field bound to one field of the form in the app state: value, error and input.
pub fn form_field(
    s: &UseReducerHandle<AppState>,
    id: FieldId,
    look: Look,
    hint: Option<&'static str>,
) -> Html {
    let state = s.clone();
    html! {
        <TextField
            id={id.slug()}
            label={label(id)}
            hint={hint.map(AttrValue::Static)}
            kind={look.kind}
            inputmode={look.inputmode.map(AttrValue::Static)}
            width={look.width}
            value={s.form.get(id).to_string()}
            error={s.error(id)}
            oninput={Callback::from(move |v| state.dispatch(Action::Set(id, v)))}
        />
    }
}

/// A form whose submit ("Volgende", or Enter in a field) validates the step.
pub fn step_form(state: &UseReducerHandle<AppState>, body: Html, next_label: &str) -> Html {
    let onsubmit = {
        let state = state.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            state.dispatch(Action::Next);
        })
    };
    html! {
        <form novalidate=true {onsubmit}>
            { body }
            <div class="acties">
                <button type="submit" class="knop knop-primair">{ next_label.to_string() }</button>
            </div>
        </form>
    }
}

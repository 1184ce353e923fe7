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

use super::state::{Action, AppState};
use yew::prelude::*;

/// Every step gets the whole state and dispatches actions on it.
#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub state: UseReducerHandle<AppState>,
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

//! Loading the knowledge's longer texts (`ksz::notes`) once, right after the page starts
//! (`KszApp` holds the one state and hands it to the worksheet, the guide, the frame and the
//! practice tab), with a status line while they load and a Dutch message when they cannot.

use crate::ui::browser;
use crate::ui::messages::ksz as m;
use yew::prelude::*;

/// Where the notes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notes {
    Ready,
    Loading,
    Failed,
}

/// The notes' state; starts loading them when they are not there yet. Called once, by `KszApp`.
#[hook]
pub fn use_notes() -> Notes {
    let state = use_state(|| {
        if crate::ksz::notes::installed() {
            Notes::Ready
        } else {
            Notes::Loading
        }
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if *state != Notes::Ready {
                wasm_bindgen_futures::spawn_local(async move {
                    let ok = browser::ksz_notes()
                        .await
                        .ok()
                        .is_some_and(|text| crate::ksz::notes::install(text).is_ok());
                    state.set(if ok { Notes::Ready } else { Notes::Failed });
                });
            }
        });
    }
    *state
}

/// What to show instead of the texts while they are not ready (nothing when they are).
pub fn waiting(n: Notes) -> Html {
    match n {
        Notes::Ready => html! {},
        Notes::Loading => html! { <p role="status" class="hint">{ m::NOTES_LOADING }</p> },
        Notes::Failed => html! { <p role="alert" class="foutmelding">{ m::NOTES_FAILED }</p> },
    }
}

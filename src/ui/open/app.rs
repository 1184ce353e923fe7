//! The page "Verwijzing openen": the opener in the page frame, and its title.

use super::state::OpenState;
use super::Opener;
use crate::ui::browser;
use crate::ui::messages::{app as m, open as om};
use crate::ui::shell::state::ShellAction;
use crate::ui::shell::{frame_title, framed, use_shell, PagePart};
use yew::prelude::*;

#[function_component(OpenApp)]
pub fn open_app() -> Html {
    let state = use_shell(OpenState::default);
    let d = state.dispatcher();
    let send = Callback::from(move |a| d.dispatch(a));
    let title = frame_title(state.view)
        .unwrap_or_else(|| m::title(om::TITLE, state.part.problem.is_some()));
    use_effect_with(title, |t| browser::set_title(t));
    let opener = html! { <Opener open={state.part.clone()} on={send.reform(ShellAction::Part)} /> };
    framed(&state, &send, PagePart::Open, false, opener)
}

/// Mounts the page.
pub fn start() {
    yew::Renderer::<OpenApp>::new().render();
}

//! The page "Verwijzing openen": the opener in the page frame, and its title.

use super::state::OpenState;
use super::Opener;
use crate::ui::browser;
use crate::ui::messages::{app as m, open as om};
use crate::ui::shell::state::ShellAction;
use crate::ui::shell::{frame_title, fresh, use_shell, Frame, PagePart};
use yew::prelude::*;

#[function_component(OpenApp)]
pub fn open_app() -> Html {
    let state = use_shell(OpenState::default);
    let d = state.dispatcher();
    let send = Callback::from(move |a| d.dispatch(a));
    let title = frame_title(state.view)
        .unwrap_or_else(|| m::title(om::TITLE, state.part.problem.is_some()));
    use_effect_with(title, |t| browser::set_title(t));
    html! {
        <Frame
            page={PagePart::Open}
            view={state.view}
            idle_warning={state.idle_warning}
            wiped_for_inactivity={state.wiped_for_inactivity}
            generation={state.generation}
            on_show={send.reform(ShellAction::Show)}
            on_wipe={send.reform(|_: ()| ShellAction::Wipe(fresh()))}
            on_still_here={send.reform(|_: ()| ShellAction::IdleWarning(false))}
        >
            <Opener open={state.part.clone()} on={send.reform(ShellAction::Part)} />
        </Frame>
    }
}

/// Mounts the page.
pub fn start() {
    yew::Renderer::<OpenApp>::new().render();
}

//! The page "KSZ lezen": its tabs and its title over the page's state, which is the core's
//! (`crate::ksz::page`: plain data and one pure reducer); this file only mounts it in the shell.

use super::guide::{FrameGuide, Guide};
use super::practice::Practice;
use super::sheet_tab::sheet_tab;
use crate::ui::browser;
use crate::ui::messages::{app as am, ksz as m};
use crate::ui::shell::state::{Fresh, Part, ShellAction};
use crate::ui::shell::{frame_title, framed, use_shell, PagePart};
use yew::prelude::*;

pub use crate::ksz::page::{KszAction, KszPage as KszPart, Tab};

impl Part for KszPart {
    type Action = KszAction;

    fn apply(&mut self, action: KszAction) {
        KszPart::apply(self, action);
    }

    fn wiped(&self, fresh: Fresh) -> KszPart {
        KszPart::wiped(self, fresh.today.iso())
    }

    fn holds_work(&self) -> bool {
        KszPart::holds_work(self)
    }
}

fn tabs(current: Tab, on: &Callback<KszAction>) -> Html {
    let tab = |t: Tab, label: &'static str| {
        let onclick = on.reform(move |_: MouseEvent| KszAction::Tab(t));
        html! {
            <li><button type="button" class="knop-link" aria-current={(t == current).then_some("page")} {onclick}>{ label }</button></li>
        }
    };
    html! {
        <nav class="tabs geen-print" aria-label={m::TABS_LABEL}>
            <ul>
                { tab(Tab::Sheet, m::TAB_SHEET) }
                { tab(Tab::Guide, m::TAB_GUIDE) }
                { tab(Tab::Frame, m::TAB_FRAME) }
                { tab(Tab::Practice, m::TAB_PRACTICE) }
            </ul>
        </nav>
    }
}

#[function_component(KszApp)]
pub fn ksz_app() -> Html {
    let state = use_shell(|| KszPart::new(browser::today().iso()));
    // The worksheet's and the guide's texts load right after the page, not in its first load.
    let notes = super::notes::use_notes();
    let d = state.dispatcher();
    let send = Callback::from(move |a: ShellAction<KszAction>| d.dispatch(a));
    let on = send.reform(ShellAction::Part);
    let p = &state.part;
    let has_problems =
        !p.problems.is_empty() || p.attempt.as_ref().is_some_and(|a| !a.problems.is_empty());
    let title = frame_title(state.view).unwrap_or_else(|| am::title(m::TITLE, has_problems));
    use_effect_with(title, |t| browser::set_title(t));
    // The worksheet takes focus when it appears.
    use_effect_with(p.sheet_shown, |shown| {
        if *shown {
            browser::focus_id("werkblad-titel");
        }
    });
    // After a removal, focus goes back to the list of answers (or the import area when empty).
    use_effect_with(p.removals, |n| {
        if *n > 0 {
            browser::focus_id("ksz-import-titel");
            browser::focus_id("ksz-antwoorden-titel");
        }
    });
    let compared = p.attempt.as_ref().is_some_and(|a| a.compared);
    use_effect_with(compared, |c| {
        if *c {
            browser::focus_id("model-titel");
        }
    });
    let content = match p.tab {
        Tab::Sheet => sheet_tab(p, &on, notes),
        Tab::Guide => html! { <Guide {notes} /> },
        Tab::Frame => html! { <FrameGuide {notes} /> },
        Tab::Practice => html! {
            <Practice {notes} attempt={p.attempt.clone()}
                on_open={on.reform(KszAction::Open)}
                on_status={on.reform(|(f, s)| KszAction::PracticeStatus(f, s))}
                on_tick={on.reform(|(id, v)| KszAction::PracticeTick(id, v))}
                on_compare={on.reform(|_: ()| KszAction::Compare)} />
        },
    };
    let page = html! {
        <>
            <h1 tabindex="-1">{ m::TITLE }</h1>
            <p class="inleiding geen-print">{ m::INTRO }</p>
            <p class="hint geen-print">{ m::reviewed() }{ " " }{ m::DISCLAIMER }</p>
            { tabs(p.tab, &on) }
            { content }
        </>
    };
    framed(&state, &send, PagePart::Ksz, false, page)
}

/// Mounts the page.
pub fn start() {
    yew::Renderer::<KszApp>::new().render();
}

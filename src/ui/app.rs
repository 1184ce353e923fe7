//! The app: the page frame (header with the two parts, footer with the statements), which page
//! is shown, the document title, and the callbacks that turn events into actions.

use super::idle;
use super::messages::{app as m, open as om, refer as rm, statements};
use super::open::Opener;
use super::pages::settings::SettingsPage;
use super::pages::statements::Statement;
use super::refer::sheet::InfoSheet;
use super::refer::FlowPage;
use super::state::{Action, AppState, View};
use super::{browser, history};
use std::rc::Rc;
use toeleiding::password::Password;
use toeleiding::settings::Settings;
use yew::prelude::*;

/// Version shown in the footer.
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The settings built into this deployment (`settings.json` at the root of the repository).
const BUILT_IN_SETTINGS: &str = include_str!("../../settings.json");

/// Remembered settings win over the built-in ones; a broken remembered file is ignored.
fn initial_settings() -> (Rc<Settings>, bool) {
    if let Some(settings) = browser::stored_settings().and_then(|j| Settings::from_json(&j).ok()) {
        return (Rc::new(settings), true);
    }
    let built_in = Settings::from_json(BUILT_IN_SETTINGS).unwrap_or_default();
    (Rc::new(built_in), false)
}

/// The effects of a wipe (revoke every download URL, read the clock, make a new password),
/// and the action that records it.
pub fn wipe(for_inactivity: bool) -> Action {
    browser::revoke_all();
    let (today, password) = (browser::today(), Password::generate_secure());
    if for_inactivity {
        Action::WipeForInactivity { today, password }
    } else {
        Action::Wipe { today, password }
    }
}

/// The document title of what is shown.
fn title(state: &AppState) -> String {
    match state.view {
        View::Open => m::title(om::TITLE, state.open.problem.is_some()),
        View::Settings => m::title(m::SETTINGS, false),
        View::Sheet => m::title(super::messages::sheet::TITLE, false),
        View::Accessibility => m::title(m::ACCESSIBILITY, false),
        View::Privacy => m::title(m::PRIVACY, false),
        View::Flow => m::title(
            &rm::step_page(state.flow.step()),
            !state.flow.problems().is_empty(),
        ),
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let (settings, remembered) = initial_settings();
        AppState::new(
            browser::today(),
            Password::generate_secure(),
            settings,
            remembered,
        )
    });
    let dispatcher = state.dispatcher();
    let send = {
        let d = dispatcher.clone();
        Callback::from(move |a: Action| d.dispatch(a))
    };
    let on_flow = send.reform(Action::Flow);
    idle::use_auto_wipe(state.idle_warning, send.clone());
    history::use_step_history(state.flow.step(), on_flow.clone());
    let build = use_memo((), |_| browser::build_fingerprint());

    let page_title = title(&state);
    use_effect_with(page_title, |t| browser::set_title(t));
    let view = state.view;
    // Focus the heading of a page other than the steps when it opens (the steps do their own).
    use_effect_with(view, move |view| {
        if *view != View::Flow {
            browser::focus_selector("main h1");
        }
    });

    let show = |v: View| send.reform(move |_: MouseEvent| Action::Show(v));
    let back_to = |v: View| send.reform(move |_: ()| Action::Show(v));
    let on_wipe = send.reform(|_: MouseEvent| wipe(false));
    let on_still_here = send.reform(|_: MouseEvent| {
        idle::touch();
        Action::IdleWarning(false)
    });
    let page = match view {
        View::Accessibility => {
            html! { <Statement page={&statements::ACCESSIBILITY} on_back={back_to(View::Flow)} /> }
        }
        View::Privacy => {
            html! { <Statement page={&statements::PRIVACY} on_back={back_to(View::Flow)} /> }
        }
        View::Open => html! { <Opener open={state.open.clone()} on={send.reform(Action::Open)} /> },
        View::Sheet => {
            html! { <InfoSheet flow={state.flow.clone()} on_back={back_to(View::Flow)} /> }
        }
        View::Settings => html! {
            <SettingsPage
                settings={state.settings.clone()}
                remembered={state.settings_remembered}
                failure={state.settings_failure.clone()}
                on_apply={send.reform(|(s, kept)| Action::ApplySettings(s, kept))}
                on_failure={send.reform(Action::SettingsFailed)}
                on_remembered={send.reform(Action::Remembered)}
                on_back={back_to(View::Flow)}
            />
        },
        View::Flow => html! {
            <FlowPage
                flow={state.flow.clone()}
                on={on_flow.clone()}
                settings={state.settings.clone()}
                purpose={AttrValue::from(state.purpose().to_string())}
                on_sheet={back_to(View::Sheet)}
                on_choose_ocmw={send.reform(Action::ChooseOcmw)}
                on_done={send.reform(|_: ()| wipe(false))}
            />
        },
    };

    html! {
        <>
            <a class="skip-link" href="#inhoud">{ m::SKIP_LINK }</a>
            <header class="kop">
                <div class="wrap kop-inhoud">
                    <p class="merk"><span class="merk-naam">{ m::BRAND }</span>{ m::BRAND_TAIL }</p>
                    <nav class="modus" aria-label={m::NAV_LABEL}>
                        <button type="button" class="knop-link" aria-current={(view != View::Open).then_some("page")} onclick={show(View::Flow)}>{ m::NAV_REFER }</button>
                        <button type="button" class="knop-link" aria-current={(view == View::Open).then_some("page")} onclick={show(View::Open)}>{ m::NAV_OPEN }</button>
                    </nav>
                    <div class="kop-acties">
                        <button type="button" class="knop knop-wissen" onclick={show(View::Settings)}>{ m::SETTINGS }</button>
                        <button type="button" class="knop knop-wissen" onclick={on_wipe}>{ m::WIPE }</button>
                    </div>
                </div>
            </header>
            if state.idle_warning {
                <div class="wis-waarschuwing" role="alert">
                    <div class="wrap">
                        <p>{ m::IDLE_WARNING }</p>
                        <button type="button" class="knop knop-primair" onclick={on_still_here}>{ m::STILL_HERE }</button>
                    </div>
                </div>
            }
            <main id="inhoud" class="wrap">
                if state.wiped_for_inactivity {
                    <p class="melding-ok" role="status">{ m::WIPED_FOR_INACTIVITY }</p>
                }
                { page }
            </main>
            <footer class="voet">
                <div class="wrap">
                    <p>{ m::FOOTER }</p>
                    <nav aria-label={m::STATEMENTS_LABEL} class="voet-links">
                        <button type="button" class="knop-link" onclick={show(View::Accessibility)}>{ m::ACCESSIBILITY }</button>
                        <button type="button" class="knop-link" onclick={show(View::Privacy)}>{ m::PRIVACY }</button>
                    </nav>
                    <p class="versie">{ m::version(VERSION, build.as_deref()) }</p>
                </div>
            </footer>
        </>
    }
}

//! The Yew user interface: a thin layer over the core. One reducer (`state`) holds the app state;
//! components only render it and dispatch actions.

mod browser;
mod errors;
mod fields;
mod history;
mod idle;
mod messages;
mod opener;
mod settings_view;
mod sheet;
mod state;
mod statements;
mod steps;

use errors::ErrorSummary;
use opener::Opener;
use settings_view::SettingsView;
use sheet::InfoSheet;
use state::{Action, AppState, Step, View};
use statements::{AccessibilityStatement, PrivacyStatement};
use std::rc::Rc;
use steps::{ConsentStep, DownloadStep, ParentsStep, ReferralStep, ReviewStep, SendPanel};
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

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let (settings, remembered) = initial_settings();
        AppState::new(browser::today(), settings, remembered)
    });
    idle::use_auto_wipe(&state);
    history::use_step_history(&state);
    let build = use_memo((), |_| browser::build_fingerprint());
    let heading = use_node_ref();
    let step = state.step;
    let has_errors = !state.errors.is_empty();

    // Title per step, prefixed while errors are shown.
    let open_error = state.open.error.is_some() || state.open.no_file;
    use_effect_with(
        (step, has_errors, state.view, open_error),
        move |(step, has_errors, view, open_error)| {
            let title = match view {
                View::Open => {
                    let prefix = if *open_error { "Fout: " } else { "" };
                    format!("{prefix}Verwijzing openen – Toeleiding")
                }
                View::Settings => "Instellingen – Toeleiding".to_string(),
                View::Sheet => "Informatie voor de ouder(s) – Toeleiding".to_string(),
                View::Accessibility => "Toegankelijkheidsverklaring – Toeleiding".to_string(),
                View::Privacy => "Privacyverklaring – Toeleiding".to_string(),
                View::Flow => {
                    let prefix = if *has_errors { "Fout: " } else { "" };
                    format!(
                        "{prefix}{} – stap {} van {} – Toeleiding",
                        step.title(),
                        step.number(),
                        Step::ALL.len()
                    )
                }
            };
            browser::set_title(&title);
        },
    );
    // Focus moves to the step heading on every step change.
    {
        let heading = heading.clone();
        use_effect_with(step, move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }

    let on_wipe = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Wipe(browser::today())))
    };
    let on_still_here = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            idle::touch();
            state.dispatch(Action::IdleWarning(false));
        })
    };
    let on_back = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Back))
    };
    let view = state.view;
    let show = |v: View| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Show(v)))
    };
    // Focus the heading of the sheet or the settings when they open.
    use_effect_with(view, move |view| {
        if *view != View::Flow {
            browser::focus_selector("main h1");
        }
    });
    let page = match view {
        View::Accessibility => html! { <AccessibilityStatement state={state.clone()} /> },
        View::Privacy => html! { <PrivacyStatement state={state.clone()} /> },
        View::Open => html! { <Opener state={state.clone()} /> },
        View::Sheet => html! { <InfoSheet state={state.clone()} /> },
        View::Settings => html! { <SettingsView state={state.clone()} /> },
        View::Flow => flow_page(&state, heading, on_back),
    };

    html! {
        <>
            <a class="skip-link" href="#inhoud">{ "Naar de inhoud" }</a>
            <header class="kop">
                <div class="wrap kop-inhoud">
                    <p class="merk"><span class="merk-naam">{ "Toeleiding" }</span>{ " naar het OCMW" }</p>
                    <nav class="modus" aria-label="Wat wil je doen?">
                        <button type="button" class="knop-link" aria-current={(view != View::Open).then_some("page")} onclick={show(View::Flow)}>{ "Verwijzing maken" }</button>
                        <button type="button" class="knop-link" aria-current={(view == View::Open).then_some("page")} onclick={show(View::Open)}>{ "Verwijzing openen" }</button>
                    </nav>
                    <div class="kop-acties">
                        <button type="button" class="knop knop-wissen" onclick={show(View::Settings)}>{ "Instellingen" }</button>
                        <button type="button" class="knop knop-wissen" onclick={on_wipe}>{ "Alles wissen" }</button>
                    </div>
                </div>
            </header>
            if state.idle_warning {
                <div class="wis-waarschuwing" role="alert">
                    <div class="wrap">
                        <p>{ "Je was 14 minuten niet actief. Om de gegevens van het gezin te beschermen, wordt over 1 minuut alles gewist." }</p>
                        <button type="button" class="knop knop-primair" onclick={on_still_here}>{ "Ik werk verder" }</button>
                    </div>
                </div>
            }
            <main id="inhoud" class="wrap">
                if state.wiped_for_inactivity {
                    <p class="melding-ok" role="status">{ "Alles werd gewist na 15 minuten zonder activiteit. Je kunt een nieuwe verwijzing beginnen." }</p>
                }
                { page }
            </main>
            <footer class="voet">
                <div class="wrap">
                    <p>{ "Alles wat je invult blijft in deze browser. Er wordt niets verstuurd of bewaard; \"Alles wissen\" maakt het formulier leeg." }</p>
                    <nav aria-label="Verklaringen" class="voet-links">
                        <button type="button" class="knop-link" onclick={show(View::Accessibility)}>{ "Toegankelijkheidsverklaring" }</button>
                        <button type="button" class="knop-link" onclick={show(View::Privacy)}>{ "Privacyverklaring" }</button>
                    </nav>
                    <p class="versie">
                        { match build.as_ref() {
                            Some(b) => format!("Toeleiding versie {}", b.replacen(' ', " · build ", 1)),
                            None => format!("Toeleiding versie {VERSION}"),
                        } }
                    </p>
                </div>
            </footer>
        </>
    }
}

/// The referral steps: step indicator, back link, error summary, heading and the step itself.
fn flow_page(
    state: &UseReducerHandle<AppState>,
    heading: NodeRef,
    on_back: Callback<MouseEvent>,
) -> Html {
    let step = state.step;
    let summary_items: Vec<(String, String)> = state
        .errors
        .iter()
        .map(|e| (e.field.slug(), messages::message(e)))
        .collect();
    let content = match step {
        Step::Consent => html! { <ConsentStep state={state.clone()} /> },
        Step::Parents => html! { <ParentsStep state={state.clone()} /> },
        Step::Referral => html! { <ReferralStep state={state.clone()} /> },
        Step::Review => html! { <ReviewStep state={state.clone()} /> },
        Step::Download => html! { <DownloadStep state={state.clone()} /> },
        Step::Send => html! { <SendPanel state={state.clone()} /> },
    };
    html! {
        <>
            <nav aria-label="Stappen" class="stappen">
                <p class="stap-teller">{ format!("Stap {} van {}", step.number(), Step::ALL.len()) }</p>
                <ol>
                    { for Step::ALL.iter().map(|s| {
                        let current = *s == step;
                        let done = s.number() < step.number();
                        html! {
                            <li class={classes!(current.then_some("huidig"), done.then_some("klaar"))}
                                aria-current={current.then_some("step")}>
                                { s.title() }
                            </li>
                        }
                    }) }
                </ol>
            </nav>
            if step != Step::Consent {
                <button type="button" class="knop-link terug" onclick={on_back}>{ "Terug" }</button>
            }
            <ErrorSummary items={summary_items} round={state.error_round} />
            <h1 tabindex="-1" ref={heading}>{ step.title() }</h1>
            { content }
        </>
    }
}

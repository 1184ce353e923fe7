//! The organisation settings: what is loaded, import from a file, remember on this device.

use super::browser;
use super::state::{Action, AppState, View};
use std::rc::Rc;
use toeleiding::settings::{Problem, Settings, SettingsError};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub state: UseReducerHandle<AppState>,
}

/// A settings problem in Dutch, naming the line or the field.
pub fn dutch(error: &SettingsError) -> String {
    match error {
        SettingsError::Syntax {
            line,
            column,
            message,
        } => {
            let hint = if message.contains("unknown field") {
                "Dit veld bestaat niet: controleer de schrijfwijze (zie settings.example.json)."
            } else {
                "Controleer aanhalingstekens, komma's en haakjes."
            };
            format!("Het bestand kan niet gelezen worden: regel {line}, kolom {column}. {hint} ({message})")
        }
        SettingsError::Field { path, problem } => {
            let what = match problem {
                Problem::Empty => {
                    "is leeg. Vul het in of verwijder het OCMW uit de lijst.".to_string()
                }
                Problem::Text { max } => {
                    format!("is te lang (hoogstens {max} tekens) of bevat onzichtbare tekens.")
                }
                Problem::Email => "is geen geldig e-mailadres, zoals naam@ocmw.be.".to_string(),
                Problem::Phone => "is geen geldig telefoonnummer, zoals 0470 12 34 56.".to_string(),
            };
            format!("Het veld {path} {what}")
        }
    }
}

#[function_component(SettingsView)]
pub fn settings_view(p: &SettingsProps) -> Html {
    let s = &p.state;
    let settings = s.settings.clone();
    let on_file = {
        let state = s.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = browser::read_text(file).await;
                match result.map(|t| Settings::from_json(&t)) {
                    Ok(Ok(settings)) => {
                        let remembered = state.settings_remembered
                            && browser::remember_settings(&settings.to_json());
                        state.dispatch(Action::ApplySettings(Rc::new(settings), remembered));
                    }
                    Ok(Err(e)) => state.dispatch(Action::SettingsError(dutch(&e))),
                    Err(_) => state.dispatch(Action::SettingsError(
                        "Het bestand kan niet gelezen worden. Kies een .json-bestand.".into(),
                    )),
                }
            });
        })
    };
    let on_remember = {
        let state = s.clone();
        let settings = settings.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if input.checked() {
                let ok = browser::remember_settings(&settings.to_json());
                state.dispatch(Action::Remembered(ok));
            } else {
                browser::forget_settings();
                state.dispatch(Action::Remembered(false));
            }
        })
    };
    let on_back = {
        let state = s.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Show(View::Flow)))
    };
    let value = |v: Option<String>| v.unwrap_or_else(|| "niet ingesteld".into());
    html! {
        <section class="instellingen">
            <button type="button" class="knop-link terug" onclick={on_back.clone()}>{ "Terug naar de verwijzing" }</button>
            <h1 tabindex="-1">{ "Instellingen van je organisatie" }</h1>
            <p class="inleiding">{ "Met een instellingenbestand vult Toeleiding je team, je contactgegevens en de OCMW's waarmee je samenwerkt zelf in. Het bestand bevat nooit gegevens van gezinnen." }</p>
            if let Some(error) = &s.settings_error {
                <div class="foutoverzicht" role="alert">
                    <h2>{ "Deze instellingen zijn niet geladen" }</h2>
                    <p>{ error }</p>
                    <p>{ "Toeleiding werkt verder met de instellingen die het al had." }</p>
                </div>
            }
            <dl class="overzicht">
                <div class="overzicht-rij"><dt>{ "Lokaal team" }</dt><dd>{ value(settings.team.clone()) }</dd></div>
                <div class="overzicht-rij"><dt>{ "Medewerker" }</dt><dd>{ value(settings.worker_name.clone()) }</dd></div>
                <div class="overzicht-rij"><dt>{ "OCMW's" }</dt><dd>
                    if settings.ocmws.is_empty() { { "geen" } } else {
                        <ul class="ocmw-lijst">{ for settings.ocmws.iter().map(|o| html! { <li>{ format!("{} ({})", o.name, o.email) }</li> }) }</ul>
                    }
                </dd></div>
            </dl>
            <div class="veld">
                <label for="instellingen-bestand">{ "Instellingenbestand laden (.json)" }</label>
                <p class="hint" id="instellingen-bestand-hint">{ "Je krijgt dit bestand van je organisatie. Het blijft in deze browser." }</p>
                <input type="file" id="instellingen-bestand" accept=".json,application/json" aria-describedby="instellingen-bestand-hint" onchange={on_file} />
            </div>
            <div class="vinkje">
                <input type="checkbox" id="instellingen-onthouden" checked={s.settings_remembered} onchange={on_remember} />
                <label for="instellingen-onthouden">{ "Onthoud deze instellingen op dit toestel (nooit gegevens van gezinnen)" }</label>
            </div>
        </section>
    }
}

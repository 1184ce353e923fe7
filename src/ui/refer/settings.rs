//! The organisation settings: what is loaded, import from a file, remember on this device.
//! Reading the file, parsing it and localStorage are effects: they run in the callbacks, which
//! dispatch only the results.

use super::app::SettingsFailure;
use crate::settings::Settings;
use crate::ui::browser;
use crate::ui::messages::app::BACK_TO_REFERRAL;
use crate::ui::messages::settings as m;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub settings: Rc<Settings>,
    pub remembered: bool,
    pub failure: Option<SettingsFailure>,
    /// New settings were read (and remembered or not).
    pub on_apply: Callback<(Rc<Settings>, bool)>,
    pub on_failure: Callback<SettingsFailure>,
    /// Whether the settings are now kept on this device.
    pub on_remembered: Callback<bool>,
    pub on_back: Callback<()>,
    /// Whether these are the deployment's own settings (whose template is compiled in).
    pub deployment: bool,
    /// More sections (the template).
    #[prop_or_default]
    pub children: Html,
}

#[function_component(SettingsPage)]
pub fn settings_page(p: &SettingsProps) -> Html {
    let settings = p.settings.clone();
    let on_file = {
        let (on_apply, on_failure, remembered) =
            (p.on_apply.clone(), p.on_failure.clone(), p.remembered);
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let (on_apply, on_failure) = (on_apply.clone(), on_failure.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match browser::read_text(file)
                    .await
                    .map(|t| Settings::from_json(&t))
                {
                    Ok(Ok(settings)) => {
                        let kept = remembered && browser::remember_settings(&settings.to_json());
                        on_apply.emit((Rc::new(settings), kept));
                    }
                    Ok(Err(e)) => on_failure.emit(SettingsFailure::Invalid(e)),
                    Err(_) => on_failure.emit(SettingsFailure::Unreadable),
                }
            });
        })
    };
    let on_remember = {
        let settings = settings.clone();
        p.on_remembered.reform(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if input.checked() {
                browser::remember_settings(&settings.to_json())
            } else {
                browser::forget_settings();
                false
            }
        })
    };
    let on_back = p.on_back.reform(|_: MouseEvent| ());
    let value = |v: &Option<String>| v.clone().unwrap_or_else(|| m::NOT_SET.into());
    let failure = p.failure.as_ref().map(|f| match f {
        SettingsFailure::Unreadable => m::UNREADABLE.to_string(),
        SettingsFailure::Invalid(e) => m::error(e),
    });
    html! {
        <section class="instellingen">
            <button type="button" class="knop-link terug" onclick={on_back}>{ BACK_TO_REFERRAL }</button>
            <h1 tabindex="-1">{ m::TITLE }</h1>
            <p class="inleiding">{ m::INTRO }</p>
            if let Some(error) = failure {
                <div class="foutoverzicht" role="alert">
                    <h2>{ m::NOT_LOADED }</h2>
                    <p>{ error }</p>
                    <p>{ m::KEPT }</p>
                </div>
            }
            <dl class="overzicht">
                <div class="overzicht-rij"><dt>{ m::TEAM }</dt><dd>{ value(&settings.team) }</dd></div>
                <div class="overzicht-rij"><dt>{ m::WORKER }</dt><dd>{ value(&settings.worker_name) }</dd></div>
                <div class="overzicht-rij"><dt>{ m::OCMWS }</dt><dd>
                    if settings.ocmws.is_empty() { { m::NONE } } else {
                        <ul class="ocmw-lijst">{ for settings.ocmws.iter().map(|o| html! { <li>{ m::ocmw(&o.name, o.email.as_str()) }</li> }) }</ul>
                    }
                </dd></div>
            </dl>
            <div class="veld">
                <label for="instellingen-bestand">{ m::FILE_LABEL }</label>
                <p class="hint" id="instellingen-bestand-hint">{ m::FILE_HINT }</p>
                <input type="file" id="instellingen-bestand" accept=".json,application/json" aria-describedby="instellingen-bestand-hint" onchange={on_file} />
            </div>
            <div class="vinkje">
                <input type="checkbox" id="instellingen-onthouden" checked={p.remembered} onchange={on_remember} />
                <label for="instellingen-onthouden">{ m::REMEMBER }</label>
            </div>
            if settings.template.is_some() && !p.deployment {
                <p class="waarschuwing">{ m::TEMPLATE_IN_FILE }</p>
            }
            { p.children.clone() }
        </section>
    }
}

//! Form controls with a visible label, an optional hint and the error next to the field.

use crate::ui::messages::common::{ERROR_PREFIX, NOT_GIVEN};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The Dutch message shown next to the field.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// `text`, `tel`, `email`, `date` or `password`.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// The browser's autocomplete token; `off` for the family's data.
    #[prop_or(AttrValue::Static("off"))]
    pub autocomplete: AttrValue,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub width: Option<AttrValue>,
}

/// A labelled text input. What was typed is kept in the app state, whatever its validity.
#[function_component(TextField)]
pub fn text_field(p: &TextFieldProps) -> Html {
    let oninput = {
        let cb = p.oninput.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.value());
        })
    };
    let hint_id = format!("{}-hint", p.id);
    let error_id = format!("{}-fout", p.id);
    let mut described = Vec::new();
    if p.hint.is_some() {
        described.push(hint_id.clone());
    }
    if p.error.is_some() {
        described.push(error_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    html! {
        <div class={classes!("veld", p.error.is_some().then_some("veld-fout"))}>
            <label for={p.id.clone()}>{ &p.label }</label>
            if let Some(hint) = &p.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            if let Some(error) = &p.error {
                <p class="foutmelding" id={error_id}>
                    <span class="sr-only">{ ERROR_PREFIX }</span>{ error }
                </p>
            }
            <input
                id={p.id.clone()}
                name={p.id.clone()}
                type={p.kind.clone()}
                class={classes!(p.width.clone())}
                value={p.value.clone()}
                autocomplete={p.autocomplete.clone()}
                inputmode={p.inputmode.clone()}
                spellcheck="false"
                aria-invalid={p.error.is_some().then_some("true")}
                aria-describedby={described}
                {oninput}
            />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub onchange: Callback<bool>,
    /// The Dutch message shown above the checkbox.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// A labelled checkbox with its error above it.
#[function_component(Checkbox)]
pub fn checkbox(p: &CheckboxProps) -> Html {
    let onchange = {
        let cb = p.onchange.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.checked());
        })
    };
    let error_id = format!("{}-fout", p.id);
    html! {
        <div class={classes!("vinkje", p.error.is_some().then_some("veld-fout"))}>
            if let Some(error) = &p.error {
                <p class="foutmelding" id={error_id.clone()}>
                    <span class="sr-only">{ ERROR_PREFIX }</span>{ error }
                </p>
            }
            <input
                type="checkbox"
                id={p.id.clone()}
                name={p.id.clone()}
                checked={p.checked}
                aria-invalid={p.error.is_some().then_some("true")}
                aria-describedby={p.error.is_some().then_some(error_id)}
                {onchange}
            />
            <label for={p.id.clone()}>{ &p.label }</label>
        </div>
    }
}

/// One label/value row of a summary list (`<dl>`); a missing value reads "niet opgegeven".
pub fn summary_row(label: &str, value: Option<impl AsRef<str>>) -> Html {
    let value = value.as_ref().map_or(NOT_GIVEN, |v| v.as_ref()).to_string();
    html! {
        <div class="overzicht-rij">
            <dt>{ label.to_string() }</dt>
            <dd>{ value }</dd>
        </div>
    }
}

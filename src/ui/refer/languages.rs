//! The parents' language: the choice ("Toon in de taal van de ouder"), loading the translations
//! when a language is first chosen (`crate::languages`: one file for all languages, so the
//! request never says which), and the five points side by side with the Dutch ones, read-only.
//! The choice is page state only (`ReferPart::language`): never in the flow, the document, a file
//! name, the mail, the settings or a browser store; a wipe drops it. The columns come as escaped
//! HTML text from `crate::languages::html`: the referral page's first load has little room.

use crate::languages::{self as core, Texts, LANGUAGES};
use crate::ui::browser;
use crate::ui::messages::sheet as m;
use std::cell::Cell;
use yew::prelude::*;

/// Where the translations are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Load {
    /// Not asked for yet.
    Idle,
    Loading,
    Ready,
    Failed,
}

impl Load {
    /// `Ready` once installed (they stay installed after a wipe: they hold nothing of the family).
    pub fn initial() -> Load {
        if core::installed() {
            Load::Ready
        } else {
            Load::Idle
        }
    }
}

thread_local! {
    static FETCHING: Cell<bool> = const { Cell::new(false) };
}

/// Fetches and installs the translations unless they are there or on their way; `done` gets
/// whether they can be shown.
pub fn load(done: Callback<bool>) {
    if core::installed() {
        done.emit(true);
        return;
    }
    if FETCHING.with(|f| f.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let ok = browser::sheet_languages()
            .await
            .ok()
            .is_some_and(|text| core::install(text).is_ok());
        FETCHING.with(|f| f.set(false));
        done.emit(ok);
    });
}

/// The chosen language's texts, once loaded.
pub fn chosen_texts(chosen: Option<usize>, load: Load) -> Option<&'static Texts<'static>> {
    chosen.filter(|_| load == Load::Ready).and_then(core::texts)
}

/// Escaped HTML text from `crate::languages::html`, inserted as is.
pub fn raw(html: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(html))
}

/// What to show while the texts are wanted but not there (nothing when they are, or are not
/// wanted).
pub fn waiting(wanted: bool, load: Load) -> Html {
    match (wanted, load) {
        (true, Load::Failed) => html! { <p role="alert" class="foutmelding">{ m::FAILED }</p> },
        (true, Load::Idle | Load::Loading) => {
            html! { <p role="status" class="hint">{ m::LOADING }</p> }
        }
        _ => html! {},
    }
}

/// The labelled choice of the parents' language.
pub fn choice(
    id: &'static str,
    chosen: Option<usize>,
    on_choose: &Callback<Option<usize>>,
) -> Html {
    let on_choose = on_choose.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        on_choose.emit(select.value().parse::<usize>().ok());
    });
    let hint = format!("{id}-hint");
    html! {
        <div class="veld">
            <label for={id}>{ m::LANGUAGE }</label>
            <p class="hint" id={hint.clone()}>{ m::LANGUAGE_HINT }</p>
            <select {id} class="breed-l" aria-describedby={hint} {onchange}>
                { raw(core::html::options(LANGUAGES, chosen, m::ONLY_DUTCH)) }
            </select>
        </div>
    }
}

/// On *Toestemming*: the five points in plain Dutch and, beside them, in the chosen language.
pub fn points(chosen: Option<usize>, load: Load) -> Html {
    let (Some(t), Some(nl)) = (chosen_texts(chosen, load), core::dutch()) else {
        return waiting(chosen.is_some(), load);
    };
    html! {
        <div class="tweetalig">
            { raw(core::html::points(nl, t)) }
            <p class="hint">{ m::READ_ONLY }</p>
        </div>
    }
}

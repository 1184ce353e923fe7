//! The information sheet for the parents, for printing on one A4: in plain Dutch (its texts load
//! with the translations when the sheet opens: `crate::languages`) and, when the worker chose the
//! parents' language, beside it in that language (with its `lang` and `dir`,
//! and the notice when no native speaker has read the translation). It holds only what the
//! parents know already: the consent date and how to reach the team and the OCMW, never family
//! data. The chosen language is not printed as such: only its texts are.

use super::languages::{choice, chosen_texts, raw, waiting, Load};
use crate::date::Date;
use crate::languages::{self as core, Facts};
use crate::model::{FieldId, Phone};
use crate::refer::Flow;
use crate::ui::browser;
use crate::ui::messages::app::BACK_TO_REFERRAL;
use crate::ui::messages::sheet as m;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SheetProps {
    pub flow: Rc<Flow>,
    pub on_back: Callback<()>,
    /// The parents' language (an index into `crate::languages::LANGUAGES`), page state only.
    pub language: Option<usize>,
    pub load: Load,
    pub on_language: Callback<Option<usize>>,
}

#[function_component(InfoSheet)]
pub fn info_sheet(p: &SheetProps) -> Html {
    let form = p.flow.form();
    let phone = Phone::parse(form.get(FieldId::WorkerPhone))
        .map(|p| p.display())
        .ok();
    let email = form.get(FieldId::WorkerEmail).trim();
    let facts = Facts {
        team: form.get(FieldId::Team),
        ocmw: form.get(FieldId::OcmwName),
        worker: form.get(FieldId::WorkerName),
        phone: phone.as_deref(),
        email: (!email.is_empty()).then_some(email),
        date: Date::parse_iso(&form.consent.date).ok(),
    };
    let translated = chosen_texts(p.language, p.load);
    let columns = core::dutch().map(|nl| {
        let mut columns = core::html::sheet_column(nl, nl, &core::sheet(nl, &facts), true);
        if let Some(t) = translated {
            columns.push_str(&core::html::sheet_column(
                nl,
                t,
                &core::sheet(t, &facts),
                false,
            ));
        }
        columns
    });
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_back = p.on_back.reform(|_: MouseEvent| ());
    html! {
        <article class={classes!("infoblad", translated.is_some().then_some("tweetalig"))}>
            <div class="acties geen-print">
                <button type="button" class="knop knop-primair" onclick={on_print}>{ m::PRINT }</button>
                <button type="button" class="knop knop-secundair" onclick={on_back}>{ BACK_TO_REFERRAL }</button>
            </div>
            <h1 tabindex="-1">{ m::TITLE }</h1>
            <div class="geen-print">
                { choice("taal-ouder-blad", p.language, &p.on_language) }
                { waiting(columns.is_none() || p.language.is_some(), p.load) }
            </div>
            if let Some(columns) = columns {
                <div class="talen">{ raw(columns) }</div>
            }
        </article>
    }
}

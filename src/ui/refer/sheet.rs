//! The information sheet for the parents, for printing on A4. It holds only what the parents
//! know already: the consent date and how to reach the team and the OCMW, never family data.

use crate::date::Date;
use crate::model::{FieldId, Phone};
use crate::refer::Flow;
use crate::ui::browser;
use crate::ui::messages::app::BACK_TO_REFERRAL;
use crate::ui::messages::sheet::{self as m, SheetFacts};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SheetProps {
    pub flow: Rc<Flow>,
    pub on_back: Callback<()>,
}

fn or_blank(value: &str) -> &str {
    match value.trim() {
        "" => m::BLANK,
        v => v,
    }
}

#[function_component(InfoSheet)]
pub fn info_sheet(p: &SheetProps) -> Html {
    let form = p.flow.form();
    let phone = Phone::parse(form.get(FieldId::WorkerPhone))
        .map(|p| p.display())
        .ok();
    let email = form.get(FieldId::WorkerEmail).trim();
    let consent_date = Date::parse_iso(&form.consent.date)
        .map(|d| d.dutch_long())
        .unwrap_or_else(|_| m::BLANK.to_string());
    let facts = SheetFacts {
        team: or_blank(form.get(FieldId::Team)),
        ocmw: or_blank(form.get(FieldId::OcmwName)),
        worker: or_blank(form.get(FieldId::WorkerName)),
        phone: phone.as_deref(),
        email: (!email.is_empty()).then_some(email),
        consent_date: &consent_date,
    };
    let (intro, sections) = m::sections(&facts);
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_back = p.on_back.reform(|_: MouseEvent| ());
    html! {
        <article class="infoblad">
            <div class="acties geen-print">
                <button type="button" class="knop knop-primair" onclick={on_print}>{ m::PRINT }</button>
                <button type="button" class="knop knop-secundair" onclick={on_back}>{ BACK_TO_REFERRAL }</button>
            </div>
            <h1 tabindex="-1">{ m::TITLE }</h1>
            <p class="inleiding">{ intro }</p>
            { for sections.into_iter().map(|(heading, text)| html! {
                <>
                    <h2>{ heading }</h2>
                    <p>{ text }</p>
                </>
            }) }
        </article>
    }
}

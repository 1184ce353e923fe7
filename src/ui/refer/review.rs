//! Step 4: the referral exactly as it will be sealed, derived from the form on every render,
//! with "Wijzig" per section. "Volgende" here is the worker's confirmation.

use super::template::Chosen;
use crate::document::template::values;
use crate::model::{Parent, Referral};
use crate::refer::Flow;
use crate::refer::{FlowAction, Step};
use crate::ui::common::fields::summary_row;
use crate::ui::messages::refer::{parents, review as m};
use crate::ui::messages::template as tm;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub flow: Rc<Flow>,
    pub on: Callback<FlowAction>,
    pub purpose: AttrValue,
    pub template: Rc<Chosen>,
}

fn section(on: &Callback<FlowAction>, title: &str, step: Step, rows: Html) -> Html {
    let onclick = on.reform(move |_: MouseEvent| FlowAction::Go(step));
    html! {
        <section class="overzicht">
            <div class="overzicht-kop">
                <h2>{ title.to_string() }</h2>
                <button type="button" class="knop-link" {onclick}>
                    { m::CHANGE }<span class="sr-only">{ format!(" {}", title.to_ascii_lowercase()) }</span>
                </button>
            </div>
            <dl>{ rows }</dl>
        </section>
    }
}

fn parent_rows(p: &Parent) -> Html {
    html! {
        <>
            { summary_row(m::FIRST_NAME, Some(p.first_name.to_string())) }
            { summary_row(m::LAST_NAME, Some(p.last_name.to_string())) }
            { summary_row(m::ADDRESS, p.address.as_ref().map(|a| format!("{}, {}", a.street_line(), a.municipality_line()))) }
            { summary_row(m::PHONE, p.phone.as_ref().map(|t| t.display())) }
            { summary_row(m::EMAIL, p.email.as_ref().map(|e| e.to_string())) }
        </>
    }
}

fn overview(on: &Callback<FlowAction>, r: &Referral) -> Html {
    let sender = &r.sender;
    html! {
        <>
            { section(on, m::CONSENT, Step::Consent, html! {
                <>
                    { summary_row(m::EXPLAINED, Some(m::EXPLAINED_VALUE)) }
                    { summary_row(m::CONSENT_DATE, Some(r.consent.date.dutch_long())) }
                </>
            }) }
            { for r.parents.iter().enumerate().map(|(i, p)| {
                section(on, &parents::parent(i), Step::Parents, parent_rows(p))
            }) }
            { section(on, m::REFERRAL, Step::Referral, html! {
                <>
                    { summary_row(m::TEAM, Some(sender.team.to_string())) }
                    { summary_row(m::WORKER, Some(sender.worker_name.to_string())) }
                    { summary_row(m::WORKER_PHONE, sender.worker_phone.as_ref().map(|t| t.display())) }
                    { summary_row(m::WORKER_EMAIL, sender.worker_email.as_ref().map(|e| e.to_string())) }
                    { summary_row(m::OCMW, Some(r.recipient.ocmw_name.to_string())) }
                    { summary_row(m::OCMW_EMAIL, Some(r.recipient.email.to_string())) }
                </>
            }) }
        </>
    }
}

#[function_component(ReviewStep)]
pub fn review_step(p: &ReviewProps) -> Html {
    let Some(referral) = p.flow.referral() else {
        return html! { <p>{ m::INCOMPLETE }</p> };
    };
    let onclick = p.on.reform(|_: MouseEvent| FlowAction::Next);
    // Derived on every render: what the template would leave out of this referral.
    let left_out = p
        .template
        .template()
        .left_out(&values(&referral, p.flow.today(), &p.purpose));
    html! {
        <>
            <p class="inleiding">{ m::INTRO }</p>
            <p>{ tm::review_document(&p.template.label()) }</p>
            if !left_out.is_empty() {
                <div class="waarschuwing" role="note">
                    <p>{ tm::left_out(&left_out) }</p>
                </div>
            }
            { overview(&p.on, &referral) }
            <div class="acties">
                <button type="button" class="knop knop-primair" {onclick}>{ m::NEXT }</button>
            </div>
        </>
    }
}

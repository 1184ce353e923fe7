//! "Verwijzing maken": the referral steps. Each step component gets the flow (data) and one
//! callback for its actions; none sees the reducer.

mod app;
mod consent;
mod download;
mod form;
mod history;
mod languages;
mod parents;
mod password;
mod review;
mod send;
mod sender;
mod settings;
mod sheet;
mod template;

pub use app::start;

use crate::refer::{Flow, FlowAction, Problem, Step};
use crate::settings::Settings;
use crate::ui::common::errors::ErrorSummary;
use crate::ui::messages::{common, fields, password as pm, refer as m};
use consent::ConsentStep;
use download::DownloadStep;
use parents::ParentsStep;
use review::ReviewStep;
use send::SendPanel;
use sender::SenderStep;
use std::rc::Rc;
use yew::prelude::*;

/// What every step gets: the flow to show and where its actions go.
#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub flow: Rc<Flow>,
    pub on: Callback<FlowAction>,
}

#[derive(Properties, PartialEq)]
pub struct FlowPageProps {
    pub flow: Rc<Flow>,
    pub on: Callback<FlowAction>,
    pub settings: Rc<Settings>,
    /// The purpose sentence of the document (the organisation's, or the standard one).
    pub purpose: AttrValue,
    /// The template that fills the document.
    pub template: Rc<template::Chosen>,
    /// Open the parents' information sheet.
    pub on_sheet: Callback<()>,
    /// The parents' language (page state only, see `languages`).
    pub language: Option<usize>,
    pub load: languages::Load,
    pub on_language: Callback<Option<usize>>,
    /// Pick an OCMW from the organisation's directory (by name).
    pub on_choose_ocmw: Callback<String>,
    /// "Alles wissen en nieuwe verwijzing".
    pub on_done: Callback<()>,
}

/// The id of the field a problem points at, and its Dutch message.
pub fn summary_item(flow: &Flow, problem: &Problem) -> (String, String) {
    match problem {
        Problem::Field(invalid) => (invalid.field.slug(), fields::message(invalid)),
        Problem::Password(nr) => (password::field_id(flow).to_string(), pm::not_ready(nr)),
        Problem::NotConfirmed => ("versleutel".to_string(), m::download::NOT_CONFIRMED.into()),
    }
}

/// The step indicator, the back link, the error summary, the heading and the step itself.
#[function_component(FlowPage)]
pub fn flow_page(p: &FlowPageProps) -> Html {
    let heading = use_node_ref();
    let step = p.flow.step();
    // Focus moves to the step heading on every step change.
    {
        let heading = heading.clone();
        use_effect_with(step, move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let summary: Vec<(String, String)> = p
        .flow
        .problems()
        .iter()
        .map(|problem| summary_item(&p.flow, problem))
        .collect();
    let (flow, on) = (p.flow.clone(), p.on.clone());
    let content = match step {
        Step::Consent => {
            html! { <ConsentStep {flow} {on} on_sheet={p.on_sheet.clone()} language={p.language} load={p.load} on_language={p.on_language.clone()} /> }
        }
        Step::Parents => html! { <ParentsStep {flow} {on} /> },
        Step::Referral => html! {
            <SenderStep {flow} {on} settings={p.settings.clone()} on_choose_ocmw={p.on_choose_ocmw.clone()} />
        },
        Step::Review => html! {
            <ReviewStep {flow} {on} purpose={p.purpose.clone()} template={p.template.clone()} />
        },
        Step::Download => html! {
            <DownloadStep {flow} {on} purpose={p.purpose.clone()} template={p.template.clone()} settings={p.settings.clone()} on_sheet={p.on_sheet.clone()} />
        },
        Step::Send => html! {
            <SendPanel {flow} {on} on_sheet={p.on_sheet.clone()} on_done={p.on_done.clone()} />
        },
    };
    let on_back = p.on.reform(|_: MouseEvent| FlowAction::Back);
    html! {
        <>
            <nav aria-label={m::STEPS_LABEL} class="stappen">
                <p class="stap-teller">{ m::step_counter(step) }</p>
                <ol>
                    { for Step::ALL.iter().map(|s| {
                        let current = *s == step;
                        let done = *s < step;
                        html! {
                            <li class={classes!(current.then_some("huidig"), done.then_some("klaar"))}
                                aria-current={current.then_some("step")}>
                                { m::step_title(*s) }
                            </li>
                        }
                    }) }
                </ol>
            </nav>
            if step != Step::Consent {
                <button type="button" class="knop-link terug" onclick={on_back}>{ common::BACK }</button>
            }
            <ErrorSummary items={summary} round={p.flow.round()} />
            <h1 tabindex="-1" ref={heading}>{ m::step_title(step) }</h1>
            { content }
        </>
    }
}

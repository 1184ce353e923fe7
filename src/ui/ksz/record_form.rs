//! The record: per KSZ flow a status (three radio buttons) and, when found, the observations
//! from the flow's short list (checkboxes). Only choices: no free text can be typed.

use crate::ksz::knowledge::{Flow, Status, KNOWLEDGE};
use crate::ksz::{Record, RecordProblem};
use crate::ui::messages::common::ERROR_PREFIX;
use crate::ui::messages::ksz as m;
use yew::prelude::*;

const STATUSES: [(Status, &str); 3] = [
    (Status::Found, "gevonden"),
    (Status::NothingFound, "niets"),
    (Status::NotConsulted, "niet"),
];

/// The id of a flow's status radio button.
pub fn status_id(prefix: &str, flow: &str, status: Status) -> String {
    let slug = STATUSES
        .iter()
        .find(|(s, _)| *s == status)
        .map_or("", |(_, slug)| slug);
    format!("{prefix}-{flow}-{slug}")
}

/// The id of an observation's checkbox.
pub fn observation_id(prefix: &str, observation: &str) -> String {
    format!("{prefix}-{}", observation.replace('.', "-"))
}

/// The field a record problem points at.
pub fn problem_field(prefix: &str, p: &RecordProblem) -> String {
    match p {
        RecordProblem::Empty => KNOWLEDGE
            .flows
            .first()
            .map(|f| status_id(prefix, f.id, Status::Found))
            .unwrap_or_default(),
        RecordProblem::FoundWithoutObservation(flow) => KNOWLEDGE
            .flow(flow)
            .and_then(|f| f.observations.first())
            .map(|o| observation_id(prefix, o.id))
            .unwrap_or_default(),
    }
}

#[derive(Properties, PartialEq)]
pub struct RecordFormProps {
    pub record: Record,
    pub problems: Vec<RecordProblem>,
    /// Makes the ids unique on the page (`ksz` for the worksheet, `oefen` for practice).
    pub prefix: AttrValue,
    pub on_status: Callback<(&'static str, Option<Status>)>,
    pub on_tick: Callback<(&'static str, bool)>,
}

fn flow_fieldset(p: &RecordFormProps, flow: &'static Flow) -> Html {
    let prefix = p.prefix.as_str();
    let current = p.record.status(flow.id);
    let error = p.problems.iter().find_map(|pr| match pr {
        RecordProblem::FoundWithoutObservation(f) if *f == flow.id => Some(m::problem(pr)),
        _ => None,
    });
    let radios = STATUSES.iter().map(|(status, _)| {
        let id = status_id(prefix, flow.id, *status);
        let status = *status;
        let onchange = p.on_status.reform(move |_: Event| (flow.id, Some(status)));
        html! {
            <div class="keuze">
                <input type="radio" id={id.clone()} name={format!("{prefix}-{}-status", flow.id)}
                    checked={current == Some(status)} {onchange} />
                <label for={id}>{ m::status(status) }</label>
            </div>
        }
    });
    let error_id = format!("{prefix}-{}-fout", flow.id);
    let observations = (current == Some(Status::Found)).then(|| {
        let boxes = flow.observations.iter().map(|o| {
            let id = observation_id(prefix, o.id);
            let onchange = p.on_tick.reform(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                (o.id, input.checked())
            });
            html! {
                <div class="vinkje">
                    <input type="checkbox" id={id.clone()} checked={p.record.is_ticked(o.id)}
                        aria-describedby={error.is_some().then(|| error_id.clone())} {onchange} />
                    <label for={id}>{ o.label }</label>
                </div>
            }
        });
        html! {
            <fieldset class={classes!("waarnemingen", error.is_some().then_some("veld-fout"))}>
                <legend>{ m::OBSERVATIONS_LEGEND }</legend>
                if let Some(e) = &error {
                    <p class="foutmelding" id={error_id.clone()}><span class="sr-only">{ ERROR_PREFIX }</span>{ e }</p>
                }
                { for boxes }
            </fieldset>
        }
    });
    html! {
        <fieldset class="stroom" id={format!("{prefix}-{}", flow.id)}>
            <legend>{ flow.name }</legend>
            <fieldset class="status">
                <legend class="sr-only">{ format!("{}: {}", flow.name, m::STATUS_LEGEND) }</legend>
                { for radios }
            </fieldset>
            { observations.unwrap_or_default() }
        </fieldset>
    }
}

#[function_component(RecordForm)]
pub fn record_form(p: &RecordFormProps) -> Html {
    html! {
        <div class="ksz-invullen">
            { for KNOWLEDGE.flows.iter().map(|f| flow_fieldset(p, f)) }
        </div>
    }
}

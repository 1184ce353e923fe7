//! The record: per KSZ flow a status (three radio buttons) and, when found, the observations
//! from the flow's short list (checkboxes). Only choices: no free text can be typed. When answers
//! were imported, each flow says what they said of it and each observation where it comes from.

use crate::ksz::imported::Imported;
use crate::ksz::knowledge::{Flow, Status, KNOWLEDGE};
use crate::ksz::{Origin, Part, Record, RecordProblem, Role};
use crate::ui::messages::common::ERROR_PREFIX;
use crate::ui::messages::{ksz as m, ksz_import as mi};
use std::rc::Rc;
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
    /// The imported answers, if any (to show where each line comes from).
    #[prop_or_default]
    pub imported: Option<Rc<Imported>>,
    /// Whose part the form shows (the applicant unless the worker chose another person).
    #[prop_or(Role::Applicant)]
    pub person: Role,
    /// The persons the worker may choose (none: no choice is offered).
    #[prop_or_default]
    pub persons: Vec<Role>,
    #[prop_or_default]
    pub on_person: Callback<Role>,
}

impl RecordFormProps {
    /// The part of the person shown (empty when nothing was recorded about that person).
    fn part(&self) -> Part {
        self.record.part(self.person).cloned().unwrap_or_default()
    }
}

/// Where a ticked observation comes from (on screen: the file's name too).
fn origin(p: &RecordFormProps, part: &Part, id: &str) -> Option<String> {
    let imported = p.imported.as_ref().filter(|i| !i.files.is_empty())?;
    Some(match part.origin(id)? {
        Origin::Worker => mi::BY_WORKER.to_string(),
        Origin::Imported {
            file,
            service,
            answered_on,
        } => mi::source(
            file,
            imported.name_of(file),
            service,
            answered_on.as_deref(),
        ),
    })
}

fn flow_fieldset(p: &RecordFormProps, part: &Part, flow: &'static Flow) -> Html {
    let prefix = p.prefix.as_str();
    let current = part.status(flow.id);
    // The record's problems are the applicant's.
    let error = p.problems.iter().find_map(|pr| match pr {
        RecordProblem::FoundWithoutObservation(f)
            if *f == flow.id && p.person == Role::Applicant =>
        {
            Some(m::problem(pr))
        }
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
            let source_id = format!("{id}-bron");
            let source = part
                .is_ticked(o.id)
                .then(|| origin(p, part, o.id))
                .flatten();
            let mut described: Vec<String> = Vec::new();
            if source.is_some() {
                described.push(source_id.clone());
            }
            if error.is_some() {
                described.push(error_id.clone());
            }
            let described = (!described.is_empty()).then(|| described.join(" "));
            let onchange = p.on_tick.reform(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                (o.id, input.checked())
            });
            html! {
                <div class="vinkje">
                    <input type="checkbox" id={id.clone()} checked={part.is_ticked(o.id)}
                        aria-describedby={described} {onchange} />
                    <label for={id}>{ o.label }</label>
                    if let Some(s) = source {
                        <span class="bron-bestand" id={source_id}>{ s }</span>
                    }
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
            if let Some(line) = (p.person == Role::Applicant).then(|| flow_sources(p, flow.id)).flatten() {
                <p class="hint bron-stroom">{ line }</p>
            }
            <fieldset class="status">
                <legend class="sr-only">{ format!("{}: {}", flow.name, m::STATUS_LEGEND) }</legend>
                { for radios }
            </fieldset>
            { observations.unwrap_or_default() }
        </fieldset>
    }
}

/// What the imported answers said of a flow.
fn flow_sources(p: &RecordFormProps, flow: &str) -> Option<String> {
    let items = p.imported.as_ref()?.flow_sources(flow);
    (!items.is_empty()).then(|| mi::flow_sources(&items))
}

/// The choice of the person whose part the form shows: roles only, never a name.
fn person_choice(p: &RecordFormProps) -> Html {
    if p.persons.is_empty() {
        return html! {};
    }
    let id = format!("{}-persoon", p.prefix);
    let persons = p.persons.clone();
    let onchange = p.on_person.reform(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let i: usize = select.value().parse().unwrap_or(0);
        persons.get(i).copied().unwrap_or(Role::Applicant)
    });
    html! {
        <div class="veld persoon-keuze">
            <label for={id.clone()}>{ mi::PERSON_LABEL }</label>
            <p class="hint" id={format!("{id}-hint")}>{ mi::PERSON_HINT }</p>
            <select id={id.clone()} autocomplete="off" aria-describedby={format!("{id}-hint")} {onchange}>
                { for p.persons.iter().enumerate().map(|(i, r)| html! {
                    <option value={i.to_string()} selected={*r == p.person}>{ mi::role(*r) }</option>
                }) }
            </select>
        </div>
    }
}

#[function_component(RecordForm)]
pub fn record_form(p: &RecordFormProps) -> Html {
    let part = p.part();
    html! {
        <div class="ksz-invullen">
            { person_choice(p) }
            { for KNOWLEDGE.flows.iter().map(|f| flow_fieldset(p, &part, f)) }
        </div>
    }
}

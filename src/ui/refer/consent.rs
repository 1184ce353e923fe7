//! Step 1: the points explained to the parents, their consent and its date. The five points can
//! be shown in the parents' language beside plain Dutch, to read together (read-only: the consent
//! stays the worker's Dutch confirmation).

use super::form::{field_error, step_form};
use super::languages::{self, Load};
use crate::model::{FieldId, CONSENT_POINTS};
use crate::refer::{Edit, Flow, FlowAction};
use crate::ui::common::fields::{Checkbox, TextField};
use crate::ui::common::gradual::use_gradual;
use crate::ui::messages::fields::label;
use crate::ui::messages::refer::{consent as m, INFO_SHEET};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConsentProps {
    pub flow: Rc<Flow>,
    pub on: Callback<FlowAction>,
    pub on_sheet: Callback<()>,
    /// The parents' language (page state only, see `languages`).
    pub language: Option<usize>,
    pub load: Load,
    pub on_language: Callback<Option<usize>>,
}

#[function_component(ConsentStep)]
pub fn consent_step(p: &ConsentProps) -> Html {
    let (flow, on) = (&p.flow, &p.on);
    let explained = CONSENT_POINTS - 1;
    let checkbox = |i: usize| {
        let field = FieldId::ConsentCheck(i);
        html! {
            <Checkbox
                id={field.slug()}
                label={m::POINTS[i]}
                checked={flow.form().consent.confirmed[i]}
                error={field_error(flow, field)}
                onchange={on.reform(move |checked| FlowAction::Edit(Edit::Confirm(i, checked)))}
            />
        }
    };
    // In the task after the rest of the step: the date control is the first screen's most
    // expensive element (17-28 ms on a slow laptop, BENCHMARKS.md), and it lies below the fold at
    // every common screen size.
    let date_shown = use_gradual(1, 0) == 1;
    let on_sheet = p.on_sheet.reform(|_: MouseEvent| ());
    let body = html! {
        <>
            <p class="inleiding">{ m::INTRO }</p>
            <p>
                <button type="button" class="knop knop-secundair" onclick={on_sheet}>{ INFO_SHEET }</button>
                <span class="hint">{ m::SHEET_HINT }</span>
            </p>
            { languages::choice("taal-ouder", p.language, &p.on_language) }
            { languages::points(p.language, p.load) }
            <fieldset>
                <legend>{ m::EXPLAINED }</legend>
                { for (0..explained).map(checkbox) }
            </fieldset>
            <fieldset>
                <legend>{ m::CONSENT }</legend>
                { checkbox(explained) }
                if date_shown {
                    <TextField
                        id={FieldId::ConsentDate.slug()}
                        label={label(FieldId::ConsentDate)}
                        hint={Some(AttrValue::Static(m::DATE_HINT))}
                        kind="date"
                        width="breed-datum"
                        value={flow.form().consent.date.clone()}
                        error={field_error(flow, FieldId::ConsentDate)}
                        oninput={on.reform(|v| FlowAction::Edit(Edit::Set(FieldId::ConsentDate, v)))}
                    />
                }
            </fieldset>
        </>
    };
    step_form(on, body, m::NEXT)
}

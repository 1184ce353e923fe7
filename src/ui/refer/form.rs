//! Form helpers of the referral steps: a text field bound to one field of the form, and a step
//! form whose submit ("Volgende", or Enter in a field) checks the step.

use crate::model::FieldId;
use crate::refer::{Edit, Flow, FlowAction};
use crate::ui::common::fields::TextField;
use crate::ui::messages::fields::{label, message};
use yew::prelude::*;

/// The input kind, keyboard hint and width of a form field.
pub struct Look {
    pub kind: &'static str,
    pub inputmode: Option<&'static str>,
    pub width: &'static str,
}

/// The Dutch message for the problem of one field, if any.
pub fn field_error(flow: &Flow, field: FieldId) -> Option<AttrValue> {
    flow.field_problem(field).map(|i| message(i).into())
}

/// A text field bound to one field of the form: value, error and input.
pub fn form_field(
    flow: &Flow,
    on: &Callback<FlowAction>,
    id: FieldId,
    look: Look,
    hint: Option<&'static str>,
) -> Html {
    html! {
        <TextField
            id={id.slug()}
            label={label(id)}
            hint={hint.map(AttrValue::Static)}
            kind={look.kind}
            inputmode={look.inputmode.map(AttrValue::Static)}
            width={look.width}
            value={flow.form().get(id).to_string()}
            error={field_error(flow, id)}
            oninput={on.reform(move |v| FlowAction::Edit(Edit::Set(id, v)))}
        />
    }
}

/// A form whose submit checks the step and goes on.
pub fn step_form(on: &Callback<FlowAction>, body: Html, next_label: &'static str) -> Html {
    let onsubmit = on.reform(|e: SubmitEvent| {
        e.prevent_default();
        FlowAction::Next
    });
    html! {
        <form novalidate=true {onsubmit}>
            { body }
            <div class="acties">
                <button type="submit" class="knop knop-primair">{ next_label }</button>
            </div>
        </form>
    }
}

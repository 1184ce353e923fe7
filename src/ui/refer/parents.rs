//! Step 2: one or two parents, with name and the ways to reach them.

use super::form::{form_field, step_form, Look};
use super::StepProps;
use crate::model::{FieldId, ParentField, MAX_PARENTS};
use crate::refer::{Edit, Flow, FlowAction};
use crate::ui::common::fields::Checkbox;
use crate::ui::messages::refer::parents as m;
use yew::prelude::*;

fn field(flow: &Flow, on: &Callback<FlowAction>, index: usize, f: ParentField) -> Html {
    let (kind, inputmode, width) = match f {
        ParentField::Phone => ("tel", Some("tel"), "breed-m"),
        ParentField::Email => ("email", Some("email"), "breed-l"),
        ParentField::Postcode => ("text", Some("numeric"), "breed-xs"),
        ParentField::HouseNumber | ParentField::Box => ("text", None, "breed-xs"),
        _ => ("text", None, "breed-l"),
    };
    let hint = (f == ParentField::Phone).then_some(m::PHONE_HINT);
    let look = Look {
        kind,
        inputmode,
        width,
    };
    form_field(flow, on, FieldId::Parent(index, f), look, hint)
}

fn parent(flow: &Flow, on: &Callback<FlowAction>, index: usize) -> Html {
    let f = |pf| field(flow, on, index, pf);
    let same = index == 1 && flow.form().same_address;
    let on_same = on.reform(|checked| FlowAction::Edit(Edit::SameAddress(checked)));
    let on_remove = on.reform(move |_: MouseEvent| FlowAction::Edit(Edit::RemoveParent(index)));
    html! {
        <fieldset class="ouder">
            <legend>{ m::parent(index) }</legend>
            { f(ParentField::FirstName) }
            { f(ParentField::LastName) }
            <fieldset class="adres">
                <legend>{ m::ADDRESS }</legend>
                if index == 1 {
                    <Checkbox id="ouder-2-zelfde-adres" label={m::SAME_ADDRESS} checked={same} onchange={on_same} />
                }
                if !same {
                    <div class="rij">
                        { f(ParentField::Street) }
                        { f(ParentField::HouseNumber) }
                        { f(ParentField::Box) }
                    </div>
                    <div class="rij">
                        { f(ParentField::Postcode) }
                        { f(ParentField::Municipality) }
                    </div>
                }
            </fieldset>
            { f(ParentField::Phone) }
            { f(ParentField::Email) }
            if index > 0 {
                <button type="button" class="knop knop-secundair" onclick={on_remove}>{ m::remove(index) }</button>
            }
        </fieldset>
    }
}

#[function_component(ParentsStep)]
pub fn parents_step(p: &StepProps) -> Html {
    let (flow, on) = (&p.flow, &p.on);
    let count = flow.form().parents().len();
    let on_add = on.reform(|_: MouseEvent| FlowAction::Edit(Edit::AddParent));
    let body = html! {
        <>
            <p class="inleiding">{ m::INTRO }</p>
            { for (0..count).map(|i| parent(flow, on, i)) }
            if count < MAX_PARENTS {
                <button type="button" class="knop knop-secundair" onclick={on_add}>{ m::ADD }</button>
            }
        </>
    };
    step_form(on, body, m::NEXT)
}

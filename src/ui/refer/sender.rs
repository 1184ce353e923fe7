//! Step 3: who refers (team, worker and how to reach them) and to which OCMW.

use super::form::{form_field, step_form, Look};
use crate::model::FieldId;
use crate::refer::{Flow, FlowAction};
use crate::settings::Settings;
use crate::ui::messages::refer::sender as m;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SenderProps {
    pub flow: Rc<Flow>,
    pub on: Callback<FlowAction>,
    pub settings: Rc<Settings>,
    pub on_choose_ocmw: Callback<String>,
}

fn field(
    flow: &Flow,
    on: &Callback<FlowAction>,
    id: FieldId,
    kind: &'static str,
    hint: Option<&'static str>,
) -> Html {
    let width = if kind == "tel" { "breed-m" } else { "breed-l" };
    let inputmode = (kind != "text").then_some(kind);
    let look = Look {
        kind,
        inputmode,
        width,
    };
    form_field(flow, on, id, look, hint)
}

#[function_component(SenderStep)]
pub fn sender_step(p: &SenderProps) -> Html {
    let (flow, on) = (&p.flow, &p.on);
    let on_choose = p.on_choose_ocmw.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        select.value()
    });
    let chosen = flow.form().get(FieldId::OcmwName);
    let body = html! {
        <>
            <fieldset>
                <legend>{ m::FROM }</legend>
                { field(flow, on, FieldId::Team, "text", None) }
                { field(flow, on, FieldId::WorkerName, "text", None) }
                { field(flow, on, FieldId::WorkerPhone, "tel", Some(m::WORKER_PHONE_HINT)) }
                { field(flow, on, FieldId::WorkerEmail, "email", None) }
            </fieldset>
            <fieldset>
                <legend>{ m::TO }</legend>
                if !p.settings.ocmws.is_empty() {
                    <div class="veld">
                        <label for="ocmw-keuze">{ m::CHOOSE_OCMW }</label>
                        <select id="ocmw-keuze" class="breed-l" onchange={on_choose}>
                            <option value="" selected=true>{ m::TYPE_OCMW }</option>
                            { for p.settings.ocmws.iter().map(|o| html! {
                                <option value={o.name.clone()} selected={chosen == o.name}>{ &o.name }</option>
                            }) }
                        </select>
                    </div>
                }
                { field(flow, on, FieldId::OcmwName, "text", Some(m::OCMW_NAME_HINT)) }
                { field(flow, on, FieldId::OcmwEmail, "email", Some(m::OCMW_EMAIL_HINT)) }
            </fieldset>
        </>
    };
    step_form(on, body, m::NEXT)
}

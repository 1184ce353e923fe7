//! Step 3: who refers (team, worker and how to reach them) and to which OCMW.

use super::{form_field, step_form, Look, StepProps};
use crate::ui::state::{Action, AppState};
use toeleiding::model::FieldId;
use yew::prelude::*;

fn field(
    s: &UseReducerHandle<AppState>,
    id: FieldId,
    kind: &'static str,
    hint: Option<&'static str>,
) -> Html {
    let width = if kind == "tel" { "breed-m" } else { "breed-l" };
    let inputmode = (kind != "text").then_some(kind);
    form_field(
        s,
        id,
        Look {
            kind,
            inputmode,
            width,
        },
        hint,
    )
}

#[function_component(ReferralStep)]
pub fn referral_step(p: &StepProps) -> Html {
    let s = &p.state;
    let on_choose = {
        let state = s.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            state.dispatch(Action::ChooseOcmw(select.value()));
        })
    };
    let body = html! {
        <>
            <fieldset>
                <legend>{ "Van: jij en je lokaal team" }</legend>
                { field(s, FieldId::Team, "text", None) }
                { field(s, FieldId::WorkerName, "text", None) }
                { field(s, FieldId::WorkerPhone, "tel", Some("Vul je telefoonnummer, je e-mailadres of allebei in, zodat het OCMW je kan bereiken.")) }
                { field(s, FieldId::WorkerEmail, "email", None) }
            </fieldset>
            <fieldset>
                <legend>{ "Aan: het OCMW" }</legend>
                if !s.settings.ocmws.is_empty() {
                    <div class="veld">
                        <label for="ocmw-keuze">{ "Kies een OCMW uit de lijst van je organisatie" }</label>
                        <select id="ocmw-keuze" class="breed-l" onchange={on_choose}>
                            <option value="" selected=true>{ "— zelf invullen —" }</option>
                            { for s.settings.ocmws.iter().map(|o| html! {
                                <option value={o.name.clone()} selected={s.form.get(FieldId::OcmwName) == o.name}>{ &o.name }</option>
                            }) }
                        </select>
                    </div>
                }
                { field(s, FieldId::OcmwName, "text", Some("Bijvoorbeeld OCMW Gent.")) }
                { field(s, FieldId::OcmwEmail, "email", Some("Het adres uit de samenwerkingsovereenkomst: enkel medewerkers met beroepsgeheim lezen het.")) }
            </fieldset>
        </>
    };
    step_form(s, body, "Volgende: controleer")
}

//! Step 2: one or two parents, with name and the ways to reach them.

use super::{form_field, step_form, Look, StepProps};
use crate::ui::fields::Checkbox;
use crate::ui::state::{Action, AppState};
use toeleiding::model::{FieldId, ParentField, MAX_PARENTS};
use yew::prelude::*;

fn field(
    s: &UseReducerHandle<AppState>,
    index: usize,
    f: ParentField,
    hint: Option<&'static str>,
) -> Html {
    let (kind, inputmode, width) = match f {
        ParentField::Phone => ("tel", Some("tel"), "breed-m"),
        ParentField::Email => ("email", Some("email"), "breed-l"),
        ParentField::Postcode => ("text", Some("numeric"), "breed-xs"),
        ParentField::HouseNumber | ParentField::Box => ("text", None, "breed-xs"),
        _ => ("text", None, "breed-l"),
    };
    let look = Look {
        kind,
        inputmode,
        width,
    };
    form_field(s, FieldId::Parent(index, f), look, hint)
}

fn parent(s: &UseReducerHandle<AppState>, index: usize) -> Html {
    let f = |pf, hint| field(s, index, pf, hint);
    let same = index == 1 && s.form.same_address;
    let on_same = {
        let state = s.clone();
        Callback::from(move |on| state.dispatch(Action::SameAddress(on)))
    };
    let on_remove = {
        let state = s.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::RemoveParent(index)))
    };
    html! {
        <fieldset class="ouder">
            <legend>{ format!("Ouder {}", index + 1) }</legend>
            { f(ParentField::FirstName, None) }
            { f(ParentField::LastName, None) }
            <fieldset class="adres">
                <legend>{ "Adres" }</legend>
                if index == 1 {
                    <Checkbox id="ouder-2-zelfde-adres" label="Zelfde adres als ouder 1" checked={same} onchange={on_same} />
                }
                if !same {
                    <div class="rij">
                        { f(ParentField::Street, None) }
                        { f(ParentField::HouseNumber, None) }
                        { f(ParentField::Box, None) }
                    </div>
                    <div class="rij">
                        { f(ParentField::Postcode, None) }
                        { f(ParentField::Municipality, None) }
                    </div>
                }
            </fieldset>
            { f(ParentField::Phone, Some("Bijvoorbeeld 0470 12 34 56, 09 123 45 67 of +31 6 12345678.")) }
            { f(ParentField::Email, None) }
            if index > 0 {
                <button type="button" class="knop knop-secundair" onclick={on_remove}>
                    { format!("Ouder {} verwijderen", index + 1) }
                </button>
            }
        </fieldset>
    }
}

#[function_component(ParentsStep)]
pub fn parents_step(p: &StepProps) -> Html {
    let s = &p.state;
    let count = s.form.parents().len();
    let on_add = {
        let state = s.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::AddParent))
    };
    let body = html! {
        <>
            <p class="inleiding">
                { "Vul per ouder de naam in en minstens één manier om de ouder te bereiken: een volledig adres, een telefoonnummer of een e-mailadres. Andere gegevens mag je niet delen." }
            </p>
            { for (0..count).map(|i| parent(s, i)) }
            if count < MAX_PARENTS {
                <button type="button" class="knop knop-secundair" onclick={on_add}>{ "Tweede ouder toevoegen" }</button>
            }
        </>
    };
    step_form(s, body, "Volgende: verwijzing")
}

//! Step 1: the five points explained to the parents, their consent and its date.

use super::{step_form, StepProps};
use crate::ui::fields::{Checkbox, TextField};
use crate::ui::state::{Action, View};
use toeleiding::model::{FieldId, CONSENT_POINTS};
use yew::prelude::*;

#[function_component(ConsentStep)]
pub fn consent_step(p: &StepProps) -> Html {
    let s = &p.state;
    let explained = CONSENT_POINTS.len() - 1;
    let checkbox = |i: usize| {
        let state = s.clone();
        let field = FieldId::ConsentCheck(i);
        html! {
            <Checkbox
                id={field.slug()}
                label={CONSENT_POINTS[i]}
                checked={s.form.consent.confirmed[i]}
                error={s.error(field)}
                onchange={Callback::from(move |on| state.dispatch(Action::Confirm(i, on)))}
            />
        }
    };
    let on_date = {
        let state = s.clone();
        Callback::from(move |v| state.dispatch(Action::Set(FieldId::ConsentDate, v)))
    };
    let on_sheet = {
        let state = s.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Show(View::Sheet)))
    };
    let body = html! {
        <>
            <p class="inleiding">
                { "Je mag de naam en de contactgegevens van de ouder(s) enkel met het OCMW delen als de ouder(s) daar vrijwillig en uitdrukkelijk mee instemmen, nadat je hen het volgende hebt uitgelegd." }
            </p>
            <p>
                <button type="button" class="knop knop-secundair" onclick={on_sheet}>{ "Infoblad voor de ouders" }</button>
                <span class="hint">{ " Om samen door te nemen en mee te geven." }</span>
            </p>
            <fieldset>
                <legend>{ "Dit heb ik aan de ouder(s) uitgelegd" }</legend>
                { for (0..explained).map(checkbox) }
            </fieldset>
            <fieldset>
                <legend>{ "Toestemming van de ouder(s)" }</legend>
                { checkbox(explained) }
                <TextField
                    id={FieldId::ConsentDate.slug()}
                    label="Datum van de toestemming"
                    hint="Niet later dan vandaag."
                    kind="date"
                    width="breed-datum"
                    value={s.form.consent.date.clone()}
                    error={s.error(FieldId::ConsentDate)}
                    oninput={on_date}
                />
            </fieldset>
        </>
    };
    step_form(s, body, "Volgende: ouder(s)")
}

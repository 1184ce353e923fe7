//! Step 4: everything on one page, with "Wijzig" per section.

use super::StepProps;
use crate::ui::fields::summary_row;
use crate::ui::state::{Action, AppState, Step};
use toeleiding::model::{Parent, Referral};
use yew::prelude::*;

fn section(s: &UseReducerHandle<AppState>, title: &str, step: Step, rows: Html) -> Html {
    let state = s.clone();
    let onclick = Callback::from(move |_: MouseEvent| state.dispatch(Action::Edit(step)));
    html! {
        <section class="overzicht">
            <div class="overzicht-kop">
                <h2>{ title.to_string() }</h2>
                <button type="button" class="knop-link" {onclick}>
                    { "Wijzig" }<span class="sr-only">{ format!(" {}", title.to_lowercase()) }</span>
                </button>
            </div>
            <dl>{ rows }</dl>
        </section>
    }
}

fn parent_rows(p: &Parent) -> Html {
    html! {
        <>
            { summary_row("Voornaam", Some(p.first_name.to_string())) }
            { summary_row("Achternaam", Some(p.last_name.to_string())) }
            { summary_row("Adres", p.address.as_ref().map(|a| format!("{}, {}", a.street_line(), a.municipality_line()))) }
            { summary_row("Telefoonnummer", p.phone.as_ref().map(|t| t.display())) }
            { summary_row("E-mailadres", p.email.as_ref().map(|e| e.to_string())) }
        </>
    }
}

fn overview(s: &UseReducerHandle<AppState>, r: &Referral) -> Html {
    let sender = &r.sender;
    html! {
        <>
            { section(s, "Toestemming", Step::Consent, html! {
                <>
                    { summary_row("Uitgelegd aan de ouder(s)", Some("welke gegevens, aan wie, het doel, wat ermee gebeurt, wat ze mogen verwachten")) }
                    { summary_row("Toestemming gegeven op", Some(r.consent.date.dutch_long())) }
                </>
            }) }
            { for r.parents.iter().enumerate().map(|(i, p)| {
                section(s, &format!("Ouder {}", i + 1), Step::Parents, parent_rows(p))
            }) }
            { section(s, "Verwijzing", Step::Referral, html! {
                <>
                    { summary_row("Lokaal team", Some(sender.team.to_string())) }
                    { summary_row("Medewerker", Some(sender.worker_name.to_string())) }
                    { summary_row("Telefoonnummer medewerker", sender.worker_phone.as_ref().map(|t| t.display())) }
                    { summary_row("E-mailadres medewerker", sender.worker_email.as_ref().map(|e| e.to_string())) }
                    { summary_row("OCMW", Some(r.recipient.ocmw_name.to_string())) }
                    { summary_row("Beveiligd e-mailadres OCMW", Some(r.recipient.email.to_string())) }
                </>
            }) }
        </>
    }
}

#[function_component(ReviewStep)]
pub fn review_step(p: &StepProps) -> Html {
    let s = &p.state;
    let Some(referral) = s.referral.clone() else {
        return html! { <p>{ "Vul eerst de vorige stappen in." }</p> };
    };
    let onclick = {
        let state = s.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Next))
    };
    html! {
        <>
            <p class="inleiding">{ "Kijk alles na. Dit komt in het document voor het OCMW." }</p>
            { overview(s, &referral) }
            <div class="acties">
                <button type="button" class="knop knop-primair" {onclick}>{ "Volgende: versleutel en download" }</button>
            </div>
        </>
    }
}

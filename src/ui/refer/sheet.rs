//! The information sheet for the parents (plain Dutch, level B1), for printing on A4.
//! It holds only what the parents gave or already know: no data beyond the consent date and how to
//! reach the team and the OCMW.

use super::browser;
use super::state::{Action, AppState, View};
use toeleiding::date::Date;
use toeleiding::model::{FieldId, Phone};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SheetProps {
    pub state: UseReducerHandle<AppState>,
}

fn or_blank(value: &str) -> String {
    if value.trim().is_empty() {
        "........................................".to_string()
    } else {
        value.trim().to_string()
    }
}

#[function_component(InfoSheet)]
pub fn info_sheet(p: &SheetProps) -> Html {
    let s = &p.state;
    let form = &s.form;
    let ocmw = or_blank(form.get(FieldId::OcmwName));
    let team = or_blank(form.get(FieldId::Team));
    let worker = or_blank(form.get(FieldId::WorkerName));
    let phone = Phone::parse(form.get(FieldId::WorkerPhone))
        .map(|p| p.display())
        .unwrap_or_default();
    let email = form.get(FieldId::WorkerEmail).trim().to_string();
    let consent_date = Date::parse_iso(&form.consent.date)
        .map(|d| d.dutch_long())
        .unwrap_or_else(|_| or_blank(""));
    let on_print = Callback::from(|_: MouseEvent| browser::print());
    let on_back = {
        let state = s.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Show(View::Flow)))
    };
    html! {
        <article class="infoblad">
            <div class="acties geen-print">
                <button type="button" class="knop knop-primair" onclick={on_print}>{ "Afdrukken" }</button>
                <button type="button" class="knop knop-secundair" onclick={on_back}>{ "Terug naar de verwijzing" }</button>
            </div>
            <h1 tabindex="-1">{ "Informatie voor de ouder(s)" }</h1>
            <p class="inleiding">{ format!("{team} van Kind en Gezin wil je helpen om de juiste steun te vinden. Daarom vragen we of we je gegevens mogen doorgeven aan {ocmw}.") }</p>
            <h2>{ "Welke gegevens geven we door?" }</h2>
            <p>{ "Alleen je naam, je adres, je telefoonnummer en je e-mailadres. Niets anders." }</p>
            <h2>{ "Aan wie?" }</h2>
            <p>{ format!("Aan een maatschappelijk werker van {ocmw}. Die persoon moet, net als wij, alles geheimhouden. Dat heet beroepsgeheim.") }</p>
            <h2>{ "Waarom?" }</h2>
            <p>{ "Het OCMW kan je misschien helpen, bijvoorbeeld met geld, huur, energie, gezondheid of papieren. Zo krijg je sneller de hulp en de rechten die bij jouw situatie horen." }</p>
            <h2>{ "Wat gebeurt er met je gegevens?" }</h2>
            <p>{ "We sturen ze beveiligd naar het OCMW, met een wachtwoord. Het OCMW gebruikt ze alleen om contact met je op te nemen. Ze gaan naar niemand anders." }</p>
            <h2>{ "Wat mag je verwachten?" }</h2>
            <p>{ "Een maatschappelijk werker van het OCMW neemt contact met je op. Samen bekijken jullie welke hulp mogelijk is. Jij beslist of je die hulp wilt." }</p>
            <h2>{ "Je toestemming" }</h2>
            <p>{ format!("Je gaf je toestemming op {consent_date}. Je koos daar zelf voor. Wil je toch niet dat we je gegevens doorgeven? Laat het ons zo snel mogelijk weten.") }</p>
            <h2>{ "Vragen?" }</h2>
            <p>
                { format!("Neem contact op met {worker} van {team}") }
                if !phone.is_empty() { { format!(", telefoon {phone}") } }
                if !email.is_empty() { { format!(", e-mail {email}") } }
                { "." }
            </p>
        </article>
    }
}

//! After the download: the neutral mail, the SMS with the password (QR code and link), and the
//! "Wat nu?" checklist.

use super::StepProps;
use crate::ui::browser;
use crate::ui::fields::{Checkbox, TextField};
use crate::ui::messages;
use crate::ui::state::{Action, View, CHECKLIST};
use toeleiding::model::Phone;
use toeleiding::send;
use yew::prelude::*;

#[function_component(SendPanel)]
pub fn send_panel(p: &StepProps) -> Html {
    let s = &p.state;
    let (Some(referral), Some(password)) = (s.referral.clone(), s.password.clone()) else {
        return html! {};
    };
    let mail = send::mail_link(&referral.recipient.email, &referral.sender);
    let archive = s.archive_name.clone().unwrap_or_default();
    let on_number = {
        let state = s.clone();
        Callback::from(move |v| state.dispatch(Action::SetSmsNumber(v)))
    };
    let number = (!s.sms_number.trim().is_empty()).then(|| Phone::parse(&s.sms_number));
    let number_error = match &number {
        Some(Err(e)) => Some(AttrValue::Static(messages::phone(*e))),
        _ => None,
    };
    let sms = match &number {
        Some(Ok(phone)) => {
            let text = send::sms_text(&password, s.today);
            let payload = send::qr_payload(phone, &text);
            let qr = send::qr_svg(&payload)
                .ok()
                .map(|svg| browser::svg_data_url(&svg));
            let link = send::sms_link(phone, &text);
            html! {
                <div class="sms">
                    if let Some(src) = qr {
                        <img class="qr" id="sms-qr" src={src} width="240" height="240"
                             alt="QR-code die een sms met het wachtwoord klaarzet" />
                    }
                    <div>
                        <p>{ "Scan de QR-code met de camera van je werkgsm: de sms staat dan klaar. Of open de sms-app rechtstreeks als je deze pagina op een gsm gebruikt:" }</p>
                        <p><a class="knop knop-secundair" href={link.to_string()}>{ "Open sms" }</a></p>
                        <p class="hint">{ "Tekst van de sms: " }<span class="sms-tekst">{ text.to_string() }</span></p>
                    </div>
                </div>
            }
        }
        _ => html! {},
    };
    let checklist = CHECKLIST.iter().enumerate().map(|(i, label)| {
        let state = s.clone();
        html! {
            <Checkbox id={format!("wat-nu-{}", i + 1)} label={*label} checked={s.checklist[i]}
                onchange={Callback::from(move |on| state.dispatch(Action::Check(i, on)))} />
        }
    });
    let on_sheet = {
        let state = s.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Show(View::Sheet)))
    };
    let on_done = {
        let state = s.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Wipe(browser::today())))
    };
    html! {
        <>
            <section aria-labelledby="mail-titel">
                <h2 id="mail-titel">{ "1. Mail het bestand" }</h2>
                <p>{ format!("Open een e-mail aan {}. Onderwerp en tekst bevatten geen gegevens van het gezin en geen wachtwoord.", referral.recipient.email) }</p>
                <p><a class="knop knop-primair" id="mail-link" href={mail}>{ "Open e-mail aan het OCMW" }</a></p>
                <p class="melding-let-op">{ format!("Voeg zelf het gedownloade bestand {} toe als bijlage.", if archive.is_empty() { "(het zip-bestand)".to_string() } else { archive }) }</p>
            </section>
            <section aria-labelledby="sms-titel">
                <h2 id="sms-titel">{ "2. Stuur het wachtwoord per sms" }</h2>
                if s.password_agreed {
                    <p>{ "Je gebruikt een wachtwoord dat je vooraf met het OCMW afsprak. Stuur het niet opnieuw." }</p>
                } else {
                    <TextField id="sms-nummer" label="Gsm-nummer van je contactpersoon bij het OCMW" kind="tel"
                        width="breed-m" inputmode={Some(AttrValue::Static("tel"))}
                        hint={Some(AttrValue::Static("Bijvoorbeeld 0470 12 34 56."))}
                        value={s.sms_number.clone()} error={number_error} oninput={on_number} />
                    { sms }
                }
            </section>
            <section aria-labelledby="wat-gebeurt-titel">
                <h2 id="wat-gebeurt-titel">{ "Wat gebeurt er nu?" }</h2>
                <ul>
                    <li>{ "Het OCMW opent het bestand met het wachtwoord, met 7-Zip of met \"Verwijzing openen\" in Toeleiding." }</li>
                    <li>{ "Een maatschappelijk werker van het OCMW neemt contact op met de ouder(s) en bekijkt samen met hen welke hulp mogelijk is." }</li>
                    <li>{ "Heeft het OCMW vragen over de verwijzing, dan neemt het contact op met jou." }</li>
                </ul>
            </section>
            <section class="wat-nu" aria-labelledby="wat-nu-titel">
                <h2 id="wat-nu-titel">{ "Wat moet jij nog doen?" }</h2>
                { for checklist }
                <div class="acties">
                    <button type="button" class="knop knop-secundair" onclick={on_sheet}>{ "Infoblad voor de ouders" }</button>
                    <button type="button" class="knop knop-primair" onclick={on_done}>{ "Alles wissen en nieuwe verwijzing" }</button>
                </div>
            </section>
        </>
    }
}

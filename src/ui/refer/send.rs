//! Step 6, after the download: the neutral mail, the SMS with the password (QR code and link),
//! what happens next and the "Wat moet jij nog doen?" checklist.

use crate::model::Phone;
use crate::password::Password;
use crate::refer::{send, Flow, FlowAction, PasswordChoice};
use crate::ui::browser;
use crate::ui::common::fields::{Checkbox, TextField};
use crate::ui::messages::fields::phone as phone_message;
use crate::ui::messages::refer::{send as m, INFO_SHEET};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SendProps {
    pub flow: Rc<Flow>,
    pub on: Callback<FlowAction>,
    pub on_sheet: Callback<()>,
    pub on_done: Callback<()>,
}

fn sms_block(flow: &Flow, password: &Password, on: &Callback<FlowAction>) -> Html {
    let number = (!flow.sms_number().trim().is_empty()).then(|| Phone::parse(flow.sms_number()));
    let error = match &number {
        Some(Err(e)) => Some(AttrValue::Static(phone_message(*e))),
        _ => None,
    };
    let sms = match &number {
        Some(Ok(phone)) => {
            let text = send::sms_text(password, flow.today());
            let qr = send::qr_svg(&send::qr_payload(phone, &text))
                .ok()
                .map(|svg| browser::svg_data_url(&svg));
            let link = send::sms_link(phone, &text);
            html! {
                <div class="sms">
                    if let Some(src) = qr {
                        <img class="qr" id="sms-qr" src={src} width="240" height="240" alt={m::QR_ALT} />
                    }
                    <div>
                        <p>{ m::QR_TEXT }</p>
                        <p><a class="knop knop-secundair" href={link.to_string()}>{ m::SMS_LINK }</a></p>
                        <p class="hint">{ m::SMS_TEXT }<span class="sms-tekst">{ text.to_string() }</span></p>
                    </div>
                </div>
            }
        }
        _ => html! {},
    };
    html! {
        <>
            <TextField id="sms-nummer" label={m::SMS_NUMBER} kind="tel"
                width="breed-m" inputmode={Some(AttrValue::Static("tel"))}
                hint={Some(AttrValue::Static(m::SMS_NUMBER_HINT))}
                value={flow.sms_number().to_string()} {error}
                oninput={on.reform(FlowAction::SetSmsNumber)} />
            { sms }
        </>
    }
}

#[function_component(SendPanel)]
pub fn send_panel(p: &SendProps) -> Html {
    let (flow, on) = (&p.flow, &p.on);
    let (Ok(referral), Some(file)) = (flow.confirmed_referral(), flow.sealed_file()) else {
        return html! {};
    };
    let mail = send::mail_link(&referral.recipient.email, &referral.sender, flow.format());
    let sms = match flow.password() {
        PasswordChoice::Generated(password) => sms_block(flow, password, on),
        _ => html! { <p>{ m::AGREED }</p> },
    };
    let checklist = m::CHECKLIST.iter().enumerate().map(|(i, label)| {
        html! {
            <Checkbox id={format!("wat-nu-{}", i + 1)} label={*label} checked={flow.checklist()[i]}
                onchange={on.reform(move |checked| FlowAction::Check(i, checked))} />
        }
    });
    let on_sheet = p.on_sheet.reform(|_: MouseEvent| ());
    let on_done = p.on_done.reform(|_: MouseEvent| ());
    html! {
        <>
            <section aria-labelledby="mail-titel">
                <h2 id="mail-titel">{ m::MAIL_HEADING }</h2>
                <p>{ m::mail_text(referral.recipient.email.as_str()) }</p>
                <p><a class="knop knop-primair" id="mail-link" href={mail}>{ m::MAIL_LINK }</a></p>
                <p class="melding-let-op">{ m::attach(file) }</p>
            </section>
            <section aria-labelledby="sms-titel">
                <h2 id="sms-titel">{ m::SMS_HEADING }</h2>
                { sms }
            </section>
            <section aria-labelledby="wat-gebeurt-titel">
                <h2 id="wat-gebeurt-titel">{ m::NEXT_HEADING }</h2>
                <ul>{ for m::NEXT_STEPS.iter().map(|t| html! { <li>{ *t }</li> }) }</ul>
            </section>
            <section class="wat-nu" aria-labelledby="wat-nu-titel">
                <h2 id="wat-nu-titel">{ m::TODO_HEADING }</h2>
                { for checklist }
                <div class="acties">
                    <button type="button" class="knop knop-secundair" onclick={on_sheet}>{ INFO_SHEET }</button>
                    <button type="button" class="knop knop-primair" onclick={on_done}>{ m::DONE }</button>
                </div>
            </section>
        </>
    }
}

//! Step 5: the password, sealing the confirmed referral, and (with a warning) the plain document.
//! Sealing and downloading are effects: they run in the click callback, which dispatches only
//! the result (the file name for the flow's ticket, or the typed failure).

use super::password::PasswordBlock;
use crate::random;
use crate::refer::{plain, seal, Failure, Flow, FlowAction, NamedFile};
use crate::ui::browser;
use crate::ui::messages::refer::{download as m, INFO_SHEET};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DownloadProps {
    pub flow: Rc<Flow>,
    pub on: Callback<FlowAction>,
    pub purpose: AttrValue,
    pub on_sheet: Callback<()>,
}

fn offer(file: &NamedFile) -> Result<(), Failure> {
    browser::download(&file.bytes, &file.name, file.mime).map_err(|_| Failure::Download)
}

/// Seals what the flow allows and offers it as a download; the action that records the result.
fn seal_and_download(flow: &Flow, purpose: &str) -> FlowAction {
    let input = match flow.seal_input() {
        Ok(input) => input,
        Err(_) => return FlowAction::SealRefused,
    };
    browser::mark("versleutel-start");
    let sealed = seal(
        &input.referral,
        input.password,
        flow.today(),
        purpose,
        &mut random::fill,
    );
    let result = sealed.map_err(Failure::Seal).and_then(|file| {
        offer(&file)?;
        Ok(file.name)
    });
    browser::mark("versleutel-klaar");
    browser::measure("versleutel", "versleutel-start", "versleutel-klaar");
    match result {
        Ok(file_name) => FlowAction::Sealed {
            ticket: input.ticket,
            file_name,
        },
        Err(failure) => FlowAction::Failed(failure),
    }
}

fn plain_download(flow: &Flow, purpose: &str) -> FlowAction {
    let referral = match flow.confirmed_referral() {
        Ok(r) => r,
        Err(_) => return FlowAction::SealRefused,
    };
    let result = plain(&referral, flow.today(), purpose)
        .map_err(Failure::Seal)
        .and_then(|file| {
            offer(&file)?;
            Ok(file.name)
        });
    match result {
        Ok(name) => FlowAction::PlainSaved(name),
        Err(failure) => FlowAction::Failed(failure),
    }
}

#[function_component(DownloadStep)]
pub fn download_step(p: &DownloadProps) -> Html {
    let on_encrypt = {
        let (flow, purpose) = (p.flow.clone(), p.purpose.clone());
        p.on.reform(move |_: MouseEvent| seal_and_download(&flow, &purpose))
    };
    let on_plain = {
        let (flow, purpose) = (p.flow.clone(), p.purpose.clone());
        p.on.reform(move |_: MouseEvent| plain_download(&flow, &purpose))
    };
    let on_next = p.on.reform(|_: MouseEvent| FlowAction::Next);
    let on_sheet = p.on_sheet.reform(|_: MouseEvent| ());
    let notice = p.flow.notice().map(m::notice);
    html! {
        <>
            <PasswordBlock flow={p.flow.clone()} on={p.on.clone()} />
            <section aria-labelledby="versleutel-titel">
                <h2 id="versleutel-titel">{ m::ENCRYPTED_HEADING }</h2>
                <p>{ m::ENCRYPTED_TEXT }</p>
                <button type="button" id="versleutel" class="knop knop-primair" onclick={on_encrypt}>{ m::ENCRYPT }</button>
            </section>
            <div class="melding" role="status">
                { match notice {
                    Some((true, t)) => html! { <p class="melding-ok">{ t }</p> },
                    Some((false, t)) => html! { <p class="melding-fout">{ t }</p> },
                    None => html! {},
                } }
            </div>
            if p.flow.sealed_file().is_some() {
                <div class="acties">
                    <button type="button" class="knop knop-primair" onclick={on_next}>{ m::NEXT }</button>
                </div>
            }
            <section class="waarschuwing" aria-labelledby="onversleuteld-titel">
                <h2 id="onversleuteld-titel">{ m::PLAIN_HEADING }</h2>
                <p><strong>{ m::PLAIN_WARNING }</strong>{ m::PLAIN_TEXT }</p>
                <button type="button" class="knop knop-secundair" onclick={on_plain}>{ m::PLAIN }</button>
            </section>
            <p>
                <button type="button" class="knop knop-secundair" onclick={on_sheet}>{ INFO_SHEET }</button>
            </p>
        </>
    }
}

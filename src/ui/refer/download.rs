//! Step 5: the password, sealing the confirmed referral, and (with a warning) the plain document.
//! Sealing and downloading are effects: they run in the click callback, which dispatches only
//! the result (the file name for the flow's ticket, or the typed failure).

use super::password::PasswordBlock;
use super::template::Chosen;
use crate::date::Date;
use crate::formats::derive::Derived;
use crate::formats::{agile, sevenz};
use crate::model::Referral;
use crate::password::Password;
use crate::random;
use crate::refer::seal::{encrypt, salt, Format, Layout, Sealing};
use crate::refer::{plain, Failure, Flow, FlowAction, NamedFile, SealError};
use crate::settings::Settings;
use crate::ui::browser;
use crate::ui::derive::seal_key;
use crate::ui::messages::refer::{download as m, INFO_SHEET};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DownloadProps {
    pub flow: Rc<Flow>,
    pub on: Callback<FlowAction>,
    pub purpose: AttrValue,
    pub template: Rc<Chosen>,
    pub settings: Rc<Settings>,
    pub on_sheet: Callback<()>,
}

fn offer(file: &NamedFile) -> Result<(), Failure> {
    browser::download(&file.bytes, &file.name, file.mime).map_err(|_| Failure::Download)
}

/// Seals in the chosen format (an effect: random numbers, the key derivation in slices). The
/// document is written, the key derived and the document encrypted in separate tasks, so the
/// page is never held for long.
async fn sealed(
    format: Format,
    referral: &Referral,
    password: &Password,
    today: Date,
    layout: Layout<'_>,
) -> Result<NamedFile, SealError> {
    let mut fill = random::fill;
    // Let the page show that it is busy first.
    browser::yield_now().await;
    let document = plain(referral, today, layout)?;
    browser::yield_now().await;
    let mut keys = Derived::given();
    match format {
        Format::Zip => encrypt(&document, password, today, Sealing::Zip, &mut fill),
        Format::SevenZ => {
            let salt = salt(&mut fill)?;
            let request = sevenz::key_request(password.expose(), &salt);
            if let Some(key) = seal_key(&request).await {
                keys.add(request, key);
            }
            let how = Sealing::SevenZ {
                salt,
                keys: &mut keys,
            };
            encrypt(&document, password, today, how, &mut fill)
        }
        Format::ProtectedDocx => {
            let randomness = agile::Randomness::draw(&mut fill).map_err(SealError::Random)?;
            let request = randomness.hash_request(password.expose());
            if let Some(key) = seal_key(&request).await {
                keys.add(request, key);
            }
            let how = Sealing::ProtectedDocx {
                randomness: &randomness,
                keys: &mut keys,
            };
            encrypt(&document, password, today, how, &mut fill)
        }
    }
}

/// Seals what the flow allows and offers it as a download; dispatches what happened.
fn seal_and_download(
    flow: &Flow,
    purpose: AttrValue,
    template: Rc<Chosen>,
    on: Callback<FlowAction>,
) {
    let input = match flow.seal_input() {
        Ok(input) => input,
        Err(_) => return on.emit(FlowAction::SealRefused),
    };
    let (referral, password, ticket) = (input.referral, input.password.clone(), input.ticket);
    let (format, today) = (flow.format(), flow.today());
    on.emit(FlowAction::Sealing);
    wasm_bindgen_futures::spawn_local(async move {
        browser::mark("versleutel-start");
        let layout = Layout {
            template: template.template(),
            purpose: &purpose,
        };
        let result = match sealed(format, &referral, &password, today, layout).await {
            Ok(file) => {
                // Offering the download (a blob, a link, its click) is a task of its own: the
                // zip writer's key derivation (PBKDF2, inside the zip crate) precedes it.
                browser::yield_now().await;
                offer(&file).map(|()| file.name)
            }
            Err(e) => Err(Failure::Seal(e)),
        };
        browser::mark("versleutel-klaar");
        browser::measure("versleutel", "versleutel-start", "versleutel-klaar");
        on.emit(match result {
            Ok(file_name) => FlowAction::Sealed { ticket, file_name },
            Err(failure) => FlowAction::Failed(failure),
        });
    });
}

fn plain_download(flow: &Flow, layout: Layout<'_>) -> FlowAction {
    let referral = match flow.confirmed_referral() {
        Ok(r) => r,
        Err(_) => return FlowAction::SealRefused,
    };
    let result = plain(&referral, flow.today(), layout)
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
        let (flow, purpose, on) = (p.flow.clone(), p.purpose.clone(), p.on.clone());
        let template = p.template.clone();
        Callback::from(move |_: MouseEvent| {
            seal_and_download(&flow, purpose.clone(), template.clone(), on.clone())
        })
    };
    let formats = p.settings.formats();
    let current = p.flow.format();
    let choice = formats.iter().map(|f| {
        let f = *f;
        let id = format!("formaat-{}", f.id());
        let onchange = p.on.reform(move |_: Event| FlowAction::Format(f));
        let (label, advice) = m::format(f);
        html! {
            <div class="keuze keuze-uitleg">
                <input type="radio" id={id.clone()} name="formaat" checked={current == f}
                    aria-describedby={format!("{id}-uitleg")} {onchange} />
                <label for={id.clone()}>{ label }</label>
                <p class="hint" id={format!("{id}-uitleg")}>{ advice }</p>
            </div>
        }
    });
    let working = matches!(p.flow.notice(), Some(crate::refer::Notice::Working));
    let on_plain = {
        let (flow, purpose, template) = (p.flow.clone(), p.purpose.clone(), p.template.clone());
        p.on.reform(move |_: MouseEvent| {
            let layout = Layout {
                template: template.template(),
                purpose: &purpose,
            };
            plain_download(&flow, layout)
        })
    };
    let on_next = p.on.reform(|_: MouseEvent| FlowAction::Next);
    let on_sheet = p.on_sheet.reform(|_: MouseEvent| ());
    let notice = p.flow.notice().map(m::notice);
    html! {
        <>
            <PasswordBlock flow={p.flow.clone()} on={p.on.clone()} />
            <section aria-labelledby="versleutel-titel">
                <h2 id="versleutel-titel">{ m::ENCRYPTED_HEADING }</h2>
                if formats.len() > 1 {
                    <fieldset class="formaten">
                        <legend>{ m::FORMAT_LEGEND }</legend>
                        { for choice }
                    </fieldset>
                } else {
                    <p>{ m::format(current).1 }</p>
                }
                <button type="button" id="versleutel" class="knop knop-primair" onclick={on_encrypt}
                    disabled={working} aria-busy={working.then_some("true")}>{ m::ENCRYPT }</button>
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

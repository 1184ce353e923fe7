//! Step 5: the password, the encrypted archive and (with a warning) the plain document.

use super::StepProps;
use crate::ui::browser;
use crate::ui::state::{Action, Notice};
use toeleiding::date::Date;
use toeleiding::model::Referral;
use toeleiding::password::Password;
use toeleiding::{archive, document, filename, random};
use yew::prelude::*;
use zeroize::Zeroizing;

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

fn encrypted(referral: &Referral, password: &Password, today: Date) -> Result<String, String> {
    let docx = Zeroizing::new(document::write(referral, today).map_err(|e| e.to_string())?);
    let salt = random::salt().map_err(|e| e.to_string())?;
    let entry = filename::document_name(today);
    let zip = archive::encrypt(&entry, &docx, password, salt, today).map_err(|e| e.to_string())?;
    let mut tag = [0u8; 4];
    random::fill(&mut tag).map_err(|e| e.to_string())?;
    let name = filename::archive_name(today, &filename::Tag::from_random(tag));
    browser::download(&zip, &name, "application/zip").map_err(|e| format!("{e:?}"))?;
    Ok(name)
}

fn plain(referral: &Referral, today: Date) -> Result<String, String> {
    let docx = Zeroizing::new(document::write(referral, today).map_err(|e| e.to_string())?);
    let name = filename::document_name(today);
    browser::download(&docx, &name, DOCX_MIME).map_err(|e| format!("{e:?}"))?;
    Ok(name)
}

#[function_component(DownloadStep)]
pub fn download_step(p: &StepProps) -> Html {
    let s = &p.state;
    let copied = use_state(|| None::<bool>);
    let (Some(referral), Some(password)) = (s.referral.clone(), s.password.clone()) else {
        return html! { <p>{ "Vul eerst de vorige stappen in." }</p> };
    };
    let on_encrypt = {
        let state = s.clone();
        let (referral, password) = (referral.clone(), password.clone());
        Callback::from(move |_: MouseEvent| {
            browser::mark("versleutel-start");
            let result = encrypted(&referral, &password, state.today);
            browser::mark("versleutel-klaar");
            browser::measure("versleutel", "versleutel-start", "versleutel-klaar");
            let notice = match result {
                Ok(name) => Notice::Done(format!("Het versleutelde bestand {name} staat in je downloads.")),
                Err(e) => Notice::Failed(format!("Versleutelen is niet gelukt ({e}). Probeer opnieuw of gebruik een andere browser.")),
            };
            state.dispatch(Action::Notice(notice));
        })
    };
    let on_plain = {
        let state = s.clone();
        let referral = referral.clone();
        Callback::from(move |_: MouseEvent| {
            let notice = match plain(&referral, state.today) {
                Ok(name) => Notice::Done(format!("Het onversleutelde document {name} staat in je downloads. Laad het op in het cliëntdossier en verwijder het daarna uit je downloads.")),
                Err(e) => Notice::Failed(format!("Het document maken is niet gelukt ({e}).")),
            };
            state.dispatch(Action::Notice(notice));
        })
    };
    let on_new = {
        let state = s.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copied.set(None);
            match Password::generate_secure() {
                Ok(p) => state.dispatch(Action::NewPassword(p)),
                Err(_) => state.dispatch(Action::Notice(Notice::Failed(
                    "Er kon geen nieuw wachtwoord gemaakt worden.".into(),
                ))),
            }
        })
    };
    let on_copy = {
        let copied = copied.clone();
        let text = password.expose().to_string();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let text = Zeroizing::new(text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy(&text).await));
            });
        })
    };
    html! {
        <>
            <section class="wachtwoord-blok" aria-labelledby="wachtwoord-titel">
                <h2 id="wachtwoord-titel">{ "Wachtwoord" }</h2>
                <p>{ "Het OCMW heeft dit wachtwoord nodig om het bestand te openen. Stuur het per sms, nooit per e-mail. Typ het precies zoals het hier staat, met de streepjes." }</p>
                <p class="wachtwoord" id="wachtwoord" aria-label="Wachtwoord">
                    { for password.groups().enumerate().map(|(i, g)| html! {
                        <>
                            if i > 0 { <span class="streep">{ "-" }</span> }
                            <span class="groep">{ g.to_string() }</span>
                        </>
                    }) }
                </p>
                <div class="acties">
                    <button type="button" class="knop knop-secundair" onclick={on_copy}>{ "Kopieer wachtwoord" }</button>
                    <button type="button" class="knop knop-secundair" onclick={on_new}>{ "Nieuw wachtwoord" }</button>
                </div>
                <p class="status" role="status">
                    { match *copied {
                        Some(true) => "Het wachtwoord is gekopieerd.",
                        Some(false) => "Kopiëren lukte niet. Selecteer het wachtwoord en kopieer het zelf.",
                        None => "",
                    } }
                </p>
            </section>
            <section aria-labelledby="versleutel-titel">
                <h2 id="versleutel-titel">{ "Versleuteld bestand voor het OCMW" }</h2>
                <p>{ "Het document wordt met AES-256 versleuteld in een zip-bestand, dat het OCMW met 7-Zip en het wachtwoord opent." }</p>
                <button type="button" class="knop knop-primair" onclick={on_encrypt}>{ "Versleutel en download" }</button>
            </section>
            <div class="melding" role="status">
                { match &s.notice {
                    Some(Notice::Done(t)) => html! { <p class="melding-ok">{ t }</p> },
                    Some(Notice::Failed(t)) => html! { <p class="melding-fout">{ t }</p> },
                    None => html! {},
                } }
            </div>
            <section class="wat-nu" aria-labelledby="wat-nu-titel">
                <h2 id="wat-nu-titel">{ "Wat nu?" }</h2>
                <ol>
                    <li>{ format!("Mail het versleutelde zip-bestand als bijlage naar {}.", referral.recipient.email) }</li>
                    <li>{ "Stuur het wachtwoord per sms naar het OCMW, nooit in dezelfde of een andere e-mail." }</li>
                    <li>{ "Registreer de verwijzing in het cliëntsysteem als psychosociale verwijzing met subtype OCMW." }</li>
                    <li>{ "Verwijder het versleutelde bestand uit je downloads zodra de mail verstuurd is." }</li>
                </ol>
            </section>
            <section class="waarschuwing" aria-labelledby="onversleuteld-titel">
                <h2 id="onversleuteld-titel">{ "Document voor het cliëntdossier" }</h2>
                <p><strong>{ "Let op: dit document is niet versleuteld." }</strong>{ " Mail het nooit. Laad het op in het cliëntdossier bij de verwijzingen en verwijder het daarna uit je downloads." }</p>
                <button type="button" class="knop knop-secundair" onclick={on_plain}>{ "Download onversleuteld document" }</button>
            </section>
        </>
    }
}

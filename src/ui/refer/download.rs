//! Step 5: the password, the encrypted archive and (with a warning) the plain document.

use super::StepProps;
use crate::ui::browser;
use crate::ui::fields::{Checkbox, TextField};
use crate::ui::state::{Action, Notice, View};
use toeleiding::date::Date;
use toeleiding::model::Referral;
use toeleiding::password::{AgreedError, Password, MIN_AGREED_BITS};
use toeleiding::{archive, document, filename, random};
use yew::prelude::*;
use zeroize::Zeroizing;

/// The referral as .docx bytes, wiped from memory when dropped.
fn docx(referral: &Referral, today: Date, purpose: &str) -> Result<Zeroizing<Vec<u8>>, String> {
    document::write_with_purpose(referral, today, purpose)
        .map(Zeroizing::new)
        .map_err(|e| e.to_string())
}

fn encrypted(
    referral: &Referral,
    password: &Password,
    today: Date,
    purpose: &str,
) -> Result<String, String> {
    let docx = docx(referral, today, purpose)?;
    let salt = random::salt().map_err(|e| e.to_string())?;
    let entry = filename::document_name(today);
    let zip = archive::encrypt(&entry, &docx, password, salt, today).map_err(|e| e.to_string())?;
    let mut tag = [0u8; 4];
    random::fill(&mut tag).map_err(|e| e.to_string())?;
    let name = filename::archive_name(today, &filename::Tag::from_random(tag));
    browser::download(&zip, &name, "application/zip").map_err(|e| format!("{e:?}"))?;
    Ok(name)
}

fn plain(referral: &Referral, today: Date, purpose: &str) -> Result<String, String> {
    let docx = docx(referral, today, purpose)?;
    let name = filename::document_name(today);
    browser::download(&docx, &name, browser::DOCX_MIME).map_err(|e| format!("{e:?}"))?;
    Ok(name)
}

/// Dutch advice for an agreed password that cannot be used.
fn agreed_message(e: &AgreedError) -> String {
    match e {
        AgreedError::Empty => "Typ het wachtwoord dat je met het OCMW afsprak.".into(),
        AgreedError::NotAscii => "Gebruik enkel letters zonder accenten, cijfers, spaties en leestekens van een gewoon toetsenbord: 7-Zip op Windows leest andere tekens anders, en dan gaat het bestand niet open.".into(),
        AgreedError::EdgeSpace => "Haal de spatie aan het begin of het einde weg: die valt bij het overtypen makkelijk weg.".into(),
        AgreedError::Weak { bits } => format!(
            "Dit wachtwoord is te makkelijk te raden (ongeveer {bits:.0} bits, minstens {MIN_AGREED_BITS:.0} nodig). Kies een langer wachtwoord zonder bekende woorden of jaartallen, bijvoorbeeld vier willekeurige woorden, of gebruik het wachtwoord dat Toeleiding maakt."
        ),
    }
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
            let result = encrypted(&referral, &password, state.today, state.purpose());
            browser::mark("versleutel-klaar");
            browser::measure("versleutel", "versleutel-start", "versleutel-klaar");
            let notice = match result {
                Ok(name) => {
                    state.dispatch(Action::Downloaded(name.clone()));
                    Notice::Done(format!("Het versleutelde bestand {name} staat in je downloads."))
                }
                Err(e) => Notice::Failed(format!("Versleutelen is niet gelukt ({e}). Probeer opnieuw of gebruik een andere browser.")),
            };
            state.dispatch(Action::Notice(notice));
        })
    };
    let on_plain = {
        let state = s.clone();
        let referral = referral.clone();
        Callback::from(move |_: MouseEvent| {
            let notice = match plain(&referral, state.today, state.purpose()) {
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
    let on_agreed_mode = {
        let state = s.clone();
        Callback::from(move |on| state.dispatch(Action::AgreedMode(on)))
    };
    let on_agreed_input = {
        let state = s.clone();
        Callback::from(move |v| state.dispatch(Action::SetAgreed(v)))
    };
    let on_use_agreed = {
        let state = s.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::UseAgreed))
    };
    let agreed_error = s
        .agreed_error
        .as_ref()
        .map(|e| AttrValue::from(agreed_message(e)));
    let on_next = {
        let state = s.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Next))
    };
    let on_sheet = {
        let state = s.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Show(View::Sheet)))
    };
    html! {
        <>
            <section class="wachtwoord-blok" aria-labelledby="wachtwoord-titel">
                <h2 id="wachtwoord-titel">{ "Wachtwoord" }</h2>
                <Checkbox id="afgesproken-wachtwoord" label="Gebruik een wachtwoord dat ik vooraf met het OCMW afsprak"
                    checked={s.agreed_mode} onchange={on_agreed_mode} />
                if s.agreed_mode {
                    if s.password_agreed {
                        <p class="melding-ok">{ "Het afgesproken wachtwoord wordt gebruikt. Het wordt nergens bewaard of getoond." }</p>
                    } else {
                        <TextField id="afgesproken-wachtwoord-tekst" label="Afgesproken wachtwoord" kind="password" width="breed-l"
                            hint={Some(AttrValue::Static("Enkel tekens van een gewoon toetsenbord (geen é of ë), sterk genoeg: bijvoorbeeld vier willekeurige woorden."))}
                            value={s.agreed_input.to_string()} error={agreed_error} oninput={on_agreed_input} />
                        <button type="button" class="knop knop-secundair" onclick={on_use_agreed}>{ "Gebruik dit wachtwoord" }</button>
                    }
                } else {
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
                }
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
            if s.archive_name.is_some() {
                <div class="acties">
                    <button type="button" class="knop knop-primair" onclick={on_next}>{ "Volgende: verzenden" }</button>
                </div>
            }
            <section class="waarschuwing" aria-labelledby="onversleuteld-titel">
                <h2 id="onversleuteld-titel">{ "Document voor het cliëntdossier" }</h2>
                <p><strong>{ "Let op: dit document is niet versleuteld." }</strong>{ " Mail het nooit. Laad het op in het cliëntdossier bij de verwijzingen en verwijder het daarna uit je downloads." }</p>
                <button type="button" class="knop knop-secundair" onclick={on_plain}>{ "Download onversleuteld document" }</button>
            </section>
            <p>
                <button type="button" class="knop knop-secundair" onclick={on_sheet}>{ "Infoblad voor de ouders" }</button>
            </p>
        </>
    }
}

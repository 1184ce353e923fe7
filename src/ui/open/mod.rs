//! "Verwijzing openen": the OCMW social worker opens a received archive with the password from
//! the SMS. Nothing is uploaded: the file is read in the browser.

use super::browser;
use super::errors::ErrorSummary;
use super::fields::{summary_row, TextField};
use super::state::{Action, AppState};
use std::rc::Rc;
use toeleiding::open::{Content, OpenError, Opened, ParentView, Protection, MAX_ARCHIVE_BYTES};
use toeleiding::reader::Block;
use toeleiding::vcard;
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;
use zeroize::Zeroizing;

#[derive(Properties, PartialEq)]
pub struct OpenerProps {
    pub state: UseReducerHandle<AppState>,
}

/// What went wrong and what to do next, in Dutch; and the field it belongs to.
fn message(e: &OpenError) -> (&'static str, String) {
    let limit = MAX_ARCHIVE_BYTES / (1024 * 1024);
    match e {
        OpenError::TooLarge => ("open-bestand", format!("Dit bestand is groter dan {limit} MB. Een verwijzing is veel kleiner: controleer of je het juiste bestand koos.")),
        OpenError::NotZip => ("open-bestand", "Dit is geen zip-bestand. Kies het .zip-bestand uit de e-mail van Kind en Gezin.".into()),
        OpenError::Damaged => ("open-bestand", "Het zip-bestand is beschadigd of onvolledig. Sla de bijlage opnieuw op uit de e-mail, of vraag de afzender om het opnieuw te sturen.".into()),
        OpenError::NoDocument => ("open-bestand", "In dit zip-bestand zit geen Word-document (.docx). Vraag de afzender om het juiste bestand.".into()),
        OpenError::PasswordMissing => ("open-wachtwoord", "Vul het wachtwoord uit de sms in.".into()),
        OpenError::WrongPassword => ("open-wachtwoord", "Het wachtwoord klopt niet. Typ of plak het zoals in de sms. Lukt het niet, vraag de afzender dan om het wachtwoord opnieuw te sturen.".into()),
        OpenError::ZipCrypto => ("open-bestand", "Dit bestand is versleuteld met de oude ZipCrypto-methode. Die is niet veilig genoeg voor persoonsgegevens, daarom opent Toeleiding het niet. Vraag de afzender om het opnieuw te versleutelen met AES-256 (in 7-Zip: versleutelingsmethode AES-256).".into()),
        OpenError::Unsupported => ("open-bestand", "Dit zip-bestand gebruikt een compressiemethode die Toeleiding niet kan lezen. Open het met 7-Zip of vraag de afzender om een nieuw bestand.".into()),
        OpenError::InvalidDocument => ("open-bestand", "Het document in het zip-bestand is geen leesbaar Word-document. Vraag de afzender om het opnieuw te sturen.".into()),
    }
}

fn take_file(state: UseReducerHandle<AppState>, file: File) {
    if file.size() > MAX_ARCHIVE_BYTES as f64 {
        state.dispatch(Action::OpenFileError(OpenError::TooLarge));
        return;
    }
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = Zeroizing::new(js_sys::Uint8Array::new(&buffer).to_vec());
                state.dispatch(Action::OpenFile(name, Rc::new(bytes)));
            }
            Err(_) => state.dispatch(Action::OpenFileError(OpenError::Damaged)),
        }
    });
}

fn parent_section(i: usize, p: &ParentView) -> Html {
    let card = vcard::vcard(p);
    let onclick = Callback::from(move |_: MouseEvent| {
        let _ = browser::download(card.as_bytes(), &vcard::file_name(i), "text/vcard");
    });
    let address = match (&p.street_line, &p.municipality_line) {
        (None, None) => None,
        (a, b) => Some(
            [a.clone(), b.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", "),
        ),
    };
    html! {
        <section class="overzicht">
            <div class="overzicht-kop">
                <h3>{ format!("Ouder {}", i + 1) }</h3>
                <button type="button" class="knop knop-secundair" {onclick}>
                    { format!("vCard ouder {}", i + 1) }
                </button>
            </div>
            <dl>
                { summary_row("Voornaam", Some(&p.first_name)) }
                { summary_row("Achternaam", Some(&p.last_name)) }
                { summary_row("Adres", address.as_ref()) }
                { summary_row("Telefoonnummer", p.phone.as_ref()) }
                { summary_row("E-mailadres", p.email.as_ref()) }
            </dl>
        </section>
    }
}

fn result(opened: &Opened) -> Html {
    let docx = opened.docx.clone();
    let name = opened.docx_name.clone();
    let on_docx = Callback::from(move |_: MouseEvent| {
        let _ = browser::download(&docx, &name, browser::DOCX_MIME);
    });
    let protection = match opened.protection {
        Protection::Aes(bits) => format!("Het bestand was versleuteld met AES-{bits}."),
        Protection::None => "Let op: dit bestand was niet versleuteld.".into(),
    };
    let body = match &opened.content {
        Content::Referral(v) => html! {
            <>
                <h2 id="open-resultaat">{ "Verwijzing" }</h2>
                <p>{ protection }</p>
                { for v.parents.iter().enumerate().map(|(i, p)| parent_section(i, p)) }
                <section class="overzicht">
                    <h3>{ "Doorverwezen door" }</h3>
                    <dl>
                        { summary_row("Lokaal team", v.team.as_ref()) }
                        { summary_row("Medewerker", v.worker.as_ref()) }
                        { summary_row("Telefoonnummer", v.worker_phone.as_ref()) }
                        { summary_row("E-mailadres", v.worker_email.as_ref()) }
                        { summary_row("Aan", v.ocmw.as_ref()) }
                        { summary_row("Datum van het document", v.date.as_ref()) }
                    </dl>
                </section>
                if let Some(consent) = &v.consent {
                    <section>
                        <h3>{ "Toestemming" }</h3>
                        <p>{ consent }</p>
                    </section>
                }
            </>
        },
        Content::Text(blocks) => html! {
            <>
                <h2 id="open-resultaat">{ "Inhoud van het document" }</h2>
                <p>{ protection }{ " Dit document is niet met Toeleiding gemaakt: hieronder staat de tekst." }</p>
                <div class="document-tekst">
                    { for blocks.iter().map(|b| match b {
                        Block::Paragraph(p) if p.is_empty() => html! {},
                        Block::Paragraph(p) => html! { <p>{ p }</p> },
                        Block::Table(rows) => html! {
                            <table>
                                { for rows.iter().map(|r| html! {
                                    <tr>{ for r.iter().map(|c| html! { <td>{ c }</td> }) }</tr>
                                }) }
                            </table>
                        },
                    }) }
                </div>
            </>
        },
    };
    html! {
        <>
            { body }
            <div class="acties">
                <button type="button" class="knop knop-primair" onclick={on_docx}>{ "Download document (.docx)" }</button>
            </div>
        </>
    }
}

#[function_component(Opener)]
pub fn opener(p: &OpenerProps) -> Html {
    let s = &p.state;
    let o = &s.open;
    let opened_focus = o.opened.is_some();
    use_effect_with(opened_focus, move |shown| {
        if *shown {
            browser::focus_id("open-resultaat");
        }
    });
    let on_file = {
        let state = s.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                take_file(state.clone(), file);
            }
        })
    };
    let on_drop = {
        let state = s.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                take_file(state.clone(), file);
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_password = {
        let state = s.clone();
        Callback::from(move |v| state.dispatch(Action::SetOpenPassword(v)))
    };
    let onsubmit = {
        let state = s.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            state.dispatch(Action::DoOpen);
        })
    };
    let problem: Option<(&'static str, String)> = if o.no_file {
        Some((
            "open-bestand",
            "Kies het zip-bestand dat je van Kind en Gezin kreeg.".into(),
        ))
    } else {
        o.error.as_ref().map(message)
    };
    let error_of = |field: &str| {
        problem
            .as_ref()
            .filter(|(f, _)| *f == field)
            .map(|(_, m)| m.clone())
    };
    let file_error = error_of("open-bestand");
    let password_error = error_of("open-wachtwoord").map(AttrValue::from);
    let summary: Vec<(String, String)> = problem
        .iter()
        .map(|(f, m)| (f.to_string(), m.clone()))
        .collect();
    html! {
        <section class="opener">
            <h1 tabindex="-1">{ "Verwijzing openen" }</h1>
            <p class="inleiding">{ "Open het zip-bestand dat je van een lokaal team van Kind en Gezin kreeg, met het wachtwoord uit de sms. Het bestand blijft op deze computer: er wordt niets verstuurd of bewaard." }</p>
            <ErrorSummary items={summary} round={o.round} title="Het bestand kan niet geopend worden" />
            <form novalidate=true {onsubmit}>
                <div class={classes!("veld", "sleepzone", file_error.is_some().then_some("veld-fout"))}
                     ondrop={on_drop} ondragover={on_drag_over}>
                    <label for="open-bestand">{ "Ontvangen zip-bestand" }</label>
                    <p class="hint" id="open-bestand-hint">{ format!("Kies het bestand of sleep het hierheen. Hoogstens {} MB.", MAX_ARCHIVE_BYTES / (1024 * 1024)) }</p>
                    if let Some(msg) = &file_error {
                        <p class="foutmelding" id="open-bestand-fout"><span class="sr-only">{ "Fout: " }</span>{ msg }</p>
                    }
                    <input type="file" id="open-bestand" accept=".zip,application/zip"
                        aria-describedby={if file_error.is_some() { "open-bestand-hint open-bestand-fout" } else { "open-bestand-hint" }}
                        aria-invalid={file_error.is_some().then_some("true")}
                        onchange={on_file} />
                    if let Some(name) = &o.file_name {
                        <p class="gekozen">{ format!("Gekozen: {name}") }</p>
                    }
                </div>
                <TextField id="open-wachtwoord" label="Wachtwoord uit de sms" width="breed-l"
                    hint={Some(AttrValue::Static("Je mag het plakken, met of zonder spaties en streepjes."))}
                    value={o.password.to_string()} error={password_error} oninput={on_password} />
                <div class="acties">
                    <button type="submit" class="knop knop-primair">{ "Openen" }</button>
                </div>
            </form>
            if let Some(opened) = &o.opened {
                { result(opened) }
            }
        </section>
    }
}

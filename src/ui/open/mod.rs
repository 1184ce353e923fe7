//! "Verwijzing openen": the OCMW social worker opens a received archive with the password from
//! the SMS. Nothing is uploaded: the file is read and opened in the browser.

mod app;
mod result;
pub mod state;

pub use app::start;

use crate::open::{OpenError, MAX_ARCHIVE_BYTES};
use crate::ui::browser;
use crate::ui::common::errors::ErrorSummary;
use crate::ui::common::fields::TextField;
use crate::ui::messages::common::ERROR_PREFIX;
use crate::ui::messages::open as m;
use state::{OpenAction, OpenProblem, OpenState};
use std::rc::Rc;
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;
use zeroize::Zeroizing;

#[derive(Properties, PartialEq)]
pub struct OpenerProps {
    pub open: Rc<OpenState>,
    pub on: Callback<OpenAction>,
}

/// Reads a chosen or dropped file (an effect) and hands its bytes on, for the page's `epoch`.
fn take_file(on: Callback<OpenAction>, epoch: u32, file: File) {
    if file.size() > MAX_ARCHIVE_BYTES as f64 {
        on.emit(OpenAction::FileFailed(epoch, OpenError::TooLarge));
        return;
    }
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = Zeroizing::new(js_sys::Uint8Array::new(&buffer).to_vec());
                on.emit(OpenAction::File(epoch, name, Rc::new(bytes)));
            }
            Err(_) => on.emit(OpenAction::FileFailed(epoch, OpenError::Damaged)),
        }
    });
}

/// The problem in Dutch and the field it belongs to.
fn problem(p: &OpenProblem) -> (&'static str, String) {
    match p {
        OpenProblem::NoFile => (m::FILE_FIELD, m::NO_FILE.into()),
        OpenProblem::Open(e) => m::error(e),
    }
}

#[function_component(Opener)]
pub fn opener(p: &OpenerProps) -> Html {
    let o = &p.open;
    let opened_focus = o.opened.is_some();
    use_effect_with(opened_focus, move |shown| {
        if *shown {
            // In a task of its own: the layout that moving the focus forces is not added to the
            // task that built the shown referral (together they took 60-90 ms at 4x CPU).
            wasm_bindgen_futures::spawn_local(async {
                browser::yield_now().await;
                browser::focus_id("open-resultaat");
            });
        }
    });
    let epoch = o.epoch;
    let on_file = {
        let on = p.on.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                take_file(on.clone(), epoch, file);
            }
        })
    };
    let on_drop = {
        let on = p.on.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                take_file(on.clone(), epoch, file);
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_password = p.on.reform(OpenAction::Password);
    // Opening is an effect: it runs here, and only its result is dispatched.
    let onsubmit = {
        let on = p.on.clone();
        let open = o.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match &open.bytes {
                None => on.emit(OpenAction::NoFile),
                Some(bytes) => {
                    let epoch = open.epoch;
                    on.emit(OpenAction::Busy);
                    let (bytes, password, on) = (bytes.clone(), open.password.clone(), on.clone());
                    // Let the page say it is busy; the key derivations run in slices.
                    wasm_bindgen_futures::spawn_local(async move {
                        browser::pause().await;
                        let result = crate::ui::derive::open(&bytes, &password)
                            .await
                            .map(Rc::new);
                        // Showing the referral is a task of its own, after the one that opened it.
                        browser::yield_now().await;
                        on.emit(OpenAction::Opened(epoch, result));
                    });
                }
            }
        })
    };
    let shown = o.problem.as_ref().map(problem);
    let error_of = |field: &str| {
        shown
            .as_ref()
            .filter(|(f, _)| *f == field)
            .map(|(_, m)| m.clone())
    };
    let file_error = error_of(m::FILE_FIELD);
    let password_error = error_of(m::PASSWORD_FIELD).map(AttrValue::from);
    let summary: Vec<(String, String)> = shown
        .iter()
        .map(|(f, m)| (f.to_string(), m.clone()))
        .collect();
    let described = if file_error.is_some() {
        "open-bestand-hint open-bestand-fout"
    } else {
        "open-bestand-hint"
    };
    html! {
        <section class="opener">
            <h1 tabindex="-1">{ m::TITLE }</h1>
            <p class="inleiding">{ m::INTRO }</p>
            <ErrorSummary items={summary} round={o.round} title={m::SUMMARY_TITLE} />
            <form novalidate=true {onsubmit}>
                <div class={classes!("veld", "sleepzone", file_error.is_some().then_some("veld-fout"))}
                     ondrop={on_drop} ondragover={on_drag_over}>
                    <label for={m::FILE_FIELD}>{ m::FILE_LABEL }</label>
                    <p class="hint" id="open-bestand-hint">{ m::file_hint() }</p>
                    if let Some(msg) = &file_error {
                        <p class="foutmelding" id="open-bestand-fout"><span class="sr-only">{ ERROR_PREFIX }</span>{ msg }</p>
                    }
                    <input type="file" id={m::FILE_FIELD} accept=".7z,.zip,.docx,application/x-7z-compressed,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        aria-describedby={described}
                        aria-invalid={file_error.is_some().then_some("true")}
                        onchange={on_file} />
                    if let Some(name) = &o.file_name {
                        <p class="gekozen">{ m::chosen(name) }</p>
                    }
                </div>
                <TextField id={m::PASSWORD_FIELD} label={m::PASSWORD_LABEL} width="breed-l"
                    hint={Some(AttrValue::Static(m::PASSWORD_HINT))}
                    value={o.password.to_string()} error={password_error} oninput={on_password} />
                <div class="acties">
                    <button type="submit" class="knop knop-primair" disabled={o.busy}
                        aria-busy={o.busy.then_some("true")}>{ m::OPEN }</button>
                </div>
                <p class="status" role="status">{ if o.busy { m::BUSY } else { "" } }</p>
            </form>
            if let Some(opened) = &o.opened {
                { result::result(opened) }
            }
        </section>
    }
}

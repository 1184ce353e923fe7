//! The import area of "KSZ lezen": a drop zone with a file chooser (several files at once), a
//! field to paste the XML of one answer, the OCMW's own numbers, and what happened to the last
//! batch. Reading is the effect here (size first, then the bytes, then the reader module: see
//! `reader.rs`); only the results are handed on.

use super::reader;
use crate::ksz::import::{ImportError, Options, MAX_FILE_BYTES};
use crate::ksz::imported::Refusal;
use crate::ui::common::fields::TextField;
use crate::ui::messages::ksz_import as m;
use std::rc::Rc;
use web_sys::{DragEvent, File, FileList, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;
use zeroize::Zeroizing;

/// What reading one file gave: its name as chosen, and the answer or why not.
pub use crate::ksz::page::Read;

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    /// The OCMW's own numbers, as typed (not stored).
    pub own_enterprise: AttrValue,
    pub own_nis: AttrValue,
    pub options: Rc<Options>,
    /// The status of the last batch, and what it refused (file name, why).
    pub status: Option<AttrValue>,
    pub refused: Rc<Vec<(String, Refusal)>>,
    pub on_batch: Callback<Vec<Read>>,
    pub on_own_enterprise: Callback<String>,
    pub on_own_nis: Callback<String>,
}

fn files(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads the files one after the other (so they are numbered in the order chosen) and hands
/// the batch on. A file over the limit is refused before it is read.
fn read_files(files: Vec<File>, options: Rc<Options>, on: Callback<Vec<Read>>) {
    if files.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut out = Vec::with_capacity(files.len());
        for file in files {
            let name = file.name();
            if file.size() > MAX_FILE_BYTES as f64 {
                out.push((name, Err(ImportError::TooLarge)));
                continue;
            }
            let result = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => {
                    let bytes = Zeroizing::new(js_sys::Uint8Array::new(&buffer).to_vec());
                    reader::read(bytes, &options).await
                }
                Err(_) => Err(ImportError::NotXml),
            };
            out.push((name, result));
        }
        on.emit(out);
    });
}

#[function_component(ImportArea)]
pub fn import_area(p: &ImportProps) -> Html {
    let over = use_state(|| false);
    let paste = use_node_ref();
    // The readers are a module of their own, loaded after the first screen (see reader.rs).
    use_effect_with((), |_| reader::preload());
    let on_choose = {
        let (on, options) = (p.on_batch.clone(), p.options.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let chosen = files(input.files());
            // The chooser keeps nothing: the same file can be chosen again after a removal.
            input.set_value("");
            read_files(chosen, options.clone(), on.clone());
        })
    };
    let on_drop = {
        let (on, options, over) = (p.on_batch.clone(), p.options.clone(), over.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            let dropped = files(e.data_transfer().and_then(|d| d.files()));
            read_files(dropped, options.clone(), on.clone());
        })
    };
    let on_drag_over = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*over {
                over.set(true);
            }
        })
    };
    let on_drag_leave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let on_paste = {
        let (on, options, paste) = (p.on_batch.clone(), p.options.clone(), paste.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(area) = paste.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let text = Zeroizing::new(area.value());
            // The pasted answer does not stay in the page.
            area.set_value("");
            if text.trim().is_empty() {
                return;
            }
            let (on, options) = (on.clone(), options.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = if text.len() > MAX_FILE_BYTES {
                    Err(ImportError::TooLarge)
                } else {
                    let bytes = Zeroizing::new(text.as_bytes().to_vec());
                    drop(text);
                    reader::read(bytes, &options).await
                };
                on.emit(vec![(m::PASTED_NAME.to_string(), result)]);
            });
        })
    };
    let hint = m::files_hint();
    html! {
        <section class="ksz-import geen-print" aria-labelledby="ksz-import-titel">
            <h2 id="ksz-import-titel" tabindex="-1">{ m::HEADING }</h2>
            <p>{ m::INTRO }</p>
            <div class={classes!("veld", "sleepzone", (*over).then_some("sleep-boven"))}
                ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
                <label for={m::FILES_FIELD}>{ m::FILES_LABEL }</label>
                <p class="hint" id="ksz-bestanden-hint">{ hint }</p>
                <input type="file" id={m::FILES_FIELD} multiple=true autocomplete="off"
                    aria-describedby="ksz-bestanden-hint" onchange={on_choose} />
            </div>
            <div class="veld">
                <label for={m::PASTE_FIELD}>{ m::PASTE_LABEL }</label>
                <p class="hint" id="ksz-plak-hint">{ m::PASTE_HINT }</p>
                <textarea id={m::PASTE_FIELD} class="plak-xml" rows="4" autocomplete="off"
                    spellcheck="false" aria-describedby="ksz-plak-hint" ref={paste} />
                <p><button type="button" class="knop knop-secundair" onclick={on_paste}>{ m::PASTE_BUTTON }</button></p>
            </div>
            <details class="eigen-ocmw">
                <summary>{ m::OWN_SUMMARY }</summary>
                <p class="hint">{ m::OWN_INTRO }</p>
                <TextField id={m::OWN_ENTERPRISE_FIELD} label={m::OWN_ENTERPRISE_LABEL} width="breed-l"
                    hint={Some(AttrValue::Static(m::OWN_ENTERPRISE_HINT))} inputmode={Some(AttrValue::Static("numeric"))}
                    value={p.own_enterprise.clone()} oninput={p.on_own_enterprise.clone()} />
                <TextField id={m::OWN_NIS_FIELD} label={m::OWN_NIS_LABEL} width="breed-l"
                    hint={Some(AttrValue::Static(m::OWN_NIS_HINT))} inputmode={Some(AttrValue::Static("numeric"))}
                    value={p.own_nis.clone()} oninput={p.on_own_nis.clone()} />
            </details>
            <p class="status" role="status">{ p.status.clone().unwrap_or_default() }</p>
            if !p.refused.is_empty() {
                <div class="melding-fout" role="alert">
                    <h3>{ m::REFUSED_HEADING }</h3>
                    <ul>
                        { for p.refused.iter().map(|(name, why)| html! {
                            <li><strong class="bestandsnaam">{ name }</strong>{ ": " }{ m::refusal(why) }</li>
                        }) }
                    </ul>
                    <p>{ m::KEPT }</p>
                </div>
            }
        </section>
    }
}

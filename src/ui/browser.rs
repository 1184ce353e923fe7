//! The few browser services the UI needs: today's date, downloads, focus, clipboard.

use crate::date::Date;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlElement, Url};

thread_local! {
    /// Object URLs of downloads that are not yet revoked, so "Alles wissen" can revoke them.
    static OBJECT_URLS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Today in the browser's local time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        u16::try_from(now.get_full_year()).unwrap_or(2026),
        u8::try_from(now.get_month() + 1).unwrap_or(1),
        u8::try_from(now.get_date()).unwrap_or(1),
    )
    .unwrap_or_else(|_| Date::new(2026, 1, 1).expect("valid fallback date"))
}

fn revoke(url: &str) {
    let _ = Url::revoke_object_url(url);
    OBJECT_URLS.with(|urls| urls.borrow_mut().retain(|u| u != url));
}

/// Revokes every object URL this page made (part of "Alles wissen").
pub fn revoke_all() {
    let urls = OBJECT_URLS.with(|urls| std::mem::take(&mut *urls.borrow_mut()));
    for url in urls {
        let _ = Url::revoke_object_url(&url);
    }
}

/// Offers `bytes` as a download called `name`. The object URL is revoked after a minute:
/// revoking at once can cancel the download.
pub fn download(bytes: &[u8], name: &str, mime: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    OBJECT_URLS.with(|urls| urls.borrow_mut().push(url.clone()));
    let anchor: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&anchor)?;
    anchor.click();
    body.remove_child(&anchor)?;
    let later = Closure::once_into_js(move || revoke(&url));
    window.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 60_000)?;
    Ok(())
}

/// Moves keyboard focus to the element with this id, HTML or SVG (and scrolls it into view).
pub fn focus_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    let Some(element) = element else {
        return;
    };
    match element.dyn_into::<HtmlElement>() {
        Ok(html) => {
            let _ = html.focus();
            html.scroll_into_view();
        }
        Err(other) => {
            if let Ok(svg) = other.dyn_into::<web_sys::SvgElement>() {
                let _ = svg.focus();
            }
        }
    }
}

/// Moves keyboard focus to the first element matching a CSS selector.
pub fn focus_selector(selector: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The build fingerprint written by `scripts/finalize.py` into `<meta name="toeleiding-build">`.
pub fn build_fingerprint() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=toeleiding-build]")
        .ok()??
        .get_attribute("content")
}

/// A performance mark, for the benchmarks (`make bench`).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// A performance measure between two marks, for the benchmarks.
pub fn measure(name: &str, start: &str, end: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark_and_end_mark(name, start, end);
    }
}

/// The localStorage key for remembered settings. With the remembered template (below), the only
/// things this app ever stores, and only when the worker asks.
const SETTINGS_KEY: &str = "toeleiding.instellingen";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Settings remembered on this device ("onthoud op dit toestel"), if any.
pub fn stored_settings() -> Option<String> {
    local_storage()?.get_item(SETTINGS_KEY).ok()?
}

/// Remembers the settings JSON on this device. Only ever called with settings, never family data.
pub fn remember_settings(json: &str) -> bool {
    local_storage()
        .map(|s| s.set_item(SETTINGS_KEY, json).is_ok())
        .unwrap_or(false)
}

/// Forgets remembered settings.
pub fn forget_settings() {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(SETTINGS_KEY);
    }
}

/// The localStorage keys for a remembered template (a Word file without family data): its file
/// name, and its bytes in base64.
const TEMPLATE_NAME_KEY: &str = "toeleiding.sjabloon.naam";
const TEMPLATE_KEY: &str = "toeleiding.sjabloon";
/// Largest template we try to remember (localStorage holds about 5 million characters).
const MAX_REMEMBERED_TEMPLATE: usize = 3 * 1024 * 1024;

/// The template remembered on this device, if any: (file name, bytes).
pub fn stored_template() -> Option<(String, Vec<u8>)> {
    let storage = local_storage()?;
    let name = storage.get_item(TEMPLATE_NAME_KEY).ok()??;
    let bytes = crate::formats::agile::base64::decode(&storage.get_item(TEMPLATE_KEY).ok()??)?;
    Some((name, bytes))
}

/// Remembers a template on this device; `false` when it is too large or storage refuses.
pub fn remember_template(name: &str, bytes: &[u8]) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    if bytes.len() > MAX_REMEMBERED_TEMPLATE {
        return false;
    }
    let encoded = crate::formats::agile::base64::encode(bytes);
    let kept = storage.set_item(TEMPLATE_KEY, &encoded).is_ok()
        && storage.set_item(TEMPLATE_NAME_KEY, name).is_ok();
    if !kept {
        forget_template();
    }
    kept
}

/// Forgets a remembered template.
pub fn forget_template() {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(TEMPLATE_KEY);
        let _ = s.remove_item(TEMPLATE_NAME_KEY);
    }
}

/// A browser error as text, without `Debug` (which would bring float formatting into every
/// page's wasm for a message nobody reads: the pages show their own Dutch texts).
fn js_error(e: wasm_bindgen::JsValue) -> String {
    e.as_string()
        .unwrap_or_else(|| "the browser refused".to_string())
}

/// Reads a file the user picked as bytes.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(js_error)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Reads a file the user picked as text.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(js_error)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// `data:` URL of an SVG image (allowed by the CSP's `img-src data:`).
pub fn svg_data_url(svg: &str) -> String {
    let encoded = js_sys::encode_uri_component(svg);
    format!("data:image/svg+xml;charset=utf-8,{}", String::from(encoded))
}

/// Whether this page is the single offline file (`scripts/finalize.py` marks it with
/// `<meta name="toeleiding-single">`), so links go to the other single files.
pub fn is_single_file() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=toeleiding-single]")
                .ok()
                .flatten()
        })
        .is_some()
}

/// While `on`, leaving or reloading the page first asks the browser's own "Leave site?"
/// question (what was typed or imported would be gone: nothing is stored). Off again once the
/// page is wiped.
pub fn warn_before_leaving(on: bool) {
    thread_local! {
        static ASK: Closure<dyn Fn(web_sys::Event)> = Closure::new(|e: web_sys::Event| {
            e.prevent_default();
            // Older engines ask only when `returnValue` is set.
            let _ = js_sys::Reflect::set(&e, &"returnValue".into(), &"".into());
        });
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    if on {
        ASK.with(|ask| window.set_onbeforeunload(Some(ask.as_ref().unchecked_ref())));
    } else {
        window.set_onbeforeunload(None);
    }
}

/// Milliseconds on the page's clock.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Lets the event loop run: rendering, input and timers go first. A message to a fresh
/// `MessageChannel` (a zero-delay timer is held back to 4 ms once timers nest, which added a
/// third to a derivation in slices); a zero-delay timer where that fails.
pub async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let posted = web_sys::MessageChannel::new().is_ok_and(|channel| {
            // The port stays alive while its message is queued.
            channel.port1().set_onmessage(Some(resolve.unchecked_ref()));
            channel.port2().post_message(&JsValue::NULL).is_ok()
        });
        if !posted {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits a moment, so the page can show that it is working before a long computation.
pub async fn pause() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The id of the data block that carries the password word lists in the single offline file.
pub const PASSWORD_LISTS_ELEMENT: &str = "toeleiding-woordenlijsten";

/// The password word lists (see `password::vocabulary`): from the single offline file's data
/// block (base64), else fetched from beside the page. Carries nothing of the family: a fixed
/// address of the app's own, asked for when the worker chooses an agreed password.
pub async fn password_lists() -> Result<Vec<u8>, String> {
    match embedded_bytes(PASSWORD_LISTS_ELEMENT) {
        Some(bytes) => bytes,
        None => fetch_own(crate::password::vocabulary::FILE_NAME, None).await,
    }
}

/// The id of the data block that carries the KSZ knowledge's notes in the single offline file.
pub const KSZ_NOTES_ELEMENT: &str = "toeleiding-leeswijzer";

/// The KSZ knowledge's longer texts (see `ksz::notes`): from the single offline file's data
/// block (plain text), else fetched from beside the page. The knowledge only, nothing of a
/// client: a fixed address of the app's own, asked for when the guide, the frame or the
/// practice tab opens.
pub async fn ksz_notes() -> Result<String, String> {
    own_text(KSZ_NOTES_ELEMENT, crate::ksz::notes::FILE_NAME).await
}

/// The id of the data block that carries the sheet's languages in the single offline file.
pub const SHEET_LANGUAGES_ELEMENT: &str = "toeleiding-talen";

/// The information sheet's languages (see `crate::languages`): from the single offline file's
/// data block (plain text), else fetched from beside the page. One file for every language, so
/// the request never says which was chosen; a fixed address of the app's own, no query.
pub async fn sheet_languages() -> Result<String, String> {
    own_text(SHEET_LANGUAGES_ELEMENT, crate::languages::FILE_NAME).await
}

/// A text bundle of the app's own (see `crate::bundle`): from the single offline file's data
/// block `element` (plain text), else fetched as `file_name` from beside the page.
async fn own_text(element: &str, file_name: &str) -> Result<String, String> {
    if let Some(text) = embedded(element) {
        return Ok(text);
    }
    let bytes = fetch_own(file_name, None).await?;
    String::from_utf8(bytes).map_err(|_| format!("{file_name} is not UTF-8"))
}

/// The text of the single offline file's data block `element` (None in a served page).
fn embedded(element: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .get_element_by_id(element)?
        .text_content()
}

/// The bytes of the single offline file's base64 data block `element` (None in a served page).
pub fn embedded_bytes(element: &str) -> Option<Result<Vec<u8>, String>> {
    let text = embedded(element)?;
    Some(
        crate::formats::agile::base64::decode(text.trim())
            .ok_or_else(|| format!("the data block {element} is not base64")),
    )
}

/// A file of the app's own, beside the page (a GET of a fixed address, no query); with an
/// `integrity`, the browser refuses any other bytes.
pub async fn fetch_own(url: &str, integrity: Option<&str>) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    if let Some(integrity) = integrity {
        init.set_integrity(integrity);
    }
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(js_error)?;
    let response: web_sys::Response = response.dyn_into().map_err(js_error)?;
    if !response.ok() {
        return Err(format!("status {}", response.status()));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(js_error)?)
        .await
        .map_err(js_error)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

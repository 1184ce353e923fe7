//! The page's side of the reader module (`reader/`: the KSZ readers as a wasm of their own, so
//! that the page's first load carries none of them). The module is loaded once, after the first
//! screen: from the single offline file's data block, else fetched from beside the page with
//! the integrity the page names (the browser refuses other bytes). Each file is read in a fresh
//! instance, in three tasks (parse, read, wipe), and the instance is dropped after it: what it
//! held goes with its memory. No personal data travel: the request and the result stay in the
//! page.

use crate::ksz::import::wire::{decode_result, encode_request};
use crate::ksz::import::{Answer, ImportError, Options};
use crate::ui::browser;
use js_sys::{Function, Object, Promise, Reflect, Uint8Array, WebAssembly};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use zeroize::Zeroizing;

/// The id of the single offline file's data block (base64), and the name of the served page's
/// `<meta>` that says where the module is and its integrity ("./ksz-lezer-….wasm sha384-…").
pub const READER_ELEMENT: &str = "toeleiding-lezer";

thread_local! {
    /// The module being loaded or loaded (a promise of a `WebAssembly.Module`): asked for once;
    /// forgotten when loading failed, so that the next file tries again.
    static MODULE: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Starts loading the module, if that has not started yet (after the first screen: the first
/// file then reads at once). A failure is handled as a file's would be: forgotten, so that the
/// next file tries again (and never an unhandled rejection).
pub fn preload() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = module().await;
    });
}

fn loading() -> Promise {
    MODULE.with_borrow_mut(|m| {
        m.get_or_insert_with(|| {
            wasm_bindgen_futures::future_to_promise(async {
                // Not in the first screen's task: the page is interactive first.
                browser::pause().await;
                let bytes = module_bytes().await.map_err(|e| JsValue::from_str(&e))?;
                JsFuture::from(WebAssembly::compile(&Uint8Array::from(&bytes[..]).into())).await
            })
        })
        .clone()
    })
}

async fn module() -> Option<WebAssembly::Module> {
    match JsFuture::from(loading()).await {
        Ok(m) => m.dyn_into().ok(),
        Err(_) => {
            MODULE.with_borrow_mut(|m| *m = None);
            None
        }
    }
}

/// The module's bytes: the single offline file's data block, else a fetch of the file the page
/// names, with its integrity.
async fn module_bytes() -> Result<Vec<u8>, String> {
    if let Some(bytes) = browser::embedded_bytes(READER_ELEMENT) {
        return bytes;
    }
    let named = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("meta[name={READER_ELEMENT}]"))
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .ok_or("the page names no reader module")?;
    let (url, integrity) = named
        .split_once(' ')
        .ok_or("no integrity for the reader module")?;
    browser::fetch_own(url, Some(integrity)).await
}

/// Reads one answer in a fresh instance of the module. [`ImportError::Unavailable`] when the
/// module could not be loaded or stopped.
pub async fn read(bytes: Zeroizing<Vec<u8>>, options: &Options) -> Result<Answer, ImportError> {
    let Some(module) = module().await else {
        return Err(ImportError::Unavailable);
    };
    read_in(&module, bytes, options)
        .await
        .unwrap_or(Err(ImportError::Unavailable))
}

async fn read_in(
    module: &WebAssembly::Module,
    bytes: Zeroizing<Vec<u8>>,
    options: &Options,
) -> Result<Result<Answer, ImportError>, JsValue> {
    let instance: WebAssembly::Instance =
        JsFuture::from(WebAssembly::instantiate_module(module, &Object::new()))
            .await?
            .dyn_into()?;
    let exports = instance.exports();
    let memory: WebAssembly::Memory = Reflect::get(&exports, &"memory".into())?.dyn_into()?;
    let call = |name: &str, arg: Option<u32>| -> Result<u32, JsValue> {
        let f: Function = Reflect::get(&exports, &name.into())?.dyn_into()?;
        let out = match arg {
            Some(a) => f.call1(&JsValue::UNDEFINED, &a.into())?,
            None => f.call0(&JsValue::UNDEFINED)?,
        };
        // A wasm i32 (an address or a length) comes out signed.
        Ok(out.as_f64().map_or(0, |v| v as i64 as u32))
    };
    // Views are made after each call: a call that grows the memory detaches the old buffer.
    let view =
        |at: u32, len: u32| Uint8Array::new_with_byte_offset_and_length(&memory.buffer(), at, len);
    let request = encode_request(options, &bytes);
    drop(bytes);
    let len = u32::try_from(request.len()).map_err(|_| JsValue::NULL)?;
    let at = call("reader_input", Some(len))?;
    view(at, len).copy_from(&request);
    drop(request);
    let parsed = call("reader_parse", None)? == 1;
    browser::yield_now().await;
    if parsed {
        call("reader_answer", None)?;
        browser::yield_now().await;
    }
    let (at, len) = (
        call("reader_output", None)?,
        call("reader_output_len", None)?,
    );
    let mut out = Zeroizing::new(vec![0; len as usize]);
    view(at, len).copy_to(&mut out);
    // Drops (and wipes) the tree: for a large answer, that is the third task.
    call("reader_wipe", None)?;
    decode_result(&out).map_err(|_| JsValue::NULL)
}

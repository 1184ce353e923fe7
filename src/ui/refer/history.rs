//! The browser's Back and Forward buttons move between the steps already reached. Each step
//! change adds a history entry (`#stap-N`); `popstate` asks the flow to go to that step, which
//! checks every step before it (so Forward can never skip *Controleer*).

use crate::refer::{FlowAction, Step};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

#[hook]
pub fn use_step_history(step: Step, on: Callback<FlowAction>) {
    use_effect_with(step, move |step| {
        if let Some(h) = history() {
            let n = step.number() as f64;
            let current = h.state().ok().and_then(|v| v.as_f64());
            let url = format!("#stap-{}", step.number());
            match current {
                Some(c) if c == n => {}
                None => {
                    let _ = h.replace_state_with_url(&JsValue::from(n), "", Some(&url));
                }
                Some(_) => {
                    let _ = h.push_state_with_url(&JsValue::from(n), "", Some(&url));
                }
            }
        }
    });
    use_effect_with((), move |_| {
        let window = web_sys::window().expect("a browser window");
        let on_pop =
            Closure::<dyn Fn(web_sys::PopStateEvent)>::new(move |e: web_sys::PopStateEvent| {
                let n = e.state().as_f64().unwrap_or(1.0) as usize;
                if let Some(step) = Step::from_number(n) {
                    on.emit(FlowAction::Go(step));
                }
            });
        let _ =
            window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        move || {
            let _ = window
                .remove_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        }
    });
}

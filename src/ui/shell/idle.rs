//! The automatic wipe: after 15 minutes without keyboard, mouse or touch activity everything is
//! wiped, with a visible warning one minute before.

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Milliseconds without activity before everything is wiped.
pub const WIPE_AFTER_MS: f64 = 15.0 * 60.0 * 1000.0;
/// Milliseconds without activity before the warning shows.
pub const WARN_AFTER_MS: f64 = 14.0 * 60.0 * 1000.0;

thread_local! {
    static LAST_ACTIVITY: Cell<f64> = Cell::new(js_sys::Date::now());
}

/// Counts as activity: resets the inactivity clock.
pub fn touch() {
    LAST_ACTIVITY.with(|t| t.set(js_sys::Date::now()));
}

fn idle_ms() -> f64 {
    js_sys::Date::now() - LAST_ACTIVITY.with(Cell::get)
}

/// Installs the activity listeners and the once-a-second check. Call once, from the page's app:
/// `on_warning` shows or hides the warning, `on_wipe` wipes everything.
#[hook]
pub fn use_auto_wipe(warning: bool, on_warning: Callback<bool>, on_wipe: Callback<()>) {
    let warning_ref = use_mut_ref(|| warning);
    *warning_ref.borrow_mut() = warning;
    use_effect_with((), move |_| {
        let window = web_sys::window().expect("a browser window");
        let on_activity = Closure::<dyn Fn()>::new(touch);
        for event in ["keydown", "pointerdown", "input", "wheel", "touchstart"] {
            let _ = window
                .add_event_listener_with_callback(event, on_activity.as_ref().unchecked_ref());
        }
        let tick = Closure::<dyn Fn()>::new(move || {
            let idle = idle_ms();
            let warned = *warning_ref.borrow();
            if idle >= WIPE_AFTER_MS {
                touch();
                on_wipe.emit(());
            } else if idle >= WARN_AFTER_MS && !warned {
                on_warning.emit(true);
            } else if idle < WARN_AFTER_MS && warned {
                on_warning.emit(false);
            }
        });
        let id = window
            .set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                1000,
            )
            .unwrap_or(0);
        move || {
            window.clear_interval_with_handle(id);
            for event in ["keydown", "pointerdown", "input", "wheel", "touchstart"] {
                let _ = window.remove_event_listener_with_callback(
                    event,
                    on_activity.as_ref().unchecked_ref(),
                );
            }
            drop(tick);
        }
    });
}

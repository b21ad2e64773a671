//! History on the hosted page: one entry per screen, so the browser's Back and Forward move
//! between screens, and a reload when a share link is pasted into the address bar.

use js_sys::Function;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::window;

/// Makes the current history entry name `code`: replaces the entry on the first screen, and
/// pushes a new one whenever the screen differs from what the current entry names, so the
/// browser's Back returns to the previous screen.
pub fn sync_history(code: &str, replace: bool) {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    let current = history.state().ok().and_then(|s| s.as_string());
    if current.as_deref() == Some(code) {
        return;
    }
    let state = JsValue::from_str(code);
    let _ = if replace || current.is_none() {
        history.replace_state(&state, "")
    } else {
        history.push_state(&state, "")
    };
}

/// Calls `on_pop` with the screen code of each history entry the browser returns to. The
/// listener lives as long as the returned guard.
pub fn on_history_pop(on_pop: impl Fn(String) + 'static) -> Listener {
    let callback =
        Closure::<dyn Fn(web_sys::PopStateEvent)>::new(move |event: web_sys::PopStateEvent| {
            if let Some(code) = event.state().as_string() {
                on_pop(code);
            }
        });
    Listener::add("popstate", callback.into_js_value().unchecked_into())
}

/// Reloads the page when its fragment changes to a share link (`#r=…`), as when a link is
/// pasted into the address bar of a tab already showing the check: the page then opens that
/// result exactly as it would from a fresh visit.
pub fn reload_on_share_link(prefix: &'static str) -> Listener {
    let callback = Closure::<dyn Fn()>::new(move || {
        let Some(location) = window().map(|w| w.location()) else {
            return;
        };
        if location
            .hash()
            .is_ok_and(|hash| hash.trim_start_matches('#').starts_with(prefix))
        {
            let _ = location.reload();
        }
    });
    Listener::add("hashchange", callback.into_js_value().unchecked_into())
}

/// An event listener on the window, removed when dropped.
pub struct Listener {
    event: &'static str,
    function: Function,
}

impl Listener {
    fn add(event: &'static str, function: Function) -> Listener {
        if let Some(window) = window() {
            let _ = window.add_event_listener_with_callback(event, &function);
        }
        Listener { event, function }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(window) = window() {
            let _ = window.remove_event_listener_with_callback(self.event, &self.function);
        }
    }
}

//! The only code that touches the browser, one file per concern: the page itself (focus,
//! title, theme, the static fallback), the words of its language, its address, the tab's session storage and the device's
//! remembered check-ins (typed records: `records`), history,
//! messages to an embedding page, the offline worker and its updates, and sharing and
//! printing. Every call is best-effort: a missing API, a throwing storage or a refused
//! permission is ignored, never a panic, because the check must keep working whatever page or
//! browser it lands in. The rest of the app calls these as `platform::…`.

mod address;
mod history;
mod host;
mod language;
mod page;
mod records;
mod share;
mod storage;
mod updates;

pub use address::*;
pub use history::*;
pub use host::*;
pub use language::*;
pub use page::*;
pub use share::*;
pub use storage::*;
pub use updates::*;

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// A property of a JavaScript object looked up by name (APIs some browsers lack are read this
/// way rather than through web-sys bindings that assume them), or `undefined`.
fn property(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Adds an event listener to any event target.
fn add_listener(target: &JsValue, event: &str, listener: &JsValue) {
    let target: &web_sys::EventTarget = target.unchecked_ref();
    let _ = target.add_event_listener_with_callback(event, listener.unchecked_ref());
}

/// A method of a JavaScript object, if it has one by that name.
fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &name.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

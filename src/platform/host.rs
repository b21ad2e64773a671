//! Messages to the page that embeds the check, and the content's height for its frame.

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::{document, window};

/// Posts `{source: "aftercare", type, ...fields}` to the parent page, to `origin` exactly.
pub fn post_to_parent(origin: &str, kind: &str, fields: &[(&str, JsValue)]) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else { return };
    let message = Object::new();
    let _ = Reflect::set(&message, &"source".into(), &"aftercare".into());
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    for (key, value) in fields {
        let _ = Reflect::set(&message, &(*key).into(), value);
    }
    let _ = parent.post_message(&message, origin);
}

/// Calls `on_height` with the height of the app's content (the element `selector` names)
/// now and whenever it changes. The content, not the document: inside a frame the document
/// is never shorter than the frame, so measuring it would let the frame grow but never
/// shrink. Lives as long as the returned observer.
pub fn observe_height(selector: &str, on_height: impl Fn(f64) + 'static) -> Option<HeightObserver> {
    let content = document()?.query_selector(selector).ok()??.dyn_into::<web_sys::HtmlElement>().ok()?;
    let measured = content.clone();
    let measure = move || on_height(f64::from(measured.offset_top() + measured.offset_height()));
    measure();
    let callback = Closure::<dyn Fn()>::new(measure);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&content);
    Some(HeightObserver { observer, _callback: callback })
}

/// A running height observer; disconnects when dropped.
pub struct HeightObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn Fn()>,
}

impl Drop for HeightObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

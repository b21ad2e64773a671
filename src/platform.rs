//! The only code that touches the browser. Every call is best-effort: a missing element or
//! API is ignored, never a panic, because the check must keep working whatever the page.

use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with this id and brings the page to its top.
pub fn focus_by_id(id: &str) {
    let Some(window) = web_sys::window() else { return };
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let element = window.document().and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

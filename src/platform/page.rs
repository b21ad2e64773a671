//! The page itself: where keyboard focus goes, the tab's title, the root element's theme, the
//! element the app mounts into and the static fallback beside it, today's date and the
//! console.

use wasm_bindgen::{JsCast, JsValue};

use super::{document, window};
use crate::engine::date::CivilDate;

/// Moves keyboard focus to the element with this id and brings the page to its top.
pub fn focus_by_id(id: &str) {
    let Some(window) = window() else { return };
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let element = document().and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The id of the focused element, if it is inside the app's mount point: the prerendered
/// start screen the app is about to replace (see `ui::Launch::refocus`).
pub fn focused_id_in_root() -> Option<String> {
    let document = document()?;
    let focused = document.active_element()?;
    let root = document.get_element_by_id("af-root")?;
    (root.contains(Some(&focused)) && !focused.id().is_empty()).then(|| focused.id())
}

/// Whether the prerendered Start button was pressed before the app was ready (the start-up
/// script marks the root `data-af-pressed`); clears the mark, which only this first look may see.
pub fn take_early_press() -> bool {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return false;
    };
    let pressed = root.has_attribute("data-af-pressed");
    let _ = root.remove_attribute("data-af-pressed");
    pressed
}

/// Whether the embed's popup opened this tab and said so: the start-up script asks the page
/// that opened it and marks the root when that page, itself in a frame, confirms it
/// (scripts/post-build/startup.mjs, OPENER; SECURITY.md, "Opened from a box"). Only this
/// page's own script can mark it.
pub fn opened_by_embed() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute("data-af-opened-by-embed"))
}

/// Moves keyboard focus to the element with this id, leaving the page where it is.
pub fn refocus(id: &str) {
    let element = document().and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Ticks or clears the box or radio button `id` (its `checked` property: what the person sees
/// and what assistive technology reads, whatever its markup said).
pub fn set_checked(id: &str, checked: bool) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = js_sys::Reflect::set(&element, &"checked".into(), &checked.into());
    }
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Today's date on the person's own calendar, for the printed result.
pub fn today() -> Option<CivilDate> {
    let date = js_sys::Date::new_0();
    CivilDate::new(
        date.get_full_year() as i32,
        date.get_month() as u8 + 1,
        date.get_date() as u8,
    )
}

/// Logs a warning to the console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

// ----- When the app cannot run ----------------------------------------------------------

/// The element the app mounts into: index.html's `#af-root`, else the body.
pub fn app_root() -> Option<web_sys::Element> {
    let document = document()?;
    document
        .get_element_by_id("af-root")
        .or_else(|| document.body().map(Into::into))
}

/// Takes index.html's static fallback (shown when the app cannot run) out of the page now
/// that the app runs: the running page then holds only the app, for people, screen readers
/// and tests alike. The start-up script keeps hold of it and puts it back if the app stops
/// (scripts/post-build/startup.mjs): after a crash nothing of the wasm can be trusted to run.
pub fn set_fallback_aside() {
    if let Some(fallback) = document().and_then(|d| d.get_element_by_id("af-fallback")) {
        fallback.remove();
    }
}

// ----- Theme ----------------------------------------------------------------------------

/// Sets a CSS custom property on the root element (through the CSSOM, which a strict
/// content-security policy allows, unlike a style attribute).
pub fn set_css_variable(name: &str, value: &str) {
    let root = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let _ = root.style().set_property(name, value);
    }
}

/// Sets an attribute on the root element (`<html>`).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute(name, value);
    }
}

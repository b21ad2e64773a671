//! How the page was opened (its query, its fragment, whether it is framed) and the
//! addresses a share link and the address bar are built from.

use js_sys::Object;
use wasm_bindgen::JsValue;

use super::window;

/// How the page was opened: its query string, its fragment, and whether it is framed.
pub struct Address {
    pub query: String,
    pub fragment: String,
    /// The page runs inside another page's frame.
    pub framed: bool,
}

/// The page is served over http or https, not opened from a file on the device.
pub fn served_over_http() -> bool {
    let protocol = window().and_then(|w| w.location().protocol().ok());
    matches!(protocol.as_deref(), Some("http:" | "https:"))
}

pub fn address() -> Address {
    let location = window().map(|w| w.location());
    let read = |f: fn(&web_sys::Location) -> Result<String, JsValue>| {
        location
            .as_ref()
            .and_then(|l| f(l).ok())
            .unwrap_or_default()
    };
    let framed = window().is_some_and(|w| match (w.top(), w.self_()) {
        (Ok(Some(top)), me) => !Object::is(&top, &me),
        // A cross-origin top that cannot even be named still means a frame.
        _ => true,
    });
    Address {
        query: read(web_sys::Location::search),
        fragment: read(web_sys::Location::hash),
        framed,
    }
}

/// The page's address without its query or fragment: what a share link is built on.
pub fn page_address() -> String {
    let location = window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, JsValue>| {
        location
            .as_ref()
            .and_then(|l| f(l).ok())
            .unwrap_or_default()
    };
    part(web_sys::Location::origin) + &part(web_sys::Location::pathname)
}

/// The page's address without its fragment (its query kept), for the address bar.
pub fn address_without_fragment() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((before, _)) => before.to_string(),
        None => href,
    }
}

/// Removes the fragment from the address bar without a new history entry, so a reload after
/// leaving a shared result does not show it again.
pub fn clear_fragment() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&address_without_fragment()));
    }
}

//! The words of the check's language, which the start-up script fetches beside the wasm
//! (scripts/post-build/startup.mjs): the wasm carries no text of its own, so a visit downloads
//! one language's words, not every language's. Another language is fetched the same way when
//! the person picks it, and remembered for this tab.

use super::{method, property, set_root_attribute, storage::session_storage, window};
use wasm_bindgen::{JsCast, JsValue};

/// Where the language picked in this tab is kept, for the start-up script to choose it first
/// on a reload (it reads the same key).
const LANGUAGE_KEY: &str = "aftercare.lang";

/// The words file the start-up script fetched (checked against its integrity hash) and left
/// for the app as `window.afWords`: the text of `content::words::from_file`.
pub fn take_words_file() -> Option<String> {
    property(&window()?.into(), "afWords").as_string()
}

/// The page's language and direction, for screen readers, spelling, hyphens and the layout.
pub fn set_document_language(language: &crate::content::words::Language) {
    set_root_attribute("lang", language.code);
    set_root_attribute("dir", language.direction);
}

/// Another language's words file, fetched by the start-up script's `afLoadWords` with the
/// integrity hash the build gave it (or, in the one-file copy, taken from the page); none when
/// it cannot arrive (offline, with the offline worker not yet installed).
pub async fn load_words_file(code: &str) -> Option<String> {
    let window: JsValue = window()?.into();
    // Our own start-up script's function, which returns a promise.
    let promise = method(&window, "afLoadWords")?
        .call1(&window, &code.into())
        .ok()?
        .unchecked_into::<js_sys::Promise>();
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_string()
}

/// Keeps the language picked for this tab, best-effort.
pub fn remember_language(code: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(LANGUAGE_KEY, code);
    }
}

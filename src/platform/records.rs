//! Typed records at the JavaScript boundary: what is kept in storage and what is posted to an
//! embedding page are serde types, converted with `serde-wasm-bindgen` (and `JSON.stringify` /
//! `JSON.parse` for storage), never built by hand. A record read back was written by whoever
//! could write to this origin's storage: one that does not have the expected shape is removed
//! with a console warning, never a crash.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

use super::warn;

/// `value` as a JavaScript value: plain objects, arrays, strings and numbers.
pub(super) fn to_js<T: Serialize>(value: &T) -> Option<JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
}

/// Reads the record kept under `key`; `None` when there is none. One that is not JSON or not
/// of the expected shape is removed, with a warning naming the key.
pub(super) fn read<T: DeserializeOwned>(storage: &web_sys::Storage, key: &str) -> Option<T> {
    let text = storage.get_item(key).ok()??;
    let parsed = js_sys::JSON::parse(&text)
        .ok()
        .and_then(|value| serde_wasm_bindgen::from_value(value).ok());
    if parsed.is_none() {
        drop_record(storage, key);
    }
    parsed
}

/// Removes the record kept under `key` because it could not be used, and says so.
pub(super) fn drop_record(storage: &web_sys::Storage, key: &str) {
    warn(
        &[
            "Aftercare: dropped the record \u{201c}",
            key,
            "\u{201d}: it is not one this version can read.",
        ]
        .concat(),
    );
    let _ = storage.remove_item(key);
}

/// Keeps `value` under `key`, as JSON; whether it was kept (storage can be full or refuse).
pub(super) fn write<T: Serialize>(storage: &web_sys::Storage, key: &str, value: &T) -> bool {
    let Some(text) = to_js(value)
        .and_then(|value| js_sys::JSON::stringify(&value).ok())
        .and_then(|text| text.as_string())
    else {
        return false;
    };
    storage.set_item(key, &text).is_ok()
}

//! Sharing a result (the device's share sheet, else the clipboard) and printing it.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

use super::{method, window};

/// How a share attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The device's share sheet took it.
    Sheet,
    /// Copied to the clipboard.
    Copied,
    /// The person closed the share sheet.
    Cancelled,
    /// Neither sharing nor copying worked here.
    Failed,
}

/// Offers `url` to the device's share sheet where there is one, else copies it. Web Share
/// and the clipboard are looked up at run time: many browsers have only one or neither.
pub async fn share_or_copy(title: &str, url: &str) -> Shared {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return Shared::Failed;
    };
    if let Some(share) = method(&navigator, "share") {
        let data = Object::new();
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        let _ = Reflect::set(&data, &"url".into(), &url.into());
        if let Ok(promise) = share.call1(&navigator, &data) {
            return match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await
            {
                Ok(_) => Shared::Sheet,
                Err(error) if is_abort(&error) => Shared::Cancelled,
                // Not allowed here (an iframe without permission, say): try copying instead.
                Err(_) => copy(&navigator, url).await,
            };
        }
    }
    copy(&navigator, url).await
}

async fn copy(navigator: &web_sys::Navigator, text: &str) -> Shared {
    let clipboard = Reflect::get(navigator, &"clipboard".into())
        .ok()
        .filter(|c| c.is_object());
    let Some(clipboard) = clipboard else {
        return Shared::Failed;
    };
    let Some(write) = method(&clipboard, "writeText") else {
        return Shared::Failed;
    };
    let Ok(promise) = write.call1(&clipboard, &text.into()) else {
        return Shared::Failed;
    };
    match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}

fn is_abort(error: &JsValue) -> bool {
    Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .as_deref()
        == Some("AbortError")
}

/// Opens the browser's print dialog (which also offers saving as PDF).
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

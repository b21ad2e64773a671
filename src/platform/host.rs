//! Messages to the page that embeds the check, and the content's height for its frame; and the
//! embed's word that it opened this tab.

use js_sys::{Object, Promise, Reflect};
use serde::Serialize;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::records::to_js;
use super::{document, window, Listener};

/// The version of [`HostMessage`]; a host page can tell a message it was written for.
const HOST_MESSAGE_VERSION: u8 = 1;

/// A message to the embedding page: `{source: "aftercare", version: 1, type, ...}` with the
/// fields of its type and no others. docs/EMBEDDING.md lists them; none is ever an answer.
#[derive(Serialize)]
pub struct HostMessage {
    source: &'static str,
    version: u8,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    height: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    screen: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    step: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    total: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    urgency: Option<&'static str>,
}

impl HostMessage {
    fn new(kind: &'static str) -> HostMessage {
        HostMessage {
            source: "aftercare",
            version: HOST_MESSAGE_VERSION,
            kind,
            height: None,
            screen: None,
            step: None,
            total: None,
            urgency: None,
        }
    }

    /// The app has started.
    pub fn ready() -> HostMessage {
        HostMessage::new("ready")
    }

    /// The content's height in CSS pixels, for the frame.
    pub fn height(height: f64) -> HostMessage {
        HostMessage {
            height: Some(height),
            ..HostMessage::new("height")
        }
    }

    /// The kind of screen showing (`Screen::code_kind`), and on a question its step and total.
    pub fn step(screen: &'static str, progress: Option<(usize, usize)>) -> HostMessage {
        HostMessage {
            screen: Some(screen),
            step: progress.map(|(step, _)| step as u32),
            total: progress.map(|(_, total)| total as u32),
            ..HostMessage::new("step")
        }
    }

    /// Escape was pressed in the check. Keys pressed in a frame never reach the page around
    /// it, so a host that shows the check in a dialog (embed.js's popup) hears it this way and
    /// closes the dialog, as Escape closes any other.
    pub fn escape() -> HostMessage {
        HostMessage::new("escape")
    }

    /// To the page that opened this tab: the check is here, and asks whether the embed opened
    /// it (`confirmed_by_opener`).
    pub fn opened() -> HostMessage {
        HostMessage::new("opened")
    }

    /// A result of this urgency (`Urgency::key`) is showing.
    pub fn result(urgency: &'static str) -> HostMessage {
        HostMessage {
            urgency: Some(urgency),
            ..HostMessage::new("result")
        }
    }
}

/// Posts `message` to the parent page, to `origin` exactly.
pub fn post_to_parent(origin: &str, message: &HostMessage) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    if let Some(message) = to_js(message) {
        let _ = parent.post_message(&message, origin);
    }
}

/// How long a tab waits for the embed that opened it to say so.
const OPENER_WAIT_MS: i32 = 2000;

/// Whether the check's embed opened this tab: its popup does, from a site builder's box too
/// small for a dialog (embed.js). True only when the page that opened it is itself in a frame,
/// and answers this tab's "opened" message with "confirm" from `origin` (the origin the
/// embed wrote into the address) within two seconds: the same proof a frame's messages give
/// (SECURITY.md, "Opened from a box").
pub async fn confirmed_by_opener(origin: &str) -> bool {
    let Some(window) = window() else {
        return false;
    };
    // Another origin's window is no `instanceof Window` here (its prototype cannot be read),
    // so it is taken as one unchecked: only `top` and `postMessage` are used, which a window
    // of any origin allows.
    let Some(opener) = window
        .opener()
        .ok()
        .filter(|opener| opener.is_object())
        .map(|opener| opener.unchecked_into::<web_sys::Window>())
    else {
        return false;
    };
    let opener_framed = match opener.top() {
        Ok(Some(top)) => !Object::is(&top, &opener),
        _ => false,
    };
    let Some(message) = to_js(&HostMessage::opened()).filter(|_| opener_framed) else {
        return false;
    };
    let mut settle = None;
    let answered = Promise::new(&mut |resolve, _| settle = Some(resolve));
    let Some(settle) = settle else {
        return false;
    };
    let from = origin.to_owned();
    let sender = opener.clone();
    let on_message = settle.clone();
    let callback =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let from_opener = event
                .source()
                .is_some_and(|source| Object::is(&source, &sender));
            let data = event.data();
            let field = |name: &str| {
                Reflect::get(&data, &name.into())
                    .ok()
                    .and_then(|v| v.as_string())
            };
            if from_opener
                && event.origin() == from
                && field("source").as_deref() == Some("aftercare")
                && field("type").as_deref() == Some("confirm")
            {
                let _ = on_message.call1(&JsValue::NULL, &JsValue::TRUE);
            }
        });
    let _listening = Listener::add("message", callback.into_js_value().unchecked_into());
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_1(
        &settle,
        OPENER_WAIT_MS,
        &JsValue::FALSE,
    );
    if opener.post_message(&message, origin).is_err() {
        return false;
    }
    JsFuture::from(answered)
        .await
        .is_ok_and(|answer| answer.is_truthy())
}

/// Calls `on_escape` whenever Escape is pressed in the page; listens as long as the returned
/// listener lives.
pub fn on_escape(on_escape: impl Fn() + 'static) -> Listener {
    let callback =
        Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
            if event.key() == "Escape" {
                on_escape();
            }
        });
    Listener::add("keydown", callback.into_js_value().unchecked_into())
}

/// Calls `on_height` with the height of the app's content (the element `selector` names)
/// now and whenever it changes. The content, not the document: inside a frame the document
/// is never shorter than the frame, so measuring it would let the frame grow but never
/// shrink. Lives as long as the returned observer.
pub fn observe_height(selector: &str, on_height: impl Fn(f64) + 'static) -> Option<HeightObserver> {
    let content = document()?
        .query_selector(selector)
        .ok()??
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    let measured = content.clone();
    let measure = move || on_height(f64::from(measured.offset_top() + measured.offset_height()));
    measure();
    let callback = Closure::<dyn Fn()>::new(measure);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&content);
    Some(HeightObserver {
        observer,
        _callback: callback,
    })
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

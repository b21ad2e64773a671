//! Messages to the page that embeds the check, and the content's height for its frame.

use serde::Serialize;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::records::to_js;
use super::{document, window};

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

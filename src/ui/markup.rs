//! HTML written as text, for the parts of the view that are text alone or plain buttons, with
//! no field: the plan, "Why we say this", "Watch for these", "Why you're sore", the recovery
//! timeline, the printed page, and every button but the language switch's (a button here
//! names what it does in `data-action`, and the App's one listener handles the press). Yew
//! builds each element with code of its own in the wasm; markup written as text is mostly data, which costs a first visit far less: 1.7 KB gzip less
//! for these six (7.2 KB of the 13.5 KB the timeline and the printed page cost as elements),
//! measured with scripts/size.sh. The browser parses it in place (Yew's raw HTML node), so the
//! page gets the same elements; Yew redraws it only when its text changes.
//!
//! The writer itself, which escapes every value that is not this crate's own markup, is
//! `crate::markup::Markup`; this adds the way into Yew.

use yew::{AttrValue, Html};

pub use crate::markup::Markup;

/// Markup written by `write`, as Yew's raw HTML node.
pub fn markup(write: impl FnOnce(&mut Markup)) -> Html {
    let mut m = Markup::default();
    write(&mut m);
    Html::from_html_unchecked(AttrValue::from(m.into_string()))
}

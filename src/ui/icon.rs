//! The urgency icons, so a tier is told by shape and words as well as colour. Written as text
//! (super::markup says why): each is fixed markup.

use super::markup::Markup;
use crate::engine::Urgency;

/// Writes a decorative icon for an urgency tier into `m`; the heading beside it carries the meaning.
pub fn write_urgency_icon(m: &mut Markup, urgency: Urgency) {
    let shape = match urgency {
        // A tick in a circle: all is as expected.
        Urgency::SelfCare => {
            r#"<circle cx="12" cy="12" r="10"></circle><path d="M7 12.5l3.2 3.2L17 9"></path>"#
        }
        // A speech bubble: talk to someone.
        Urgency::ContactProvider => {
            r#"<path d="M4 5h16v11H10l-5 4v-4H4z"></path><path d="M8 9.5h8M8 12.5h5"></path>"#
        }
        // A warning triangle with an exclamation mark: act now.
        Urgency::UrgentCare => {
            r#"<path d="M12 3L2 20h20z"></path><path d="M12 9v5M12 16.5v.5"></path>"#
        }
    };
    m.tags(concat!(
        r#"<svg viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" "#,
        r#"stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="af-icon">"#,
    ));
    m.tags(shape).tags("</svg>");
}

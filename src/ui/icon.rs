//! The urgency icons, so a tier is told by shape and words as well as colour.

use yew::prelude::*;

use crate::engine::Urgency;

/// A decorative icon for an urgency tier; the heading beside it carries the meaning.
pub fn urgency_icon(urgency: Urgency) -> Html {
    let shape = match urgency {
        // A tick in a circle: all is as expected.
        Urgency::SelfCare => html! {
            <>
                <circle cx="12" cy="12" r="10" />
                <path d="M7 12.5l3.2 3.2L17 9" />
            </>
        },
        // A speech bubble: talk to someone.
        Urgency::ContactProvider => html! {
            <>
                <path d="M4 5h16v11H10l-5 4v-4H4z" />
                <path d="M8 9.5h8M8 12.5h5" />
            </>
        },
        // A warning triangle with an exclamation mark: act now.
        Urgency::UrgentCare => html! {
            <>
                <path d="M12 3L2 20h20z" />
                <path d="M12 9v5M12 16.5v.5" />
            </>
        },
    };
    html! {
        <svg class="af-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false"
            fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            { shape }
        </svg>
    }
}

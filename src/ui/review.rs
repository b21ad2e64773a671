//! The review screen: every answer with "Change" beside it, then the result.

use yew::prelude::*;

use super::markup::markup;
use super::summary::write_answer_list;
use super::HEADING_ID;
use crate::content;
use crate::engine::choice::Set;
use crate::engine::{QuestionId, Session};

#[derive(PartialEq)]
pub struct ReviewProps {
    pub session: Session,
    /// The answers a therapist's card filled in, marked "From your therapist".
    pub from_therapist: Set<QuestionId>,
}

/// Text and plain buttons, so written as text (super::markup says why); the App handles the
/// presses, "Change" included (`super::summary::changed_question`).
pub fn review_screen(props: &ReviewProps) -> Html {
    let text = &content::words().review;
    html! {
        <section class="af-screen af-review" aria-labelledby={HEADING_ID}>
            { markup(|m| {
                m.tags(r#"<h1 id=""#).tags(HEADING_ID).tags(r#"" tabindex="-1" class="af-screen__heading">"#).text(text.heading);
                m.tags(r#"</h1><p class="af-screen__lead">"#).text(text.lead).tags("</p>");
                write_answer_list(m, &props.session.answers, Some(props.from_therapist));
                m.tags(r#"<div class="af-actions">"#);
                m.button("next", "af-button af-button--primary", text.to_result);
                m.button("back", "af-button af-button--secondary", text.back).tags("</div>");
            }) }
        </section>
    }
}

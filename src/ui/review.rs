//! The review screen: every answer with "Change" beside it, then the result.

use yew::prelude::*;

use super::markup::markup;
use super::summary::{answer_list, changed_question};
use super::{on_click, Dispatch, HEADING_ID};
use crate::content;
use crate::engine::{Action, Session};

#[derive(PartialEq)]
pub struct ReviewProps {
    pub session: Session,
    pub dispatch: Dispatch,
}

pub fn review_screen(props: &ReviewProps) -> Html {
    let act = |action: Action| on_click(&props.dispatch, action);
    // One listener for every "Change" button in the list, which names its question.
    let on_change = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(question) = changed_question(&event) {
                dispatch.dispatch(Action::Change(question));
            }
        })
    };
    let text = &content::words().review;
    html! {
        <section class="af-screen af-review" aria-labelledby={HEADING_ID} onclick={on_change}>
            { markup(|m| {
                m.tags(r#"<h1 id=""#).tags(HEADING_ID).tags(r#"" tabindex="-1" class="af-screen__heading">"#).text(text.heading);
                m.tags(r#"</h1><p class="af-screen__lead">"#).text(text.lead).tags("</p>");
            }) }
            { answer_list(&props.session.answers, true) }
            <div class="af-actions">
                <button type="button" class="af-button af-button--primary" onclick={act(Action::Next)}>{ text.to_result }</button>
                <button type="button" class="af-button af-button--secondary" onclick={act(Action::Back)}>{ text.back }</button>
            </div>
        </section>
    }
}

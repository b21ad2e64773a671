//! The review screen: every answer with "Change" beside it, then the result.

use yew::prelude::*;

use super::summary::answer_list;
use super::{on_click, Dispatch, HEADING_ID};
use crate::content;
use crate::engine::{Action, QuestionId, Session};

#[derive(PartialEq)]
pub struct ReviewProps {
    pub session: Session,
    pub dispatch: Dispatch,
}

pub fn review_screen(props: &ReviewProps) -> Html {
    let act = |action: Action| on_click(&props.dispatch, action);
    let change = |question: QuestionId| act(Action::Change(question));
    let text = &content::words().review;
    html! {
        <section class="af-screen af-review" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} class="af-screen__heading" tabindex="-1">{ text.heading }</h1>
            <p class="af-screen__lead">{ text.lead }</p>
            { answer_list(&props.session.answers, Some(&change)) }
            <div class="af-actions">
                <button type="button" class="af-button af-button--primary" onclick={act(Action::Next)}>{ text.to_result }</button>
                <button type="button" class="af-button af-button--secondary" onclick={act(Action::Back)}>{ text.back }</button>
            </div>
        </section>
    }
}

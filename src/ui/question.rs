//! One question on one screen: the question as the legend of a fieldset of native radio
//! buttons or checkboxes, a "Why we ask" lesson, and Back / Continue.

use yew::prelude::*;

use super::{on_click, Dispatch, HEADING_ID};
use crate::content::{self, number};
use crate::engine::{Action, QuestionId, QuestionKind, Session};

#[derive(PartialEq)]
pub struct QuestionProps {
    pub question: QuestionId,
    pub session: Session,
    pub dispatch: Dispatch,
}

const ERROR_ID: &str = "af-question-error";
/// The "Step N of M" text, which describes each question's heading.
const PROGRESS_ID: &str = "af-progress";

pub fn question_screen(props: &QuestionProps) -> Html {
    let QuestionProps { question, session, dispatch } = props;
    let question = *question;
    let text = content::words();
    let words = text.question(question);
    let kind = question.kind();
    let answers = session.answers;
    let warning = question == QuestionId::WarningSigns && answers.has_warning_sign();

    let act = |action: Action| on_click(dispatch, action);
    let options = words.options.iter().enumerate().map(|(index, option)| {
        let id = ["af-", question.key(), "-", &number(index as u64)].concat();
        let dispatch = dispatch.clone();
        let onchange = Callback::from(move |_: Event| dispatch.dispatch(Action::Pick(question, index)));
        let input_type = if kind == QuestionKind::Multi { "checkbox" } else { "radio" };
        // The last option of a multi-choice question ("None of these") clears the others.
        let exclusive = kind == QuestionKind::Multi && index + 1 == words.options.len();
        html! {
            <li class="af-option" data-exclusive={exclusive.then_some("true")}>
                <input class="af-option__input" type={input_type} id={id.clone()} name={question.key()}
                    checked={answers.is_picked(question, index)} {onchange} />
                <label class="af-option__label" for={id}>
                    <span class="af-option__text">{ option.label }</span>
                    if !option.detail.is_empty() {
                        // A space, so the label reads "0 None", not "0None", without styles.
                        { " " }<span class="af-option__detail">{ option.detail }</span>
                    }
                </label>
            </li>
        }
    });
    let scale = (kind == QuestionKind::Scale).then_some("true");
    let next_label = if session.changing { text.asking.save_and_review } else { text.asking.next };
    let needs_answer = if kind == QuestionKind::Multi { text.asking.needs_answer_multi } else { text.asking.needs_answer };

    html! {
        <section class="af-screen af-question" aria-labelledby={HEADING_ID}>
            if let Some(progress) = session.progress() {
                <p class="af-progress">
                    <span id={PROGRESS_ID} class="af-progress__text">{ [text.asking.step, " ", &number(progress.step as u64), " ", text.asking.of, " ", &number(progress.total as u64)].concat() }</span>
                    <progress class="af-progress__bar" max={number(progress.total as u64)} value={number(progress.step as u64)} aria-hidden="true"></progress>
                </p>
            }
            <fieldset class="af-question__fieldset" aria-describedby={session.needs_answer.then_some(ERROR_ID)}>
                <legend class="af-question__legend">
                    // Focus lands on this heading at each step; the step count outside the
                    // fieldset is read with it as its description.
                    <h1 id={HEADING_ID} class="af-screen__heading" tabindex="-1"
                        aria-describedby={session.progress().map(|_| PROGRESS_ID)}>{ words.heading }</h1>
                </legend>
                <p class="af-question__hint">{ words.hint }</p>
                if session.needs_answer {
                    <p id={ERROR_ID} class="af-error" role="alert">{ needs_answer }</p>
                }
                <ul class="af-options" data-scale={scale}>{ for options }</ul>
            </fieldset>
            if warning {
                <div class="af-notice af-notice--warning" role="alert">
                    <h2 class="af-notice__heading">{ text.safety.warning_notice_heading }</h2>
                    <p>{ text.safety.warning_notice }</p>
                </div>
            }
            // Keyed by the question, so each question's "Why we ask" starts closed: without a
            // key Yew would reuse the element, left open on the question before.
            <details class="af-why" key={question.key()}>
                <summary class="af-why__summary">{ text.asking.why_we_ask }</summary>
                { for words.why.iter().map(|paragraph| html! { <p>{ *paragraph }</p> }) }
            </details>
            <div class="af-actions">
                // Every class attribute is written out: one computed at run time goes through
                // Yew's Classes, a set type that would add its code to the wasm.
                if warning {
                    <button type="button" class="af-button af-button--urgent" onclick={act(Action::Next)}>{ text.asking.to_result }</button>
                } else {
                    <button type="button" class="af-button af-button--primary" onclick={act(Action::Next)}>{ next_label }</button>
                }
                <button type="button" class="af-button af-button--secondary" onclick={act(Action::Back)}>{ text.asking.back }</button>
            </div>
        </section>
    }
}

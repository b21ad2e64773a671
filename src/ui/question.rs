//! One question on one screen: the question as the legend of a fieldset of native radio
//! buttons or checkboxes, a "Why we ask" lesson, and Back / Continue.

use yew::prelude::*;

use super::markup::markup;
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
                { markup(|m| {
                    let (step, total) = (number(progress.step as u64), number(progress.total as u64));
                    m.tags(r#"<p class="af-progress"><span id=""#).tags(PROGRESS_ID).tags(r#"" class="af-progress__text">"#);
                    m.text(text.asking.step).text(" ").text(&step).text(" ").text(text.asking.of).text(" ").text(&total);
                    m.tags(r#"</span><progress max=""#).tags(&total).tags(r#"" value=""#).tags(&step).tags(r#"" aria-hidden="true" class="af-progress__bar"></progress></p>"#);
                }) }
            }
            <fieldset class="af-question__fieldset" aria-describedby={session.needs_answer.then_some(ERROR_ID)}>
                // Focus lands on the heading at each step; the step count outside the fieldset
                // is read with it as its description. Text alone, so written as text
                // (super::markup says why).
                { markup(|m| {
                    m.tags(r#"<legend class="af-question__legend"><h1 id=""#).tags(HEADING_ID).tags(r#"" tabindex="-1""#);
                    if session.progress().is_some() {
                        m.tags(r#" aria-describedby=""#).tags(PROGRESS_ID).tags(r#"""#);
                    }
                    m.tags(r#" class="af-screen__heading">"#).text(words.heading).tags(r#"</h1></legend><p class="af-question__hint">"#).text(words.hint).tags("</p>");
                    if session.needs_answer {
                        m.tags(r#"<p id=""#).tags(ERROR_ID).tags(r#"" role="alert" class="af-error">"#).text(needs_answer).tags("</p>");
                    }
                }) }
                <ul class="af-options" data-scale={scale}>{ for options }</ul>
            </fieldset>
            if warning {
                { markup(|m| {
                    m.tags(r#"<div role="alert" class="af-notice af-notice--warning"><h2 class="af-notice__heading">"#).text(text.safety.warning_notice_heading);
                    m.tags("</h2><p>").text(text.safety.warning_notice).tags("</p></div>");
                }) }
            }
            // As text, whose words differ from question to question: Yew draws each question's
            // "Why we ask" afresh, so it starts closed rather than left open from the one before.
            { markup(|m| {
                m.tags(r#"<details class="af-why"><summary class="af-why__summary">"#).text(text.asking.why_we_ask).tags("</summary>");
                for paragraph in words.why {
                    m.tags("<p>").text(paragraph).tags("</p>");
                }
                m.tags("</details>");
            }) }
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

//! One question on one screen: the question as the legend of a fieldset of native radio
//! buttons or checkboxes, a "Why we ask" lesson, and Back / Continue.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::markup::markup;
use super::{Dispatch, HEADING_ID};
use crate::content::{self, number};
use crate::engine::checkins::Rating;
use crate::engine::{Action, QuestionId, QuestionKind, Session};

#[derive(PartialEq)]
pub struct QuestionProps {
    pub question: QuestionId,
    pub session: Session,
    pub dispatch: Dispatch,
    /// The person's scores at earlier checks of this massage, shown beside "any sign of getting
    /// better?" as help (engine::checkins::Checkins::ratings_for): never ticked for them.
    pub earlier_scores: Vec<Rating>,
}

const ERROR_ID: &str = "af-question-error";
/// The "Step N of M" text, which describes each question's heading.
const PROGRESS_ID: &str = "af-progress";

pub fn question_screen(props: &QuestionProps) -> Html {
    let QuestionProps {
        question,
        session,
        dispatch,
        earlier_scores,
    } = props;
    let question = *question;
    let text = content::words();
    let words = text.question(question);
    let kind = question.kind();
    let answers = session.answers;
    let warning = question == QuestionId::WarningSigns && answers.has_warning_sign();

    // One listener for every option: the input that changed names its option in `value`.
    let on_pick = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            if let Some(index) = picked_option(&event) {
                dispatch.dispatch(Action::Pick(question, index));
            }
        })
    };
    let next_label = if session.changing {
        text.asking.save_and_review
    } else {
        text.asking.next
    };
    let needs_answer = if kind == QuestionKind::Multi {
        text.asking.needs_answer_multi
    } else {
        text.asking.needs_answer
    };

    html! {
        <section class="af-screen af-question" aria-labelledby={HEADING_ID} onchange={on_pick}>
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
                if !earlier_scores.is_empty() {
                    <EarlierScores scores={earlier_scores.clone()} />
                }
                // The options as text (super::markup says why), the same for as long as the
                // question shows, so a pick never redraws them and focus stays on the one picked:
                // which are ticked is set on the inputs themselves (`option_id`, by the App).
                { markup(|m| {
                    let input_type = if kind == QuestionKind::Multi { r#"checkbox" name=""# } else { r#"radio" name=""# };
                    m.tags(if kind == QuestionKind::Scale { r#"<ul data-scale="true" class="af-options">"# } else { r#"<ul class="af-options">"# });
                    for (index, option) in words.options.iter().enumerate() {
                        let id = option_id(question, index);
                        // The last option of a multi-choice question ("None of these") clears the others.
                        let exclusive = kind == QuestionKind::Multi && index + 1 == words.options.len();
                        m.tags(if exclusive { r#"<li data-exclusive="true" class="af-option">"# } else { r#"<li class="af-option">"# });
                        m.tags(r#"<input type=""#).tags(input_type).tags(question.key()).tags(r#"" id=""#).tags(&id).tags(r#"" value=""#);
                        m.tags(&number(index as u64)).tags(r#"" class="af-option__input"><label for=""#).tags(&id);
                        m.tags(r#"" class="af-option__label"><span class="af-option__text">"#).text(option.label).tags("</span>");
                        if !option.detail.is_empty() {
                            // A space, so the label reads "0 None", not "0None", without styles.
                            m.tags(r#" <span class="af-option__detail">"#).text(option.detail).tags("</span>");
                        }
                        m.tags("</label></li>");
                    }
                    m.tags("</ul>");
                }) }
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
            // Plain buttons, so written as text (super::markup says why); the App handles them.
            { markup(|m| {
                m.tags(r#"<div class="af-actions">"#);
                if warning {
                    m.button("next", "af-button af-button--urgent", text.asking.to_result);
                } else {
                    m.button("next", "af-button af-button--primary", next_label);
                }
                m.button("back", "af-button af-button--secondary", text.asking.back).tags("</div>");
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct EarlierScoresProps {
    scores: Vec<Rating>,
}

/// The person's own scores at earlier checks ("Day 1: 6 · Day 2: 5"), beside the question whether
/// it is getting better, with a line saying they are help and the answer is theirs (issue 26).
#[component]
fn EarlierScores(props: &EarlierScoresProps) -> Html {
    let words = content::words();
    let (day, colon) = (words.again.day, words.language.colon);
    html! {
        <div class="af-earlier">
            <p class="af-earlier__heading">{ words.remember.earlier_scores }</p>
            <ul class="af-earlier__list">
                { for props.scores.iter().map(|rating| html! {
                    <li class="af-earlier__score">
                        { [day, " ", &number(u64::from(rating.day)), colon, &number(u64::from(rating.score))].concat() }
                    </li>
                }) }
            </ul>
            <p class="af-earlier__note">{ words.remember.earlier_scores_note }</p>
        </div>
    }
}

/// The id of option `index`'s input on `question`'s screen: `af-<key>-<index>`.
pub fn option_id(question: QuestionId, index: usize) -> String {
    ["af-", question.key(), "-", &number(index as u64)].concat()
}

/// The option whose input a change event came from: its `value`, the option's index.
fn picked_option(event: &Event) -> Option<usize> {
    let input = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    crate::engine::choice::decimal(&input.get_attribute("value")?)
}

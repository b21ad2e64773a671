//! An answer in words, as the review screen and the result's "What you told us" show it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::markup::Markup;
use crate::content;
use crate::engine::choice::{Choice, Set};
use crate::engine::{Answers, QuestionId};

/// The labels of the options picked for `question`, or "Not answered".
pub fn answer_text(answers: &Answers, question: QuestionId) -> String {
    let words = content::words();
    let options = words.question(question).options;
    let picked: Vec<&str> = (0..options.len())
        .filter(|index| answers.is_picked(question, *index))
        .map(|index| options[index].label)
        .collect();
    if picked.is_empty() {
        words.review.not_answered.to_string()
    } else if question == QuestionId::Soreness {
        [picked[0], " ", words.review.out_of_ten].concat()
    } else {
        picked.join(", ")
    }
}

/// Writes every applicable question and its answer into `m`, as a description list. On the
/// review (`changeable` is the answers a therapist's card filled in, marked "From your
/// therapist") a "Change" button stands beside each answer, naming its question in
/// `data-change` (the App listens for their clicks: `changed_question`). On the result
/// (`None`) only the questions that were answered are listed: after a warning sign the rest
/// were rightly never asked, and a row of "Not answered" would read as something the person
/// failed to do.
pub fn write_answer_list(m: &mut Markup, answers: &Answers, changeable: Option<Set<QuestionId>>) {
    let (changeable, from_therapist) = (changeable.is_some(), changeable.unwrap_or_default());
    let words = content::words();
    m.tags(r#"<dl class="af-answers">"#);
    for question in answers
        .applicable()
        .filter(|q| changeable || answers.is_answered(*q))
    {
        let short = words.question(question).short;
        m.tags(r#"<div data-question=""#)
            .tags(question.key())
            .tags(r#"" class="af-answers__row"><dt class="af-answers__question">"#)
            .text(short);
        m.tags(r#"</dt><dd class="af-answers__answer">"#)
            .text(&answer_text(answers, question));
        if from_therapist.contains(question) {
            m.tags(r#" <span class="af-answers__from">"#)
                .text(words.again.from_therapist)
                .tags("</span>");
        }
        m.tags("</dd>");
        if changeable {
            m.tags(r#"<dd class="af-answers__change"><button type="button" data-change=""#)
                .tags(question.key())
                .tags(r#"" aria-label=""#);
            m.text(words.review.change)
                .text(words.language.colon)
                .text(short);
            m.tags(r#"" class="af-link-button">"#)
                .text(words.review.change)
                .tags("</button></dd>");
        }
        m.tags("</div>");
    }
    m.tags("</dl>");
}

/// The question whose "Change" button (`write_answer_list`) a click landed on, if any.
pub fn changed_question(event: &MouseEvent) -> Option<QuestionId> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let key = target
        .closest("[data-change]")
        .ok()??
        .get_attribute("data-change")?;
    QuestionId::ALL.iter().copied().find(|q| q.key() == key)
}

//! An answer in words, as the review screen and the result's "What you told us" show it.

use yew::prelude::*;

use crate::content;
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

/// Every applicable question and its answer, as a description list; `change` adds a
/// "Change" button beside each answer. Without it (on the result) only the questions that were
/// answered are listed: after a warning sign the rest were rightly never asked, and a row of
/// "Not answered" would read as something the person failed to do.
pub fn answer_list(answers: &Answers, change: Option<&dyn Fn(QuestionId) -> Callback<MouseEvent>>) -> Html {
    let shown = |question: &QuestionId| change.is_some() || answers.is_answered(*question);
    let words = content::words();
    html! {
        <dl class="af-answers">
            { for answers.applicable().filter(shown).map(|question| {
                let short = words.question(question).short;
                html! {
                    <div class="af-answers__row" data-question={question.key()}>
                        <dt class="af-answers__question">{ short }</dt>
                        <dd class="af-answers__answer">{ answer_text(answers, question) }</dd>
                        if let Some(change) = change {
                            <dd class="af-answers__change">
                                <button type="button" class="af-link-button" onclick={change(question)}
                                    aria-label={[words.review.change, words.language.colon, short].concat()}>
                                    { words.review.change }
                                </button>
                            </dd>
                        }
                    </div>
                }
            }) }
        </dl>
    }
}

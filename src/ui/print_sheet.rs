//! The printed result: one page for a clinician, shown only on paper (styles hide everything
//! else of the result when printing). The check's name and the spa's, the date of the check and
//! of the massage with the month in words, the result and why, what to do, the answers as given,
//! and room for notes.

use yew::prelude::*;

use super::summary::answer_text;
use crate::content;
use crate::engine::date::{massage_day, CivilDate};
use crate::engine::{outcome, Answers};

#[derive(PartialEq)]
pub struct PrintSheetProps {
    pub answers: Answers,
    /// The day of the check; none for a shared result, whose link carries no date.
    pub checked_on: Option<CivilDate>,
    pub spa_name: Option<AttrValue>,
}

pub fn print_sheet(props: &PrintSheetProps) -> Html {
    let outcome = outcome(&props.answers);
    let text = content::words();
    let print = &text.print;
    let words = text.safety.headline(outcome.triage.headline);
    let checked = props.checked_on.map_or_else(|| print.date_not_known.to_string(), |day| text.date(day));
    let massage = match (props.checked_on, props.answers.elapsed) {
        (Some(day), Some(elapsed)) => Some(text.massage_date(massage_day(day, elapsed))),
        (None, Some(_)) => Some(print.date_not_known.to_string()),
        (_, None) => None,
    };
    let todo: Vec<&str> = match text.safety.next_steps(outcome.triage.headline) {
        Some(next) => next.go.to_vec(),
        None => outcome.plan.iter().map(|step| text.relief(step.relief).title).collect(),
    };
    let answered = props.answers.applicable().filter(|q| props.answers.is_answered(*q));
    html! {
        <div class="af-print-sheet" aria-hidden="true">
            <p class="af-print-sheet__title">
                <strong>{ print.title }</strong>
                if let Some(name) = &props.spa_name {
                    { " \u{2013} " }{ print.offered_by }{ " " }{ name.as_str() }
                }
            </p>
            <dl class="af-print-sheet__facts">
                <dt>{ print.checked_on }</dt><dd>{ checked }</dd>
                if let Some(massage) = massage {
                    <dt>{ print.massage_on }</dt><dd>{ massage }</dd>
                }
                <dt>{ print.result }</dt><dd><strong>{ words.title }</strong></dd>
            </dl>
            <p>{ words.summary }</p>
            <h2>{ print.why }</h2>
            <ul>{ for outcome.triage.reasons.iter().map(|reason| html! { <li>{ text.reason(*reason) }</li> }) }</ul>
            <h2>{ print.todo }</h2>
            <ol>{ for todo.iter().map(|line| html! { <li>{ *line }</li> }) }</ol>
            <h2>{ print.answers }</h2>
            <table class="af-print-sheet__answers">
                { for answered.map(|question| html! {
                    <tr>
                        <th scope="row">{ text.question(question).short }</th>
                        <td>{ answer_text(&props.answers, question) }</td>
                    </tr>
                }) }
            </table>
            <h2>{ print.notes }</h2>
            // Ruled lines to write on (borders print; background images often do not).
            <div class="af-print-sheet__notes">
                <div class="af-print-sheet__line"></div>
                <div class="af-print-sheet__line"></div>
                <div class="af-print-sheet__line"></div>
                <div class="af-print-sheet__line"></div>
            </div>
            <p class="af-print-sheet__disclaimer">{ text.safety.disclaimer }</p>
        </div>
    }
}

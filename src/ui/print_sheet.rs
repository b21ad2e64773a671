//! The printed result: one page for a clinician, shown only on paper (styles hide everything
//! else of the result when printing). The check's name and the spa's, the date of the check and
//! of the massage with the month in words, the result and why, what to do, the answers as given,
//! and room for notes.

use yew::AttrValue;

use super::markup::Markup;
use super::summary::answer_text;
use crate::content;
use crate::engine::date::{massage_day, CivilDate};
use crate::engine::{Answers, Outcome};

pub struct PrintSheetProps<'a> {
    pub answers: Answers,
    /// What the result shows, worked out once by the App.
    pub outcome: &'a Outcome,
    /// The day of the check; none for a shared result, whose link carries no date.
    pub checked_on: Option<CivilDate>,
    pub spa_name: Option<AttrValue>,
}

pub fn write_print_sheet(m: &mut Markup, props: &PrintSheetProps) {
    let outcome = props.outcome;
    let text = content::words();
    let print = &text.print;
    let words = text.safety.headline(outcome.triage.headline);
    let checked = props
        .checked_on
        .map_or_else(|| print.date_not_known.to_string(), |day| text.date(day));
    let massage = match (props.checked_on, props.answers.elapsed) {
        (Some(day), Some(elapsed)) => Some(text.massage_date(massage_day(day, elapsed))),
        (None, Some(_)) => Some(print.date_not_known.to_string()),
        (_, None) => None,
    };
    let todo: Vec<&str> = match text.safety.next_steps(outcome.triage.headline) {
        Some(next) => next.go.to_vec(),
        None => outcome
            .plan
            .iter()
            .map(|step| text.relief(step.relief).title)
            .collect(),
    };
    // As text (super::markup says why): the same elements Yew would make (with the table's
    // <tbody> written out, as the browser's parser would add it).
    m.tags(r#"<div aria-hidden="true" class="af-print-sheet"><p class="af-print-sheet__title"><strong>"#).text(print.title).tags("</strong>");
    if let Some(name) = &props.spa_name {
        m.text(" \u{2013} ")
            .text(print.offered_by)
            .text(" ")
            .text(name);
    }
    m.tags(r#"</p><dl class="af-print-sheet__facts"><dt>"#)
        .text(print.checked_on)
        .tags("</dt><dd>")
        .text(&checked)
        .tags("</dd>");
    if let Some(massage) = massage {
        m.tags("<dt>")
            .text(print.massage_on)
            .tags("</dt><dd>")
            .text(&massage)
            .tags("</dd>");
    }
    m.tags("<dt>")
        .text(print.result)
        .tags("</dt><dd><strong>")
        .text(words.title)
        .tags("</strong></dd></dl><p>")
        .text(words.summary);
    m.tags("</p><h2>").text(print.why).tags("</h2><ul>");
    for reason in &outcome.triage.reasons {
        m.tags("<li>").text(text.reason(*reason)).tags("</li>");
    }
    m.tags("</ul><h2>").text(print.todo).tags("</h2><ol>");
    for line in todo {
        m.tags("<li>").text(line).tags("</li>");
    }
    m.tags(r#"</ol><h2>"#)
        .text(print.answers)
        .tags(r#"</h2><table class="af-print-sheet__answers"><tbody>"#);
    for question in props
        .answers
        .applicable()
        .filter(|q| props.answers.is_answered(*q))
    {
        m.tags(r#"<tr><th scope="row">"#)
            .text(text.question(question).short)
            .tags("</th><td>")
            .text(&answer_text(&props.answers, question))
            .tags("</td></tr>");
    }
    // Ruled lines to write on (borders print; background images often do not).
    m.tags("</tbody></table><h2>")
        .text(print.notes)
        .tags(concat!(
            r#"</h2><div class="af-print-sheet__notes">"#,
            r#"<div class="af-print-sheet__line"></div><div class="af-print-sheet__line"></div>"#,
            r#"<div class="af-print-sheet__line"></div><div class="af-print-sheet__line"></div>"#,
            r#"</div><p class="af-print-sheet__disclaimer">"#,
        ));
    m.text(text.safety.disclaimer).tags("</p></div>");
}

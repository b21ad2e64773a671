//! The start screen: what the check does, how long it takes, that it is guidance, and Start.
//! Embedded, it can name the spa and drop the long introduction; it also offers to continue
//! a check saved in this tab, and explains a shared link that could not be opened.

use yew::prelude::*;

use super::markup::{markup, Markup};
use super::offline::write_download_offer;
use super::remember::{write_remember, Remembered};
use super::HEADING_ID;
use crate::content;
use crate::engine::date::CivilDate;
use crate::engine::prefill::PrefillError;
use crate::engine::share::ShareError;

/// The Start button's id: the start-up script keeps a press of the prerendered button by it.
pub const START_ID: &str = "af-start";

#[derive(PartialEq)]
pub struct StartProps {
    /// The spa offering the check, shown as text.
    pub spa_name: Option<AttrValue>,
    /// Without the long introduction, for a tight spot on a spa's page.
    pub compact: bool,
    pub link_error: Option<ShareError>,
    /// A reminder's link that could not be used.
    pub prefill_error: Option<PrefillError>,
    /// A check a reminder's link opened, with what it carried filled in.
    pub again: Option<Again>,
    /// What this device keeps of the person's checks, with "Forget it now" (super::remember).
    pub remembered: Remembered,
    /// A check saved in this tab can be continued: "Continue" and "Start over" replace Start.
    pub resume: bool,
    /// Offer the one-file copy for offline use (the hosted page only).
    pub offer_download: bool,
    /// How many questions this check asks, when that is known (engine::Session::questions_to_ask).
    pub questions: Option<usize>,
    /// The remembered checks are about the massage on this day, and this check about another.
    pub other_massage_on: Option<CivilDate>,
}

/// What the start screen says of a check a reminder's link opened, or one that uses the
/// check-ins this device remembers.
#[derive(Clone, Copy, PartialEq)]
pub struct Again {
    /// Days since the massage, by the device's calendar.
    pub days: i64,
    /// The soreness of the check that made the reminder, or of the last remembered check
    /// before today.
    pub earlier_soreness: Option<u8>,
    /// The link came from a therapist's card (issue 18): the therapist filled it in.
    pub from_therapist: bool,
}

pub fn start_screen(props: &StartProps) -> Html {
    let words = content::words();
    let text = &words.start;
    html! {
        <section class="af-screen af-start" aria-labelledby={HEADING_ID}>
            { markup(|m| {
                // The spa's name is text from the embedding page: escaped, like every word here.
                if let Some(name) = &props.spa_name {
                    m.tags(r#"<p class="af-start__spa">"#).text(text.offered_by).text(" ").tags(r#"<span class="af-start__spa-name">"#).text(name).tags("</span></p>");
                }
                m.tags(r#"<h1 id=""#).tags(HEADING_ID).tags(r#"" tabindex="-1" class="af-screen__heading">"#).text(text.heading).tags("</h1>");
                if let Some(error) = props.link_error {
                    m.tags(r#"<div role="status" class="af-notice af-notice--info"><h2 class="af-notice__heading">"#).text(text.link_heading);
                    m.tags("</h2><p>").text(words.link_problem(error)).tags("</p></div>");
                }
                write_again_notice(m, props.again, props.prefill_error, props.other_massage_on);
                // A check that knows the massage (a link, or what this device remembers) is a
                // returning person's: the notice above says what is filled in, so the long
                // introduction gives way and Start stays on a phone's first screen (issue 27);
                // what this device keeps follows Start.
                let returning = props.again.is_some();
                if !returning {
                    write_remember(m, &props.remembered, false);
                }
                // How many questions: as the path will ask them, when it is known.
                let count = props.questions.map(|n| {
                    let number = content::number(n as u64);
                    [text.count_before, number.as_str(), text.count_after].iter().filter(|part| !part.is_empty()).copied().collect::<Vec<_>>().join(" ")
                });
                if props.compact {
                    let first = count.as_deref().unwrap_or(text.compact_count);
                    m.tags(r#"<p class="af-screen__lead">"#).text(first).text(" ").text(text.compact_lead).tags("</p>");
                } else {
                    if !returning {
                        m.tags(r#"<p class="af-screen__lead">"#).text(text.lead).tags("</p>");
                    }
                    m.tags(r#"<ul class="af-start__points">"#);
                    let [first, others @ ..] = words.start_points();
                    for point in [count.as_deref().unwrap_or(first)].into_iter().chain(others) {
                        m.tags("<li>").text(point).tags("</li>");
                    }
                    m.tags("</ul>");
                }
                if props.resume {
                    m.tags(r#"<div class="af-notice af-notice--resume"><h2 class="af-notice__heading">"#).text(text.resume_heading);
                    m.tags("</h2><p>").text(text.resume_body).tags(r#"</p><div class="af-actions">"#);
                    m.button("resume", "af-button af-button--primary", text.resume);
                    m.button("start-over", "af-button af-button--secondary", text.start_over).tags("</div></div>");
                } else {
                    m.tags(r#"<div class="af-actions"><button type="button" id=""#).tags(START_ID);
                    m.tags(r#"" data-action="begin" class="af-button af-button--primary">"#).text(text.button).tags("</button></div>");
                    // Shown only when the prerendered button was pressed before the app was
                    // ready (html[data-af-pressed], set by the start-up script); the press then
                    // takes effect.
                    m.tags(r#"<p role="status" class="af-start__waiting">"#).text(text.getting_ready).tags("</p>");
                }
                if returning {
                    write_remember(m, &props.remembered, false);
                }
                if props.offer_download {
                    write_download_offer(m);
                }
            }) }
        </section>
    }
}

/// What the start screen says of a reminder's link: the day since the massage, that what the
/// link carried is filled in, and the soreness of the check that made it; or why the link could
/// not be used. Text alone, so written as text (super::markup says why).
///
/// `other_massage_on`: the remembered checks are about the massage of that day, and this check
/// about another one; the notice says which is which (issue 27).
fn write_again_notice(
    m: &mut Markup,
    again: Option<Again>,
    error: Option<PrefillError>,
    other_massage_on: Option<CivilDate>,
) {
    let words = content::words();
    let text = &words.again;
    if let Some(error) = error {
        m.tags(r#"<div role="status" class="af-notice af-notice--info"><h2 class="af-notice__heading">"#)
            .text(text.problem_heading)
            .tags("</h2><p>")
            .text(words.prefill_problem(error))
            .tags("</p></div>");
    }
    if let Some(again) = again {
        m.tags(r#"<div class="af-notice af-notice--resume">"#);
        if again.days > 0 {
            m.tags(r#"<h2 class="af-notice__heading">"#)
                .text(text.day)
                .text(" ")
                .text(&content::number(again.days as u64))
                .text(" ")
                .text(text.day_after)
                .tags("</h2>");
        }
        m.tags("<p>")
            .text(if again.from_therapist {
                text.therapist_kept
            } else {
                text.kept
            })
            .tags("</p>");
        if let Some(score) = again.earlier_soreness {
            m.tags("<p>")
                .text(text.earlier)
                .text(" ")
                .text(&content::number(u64::from(score)))
                .text(" ")
                .text(text.earlier_after)
                .tags("</p>");
        }
        if let Some(day) = other_massage_on {
            let remember = &words.remember;
            m.tags(r#"<p class="af-start__other-massage">"#)
                .text(remember.other_massage_on)
                .text(" ");
            m.text(&words.date(day))
                .text(". ")
                .text(remember.other_massage)
                .tags("</p>");
        }
        m.tags("</div>");
    }
}

//! The result, action first: the urgency (words and an icon), then what to do now (where to go
//! and how soon on a result that sends the person to care, the relief plan as a checklist on a
//! self-care one) with its primary action, printing. Then why we say so, the signs to watch for,
//! and, to be opened, why they are sore, the timeline and their answers.

use std::rc::Rc;

use yew::prelude::*;

use super::icon::write_urgency_icon;
use super::markup::{markup, Markup};
use super::print_sheet::{write_print_sheet, PrintSheetProps};
use super::remember::{soreness_by_day, write_remember, Remembered};
use super::summary::write_answer_list;
use super::timeline::write_timeline;
use super::HEADING_ID;
use crate::content;
use crate::engine::checkins::Checkins;
use crate::engine::date::{massage_day, CivilDate};
use crate::engine::flow::Session;
use crate::engine::opening::share_fragment;
use crate::engine::prefill::{self, Prefill};
use crate::engine::reminder::{calendar, data_address, reminder_day, Event, UtcMoment};
use crate::engine::{Answers, Outcome, Screen};
use crate::platform::{self, Shared};

pub struct ResultProps {
    pub answers: Answers,
    /// What the answers come to, worked out once by the App for everything that shows it.
    pub outcome: Rc<Outcome>,
    /// Someone else's result, opened from a link.
    pub shared: bool,
    /// The day of the check, for the printed page; none when the browser gave no date.
    pub today: Option<CivilDate>,
    /// The day a shared result was made, when its link carries it.
    pub shared_on: Option<CivilDate>,
    /// The spa's "book a follow-up" address, already checked to be http(s).
    pub follow_up: Option<AttrValue>,
    pub spa_name: Option<AttrValue>,
    /// Offer a link to this result; not from a file on the device, where it would open nowhere else.
    pub share_link: bool,
    /// Where sharing got to: kept by the App, so that it lasts while the result shows.
    pub share_state: UseStateHandle<ShareState>,
    /// When the page was opened (UTC), which the reminder's file gives as the moment it was made;
    /// none offers no reminder.
    pub opened_at: Option<UtcMoment>,
    /// The page's address without query or fragment, which the reminder's link is built on.
    pub page_address: AttrValue,
    /// What this device keeps of the person's checks (super::remember).
    pub remembered: Remembered,
    /// The day of the massage a reminder's or card's link carried, if the check came from one.
    pub link_day: Option<CivilDate>,
}

/// Where sharing got to, for the message under the Share button.
#[derive(Clone, Default, PartialEq)]
pub enum ShareState {
    #[default]
    Idle,
    Done(Shared),
    /// Neither sharing nor copying worked: the link is shown to copy by hand.
    Manual(AttrValue),
}

pub fn result_screen(props: &ResultProps) -> Html {
    let outcome = &*props.outcome;
    let urgency = outcome.triage.urgency;
    let text = content::words();
    let (o, safety) = (&text.outcome, &text.safety);
    let words = safety.headline(outcome.triage.headline);
    let has_warning = props.answers.has_warning_sign();
    let share_state = &props.share_state;
    // What became of sharing: text, and the link to copy by hand where neither sharing nor
    // copying worked. Written as text (super::markup says why).
    let share_message = markup(|m| match &**share_state {
        ShareState::Idle | ShareState::Done(Shared::Cancelled) => {}
        ShareState::Done(Shared::Copied) => {
            m.tags(r#"<p class="af-share__message">"#)
                .text(o.share_copied)
                .tags("</p>");
        }
        ShareState::Done(_) => {
            m.tags(r#"<p class="af-share__message">"#)
                .text(o.share_sent)
                .tags("</p>");
        }
        ShareState::Manual(link) => {
            m.tags(r#"<div class="af-share__manual"><p>"#)
                .text(o.share_failed);
            m.tags(r#"</p><label for="af-share-link" class="af-share__label">"#)
                .text(o.share_link_label);
            m.tags(r#"</label><input id="af-share-link" type="text" readonly="" value=""#)
                .text(link)
                .tags(r#"" class="af-share__link"></div>"#);
        }
    });

    // The plan as a checklist: each step's title (and why it sits where it does) shows at once,
    // so a phone's first screen says what to do; how to do it opens under the title. Text
    // alone, so written as text (super::markup says why), the same elements Yew would make.
    let write_plan = |m: &mut Markup| {
        m.tags(r#"<p class="af-section__lead">"#)
            .text(o.plan_lead)
            .tags(r#"</p><ol class="af-plan">"#);
        for step in &outcome.plan {
            let relief = text.relief(step.relief);
            m.tags(r#"<li class="af-plan__step"><details class="af-plan__details"><summary class="af-plan__summary"><span class="af-plan__title">"#)
                .text(relief.title)
                .tags("</span>");
            if let Some(fit) = step.fit {
                m.tags(r#"<span class="af-plan__fit">"#)
                    .text(text.fit(fit))
                    .tags("</span>");
            }
            m.tags(r#"</summary><p class="af-plan__how">"#)
                .text(relief.how)
                .tags("</p>");
            if step.tried {
                m.tags(r#"<p class="af-plan__tried">"#)
                    .text(text.tried_note(step.relief))
                    .tags("</p>");
            }
            m.tags("</details></li>");
        }
        m.tags("</ol>");
    };
    let next = safety.next_steps(outcome.triage.headline);
    let care = next.is_some();
    let print_label = if care {
        safety.print_for_clinician
    } else {
        o.print_plan
    };

    // Text and plain buttons, so written as text (super::markup says why), around the one
    // live region that must stay in place: the message of what became of sharing.
    let top = markup(|m| {
        m.tags(r#"<div class="af-urgency">"#);
        write_urgency_icon(m, urgency);
        m.tags(r#"<div class="af-urgency__body"><p class="af-urgency__label">"#)
            .text(o.urgency_label);
        m.tags(r#"</p><h1 id=""#)
            .tags(HEADING_ID)
            .tags(r#"" tabindex="-1" class="af-urgency__title">"#)
            .text(words.title);
        m.tags(r#"</h1><p class="af-urgency__summary">"#)
            .text(words.summary)
            .tags("</p></div></div>");
        if props.shared {
            m.tags(r#"<div class="af-notice af-notice--shared"><h2 class="af-notice__heading">"#)
                .text(o.shared_heading);
            m.tags("</h2><p>").text(o.shared_body).tags("</p></div>");
        }
        // What to do now, first: where to go and how soon on a result that sends the person to
        // care, the relief plan as a checklist on a self-care one.
        m.tags(r#"<section aria-labelledby="af-next-heading" class="af-section af-next"><h2 id="af-next-heading" class="af-section__heading">"#);
        m.text(safety.next_heading).tags("</h2>");
        let print = |m: &mut Markup| {
            m.tags(r#"<div class="af-actions af-actions--first">"#)
                .button("print", "af-button af-button--primary", print_label)
                .tags("</div>");
        };
        if let Some(next) = &next {
            m.tags(r#"<ul class="af-next__go">"#);
            for line in next.go {
                m.tags("<li>").text(line).tags("</li>");
            }
            m.tags("</ul>");
            print(m);
            m.tags(r#"<h3 class="af-next__subheading">"#)
                .text(safety.until_seen_heading)
                .tags("</h3><p>")
                .text(next.until_seen);
            m.tags(r#"</p><h3 class="af-next__subheading">"#)
                .text(safety.tell_heading)
                .tags(r#"</h3><ul class="af-next__tell">"#);
            for line in next.tell {
                m.tags("<li>").text(line).tags("</li>");
            }
            m.tags("</ul>");
        } else {
            write_plan(m);
            print(m);
        }
        m.tags("</section>");
        // The spa's booking link only on a self-care result: nothing may stand beside the
        // advice to get care. The address and the name come from the embedding page (checked,
        // and escaped here like every word).
        if let Some(href) = props
            .follow_up
            .as_ref()
            .filter(|_| outcome.offers_follow_up)
        {
            m.tags(r#"<p class="af-follow-up"><a href=""#).text(href).tags(r#"" target="_blank" rel="noopener noreferrer" class="af-button af-button--secondary af-follow-up__link">"#);
            match &props.spa_name {
                Some(name) => m.text(o.follow_up_with).text(" ").text(name),
                None => m.text(o.follow_up),
            };
            m.tags("</a></p>");
        }
        // On a result that sends the person to care, the sign they reported stays open.
        write_reasons(m, outcome, care);
        if care {
            m.tags(r#"<section aria-labelledby="af-plan-heading" class="af-section af-plan-section"><h2 id="af-plan-heading" class="af-section__heading">"#);
            m.text(o.plan_heading).tags("</h2>");
            if outcome.plan.is_empty() {
                m.tags(r#"<p class="af-plan__skipped">"#)
                    .text(safety.plan_skipped)
                    .tags("</p>");
            } else {
                write_plan(m);
            }
            m.tags("</section>");
        }
        write_watch_and_why(m, outcome, has_warning);
        // The remembered checks' soreness, when there is any, opens the timeline: it is the
        // person's own history. Not beside a warning sign's advice.
        // Nor beside a shared result: it is someone else's, and shows only what its link carries.
        let points = if has_warning || props.shared {
            &[][..]
        } else {
            soreness_by_day(&props.remembered)
        };
        m.tags(if points.iter().all(Option::is_none) {
            "<details"
        } else {
            r#"<details open="""#
        });
        m.tags(r#" class="af-section af-more af-timeline-section"><summary class="af-more__summary"><h2 class="af-section__heading">"#);
        m.text(o.timeline_heading).tags("</h2></summary>");
        // Today's day after the massage, from the remembered checks that the chart draws.
        let today_day = match (&props.remembered, props.today) {
            (Remembered::Kept(checkins), Some(today)) if !points.is_empty() => {
                Some(checkins.day(today))
            }
            _ => None,
        };
        write_timeline(m, outcome.elapsed, points, today_day);
        m.tags(r#"</details><details class="af-section af-more af-summary"><summary class="af-more__summary"><h2 class="af-section__heading">"#);
        m.text(o.summary_heading).tags("</h2></summary>");
        write_answer_list(m, &props.answers, None);
        m.tags(r#"</details><p class="af-disclaimer">"#)
            .text(safety.disclaimer)
            .tags("</p>");
        if props.shared {
            m.tags(r#"<div class="af-actions">"#)
                .button(
                    "restart",
                    "af-button af-button--secondary",
                    o.take_the_check,
                )
                .tags("</div>");
        }
    });
    // What the share link carries, said before it can be sent.
    let share_contents = markup(|m| {
        if props.share_link {
            m.tags(r#"<p id="af-share-contents" class="af-share__privacy">"#)
                .text(text.share_contents(has_warning));
            m.tags(r#"</p><div class="af-actions af-actions--share"><button type="button" data-action="share" aria-describedby="af-share-contents" class="af-button af-button--secondary">"#);
            m.text(o.share).tags("</button></div>");
        }
    });
    let bottom = markup(|m| {
        if !props.shared {
            if !has_warning {
                write_reminder(
                    m,
                    &props.answers,
                    props.today,
                    props.opened_at,
                    props.share_link.then_some(&*props.page_address),
                );
                // Offered for a check whose massage day is known exactly.
                let offer = props.today.is_some_and(|today| {
                    Checkins::start(&props.answers, today, props.link_day).is_some()
                });
                write_remember(m, &props.remembered, offer);
            }
            m.tags(r#"<div class="af-actions">"#).button(
                "review",
                "af-button af-button--secondary",
                o.change_answers,
            );
            m.button("restart", "af-button af-button--secondary", o.start_again)
                .tags("</div>");
        }
        // Paper only, last in the page: the styles show it alone when printing. A shared
        // result prints the day it was made (from its link), never the day it was opened.
        write_print_sheet(
            m,
            &PrintSheetProps {
                answers: props.answers,
                outcome,
                checked_on: if props.shared {
                    props.shared_on
                } else {
                    props.today
                },
                spa_name: props.spa_name.clone(),
            },
        );
    });

    html! {
        <section class="af-screen af-result" data-urgency={urgency.key()} aria-labelledby={HEADING_ID}>
            { top }
            if !props.shared {
                <div class="af-share">
                    { share_contents }
                    <div aria-live="polite">{ share_message }</div>
                </div>
            }
            { bottom }
        </section>
    }
}

/// "Share this result": the system's share sheet, or the link copied, or, where neither
/// works, the link shown to copy by hand (`share_state` keeps which, for the message under the
/// button).
pub fn share(answers: Answers, today: Option<CivilDate>, share_state: UseStateHandle<ShareState>) {
    let session = Session {
        screen: Screen::Result,
        answers,
        ..Session::default()
    };
    // The page's own address with the answers: never its query, which in a spa's frame holds
    // the spa's settings and origin.
    let link = platform::page_address() + &share_fragment(&session, today);
    wasm_bindgen_futures::spawn_local(async move {
        let outcome = platform::share_or_copy(content::words().outcome.share_title, &link).await;
        share_state.set(match outcome {
            Shared::Failed => ShareState::Manual(link.into()),
            done => ShareState::Done(done),
        });
    });
}

/// "Watch for these" and "Why you're sore": text alone, so written as text (super::markup says
/// why), the same elements Yew would make.
fn write_watch_and_why(m: &mut Markup, outcome: &Outcome, has_warning: bool) {
    let text = content::words();
    let (o, safety) = (&text.outcome, &text.safety);
    m.tags(r#"<section aria-labelledby="af-watch-heading" class="af-section af-watch"><h2 id="af-watch-heading" class="af-section__heading">"#)
        .text(o.watch_heading)
        .tags("</h2><p>")
        .text(safety.watch_lead)
        .tags(r#"</p><ul class="af-watch__list">"#);
    for watch in safety.watch_list() {
        m.tags("<li><strong>")
            .text(watch.sign)
            .tags("</strong>")
            .text(text.language.colon)
            .text(watch.action)
            .tags("</li>");
    }
    m.tags(r#"</ul></section><details class="af-section af-more af-why-sore"><summary class="af-more__summary"><h2 class="af-section__heading">"#)
        .text(o.why_heading)
        .tags("</h2></summary>");
    if has_warning {
        m.tags(r#"<p class="af-why-sore__warning">"#)
            .text(o.why_warning)
            .tags("</p>");
    }
    m.tags("<p>").text(o.why_general).tags("</p>");
    for cause in &outcome.causes {
        m.tags("<p>").text(text.cause(*cause)).tags("</p>");
    }
    m.tags("</details>");
}

/// "Why we say this", open on a result that sends the person to care: text alone, so written
/// as text (super::markup says why).
fn write_reasons(m: &mut Markup, outcome: &Outcome, open: bool) {
    let text = content::words();
    m.tags(if open {
        r#"<details open="" class="af-section af-more af-reasons">"#
    } else {
        r#"<details class="af-section af-more af-reasons">"#
    })
    .tags(r#"<summary class="af-more__summary"><h2 class="af-section__heading">"#)
    .text(text.outcome.reasons_heading)
    .tags(r#"</h2></summary><ul class="af-reasons__list">"#);
    for reason in &outcome.triage.reasons {
        m.tags("<li>").text(text.reason(*reason)).tags("</li>");
    }
    m.tags("</ul></details>");
}

/// "Remind me to check again": a calendar file for the morning of day 3 after the massage (or
/// the next morning once that has come), whose link reopens the check with the massage's day
/// and kind, the tension worked on and today's soreness carried in its fragment
/// (engine::prefill), so the next check asks only what may have changed. From the one-file
/// copy (no `page_address`), whose address works on no other device, the event says to open
/// the file again instead. Offered only without a warning sign, whose advice is to get care now;
/// and only when the device gave a date to count from.
fn write_reminder(
    m: &mut Markup,
    answers: &Answers,
    today: Option<CivilDate>,
    made: Option<UtcMoment>,
    page_address: Option<&str>,
) {
    let (Some(today), Some(made), Some(elapsed)) = (today, made, answers.elapsed) else {
        return;
    };
    let text = content::words();
    let massage_on = massage_day(today, elapsed).date;
    let day = reminder_day(massage_on, today);
    let prefill = Prefill {
        massage_on,
        massage: answers.massage,
        tension: answers.tension,
        earlier_soreness: answers.soreness,
    };
    let link =
        page_address.map(|page| [page, "#", prefill::KEY, &prefill::encode(&prefill)].concat());
    let file = calendar(&Event {
        day,
        summary: text.again.event,
        description: link.as_deref().unwrap_or(text.again.event_reopen_file),
        url: link.as_deref(),
        made,
    });
    // As text (super::markup says why): a link and a line, no handler.
    m.tags(r#"<div class="af-reminder"><a download="aftercare-check-again.ics" href=""#)
        .text(&data_address(&file))
        .tags(r#"" class="af-button af-button--secondary">"#)
        .text(text.again.remind)
        .tags(r#"</a><p class="af-reminder__hint">"#)
        .text(text.again.remind_hint)
        .text(" ")
        .text(&text.date(day))
        .tags(".</p></div>");
}

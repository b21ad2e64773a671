//! The result, action first: the urgency (words and an icon), then what to do now (where to go
//! and how soon on a result that sends the person to care, the relief plan as a checklist on a
//! self-care one) with its primary action, printing. Then why we say so, the signs to watch for,
//! and, to be opened, why they are sore, the timeline and their answers.

use yew::prelude::*;

use super::icon::urgency_icon;
use super::markup::Markup;
use super::print_sheet::{print_sheet, PrintSheetProps};
use super::summary::answer_list;
use super::timeline::{timeline, TimelineProps};
use super::{on_click, Dispatch, HEADING_ID};
use crate::content;
use crate::engine::date::CivilDate;
use crate::engine::flow::Session;
use crate::engine::opening::share_fragment;
use crate::engine::{outcome, Action, Answers, Outcome, Screen};
use crate::platform::{self, Shared};

pub struct ResultProps {
    pub answers: Answers,
    pub dispatch: Dispatch,
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
    let outcome = outcome(&props.answers);
    let urgency = outcome.triage.urgency;
    let text = content::words();
    let (o, safety) = (&text.outcome, &text.safety);
    let words = safety.headline(outcome.triage.headline);
    let act = |action: Action| on_click(&props.dispatch, action);
    let has_warning = props.answers.has_warning_sign();
    let share_state = &props.share_state;
    let on_share = {
        let (answers, share_state, today) = (props.answers, share_state.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            let session = Session { screen: Screen::Result, answers, ..Session::default() };
            // The page's own address with the answers: never its query, which in a spa's frame
            // holds the spa's settings and origin.
            let link = platform::page_address() + &share_fragment(&session, today);
            let share_state = share_state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = platform::share_or_copy(o.share_title, &link).await;
                share_state.set(match outcome {
                    Shared::Failed => ShareState::Manual(link.into()),
                    done => ShareState::Done(done),
                });
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| platform::print());
    let share_message = match &**share_state {
        ShareState::Idle | ShareState::Done(Shared::Cancelled) => html! {},
        ShareState::Done(Shared::Copied) => html! { <p class="af-share__message">{ o.share_copied }</p> },
        ShareState::Done(_) => html! { <p class="af-share__message">{ o.share_sent }</p> },
        ShareState::Manual(link) => html! {
            <div class="af-share__manual">
                <p>{ o.share_failed }</p>
                <label class="af-share__label" for="af-share-link">{ o.share_link_label }</label>
                <input class="af-share__link" id="af-share-link" type="text" readonly=true value={link.clone()} />
            </div>
        },
    };

    // The plan as a checklist: each step's title (and why it sits where it does) shows at once,
    // so a phone's first screen says what to do; how to do it opens under the title. Text
    // alone, so written as text (super::markup says why), the same elements Yew would make.
    let plan = {
        let mut m = Markup::default();
        m.tags(r#"<ol class="af-plan">"#);
        for step in &outcome.plan {
            let relief = text.relief(step.relief);
            m.tags(r#"<li class="af-plan__step"><details class="af-plan__details"><summary class="af-plan__summary"><span class="af-plan__title">"#)
                .text(relief.title)
                .tags("</span>");
            if let Some(fit) = step.fit {
                m.tags(r#"<span class="af-plan__fit">"#).text(text.fit(fit)).tags("</span>");
            }
            m.tags(r#"</summary><p class="af-plan__how">"#).text(relief.how).tags("</p>");
            if step.tried {
                m.tags(r#"<p class="af-plan__tried">"#).text(text.tried_note(step.relief)).tags("</p>");
            }
            m.tags("</details></li>");
        }
        m.tags("</ol>");
        m.into_html()
    };
    let next = safety.next_steps(outcome.triage.headline);
    let care = next.is_some();
    let print_label = if care { safety.print_for_clinician } else { o.print_plan };

    html! {
        <section class="af-screen af-result"
            data-urgency={urgency.key()} aria-labelledby={HEADING_ID}>
            <div class="af-urgency">
                { urgency_icon(urgency) }
                <div class="af-urgency__body">
                    <p class="af-urgency__label">{ o.urgency_label }</p>
                    <h1 id={HEADING_ID} class="af-urgency__title" tabindex="-1">{ words.title }</h1>
                    <p class="af-urgency__summary">{ words.summary }</p>
                </div>
            </div>

            if props.shared {
                <div class="af-notice af-notice--shared">
                    <h2 class="af-notice__heading">{ o.shared_heading }</h2>
                    <p>{ o.shared_body }</p>
                </div>
            }

            // What to do now, first: where to go and how soon on a result that sends the person
            // to care, the relief plan as a checklist on a self-care one.
            <section class="af-section af-next" aria-labelledby="af-next-heading">
                <h2 id="af-next-heading" class="af-section__heading">{ safety.next_heading }</h2>
                if let Some(next) = &next {
                    <ul class="af-next__go">
                        { for next.go.iter().map(|line| html! { <li>{ *line }</li> }) }
                    </ul>
                    <div class="af-actions af-actions--first">
                        <button type="button" class="af-button af-button--primary" onclick={on_print.clone()}>{ print_label }</button>
                    </div>
                    <h3 class="af-next__subheading">{ safety.until_seen_heading }</h3>
                    <p>{ next.until_seen }</p>
                    <h3 class="af-next__subheading">{ safety.tell_heading }</h3>
                    <ul class="af-next__tell">
                        { for next.tell.iter().map(|line| html! { <li>{ *line }</li> }) }
                    </ul>
                } else {
                    <p class="af-section__lead">{ o.plan_lead }</p>
                    { plan.clone() }
                    <div class="af-actions af-actions--first">
                        <button type="button" class="af-button af-button--primary" onclick={on_print.clone()}>{ print_label }</button>
                    </div>
                }
            </section>

            // The spa's booking link only on a self-care result: nothing may stand beside the
            // advice to get care.
            if let Some(href) = props.follow_up.as_ref().filter(|_| outcome.offers_follow_up) {
                <p class="af-follow-up">
                    <a class="af-button af-button--secondary af-follow-up__link" href={href.clone()} target="_blank" rel="noopener noreferrer">
                        { match &props.spa_name {
                            Some(name) => [o.follow_up_with, " ", name].concat(),
                            None => o.follow_up.to_string(),
                        } }
                    </a>
                </p>
            }

            // On a result that sends the person to care, the sign they reported stays open.
            { reasons(&outcome, care) }

            if care {
                <section class="af-section af-plan-section" aria-labelledby="af-plan-heading">
                    <h2 id="af-plan-heading" class="af-section__heading">{ o.plan_heading }</h2>
                    if outcome.plan.is_empty() {
                        <p class="af-plan__skipped">{ safety.plan_skipped }</p>
                    } else {
                        <p class="af-section__lead">{ o.plan_lead }</p>
                        { plan }
                    }
                </section>
            }

            { watch_and_why(&outcome, has_warning) }

            <details class="af-section af-more af-timeline-section">
                <summary class="af-more__summary"><h2 class="af-section__heading">{ o.timeline_heading }</h2></summary>
                { timeline(&TimelineProps { elapsed: outcome.elapsed }) }
            </details>

            <details class="af-section af-more af-summary">
                <summary class="af-more__summary"><h2 class="af-section__heading">{ o.summary_heading }</h2></summary>
                { answer_list(&props.answers, None) }
            </details>

            <p class="af-disclaimer">{ safety.disclaimer }</p>
            if props.shared {
                <div class="af-actions">
                    <button type="button" class="af-button af-button--secondary" onclick={act(Action::Restart)}>{ o.take_the_check }</button>
                </div>
            } else {
                <div class="af-share">
                    if props.share_link {
                        // What the link carries, said before it can be sent.
                        <p class="af-share__privacy" id="af-share-contents">{ text.share_contents(has_warning) }</p>
                        <div class="af-actions af-actions--share">
                            <button type="button" class="af-button af-button--secondary" onclick={on_share}
                                aria-describedby="af-share-contents">{ o.share }</button>
                        </div>
                    }
                    <div aria-live="polite">{ share_message }</div>
                </div>
                <div class="af-actions">
                    <button type="button" class="af-button af-button--secondary" onclick={act(Action::Review)}>{ o.change_answers }</button>
                    <button type="button" class="af-button af-button--secondary" onclick={act(Action::Restart)}>{ o.start_again }</button>
                </div>
            }
            // Paper only, last in the page: the styles show it alone when printing. A shared result
            // prints the day it was made (from its link), never the day it was opened.
            { print_sheet(&PrintSheetProps {
                answers: props.answers,
                checked_on: if props.shared { props.shared_on } else { props.today },
                spa_name: props.spa_name.clone(),
            }) }
        </section>
    }
}

/// "Watch for these" and "Why you're sore": text alone, so written as text (super::markup says
/// why), the same elements Yew would make.
fn watch_and_why(outcome: &Outcome, has_warning: bool) -> Html {
    let text = content::words();
    let (o, safety) = (&text.outcome, &text.safety);
    let mut m = Markup::default();
    m.tags(r#"<section aria-labelledby="af-watch-heading" class="af-section af-watch"><h2 id="af-watch-heading" class="af-section__heading">"#)
        .text(o.watch_heading)
        .tags("</h2><p>")
        .text(safety.watch_lead)
        .tags(r#"</p><ul class="af-watch__list">"#);
    for watch in safety.watch_list() {
        m.tags("<li><strong>").text(watch.sign).tags("</strong>").text(text.language.colon).text(watch.action).tags("</li>");
    }
    m.tags(r#"</ul></section><details class="af-section af-more af-why-sore"><summary class="af-more__summary"><h2 class="af-section__heading">"#)
        .text(o.why_heading)
        .tags("</h2></summary>");
    if has_warning {
        m.tags(r#"<p class="af-why-sore__warning">"#).text(o.why_warning).tags("</p>");
    }
    m.tags("<p>").text(o.why_general).tags("</p>");
    for cause in &outcome.causes {
        m.tags("<p>").text(text.cause(*cause)).tags("</p>");
    }
    m.tags("</details>");
    m.into_html()
}

/// "Why we say this", open on a result that sends the person to care: text alone, so written
/// as text (super::markup says why).
fn reasons(outcome: &Outcome, open: bool) -> Html {
    let text = content::words();
    let mut m = Markup::default();
    m.tags(if open { r#"<details open="" class="af-section af-more af-reasons">"# } else { r#"<details class="af-section af-more af-reasons">"# })
        .tags(r#"<summary class="af-more__summary"><h2 class="af-section__heading">"#)
        .text(text.outcome.reasons_heading)
        .tags(r#"</h2></summary><ul class="af-reasons__list">"#);
    for reason in &outcome.triage.reasons {
        m.tags("<li>").text(text.reason(*reason)).tags("</li>");
    }
    m.tags("</ul></details>");
    m.into_html()
}

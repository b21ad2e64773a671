//! The result: urgency first (words and an icon), then why we say so, why they are sore, the
//! timeline, the relief plan, the signs to watch for, their answers and the disclaimer.

use yew::prelude::*;

use super::icon::urgency_icon;
use super::summary::answer_list;
use super::timeline::Timeline;
use super::{on_click, Dispatch, HEADING_ID};
use crate::content::result as text;
use crate::engine::answers::WarningSign;
use crate::engine::choice::Choice;
use crate::engine::flow::Session;
use crate::engine::opening::share_fragment;
use crate::engine::{outcome, Action, Answers, Screen};
use crate::platform::{self, Shared};

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub answers: Answers,
    pub dispatch: Dispatch,
    /// Someone else's result, opened from a link.
    #[prop_or_default]
    pub shared: bool,
    /// The date, printed at the top of a printed result.
    #[prop_or_default]
    pub today: AttrValue,
    /// The spa's "book a follow-up" address, already checked to be http(s).
    #[prop_or_default]
    pub follow_up: Option<AttrValue>,
    #[prop_or_default]
    pub spa_name: Option<AttrValue>,
    /// Offer a link to this result; not from a file on the device, where it would open nowhere else.
    #[prop_or(true)]
    pub share_link: bool,
}

/// Where sharing got to, for the message under the Share button.
#[derive(Clone, PartialEq)]
enum ShareState {
    Idle,
    Done(Shared),
    /// Neither sharing nor copying worked: the link is shown to copy by hand.
    Manual(AttrValue),
}

#[component]
pub fn ResultScreen(props: &ResultProps) -> Html {
    let outcome = outcome(&props.answers);
    let urgency = outcome.triage.urgency;
    let words = text::headline(outcome.triage.headline);
    let act = |action: Action| on_click(&props.dispatch, action);
    let has_warning = props.answers.has_warning_sign();
    let share_state = use_state_eq(|| ShareState::Idle);
    let on_share = {
        let (answers, share_state) = (props.answers, share_state.clone());
        Callback::from(move |_: MouseEvent| {
            let session = Session { screen: Screen::Result, answers, ..Session::default() };
            let link = format!("{}{}", platform::address_without_fragment(), share_fragment(&session));
            let share_state = share_state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = platform::share_or_copy(text::SHARE_TITLE, &link).await;
                share_state.set(match outcome {
                    Shared::Failed => ShareState::Manual(link.into()),
                    done => ShareState::Done(done),
                });
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| platform::print());
    let share_message = match &*share_state {
        ShareState::Idle | ShareState::Done(Shared::Cancelled) => html! {},
        ShareState::Done(Shared::Copied) => html! { <p class="af-share__message">{ text::SHARE_COPIED }</p> },
        ShareState::Done(_) => html! { <p class="af-share__message">{ text::SHARE_SENT }</p> },
        ShareState::Manual(link) => html! {
            <div class="af-share__manual">
                <p>{ text::SHARE_FAILED }</p>
                <label class="af-share__label" for="af-share-link">{ text::SHARE_LINK_LABEL }</label>
                <input class="af-share__link" id="af-share-link" type="text" readonly=true value={link.clone()} />
            </div>
        },
    };

    let plan = if outcome.plan.is_empty() {
        html! { <p class="af-plan__skipped">{ text::PLAN_SKIPPED }</p> }
    } else {
        html! {
            <>
                <p class="af-section__lead">{ text::PLAN_LEAD }</p>
                <ol class="af-plan">
                    { for outcome.plan.iter().map(|step| {
                        let relief = text::relief(step.relief);
                        html! {
                            <li class="af-plan__step">
                                <h3 class="af-plan__title">{ relief.title }</h3>
                                if let Some(fit) = step.fit {
                                    <p class="af-plan__fit">{ text::fit(fit) }</p>
                                }
                                <p class="af-plan__how">{ relief.how }</p>
                                if step.tried {
                                    <p class="af-plan__tried">{ text::tried_note(step.relief) }</p>
                                }
                            </li>
                        }
                    }) }
                </ol>
            </>
        }
    };

    html! {
        <section class={classes!("af-screen", "af-result", format!("af-result--{}", urgency.key()))}
            data-urgency={urgency.key()} aria-labelledby={HEADING_ID}>
            <p class="af-print-only af-print-date">{ text::CHECKED_ON }{ " " }{ props.today.clone() }</p>
            <div class={classes!("af-urgency", format!("af-urgency--{}", urgency.key()))}>
                { urgency_icon(urgency) }
                <div class="af-urgency__body">
                    <p class="af-urgency__label">{ text::URGENCY_LABEL }</p>
                    <h1 id={HEADING_ID} class="af-urgency__title" tabindex="-1">{ words.title }</h1>
                    <p class="af-urgency__summary">{ words.summary }</p>
                </div>
            </div>

            if props.shared {
                <div class="af-notice af-notice--shared">
                    <h2 class="af-notice__heading">{ text::SHARED_HEADING }</h2>
                    <p>{ text::SHARED_BODY }</p>
                </div>
            }
            // The spa's booking link only on a self-care result: nothing may stand beside the
            // advice to get care.
            if let Some(href) = props.follow_up.as_ref().filter(|_| outcome.offers_follow_up) {
                <p class="af-follow-up">
                    <a class="af-button af-button--secondary af-follow-up__link" href={href.clone()} target="_blank" rel="noopener noreferrer">
                        { match &props.spa_name {
                            Some(name) => format!("{} {}", text::FOLLOW_UP_WITH, name),
                            None => text::FOLLOW_UP.to_string(),
                        } }
                    </a>
                </p>
            }

            <section class="af-section af-reasons" aria-labelledby="af-reasons-heading">
                <h2 id="af-reasons-heading" class="af-section__heading">{ text::REASONS_HEADING }</h2>
                <ul class="af-reasons__list">
                    { for outcome.triage.reasons.iter().map(|reason| html! { <li>{ text::reason(*reason) }</li> }) }
                </ul>
            </section>

            <section class="af-section af-why-sore" aria-labelledby="af-why-heading">
                <h2 id="af-why-heading" class="af-section__heading">{ text::WHY_HEADING }</h2>
                if has_warning {
                    <p class="af-why-sore__warning">{ text::WHY_WARNING }</p>
                }
                <p>{ text::WHY_GENERAL }</p>
                { for outcome.causes.iter().map(|cause| html! { <p>{ text::cause(*cause) }</p> }) }
            </section>

            <section class="af-section" aria-labelledby="af-timeline-heading">
                <h2 id="af-timeline-heading" class="af-section__heading">{ text::TIMELINE_HEADING }</h2>
                <Timeline elapsed={outcome.elapsed} />
            </section>

            <section class="af-section af-plan-section" aria-labelledby="af-plan-heading">
                <h2 id="af-plan-heading" class="af-section__heading">{ text::PLAN_HEADING }</h2>
                { plan }
            </section>

            <section class="af-section af-watch" aria-labelledby="af-watch-heading">
                <h2 id="af-watch-heading" class="af-section__heading">{ text::WATCH_HEADING }</h2>
                <p>{ text::WATCH_LEAD }</p>
                <ul class="af-watch__list">
                    { for WarningSign::ALL.iter().map(|sign| text::watch_for(*sign)).chain([text::WATCH_SLOW]).map(|(sign, action)| html! {
                        <li><strong>{ sign }</strong>{ ": " }{ action }</li>
                    }) }
                </ul>
            </section>

            <section class="af-section af-summary" aria-labelledby="af-summary-heading">
                <h2 id="af-summary-heading" class="af-section__heading">{ text::SUMMARY_HEADING }</h2>
                { answer_list(&props.answers, None) }
            </section>

            <p class="af-disclaimer">{ text::DISCLAIMER }</p>
            if props.shared {
                <div class="af-actions">
                    <button type="button" class="af-button af-button--primary" onclick={act(Action::Restart)}>{ text::TAKE_THE_CHECK }</button>
                    <button type="button" class="af-button af-button--secondary" onclick={on_print}>{ text::PRINT }</button>
                </div>
            } else {
                <div class="af-share">
                    <div class="af-actions af-actions--share">
                        if props.share_link {
                            <button type="button" class="af-button af-button--secondary" onclick={on_share}>{ text::SHARE }</button>
                        }
                        <button type="button" class="af-button af-button--secondary" onclick={on_print}>{ text::PRINT }</button>
                    </div>
                    <div aria-live="polite">{ share_message }</div>
                    if props.share_link {
                        <p class="af-share__privacy">{ text::SHARE_PRIVACY }</p>
                    }
                </div>
                <div class="af-actions">
                    <button type="button" class="af-button af-button--primary" onclick={act(Action::Review)}>{ text::CHANGE_ANSWERS }</button>
                    <button type="button" class="af-button af-button--secondary" onclick={act(Action::Restart)}>{ text::START_AGAIN }</button>
                </div>
            }
        </section>
    }
}

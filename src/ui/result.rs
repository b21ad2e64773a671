//! The result: urgency first (words and an icon), then why we say so, why they are sore, the
//! timeline, the relief plan, the signs to watch for, their answers and the disclaimer.

use yew::prelude::*;

use super::icon::urgency_icon;
use super::summary::answer_list;
use super::timeline::Timeline;
use super::{Dispatch, HEADING_ID};
use crate::content::result as text;
use crate::engine::answers::WarningSign;
use crate::engine::choice::Choice;
use crate::engine::{outcome, Action, Answers};

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub answers: Answers,
    pub dispatch: Dispatch,
}

#[component]
pub fn ResultScreen(props: &ResultProps) -> Html {
    let outcome = outcome(&props.answers);
    let urgency = outcome.triage.urgency;
    let words = text::urgency(urgency);
    let act = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action))
    };
    let has_warning = props.answers.has_warning_sign();

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
                                    <p class="af-plan__tried">{ text::TRIED_NOTE }</p>
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
            <div class={classes!("af-urgency", format!("af-urgency--{}", urgency.key()))}>
                { urgency_icon(urgency) }
                <div class="af-urgency__body">
                    <p class="af-urgency__label">{ text::URGENCY_LABEL }</p>
                    <h1 id={HEADING_ID} class="af-urgency__title" tabindex="-1">{ words.title }</h1>
                    <p class="af-urgency__summary">{ words.summary }</p>
                </div>
            </div>

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
            <div class="af-actions">
                <button type="button" class="af-button af-button--primary" onclick={act(Action::Review)}>{ text::CHANGE_ANSWERS }</button>
                <button type="button" class="af-button af-button--secondary" onclick={act(Action::Restart)}>{ text::START_AGAIN }</button>
            </div>
        </section>
    }
}

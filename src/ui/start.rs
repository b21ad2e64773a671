//! The start screen: what the check does, how long it takes, that it is guidance, and Start.
//! Embedded, it can name the spa and drop the long introduction; it also offers to continue
//! a check saved in this tab, and explains a shared link that could not be opened.

use yew::prelude::*;

use super::offline::download_offer;
use super::{on_click, Dispatch, HEADING_ID};
use crate::content;
use crate::engine::share::ShareError;
use crate::engine::Action;

/// The Start button's id: the start-up script keeps a press of the prerendered button by it.
pub const START_ID: &str = "af-start";

#[derive(PartialEq)]
pub struct StartProps {
    pub dispatch: Dispatch,
    /// The spa offering the check, shown as text.
    pub spa_name: Option<AttrValue>,
    /// Without the long introduction, for a tight spot on a spa's page.
    pub compact: bool,
    pub link_error: Option<ShareError>,
    /// A check saved in this tab can be continued.
    pub resume: bool,
    pub on_resume: Callback<MouseEvent>,
    pub on_start_over: Callback<MouseEvent>,
    /// Offer the one-file copy for offline use (the hosted page only).
    pub offer_download: bool,
}

pub fn start_screen(props: &StartProps) -> Html {
    let begin = on_click(&props.dispatch, Action::Begin);
    let words = content::words();
    let text = &words.start;
    html! {
        <section class="af-screen af-start" aria-labelledby={HEADING_ID}>
            if let Some(name) = &props.spa_name {
                <p class="af-start__spa">{ text.offered_by }{ " " }<span class="af-start__spa-name">{ name.as_str() }</span></p>
            }
            <h1 id={HEADING_ID} class="af-screen__heading" tabindex="-1">{ text.heading }</h1>
            if let Some(error) = props.link_error {
                <div class="af-notice af-notice--info" role="status">
                    <h2 class="af-notice__heading">{ text.link_heading }</h2>
                    <p>{ words.link_problem(error) }</p>
                </div>
            }
            if props.compact {
                <p class="af-screen__lead">{ text.compact_lead }</p>
            } else {
                <p class="af-screen__lead">{ text.lead }</p>
                <ul class="af-start__points">
                    { for words.start_points().into_iter().map(|point| html! { <li>{ point }</li> }) }
                </ul>
            }
            if props.resume {
                <div class="af-notice af-notice--resume">
                    <h2 class="af-notice__heading">{ text.resume_heading }</h2>
                    <p>{ text.resume_body }</p>
                    <div class="af-actions">
                        <button type="button" class="af-button af-button--primary" onclick={props.on_resume.clone()}>{ text.resume }</button>
                        <button type="button" class="af-button af-button--secondary" onclick={props.on_start_over.clone()}>{ text.start_over }</button>
                    </div>
                </div>
            } else {
                <div class="af-actions">
                    <button type="button" id={START_ID} class="af-button af-button--primary" onclick={begin}>{ text.button }</button>
                </div>
                // Shown only when the prerendered button was pressed before the app was ready
                // (html[data-af-pressed], set by the start-up script); the press then takes effect.
                <p class="af-start__waiting" role="status">{ text.getting_ready }</p>
            }
            if props.offer_download {
                { download_offer() }
            }
        </section>
    }
}

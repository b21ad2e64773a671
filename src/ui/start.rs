//! The start screen: what the check does, how long it takes, that it is guidance, and Start.

use yew::prelude::*;

use super::{Dispatch, HEADING_ID};
use crate::content::screens::start as text;
use crate::engine::Action;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub dispatch: Dispatch,
}

#[component]
pub fn StartScreen(props: &StartProps) -> Html {
    let dispatch = props.dispatch.clone();
    let begin = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Begin));
    html! {
        <section class="af-screen af-start" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} class="af-screen__heading" tabindex="-1">{ text::HEADING }</h1>
            <p class="af-screen__lead">{ text::LEAD }</p>
            <ul class="af-start__points">
                { for text::POINTS.iter().map(|point| html! { <li>{ *point }</li> }) }
            </ul>
            <div class="af-actions">
                <button type="button" class="af-button af-button--primary" onclick={begin}>{ text::BUTTON }</button>
            </div>
        </section>
    }
}

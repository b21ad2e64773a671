//! The page that shows when the app cannot run, as HTML the build writes into index.html
//! (src/bin/prerender.rs): a `<noscript>` line and the static fallback the start-up script
//! shows while the app is slow to arrive or when it fails (html.af-loading, html.af-failed).
//! Rendered natively only: no code of the running app uses it, so it adds nothing to the
//! wasm. A component, since that is what Yew's server renderer takes.

use yew::prelude::*;

use crate::content::{fallback as text, safety, screens::APP_NAME};
use crate::engine::answers::WarningSign;
use crate::engine::choice::Choice;

#[component]
pub fn StaticFallback() -> Html {
    html! {
        <>
            <noscript><p class="af-noscript">{ text::NOSCRIPT }</p></noscript>
            <div id="af-fallback" class="af-app af-fallback">
                <p class="af-brand" aria-hidden="true">{ APP_NAME }</p>
                <h1 id="af-fallback-heading" class="af-screen__heading" tabindex="-1">
                    <span class="af-fallback__waiting">{ text::WAITING }</span>{ " " }
                    <span class="af-fallback__loading">{ text::LOADING }</span>{ " " }
                    <span class="af-fallback__failed">{ text::FAILED }</span>
                </h1>
                <p class="af-screen__lead">
                    { text::LEAD }{ " " }
                    <span class="af-fallback__advice">{ text::ADVICE }</span>{ " " }
                    <span class="af-fallback__loading">{ text::LOADING_NOTE }</span>
                </p>
                // An empty address is this page's own, its query kept and any fragment (a
                // shared link, which may be what failed) dropped.
                <p class="af-actions af-fallback__advice">
                    <a id="af-fallback-restart" class="af-button af-button--primary" href="">{ text::START_AGAIN }</a>
                </p>
                <section class="af-fallback__warning" aria-labelledby="af-fallback-signs">
                    <h2 id="af-fallback-signs" class="af-fallback__heading">{ safety::FALLBACK_SIGNS_HEADING }</h2>
                    <ul class="af-fallback__signs">
                        { for WarningSign::ALL.iter().map(|sign| safety::watch_for(*sign)).chain([safety::WATCH_SLOW]).map(|(sign, action)| html! {
                            <li><strong>{ sign }</strong>{ ": " }{ action }</li>
                        }) }
                    </ul>
                </section>
                <p class="af-disclaimer">{ safety::IF_WORRIED }</p>
            </div>
        </>
    }
}

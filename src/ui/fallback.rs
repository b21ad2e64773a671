//! The page that shows when the app cannot run, as HTML the build writes into index.html
//! (src/bin/prerender.rs): a `<noscript>` line (with links to the page in the other languages)
//! and the static fallback the start-up script
//! shows while the app is slow to arrive or when it fails (html.af-loading, html.af-failed).
//! Rendered natively only: no code of the running app uses it, so it adds nothing to the
//! wasm. A component, since that is what Yew's server renderer takes.

use yew::prelude::*;

use crate::content::{self, Lang, APP_NAME};

#[component]
pub fn StaticFallback() -> Html {
    let words = content::words();
    let text = Lang::from_code(words.language.code)
        .unwrap_or(Lang::En)
        .fallback();
    let safety = &words.safety;
    html! {
        <>
            <noscript>
                <p class="af-noscript">{ text.noscript }</p>
                // The same page in the check's other languages, for a reader of one of them
                // whose browser runs no script to pick it (each is a page of the build:
                // scripts/post-build/pages.mjs; the one-file copy, which has no pages beside
                // it, leaves this out).
                <p class="af-noscript af-noscript__languages">
                    { for Lang::ALL.iter().filter(|other| other.code() != words.language.code).enumerate().map(|(i, other)| html! {
                        <>
                            if i > 0 { { " \u{b7} " } }
                            <a href={[other.code(), ".html"].concat()} hreflang={other.code()} lang={other.code()}>{ other.name() }</a>
                        </>
                    }) }
                </p>
            </noscript>
            <div id="af-fallback" class="af-app af-fallback">
                <p class="af-brand" aria-hidden="true">{ APP_NAME }</p>
                <h1 id="af-fallback-heading" class="af-screen__heading" tabindex="-1">
                    <span class="af-fallback__waiting">{ text.waiting }</span>{ " " }
                    <span class="af-fallback__loading">{ text.loading }</span>{ " " }
                    <span class="af-fallback__failed">{ text.failed }</span>
                </h1>
                <p class="af-screen__lead">
                    { text.lead }{ " " }
                    <span class="af-fallback__advice">{ text.advice }</span>{ " " }
                    <span class="af-fallback__loading">{ text.loading_note }</span>
                </p>
                // An empty address is this page's own, its query kept and any fragment (a
                // shared link, which may be what failed) dropped.
                <p class="af-actions af-fallback__advice">
                    <a id="af-fallback-restart" class="af-button af-button--primary" href="">{ text.start_again }</a>
                </p>
                <section class="af-fallback__warning" aria-labelledby="af-fallback-signs">
                    <h2 id="af-fallback-signs" class="af-fallback__heading">{ text.signs_heading }</h2>
                    <ul class="af-fallback__signs">
                        { for safety.watch_list().map(|watch| html! {
                            <li><strong>{ watch.sign }</strong>{ words.language.colon }{ watch.action }</li>
                        }) }
                    </ul>
                </section>
                <p class="af-disclaimer">{ safety.if_worried }</p>
            </div>
        </>
    }
}

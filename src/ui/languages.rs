//! The language switch under every screen (under, so that nothing comes before a result's
//! urgency): each language the check speaks, named in itself, the current one marked.
//! Switching draws the same screen again in the new language, every answer kept (the App
//! fetches the words: `platform::load_words_file`).

use yew::prelude::*;

use crate::content::{self, Lang};

pub fn language_switch(on_pick: &Callback<Lang>, failed: bool) -> Html {
    let words = content::words();
    let current = words.language.code;
    html! {
        <nav class="af-languages" aria-label={words.language.switch_label}>
            <ul class="af-languages__list">
                { for Lang::ALL.iter().map(|lang| {
                    let lang = *lang;
                    let here = lang.code() == current;
                    html! {
                        <li>
                            // Each name in its own language, so a screen reader says it as it is.
                            <button type="button" class="af-link-button" lang={lang.code()}
                                aria-current={here.then_some("true")} onclick={on_pick.reform(move |_: MouseEvent| lang)}>
                                { lang.name() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if failed {
                <p class="af-error" role="alert">{ words.language.switch_failed }</p>
            }
        </nav>
    }
}

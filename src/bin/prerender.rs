//! Renders the start screen to HTML at build time, with the same components the app runs, so
//! the page shows it from HTML and CSS alone before the wasm has arrived; the app replaces it
//! in place when it starts (src/main.rs). Also the page that shows when the app cannot run
//! (the `<noscript>` line and the static fallback, `ui::StaticFallback`) and the page's title
//! and description, whose words live in `content` like every other. All of it in each
//! language: scripts/post-build/prerender.mjs puts the English into index.html, and
//! scripts/post-build/pages.mjs writes a page for each language (`en.html`, `es.html`, …)
//! from it. Trunk's pre_build hook runs it (Trunk.toml). And each language's words file
//! (`words-en.txt`, …), which the start-up script fetches for the app, whose wasm holds no
//! words of its own (scripts/post-build/words.mjs names them by their hash).
//!
//! It renders the start screen every page shares: no spa name, not compact, no saved check, no
//! download offer (which the hosted page adds at the bottom, below anything already seen).

use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use aftercare::content::{self, words, Lang};
use aftercare::engine::Session;
use aftercare::ui::{App, AppProps, Launch, StaticFallback};

/// The folder the files go to, named by a file in it: the argument, else
/// `prerendered-start.html` in Trunk's staging folder. Every file is written beside it, each
/// language's start screen as `prerendered-start-<code>.html`.
fn output() -> std::path::PathBuf {
    if let Some(path) = std::env::args_os().nth(1) {
        return path.into();
    }
    let staging = std::env::var_os("TRUNK_STAGING_DIR").unwrap_or_else(|| {
        eprintln!(
            "prerender: give an output file, or run it from Trunk (which sets TRUNK_STAGING_DIR)"
        );
        std::process::exit(2);
    });
    std::path::Path::new(&staging).join("prerendered-start.html")
}

fn write(path: &std::path::Path, html: String) {
    if let Err(error) = std::fs::write(path, html) {
        eprintln!("prerender: could not write {}: {error}", path.display());
        std::process::exit(1);
    }
}

fn main() {
    let start = output();
    let staging = |name: &str| start.with_file_name(name);
    for lang in Lang::ALL {
        let code = lang.code();
        let words = lang.words();
        // The page's start screen and fallback, and its head, in this language: English goes
        // into index.html, and each language into a page of its own (`es.html`, …), which
        // scripts/post-build/pages.mjs writes from index.html.
        content::set_words(words);
        let props = AppProps {
            initial: Session::default(),
            launch: Rc::new(Launch::default()),
        };
        write(
            &staging(&["prerendered-start-", code, ".html"].concat()),
            block_on(
                yew::LocalServerRenderer::<App>::with_props(props)
                    .hydratable(false)
                    .render(),
            ),
        );
        write(
            &staging(&["prerendered-fallback-", code, ".html"].concat()),
            block_on(
                yew::LocalServerRenderer::<StaticFallback>::new()
                    .hydratable(false)
                    .render(),
            ),
        );
        let page = lang.fallback();
        // Its title, description and link preview's summary, and the name an installed copy
        // takes (the embed's frame title), a line each.
        write(
            &staging(&["page-", code, ".txt"].concat()),
            [
                page.title,
                page.description,
                page.summary,
                lang.embed().frame_title,
            ]
            .join("\n"),
        );
        // Its words file, which the start-up script fetches for the app: the wasm holds no
        // words of its own (content::words).
        if let Some(line) = words::list(words).iter().find(|s| s.contains('\n')) {
            eprintln!("prerender: a string of the {code} words holds a line break, which a words file cannot: {line:?}");
            std::process::exit(1);
        }
        write(
            &staging(&["words-", code, ".txt"].concat()),
            words::to_file(words),
        );
    }
    // What embed.js shows in each language, a line each: the code, the frame's title, the
    // popup's button and its close button, separated by tabs (no string of words holds one).
    let embed: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| {
            let words = lang.embed();
            [lang.code(), words.frame_title, words.open, words.close].join("\t")
        })
        .collect();
    write(&staging("embed-words.txt"), embed.join("\n"));
}

/// Runs a future to completion on this thread. Rendering static components waits on nothing,
/// so polling until it is ready is all the executor this needs.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(value) = future.as_mut().poll(&mut context) {
            return value;
        }
    }
}

//! The words match the engine: every question has a label for every option the engine
//! counts, and every piece of text the result can ask for exists.

use aftercare::content::en::WORDS as EN;
use aftercare::engine::answers::*;
use aftercare::engine::choice::Choice;
use aftercare::engine::explain::Cause;
use aftercare::engine::plan::{Fit, Relief};
use aftercare::engine::triage::{Headline, Reason};
use aftercare::engine::{QuestionId, QuestionKind};

#[test]
fn every_question_has_words_for_each_option() {
    for question in QuestionId::ALL {
        let words = EN.question(*question);
        assert_eq!(words.options.len(), question.option_count(), "{question:?}");
        assert!(
            !words.heading.is_empty() && !words.hint.is_empty() && !words.short.is_empty(),
            "{question:?}"
        );
        assert!(!words.why.is_empty(), "{question:?} teaches why we ask");
        if question.kind() == QuestionKind::Single {
            let last = words.options.last().unwrap().label;
            let exempt = matches!(question, QuestionId::Elapsed);
            assert!(exempt || last == "Not sure", "{question:?} offers Not sure");
        }
    }
}

#[test]
fn why_we_ask_teaches_the_science() {
    let lessons: String = QuestionId::ALL
        .iter()
        .flat_map(|q| EN.question(*q).why.iter().copied())
        .collect();
    for idea in [
        "24 to 72 hours",
        "inflammation",
        "blood",
        "Deep tissue",
        "Knots",
        "water",
        "waste products",
        "lymphatic",
    ] {
        assert!(lessons.contains(idea), "the questions teach about {idea}");
    }
}

#[test]
fn every_result_piece_has_words() {
    let headlines = [
        Headline::Expected,
        Headline::Strong,
        Headline::WarningSign,
        Headline::Urgent,
    ]
    .into_iter()
    .chain(Elapsed::ALL.iter().map(|e| Headline::NotImproving(*e)));
    for headline in headlines {
        let words = EN.safety.headline(headline);
        assert!(
            !words.title.is_empty() && !words.summary.is_empty(),
            "{headline:?}"
        );
    }
    for sign in WarningSign::ALL {
        assert!(!EN.reason(Reason::Warning(*sign)).is_empty());
        let watch = EN.safety.watch_for(*sign);
        assert!(!watch.sign.is_empty() && !watch.action.is_empty());
    }
    for elapsed in Elapsed::ALL {
        assert!(!EN.timeline_position(*elapsed).is_empty());
        for trend in Trend::ALL.iter().map(|t| Some(*t)).chain([None]) {
            assert!(!EN.cause(Cause::Timing(*elapsed, trend)).is_empty());
        }
    }
    for relief in Relief::ALL {
        assert!(!EN.relief(*relief).title.is_empty());
    }
    for fit in [
        Fit::LittleWater,
        Fit::TenderSpots,
        Fit::Stiffness,
        Fit::OnlyResting,
        Fit::Severe,
    ] {
        assert!(!EN.fit(fit).is_empty());
    }
    assert!(
        EN.relief(Relief::PainRelievers).how.contains("first"),
        "pain relievers only after asking"
    );
    let pills = EN.tried_note(Relief::PainRelievers);
    assert!(
        !pills.contains("keep it up")
            && pills.contains("only after asking a healthcare professional"),
        "{pills}"
    );
    assert!(
        EN.tried_note(Relief::Cold).contains("brief"),
        "cold stays brief"
    );
    assert!(EN.safety.disclaimer.contains("not a diagnosis"));
}

/// The page that shows when the app cannot run (written into index.html at build time) names
/// every warning sign and the slow-recovery line with what to do, as the result's "Watch for
/// these" does, and offers to start again.
#[test]
fn the_static_fallback_names_every_warning_sign_with_what_to_do() {
    let page = render_fallback();
    assert!(
        page.starts_with("<noscript>"),
        "a line for browsers without JavaScript first: {page:.80}"
    );
    let fallback = &page[page.find(r#"id="af-fallback""#).expect("the fallback")..];
    assert_eq!(
        fallback.matches("<li>").count(),
        WarningSign::ALL.len() + 1,
        "one item per sign, and the slow-recovery line"
    );
    for watch in EN.safety.watch_list() {
        let item = format!("<li><strong>{}</strong>: {}</li>", watch.sign, watch.action);
        assert!(fallback.contains(&item), "the fallback lacks {item:?}");
    }
    let restart = &fallback[fallback
        .find(r#"<a id="af-fallback-restart""#)
        .expect("a way to start again")..];
    assert!(
        restart.contains(r#" href="" "#) && restart.contains(">Start again</a>"),
        "this page's own address: {restart:.120}"
    );
    assert!(fallback.contains("not a diagnosis"));
}

/// `ui::StaticFallback`, rendered as the build renders it.
fn render_fallback() -> String {
    let mut render = std::pin::pin!(
        yew::LocalServerRenderer::<aftercare::ui::StaticFallback>::new()
            .hydratable(false)
            .render()
    );
    match std::future::Future::poll(
        render.as_mut(),
        &mut std::task::Context::from_waker(std::task::Waker::noop()),
    ) {
        std::task::Poll::Ready(html) => html,
        std::task::Poll::Pending => panic!("static HTML renders at once"),
    }
}

/// The start screen's promise of length matches the questionnaire: every question but the
/// trend on the common path, all of them from day 3 on.
#[test]
fn the_start_screen_counts_the_questions_it_asks() {
    let points = EN.start_points();
    let words = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let (common, most) = (QuestionId::ALL.len() - 1, QuestionId::ALL.len());
    let promise = format!("{} or {} short questions", words[common], words[most]);
    assert!(
        points[0].to_lowercase().starts_with(&promise),
        "{:?} should start with {promise:?}",
        points[0]
    );
}

/// What the page tells a search result, a link preview and an install prompt about the check's
/// length is what the start screen promises (the manifest once said "one-minute").
#[test]
fn every_description_of_the_check_gives_the_start_screens_length() {
    let length = EN.start_points()[0]
        .split(": about ")
        .nth(1)
        .expect("the start screen gives a length")
        .trim_end_matches('.');
    assert_eq!(length, "three to four minutes");
    for file in ["index.html", "web/manifest.webmanifest"] {
        let text =
            std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let descriptions: Vec<&str> = text.split("description").skip(1).collect();
        assert!(!descriptions.is_empty(), "{file} describes the check");
        for description in descriptions {
            let said = &description[..description.find(['\n', '>']).unwrap_or(description.len())];
            assert!(
                said.contains(length),
                "{file} describes the check without its length ({length}): {said}"
            );
        }
    }
}

/// Each language is a complete `Words`, as the build writes it to a words file and the app
/// reads it back: one line per string, no string with a line break of its own, its own tag,
/// and empty exactly where English is (an option with no detail, a single "Why we ask"
/// paragraph), so no translation drops a string by leaving it blank.
#[test]
fn every_language_makes_a_words_file_the_app_reads_back() {
    use aftercare::content::words::{from_file, list, to_file};
    use aftercare::content::Lang;

    let english = list(Lang::En.words());
    let count = english.len();
    assert!(
        count > 300,
        "every string of the check is in Words: {count}"
    );
    for lang in Lang::ALL {
        let words = lang.words();
        assert_eq!(words.language.code, lang.code(), "{lang:?}");
        assert_eq!(Lang::from_code(lang.code()), Some(*lang));
        let strings = list(words);
        assert_eq!(strings.len(), count, "{lang:?}: as many strings as English");
        for (index, (string, english)) in strings.iter().zip(&english).enumerate() {
            assert!(
                !string.contains('\n'),
                "{lang:?} string {index} has a line break: {string:?}"
            );
            assert_eq!(
                string.is_empty(),
                english.is_empty(),
                "{lang:?} string {index} is {string:?} where English has {english:?}"
            );
        }
        let file = to_file(words);
        assert_eq!(file.lines().count(), count);
        let read = from_file(file.clone()).expect("the app reads the file");
        assert_eq!(list(read), strings, "{lang:?} comes back the same");
        let short = file[..file.rfind('\n').unwrap()].to_string();
        assert!(
            from_file(short).is_none(),
            "a file missing a string is refused"
        );
        assert!(
            from_file(file + "\nmore").is_none(),
            "a file with a string too many is refused"
        );
    }
}

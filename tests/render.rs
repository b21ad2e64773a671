//! Render tests: the real components rendered to HTML natively with Yew's server renderer,
//! asserting the elements that matter on each kind of screen.

mod common;

use aftercare::engine::answers::*;
use aftercare::engine::choice::{Choice, Set};
use aftercare::engine::config::Config;
use aftercare::engine::date::CivilDate;
use aftercare::engine::share::ShareError;
use aftercare::engine::{QuestionId, Screen, Session};
use aftercare::ui::{update_notice, App, AppProps, Launch};
use common::ordinary;
use std::rc::Rc;

async fn render(session: Session) -> String {
    render_with(session, Launch::default()).await
}

async fn render_with(session: Session, launch: Launch) -> String {
    let props = AppProps {
        initial: session,
        launch: Rc::new(launch),
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

fn on(screen: Screen, answers: Answers) -> Session {
    Session {
        screen,
        answers,
        ..Session::default()
    }
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// The opening tag of the element whose attributes include `attribute` (attribute order is
/// the renderer's business, so tests look attributes up rather than match whole tags).
fn tag<'a>(html: &'a str, attribute: &str) -> &'a str {
    let at = html
        .find(attribute)
        .unwrap_or_else(|| panic!("no element with {attribute}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

#[tokio::test]
async fn start_screen_says_what_it_is_and_offers_start() {
    let html = render(Session::default()).await;
    assert!(html.contains(r#"<h1 id="af-heading""#), "{html}");
    assert!(
        html.contains("Eight or nine short questions: about three to four minutes."),
        "says how long it takes, as measured"
    );
    assert!(html.contains("not a diagnosis"), "says it is guidance");
    assert!(
        html.contains("stay on this device"),
        "says where answers live"
    );
    // The screen, then the language switch under it: each language named in itself, in its
    // own language.
    let (screen, switch) = html.split_at(
        html.find(r#"<nav aria-label="Language""#)
            .expect("a language switch"),
    );
    assert_eq!(count(screen, "<button"), 1, "one clear Start button");
    for (code, name) in [("en", "English"), ("es", "Español"), ("fr", "Français")] {
        assert!(
            switch.contains(&format!(r#"lang="{code}""#))
                && switch.contains(&format!(">{name}</button>")),
            "{name}: {switch:.400}"
        );
    }
}

#[tokio::test]
async fn single_choice_question_is_a_radio_group_in_a_fieldset() {
    let html = render(on(Screen::Question(QuestionId::Massage), ordinary())).await;
    assert!(html.contains("<fieldset"), "{html}");
    assert!(html.contains("<legend"));
    assert!(html.contains("What kind of massage did you have?"));
    assert_eq!(count(&html, r#"type="radio""#), MassageKind::ALL.len());
    assert!(html.contains("Not sure"));
    assert!(
        html.contains("<details") && html.contains("Why we ask"),
        "a Why we ask disclosure"
    );
    assert!(html.contains("Step 5 of 8"), "{html}");
    // Which option is ticked is set on the inputs after the screen is drawn, not in its
    // markup (question::option_id says why): e2e/check.test.mjs checks the ticks, and that a
    // pick keeps the focus.
    assert_eq!(count(&html, "checked"), 0);
    assert!(
        tag(&html, r#"id="af-massage-0""#).contains(r#"name="massage""#),
        "{html}"
    );
}

#[tokio::test]
async fn scale_question_offers_zero_to_ten() {
    let html = render(on(
        Screen::Question(QuestionId::Soreness),
        Answers::default(),
    ))
    .await;
    assert_eq!(count(&html, r#"type="radio""#), 11);
    assert!(html.contains(r#"data-scale="true""#));
    assert!(html.contains(r#"for="af-soreness-10""#));
}

#[tokio::test]
async fn multi_choice_question_is_checkboxes_with_none_of_these() {
    let html = render(on(
        Screen::Question(QuestionId::WarningSigns),
        Answers::default(),
    ))
    .await;
    assert_eq!(
        count(&html, r#"type="checkbox""#),
        WarningSign::ALL.len() + 1
    );
    assert!(html.contains("None of these"));
    assert!(html.contains("Numbness, tingling or weakness"));
    assert!(
        !html.contains("af-notice"),
        "no warning notice before a sign is ticked"
    );
    assert!(html.contains("Step 1 of 8"));
}

#[tokio::test]
async fn a_ticked_warning_sign_shows_the_notice_and_a_way_straight_to_the_result() {
    let answers = Answers {
        warning_signs: Some([WarningSign::Fever].into_iter().collect()),
        ..Answers::default()
    };
    let html = render(on(Screen::Question(QuestionId::WarningSigns), answers)).await;
    assert!(
        html.contains("af-notice--warning") && html.contains(r#"role="alert""#),
        "{html}"
    );
    assert!(html.contains("See what to do now"));
    assert!(!html.contains(">Continue<"));
}

#[tokio::test]
async fn a_missing_answer_shows_a_message_tied_to_the_question() {
    let session = Session {
        needs_answer: true,
        ..on(Screen::Question(QuestionId::Elapsed), Answers::default())
    };
    let html = render(session).await;
    assert!(
        html.contains(r#"aria-describedby="af-question-error""#),
        "{html}"
    );
    assert!(html.contains(r#"id="af-question-error""#));
    assert!(html.contains("Please choose an answer"));
}

#[tokio::test]
async fn review_lists_every_applicable_answer_with_change() {
    let html = render(on(Screen::Review, ordinary())).await;
    assert_eq!(count(&html, "af-answers__row"), 8, "{html}");
    assert_eq!(count(&html, ">Change<"), 8);
    assert!(html.contains(">Today<"));
    assert!(html.contains("4 out of 10"));
    assert!(html.contains("See my result"));
    let late = Answers {
        elapsed: Some(Elapsed::ThreeDays),
        trend: Some(Trend::Better),
        ..ordinary()
    };
    assert_eq!(
        count(&render(on(Screen::Review, late)).await, "af-answers__row"),
        9
    );
}

#[tokio::test]
async fn self_care_result_leads_with_its_urgency_and_has_every_section() {
    let answers = Answers {
        hydration: Some(Hydration::Little),
        ..ordinary()
    };
    let html = render(on(Screen::Result, answers)).await;
    let urgency = html
        .find("Expected soreness: look after yourself at home")
        .expect("urgency heading");
    for section in [
        "What to do now",
        "Why we say this",
        "Why you\u{2019}re sore",
        "Your recovery timeline",
        "Watch for these",
        "What you told us",
    ] {
        let at = html
            .find(section)
            .unwrap_or_else(|| panic!("missing {section}"));
        assert!(at > urgency, "{section} comes after the urgency");
    }
    assert!(html.contains(r#"data-urgency="self-care""#));
    assert!(
        tag(&html, r#"class="af-icon""#).contains(r#"aria-hidden="true""#),
        "an icon beside the words"
    );
    assert!(
        html.contains("af-timeline__chart")
            && html.contains(r#"role="img""#)
            && html.contains("<title"),
        "chart with a text alternative"
    );
    assert!(html.contains("You are here"));
    let plan = &html[html.find("af-plan\"").expect("plan list")..];
    assert!(
        plan.find("Drink plenty of water").unwrap() < plan.find("Use gentle heat").unwrap(),
        "little water: water first"
    );
    assert!(html.contains("Ask a healthcare professional first."));
    assert!(html.contains("not a diagnosis"));
    assert!(html.contains("Change answers") && html.contains("Start again"));
}

/// The first primary button of a rendered result, as its label.
fn primary_button(html: &str) -> &str {
    let at = html.find("af-button--primary").expect("a primary button");
    let start = at + html[at..].find('>').unwrap() + 1;
    &html[start..start + html[start..].find('<').unwrap()]
}

#[tokio::test]
async fn every_result_says_what_to_do_first_with_the_useful_action_as_the_primary_one() {
    let sign = |s: WarningSign| Answers {
        warning_signs: Some([s].into_iter().collect()),
        ..Answers::default()
    };
    let slow = Answers {
        elapsed: Some(Elapsed::ThreeDays),
        trend: Some(Trend::Worse),
        ..ordinary()
    };
    let cases = [
        ("self-care", ordinary(), "Drink plenty of water", "Print or save your plan"),
        ("strong", Answers { soreness: Some(9), ..ordinary() }, "Drink plenty of water", "Print or save your plan"),
        ("slow recovery", slow, "Contact your doctor or a clinic in the next day or two.", "Print or save for your doctor"),
        ("fever", sign(WarningSign::Fever), "Contact your doctor or a clinic today, by phone or in person.", "Print or save for your doctor"),
        ("sharp pain", sign(WarningSign::SharpLocalizedPain), "Get medical help now: go straight to an emergency department or an urgent care service.", "Print or save for your doctor"),
    ];
    for (name, answers, first_action, primary) in cases {
        let html = render(on(Screen::Result, answers)).await;
        let next = html
            .find("What to do now")
            .unwrap_or_else(|| panic!("{name}: no next steps"));
        let action = html
            .find(first_action)
            .unwrap_or_else(|| panic!("{name}: no {first_action:?}"));
        assert!(
            html.find("af-urgency__title").unwrap() < next && next < action,
            "{name}: urgency, then what to do"
        );
        for later in [
            "Why we say this",
            "Why you\u{2019}re sore",
            "Your recovery timeline",
            "What you told us",
        ] {
            assert!(
                action < html.find(later).unwrap(),
                "{name}: {later} comes after the first action"
            );
        }
        assert_eq!(
            primary_button(&html),
            primary,
            "{name}: the useful action is the primary one"
        );
        assert_eq!(
            count(&html, "af-button--primary"),
            1,
            "{name}: one primary action"
        );
        assert!(
            !html.contains("Not answered"),
            "{name}: no row for a question never asked"
        );
        assert!(
            html.contains("Change answers") && html.contains("af-button--secondary"),
            "{name}"
        );
    }
}

#[tokio::test]
async fn contact_provider_result_for_slow_recovery() {
    let answers = Answers {
        elapsed: Some(Elapsed::FourDaysOrMore),
        trend: Some(Trend::Same),
        ..ordinary()
    };
    let html = render(on(Screen::Result, answers)).await;
    assert!(html.contains(r#"data-urgency="contact-provider""#));
    let heading = tag(&html, r#"id="af-heading""#);
    assert!(
        heading.starts_with("<h1") && heading.contains(r#"tabindex="-1""#),
        "{heading}"
    );
    assert!(html.contains(&format!("{heading}Contact a healthcare provider</h1>")));
    assert!(html.contains(
        "It has been four days or more, and you have not noticed any sign of it getting better."
    ));
    assert!(
        html.contains("Your soreness has lasted four days or more without getting better."),
        "calm and specific"
    );
    assert!(
        !html.contains("goes beyond ordinary soreness"),
        "not the words meant for a warning sign"
    );
    assert!(
        html.contains("af-plan\""),
        "slow recovery still gets the home plan"
    );
}

#[tokio::test]
async fn urgent_result_names_the_sign_first_and_skips_the_home_plan() {
    let signs: Set<WarningSign> = [WarningSign::Fever, WarningSign::SharpLocalizedPain]
        .into_iter()
        .collect();
    let html = render(on(
        Screen::Result,
        Answers {
            warning_signs: Some(signs),
            ..Answers::default()
        },
    ))
    .await;
    assert!(html.contains(r#"data-urgency="urgent-care""#));
    assert!(html.contains("Get medical attention now"));
    let reasons = &html[html.find("af-reasons__list").unwrap()..];
    let first_item = &reasons[reasons.find("<li>").unwrap()..reasons.find("</li>").unwrap()];
    assert!(
        first_item.contains("sharp or shooting pain"),
        "{first_item}"
    );
    assert!(
        !html.contains("af-plan\""),
        "no home plan with a warning sign"
    );
    assert!(html.contains("Home relief is meant for ordinary soreness"));
    assert!(
        html.contains("af-timeline__chart"),
        "the timeline is still there"
    );
    assert!(
        !html.contains("You are here"),
        "no marker when the day is unknown"
    );
    assert!(
        !html.contains("Not answered"),
        "the questions rightly skipped are not listed"
    );
    assert!(
        html.contains("What to tell them") && html.contains("Until you are seen"),
        "advice until they are seen"
    );
}

#[tokio::test]
async fn an_embedded_start_screen_names_the_spa_as_text_and_can_be_compact() {
    let config = Config {
        embedded: true,
        name: Some("Blue <b>Lotus</b> & Co".into()),
        compact: true,
        ..Config::default()
    };
    let html = render_with(
        Session::default(),
        Launch {
            config,
            ..Launch::default()
        },
    )
    .await;
    assert!(html.contains("Offered by"), "{html}");
    assert!(
        html.contains("Blue &lt;b&gt;Lotus&lt;/b&gt; &amp; Co"),
        "the name is text, never markup: {html}"
    );
    assert!(!html.contains("<b>Lotus"));
    assert!(
        !html.contains("af-start__points"),
        "compact drops the long introduction"
    );
    assert!(
        html.contains("not a diagnosis"),
        "but keeps the guidance line"
    );
    assert!(html.contains(r#"data-embedded="true""#));
}

#[tokio::test]
async fn the_start_screen_offers_to_resume_and_explains_bad_links() {
    let saved = Session {
        screen: Screen::Question(QuestionId::Feel),
        answers: ordinary(),
        ..Session::default()
    };
    let html = render_with(
        Session::default(),
        Launch {
            resume: Some(saved),
            ..Launch::default()
        },
    )
    .await;
    assert!(
        html.contains("Continue where you left off?") && html.contains(">Start over<"),
        "{html}"
    );
    assert!(
        !html.contains("Start the check"),
        "one clear choice at a time"
    );
    for (error, words) in [
        (ShareError::UnknownVersion, "newer version"),
        (ShareError::Malformed, "incomplete or damaged"),
    ] {
        let html = render_with(
            Session::default(),
            Launch {
                link_error: Some(error),
                ..Launch::default()
            },
        )
        .await;
        assert!(
            html.contains("can\u{2019}t be opened") && html.contains(words),
            "{html}"
        );
        assert!(html.contains("Start the check"));
    }
}

#[tokio::test]
async fn a_shared_result_is_marked_and_offers_the_check_instead_of_changes() {
    let shared = Session {
        shared: true,
        ..on(Screen::Result, ordinary())
    };
    let html = render(shared).await;
    assert!(
        html.contains("A shared result") && html.contains("Take the check yourself"),
        "{html}"
    );
    assert!(!html.contains("Change answers") && !html.contains("Share this result"));
    let own = render(on(Screen::Result, ordinary())).await;
    assert!(
        own.contains("Share this result")
            && own.contains("Print or save your plan")
            && !own.contains("A shared result")
    );
}

#[tokio::test]
async fn the_result_links_to_the_spa_follow_up_when_configured() {
    let config = Config {
        follow_up: Some("https://spa.example/book?x=1&y=2".into()),
        name: Some("Blue Lotus".into()),
        ..Config::default()
    };
    let launch = Launch {
        config,
        today: CivilDate::new(2026, 11, 27),
        ..Launch::default()
    };
    let html = render_with(on(Screen::Result, ordinary()), launch).await;
    let link = tag(&html, "af-follow-up__link");
    assert!(
        link.contains(r#"href="https://spa.example/book?x=1&amp;y=2""#),
        "{link}"
    );
    assert!(link.contains(r#"rel="noopener noreferrer""#));
    assert!(html.contains("Book a follow-up with Blue Lotus"));
    assert!(
        html.contains("27 November 2026"),
        "the printed page is dated, the month in words"
    );
    assert!(
        html.contains("27 November 2026 (the day of the check)"),
        "and says when the massage was"
    );
    assert!(html.contains("Offered by Blue Lotus"), "and names the spa");
    assert!(!render(on(Screen::Result, ordinary()))
        .await
        .contains("af-follow-up"));
}

#[tokio::test]
async fn the_follow_up_link_stays_off_any_result_that_sends_the_person_to_care() {
    let config = Config {
        follow_up: Some("https://spa.example/book".into()),
        name: Some("Blue Lotus".into()),
        ..Config::default()
    };
    let launch = Launch {
        config,
        ..Launch::default()
    };
    let slow = Answers {
        elapsed: Some(Elapsed::FourDaysOrMore),
        trend: Some(Trend::Same),
        ..ordinary()
    };
    let sign = |s: WarningSign| Answers {
        warning_signs: Some([s].into_iter().collect()),
        ..ordinary()
    };
    for (name, answers) in [
        ("slow recovery", slow),
        ("fever", sign(WarningSign::Fever)),
        ("sharp pain", sign(WarningSign::SharpLocalizedPain)),
    ] {
        let html = render_with(on(Screen::Result, answers), launch.clone()).await;
        assert!(
            !html.contains("af-follow-up") && !html.contains("Book a follow-up"),
            "{name}: no booking beside the advice to get care"
        );
    }
    let strong = Answers {
        soreness: Some(9),
        ..ordinary()
    };
    assert!(
        render_with(on(Screen::Result, strong), launch)
            .await
            .contains("Book a follow-up with Blue Lotus"),
        "self-care keeps it"
    );
}

#[tokio::test]
async fn only_the_hosted_page_offers_the_offline_download() {
    let hosted = render_with(
        Session::default(),
        Launch {
            installable: true,
            ..Launch::default()
        },
    )
    .await;
    let link = tag(&hosted, "af-download__link");
    assert!(
        link.contains(r#"href="aftercare-offline.html""#)
            && link.contains(r#"download="aftercare-offline.html""#),
        "{link}"
    );
    assert!(hosted.contains("Download for offline use") && hosted.contains("no internet"));
    let elsewhere = render(Session::default()).await;
    assert!(
        !elsewhere.contains("af-download"),
        "embedded or from a file, there is nothing to download: {elsewhere}"
    );
}

#[tokio::test]
async fn a_result_opened_from_a_file_offers_printing_but_no_share_link() {
    let launch = Launch {
        local_file: true,
        ..Launch::default()
    };
    let html = render_with(on(Screen::Result, ordinary()), launch).await;
    assert!(html.contains("Print or save your plan"), "{html}");
    assert!(!html.contains("Share this result") && !html.contains("af-share__privacy"));
}

#[tokio::test]
async fn the_new_version_notice_has_a_live_region_waiting_for_it() {
    // The notice itself appears only when a service worker reports a new version (browser
    // tests); its live region is there from the start so that appearing is announced.
    let html = render(Session::default()).await;
    assert!(
        html.contains(r#"<div aria-live="polite" class="af-update"></div>"#),
        "{html}"
    );
}

#[tokio::test]
async fn the_new_version_notice_says_when_switching_would_lose_the_answers() {
    // The notice is a plain view function; a one-line component renders it on its own.
    #[derive(yew::Properties, PartialEq)]
    struct NoticeProps {
        keeps_answers: bool,
    }
    #[yew::component]
    fn Notice(props: &NoticeProps) -> yew::Html {
        update_notice(props.keeps_answers)
    }
    let notice = |keeps_answers| {
        yew::LocalServerRenderer::<Notice>::with_props(NoticeProps { keeps_answers })
            .hydratable(false)
            .render()
    };
    let keeps = notice(true).await;
    assert!(
        keeps.contains("A new version of this check is ready.")
            && keeps.contains("Switching keeps your answers."),
        "{keeps}"
    );
    assert!(keeps.contains(">Use the new version<") && keeps.contains(">Not now<"));
    let loses = notice(false).await;
    assert!(
        loses.contains("starts the check again") && !loses.contains("keeps your answers"),
        "{loses}"
    );
}

#[tokio::test]
async fn each_question_heading_is_described_by_its_step_count() {
    // Focus lands on the heading at each step, so the step count is read with it.
    let html = render(on(Screen::Question(QuestionId::Feel), ordinary())).await;
    let heading = tag(&html, r#"id="af-heading""#);
    assert!(
        heading.contains(r#"aria-describedby="af-progress""#),
        "{heading}"
    );
    let progress = tag(&html, r#"id="af-progress""#);
    assert!(progress.contains("af-progress__text"), "{progress}");
    // Options with a detail keep a space between label and detail for any reader.
    let scale = render(on(Screen::Question(QuestionId::Soreness), ordinary())).await;
    assert!(
        scale.contains(r#"</span> <span class="af-option__detail">"#),
        "{scale}"
    );
    assert!(!scale.contains(r#"</span><span class="af-option__detail">"#));
}

#[tokio::test]
async fn a_shared_result_prints_the_day_it_was_made_and_no_date_it_does_not_know() {
    let launch = Launch {
        today: CivilDate::new(2026, 12, 1),
        ..Launch::default()
    };
    let shared = Session {
        shared: true,
        ..on(Screen::Result, ordinary())
    };
    let html = render_with(shared, launch.clone()).await;
    assert!(
        !html.contains("1 December 2026"),
        "not the day it was opened"
    );
    assert!(
        html.contains("Not known: this shared link does not carry it"),
        "an old link carries no date"
    );
    let own = render_with(on(Screen::Result, ordinary()), launch.clone()).await;
    assert!(own.contains("1 December 2026"));
    // A link in the current format carries the day it was made, and that is what prints.
    let dated = Launch {
        shared_on: CivilDate::new(2026, 11, 20),
        ..launch
    };
    let html = render_with(
        Session {
            shared: true,
            ..on(Screen::Result, ordinary())
        },
        dated,
    )
    .await;
    assert!(
        html.contains("20 November 2026") && !html.contains("1 December 2026"),
        "the day it was made, not the day it was opened"
    );
}

#[tokio::test]
async fn the_share_step_says_what_the_link_carries_before_it_is_sent() {
    let html = render(on(Screen::Result, ordinary())).await;
    let said = html
        .find("The link holds your answers and the day of the check.")
        .expect("says what the link holds");
    assert!(
        said < html.find("Share this result").unwrap(),
        "before the button"
    );
    assert!(
        html.contains(r#"aria-describedby="af-share-contents""#),
        "the button is described by it"
    );
    let sign = Answers {
        warning_signs: Some([WarningSign::Fever].into_iter().collect()),
        ..Answers::default()
    };
    let html = render(on(Screen::Result, sign)).await;
    assert!(
        html.contains("including the warning sign you ticked"),
        "a warning sign is named as part of it"
    );
}

#[test]
fn numbers_are_written_in_plain_digits() {
    // content::number stands in for format! (which would bring core::fmt into the wasm).
    for (n, digits) in [
        (0, "0"),
        (7, "7"),
        (10, "10"),
        (2026, "2026"),
        (u64::MAX, "18446744073709551615"),
    ] {
        assert_eq!(aftercare::content::number(n), digits);
    }
}

#[tokio::test]
async fn the_timeline_is_drawn_at_the_hours_the_article_gives() {
    // The chart's x for `hours` after the massage (five days from 14 to 326), as written.
    let x = |hours: f64| {
        let tenths = ((14.0 + hours / 120.0 * 312.0) * 10.0).round() / 10.0;
        if tenths.fract() == 0.0 {
            format!("{tenths:.0}")
        } else {
            format!("{tenths:.1}")
        }
    };
    let html = render(on(Screen::Result, ordinary())).await;
    // The window in which this soreness usually shows up: 24 to 72 hours.
    let window = format!(
        r#"<rect x="{}" y="34" width="124.8" height="116" class="af-timeline__window">"#,
        x(24.0)
    );
    assert!(html.contains(&window) && x(72.0) == "201.2", "{html}");
    // The line at three or four days (84 hours), past which no improvement means a call.
    assert!(
        html.contains(&format!(
            r#"<line x1="{0}" y1="14" x2="{0}" y2="150" class="af-timeline__check">"#,
            x(84.0)
        )),
        "{html}"
    );
    // A tick at each day.
    for day in 0..=5 {
        let tick = format!(
            r#"<text x="{}" y="166" text-anchor="middle" class="af-timeline__tick">{day}</text>"#,
            x(f64::from(day) * 24.0)
        );
        assert!(html.contains(&tick), "day {day}: {html}");
    }
}

/// A returning check (issue 26): whether it is getting better is asked, with the person's
/// earlier scores beside the question as help (that nothing is ticked for them is checked in the
/// browser, tests/e2e/checkins.test.mjs, since the ticks are set after rendering). A score from the
/// day of the massage is not among them (it would read as a baseline), and a check about
/// another massage shows none.
#[tokio::test]
async fn the_trend_question_shows_earlier_scores_as_help_and_ticks_nothing() {
    use aftercare::engine::checkins::Checkins;
    let day = |d| CivilDate::new(2026, 12, d).unwrap();
    let checkins = Checkins {
        massage_on: day(1),
        massage: Some(MassageKind::DeepTissue),
        tension: Some(Tension::Lots),
        kept_until: day(15),
        soreness: vec![Some(2), Some(6), Some(5)],
    };
    let launch = || Launch {
        checkins: Some(checkins.clone()),
        device_storage: true,
        today: Some(day(4)),
        ..Launch::default()
    };
    let answers = Answers {
        warning_signs: Some(Set::empty()),
        ..checkins.answers(day(4))
    };
    let html = render_with(on(Screen::Question(QuestionId::Trend), answers), launch()).await;
    assert!(
        html.contains("Your scores at earlier checks, 0 to 10"),
        "{html}"
    );
    assert_eq!(
        count(&html, "af-earlier__score"),
        2,
        "day 1 and day 2, not the day of the massage"
    );
    assert!(html.contains("Day 1: 6") && html.contains("Day 2: 5") && !html.contains("Day 0"));
    assert!(html.contains("Only you can say whether it is getting better."));
    // Another massage (the person said four days or more): no scores beside the question.
    let other = Answers {
        elapsed: Some(Elapsed::FourDaysOrMore),
        ..answers
    };
    let html = render_with(on(Screen::Question(QuestionId::Trend), other), launch()).await;
    assert_eq!(count(&html, "af-earlier"), 0);
}

/// A shared result is someone else's: it shows only what its link carries, never the reader's
/// own remembered scores (issue 27), even on a device that keeps them.
#[tokio::test]
async fn a_shared_result_never_shows_the_reader_s_own_scores() {
    use aftercare::engine::checkins::Checkins;
    let day = |d| CivilDate::new(2026, 12, d).unwrap();
    let readers = Checkins {
        massage_on: day(1),
        massage: None,
        tension: None,
        kept_until: day(15),
        soreness: vec![None, Some(9), Some(8)],
    };
    let launch = || Launch {
        checkins: Some(readers.clone()),
        device_storage: true,
        today: Some(day(3)),
        ..Launch::default()
    };
    let answers = Answers {
        elapsed: Some(Elapsed::OneDay),
        trend: Some(Trend::Same),
        soreness: Some(4),
        ..ordinary()
    };
    let own = render_with(on(Screen::Result, answers), launch()).await;
    assert!(
        own.contains("Day 1: 9"),
        "the reader's own result shows their scores"
    );
    let shared = render_with(
        Session {
            shared: true,
            ..on(Screen::Result, answers)
        },
        launch(),
    )
    .await;
    assert!(shared.contains("A shared result"));
    assert!(
        !shared.contains("Day 1: 9") && !shared.contains("af-timeline__points"),
        "none of the reader's scores"
    );
}

//! The Yew view: one component, the App, and a plain view function per screen, rendering what
//! the engine derives (each component type and hook is code in the wasm). The root holds the
//! `Session` in a reducer; every click becomes an engine `Action`; nothing here decides.
//! The root's effects are the one place the session is mirrored to the edges: the page
//! title and focus, the tab's storage, browser history and the embedding page.

mod fallback;
mod icon;
mod languages;
mod markup;
mod offline;
mod print_sheet;
mod question;
mod remember;
mod result;
mod review;
mod start;
mod summary;
mod timeline;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::content::{self, Lang};
use crate::engine::checkins::Checkins;
use crate::engine::config::Config;
use crate::engine::date::CivilDate;
use crate::engine::prefill::{Prefill, PrefillError};
use crate::engine::reminder::UtcMoment;
use crate::engine::share::ShareError;
use crate::engine::{opening, outcome, Action, Outcome, QuestionId, Screen, Session};
use crate::platform::{self, HostMessage};

pub use fallback::StaticFallback;
use languages::language_switch;
pub use offline::update_notice;
use question::{question_screen, QuestionProps};
use remember::{Remembered, REMEMBER_ID};
use result::{result_screen, ResultProps, ShareState};
use review::{review_screen, ReviewProps};
use start::{start_screen, Again, StartProps};

/// The id of each screen's main heading, which receives focus when the screen changes so
/// keyboard and screen-reader users start reading at the top of the new screen.
pub const HEADING_ID: &str = "af-heading";

/// The session is the whole UI state; the engine's `apply` is the reducer.
impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The dispatcher every screen gets to report what a person did.
pub type Dispatch = UseReducerDispatcher<Session>;

/// What the button a click landed on does, when it is one written as markup: its
/// `data-action` (`markup::Markup::button`).
fn pressed(event: &MouseEvent) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target
        .closest("[data-action]")
        .ok()??
        .get_attribute("data-action")
}

/// How the app was opened, as the view needs it. Built once at start-up by `main`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Launch {
    pub config: Config,
    /// A shared link that could not be opened.
    pub link_error: Option<ShareError>,
    /// What a reminder's link carried into this check (engine::prefill), and a reminder's link
    /// that could not be used.
    pub prefill: Option<Prefill>,
    pub prefill_error: Option<PrefillError>,
    /// When the page was opened, in UTC, and its address without query or fragment: for the
    /// calendar reminder's file and link.
    pub opened_at: Option<UtcMoment>,
    pub page_address: AttrValue,
    /// The check-ins this device remembers (engine::checkins), read at start, and whether this
    /// browser keeps anything for the page at all.
    pub checkins: Option<Checkins>,
    pub device_storage: bool,
    /// A check saved in this tab, offered on the start screen.
    pub resume: Option<Session>,
    /// The date, for the printed result.
    pub today: Option<CivilDate>,
    /// The day a shared result was made, when its link carries it.
    pub shared_on: Option<CivilDate>,
    /// On the hosted page (not embedded, not a file): screens get browser history entries.
    pub history: bool,
    /// The hosted page over http(s), not in a frame: it installs the offline worker, tells of
    /// new versions, and offers the one-file download.
    pub installable: bool,
    /// Opened from a file on the device (the one-file download): a link to this page would
    /// work on no other device, so the result offers printing but no share link.
    pub local_file: bool,
    /// The element of the prerendered start screen that had focus when the app replaced it,
    /// focused again in the app's copy, so replacing it moves nobody's place.
    pub refocus: Option<String>,
    /// The prerendered Start button was pressed before the app was ready: the app opens on
    /// the first question, which takes focus as after any press.
    pub started_early: bool,
}

/// The main heading of a screen, in the words on screen, as its page title uses it.
fn screen_heading(screen: Screen, outcome: &Outcome) -> &'static str {
    let words = content::words();
    match screen {
        Screen::Start => words.start.heading,
        Screen::Question(question) => words.question(question).heading,
        Screen::Review => words.review.heading,
        Screen::Result => words.safety.headline(outcome.triage.headline).title,
    }
}

#[derive(Properties, Default)]
pub struct AppProps {
    /// Where to start: a fresh session normally, a shared result, or any screen in tests.
    #[prop_or_default]
    pub initial: Session,
    #[prop_or_default]
    pub launch: Rc<Launch>,
}

/// The same launch (the very same `Rc`) and the same first screen: the App's props are made
/// once, so comparing the launch field by field would only add code to the wasm.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        self.initial == other.initial && Rc::ptr_eq(&self.launch, &other.launch)
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial;
    let launch = props.launch.clone();
    let session = use_reducer_eq(move || initial);
    let dispatch = session.dispatcher();
    // What the answers come to, worked out once for everything that shows it: the result and
    // its printed page, the page title and the embedding page's result event.
    let outcome = use_memo(session.answers, outcome);
    let resume = use_state_eq(|| launch.resume);
    // The same offer, for the history listener (registered once, so it cannot read `resume`).
    let resume_offer = use_mut_ref(|| launch.resume);
    // The next history sync replaces the current entry rather than adding one: on first load,
    // and when the person answers the "Continue where you left off?" offer.
    let replace_history = use_mut_ref(|| true);
    let new_version = use_state_eq(|| None::<Rc<platform::NewVersion>>);
    // Where sharing the result got to; it starts again on every screen.
    let share_state = use_state_eq(ShareState::default);
    // The language on screen (its words are `content::words()`), and whether the last switch
    // failed to fetch the words it asked for (one state: each hook is code in the wasm).
    let language = use_state_eq(|| (content::words().language.code, false));
    // What this device keeps of the person's checks, and whether a press in its section just
    // replaced the button that had focus (the section then takes it).
    let remembered = use_state_eq(|| match &launch.checkins {
        Some(checkins) => Remembered::Kept(Rc::new(checkins.clone())),
        None if launch.device_storage => Remembered::Not,
        None => Remembered::Blocked,
    });
    let remember_pressed = use_mut_ref(|| false);

    // Once, when the app starts (one effect for all three: each hook is code in the wasm):
    //   - the hosted page installs the offline worker, which later tells of new versions;
    //   - embedded, the app says hello (before any step, so hosts hear "ready" first) and
    //     keeps the frame as tall as the content;
    //   - on the hosted page the browser's Back and Forward buttons move between screens. Used
    //     while the page offers to continue a saved check, they continue it on that screen.
    {
        let (installable, new_version) = (launch.installable, new_version.clone());
        let origin = launch.config.parent_origin.clone();
        let (dispatch, resume, resume_offer) =
            (dispatch.clone(), resume.clone(), resume_offer.clone());
        let history = launch.history;
        use_effect_with((), move |_| {
            if installable {
                platform::install_offline_worker(move |version| {
                    new_version.set(Some(Rc::new(version)))
                });
            }
            let observer = origin.and_then(|origin| {
                platform::post_to_parent(&origin, &HostMessage::ready());
                platform::observe_height("main.af-app", move |height| {
                    platform::post_to_parent(&origin, &HostMessage::height(height));
                })
            });
            let listeners = history.then(|| {
                let pop = platform::on_history_pop(move |code| {
                    let Some(screen) = Screen::from_code(&code) else {
                        return;
                    };
                    if let Some(saved) = resume_offer.borrow_mut().take() {
                        resume.set(None);
                        dispatch.dispatch(Action::Resume(saved));
                    }
                    dispatch.dispatch(Action::Show(screen));
                });
                (pop, platform::reload_on_share_link(opening::SHARE_KEY))
            });
            move || drop((observer, listeners))
        });
    }

    // The page title names the screen on show, in the language on show: set when either
    // changes, so words that arrive after a press title the screen it led to.
    {
        let outcome = outcome.clone();
        use_effect_with((session.screen, language.0), move |(screen, _)| {
            platform::set_title(&content::page_title(screen_heading(*screen, &outcome)));
        });
    }

    // Screen changes: focus (not on first load: a page should not steal focus before the
    // person has done anything), history entry, and the host page's step event.
    let first_screen = use_mut_ref(|| true);
    {
        let launch = launch.clone();
        let (current, outcome) = (*session, outcome.clone());
        let replace_history = replace_history.clone();
        let share_state = share_state.clone();
        use_effect_with((session.screen, session.changing), move |(screen, _)| {
            let first = std::mem::replace(&mut *first_screen.borrow_mut(), false);
            share_state.set(ShareState::Idle);
            if !first || launch.started_early {
                platform::focus_by_id(HEADING_ID);
            } else if let Some(id) = &launch.refocus {
                platform::refocus(id);
            }
            // Reloaded mid-check, the entry keeps naming the saved screen while the page asks
            // whether to continue, so Back and Forward still walk through that check.
            let offering_resume = first && launch.resume.is_some();
            if launch.history && !offering_resume {
                platform::sync_history(
                    screen.code(),
                    std::mem::replace(&mut *replace_history.borrow_mut(), false),
                );
            }
            if let Some(origin) = &launch.config.parent_origin {
                tell_host_about_screen(origin, &current, &outcome);
            }
        });
    }

    // Every change: keep the check for this tab, so a reload can offer to continue it. A
    // shared result is someone else's and is never saved; leaving it drops its link.
    {
        let launch_shared = props.initial.shared;
        let (remembered, today) = (remembered.clone(), launch.today);
        let link_day = launch.prefill.map(|prefill| prefill.massage_on);
        // Not on first render: the check saved earlier must survive until the person chooses
        // between continuing it and starting over.
        let rendered_before = use_mut_ref(|| false);
        use_effect_with(*session, move |session| {
            let first = !std::mem::replace(&mut *rendered_before.borrow_mut(), true);
            if first || session.shared {
                return;
            }
            if launch_shared {
                platform::clear_fragment();
            }
            if *session == Session::default() {
                platform::forget_session();
            } else {
                platform::save_session(&opening::save(session));
            }
            // A result, for a person whose checks this device keeps: today's joins them.
            if session.screen == Screen::Result && !session.answers.has_warning_sign() {
                let updated = today.and_then(|today| {
                    remember::after_check(&remembered, &session.answers, today, link_day)
                });
                if let Some(updated) = updated.filter(platform::save_checkins) {
                    remembered.set(Remembered::Kept(Rc::new(updated)));
                }
            }
        });
    }

    // Every button written as markup (super::markup) names what it does in `data-action`, and
    // this one listener on the app handles them all; the review's "Change" buttons name their
    // question in `data-change`.
    let on_press = {
        let (dispatch, resume, resume_offer, replace_history) = (
            dispatch.clone(),
            resume.clone(),
            resume_offer.clone(),
            replace_history.clone(),
        );
        let (remembered, remember_pressed, new_version, share_state) = (
            remembered.clone(),
            remember_pressed.clone(),
            new_version.clone(),
            share_state.clone(),
        );
        let (answers, today, on_start) = (
            session.answers,
            launch.today,
            session.screen == Screen::Start,
        );
        let link_day = launch.prefill.map(|prefill| prefill.massage_on);
        Callback::from(move |event: MouseEvent| {
            if let Some(question) = summary::changed_question(&event) {
                return dispatch.dispatch(Action::Change(question));
            }
            let Some(press) = pressed(&event) else { return };
            let act = |action| dispatch.dispatch(action);
            match press.as_str() {
                "begin" => act(Action::Begin),
                "next" => act(Action::Next),
                "back" => act(Action::Back),
                "review" => act(Action::Review),
                "restart" => act(Action::Restart),
                "print" => platform::print(),
                "share" => result::share(answers, today, share_state.clone()),
                // "Continue where you left off", or "Start over" (then the first question).
                "resume" | "start-over" => {
                    let saved = resume_offer.borrow_mut().take();
                    *replace_history.borrow_mut() = true;
                    resume.set(None);
                    match saved.filter(|_| press == "resume") {
                        Some(saved) => act(Action::Resume(saved)),
                        None => {
                            act(Action::Restart);
                            act(Action::Begin);
                        }
                    }
                }
                // "Remember this check on this device" and "Forget it now": the section's
                // button replaces itself, so the section takes the focus.
                "keep" | "forget" => {
                    remembered.set(if press == "forget" {
                        platform::forget_checkins();
                        // Forgotten on the start screen, the check about to begin forgets it
                        // too: an ordinary check, with nothing filled in from the record.
                        if on_start {
                            act(Action::Restart);
                        }
                        Remembered::Forgotten
                    } else {
                        match today.and_then(|today| Checkins::start(&answers, today, link_day)) {
                            Some(checkins) if platform::save_checkins(&checkins) => {
                                Remembered::Kept(Rc::new(checkins))
                            }
                            Some(_) => Remembered::Blocked,
                            None => return,
                        }
                    });
                    *remember_pressed.borrow_mut() = true;
                }
                // The new version's notice.
                "switch" => {
                    if let Some(version) = &*new_version {
                        version.switch();
                    }
                }
                "later" => new_version.set(None),
                _ => {}
            }
        })
    };
    // After every render: a question's options are drawn as text that a pick does not change
    // (question::question_screen), so which are ticked is set here from the answers, after a
    // pick, a language switch or anything else that drew them. And when a press in the
    // "remember" section replaced its button, the section takes the focus.
    {
        let (remember_pressed, current) = (remember_pressed.clone(), *session);
        use_effect(move || {
            if let Screen::Question(question) = current.screen {
                for index in 0..question.option_count() {
                    platform::set_checked(
                        &question::option_id(question, index),
                        current.answers.is_picked(question, index),
                    );
                }
            }
            if std::mem::replace(&mut *remember_pressed.borrow_mut(), false) {
                platform::refocus(REMEMBER_ID);
            }
        });
    }

    // Another language: its words fetched, then every screen drawn again in it, answers kept.
    // Remembered for the tab, so a reload keeps it (the start-up script reads it first).
    let on_language = {
        let language = language.clone();
        Callback::from(move |lang: Lang| {
            let on_screen = language.0;
            if lang.code() == on_screen {
                return;
            }
            let language = language.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(words) = platform::load_words_file(lang.code())
                    .await
                    .and_then(content::words::from_file)
                else {
                    language.set((on_screen, true));
                    return;
                };
                content::set_words(words);
                platform::set_document_language(&words.language);
                platform::remember_language(lang.code());
                language.set((lang.code(), false));
            });
        })
    };

    let update_notice = new_version
        .as_ref()
        .map(|version| update_notice(version.keeps_answers));

    let config = &launch.config;
    let screen = match session.screen {
        Screen::Start => start_screen(&StartProps {
            spa_name: config.name.clone().map(AttrValue::from),
            compact: config.compact,
            link_error: launch.link_error,
            prefill_error: launch.prefill_error,
            // Said while the check still holds what the link carried (not after "Start again").
            again: (!session.prefilled.is_empty())
                .then_some(())
                .and_then(|()| match (&launch.checkins, launch.today) {
                    // The check-ins were used (engine::opening::with_checkins), not a reminder's link.
                    (Some(checkins), Some(today)) if launch.prefill.is_none() => Some(Again {
                        days: checkins.day(today),
                        earlier_soreness: checkins.last_score(today),
                        from_therapist: false,
                    }),
                    _ => launch.prefill.map(|prefill| Again {
                        days: launch.today.map_or(0, |today| {
                            today.day_number() - prefill.massage_on.day_number()
                        }),
                        earlier_soreness: prefill.earlier_soreness,
                        from_therapist: prefill.from_therapist(),
                    }),
                }),
            remembered: (*remembered).clone(),
            resume: resume.is_some(),
            offer_download: launch.installable,
            questions: session.questions_to_ask(),
            // A link for another massage than the remembered one: say which is which.
            other_massage_on: match (&*remembered, launch.prefill) {
                (Remembered::Kept(checkins), Some(prefill))
                    if prefill.massage_on != checkins.massage_on =>
                {
                    Some(checkins.massage_on)
                }
                _ => None,
            },
        }),
        Screen::Question(question) => question_screen(&QuestionProps {
            question,
            session: *session,
            dispatch,
            earlier_scores: match (&*remembered, launch.today) {
                (Remembered::Kept(checkins), Some(today)) if question == QuestionId::Trend => {
                    checkins.ratings_for(
                        &session.answers,
                        today,
                        launch.prefill.map(|prefill| prefill.massage_on),
                    )
                }
                _ => Vec::new(),
            },
        }),
        Screen::Review => review_screen(&ReviewProps {
            session: *session,
            // What a therapist's card filled in, and the review still shows as it was.
            from_therapist: match (launch.prefill.filter(Prefill::from_therapist), launch.today) {
                (Some(prefill), Some(today)) if !session.prefilled.is_empty() => {
                    prefill.still_carried(&session.answers, today)
                }
                _ => Default::default(),
            },
        }),
        Screen::Result => result_screen(&ResultProps {
            answers: session.answers,
            outcome: outcome.clone(),
            shared: session.shared,
            today: launch.today,
            shared_on: launch.shared_on,
            follow_up: config.follow_up.clone().map(AttrValue::from),
            spa_name: config.name.clone().map(AttrValue::from),
            share_link: !launch.local_file,
            share_state,
            opened_at: launch.opened_at,
            page_address: launch.page_address.clone(),
            remembered: (*remembered).clone(),
            link_day: launch.prefill.map(|prefill| prefill.massage_on),
        }),
    };
    html! {
        <main class="af-app" data-embedded={config.embedded.then_some("true")} onclick={on_press}>
            <p class="af-brand" aria-hidden="true">{ content::APP_NAME }</p>
            // A polite live region, always present, so screen readers announce the notice when it
            // appears. Not role="status": the start screen's own status message keeps that role.
            <div class="af-update" aria-live="polite">{ update_notice }</div>
            { screen }
            // The language switch closes every screen: on a result nothing may come before the
            // urgency (a warning sign must be the first thing there), and one place for it on
            // every screen is found again at once.
            { language_switch(&on_language, language.1) }
        </main>
    }
}

/// Tells the embedding page which screen is showing, and the urgency of a result: never an
/// answer.
fn tell_host_about_screen(origin: &str, session: &Session, outcome: &Outcome) {
    let progress = session
        .progress()
        .map(|progress| (progress.step, progress.total));
    platform::post_to_parent(
        origin,
        &HostMessage::step(session.screen.code_kind(), progress),
    );
    if session.screen == Screen::Result {
        let urgency = outcome.triage.urgency;
        platform::post_to_parent(origin, &HostMessage::result(urgency.key()));
    }
}

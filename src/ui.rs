//! The Yew view: thin components that render what the engine derives. The root holds the
//! `Session` in a reducer; every click becomes an engine `Action`; nothing here decides.

mod icon;
mod question;
mod result;
mod review;
mod start;
mod summary;
mod timeline;

use std::rc::Rc;

use yew::prelude::*;

use crate::content;
use crate::engine::{Action, Screen, Session};

pub use question::QuestionScreen;
pub use result::ResultScreen;
pub use review::ReviewScreen;
pub use start::StartScreen;

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

/// The main heading of a screen, as its page title uses it.
fn screen_heading(screen: Screen, answers: &crate::engine::Answers) -> &'static str {
    match screen {
        Screen::Start => content::screens::start::HEADING,
        Screen::Question(question) => content::question(question).heading,
        Screen::Review => content::screens::review::HEADING,
        Screen::Result => content::result::urgency(crate::engine::outcome(answers).triage.urgency).title,
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Where to start: a fresh session normally; any screen in render tests.
    #[prop_or_default]
    pub initial: Session,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial;
    let session = use_reducer_eq(move || initial);
    let dispatch = session.dispatcher();

    // Move focus to the new screen's heading, but not on first load: a page should not
    // steal focus (or scroll) before the person has done anything.
    // The page title names the screen too, so a tab or a screen reader's window list says
    // where the person is.
    let first_screen = use_mut_ref(|| true);
    let answers = session.answers;
    use_effect_with((session.screen, session.changing), move |(screen, _)| {
        crate::platform::set_title(&content::screens::page_title(screen_heading(*screen, &answers)));
        if !std::mem::replace(&mut *first_screen.borrow_mut(), false) {
            crate::platform::focus_by_id(HEADING_ID);
        }
    });

    let screen = match session.screen {
        Screen::Start => html! { <StartScreen dispatch={dispatch} /> },
        Screen::Question(question) => html! {
            <QuestionScreen question={question} session={*session} dispatch={dispatch} />
        },
        Screen::Review => html! { <ReviewScreen session={*session} dispatch={dispatch} /> },
        Screen::Result => html! { <ResultScreen answers={session.answers} dispatch={dispatch} /> },
    };
    html! {
        <main class="af-app">
            <p class="af-brand" aria-hidden="true">{ content::screens::APP_NAME }</p>
            { screen }
        </main>
    }
}

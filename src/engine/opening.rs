//! How the app was opened, decided from plain strings the platform hands over: the embed
//! configuration (query string), a shared result (URL fragment) and a check saved for this
//! browser tab. Pure, so every odd link and every corrupt saved value is tested natively.

use super::answers::{Answers, QuestionId};
use super::checkins::Checkins;
use super::choice::Set;
use super::config::{self, Config, ConfigProblem};
use super::date::CivilDate;
use super::flow::{Screen, Session};
use super::prefill::{self, Prefill, PrefillError};
use super::share::{self, ShareError};

/// The fragment key of a shared result: `#r=<link>`.
pub const SHARE_KEY: &str = "r=";

/// What the app starts with.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Opening {
    pub config: Config,
    /// Configuration values that were ignored, for a console warning each.
    pub problems: Vec<ConfigProblem>,
    /// The first session: a shared result, or the start screen.
    pub session: Session,
    /// A shared link that could not be read; the start screen says so.
    pub link_error: Option<ShareError>,
    /// The day a shared result was made, when its link carries it (format version 2).
    pub shared_on: Option<CivilDate>,
    /// An unfinished check saved in this tab, offered as "continue where you left off".
    pub resume: Option<Session>,
    /// What a reminder's link (`#p=`) carried into this check, for the start screen to say.
    pub prefill: Option<Prefill>,
    /// A reminder's link that could not be used; the start screen says so.
    pub prefill_error: Option<PrefillError>,
}

/// Decides how to open, from `location.search`, `location.hash` and the saved session (if
/// storage could be read at all).
pub fn open(query: &str, fragment: &str, saved: Option<&str>) -> Opening {
    let (config, problems) = config::parse_query(query);
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (session, shared_on, link_error) = match fragment.strip_prefix(SHARE_KEY) {
        Some(link) => match shared_result(link) {
            Ok((session, day)) => (session, day, None),
            Err(error) => (Session::default(), None, Some(error)),
        },
        None => (Session::default(), None, None),
    };
    // A shared result is someone else's: it does not offer to resume one's own check.
    let resume = if session.shared {
        None
    } else {
        saved
            .and_then(restore)
            .filter(|s| s.screen != Screen::Start)
    };
    Opening {
        config,
        problems,
        session,
        link_error,
        shared_on,
        resume,
        prefill: None,
        prefill_error: None,
    }
}

impl Opening {
    /// The opening of a prefilled check (`#p=`, a calendar reminder's link) on `today`: it
    /// starts with what the link knows (when the massage was, counted exactly, its kind and the
    /// tension worked on) filled in and not asked again, so it asks only what may have changed;
    /// the warning signs are asked every time. It is a new check, so no saved one is offered.
    /// A damaged, newer or future-dated link starts an ordinary check, and the start screen
    /// says why. Any other fragment changes nothing.
    pub fn with_prefill(mut self, fragment: &str, today: CivilDate) -> Opening {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let Some(link) = fragment.strip_prefix(prefill::KEY) else {
            return self;
        };
        match prefill::decode(link, today) {
            Ok(prefill) => {
                let answers = prefill.answers(today);
                self.session = Session {
                    answers,
                    prefilled: known_before(&answers),
                    ..Session::default()
                };
                self.prefill = Some(prefill);
                self.resume = None;
            }
            Err(error) => self.prefill_error = Some(error),
        }
        self
    }

    /// The opening of a check on `today` by a person whose earlier checks this device
    /// remembers (engine::checkins): like a reminder's link, it starts with the massage's day
    /// (counted exactly), kind and tension filled in and not asked again. The warning signs and
    /// whether the soreness is getting better are asked every time: only the person can say
    /// the second, and the question shows their earlier scores as help. A shared result, a
    /// reminder's link for another massage and a saved check to continue all come first.
    pub fn with_checkins(mut self, checkins: &Checkins, today: CivilDate) -> Opening {
        let other_massage = self
            .prefill
            .is_some_and(|prefill| prefill.massage_on != checkins.massage_on);
        if self.session.shared || self.resume.is_some() || other_massage {
            return self;
        }
        let answers = checkins.answers(today);
        self.session = Session {
            answers,
            prefilled: known_before(&answers),
            ..Session::default()
        };
        self.prefill = None;
        self
    }

    /// The opening after the page reloaded itself to switch to a new version of the app: the
    /// check saved in the tab continues at once, without the "continue where you left off?"
    /// question, because the person never left it.
    pub fn continuing(mut self) -> Opening {
        if let Some(saved) = self.resume.take() {
            self.session = saved;
        }
        self
    }
}

/// Which of the questions a link or the remembered check-ins can fill in (when the massage
/// was, its kind, the tension worked on) these answers hold: those are not asked again.
fn known_before(answers: &Answers) -> Set<QuestionId> {
    let known = [
        QuestionId::Elapsed,
        QuestionId::Massage,
        QuestionId::Tension,
    ];
    known
        .into_iter()
        .filter(|question| answers.is_answered(*question))
        .fold(Set::default(), Set::toggled)
}

/// The session a shared link shows. A link whose answers could not have produced a result
/// (an unfinished check with no warning sign) is refused rather than shown half-made.
fn shared_result(link: &str) -> Result<(Session, Option<CivilDate>), ShareError> {
    let (answers, day) = share::decode_dated(link)?;
    let session = Session {
        screen: Screen::Result,
        answers,
        shared: true,
        ..Session::default()
    };
    if session.can_show_earlier_result() {
        Ok((session, day))
    } else {
        Err(ShareError::Malformed)
    }
}

/// The fragment that shares this session's result, with the day of the check when it is known,
/// so the result prints the day it was made wherever it is opened.
pub fn share_fragment(session: &Session, day: Option<CivilDate>) -> String {
    let link = match day {
        Some(day) => share::encode_dated(&session.answers, day),
        None => share::encode(&session.answers),
    };
    let mut fragment = String::from("#");
    fragment.push_str(SHARE_KEY);
    fragment.push_str(&link);
    fragment
}

/// The session as a short string to keep in the tab's session storage:
/// `<screen code>.<answers link>`.
pub fn save(session: &Session) -> String {
    let mut saved = String::from(session.screen.code());
    saved.push('.');
    saved.push_str(&share::encode(&session.answers));
    saved
}

/// The session a saved string holds; `None` for anything `save` could not have written.
pub fn restore(saved: &str) -> Option<Session> {
    let (code, link) = saved.split_once('.')?;
    let screen = Screen::from_code(code)?;
    let answers = share::decode(link).ok()?;
    let session = Session {
        screen,
        answers,
        ..Session::default()
    };
    session.can_continue().then_some(session)
}

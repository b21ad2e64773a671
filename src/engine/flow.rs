//! The questionnaire as a state machine: which screen is showing, and how each action a person
//! takes moves it. `Session::apply` is pure and total, so every path can be tested natively.

use super::answers::{Answers, Elapsed, QuestionId};
use super::choice::{Choice, Set};

/// The screen a person is looking at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Start,
    Question(QuestionId),
    /// Every answer, each with "Change", before the result.
    Review,
    Result,
}

/// Something a person did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// "Start" on the start screen.
    Begin,
    /// Picked (or, on a multi-choice question, toggled) option `index` of a question.
    Pick(QuestionId, usize),
    /// "Continue" on a question, or "See my result" on the review.
    Next,
    Back,
    /// "Change" beside an answer on the review screen.
    Change(QuestionId),
    /// "Change answers" on the result.
    Review,
    /// "Start again": forget everything.
    Restart,
    /// The browser's Back or Forward button returned to an entry showing this screen. Shown
    /// only if the answers allow it (a result needs a complete check or a warning sign).
    Show(Screen),
    /// "Continue where you left off": the session kept for this browser tab.
    Resume(Session),
}

/// Where someone is in the check and what they have answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Session {
    pub screen: Screen,
    pub answers: Answers,
    /// They came to this question from the review screen, so Continue goes back there.
    pub changing: bool,
    /// They pressed Continue without answering: the screen says what is missing.
    pub needs_answer: bool,
    /// Someone else's result, opened from a shared link: shown, not theirs to change.
    pub shared: bool,
    /// Questions answered before the check began, from a reminder's link (engine::prefill) or
    /// the check-ins this device remembers (engine::checkins): not asked again, but on the
    /// review with the rest, changeable like any answer. Never whether the soreness is getting
    /// better, which only the person can say.
    pub prefilled: Set<QuestionId>,
}

/// "Step 3 of 8": where a question sits among the questions that apply to this person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub step: usize,
    pub total: usize,
}

impl Session {
    /// The session after `action`. Never panics; an action that makes no sense on the current
    /// screen leaves the session as it is.
    pub fn apply(self, action: Action) -> Session {
        let answers = self.answers;
        match (action, self.screen) {
            (Action::Restart, _) => Session::default(),
            // A shared result is read-only: the only way on is to start one's own check.
            (_, _) if self.shared => self,
            (Action::Show(screen), _) if self.can_show(screen) => self.go(screen),
            (Action::Resume(saved), Screen::Start) => {
                let resumed = Session {
                    shared: false,
                    ..saved
                };
                if resumed.can_continue() {
                    resumed
                } else {
                    resumed.go(Screen::Start)
                }
            }
            (Action::Begin, Screen::Start) => match self.asked().next() {
                Some(question) => self.go(Screen::Question(question)),
                None => self.go(Screen::Review),
            },
            (Action::Pick(question, index), Screen::Question(current)) if question == current => {
                Session {
                    answers: answers.with_pick(question, index),
                    needs_answer: false,
                    ..self
                }
            }
            (Action::Next, Screen::Question(current)) => {
                if !answers.is_answered(current) {
                    Session {
                        needs_answer: true,
                        ..self
                    }
                } else if answers.has_warning_sign() {
                    // Warning signs win: nothing more stands between this person and the advice.
                    self.go(Screen::Result)
                } else if self.changing {
                    match first_unanswered(&answers) {
                        Some(question) => Session {
                            changing: true,
                            ..self.go(Screen::Question(question))
                        },
                        None => self.go(Screen::Review),
                    }
                } else {
                    match answers
                        .applicable()
                        .skip_while(|q| *q != current)
                        .skip(1)
                        .find(|q| self.asks(*q))
                    {
                        Some(question) => self.go(Screen::Question(question)),
                        None => self.go(Screen::Review),
                    }
                }
            }
            (Action::Next, Screen::Review) => match first_unanswered(&answers) {
                Some(question) if !answers.has_warning_sign() => Session {
                    changing: true,
                    ..self.go(Screen::Question(question))
                },
                _ => self.go(Screen::Result),
            },
            (Action::Back, Screen::Question(_)) if self.changing => self.go(Screen::Review),
            (Action::Back, Screen::Question(current)) => {
                match answers
                    .applicable()
                    .take_while(|q| *q != current)
                    .filter(|q| self.asks(*q))
                    .last()
                {
                    Some(question) => self.go(Screen::Question(question)),
                    None => self.go(Screen::Start),
                }
            }
            (Action::Back, Screen::Review) => match self.asked().last() {
                Some(question) => self.go(Screen::Question(question)),
                None => self.go(Screen::Start),
            },
            (Action::Back | Action::Review, Screen::Result) => self.go(Screen::Review),
            (Action::Change(question), Screen::Review | Screen::Result)
                if answers.applies(question) =>
            {
                Session {
                    changing: true,
                    ..self.go(Screen::Question(question))
                }
            }
            _ => self,
        }
    }

    /// The session on another screen, with the per-screen flags cleared.
    fn go(self, screen: Screen) -> Session {
        Session {
            screen,
            changing: false,
            needs_answer: false,
            ..self
        }
    }

    /// Step and total for the question on screen. The total counts only the questions that
    /// apply given the answers so far, so it stays honest as branches open or close.
    pub fn progress(&self) -> Option<Progress> {
        let Screen::Question(current) = self.screen else {
            return None;
        };
        // The questions this check asks, and the one on screen if it was filled in beforehand
        // and is being changed.
        let counted = || {
            self.answers
                .applicable()
                .filter(move |q| self.asks(*q) || *q == current)
        };
        let total = counted().count();
        let step = counted().position(|q| q == current)? + 1;
        Some(Progress { step, total })
    }

    /// How many questions this check will ask, when that is known before it starts: some were
    /// filled in beforehand (from a link or the check-ins this device remembers), the day of the
    /// massage among them, so the path is known. `None` for an ordinary check, whose count
    /// depends on its answer to "When was your massage?".
    pub fn questions_to_ask(&self) -> Option<usize> {
        let path_known =
            self.prefilled.contains(QuestionId::Elapsed) && self.answers.elapsed.is_some();
        path_known.then(|| self.asked().count())
    }

    /// Whether the check asks `question`, rather than having it filled in beforehand.
    fn asks(&self, question: QuestionId) -> bool {
        !self.prefilled.contains(question)
    }

    /// The questions that apply and that the check asks, in order.
    fn asked(&self) -> impl Iterator<Item = QuestionId> + '_ {
        self.answers.applicable().filter(|q| self.asks(*q))
    }

    /// Whether every question that applies has an answer.
    pub fn is_complete(&self) -> bool {
        first_unanswered(&self.answers).is_none()
    }

    /// A result can be shown for a complete check, or as soon as a warning sign is ticked.
    pub fn can_show_result(&self) -> bool {
        self.answers.has_warning_sign() || self.is_complete()
    }

    /// Whether a result saved or shared by an earlier version can still be shown. Before the
    /// trend question was asked on days 1 and 2, a finished check there had no answer to it; on
    /// those days it decides nothing, so the result stands without it.
    pub fn can_show_earlier_result(&self) -> bool {
        let early_day = matches!(
            self.answers.elapsed,
            Some(Elapsed::OneDay | Elapsed::TwoDays)
        );
        let only_trend_missing = || {
            let mut missing = self
                .answers
                .applicable()
                .filter(|q| !self.answers.is_answered(*q));
            missing.next() == Some(QuestionId::Trend) && missing.next().is_none()
        };
        self.can_show_result() || (early_day && only_trend_missing())
    }

    /// Whether a check saved in the tab can be continued on its own screen: as `can_show`,
    /// but a result saved by an earlier version is accepted as `can_show_earlier_result` says.
    /// What `opening::restore` offers and what continuing it shows must agree.
    pub fn can_continue(&self) -> bool {
        if self.screen == Screen::Result {
            self.can_show_earlier_result()
        } else {
            self.can_show(self.screen)
        }
    }

    /// Whether `screen` makes sense for these answers: a question that applies, or a result
    /// the answers can support.
    pub fn can_show(&self, screen: Screen) -> bool {
        match screen {
            Screen::Question(question) => self.answers.applies(question),
            Screen::Result => self.can_show_result(),
            Screen::Start | Screen::Review => true,
        }
    }
}

impl Screen {
    /// A short, stable name for the screen, kept in browser history entries and in the
    /// session saved for the tab: "start", "review", "result" or a question's key.
    pub fn code(self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Question(question) => question.key(),
            Screen::Review => "review",
            Screen::Result => "result",
        }
    }

    /// The kind of screen, as the embedding page hears of it: "start", "question", "review"
    /// or "result" (which question is none of its business).
    pub fn code_kind(self) -> &'static str {
        match self {
            Screen::Question(_) => "question",
            other => other.code(),
        }
    }

    /// The screen a [`Screen::code`] names; `None` for anything else.
    pub fn from_code(code: &str) -> Option<Screen> {
        match code {
            "start" => Some(Screen::Start),
            "review" => Some(Screen::Review),
            "result" => Some(Screen::Result),
            _ => QuestionId::ALL
                .iter()
                .find(|q| q.key() == code)
                .map(|q| Screen::Question(*q)),
        }
    }
}

fn first_unanswered(answers: &Answers) -> Option<QuestionId> {
    answers.applicable().find(|q| !answers.is_answered(*q))
}

//! The pure heart of Aftercare: the answers, the questionnaire's flow, the triage, the
//! explanation and the relief plan. No yew and no web-sys: plain Rust, total over its inputs,
//! so every rule is tested natively and no component has to decide anything.

pub mod answers;
pub mod checkins;
pub mod choice;
pub mod config;
pub mod date;
pub mod explain;
pub mod flow;
pub mod opening;
pub mod plan;
pub mod prefill;
pub mod reminder;
pub mod share;
pub mod triage;

pub use answers::{Answers, QuestionId, QuestionKind};
pub use flow::{Action, Progress, Screen, Session};
pub use triage::Urgency;

use answers::Elapsed;
use explain::Cause;
use plan::Step;
use triage::Triage;

/// Everything the result screen shows, derived from the answers alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub triage: Triage,
    /// "Why you're sore", in reading order.
    pub causes: Vec<Cause>,
    /// Where to put "you are here" on the recovery timeline, when they told us.
    pub elapsed: Option<Elapsed>,
    /// The relief plan, best first. Empty when a warning sign is present: home relief is for
    /// ordinary soreness, and such a person's next step is care, not a plan.
    pub plan: Vec<Step>,
    /// Whether the spa's "Book a follow-up" may be shown: only on a self-care result, since
    /// nothing may stand beside the advice to get care.
    pub offers_follow_up: bool,
}

pub fn outcome(answers: &Answers) -> Outcome {
    let triage = triage::triage(answers);
    Outcome {
        offers_follow_up: triage.urgency == Urgency::SelfCare,
        triage,
        causes: explain::causes(answers),
        elapsed: answers.elapsed,
        plan: if answers.has_warning_sign() {
            Vec::new()
        } else {
            plan::relief_plan(answers)
        },
    }
}

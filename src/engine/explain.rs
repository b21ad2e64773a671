//! "Why you're sore": the pieces of the explanation that this person's answers call for. The
//! engine picks the pieces; `content` holds their words.

use super::answers::{Answers, Elapsed, Hydration, MassageKind, Tension, Trend};

/// One piece of the explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// Where they are against the usual 24–72 hour window, and whether it is getting better.
    Timing(Elapsed, Option<Trend>),
    /// How forceful their kind of massage is.
    Massage(MassageKind),
    /// How much tension, how many knots, were worked on.
    Tension(Tension),
    /// How their drinking since helps or hinders recovery.
    Hydration(Hydration),
}

/// The explanation's pieces in reading order; a question not answered adds nothing.
pub fn causes(answers: &Answers) -> Vec<Cause> {
    let trend = answers
        .applies(super::answers::QuestionId::Trend)
        .then_some(answers.trend)
        .flatten();
    [
        answers.elapsed.map(|elapsed| Cause::Timing(elapsed, trend)),
        answers.massage.map(Cause::Massage),
        answers.tension.map(Cause::Tension),
        answers.hydration.map(Cause::Hydration),
    ]
    .into_iter()
    .flatten()
    .collect()
}

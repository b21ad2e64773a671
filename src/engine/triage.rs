//! How urgent it is. These are the article's rules and the only place they live: any warning
//! sign leads to care (severe, sharp or shooting, localized pain to immediate attention),
//! soreness that is still there with no sign of improvement from the third day on leads to a
//! healthcare provider, and the rest is
//! self-care. docs/SAFETY.md gives each rule's source in the article and the tests that pin it.

use super::answers::{Answers, Elapsed, Trend, WarningSign};
use super::plan::SEVERE_SORENESS;

/// How urgent the result is, least to most.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// Expected soreness: look after yourself at home.
    SelfCare,
    /// Contact a healthcare provider.
    ContactProvider,
    /// Get medical attention now.
    UrgentCare,
}

impl Urgency {
    /// A stable id for styling and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            Urgency::SelfCare => "self-care",
            Urgency::ContactProvider => "contact-provider",
            Urgency::UrgentCare => "urgent-care",
        }
    }
}

/// One reason behind the urgency, most important first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    Warning(WarningSign),
    /// Three days or more and not clearly improving.
    NotImproving(Elapsed),
    /// No warning sign and recovering as expected.
    Expected,
}

/// What the top of the result says: the urgency, and within a tier the situation that put the
/// person there, so the words fit them (issue 12): a tier alone would call severe soreness
/// "expected", and give a person whose soreness is simply slow the words meant for a warning sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Headline {
    /// Self-care: no warning sign, soreness below severe, not lasting without improvement.
    Expected,
    /// Self-care, but rated severe (7 or more out of 10): the article's case for asking a
    /// professional about pain relievers.
    Strong,
    /// Contact a provider: three days or more with no sign of improvement, and no warning sign.
    NotImproving(Elapsed),
    /// Contact a provider: a warning sign (other than sharp, localized pain).
    WarningSign,
    /// Immediate attention: severe, sharp or shooting pain in one spot.
    Urgent,
}

/// The urgency and the reasons for it. Warning signs, when there are any, are the first
/// reasons, most urgent first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Triage {
    pub urgency: Urgency,
    pub headline: Headline,
    pub reasons: Vec<Reason>,
}

pub fn triage(answers: &Answers) -> Triage {
    let mut reasons: Vec<Reason> = answers.signs().iter().map(Reason::Warning).collect();
    if let Some(elapsed) = not_improving(answers) {
        reasons.push(Reason::NotImproving(elapsed));
    }
    let (urgency, headline) = match reasons.first() {
        Some(Reason::Warning(WarningSign::SharpLocalizedPain)) => {
            (Urgency::UrgentCare, Headline::Urgent)
        }
        Some(Reason::Warning(_)) => (Urgency::ContactProvider, Headline::WarningSign),
        Some(Reason::NotImproving(elapsed)) => {
            (Urgency::ContactProvider, Headline::NotImproving(*elapsed))
        }
        Some(Reason::Expected) | None => {
            reasons.push(Reason::Expected);
            let strong = answers.soreness.is_some_and(|s| s >= SEVERE_SORENESS);
            (
                Urgency::SelfCare,
                if strong {
                    Headline::Strong
                } else {
                    Headline::Expected
                },
            )
        }
    };
    Triage {
        urgency,
        headline,
        reasons,
    }
}

/// Three days or more since the massage, some soreness left, and, asked, no sign of improvement.
/// "Same", "worse" and "not sure" all count: the article's test is any sign of improvement,
/// and a person who cannot name one has not seen one. Unanswered counts for nothing: a
/// person with a warning sign is never asked, and the result must not claim an answer they
/// never gave (their warning sign already puts them on the path to care). A soreness of 0
/// today is no soreness that lasts: the article's rule is about pain that goes on, so a person
/// with none left is never told it has lasted "without getting better" (issue 26).
fn not_improving(answers: &Answers) -> Option<Elapsed> {
    let elapsed = answers.elapsed.filter(|e| e.is_three_days_or_more())?;
    if answers.soreness == Some(0) {
        return None;
    }
    matches!(
        answers.trend,
        Some(Trend::Same | Trend::Worse | Trend::NotSure)
    )
    .then_some(elapsed)
}

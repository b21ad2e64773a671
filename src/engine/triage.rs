//! How urgent it is. These are the article's rules and the only place they live: any warning
//! sign leads to care (severe, sharp, localized pain to immediate attention), soreness that is
//! not improving after three days leads to a healthcare provider, and the rest is self-care.

use super::answers::{Answers, Elapsed, Trend, WarningSign};

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

/// The urgency and the reasons for it. Warning signs, when there are any, are the first
/// reasons, most urgent first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Triage {
    pub urgency: Urgency,
    pub reasons: Vec<Reason>,
}

pub fn triage(answers: &Answers) -> Triage {
    let mut reasons: Vec<Reason> = answers.signs().iter().map(Reason::Warning).collect();
    if let Some(elapsed) = not_improving(answers) {
        reasons.push(Reason::NotImproving(elapsed));
    }
    let urgency = if answers.signs().contains(WarningSign::SharpLocalizedPain) {
        Urgency::UrgentCare
    } else if !reasons.is_empty() {
        Urgency::ContactProvider
    } else {
        reasons.push(Reason::Expected);
        Urgency::SelfCare
    };
    Triage { urgency, reasons }
}

/// Three days or more since the massage without a clear sign of improvement. "Not sure" and an
/// unanswered trend count as no sign of improvement: the article asks for improvement, and
/// erring toward a provider is the safe side.
fn not_improving(answers: &Answers) -> Option<Elapsed> {
    let elapsed = answers.elapsed.filter(|e| e.is_three_days_or_more())?;
    (answers.trend != Some(Trend::Better)).then_some(elapsed)
}

//! Which of the words beyond the source article (where to go and how soon: `words::Safety`,
//! each language's `safety.rs`, each sentence listed in docs/SAFETY.md) goes with which result.
//! The same choice in every language, so a translation cannot route a person differently.

use super::words::{Safety, UrgencyText, Watch};
use crate::engine::answers::{Elapsed, WarningSign};
use crate::engine::choice::Choice;
use crate::engine::triage::Headline;

/// "What to do now" on a result that sends the person to care: where to go and how soon, what
/// to do until they are seen, and what to tell the clinician. The article says *that* these
/// signs need care; how soon and where are ours, and make no medical claim (docs/SAFETY.md).
pub struct NextSteps<'a> {
    /// Where to go and how soon, most important first.
    pub go: &'a [&'static str],
    /// Until they are seen.
    pub until_seen: &'static str,
    /// What to tell the doctor, nurse or clinic.
    pub tell: &'a [&'static str],
}

impl Safety {
    /// The top of the result: its heading and what to do.
    pub fn headline(&self, headline: Headline) -> &UrgencyText {
        match headline {
            Headline::Expected => &self.expected,
            Headline::Strong => &self.strong,
            Headline::NotImproving(Elapsed::FourDaysOrMore) => &self.not_improving_four_days,
            Headline::NotImproving(_) => &self.not_improving_three_days,
            Headline::WarningSign => &self.warning_sign,
            Headline::Urgent => &self.urgent,
        }
    }

    /// The next steps for a result that sends the person to care; none for self-care.
    pub fn next_steps(&self, headline: Headline) -> Option<NextSteps<'_>> {
        let (go, until_seen) = match headline {
            Headline::Expected | Headline::Strong => return None,
            Headline::Urgent => (&self.go_urgent, self.until_seen_care),
            Headline::WarningSign => (&self.go_warning_sign, self.until_seen_care),
            Headline::NotImproving(_) => (&self.go_not_improving, self.until_seen_not_improving),
        };
        Some(NextSteps {
            go,
            until_seen,
            tell: &self.tell,
        })
    }

    /// A warning sign as the "Watch for these" list names it, and what to do about it.
    pub fn watch_for(&self, sign: WarningSign) -> &Watch {
        match sign {
            WarningSign::SharpLocalizedPain => &self.watch[0],
            WarningSign::SpreadingNerveSymptoms => &self.watch[1],
            WarningSign::SpreadingBruise => &self.watch[2],
            WarningSign::Fever => &self.watch[3],
        }
    }

    /// "Watch for these": every warning sign, then soreness that is not getting better.
    pub fn watch_list(&self) -> impl Iterator<Item = &Watch> {
        WarningSign::ALL
            .iter()
            .map(|sign| self.watch_for(*sign))
            .chain([&self.watch_slow])
    }
}

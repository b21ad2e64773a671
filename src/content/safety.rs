//! Where to go and how soon: the one kind of text that goes beyond the source article. Every
//! sentence here is listed in docs/SAFETY.md with the reason it is there, and a test
//! (tests/safety.rs) fails when one is added, changed or removed without that list changing too.
//! The health facts these sentences lean on (which signs need care, the day 3–4 rule, asking a
//! professional before pain relievers) are the article's; the routing words are ours.

use crate::engine::answers::{Elapsed, WarningSign};
use crate::engine::triage::Headline;

/// The words at the top of a result: its heading and a summary of what to do.
pub struct UrgencyText {
    pub title: &'static str,
    pub summary: &'static str,
}

/// The top of the result. Each sentence that tells a person where to go and how soon is
/// listed in docs/SAFETY.md with the reason it is there.
pub fn headline(headline: Headline) -> UrgencyText {
    match headline {
        Headline::Expected => UrgencyText {
            title: "Expected soreness: look after yourself at home",
            summary: "What you describe fits the usual soreness after a massage, and none of the warning signs apply. It is temporary, and the plan below can help it ease.",
        },
        Headline::Strong => UrgencyText {
            title: "Strong soreness, with no warning signs: care for it at home",
            summary: "You rated your soreness as severe. None of the warning signs apply, so the plan below is the place to start. Pain relievers may be used for severe discomfort, but only after you ask a healthcare professional: the last step of the plan says more.",
        },
        Headline::NotImproving(Elapsed::FourDaysOrMore) => UrgencyText {
            title: "Contact a healthcare provider",
            summary: "Your soreness has lasted four days or more without getting better. When soreness goes on for three or four days with no sign of improvement, the usual advice is to contact a doctor, nurse or other healthcare provider. Tell them about your massage.",
        },
        Headline::NotImproving(_) => UrgencyText {
            title: "Contact a healthcare provider",
            summary: "Your soreness has lasted about three days without getting better. When soreness goes on for three or four days with no sign of improvement, the usual advice is to contact a doctor, nurse or other healthcare provider. Tell them about your massage.",
        },
        Headline::WarningSign => UrgencyText {
            title: "Contact a healthcare provider",
            summary: "You ticked a sign that is not part of ordinary soreness after a massage. Please contact a doctor, nurse or other healthcare provider, and tell them about your massage.",
        },
        Headline::Urgent => UrgencyText {
            title: "Get medical attention now",
            summary: "Severe, sharp or shooting pain in one spot that does not feel like muscle soreness needs to be seen by a medical professional straight away. Do not wait to see if it passes.",
        },
    }
}

pub const PLAN_SKIPPED: &str = "Home relief is meant for ordinary soreness. With a warning sign, follow the advice at the top of this page first.";

/// The note on the pain relief step for someone who has already taken pain relievers: never
/// "keep it up", since the article allows them only after asking a healthcare professional.
pub const PAIN_RELIEVERS_TAKEN: &str = "You told us you have taken pain relievers. They are meant only for severe discomfort, and only after asking a healthcare professional. If you have not asked one yet, do so before you take more.";

pub const WATCH_LEAD: &str = "Any of these means it is not ordinary soreness. If one appears, even later, act on it:";

/// A warning sign as the "Watch for these" list names it, and what to do about it.
pub fn watch_for(sign: WarningSign) -> (&'static str, &'static str) {
    match sign {
        WarningSign::SharpLocalizedPain => ("Severe, sharp or shooting pain in one spot that does not feel like muscle soreness", "Get medical attention straight away."),
        WarningSign::SpreadingNerveSymptoms => ("New numbness, tingling or weakness spreading down an arm or leg", "Contact a healthcare provider."),
        WarningSign::SpreadingBruise => ("A bruise that spreads quickly", "Contact a healthcare provider."),
        WarningSign::Fever => ("A fever", "Contact a healthcare provider."),
    }
}
/// Over the same list on the page that shows when the app cannot run (`content::fallback`).
pub const FALLBACK_SIGNS_HEADING: &str = "Whatever the check would say, get care for these";

pub const WATCH_SLOW: (&str, &str) = ("Soreness that lasts three or four days with no sign of getting better", "Contact a healthcare provider.");

pub const TIMELINE_CHECK: &str = "No better after day 3 to 4? Contact a provider";
pub const TIMELINE_ALT_CHECK: &str = "If it has not got any better after three or four days, contact a healthcare provider.";

pub const DISCLAIMER: &str = "Aftercare gives general guidance based on common patterns of soreness after massage. It is not a diagnosis and does not replace advice from a healthcare professional. If you are worried, or your symptoms change, contact one.";

/// On the start screen.
pub const IF_WORRIED: &str = "It is guidance, not a diagnosis. If you are worried, contact a healthcare provider.";

/// On the safety question, once a warning sign is ticked.
pub const WARNING_NOTICE_HEADING: &str = "This needs more than home care";
pub const WARNING_NOTICE: &str = "What you ticked is not part of ordinary massage soreness. We will take you straight to what to do.";

/// "What to do now" on a result that sends the person to care: where to go and how soon, what
/// to do until they are seen, and what to tell the clinician. The article says *that* these
/// signs need care; how soon and where are ours, and make no medical claim (docs/SAFETY.md).
pub struct NextSteps {
    /// Where to go and how soon, most important first.
    pub go: &'static [&'static str],
    /// Until they are seen.
    pub until_seen: &'static str,
    /// What to tell the doctor, nurse or clinic.
    pub tell: &'static [&'static str],
}

pub const NEXT_HEADING: &str = "What to do now";
pub const UNTIL_SEEN_HEADING: &str = "Until you are seen";
pub const TELL_HEADING: &str = "What to tell them";

const TELL: &[&str] = &[
    "That you had a massage, when it was and what kind it was.",
    "What you noticed, as listed under \u{201c}Why we say this\u{201d}, and when it began.",
    "Anything you have taken for it, such as pain relievers.",
];

/// Until a person with a warning sign is seen: the article gives no advice for that time beyond
/// getting care, so we say who will advise rather than invent it.
const UNTIL_SEEN_CARE: &str = "The doctor or nurse will tell you what to do until then. The home relief steps in this check are for ordinary soreness, so they are not shown here.";

/// The next steps for a result that sends the person to care; none for self-care.
pub fn next_steps(headline: Headline) -> Option<NextSteps> {
    match headline {
        Headline::Expected | Headline::Strong => None,
        Headline::Urgent => Some(NextSteps {
            go: &[
                "Get medical help today: go to an urgent care service or an emergency department.",
                "If the pain is severe or getting worse fast, call your local emergency number.",
            ],
            until_seen: UNTIL_SEEN_CARE,
            tell: TELL,
        }),
        Headline::WarningSign => Some(NextSteps {
            go: &[
                "Contact your doctor or a clinic within a day, by phone or in person.",
                "If it gets worse fast, get medical help today from an urgent care service or an emergency department.",
            ],
            until_seen: UNTIL_SEEN_CARE,
            tell: TELL,
        }),
        Headline::NotImproving(_) => Some(NextSteps {
            go: &[
                "Contact your doctor or a clinic in the next day or two.",
                "If one of the warning signs listed below appears, act on it as the list says.",
            ],
            until_seen: "The relief plan below may still ease the soreness while you wait.",
            tell: TELL,
        }),
    }
}

/// The primary action on a result that sends the person to care, and on a self-care result.
pub const PRINT_FOR_CLINICIAN: &str = "Print or save for your doctor";

//! Where to go and how soon, in English: the one kind of text that goes beyond the source
//! article. Every sentence here is listed in docs/SAFETY.md with the reason it is there, and a
//! test (tests/safety.rs) fails when one is added, changed or removed without that list
//! changing too. The health facts these sentences lean on (which signs need care, the day 3–4
//! rule, asking a professional before pain relievers) are the article's; the routing words are
//! ours. Which sentence goes with which result is `content::safety`'s.

use crate::content::words::{Safety, UrgencyText, Watch};

/// What to tell the doctor, nurse or clinic: the same on every result that sends a person to care.
const TELL: [&str; 3] = [
    "That you had a massage, when it was and what kind it was.",
    "What you noticed, as listed under \u{201c}Why we say this\u{201d}, and when it began.",
    "Anything you have taken for it, such as pain relievers.",
];

pub const SAFETY: Safety = Safety {
    expected: UrgencyText {
        title: "Expected soreness: look after yourself at home",
        summary: "What you describe fits the usual soreness after a massage, and none of the warning signs apply. Soreness like this is normal, and generally a sign that your body is repairing the muscle. The plan below can help it ease.",
    },
    strong: UrgencyText {
        title: "Strong soreness, with no warning signs: care for it at home",
        summary: "You rated your soreness as severe. None of the warning signs apply, so the plan below is the place to start. Pain relievers may be used for severe discomfort, but only after you ask a healthcare professional: the last step of the plan says more.",
    },
    not_improving_four_days: UrgencyText {
        title: "Contact a healthcare provider",
        summary: "Your soreness has lasted four days or more without getting better. When soreness goes on for three or four days with no sign of improvement, the usual advice is to contact a doctor, nurse or other healthcare provider. Tell them about your massage.",
    },
    not_improving_three_days: UrgencyText {
        title: "Contact a healthcare provider",
        summary: "Your soreness has lasted about three days without getting better. When soreness goes on for three or four days with no sign of improvement, the usual advice is to contact a doctor, nurse or other healthcare provider. Tell them about your massage.",
    },
    warning_sign: UrgencyText {
        title: "Contact a healthcare provider today",
        summary: "You ticked a sign that is not part of ordinary soreness after a massage. Please contact a doctor, nurse or other healthcare provider today, and tell them about your massage.",
    },
    urgent: UrgencyText {
        title: "Get medical attention now",
        summary: "Severe, sharp or shooting pain in one spot that does not feel like muscle soreness needs to be seen by a medical professional straight away. Do not wait to see if it passes.",
    },
    plan_skipped: "Home relief is meant for ordinary soreness. With a warning sign, follow the advice at the top of this page first.",
    pain_relievers_taken: "You told us you have taken pain relievers. They are meant only for severe discomfort, and only after asking a healthcare professional. If you have not asked one yet, do so before you take more.",
    watch_lead: "Any of these means it is not ordinary soreness. If one appears, even later, act on it:",
    watch: [
        Watch { sign: "Severe, sharp or shooting pain in one spot that does not feel like muscle soreness", action: "Get medical attention straight away." },
        Watch { sign: "New numbness, tingling or weakness, for example running down an arm or leg", action: "Contact a healthcare provider today." },
        Watch { sign: "A bruise that spreads quickly", action: "Contact a healthcare provider today." },
        Watch { sign: "A fever", action: "Contact a healthcare provider today." },
    ],
    watch_slow: Watch { sign: "Soreness that lasts three or four days with no sign of getting better", action: "Contact a healthcare provider." },
    timeline_check: "No better after day 3 to 4? Contact a provider",
    timeline_alt_check: "If it has not got any better after three or four days, contact a healthcare provider.",
    disclaimer: "Aftercare gives general guidance based on common patterns of soreness after massage. It is not a diagnosis and does not replace advice from a healthcare professional. If you are worried, or your symptoms change, contact one.",
    if_worried: "It is guidance, not a diagnosis. If you are worried, contact a healthcare provider.",
    warning_notice_heading: "This needs more than home care",
    warning_notice: "What you ticked is not part of ordinary massage soreness. We will take you straight to what to do.",
    next_heading: "What to do now",
    until_seen_heading: "Until you are seen",
    tell_heading: "What to tell them",
    tell: TELL,
    until_seen_care: "The doctor or nurse will tell you what to do until then. The home relief steps in this check are for ordinary soreness, so they are not shown here.",
    go_urgent: [
        "Get medical help now: go straight to an emergency department or an urgent care service.",
        "If you cannot get there safely on your own, call your local emergency number.",
    ],
    go_warning_sign: [
        "Contact your doctor or a clinic today, by phone or in person.",
        "If it gets worse fast, get medical help now from an emergency department or an urgent care service.",
    ],
    go_not_improving: [
        "Contact your doctor or a clinic in the next day or two.",
        "If one of the warning signs listed below appears, act on it as the list says.",
    ],
    until_seen_not_improving: "The relief plan below may still ease the soreness while you wait.",
    print_for_clinician: "Print or save for your doctor",
};

/// Over the warning signs on the page that shows when the app cannot run (`Fallback`).
pub const FALLBACK_SIGNS_HEADING: &str = "Whatever the check would say, get care for these";

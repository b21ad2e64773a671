//! The words of the result: urgency, the reasons for it, "Why you're sore", the relief plan,
//! the warning signs to watch for and the timeline's labels.

use crate::engine::answers::{Elapsed, Hydration, MassageKind, Tension, Trend, WarningSign};
use crate::engine::explain::Cause;
use crate::engine::plan::{Fit, Relief};
use crate::engine::triage::Reason;
use crate::engine::Urgency;

/// The words for an urgency tier, shown first on the result.
pub struct UrgencyText {
    pub title: &'static str,
    pub summary: &'static str,
}

pub fn urgency(urgency: Urgency) -> UrgencyText {
    match urgency {
        Urgency::SelfCare => UrgencyText {
            title: "Expected soreness: look after yourself at home",
            summary: "What you describe sounds like the ordinary soreness that can follow a massage. It should ease by itself, and the plan below can help it along.",
        },
        Urgency::ContactProvider => UrgencyText {
            title: "Contact a healthcare provider",
            summary: "Something you told us goes beyond ordinary soreness. Please get in touch with a doctor, nurse or other healthcare provider and tell them about your massage.",
        },
        Urgency::UrgentCare => UrgencyText {
            title: "Get medical attention now",
            summary: "Severe, sharp pain in one spot that does not feel like muscle soreness needs to be seen by a medical professional straight away. Do not wait to see if it passes.",
        },
    }
}

pub const URGENCY_LABEL: &str = "How urgent";
pub const REASONS_HEADING: &str = "Why we say this";

pub fn reason(reason: Reason) -> &'static str {
    match reason {
        Reason::Warning(sign) => warning_reason(sign),
        Reason::NotImproving(Elapsed::FourDaysOrMore) => "It has been four days or more and your soreness is not clearly getting better. Ordinary soreness should be fading by now.",
        Reason::NotImproving(_) => "It has been three days and your soreness is not clearly getting better. Ordinary soreness is usually easing by now.",
        Reason::Expected => "You have none of the warning signs, and your soreness fits the usual pattern after a massage.",
    }
}

fn warning_reason(sign: WarningSign) -> &'static str {
    match sign {
        WarningSign::SharpLocalizedPain => "You have sharp or shooting pain in one spot that does not feel like muscle soreness.",
        WarningSign::SpreadingNerveSymptoms => "You have numbness, tingling or weakness spreading down an arm or leg, which can mean a nerve is irritated or pressed on.",
        WarningSign::SpreadingBruise => "You have bruising that is spreading fast, which can be a sign of injured tissue.",
        WarningSign::Fever => "You have a fever, which points to something affecting your whole body, not just a sore muscle.",
    }
}

pub const WHY_HEADING: &str = "Why you\u{2019}re sore";
pub const WHY_GENERAL: &str = "Firm pressure during a massage causes tiny strains in muscle fibres. Your body repairs them with a burst of inflammation (extra blood and repair cells sent to the area), and that repair work is the ache you feel. Massage also boosts blood flow, which brings the oxygen and nutrients the healing needs.";
pub const WHY_WARNING: &str = "The soreness itself may well be ordinary, but the warning sign you ticked is not, and it comes first.";

pub fn cause(cause: Cause) -> &'static str {
    match cause {
        Cause::Timing(Elapsed::Today, _) => "Your massage was today. This kind of soreness often builds over the next day or so: it usually shows up between 24 and 72 hours afterwards.",
        Cause::Timing(Elapsed::OneDay, _) => "It has been about a day, the start of the usual 24 to 72 hour window when this soreness is at its strongest.",
        Cause::Timing(Elapsed::TwoDays, _) => "It has been two days, right in the middle of the usual 24 to 72 hour window for this soreness.",
        Cause::Timing(Elapsed::ThreeDays, Some(Trend::Better)) => "It has been three days, the end of the usual window, and it is getting better: just what ordinary soreness does.",
        Cause::Timing(Elapsed::ThreeDays, _) => "It has been three days, the end of the usual window, when ordinary soreness is normally easing off.",
        Cause::Timing(Elapsed::FourDaysOrMore, Some(Trend::Better)) => "It has been four days or more. That is past the usual window, but it is getting better, which is the direction it should go.",
        Cause::Timing(Elapsed::FourDaysOrMore, _) => "It has been four days or more, past the usual 24 to 72 hour window.",
        Cause::Massage(MassageKind::Relaxation) => "A relaxation or Swedish massage is gentle, so the soreness after it is usually on the milder side, though some is still normal.",
        Cause::Massage(MassageKind::DeepTissue) => "Deep tissue massage works firmly on deeper layers of muscle. That stronger work leaves more to repair, so more soreness afterwards is expected.",
        Cause::Massage(MassageKind::Sports) => "Sports massage uses forceful techniques to loosen stubborn tension, which leaves the muscle with more to repair and more soreness afterwards.",
        Cause::Massage(MassageKind::TriggerPoint) => "Trigger point work presses hard on knots to release them. That focused force leaves more repair work, and more soreness, than a gentle massage.",
        Cause::Massage(MassageKind::NotSure) => "The firmer the massage, the more soreness tends to follow. Deep tissue, sports and trigger point work leave more than a gentle relaxation massage.",
        Cause::Tension(Tension::Little) => "Only a little tension was worked on, so there was less for your muscles to recover from.",
        Cause::Tension(Tension::Some) => "A fair amount of tension was worked on, which adds to the soreness as those spots recover.",
        Cause::Tension(Tension::Lots) => "A lot of tension or many knots were worked on. Loosening them all takes more work, so more soreness afterwards is to be expected.",
        Cause::Tension(Tension::NotSure) => "The more knots a therapist has to loosen, the more sore you tend to feel afterwards.",
        Cause::Hydration(Hydration::Little) => "You have drunk less than usual. Without enough water, muscles tighten more easily and your body is slower to clear the waste products the massage stirred up.",
        Cause::Hydration(Hydration::Usual) => "You have been drinking about as usual. A little extra water can help your body clear what the massage stirred up.",
        Cause::Hydration(Hydration::Plenty) => "You have been drinking plenty, which helps your body clear the waste products the massage stirred up.",
        Cause::Hydration(Hydration::NotSure) => "Water helps your body clear the waste products a massage stirs up, so drinking enough can shorten the soreness.",
    }
}

pub const PLAN_HEADING: &str = "Your relief plan";
pub const PLAN_LEAD: &str = "In the order that fits what you told us.";
pub const PLAN_SKIPPED: &str = "Home relief is meant for ordinary soreness. With a warning sign, get advice from a healthcare provider first.";
pub const TRIED_NOTE: &str = "You are already doing this: keep it up.";

/// The words for one relief step.
pub struct ReliefText {
    pub title: &'static str,
    pub how: &'static str,
}

pub fn relief(relief: Relief) -> ReliefText {
    match relief {
        Relief::Water => ReliefText {
            title: "Drink plenty of water",
            how: "This is one of the best things you can do. Water helps your kidneys and lymphatic system flush out the waste products the massage stirred up, which eases lingering tightness and soreness.",
        },
        Relief::Movement => ReliefText {
            title: "Keep gently moving",
            how: "Take an easy walk or do some light stretching. It keeps blood flowing and stops muscles stiffening, so it helps more than resting completely.",
        },
        Relief::Heat => ReliefText {
            title: "Use gentle heat",
            how: "A warm bath or a heating pad draws blood to the sore muscles, bringing in nutrients and carrying waste away.",
        },
        Relief::Cold => ReliefText {
            title: "Brief cold on tender spots",
            how: "Hold a cold pack on a tender, swollen spot for a short while. It can bring the swelling down and numb the soreness. Keep it brief.",
        },
        Relief::PainRelievers => ReliefText {
            title: "Ask before taking pain relievers",
            how: "If the discomfort is severe, anti-inflammatory pain relievers you can buy without a prescription (NSAIDs, such as ibuprofen) may help, but ask a pharmacist, doctor or other healthcare professional first.",
        },
    }
}

pub fn fit(fit: Fit) -> &'static str {
    match fit {
        Fit::LittleWater => "First for you, because you have drunk less than usual.",
        Fit::TenderSpots => "Moved up for you, because you have tender spots.",
        Fit::Stiffness => "Moved up for you, because you feel stiff.",
        Fit::OnlyResting => "Moved up for you, because you have been resting completely.",
        Fit::Severe => "You rated your soreness as severe, so this may be worth asking about.",
    }
}

pub const WATCH_HEADING: &str = "Watch for these";
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
pub const WATCH_SLOW: (&str, &str) = ("Soreness that is no better after three or four days", "Contact a healthcare provider.");

pub const TIMELINE_HEADING: &str = "Your recovery timeline";
pub const TIMELINE_LEAD: &str = "How this kind of soreness usually rises and fades in the days after a massage. A typical pattern, not a measurement of yours.";
pub const TIMELINE_WINDOW: &str = "Usual soreness: 24 to 72 hours";
pub const TIMELINE_CHECK: &str = "No better by day 3 to 4? Contact a provider";
pub const TIMELINE_HERE: &str = "You are here";
pub const TIMELINE_AXIS: &str = "Days since your massage";
pub const TIMELINE_CHECK_MARK: &str = "Day 3\u{2013}4";

/// The chart's text alternative, told as sentences for screen readers: the pattern, where
/// this person is on it, and the line past which to contact a provider.
pub const TIMELINE_ALT_PATTERN: &str = "Chart: soreness usually builds over the first day, is strongest between 24 and 72 hours, and fades after that.";
pub const TIMELINE_ALT_CHECK: &str = "If it is no better by day 3 or 4, contact a healthcare provider.";

pub fn timeline_position(elapsed: Elapsed) -> &'static str {
    match elapsed {
        Elapsed::Today => "You are on day 0, before the usual peak.",
        Elapsed::OneDay => "You are at about day 1, at the start of that window.",
        Elapsed::TwoDays => "You are at day 2, in the middle of that window.",
        Elapsed::ThreeDays => "You are at day 3, the end of that window, where it should be easing.",
        Elapsed::FourDaysOrMore => "You are at day 4 or later, past that window.",
    }
}

pub const SUMMARY_HEADING: &str = "What you told us";
pub const DISCLAIMER: &str = "Aftercare gives general guidance based on common patterns of soreness after massage. It is not a diagnosis and does not replace advice from a healthcare professional. If you are worried, or your symptoms change, contact one.";
pub const CHANGE_ANSWERS: &str = "Change answers";
pub const START_AGAIN: &str = "Start again";

pub const SHARED_HEADING: &str = "A shared result";
pub const SHARED_BODY: &str = "Someone shared this result with you. It reflects their answers when they took the check, not yours.";
pub const TAKE_THE_CHECK: &str = "Take the check yourself";
pub const SHARE: &str = "Share this result";
pub const SHARE_TITLE: &str = "My Aftercare result";
pub const SHARE_COPIED: &str = "Link copied. Paste it into a message to share your result.";
pub const SHARE_SENT: &str = "Shared.";
pub const SHARE_FAILED: &str = "This browser would not share or copy the link. You can copy it from here:";
pub const SHARE_LINK_LABEL: &str = "Link to this result";
pub const SHARE_PRIVACY: &str = "The link holds your answers in its last part, which browsers never send to a server.";
pub const PRINT: &str = "Print or save as PDF";
pub const CHECKED_ON: &str = "Checked on";
pub const FOLLOW_UP: &str = "Book a follow-up";
pub const FOLLOW_UP_WITH: &str = "Book a follow-up with";

//! The words of the result: urgency, the reasons for it, "Why you're sore", the relief plan,
//! the warning signs to watch for and the timeline's labels.

use crate::engine::answers::{Elapsed, Hydration, MassageKind, Tension, Trend, WarningSign};
use crate::engine::explain::Cause;
use crate::engine::plan::{Fit, Relief};
use crate::engine::triage::Reason;

// The sentences that say where to go and how soon live in `safety`; the result uses them
// under these names like any other words of its own.
pub use super::safety::{
    headline, next_steps, watch_for, NextSteps, UrgencyText, DISCLAIMER, NEXT_HEADING, PLAN_SKIPPED, PRINT_FOR_CLINICIAN,
    TELL_HEADING, TIMELINE_ALT_CHECK, TIMELINE_CHECK, UNTIL_SEEN_HEADING, WATCH_LEAD, WATCH_SLOW,
};

pub const URGENCY_LABEL: &str = "How urgent";
pub const REASONS_HEADING: &str = "Why we say this";

pub fn reason(reason: Reason) -> &'static str {
    match reason {
        Reason::Warning(sign) => warning_reason(sign),
        Reason::NotImproving(Elapsed::FourDaysOrMore) => "It has been four days or more, and you have not noticed any sign of it getting better.",
        Reason::NotImproving(_) => "It has been about three days, and you have not noticed any sign of it getting better.",
        Reason::Expected => "None of the warning signs we asked about apply to you.",
    }
}

fn warning_reason(sign: WarningSign) -> &'static str {
    match sign {
        WarningSign::SharpLocalizedPain => "You have sharp or shooting pain in one spot that does not feel like muscle soreness.",
        WarningSign::SpreadingNerveSymptoms => "You have new numbness, tingling or weakness spreading down an arm or leg. This can mean a nerve is irritated or pressed on.",
        WarningSign::SpreadingBruise => "You have bruising that is spreading fast, which can be a sign of a real injury to the tissue.",
        WarningSign::Fever => "You have a fever, which can point to a problem in your whole body, not just a sore muscle.",
    }
}

pub const WHY_HEADING: &str = "Why you\u{2019}re sore";
pub const WHY_GENERAL: &str = "Firm pressure during a massage causes tiny strains in muscle fibres and the tissue around them. Your body mends them through inflammation: it sends repair cells to the area to rebuild the tissue, and that repair work is the ache you feel. Soreness like this usually means the massage reached the deeper layers of muscle. Massage also boosts blood flow, which brings the oxygen and nutrients the healing needs.";
pub const WHY_WARNING: &str = "The warning sign you ticked is not part of ordinary soreness, so it comes first.";

pub fn cause(cause: Cause) -> &'static str {
    match cause {
        Cause::Timing(Elapsed::Today, _) => "Your massage was today. This kind of soreness usually shows up 24 to 72 hours after a massage.",
        Cause::Timing(Elapsed::OneDay | Elapsed::TwoDays, Some(Trend::Worse)) => "It is getting worse in the first days after the massage. This kind of soreness usually shows up 24 to 72 hours afterwards, so it can still be coming on. A warning sign, or no sign of getting better after three or four days, would change that.",
        Cause::Timing(Elapsed::OneDay | Elapsed::TwoDays, Some(Trend::Better)) => "It is already getting better in the first days after the massage, inside the usual 24 to 72 hour window in which this soreness shows up.",
        Cause::Timing(Elapsed::OneDay, _) => "It has been about a day. This kind of soreness usually shows up 24 to 72 hours after a massage, so you are at the start of that window.",
        Cause::Timing(Elapsed::TwoDays, _) => "It has been two days, inside the usual 24 to 72 hour window in which this soreness shows up.",
        Cause::Timing(Elapsed::ThreeDays, Some(Trend::Better)) => "It has been about three days, and it is getting better. The reason to contact a provider is soreness that goes on for three or four days with no sign of improvement, and yours is improving.",
        Cause::Timing(Elapsed::ThreeDays, _) => "It has been about three days, the end of the usual window in which this soreness shows up.",
        Cause::Timing(Elapsed::FourDaysOrMore, Some(Trend::Better)) => "It has been four days or more, past the usual 24 to 72 hour window, and it is getting better.",
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
        Cause::Hydration(Hydration::Usual) => "You have been drinking about as usual. Drinking plenty of water can help your body clear what the massage stirred up.",
        Cause::Hydration(Hydration::Plenty) => "You have been drinking plenty, which helps your body clear the waste products the massage stirred up.",
        Cause::Hydration(Hydration::NotSure) => "Water helps your body clear the waste products a massage stirs up, so drinking enough can ease lingering soreness.",
    }
}

pub const PLAN_HEADING: &str = "Your relief plan";
pub const PLAN_LEAD: &str = "In the order that fits what you told us.";

/// The note on a step the person already does. Never "keep it up" for pain relievers: the
/// article allows them only for severe discomfort and only after asking a professional.
pub fn tried_note(relief: Relief) -> &'static str {
    match relief {
        Relief::Water | Relief::Movement | Relief::Heat => "You are already doing this: keep it up.",
        Relief::Cold => "You are already doing this. Keep each use brief.",
        Relief::PainRelievers => super::safety::PAIN_RELIEVERS_TAKEN,
    }
}

/// The words for one relief step.
pub struct ReliefText {
    pub title: &'static str,
    pub how: &'static str,
}

pub fn relief(relief: Relief) -> ReliefText {
    match relief {
        Relief::Water => ReliefText {
            title: "Drink plenty of water",
            how: "This is one of the most helpful things you can do. Water helps your kidneys and lymphatic system clear out the waste products the massage stirred up, which eases lingering tightness and soreness.",
        },
        Relief::Movement => ReliefText {
            title: "Keep gently moving",
            how: "Take an easy walk or do some light stretching. It keeps blood moving and stops muscles getting stiff, so it is better than resting completely.",
        },
        Relief::Heat => ReliefText {
            title: "Use gentle heat",
            how: "A warm bath or a heating pad brings more blood to the sore muscles, which carries in nutrients and carries waste away.",
        },
        Relief::Cold => ReliefText {
            title: "Brief cold on tender spots",
            how: "Hold a cold pack on a tender, swollen spot for a short time. It can bring the swelling down and numb the area. Keep it brief.",
        },
        Relief::PainRelievers => ReliefText {
            title: "Ask before taking pain relievers",
            how: "For severe discomfort, you may be able to use pain relievers that calm inflammation and that you can buy without a prescription. They are called NSAIDs. Ask a healthcare professional first.",
        },
    }
}

pub fn fit(fit: Fit) -> &'static str {
    match fit {
        Fit::LittleWater => "First for you, because you have drunk less than usual.",
        Fit::TenderSpots => "Moved up for you, because you have tender spots.",
        Fit::Stiffness => "Moved up for you, because you feel stiff: light activity helps prevent stiffness.",
        Fit::OnlyResting => "Moved up for you, because you have been resting completely.",
        Fit::Severe => "Here because you rated your soreness as severe. Pain relievers are only for severe discomfort, and only after you ask a professional.",
    }
}

pub const WATCH_HEADING: &str = "Watch for these";
pub const TIMELINE_HEADING: &str = "Your recovery timeline";
pub const TIMELINE_LEAD: &str = "When this kind of soreness usually shows up after a massage, and when to contact a provider if it is not getting better. It shows the usual timing, not a measure of your soreness.";
pub const TIMELINE_WINDOW: &str = "Usually shows up: 24 to 72 hours";
pub const TIMELINE_HERE: &str = "You are here";
pub const TIMELINE_AXIS: &str = "Days since your massage";
pub const TIMELINE_CHECK_MARK: &str = "Day 3\u{2013}4";

/// The chart's text alternative, told as sentences for screen readers: the window, where this
/// person is, and the line past which to contact a provider.
pub const TIMELINE_ALT_PATTERN: &str = "Chart: this kind of soreness usually shows up between 24 and 72 hours after a massage.";

pub fn timeline_position(elapsed: Elapsed) -> &'static str {
    match elapsed {
        Elapsed::Today => "You are on day 0, before that window.",
        Elapsed::OneDay => "You are at about day 1, where that window starts.",
        Elapsed::TwoDays => "You are at day 2, inside that window.",
        Elapsed::ThreeDays => "You are at day 3, where that window ends.",
        Elapsed::FourDaysOrMore => "You are at day 4 or later, past that window.",
    }
}

pub const SUMMARY_HEADING: &str = "What you told us";
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
/// Said before the Share button, so the person knows what a link will carry before it goes.
pub fn share_contents(warning_sign: bool) -> &'static str {
    if warning_sign {
        "The link holds your answers, including the warning sign you ticked, and the day of the check. Anyone who has it can read them; browsers never send that part to a server."
    } else {
        "The link holds your answers and the day of the check. Anyone who has it can read them; browsers never send that part to a server."
    }
}
pub const PRINT_PLAN: &str = "Print or save your plan";
pub const FOLLOW_UP: &str = "Book a follow-up";
pub const FOLLOW_UP_WITH: &str = "Book a follow-up with";

/// The printed page: one sheet for a clinician, shown only on paper.
pub mod print {
    use crate::content::number;
    use crate::engine::date::{CivilDate, MassageDay};

    pub const TITLE: &str = "Aftercare: soreness after a massage";
    pub const OFFERED_BY: &str = "Offered by";
    pub const CHECKED_ON: &str = "Date of the check";
    pub const MASSAGE_ON: &str = "Date of the massage";
    /// A shared link carries the answers but not the day they were given.
    pub const DATE_NOT_KNOWN: &str = "Not known: this shared link does not carry it";
    pub const RESULT: &str = "Result";
    pub const WHY: &str = "Why";
    pub const TODO: &str = "What to do";
    pub const ANSWERS: &str = "Answers given";
    pub const NOTES: &str = "Notes";

    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ];

    /// "1 December 2026": the month in words, so no reader takes 12/1 for 12 January.
    pub fn date(date: CivilDate) -> String {
        [&number(u64::from(date.day)), " ", MONTHS[usize::from(date.month - 1)], " ", &number(u64::from(date.year.unsigned_abs()))].concat()
    }

    /// The day of the massage, and how sure that day is.
    pub fn massage_date(day: MassageDay) -> String {
        let on = date(day.date);
        match day.days_before {
            _ if day.or_earlier => [&on, " or earlier (", &number(u64::from(day.days_before)), " or more days before the check)"].concat(),
            0 => [&on, " (the day of the check)"].concat(),
            1 => ["About ", &on, " (a day before the check)"].concat(),
            n => ["About ", &on, " (", &number(u64::from(n)), " days before the check)"].concat(),
        }
    }
}

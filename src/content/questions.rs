//! The questions' words: heading, hint, options and the "Why we ask" lesson of each.

use super::{opt, opt_detail, QuestionText};
use crate::engine::QuestionId;

pub fn question(id: QuestionId) -> &'static QuestionText {
    match id {
        QuestionId::WarningSigns => &WARNING_SIGNS,
        QuestionId::Elapsed => &ELAPSED,
        QuestionId::Trend => &TREND,
        QuestionId::Soreness => &SORENESS,
        QuestionId::Feel => &FEEL,
        QuestionId::Massage => &MASSAGE,
        QuestionId::Tension => &TENSION,
        QuestionId::Hydration => &HYDRATION,
        QuestionId::Tried => &TRIED,
    }
}

static WARNING_SIGNS: QuestionText = QuestionText {
    heading: "First, a safety check: do you have any of these?",
    hint: "Tick every one that fits, or \u{201c}None of these\u{201d}.",
    short: "Warning signs",
    why: &[
        "Mild soreness after a massage is normal. A few signs point to something beyond the usual recovery, and they matter more than anything else you tell us.",
        "New numbness, tingling or weakness that travels down an arm or a leg can mean a nerve is irritated or pressed on. Bruising that spreads fast can mean a real injury to the tissue, and a fever can point to a problem in the whole body rather than one sore muscle.",
    ],
    options: &[
        opt_detail("Sharp or shooting pain in one spot", "Severe, focused on one place, and not like a muscle ache"),
        opt_detail("Numbness, tingling or weakness", "New, and spreading down an arm or a leg"),
        opt_detail("Bruising that is spreading fast", "A bruise that grows bigger quickly"),
        opt("A fever"),
        opt("None of these"),
    ],
};

static ELAPSED: QuestionText = QuestionText {
    heading: "When was your massage?",
    hint: "Pick the closest.",
    short: "When the massage was",
    why: &[
        "Soreness after a massage is usually a delayed kind of muscle soreness (doctors call it DOMS, delayed-onset muscle soreness). It tends to show up 24 to 72 hours later, much like the ache after a hard workout.",
        "Your answer shows where you are in that window. From the next day on, we also ask whether it is getting better, because soreness that goes on for three or four days with no sign of improvement is a reason to contact a provider.",
    ],
    options: &[
        opt("Today"),
        opt("About a day ago"),
        opt("Two days ago"),
        opt("Three days ago"),
        opt("Four days ago or longer"),
    ],
};

static TREND: QuestionText = QuestionText {
    heading: "Since the soreness began, have you noticed any sign of it getting better?",
    hint: "Compare how it feels now with how it felt when it started.",
    short: "Any sign of getting better",
    why: &[
        "Soreness that lasts three or four days with no sign of getting better is a reason to contact a healthcare provider. This question checks for that. In the first two days, your result also says what a change either way means.",
    ],
    options: &[
        opt("Yes, it is getting better"),
        opt("No, it is about the same"),
        opt("No, it is getting worse"),
        opt("Not sure"),
    ],
};

static SORENESS: QuestionText = QuestionText {
    heading: "How sore is your back right now?",
    hint: "0 means no soreness at all, 10 the worst you can imagine.",
    short: "Soreness now",
    why: &[
        "Pressing on tight muscle makes tiny strains in the muscle fibres and the tissue around them (doctors call this micro-trauma). Your body mends them through inflammation: repair cells move into the area to rebuild the tissue, and that repair work is what you feel as an ache.",
        "Your rating does not change the order of your plan. If you rate it 7 or more, your result says so and explains when pain relievers may be used.",
    ],
    options: &[
        opt_detail("0", "None"),
        opt("1"),
        opt("2"),
        opt_detail("3", "Mild"),
        opt("4"),
        opt_detail("5", "Moderate"),
        opt("6"),
        opt_detail("7", "Severe"),
        opt("8"),
        opt("9"),
        opt_detail("10", "Worst"),
    ],
};

static FEEL: QuestionText = QuestionText {
    heading: "What does it feel like most?",
    hint: "Pick the closest.",
    short: "What it feels like",
    why: &[
        "Stiffness and tender spots call for different things. Light activity, such as an easy walk or gentle stretching, helps prevent stiffness, so if you feel stiff we move it up your plan. A short spell of cold can calm a spot that is tender and a little swollen, and numb it, so tender spots move cold up.",
    ],
    options: &[
        opt_detail("Stiff and tight", "Hard to bend or turn"),
        opt_detail("Tender spots", "Sore to touch where the therapist worked, maybe a little swollen"),
        opt("Both stiff and tender"),
        opt_detail("A dull, general ache", "Spread out rather than in one place"),
        opt("Not sure"),
    ],
};

static MASSAGE: QuestionText = QuestionText {
    heading: "What kind of massage did you have?",
    hint: "Your booking or your therapist can tell you if you are unsure.",
    short: "Kind of massage",
    why: &[
        "A relaxation massage, such as a Swedish massage, uses lighter strokes. Deep tissue, sports massage and trigger point work press much harder, because they aim to loosen long-standing tension deep in the muscle.",
        "That firmer work disturbs the muscle more, so the body has more to repair, and the repair brings more inflammation and more soreness afterwards.",
    ],
    options: &[
        opt_detail("Relaxation or Swedish", "Gentle, flowing strokes"),
        opt_detail("Deep tissue", "Slow, firm pressure on deeper layers"),
        opt_detail("Sports massage", "Firm work aimed at muscles used in sport"),
        opt_detail("Trigger point work", "Strong pressure held on tight knots"),
        opt("Not sure"),
    ],
};

static TENSION: QuestionText = QuestionText {
    heading: "How much tension did your therapist work on?",
    hint: "Think of how many knots or tight areas they mentioned or spent time on.",
    short: "Tension worked on",
    why: &[
        "Knots are small bands of muscle that have stiffened and stuck together. A therapist loosens them with steady pressure.",
        "The more knots there were in your back, the more loosening it took, and the more sore you are likely to feel while the muscle recovers.",
    ],
    options: &[
        opt_detail("A little", "One or two tight spots"),
        opt_detail("A fair amount", "Several areas"),
        opt_detail("A lot", "Many knots, or long-standing tension"),
        opt("Not sure"),
    ],
};

static HYDRATION: QuestionText = QuestionText {
    heading: "How much have you drunk since the massage?",
    hint: "Water and other non-alcoholic drinks.",
    short: "Drinking since",
    why: &[
        "Massage stirs up waste products in the muscles that your body then has to clear out, a job for your kidneys and your lymphatic system (the network that drains fluid from tissues).",
        "Enough water helps that clearing go faster. Too little makes muscles tighten more easily and slows the clean-up, which can keep you sore for longer. If you have drunk less than usual, water comes first in your plan.",
    ],
    options: &[
        opt_detail("Less than usual", "Only a little"),
        opt("About as much as usual"),
        opt_detail("More than usual", "Plenty of water"),
        opt("Not sure"),
    ],
};

static TRIED: QuestionText = QuestionText {
    heading: "What have you tried so far?",
    hint: "Tick all that you have done since the massage, or \u{201c}Nothing yet\u{201d}.",
    short: "Already tried",
    why: &[
        "We mark in your plan what you already do. If you have been resting completely, we move gentle movement up: light activity usually helps sore muscles more than lying still all day, because it keeps blood moving and prevents stiffness.",
    ],
    options: &[
        opt("Drinking extra water"),
        opt_detail("Heat", "A warm bath or a heating pad"),
        opt_detail("Cold", "A cold pack"),
        opt_detail("Gentle movement", "A walk or light stretching"),
        opt("Resting completely"),
        opt("Pain relievers"),
        opt("Nothing yet"),
    ],
};

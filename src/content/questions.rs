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
        "Ordinary soreness after a massage is a dull, spread-out muscle ache. A few things are not part of it, and they matter more than anything else you tell us.",
        "Numbness, tingling or weakness that travels down an arm or a leg can mean a nerve is irritated or squeezed. Bruising that grows quickly can mean deeper tissue was hurt, and a fever points to something affecting the whole body rather than one sore muscle.",
    ],
    options: &[
        opt_detail("Sharp or shooting pain in one spot", "Severe, focused on one place, and not like a muscle ache"),
        opt_detail("Numbness, tingling or weakness", "Spreading down an arm or a leg"),
        opt_detail("Bruising that is spreading fast", "A bruise that grows bigger quickly"),
        opt_detail("A fever", "Feeling hot and unwell, or a high temperature"),
        opt("None of these"),
    ],
};

static ELAPSED: QuestionText = QuestionText {
    heading: "When was your massage?",
    hint: "Pick the closest.",
    short: "When the massage was",
    why: &[
        "Soreness after a massage is usually a delayed kind of muscle soreness (doctors call it DOMS, delayed-onset muscle soreness). It tends to show up a day to three days later, somewhere between 24 and 72 hours, much like the ache a day after a hard workout.",
        "Knowing where you are on that curve tells us whether your soreness is right on schedule or has lasted longer than it should.",
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
    heading: "Over the last day, is the soreness changing?",
    hint: "Compare how it feels now with how it felt yesterday.",
    short: "How it is changing",
    why: &[
        "By the third day, ordinary soreness is normally fading as your body finishes its repairs. Soreness that is still not easing after three or four days is a reason to talk to a healthcare provider.",
    ],
    options: &[
        opt("Getting better"),
        opt("About the same"),
        opt("Getting worse"),
        opt("Not sure"),
    ],
};

static SORENESS: QuestionText = QuestionText {
    heading: "How sore is your back right now?",
    hint: "0 means no soreness at all, 10 the worst you can imagine.",
    short: "Soreness now",
    why: &[
        "Pressing on tight muscle makes tiny strains in the muscle fibres and the tissue around them (doctors call this micro-trauma). Your body treats these as small injuries to mend: it sends extra blood and repair cells to the area, a short-lived swelling called inflammation, and that repair work is what you feel as an ache.",
        "How strong the ache is helps us order your relief plan, for example whether pain relievers are worth asking a professional about.",
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
        "Stiffness and tender spots respond to different things. Warmth brings more blood to tight muscle, which carries in what it needs to heal and carries away waste. A short spell of cold calms a spot that is tender and a little swollen, and dulls the pain there.",
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
        "Enough water helps that clearing go faster. Too little makes muscles tighten more easily and slows the clean-up, which can keep you sore for longer.",
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
        "Knowing what you already do lets us tell you what to keep doing and what to add. For example, a little gentle movement usually serves sore muscles better than lying still all day, because it keeps blood moving and stops them stiffening.",
    ],
    options: &[
        opt("Drinking extra water"),
        opt_detail("Heat", "A warm bath, shower or heating pad"),
        opt_detail("Cold", "An ice pack or cold compress"),
        opt_detail("Gentle movement", "A walk or light stretching"),
        opt("Resting completely"),
        opt("Pain relievers"),
        opt("Nothing yet"),
    ],
};

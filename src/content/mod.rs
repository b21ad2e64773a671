//! Every word a person reads, as typed data. The engine never holds text and components never
//! hold facts, so rewording or translating is a change here alone. The facts come from the
//! source article, retold in our own words.
//!
//! `words::Words` is the shape of a language; `en` is English, `es` Spanish and `fr` French.
//! The view reads the current language through `words()`; the functions here and in `safety`
//! pick which of its words go with an id of the engine, the same way in every language.

pub mod en;
pub mod es;
pub mod fr;
pub mod safety;
pub mod words;

use std::cell::Cell;

use crate::engine::answers::{Elapsed, Hydration, MassageKind, Tension, Trend, WarningSign};
use crate::engine::date::{CivilDate, MassageDay};
use crate::engine::explain::Cause;
use crate::engine::plan::{Fit, Relief};
use crate::engine::prefill::PrefillError;
use crate::engine::share::ShareError;
use crate::engine::triage::Reason;
use crate::engine::QuestionId;
use words::{Opt, Question, ReliefText, Words};

/// A language the check speaks. Adding one is a file of its words (`en.rs` is the model) and
/// a variant here: every `match` below then refuses to compile until it is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
    Fr,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Es, Lang::Fr];

    /// Its BCP 47 tag: `<html lang>`, `?lang=` and the words file's name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
        }
    }

    /// Its name in itself, as the language switch lists it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
        }
    }

    /// The language with this tag.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.iter().copied().find(|lang| lang.code() == code)
    }

    /// Its words, compiled in: for the build, which writes them to a words file, and for the
    /// tests. The wasm never calls this (it reads a words file), so it carries no language.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::En => &en::WORDS,
            Lang::Es => &es::WORDS,
            Lang::Fr => &fr::WORDS,
        }
    }

    /// The language's own page, beside index.html (scripts/post-build/pages.mjs writes it).
    pub fn page(self) -> &'static str {
        match self {
            Lang::En => "en.html",
            Lang::Es => "es.html",
            Lang::Fr => "fr.html",
        }
    }

    /// The words of the therapist's printed card (the card maker's page alone has them).
    pub fn card(self) -> &'static words::CardWords {
        match self {
            Lang::En => &en::CARD,
            Lang::Es => &es::CARD,
            Lang::Fr => &fr::CARD,
        }
    }

    /// What embed.js shows before the check is there, which the build writes into it.
    pub fn embed(self) -> &'static words::EmbedWords {
        match self {
            Lang::En => &en::EMBED,
            Lang::Es => &es::EMBED,
            Lang::Fr => &fr::EMBED,
        }
    }

    /// The words of the page that shows when the app cannot run, which the build renders.
    pub fn fallback(self) -> &'static words::Fallback {
        match self {
            Lang::En => &en::FALLBACK,
            Lang::Es => &es::FALLBACK,
            Lang::Fr => &fr::FALLBACK,
        }
    }
}

/// The check's name, the same in every language.
pub const APP_NAME: &str = "Aftercare";

/// The one-file copy the build writes next to index.html.
pub const OFFLINE_FILE: &str = "aftercare-offline.html";

// The wasm holds no words of its own: it starts with none, and the start-up script hands it
// the visitor's language (`words::from_file`, `platform::take_words_file`) before the app
// renders. Natively (tests, the build's prerendering) English is there from the start.
#[cfg(target_arch = "wasm32")]
const FIRST: Option<&Words> = None;
#[cfg(not(target_arch = "wasm32"))]
const FIRST: Option<&Words> = Some(&en::WORDS);

thread_local! {
    static CURRENT: Cell<Option<&'static Words>> = const { Cell::new(FIRST) };
}

/// The words of the language the check is in.
pub fn words() -> &'static Words {
    CURRENT
        .with(Cell::get)
        .expect("the words are set before anything is shown")
}

/// Puts the check in another language; the view shows it at its next render.
pub fn set_words(words: &'static Words) {
    CURRENT.with(|current| current.set(Some(words)));
}

/// A whole number in digits, as text reads it. Numbers and words are joined with `concat`
/// rather than `format!`, so that `core::fmt` stays out of the wasm (README, "Keeping the
/// first visit small").
pub fn number(mut n: u64) -> String {
    let mut digits = String::new();
    loop {
        digits.insert(0, char::from(b'0' + (n % 10) as u8));
        n /= 10;
        if n == 0 {
            return digits;
        }
    }
}

/// The browser tab's title for a screen with this heading.
pub fn page_title(heading: &str) -> String {
    [heading, " \u{2013} ", APP_NAME].concat()
}

/// The console warning for a spa setting in the address of a page opened on its own. Console
/// messages are for the spa's web developer, so they stay in English.
pub fn config_only_embedded(param: &str) -> String {
    [
        "Aftercare: ignored the \u{201c}",
        param,
        "\u{201d} setting: only the page that embeds the check can set it.",
    ]
    .concat()
}

/// The console warning for a configuration value the widget ignored.
pub fn config_warning(param: &str) -> String {
    [
        "Aftercare: ignored the \u{201c}",
        param,
        "\u{201d} setting because its value is not valid.",
    ]
    .concat()
}

/// The console warning for an accent too close to a theme's background (issue 27).
pub fn accent_too_faint(accent: &str, scheme: &str) -> String {
    [
        "Aftercare: the accent ",
        accent,
        " is too close to the ",
        scheme,
        " background (under 3:1 contrast) to show the buttons, the chosen answer and the ticks, so the check uses its own colour in the ",
        scheme,
        " theme. Pick a darker accent for a light page, a lighter one for a dark page.",
    ]
    .concat()
}

/// One question's words, whatever its number of options.
pub struct QuestionText<'a> {
    pub heading: &'a str,
    pub hint: &'a str,
    pub short: &'a str,
    /// The "Why we ask" paragraphs, without an unused second one.
    pub why: &'a [&'static str],
    pub options: &'a [Opt],
}

impl<const N: usize> Question<N> {
    fn text(&self) -> QuestionText<'_> {
        let paragraphs = if self.why[1].is_empty() { 1 } else { 2 };
        QuestionText {
            heading: self.heading,
            hint: self.hint,
            short: self.short,
            why: &self.why[..paragraphs],
            options: &self.options,
        }
    }
}

impl Words {
    pub fn question(&self, id: QuestionId) -> QuestionText<'_> {
        let q = &self.questions;
        match id {
            QuestionId::WarningSigns => q.warning_signs.text(),
            QuestionId::Elapsed => q.elapsed.text(),
            QuestionId::Trend => q.trend.text(),
            QuestionId::Soreness => q.soreness.text(),
            QuestionId::Feel => q.feel.text(),
            QuestionId::Massage => q.massage.text(),
            QuestionId::Tension => q.tension.text(),
            QuestionId::Hydration => q.hydration.text(),
            QuestionId::Tried => q.tried.text(),
        }
    }

    /// What the start screen says about a shared link it could not open.
    pub fn link_problem(&self, error: ShareError) -> &'static str {
        match error {
            ShareError::UnknownVersion => self.start.link_newer,
            ShareError::Empty | ShareError::Malformed => self.start.link_damaged,
        }
    }

    /// Why a reminder's link could not be used. One a newer version made says what a newer
    /// shared link says.
    pub fn prefill_problem(&self, error: PrefillError) -> &'static str {
        match error {
            PrefillError::UnknownVersion => self.start.link_newer,
            PrefillError::Empty | PrefillError::Malformed => self.again.problem_damaged,
            PrefillError::Future => self.again.problem_future,
        }
    }

    /// The start screen's points: how long, where the answers stay, and that it is guidance.
    pub fn start_points(&self) -> [&'static str; 3] {
        [
            self.start.points[0],
            self.start.points[1],
            self.safety.if_worried,
        ]
    }

    /// One reason under "Why we say this".
    pub fn reason(&self, reason: Reason) -> &'static str {
        let o = &self.outcome;
        match reason {
            Reason::Warning(WarningSign::SharpLocalizedPain) => o.reason_sharp_pain,
            Reason::Warning(WarningSign::SpreadingNerveSymptoms) => o.reason_nerves,
            Reason::Warning(WarningSign::SpreadingBruise) => o.reason_bruise,
            Reason::Warning(WarningSign::Fever) => o.reason_fever,
            Reason::NotImproving(Elapsed::FourDaysOrMore) => o.reason_four_days,
            Reason::NotImproving(_) => o.reason_three_days,
            Reason::Expected => o.reason_expected,
        }
    }

    /// One paragraph of "Why you're sore".
    pub fn cause(&self, cause: Cause) -> &'static str {
        let o = &self.outcome;
        match cause {
            Cause::Timing(Elapsed::Today, _) => o.cause_today,
            Cause::Timing(Elapsed::OneDay | Elapsed::TwoDays, Some(Trend::Worse)) => {
                o.cause_early_worse
            }
            Cause::Timing(Elapsed::OneDay | Elapsed::TwoDays, Some(Trend::Better)) => {
                o.cause_early_better
            }
            Cause::Timing(Elapsed::OneDay, _) => o.cause_one_day,
            Cause::Timing(Elapsed::TwoDays, _) => o.cause_two_days,
            Cause::Timing(Elapsed::ThreeDays, Some(Trend::Better)) => o.cause_three_days_better,
            Cause::Timing(Elapsed::ThreeDays, _) => o.cause_three_days,
            Cause::Timing(Elapsed::FourDaysOrMore, Some(Trend::Better)) => o.cause_four_days_better,
            Cause::Timing(Elapsed::FourDaysOrMore, _) => o.cause_four_days,
            Cause::Massage(MassageKind::Relaxation) => o.cause_relaxation,
            Cause::Massage(MassageKind::DeepTissue) => o.cause_deep_tissue,
            Cause::Massage(MassageKind::Sports) => o.cause_sports,
            Cause::Massage(MassageKind::TriggerPoint) => o.cause_trigger_point,
            Cause::Massage(MassageKind::NotSure) => o.cause_massage_not_sure,
            Cause::Tension(Tension::Little) => o.cause_tension_little,
            Cause::Tension(Tension::Some) => o.cause_tension_some,
            Cause::Tension(Tension::Lots) => o.cause_tension_lots,
            Cause::Tension(Tension::NotSure) => o.cause_tension_not_sure,
            Cause::Hydration(Hydration::Little) => o.cause_drank_little,
            Cause::Hydration(Hydration::Usual) => o.cause_drank_usual,
            Cause::Hydration(Hydration::Plenty) => o.cause_drank_plenty,
            Cause::Hydration(Hydration::NotSure) => o.cause_drank_not_sure,
        }
    }

    /// The words for one relief step.
    pub fn relief(&self, relief: Relief) -> &ReliefText {
        let o = &self.outcome;
        match relief {
            Relief::Water => &o.water,
            Relief::Movement => &o.movement,
            Relief::Heat => &o.heat,
            Relief::Cold => &o.cold,
            Relief::PainRelievers => &o.pain_relievers,
        }
    }

    /// The note on a step the person already does. Never "keep it up" for pain relievers: the
    /// article allows them only for severe discomfort and only after asking a professional.
    pub fn tried_note(&self, relief: Relief) -> &'static str {
        match relief {
            Relief::Water | Relief::Movement | Relief::Heat => self.outcome.tried_keep_up,
            Relief::Cold => self.outcome.tried_cold,
            Relief::PainRelievers => self.safety.pain_relievers_taken,
        }
    }

    /// Why a step sits where it does in the plan.
    pub fn fit(&self, fit: Fit) -> &'static str {
        let o = &self.outcome;
        match fit {
            Fit::LittleWater => o.fit_little_water,
            Fit::TenderSpots => o.fit_tender_spots,
            Fit::Stiffness => o.fit_stiffness,
            Fit::OnlyResting => o.fit_only_resting,
            Fit::Severe => o.fit_severe,
        }
    }

    /// Where this person stands on the timeline, for its text alternative.
    pub fn timeline_position(&self, elapsed: Elapsed) -> &'static str {
        let positions = &self.outcome.timeline_position;
        match elapsed {
            Elapsed::Today => positions[0],
            Elapsed::OneDay => positions[1],
            Elapsed::TwoDays => positions[2],
            Elapsed::ThreeDays => positions[3],
            Elapsed::FourDaysOrMore => positions[4],
        }
    }

    /// What a share link carries, said before the Share button.
    pub fn share_contents(&self, warning_sign: bool) -> &'static str {
        if warning_sign {
            self.outcome.share_contents_warning
        } else {
            self.outcome.share_contents
        }
    }

    /// A date on the printed page, the month in words ("1 December 2026").
    pub fn date(&self, date: CivilDate) -> String {
        let p = &self.print;
        let day = if date.day == 1 {
            p.first_day.to_string()
        } else {
            number(u64::from(date.day))
        };
        [
            &day,
            p.before_month,
            p.months[usize::from(date.month.clamp(1, 12) - 1)],
            p.before_year,
            &number(u64::from(date.year.unsigned_abs())),
        ]
        .concat()
    }

    /// The day of the massage on the printed page, and how sure that day is.
    pub fn massage_date(&self, day: MassageDay) -> String {
        let p = &self.print;
        let on = self.date(day.date);
        let n = number(u64::from(day.days_before));
        match day.days_before {
            _ if day.or_earlier => [
                &on,
                " ",
                p.or_earlier,
                " (",
                &n,
                " ",
                p.or_more_days_before,
                ")",
            ]
            .concat(),
            0 => [&on, " (", p.same_day, ")"].concat(),
            1 => [p.about, " ", &on, " (", p.one_day_before, ")"].concat(),
            _ => [p.about, " ", &on, " (", &n, " ", p.days_before, ")"].concat(),
        }
    }
}

//! The shape of every word a person reads: one struct, `Words`, of which each language is one
//! value (`content/en.rs` and its siblings). A language that lacks a string does not compile.
//!
//! Every field is a `&'static str`, or an array or a struct of them, never anything else, and
//! each struct is declared through [`words!`], which also writes its [`Strings`]: its strings
//! in field order, and the struct read back from them. That is what lets the build write a
//! language as a plain list (`list`) and the app read one back (`from_file`) without carrying
//! the text of every language in its code, and with no `unsafe`: a field of another type has
//! no `Strings` and does not compile.
//!
//! Where a sentence is built around a number or a name, its pieces are fields of their own in
//! the order the sentence needs, so each language words them its own way. A field that a
//! language does not need is an empty string, which the view skips (an option with no detail,
//! a question with one "Why we ask" paragraph).

/// A value made only of strings, in a fixed order: it can be written as its strings in that
/// order, and read back from them.
pub trait Strings: Sized {
    /// Calls `f` with each string, in field order.
    fn each(&self, f: &mut dyn FnMut(&'static str));
    /// The value whose strings `next` gives in field order (the caller checks that there were
    /// enough: `from_file`).
    fn read(next: &mut dyn FnMut() -> &'static str) -> Self;
}

impl Strings for &'static str {
    fn each(&self, f: &mut dyn FnMut(&'static str)) {
        f(self);
    }

    fn read(next: &mut dyn FnMut() -> &'static str) -> Self {
        next()
    }
}

impl<T: Strings, const N: usize> Strings for [T; N] {
    fn each(&self, f: &mut dyn FnMut(&'static str)) {
        for item in self {
            item.each(f);
        }
    }

    fn read(next: &mut dyn FnMut() -> &'static str) -> Self {
        std::array::from_fn(|_| T::read(next))
    }
}

/// Declares a struct of words, and its [`Strings`]: each field's strings in field order.
macro_rules! words {
    (
        $(#[$meta:meta])*
        pub struct $name:ident $(<const $n:ident: usize>)? {
            $($(#[$field_meta:meta])* pub $field:ident: $type:ty,)*
        }
    ) => {
        $(#[$meta])*
        pub struct $name $(<const $n: usize>)? {
            $($(#[$field_meta])* pub $field: $type,)*
        }

        impl $(<const $n: usize>)? Strings for $name $(<$n>)? {
            fn each(&self, f: &mut dyn FnMut(&'static str)) {
                $(self.$field.each(f);)*
            }

            fn read(next: &mut dyn FnMut() -> &'static str) -> Self {
                $name { $($field: Strings::read(next),)* }
            }
        }
    };
}

words! {
    /// One answer option: its label, and a short line under it where the label alone could be
    /// unclear (empty where none is needed).
    pub struct Opt {
        pub label: &'static str,
        pub detail: &'static str,
    }
}

words! {
    /// One question with `N` options.
    pub struct Question<const N: usize> {
        /// The question itself, the screen's heading.
        pub heading: &'static str,
        /// A line under the heading that helps answer it.
        pub hint: &'static str,
        /// The few words naming this answer on the review screen ("Kind of massage").
        pub short: &'static str,
        /// "Why we ask": up to two paragraphs teaching the science behind the question; an empty
        /// second paragraph is not shown.
        pub why: [&'static str; 2],
        /// The options, in the order of the engine's option indices.
        pub options: [Opt; N],
    }
}

words! {
    /// The questions, one field per `QuestionId`, each with the engine's number of options
    /// (tests/content.rs holds the two to each other).
    pub struct Questions {
        pub warning_signs: Question<5>,
        pub elapsed: Question<5>,
        pub trend: Question<4>,
        pub soreness: Question<11>,
        pub feel: Question<5>,
        pub massage: Question<5>,
        pub tension: Question<4>,
        pub hydration: Question<4>,
        pub tried: Question<7>,
    }
}

words! {
    /// The language itself.
    pub struct Language {
        /// Its BCP 47 tag (`Lang::code`), which `<html lang>` carries ("en").
        pub code: &'static str,
        /// Which way its text runs, which `<html dir>` carries: "ltr", or "rtl" for a language such
        /// as Arabic or Hebrew (the styles use logical sides, so the page mirrors).
        pub direction: &'static str,
        /// The label of the language switch, in this language.
        pub switch_label: &'static str,
        /// When another language's words could not be fetched (offline, before the offline copy
        /// was kept): the screen stays as it is.
        pub switch_failed: &'static str,
        /// Between a label and what follows it ("A fever: Contact…"), as this language writes a
        /// colon (French puts a no-break space before it).
        pub colon: &'static str,
    }
}

words! {
    /// The start screen.
    pub struct Start {
        pub heading: &'static str,
        pub lead: &'static str,
        /// Before the safety line (`Safety::if_worried`), which ends the list.
        pub points: [&'static str; 2],
        pub button: &'static str,
        /// Shown under the button when it was pressed before the app had finished loading (the
        /// page shows the start screen from HTML alone): the press is kept.
        pub getting_ready: &'static str,
        /// Before the spa's name, on an embedded start screen.
        pub offered_by: &'static str,
        /// The one line a compact embed keeps of the introduction.
        pub compact_lead: &'static str,
        /// Before `compact_lead` on an ordinary check: how many questions, as `points` says it.
        pub compact_count: &'static str,
        /// On a check that knows its questions (some were filled in from a link or what this
        /// device remembers): `count_before`, the number, `count_after`, in place of the usual
        /// count (issue 27: the count follows the path).
        pub count_before: &'static str,
        pub count_after: &'static str,
        pub resume_heading: &'static str,
        pub resume_body: &'static str,
        pub resume: &'static str,
        pub start_over: &'static str,
        /// What the start screen says about a shared link it could not open.
        pub link_heading: &'static str,
        pub link_newer: &'static str,
        pub link_damaged: &'static str,
    }
}

words! {
    /// The offline copy and new versions of the app.
    pub struct Offline {
        pub download: &'static str,
        pub download_hint: &'static str,
        pub update_ready: &'static str,
        pub update_keeps: &'static str,
        /// When the browser blocks or has filled the tab's storage.
        pub update_restarts: &'static str,
        pub switch: &'static str,
        pub later: &'static str,
    }
}

words! {
    /// What every question screen says around its question.
    pub struct Asking {
        /// "Step 3 of 9": the words before the step and between it and the total.
        pub step: &'static str,
        pub of: &'static str,
        pub why_we_ask: &'static str,
        pub next: &'static str,
        pub save_and_review: &'static str,
        pub to_result: &'static str,
        pub back: &'static str,
        pub needs_answer: &'static str,
        pub needs_answer_multi: &'static str,
    }
}

words! {
    /// The review screen, and the answers as the result lists them.
    pub struct Review {
        pub heading: &'static str,
        pub lead: &'static str,
        pub change: &'static str,
        pub not_answered: &'static str,
        /// After the number picked on the 0 to 10 soreness scale.
        pub out_of_ten: &'static str,
        pub to_result: &'static str,
        pub back: &'static str,
    }
}

words! {
    /// The words for one relief step.
    pub struct ReliefText {
        pub title: &'static str,
        pub how: &'static str,
    }
}

words! {
    /// The result's own words (where to go and how soon are `Safety`'s).
    pub struct Outcome {
        pub urgency_label: &'static str,
        pub reasons_heading: &'static str,
        /// The reasons, one per `triage::Reason`.
        pub reason_four_days: &'static str,
        pub reason_three_days: &'static str,
        pub reason_expected: &'static str,
        pub reason_sharp_pain: &'static str,
        pub reason_nerves: &'static str,
        pub reason_bruise: &'static str,
        pub reason_fever: &'static str,
        pub why_heading: &'static str,
        pub why_general: &'static str,
        pub why_warning: &'static str,
        /// "Why you're sore", one per `explain::Cause` (`content::cause` picks).
        pub cause_today: &'static str,
        pub cause_early_worse: &'static str,
        pub cause_early_better: &'static str,
        pub cause_one_day: &'static str,
        pub cause_two_days: &'static str,
        pub cause_three_days_better: &'static str,
        pub cause_three_days: &'static str,
        pub cause_four_days_better: &'static str,
        pub cause_four_days: &'static str,
        pub cause_relaxation: &'static str,
        pub cause_deep_tissue: &'static str,
        pub cause_sports: &'static str,
        pub cause_trigger_point: &'static str,
        pub cause_massage_not_sure: &'static str,
        pub cause_tension_little: &'static str,
        pub cause_tension_some: &'static str,
        pub cause_tension_lots: &'static str,
        pub cause_tension_not_sure: &'static str,
        pub cause_drank_little: &'static str,
        pub cause_drank_usual: &'static str,
        pub cause_drank_plenty: &'static str,
        pub cause_drank_not_sure: &'static str,
        pub plan_heading: &'static str,
        pub plan_lead: &'static str,
        /// The note on a step the person already does (pain relievers have `Safety`'s own).
        pub tried_keep_up: &'static str,
        pub tried_cold: &'static str,
        pub water: ReliefText,
        pub movement: ReliefText,
        pub heat: ReliefText,
        pub cold: ReliefText,
        pub pain_relievers: ReliefText,
        /// Why a step sits where it does, one per `plan::Fit`.
        pub fit_little_water: &'static str,
        pub fit_tender_spots: &'static str,
        pub fit_stiffness: &'static str,
        pub fit_only_resting: &'static str,
        pub fit_severe: &'static str,
        pub watch_heading: &'static str,
        pub timeline_heading: &'static str,
        pub timeline_lead: &'static str,
        /// The lead instead, when the chart also draws the person's own scores (issue 26: the
        /// chart then shows more than the usual timing).
        pub timeline_lead_ratings: &'static str,
        pub timeline_window: &'static str,
        pub timeline_here: &'static str,
        pub timeline_axis: &'static str,
        pub timeline_check_mark: &'static str,
        /// The chart's text alternative, told as sentences for screen readers: the window, where
        /// this person is (one per answer to "When was your massage?"), and the line past which to
        /// contact a provider (`Safety::timeline_alt_check`).
        pub timeline_alt_pattern: &'static str,
        pub timeline_position: [&'static str; 5],
        pub summary_heading: &'static str,
        pub change_answers: &'static str,
        pub start_again: &'static str,
        pub shared_heading: &'static str,
        pub shared_body: &'static str,
        pub take_the_check: &'static str,
        pub share: &'static str,
        pub share_title: &'static str,
        pub share_copied: &'static str,
        pub share_sent: &'static str,
        pub share_failed: &'static str,
        pub share_link_label: &'static str,
        /// Said before the Share button, so the person knows what a link will carry before it goes.
        pub share_contents: &'static str,
        pub share_contents_warning: &'static str,
        pub print_plan: &'static str,
        pub follow_up: &'static str,
        /// Before the spa's name.
        pub follow_up_with: &'static str,
    }
}

words! {
    /// The printed page: one sheet for a clinician, shown only on paper.
    pub struct Print {
        pub title: &'static str,
        pub offered_by: &'static str,
        pub checked_on: &'static str,
        pub massage_on: &'static str,
        /// A shared link from before dated links carries the answers but not the day they were given.
        pub date_not_known: &'static str,
        pub result: &'static str,
        pub why: &'static str,
        pub todo: &'static str,
        pub answers: &'static str,
        pub notes: &'static str,
        /// A date is `day` `before_month` `month` `before_year` `year`, the month in words, so no
        /// reader takes 12/1 for 12 January. `first_day` is how the first of a month is written.
        pub months: [&'static str; 12],
        pub first_day: &'static str,
        pub before_month: &'static str,
        pub before_year: &'static str,
        /// The day of the massage and how sure it is, around the date and the number of days `n`:
        /// "`date` (`same_day`)", "`about` `date` (`one_day_before`)",
        /// "`about` `date` (`n` `days_before`)", "`date` `or_earlier` (`n` `or_more_days_before`)",
        /// each part joined to the next by a space.
        pub same_day: &'static str,
        pub about: &'static str,
        pub one_day_before: &'static str,
        pub days_before: &'static str,
        pub or_earlier: &'static str,
        pub or_more_days_before: &'static str,
    }
}

words! {
    /// The top of a result: its heading and a summary of what to do.
    pub struct UrgencyText {
        pub title: &'static str,
        pub summary: &'static str,
    }
}

words! {
    /// A warning sign as the "Watch for these" list names it, and what to do about it.
    pub struct Watch {
        pub sign: &'static str,
        pub action: &'static str,
    }
}

words! {
    /// Where to go and how soon: the one kind of text beyond the source article, kept together so
    /// that docs/SAFETY.md can list each sentence of it (tests/safety.rs holds the two together).
    /// `content::safety` holds which sentence goes with which result.
    pub struct Safety {
        pub expected: UrgencyText,
        pub strong: UrgencyText,
        pub not_improving_four_days: UrgencyText,
        pub not_improving_three_days: UrgencyText,
        pub warning_sign: UrgencyText,
        pub urgent: UrgencyText,
        pub plan_skipped: &'static str,
        /// The note on the pain relief step for someone who has already taken pain relievers:
        /// never "keep it up", since the article allows them only after asking a professional.
        pub pain_relievers_taken: &'static str,
        pub watch_lead: &'static str,
        /// One per `WarningSign`, in the engine's order, then soreness that is not getting better.
        pub watch: [Watch; 4],
        pub watch_slow: Watch,
        pub timeline_check: &'static str,
        pub timeline_alt_check: &'static str,
        pub disclaimer: &'static str,
        /// On the start screen and the page that shows when the app cannot run.
        pub if_worried: &'static str,
        /// On the safety question, once a warning sign is ticked.
        pub warning_notice_heading: &'static str,
        pub warning_notice: &'static str,
        /// "What to do now" on a result that sends the person to care.
        pub next_heading: &'static str,
        pub until_seen_heading: &'static str,
        pub tell_heading: &'static str,
        /// What to tell the doctor, nurse or clinic.
        pub tell: [&'static str; 3],
        /// Until a person with a warning sign is seen: the article gives no advice for that time
        /// beyond getting care, so we say who will advise rather than invent it.
        pub until_seen_care: &'static str,
        /// Where to go and how soon, most important first: sharp pain, another sign, no better.
        pub go_urgent: [&'static str; 2],
        pub go_warning_sign: [&'static str; 2],
        pub go_not_improving: [&'static str; 2],
        pub until_seen_not_improving: &'static str,
        /// The primary action on a result that sends the person to care.
        pub print_for_clinician: &'static str,
    }
}

words! {
    /// The page that shows when the app cannot run: index.html's static fallback and its
    /// `<noscript>` line, written into the page at build time (src/bin/prerender.rs). Not part of
    /// `Words`, which the app reads from a words file: the running app never shows it.
    pub struct Fallback {
        /// The page's `<title>` before the app names each screen, and its description for search
        /// results; `summary` is what a link preview shows (Open Graph), the description and where
        /// the answers stay.
        pub title: &'static str,
        pub description: &'static str,
        pub summary: &'static str,
        /// Where JavaScript is turned off.
        pub noscript: &'static str,
        /// The heading, one of three by the page's state (styles/base.css shows the one that
        /// applies): the app has not started after a few seconds; it is still arriving on a slow
        /// connection; starting failed, or the app stopped.
        pub waiting: &'static str,
        pub loading: &'static str,
        pub failed: &'static str,
        pub lead: &'static str,
        /// When it failed (never while it is still loading: that would throw away what has arrived).
        pub advice: &'static str,
        /// While it is still loading.
        pub loading_note: &'static str,
        pub start_again: &'static str,
        /// Over the warning signs (`Safety::watch`): routing words, so each language writes it in
        /// its `safety.rs`, listed in docs/SAFETY.md.
        pub signs_heading: &'static str,
    }
}

words! {
    /// Checking again later: the calendar reminder the result offers, and the start of the check
    /// its link opens (engine::reminder, engine::prefill).
    pub struct Again {
        /// The result's link that downloads the reminder.
        pub remind: &'static str,
        /// Under it, before the day of the reminder (`Words::date`) and a full stop.
        pub remind_hint: &'static str,
        /// The calendar event's title and its alarm: nothing beyond checking how one's back is.
        pub event: &'static str,
        /// The event's text from the one-file copy, whose address works on no other device.
        pub event_reopen_file: &'static str,
        /// The start screen of a check the reminder's link opened: "Day", the day count, "after
        /// your massage".
        pub day: &'static str,
        pub day_after: &'static str,
        /// That what the link carried is filled in.
        pub kept: &'static str,
        /// The soreness of the check that made the reminder: before and after its score.
        pub earlier: &'static str,
        pub earlier_after: &'static str,
        /// A reminder's link that could not be used: a heading, then why (a newer version's link
        /// says `Start::link_newer`).
        pub problem_heading: &'static str,
        pub problem_damaged: &'static str,
        pub problem_future: &'static str,
        /// A check a therapist's card opened (issue 18): the start screen's line in place of
        /// `kept`, and the review's mark beside each answer the card filled in.
        pub therapist_kept: &'static str,
        pub from_therapist: &'static str,
    }
}

words! {
    /// Check-ins remembered on this device, for a person who says yes (engine::checkins): the
    /// result's offer, where this browser keeps nothing, "Forget it now", and the soreness of each
    /// day on the timeline.
    pub struct Remember {
        /// The result's button.
        pub offer: &'static str,
        /// Under it: what is kept, where, for how long, and what it is for.
        pub offer_hint: &'static str,
        /// Where this browser keeps nothing for the page (a third-party frame, some private modes).
        pub blocked: &'static str,
        /// On the result and the start screen while kept: before the last day (`Words::date`) and
        /// a full stop.
        pub kept_until: &'static str,
        /// Removes what is kept, at once.
        pub forget: &'static str,
        /// Said once it is removed.
        pub forgotten: &'static str,
        /// The timeline's label for the person's own ratings, and its text alternative's lead to
        /// the list of them ("Day 1: 6 out of 10").
        pub chart_points: &'static str,
        /// Beside "any sign of getting better?" on a check with earlier scores: the heading of
        /// the list of them ("Day 1: 6 · Day 2: 5"), and a line saying they are help, not an answer.
        pub earlier_scores: &'static str,
        pub earlier_scores_note: &'static str,
        /// On the start screen of a check about another massage than the remembered one (a link
        /// for a new massage): which massage the remembered checks are about (before its date and
        /// a full stop), and what this check will do (issue 27: one massage, one history).
        pub other_massage_on: &'static str,
        pub other_massage: &'static str,
    }
}

/// What embed.js shows on a spa's page before the check is there, in the visitor's language.
/// Not in the words file: the build writes them into embed.js (scripts/post-build/words.mjs).
pub struct EmbedWords {
    /// The frame's name, for screen readers.
    pub frame_title: &'static str,
    /// The button that opens the check in a dialog (`data-mode="popup"`), unless the spa's
    /// `data-label` replaces it.
    pub open: &'static str,
    /// The dialog's close button.
    pub close: &'static str,
}

/// The therapist's printed card (`card::view`), in the client's language. Not in the words
/// file, which every visit to the check downloads: the card maker's page alone has these.
pub struct CardWords {
    /// What the check is for, under its heading (`Start::heading`) beside the code.
    pub line: &'static str,
}

words! {
    /// Every word of the check in one language.
    pub struct Words {
        pub language: Language,
        pub start: Start,
        pub offline: Offline,
        pub asking: Asking,
        pub questions: Questions,
        pub review: Review,
        pub outcome: Outcome,
        pub print: Print,
        pub again: Again,
        pub remember: Remember,
        pub safety: Safety,
    }
}

/// A language's strings in field order: what the build writes to a language's words file.
pub fn list(words: &Words) -> Vec<&'static str> {
    let mut strings = Vec::new();
    words.each(&mut |string| strings.push(string));
    strings
}

/// A language's words file, as the build writes it: its strings in field order, one per line
/// (no string holds a line break: tests/content.rs checks every language).
pub fn to_file(words: &Words) -> String {
    list(words).join("\n")
}

/// The words a words file holds, or none when it does not hold exactly one string per field
/// (a file from another build). The text is kept for the rest of the page's life, as the
/// words the app shows are: a language switch keeps a few kilobytes more.
#[inline(never)] // the app reads one at start and one at each switch: one copy of the code
pub fn from_file(text: String) -> Option<&'static Words> {
    let mut lines = text.leak().split('\n');
    // Read to the end of the file: a line too few reads as "" and is counted as missing.
    let mut missing = false;
    let words = Words::read(&mut || match lines.next() {
        Some(line) => line,
        None => {
            missing = true;
            ""
        }
    });
    (!missing && lines.next().is_none()).then(|| &*Box::leak(Box::new(words)))
}

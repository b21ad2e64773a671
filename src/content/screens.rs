//! The words of the start and review screens, the buttons and the messages, so no component
//! carries text of its own.

pub const APP_NAME: &str = "Aftercare";

/// The browser tab's title for a screen with this heading.
pub fn page_title(heading: &str) -> String {
    [heading, " \u{2013} ", APP_NAME].concat()
}

pub mod start {
    pub const HEADING: &str = "Sore back after a massage?";
    pub const LEAD: &str = "Answer a few quick questions to find out whether this looks like the usual soreness after a massage, why you feel it, what can ease it, and when to get help.";
    pub const POINTS: &[&str] = &[
        // Measured in the browser (tests can repeat it): on the day of the massage 8 questions,
        // 18 taps and 587 words on screen before the result; from the next day 9 questions,
        // 20 taps and 650 words. At 200 words a minute and 2 seconds a tap: 3.5 and 3.9 minutes.
        "Eight or nine short questions: about three to four minutes.",
        "Your answers stay on this device. Nothing is sent anywhere.",
        crate::content::safety::IF_WORRIED,
    ];
    pub const BUTTON: &str = "Start the check";
    /// Shown under the button when it was pressed before the app had finished loading (the
    /// page shows the start screen from HTML alone): the press is kept.
    pub const GETTING_READY: &str = "Getting the check ready. It will open by itself in a moment.";
    /// Before the spa's name, on an embedded start screen.
    pub const OFFERED_BY: &str = "Offered by";
    /// The one line a compact embed keeps of the introduction.
    pub const COMPACT_LEAD: &str = "Eight or nine short questions. Guidance, not a diagnosis; your answers stay on this device.";
    pub const RESUME_HEADING: &str = "Continue where you left off?";
    pub const RESUME_BODY: &str = "You have an unfinished check in this tab.";
    pub const RESUME: &str = "Continue";
    pub const START_OVER: &str = "Start over";
}

/// The offline copy and new versions of the app.
pub mod offline {
    /// The one-file copy the build writes next to index.html.
    pub const FILE: &str = "aftercare-offline.html";
    pub const DOWNLOAD: &str = "Download for offline use";
    pub const DOWNLOAD_HINT: &str = "One file that runs this check in your browser with no internet: handy where the signal is poor.";
    pub const UPDATE_READY: &str = "A new version of this check is ready.";
    pub const UPDATE_KEEPS: &str = "Switching keeps your answers.";
    /// When the browser blocks or has filled the tab's storage.
    pub const UPDATE_RESTARTS: &str = "This browser is not letting us keep your answers, so switching now starts the check again. You can finish first.";
    pub const SWITCH: &str = "Use the new version";
    pub const LATER: &str = "Not now";
}

/// What the start screen says about a shared link it could not open.
pub mod link {
    use crate::engine::share::ShareError;

    pub const HEADING: &str = "This shared link can\u{2019}t be opened";

    pub fn problem(error: ShareError) -> &'static str {
        match error {
            ShareError::UnknownVersion => "It was made by a newer version of Aftercare than this one. You can still take the check yourself.",
            ShareError::Empty | ShareError::Malformed => "It looks incomplete or damaged, so we can\u{2019}t show its result. You can take the check yourself.",
        }
    }
}

/// The console warning for a spa setting in the address of a page opened on its own.
pub fn config_only_embedded(param: &str) -> String {
    ["Aftercare: ignored the \u{201c}", param, "\u{201d} setting: only the page that embeds the check can set it."].concat()
}

/// The console warning for a configuration value the widget ignored.
pub fn config_warning(param: &str) -> String {
    ["Aftercare: ignored the \u{201c}", param, "\u{201d} setting because its value is not valid."].concat()
}

pub mod question {
    pub const STEP: &str = "Step";
    pub const OF: &str = "of";
    pub const WHY_WE_ASK: &str = "Why we ask";
    pub const CONTINUE: &str = "Continue";
    pub const SAVE_AND_REVIEW: &str = "Save and go back to review";
    pub const TO_RESULT: &str = "See what to do now";
    pub const BACK: &str = "Back";
    pub const NEEDS_ANSWER: &str = "Please choose an answer to continue. If you are unsure, \u{201c}Not sure\u{201d} is fine where it is offered.";
    pub const NEEDS_ANSWER_MULTI: &str = "Please tick at least one box to continue, or the last option if none apply.";
    pub use crate::content::safety::{WARNING_NOTICE as WARNING_BODY, WARNING_NOTICE_HEADING as WARNING_HEADING};
}

pub mod review {
    pub const HEADING: &str = "Check your answers";
    pub const LEAD: &str = "Change anything that is not right, then see your result.";
    pub const CHANGE: &str = "Change";
    pub const NOT_ANSWERED: &str = "Not answered";
    /// After the number picked on the 0 to 10 soreness scale.
    pub const OUT_OF_TEN: &str = "out of 10";
    pub const TO_RESULT: &str = "See my result";
    pub const BACK: &str = "Back";
}

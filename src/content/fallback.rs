//! The words of the page that shows when the app cannot run: index.html's static fallback and
//! its `<noscript>` line, written into the page at build time (src/bin/prerender.rs), so they
//! live here with every other word and come in every language the check does. Its warning
//! signs and where to go are `safety`'s, the same words the result uses.

/// Where JavaScript is turned off.
pub const NOSCRIPT: &str = "Aftercare, the check for a sore back after a massage, needs JavaScript, which is turned off in this browser. What matters most is below.";

// The heading, one of three by the page's state (styles/base.css shows the one that applies).
/// When the app has not started after a few seconds.
pub const WAITING: &str = "The check is taking a while to start";
/// While the app is still arriving on a slow connection.
pub const LOADING: &str = "Still loading on a slow connection";
/// When starting failed, or the app stopped.
pub const FAILED: &str = "Sorry, the check couldn\u{2019}t run";

pub const LEAD: &str = "Aftercare is a short check for a sore back after a massage: whether it is the ordinary soreness that follows deep work, what eases it, and when to get help.";
/// When it failed (never while it is still loading: that would throw away what has arrived).
pub const ADVICE: &str = "Starting again often fixes this; an up-to-date browser can help too.";
/// While it is still loading.
pub const LOADING_NOTE: &str = "It will start by itself once it has arrived, so there is no need to reload.";
pub const START_AGAIN: &str = "Start again";

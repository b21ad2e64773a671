//! "Remember this check on this device" (engine::checkins): the result's offer, what is kept
//! and until when, and "Forget it now", on the result and on the start screen of a check that
//! uses what is kept. Text and plain buttons, so written as text (super::markup says why): the
//! App handles the presses ("keep" and "forget").

use std::rc::Rc;

use super::markup::Markup;
use crate::content;
use crate::engine::checkins::Checkins;
use crate::engine::date::CivilDate;

/// The id of the section, which takes focus when its buttons replace themselves.
pub const REMEMBER_ID: &str = "af-remember";

/// What this device keeps of the person's checks.
#[derive(Clone, PartialEq)]
pub enum Remembered {
    /// Nothing yet: the result offers to start.
    Not,
    /// This browser keeps nothing for the page (or refused to): the offer says so.
    Blocked,
    Kept(Rc<Checkins>),
    /// Removed with "Forget it now": said once, and not offered again on this page.
    Forgotten,
}

/// Writes the section for `remembered` into `m`. `offer` says whether this screen may offer
/// to start keeping (the result of a check whose massage day is known exactly); without it,
/// only what is kept shows.
pub fn write_remember(m: &mut Markup, remembered: &Remembered, offer: bool) {
    let words = content::words();
    let text = &words.remember;
    m.tags(r#"<div id=""#)
        .tags(REMEMBER_ID)
        .tags(r#"" tabindex="-1" class="af-remember">"#);
    match remembered {
        Remembered::Not if offer => {
            m.button("keep", "af-button af-button--secondary", text.offer);
            m.tags(r#"<p class="af-remember__hint">"#)
                .text(text.offer_hint)
                .tags("</p>");
        }
        Remembered::Blocked if offer => {
            m.tags(r#"<p class="af-remember__hint">"#)
                .text(text.blocked)
                .tags("</p>");
        }
        Remembered::Kept(checkins) => {
            m.tags(r#"<p role="status">"#)
                .text(text.kept_until)
                .text(" ")
                .text(&words.date(checkins.kept_until));
            m.tags(".</p>")
                .button("forget", "af-link-button", text.forget);
        }
        Remembered::Forgotten => {
            m.tags(r#"<p role="status">"#)
                .text(text.forgotten)
                .tags("</p>");
        }
        Remembered::Not | Remembered::Blocked => {}
    }
    m.tags("</div>");
}

/// The score of each remembered day's check, by days after the massage, as the timeline
/// draws it.
pub fn soreness_by_day(remembered: &Remembered) -> &[Option<u8>] {
    match remembered {
        Remembered::Kept(checkins) => &checkins.soreness,
        _ => &[],
    }
}

/// What to keep once today's check has its result, when this device keeps checks and that
/// changes them (engine::checkins::Checkins::after_check: one massage, one history).
pub fn after_check(
    remembered: &Remembered,
    answers: &crate::engine::Answers,
    today: CivilDate,
    link_day: Option<CivilDate>,
) -> Option<Checkins> {
    let Remembered::Kept(checkins) = remembered else {
        return None;
    };
    checkins.after_check(answers, today, link_day)
}

//! The offline parts of the view: the notice that a new version is ready (switching is always
//! the person's choice, never forced mid-check) and the start screen's one-file download.

use yew::Html;

use super::markup::{markup, Markup};
use crate::content::{self, OFFLINE_FILE};

/// "A new version is ready", with the choice to switch now or carry on (`data-action`
/// "switch" and "later": the App handles the press). Where the browser will not keep the
/// check across a reload (`keeps_answers` false), it says so: only here does that matter.
/// Text and plain buttons, so written as text (super::markup says why).
pub fn update_notice(keeps_answers: bool) -> Html {
    let text = &content::words().offline;
    markup(|m| {
        m.tags(r#"<div class="af-notice af-notice--update"><p class="af-notice__heading">"#)
            .text(text.update_ready)
            .tags("</p><p>");
        m.text(if keeps_answers {
            text.update_keeps
        } else {
            text.update_restarts
        })
        .tags(r#"</p><div class="af-actions">"#);
        m.button("switch", "af-button af-button--primary", text.switch);
        m.button("later", "af-button af-button--secondary", text.later)
            .tags("</div></div>");
    })
}

/// The link that saves the whole check as one file, with a line on what that file is.
pub fn write_download_offer(m: &mut Markup) {
    let text = &content::words().offline;
    // As text (super::markup says why): a link and a line, no handler.
    m.tags(r#"<p class="af-download"><a href=""#)
        .tags(OFFLINE_FILE)
        .tags(r#"" download=""#)
        .tags(OFFLINE_FILE);
    m.tags(r#"" class="af-download__link">"#)
        .text(text.download)
        .tags(r#"</a><span class="af-download__hint">"#)
        .text(text.download_hint)
        .tags("</span></p>");
}

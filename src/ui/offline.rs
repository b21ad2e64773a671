//! The offline parts of the view: the notice that a new version is ready (switching is always
//! the person's choice, never forced mid-check) and the start screen's one-file download.

use yew::prelude::*;

use super::markup::markup;
use crate::content::{self, OFFLINE_FILE};

#[derive(PartialEq)]
pub struct UpdateNoticeProps {
    pub on_switch: Callback<MouseEvent>,
    pub on_later: Callback<MouseEvent>,
    /// The tab's storage keeps the check across the reload that switching needs.
    pub keeps_answers: bool,
}

/// "A new version is ready", with the choice to switch now or carry on. Where the browser
/// will not keep the check across a reload, it says so: only here does that matter.
pub fn update_notice(props: &UpdateNoticeProps) -> Html {
    let text = &content::words().offline;
    html! {
        <div class="af-notice af-notice--update">
            { markup(|m| {
                m.tags(r#"<p class="af-notice__heading">"#).text(text.update_ready).tags("</p><p>");
                m.text(if props.keeps_answers { text.update_keeps } else { text.update_restarts }).tags("</p>");
            }) }
            <div class="af-actions">
                <button type="button" class="af-button af-button--primary" onclick={props.on_switch.clone()}>{ text.switch }</button>
                <button type="button" class="af-button af-button--secondary" onclick={props.on_later.clone()}>{ text.later }</button>
            </div>
        </div>
    }
}

/// The link that saves the whole check as one file, with a line on what that file is.
pub fn download_offer() -> Html {
    let text = &content::words().offline;
    // As text (super::markup says why): a link and a line, no handler.
    markup(|m| {
        m.tags(r#"<p class="af-download"><a href=""#).tags(OFFLINE_FILE).tags(r#"" download=""#).tags(OFFLINE_FILE);
        m.tags(r#"" class="af-download__link">"#).text(text.download).tags(r#"</a><span class="af-download__hint">"#).text(text.download_hint).tags("</span></p>");
    })
}

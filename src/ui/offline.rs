//! The offline parts of the view: the notice that a new version is ready (switching is always
//! the person's choice, never forced mid-check) and the start screen's one-file download.

use yew::prelude::*;

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
            <p class="af-notice__heading">{ text.update_ready }</p>
            <p>{ if props.keeps_answers { text.update_keeps } else { text.update_restarts } }</p>
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
    html! {
        <p class="af-download">
            <a class="af-download__link" href={OFFLINE_FILE} download={OFFLINE_FILE}>{ text.download }</a>
            <span class="af-download__hint">{ text.download_hint }</span>
        </p>
    }
}

//! Storage: the check in progress, kept in the tab's session storage so a reload can offer to
//! continue it; the marker a reload into a new version leaves; and the check-ins a person
//! asked this device to remember, in its local storage (engine::checkins). Both records are
//! typed and versioned (super::records).

use serde::{Deserialize, Serialize};

use super::records::{drop_record, read, write};
use super::window;
use crate::engine::checkins::{CheckinRecord, Checkins, RecordProblem};
use crate::engine::date::CivilDate;

const STORAGE_KEY: &str = "aftercare.session";

/// The check in progress as kept in the tab: `{"version":1,"screen":"feel","answers":"1BrYn6V"}`,
/// the screen's code and the answers in the share link's format (engine::opening::save).
#[derive(Serialize, Deserialize)]
struct SavedCheck {
    version: u8,
    screen: String,
    answers: String,
}

const SAVED_CHECK_VERSION: u8 = 1;

pub(super) fn session_storage() -> Option<web_sys::Storage> {
    // Throws in sandboxed frames and where third-party storage is blocked: then there is none.
    window()?.session_storage().ok().flatten()
}

/// The saved session as `engine::opening::restore` reads it (`<screen>.<answers>`), if storage
/// can be read and holds one of this version. Before the record had a version, the tab kept
/// that string as it is: an update that finds one mid-check still continues it (`restore`
/// checks it like any other).
pub fn load_session() -> Option<String> {
    let storage = session_storage()?;
    let text = storage.get_item(STORAGE_KEY).ok()??;
    if !text.starts_with('{') {
        return Some(text);
    }
    let saved: SavedCheck = read(&storage, STORAGE_KEY)?;
    if saved.version != SAVED_CHECK_VERSION {
        drop_record(&storage, STORAGE_KEY);
        return None;
    }
    Some([&*saved.screen, ".", &saved.answers].concat())
}

/// Whether `storage` can keep a value: a value can be written and removed (sandboxed frames,
/// blocked storage and full storage all fail).
fn works(storage: Option<web_sys::Storage>) -> bool {
    const PROBE: &str = "aftercare.probe";
    storage.is_some_and(|storage| {
        storage.set_item(PROBE, "1").is_ok() && storage.remove_item(PROBE).is_ok()
    })
}

/// Whether this tab's storage can keep the check across a reload.
pub(super) fn storage_works() -> bool {
    works(session_storage())
}

/// Saves the session (`engine::opening::save`'s `<screen>.<answers>`); a full or missing
/// storage just means no resuming.
pub fn save_session(value: &str) {
    let (Some(storage), Some((screen, answers))) = (session_storage(), value.split_once('.'))
    else {
        return;
    };
    let saved = SavedCheck {
        version: SAVED_CHECK_VERSION,
        screen: screen.into(),
        answers: answers.into(),
    };
    write(&storage, STORAGE_KEY, &saved);
}

pub fn forget_session() {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
}

/// A marker left in the tab's storage while the page reloads itself into a new version, so
/// the reloaded page continues the check rather than asking.
pub(super) const SWITCHING_KEY: &str = "aftercare.switching";

/// Whether this page load is the reload `NewVersion::switch` asked for; clears the marker.
pub fn take_switch_marker() -> bool {
    let Some(storage) = session_storage() else {
        return false;
    };
    let marked = storage.get_item(SWITCHING_KEY).ok().flatten().is_some();
    let _ = storage.remove_item(SWITCHING_KEY);
    marked
}

// ----- Check-ins remembered on this device ----------------------------------------------

const CHECKINS_KEY: &str = "aftercare.checkins";

fn local_storage() -> Option<web_sys::Storage> {
    // Throws or is missing where the browser keeps nothing for this page: a third-party frame
    // with its storage blocked, some private modes, a sandboxed frame.
    window()?.local_storage().ok().flatten()
}

/// Whether this browser will keep check-ins for this page.
pub fn device_storage_works() -> bool {
    works(local_storage())
}

/// The check-ins remembered on this device, read on `today`. A record whose 14 days are over
/// is removed quietly; one that is damaged, of another version or impossible is removed with
/// a warning.
pub fn load_checkins(today: CivilDate) -> Option<Checkins> {
    let storage = local_storage()?;
    let record: CheckinRecord = read(&storage, CHECKINS_KEY)?;
    match Checkins::from_record(&record, today) {
        Ok(checkins) => Some(checkins),
        Err(RecordProblem::Expired) => {
            let _ = storage.remove_item(CHECKINS_KEY);
            None
        }
        Err(RecordProblem::Invalid) => {
            drop_record(&storage, CHECKINS_KEY);
            None
        }
    }
}

/// Keeps the check-ins on this device; whether they were kept.
pub fn save_checkins(checkins: &Checkins) -> bool {
    local_storage().is_some_and(|storage| write(&storage, CHECKINS_KEY, &checkins.record()))
}

/// "Forget it now": removes the check-ins from this device.
pub fn forget_checkins() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(CHECKINS_KEY);
    }
}

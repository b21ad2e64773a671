//! The tab's session storage: the check in progress, kept so a reload can offer to continue
//! it, and the marker a reload into a new version leaves.

use super::window;

const STORAGE_KEY: &str = "aftercare.session";

pub(super) fn session_storage() -> Option<web_sys::Storage> {
    // Throws in sandboxed frames and where third-party storage is blocked: then there is none.
    window()?.session_storage().ok().flatten()
}

/// The saved session, if storage can be read and holds one.
pub fn load_session() -> Option<String> {
    session_storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Whether this tab's storage can keep the check across a reload: it exists, and a value
/// can be written and removed (sandboxed frames, blocked storage and full storage all fail).
pub(super) fn storage_works() -> bool {
    const PROBE: &str = "aftercare.probe";
    session_storage().is_some_and(|storage| storage.set_item(PROBE, "1").is_ok() && storage.remove_item(PROBE).is_ok())
}

/// Saves the session; a full or missing storage just means no resuming.
pub fn save_session(value: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(STORAGE_KEY, value);
    }
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
    let Some(storage) = session_storage() else { return false };
    let marked = storage.get_item(SWITCHING_KEY).ok().flatten().is_some();
    let _ = storage.remove_item(SWITCHING_KEY);
    marked
}

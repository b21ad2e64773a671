//! The only code that touches the browser: the page's address, history, the tab's session
//! storage, messages to an embedding page, the offline worker, sharing and printing. Every call is best-effort:
//! a missing API, a throwing storage or a refused permission is ignored, never a panic,
//! because the check must keep working whatever page or browser it lands in.

use crate::engine::date::CivilDate;
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Moves keyboard focus to the element with this id and brings the page to its top.
pub fn focus_by_id(id: &str) {
    let Some(window) = window() else { return };
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let element = document().and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The id of the focused element, if it is inside the app's mount point: the prerendered
/// start screen the app is about to replace (see `ui::Launch::refocus`).
pub fn focused_id_in_root() -> Option<String> {
    let document = document()?;
    let focused = document.active_element()?;
    let root = document.get_element_by_id("af-root")?;
    (root.contains(Some(&focused)) && !focused.id().is_empty()).then(|| focused.id())
}

/// Whether the prerendered Start button was pressed before the app was ready (the start-up
/// script marks the root `data-af-pressed`); clears the mark, which only this first look may see.
pub fn take_early_press() -> bool {
    let Some(root) = document().and_then(|d| d.document_element()) else { return false };
    let pressed = root.has_attribute("data-af-pressed");
    let _ = root.remove_attribute("data-af-pressed");
    pressed
}

/// Moves keyboard focus to the element with this id, leaving the page where it is.
pub fn refocus(id: &str) {
    let element = document().and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// How the page was opened: its query string, its fragment, and whether it is framed.
pub struct Address {
    pub query: String,
    pub fragment: String,
    /// The page runs inside another page's frame.
    pub framed: bool,
}

/// The page is served over http or https, not opened from a file on the device.
pub fn served_over_http() -> bool {
    let protocol = window().and_then(|w| w.location().protocol().ok());
    matches!(protocol.as_deref(), Some("http:" | "https:"))
}

pub fn address() -> Address {
    let location = window().map(|w| w.location());
    let read = |f: fn(&web_sys::Location) -> Result<String, JsValue>| location.as_ref().and_then(|l| f(l).ok()).unwrap_or_default();
    let framed = window().is_some_and(|w| match (w.top(), w.self_()) {
        (Ok(Some(top)), me) => !Object::is(&top, &me),
        // A cross-origin top that cannot even be named still means a frame.
        _ => true,
    });
    Address { query: read(web_sys::Location::search), fragment: read(web_sys::Location::hash), framed }
}

/// The page's address without its query or fragment: what a share link is built on.
pub fn page_address() -> String {
    let location = window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, JsValue>| location.as_ref().and_then(|l| f(l).ok()).unwrap_or_default();
    part(web_sys::Location::origin) + &part(web_sys::Location::pathname)
}

/// The page's address without its fragment (its query kept), for the address bar.
pub fn address_without_fragment() -> String {
    let href = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    match href.split_once('#') {
        Some((before, _)) => before.to_string(),
        None => href,
    }
}

/// Removes the fragment from the address bar without a new history entry, so a reload after
/// leaving a shared result does not show it again.
pub fn clear_fragment() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&address_without_fragment()));
    }
}

/// Today's date on the person's own calendar, for the printed result.
pub fn today() -> Option<CivilDate> {
    let date = js_sys::Date::new_0();
    CivilDate::new(date.get_full_year() as i32, date.get_month() as u8 + 1, date.get_date() as u8)
}

/// Logs a warning to the console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

// ----- The tab's session storage --------------------------------------------------------

const STORAGE_KEY: &str = "aftercare.session";

fn session_storage() -> Option<web_sys::Storage> {
    // Throws in sandboxed frames and where third-party storage is blocked: then there is none.
    window()?.session_storage().ok().flatten()
}

/// The saved session, if storage can be read and holds one.
pub fn load_session() -> Option<String> {
    session_storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Whether this tab's storage can keep the check across a reload: it exists, and a value
/// can be written and removed (sandboxed frames, blocked storage and full storage all fail).
fn storage_works() -> bool {
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
const SWITCHING_KEY: &str = "aftercare.switching";

/// Whether this page load is the reload `NewVersion::switch` asked for; clears the marker.
pub fn take_switch_marker() -> bool {
    let Some(storage) = session_storage() else { return false };
    let marked = storage.get_item(SWITCHING_KEY).ok().flatten().is_some();
    let _ = storage.remove_item(SWITCHING_KEY);
    marked
}

// ----- History: one entry per screen on the hosted page ---------------------------------

/// Makes the current history entry name `code`: replaces the entry on the first screen, and
/// pushes a new one whenever the screen differs from what the current entry names, so the
/// browser's Back returns to the previous screen.
pub fn sync_history(code: &str, replace: bool) {
    let Some(history) = window().and_then(|w| w.history().ok()) else { return };
    let current = history.state().ok().and_then(|s| s.as_string());
    if current.as_deref() == Some(code) {
        return;
    }
    let state = JsValue::from_str(code);
    let _ = if replace || current.is_none() {
        history.replace_state(&state, "")
    } else {
        history.push_state(&state, "")
    };
}

/// Calls `on_pop` with the screen code of each history entry the browser returns to. The
/// listener lives as long as the returned guard.
pub fn on_history_pop(on_pop: impl Fn(String) + 'static) -> Listener {
    let callback = Closure::<dyn Fn(web_sys::PopStateEvent)>::new(move |event: web_sys::PopStateEvent| {
        if let Some(code) = event.state().as_string() {
            on_pop(code);
        }
    });
    Listener::add("popstate", callback.into_js_value().unchecked_into())
}

/// Reloads the page when its fragment changes to a share link (`#r=…`), as when a link is
/// pasted into the address bar of a tab already showing the check: the page then opens that
/// result exactly as it would from a fresh visit.
pub fn reload_on_share_link(prefix: &'static str) -> Listener {
    let callback = Closure::<dyn Fn()>::new(move || {
        let Some(location) = window().map(|w| w.location()) else { return };
        if location.hash().is_ok_and(|hash| hash.trim_start_matches('#').starts_with(prefix)) {
            let _ = location.reload();
        }
    });
    Listener::add("hashchange", callback.into_js_value().unchecked_into())
}

/// An event listener on the window, removed when dropped.
pub struct Listener {
    event: &'static str,
    function: Function,
}

impl Listener {
    fn add(event: &'static str, function: Function) -> Listener {
        if let Some(window) = window() {
            let _ = window.add_event_listener_with_callback(event, &function);
        }
        Listener { event, function }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(window) = window() {
            let _ = window.remove_event_listener_with_callback(self.event, &self.function);
        }
    }
}

// ----- Messages to the embedding page ---------------------------------------------------

/// Posts `{source: "aftercare", type, ...fields}` to the parent page, to `origin` exactly.
pub fn post_to_parent(origin: &str, kind: &str, fields: &[(&str, JsValue)]) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else { return };
    let message = Object::new();
    let _ = Reflect::set(&message, &"source".into(), &"aftercare".into());
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    for (key, value) in fields {
        let _ = Reflect::set(&message, &(*key).into(), value);
    }
    let _ = parent.post_message(&message, origin);
}

/// Calls `on_height` with the height of the app's content (the element `selector` names)
/// now and whenever it changes. The content, not the document: inside a frame the document
/// is never shorter than the frame, so measuring it would let the frame grow but never
/// shrink. Lives as long as the returned observer.
pub fn observe_height(selector: &str, on_height: impl Fn(f64) + 'static) -> Option<HeightObserver> {
    let content = document()?.query_selector(selector).ok()??.dyn_into::<web_sys::HtmlElement>().ok()?;
    let measured = content.clone();
    let measure = move || on_height(f64::from(measured.offset_top() + measured.offset_height()));
    measure();
    let callback = Closure::<dyn Fn()>::new(measure);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&content);
    Some(HeightObserver { observer, _callback: callback })
}

/// A running height observer; disconnects when dropped.
pub struct HeightObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn Fn()>,
}

impl Drop for HeightObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

// ----- Offline: the service worker -----------------------------------------------------

/// The worker the build writes next to index.html (scripts/post-build/service-worker.mjs).
const WORKER: &str = "./sw.js";

/// A newer version of the app, installed and waiting to take over from the running one.
pub struct NewVersion {
    waiting: JsValue,
    /// The tab's storage works, so the check survives the reload that switching needs:
    /// probed when a new version is found, the one moment the answer matters.
    pub keeps_answers: bool,
}

impl PartialEq for NewVersion {
    fn eq(&self, other: &Self) -> bool {
        Object::is(&self.waiting, &other.waiting)
    }
}

impl NewVersion {
    /// Lets the waiting version take over and reloads into it once it has. The check saved in
    /// the tab continues after the reload (see `take_switch_marker`).
    pub fn switch(&self) {
        let Some(workers) = service_workers() else { return };
        if let Some(storage) = session_storage() {
            let _ = storage.set_item(SWITCHING_KEY, "1");
        }
        let reload = || {
            if let Some(window) = window() {
                let _ = window.location().reload();
            }
        };
        // Still waiting: ask it to take over and reload once it has. Otherwise another tab
        // already switched (the version is active, its `controllerchange` long past) or a
        // newer one replaced it: the reload alone loads whatever now runs the site.
        if property(&self.waiting, "state").as_string().as_deref() != Some("installed") {
            reload();
            return;
        }
        add_listener(&workers, "controllerchange", &Closure::once_into_js(reload));
        if let Some(post) = method(&self.waiting, "postMessage") {
            let _ = post.call1(&self.waiting, &"skip-waiting".into());
        }
    }
}

fn service_workers() -> Option<JsValue> {
    let navigator = window()?.navigator();
    Reflect::get(&navigator, &"serviceWorker".into()).ok().filter(JsValue::is_object)
}

fn property(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

fn add_listener(target: &JsValue, event: &str, listener: &JsValue) {
    let target: &web_sys::EventTarget = target.unchecked_ref();
    let _ = target.add_event_listener_with_callback(event, listener.unchecked_ref());
}

/// Registers the offline worker, which caches the whole app so that later visits work with no
/// network, and calls `on_new_version` when a newer version is installed and waiting: found
/// now, while the page is open, or when the person comes back to the tab. The page keeps
/// running the version it started with until the person chooses to switch.
pub fn install_offline_worker(on_new_version: impl Fn(NewVersion) + 'static) {
    let Some(workers) = service_workers() else { return };
    let Some(register) = method(&workers, "register") else { return };
    let options = Object::new();
    let _ = Reflect::set(&options, &"scope".into(), &"./".into());
    let Ok(registering) = register.call2(&workers, &WORKER.into(), &options) else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(registering)).await else { return };
        // A waiting worker is news only to a page that an older worker already controls; on
        // the first visit the first worker simply takes over.
        let report = {
            let registration = registration.clone();
            std::rc::Rc::new(move || {
                let waiting = property(&registration, "waiting");
                if property(&workers, "controller").is_object() && waiting.is_object() {
                    on_new_version(NewVersion { waiting, keeps_answers: storage_works() });
                }
            })
        };
        report();
        let on_found = {
            let (registration, report) = (registration.clone(), report.clone());
            Closure::<dyn Fn()>::new(move || {
                let installing = property(&registration, "installing");
                if installing.is_object() {
                    let report = report.clone();
                    let on_state = Closure::<dyn Fn()>::new(move || report()).into_js_value();
                    add_listener(&installing, "statechange", &on_state);
                }
            })
        };
        add_listener(&registration, "updatefound", &on_found.into_js_value());
        // Browsers look for a new worker on each visit; a tab left open also looks when the
        // person comes back to it.
        let on_visible = Closure::<dyn Fn()>::new(move || {
            if document().is_some_and(|d| !d.hidden()) {
                if let Some(update) = method(&registration, "update") {
                    if let Ok(checking) = update.call0(&registration) {
                        // Offline the check fails; awaiting it keeps that rejection quiet.
                        let checking = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(checking));
                        wasm_bindgen_futures::spawn_local(async move {
                            let _ = checking.await;
                        });
                    }
                }
            }
        });
        if let Some(document) = document() {
            add_listener(&document, "visibilitychange", &on_visible.into_js_value());
        }
    });
}

// ----- When the app cannot run ----------------------------------------------------------

/// The element the app mounts into: index.html's `#af-root`, else the body.
pub fn app_root() -> Option<web_sys::Element> {
    let document = document()?;
    document.get_element_by_id("af-root").or_else(|| document.body().map(Into::into))
}

/// Takes index.html's static fallback (shown when the app cannot run) out of the page now
/// that the app runs: the running page then holds only the app, for people, screen readers
/// and tests alike. The start-up script keeps hold of it and puts it back if the app stops
/// (scripts/post-build/startup.mjs): after a crash nothing of the wasm can be trusted to run.
pub fn set_fallback_aside() {
    if let Some(fallback) = document().and_then(|d| d.get_element_by_id("af-fallback")) {
        fallback.remove();
    }
}

// ----- Theme ----------------------------------------------------------------------------

/// Sets a CSS custom property on the root element (through the CSSOM, which a strict
/// content-security policy allows, unlike a style attribute).
pub fn set_css_variable(name: &str, value: &str) {
    let root = document().and_then(|d| d.document_element()).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let _ = root.style().set_property(name, value);
    }
}

/// Sets an attribute on the root element (`<html>`).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute(name, value);
    }
}

// ----- Sharing and printing -------------------------------------------------------------

/// How a share attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The device's share sheet took it.
    Sheet,
    /// Copied to the clipboard.
    Copied,
    /// The person closed the share sheet.
    Cancelled,
    /// Neither sharing nor copying worked here.
    Failed,
}

/// Offers `url` to the device's share sheet where there is one, else copies it. Web Share
/// and the clipboard are looked up at run time: many browsers have only one or neither.
pub async fn share_or_copy(title: &str, url: &str) -> Shared {
    let Some(navigator) = window().map(|w| w.navigator()) else { return Shared::Failed };
    if let Some(share) = method(&navigator, "share") {
        let data = Object::new();
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        let _ = Reflect::set(&data, &"url".into(), &url.into());
        if let Ok(promise) = share.call1(&navigator, &data) {
            return match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await {
                Ok(_) => Shared::Sheet,
                Err(error) if is_abort(&error) => Shared::Cancelled,
                // Not allowed here (an iframe without permission, say): try copying instead.
                Err(_) => copy(&navigator, url).await,
            };
        }
    }
    copy(&navigator, url).await
}

async fn copy(navigator: &web_sys::Navigator, text: &str) -> Shared {
    let clipboard = Reflect::get(navigator, &"clipboard".into()).ok().filter(|c| c.is_object());
    let Some(clipboard) = clipboard else { return Shared::Failed };
    let Some(write) = method(&clipboard, "writeText") else { return Shared::Failed };
    let Ok(promise) = write.call1(&clipboard, &text.into()) else { return Shared::Failed };
    match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &name.into()).ok()?.dyn_into::<Function>().ok()
}

fn is_abort(error: &JsValue) -> bool {
    Reflect::get(error, &"name".into()).ok().and_then(|n| n.as_string()).as_deref() == Some("AbortError")
}

/// Opens the browser's print dialog (which also offers saving as PDF).
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

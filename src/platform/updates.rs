//! Offline: the service worker that keeps the app for visits with no network, and the newer
//! version it finds, which the person chooses when to switch to.

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

use super::storage::{session_storage, storage_works, SWITCHING_KEY};
use super::{add_listener, document, method, property, window};

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
        let Some(workers) = service_workers() else {
            return;
        };
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
    Reflect::get(&navigator, &"serviceWorker".into())
        .ok()
        .filter(JsValue::is_object)
}

/// Registers the offline worker, which caches the whole app so that later visits work with no
/// network, and calls `on_new_version` when a newer version is installed and waiting: found
/// now, while the page is open, or when the person comes back to the tab. The page keeps
/// running the version it started with until the person chooses to switch.
pub fn install_offline_worker(on_new_version: impl Fn(NewVersion) + 'static) {
    let Some(workers) = service_workers() else {
        return;
    };
    let Some(register) = method(&workers, "register") else {
        return;
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"scope".into(), &"./".into());
    let Ok(registering) = register.call2(&workers, &WORKER.into(), &options) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) =
            wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(registering)).await
        else {
            return;
        };
        // A waiting worker is news only to a page that an older worker already controls; on
        // the first visit the first worker simply takes over.
        let report = {
            let registration = registration.clone();
            std::rc::Rc::new(move || {
                let waiting = property(&registration, "waiting");
                if property(&workers, "controller").is_object() && waiting.is_object() {
                    on_new_version(NewVersion {
                        waiting,
                        keeps_answers: storage_works(),
                    });
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
                        let checking =
                            wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(checking));
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

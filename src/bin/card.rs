//! The therapist's card maker's entry point (issue 18), for the page `card/index.html`: reads
//! the host's settings from the page once, warns of any it refuses, applies the accent, and
//! mounts the Yew app `aftercare::card::view::CardMaker` in the page's `<main>`, its printed
//! sheet going to `#af-card-sheet` beside it. What the cards say is decided in
//! `aftercare::card`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::rc::Rc;

    use aftercare::card::view::{CardMaker, CardMakerProps};
    use aftercare::card::{self, HostSettings, Settings};
    use aftercare::platform;

    let document = web_sys::window().and_then(|window| window.document());
    let element = |id: &str| document.as_ref()?.get_element_by_id(id);

    // The host's settings: a typed, versioned record, checked like the embed's.
    let host: HostSettings = element("af-card-settings")
        .and_then(|e| e.text_content())
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .and_then(|value| serde_wasm_bindgen::from_value(value).ok())
        .unwrap_or_else(|| {
            platform::warn(
                "Aftercare: the card settings are not a JSON record this version can read, so \
                 none are used.",
            );
            HostSettings {
                version: card::SETTINGS_VERSION,
                ..HostSettings::default()
            }
        });
    let settings: Settings = host.checked();
    for refused in &settings.refused {
        platform::warn(
            &[
                "Aftercare: the card setting \u{201c}",
                refused,
                "\u{201d} is not valid here, so it is not used.",
            ]
            .concat(),
        );
    }
    // Set before the first render, on the root, where the styles read it.
    if let Some(accent) = settings.accent {
        platform::set_css_variable("--af-card-accent", &accent.to_hex());
    }

    let Some(root) = element("af-card-app") else {
        platform::warn("Aftercare: the card maker's page has no #af-card-app to show it in.");
        return;
    };
    let props = CardMakerProps {
        settings: Rc::new(settings),
        today: platform::today(),
        site: card::site_folder(&platform::address_without_fragment())
            .to_owned()
            .into(),
        sheet: element("af-card-sheet"),
    };
    yew::Renderer::<CardMaker>::with_root_and_props(root, props).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

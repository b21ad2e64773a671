//! The browser entry point: reads how the page was opened (hosted, embedded, a shared link,
//! a check saved in this tab), applies a spa's colours, and mounts the app.

// The app runs on one thread, so the simple free-list allocator needs no locking.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::rc::Rc;

    use aftercare::content::{config_only_embedded, config_warning};
    use aftercare::engine::config::{Placement, Rgb};
    use aftercare::engine::{opening, Action, Screen};
    use aftercare::platform;
    use aftercare::ui::{App, AppProps, Launch};

    // A panic stops the wasm (the release build aborts at once: scripts/env.sh says why), and
    // the start-up script's error handler shows the static fallback with the warning signs.
    platform::set_fallback_aside();

    // The words of the visitor's language, which the start-up script fetched beside the wasm.
    // Without them there is nothing to show: stopping makes the start-up script show the
    // static fallback, with the warning signs.
    let Some(words) = platform::take_words_file().and_then(aftercare::content::words::from_file)
    else {
        wasm_bindgen::throw_str("Aftercare: the words of the check did not arrive whole");
    };
    aftercare::content::set_words(words);
    platform::set_document_language(&words.language);

    let address = platform::address();
    let saved = platform::load_session();
    let mut opened = opening::open(&address.query, &address.fragment, saved.as_deref());
    if platform::take_switch_marker() {
        opened = opened.continuing();
    }
    // A calendar reminder's link (`#p=`) starts a check with what it carried filled in; it
    // needs the device's date to count the days since the massage.
    let today = platform::today();
    if let Some(day) = today {
        opened = opened.with_prefill(&address.fragment, day);
    }
    // Check-ins this device remembers, for a person who said yes (engine::checkins): the
    // check then counts the days and works out the trend from them.
    let checkins = today.and_then(platform::load_checkins);
    if let (Some(checkins), Some(day)) = (&checkins, today) {
        opened = opened.with_checkins(checkins, day);
    }
    for problem in &opened.problems {
        platform::warn(&config_warning(problem.param));
    }
    // Only a framed page, or a tab the embed's popup opened and said so, takes a spa's branding
    // (Config::for_page says why).
    let placement = if address.framed {
        Placement::Framed
    } else if opened.config.opened_by_embed && platform::opened_by_embed() {
        Placement::OpenedByEmbed
    } else {
        Placement::OnItsOwn
    };
    let (config, dropped) = opened.config.for_page(placement);
    opened.config = config;
    for param in dropped {
        platform::warn(&config_only_embedded(param));
    }
    if let Some(accent) = opened.config.accent {
        apply_accent(accent, opened.config.theme);
    }
    // The start-up script set this already, before the first paint (scripts/post-build/
    // startup.mjs); set again here for a page started any other way.
    if let Some(scheme) = opened.config.theme.forced() {
        platform::set_root_attribute("data-af-theme", scheme);
    }
    // The page showed the start screen from HTML before the wasm arrived (src/bin/prerender.rs);
    // the app replaces it in place. A press of its Start button is kept, unless there is a
    // saved check to offer first; the focus, if it was there, stays where it was.
    let refocus = platform::focused_id_in_root();
    let started_early = platform::take_early_press()
        && opened.resume.is_none()
        && opened.session.screen == Screen::Start;
    if started_early {
        opened.session = opened.session.apply(Action::Begin);
    }
    let served = platform::served_over_http();
    let launch = Launch {
        history: !opened.config.embedded && !address.framed,
        installable: served && !address.framed,
        local_file: !served,
        config: opened.config,
        link_error: opened.link_error,
        prefill: opened.prefill,
        prefill_error: opened.prefill_error,
        shared_on: opened.shared_on,
        resume: opened.resume,
        checkins,
        device_storage: platform::device_storage_works(),
        today,
        opened_at: Some(aftercare::engine::reminder::UtcMoment::from_unix_millis(
            js_sys::Date::now(),
        )),
        page_address: platform::page_address().into(),
        refocus,
        started_early,
    };
    let props = AppProps {
        initial: opened.session,
        launch: Rc::new(launch),
    };
    match platform::app_root() {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };

    /// Hands the spa's accent to the stylesheet, with a text colour that stays readable on it
    /// and a pale tint of it for checked answers: in each theme whose backgrounds it stands out
    /// from by 3:1 (issue 27: an accent too close to the background hides the buttons, the
    /// chosen answer and the ticks). In a theme where it does not, the check keeps its own
    /// colour, and says so in the console when the page can show that theme.
    fn apply_accent(accent: Rgb, theme: aftercare::engine::config::Theme) {
        use aftercare::engine::config::{contrast_ratio, DARK_BACKGROUNDS, LIGHT_BACKGROUNDS};
        let hex = accent.to_hex();
        let text = accent.readable_text().to_hex();
        let on_light = accent.stands_out_on(&LIGHT_BACKGROUNDS);
        let on_dark = accent.stands_out_on(&DARK_BACKGROUNDS);
        // Each theme's variables (base.css): the accent, its hover, the text on it, and a tint
        // of it mixed into that theme's card colour for checked answers.
        let themes = [
            (
                on_light,
                [
                    "--af-host-accent",
                    "--af-host-accent-hover",
                    "--af-host-accent-text",
                    "--af-host-accent-soft",
                ],
                " 14%, #ffffff)",
            ),
            (
                on_dark,
                [
                    "--af-host-accent-on-dark",
                    "--af-host-accent-hover-on-dark",
                    "--af-host-accent-text-on-dark",
                    "--af-host-accent-soft-dark",
                ],
                " 28%, #0f171b)",
            ),
        ];
        for (fits, names, tint) in themes {
            if fits {
                let tint = ["color-mix(in srgb, ", &hex, tint].concat();
                for (name, value) in names.iter().zip([&hex, &hex, &text, &tint]) {
                    platform::set_css_variable(name, value);
                }
            }
        }
        // As text on white the accent must reach 4.5:1; otherwise links keep our own colour.
        if on_light && contrast_ratio(accent, Rgb::WHITE) >= 4.5 {
            platform::set_css_variable("--af-host-accent-ink", &hex);
        }
        for (fits, dark, scheme) in [(on_light, false, "light"), (on_dark, true, "dark")] {
            if !fits && theme.shows(dark) {
                platform::warn(&aftercare::content::accent_too_faint(&hex, scheme));
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

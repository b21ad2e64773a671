//! The therapist's card maker (issue 18): the page `card/index.html`, with no Yew. It reads
//! the host's settings from the page, fills the form's options from the check's own words,
//! and on every change draws the client's link, its QR code, a card at its printed size and
//! the sheet "Print cards" prints. What it draws is decided in `aftercare::card`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use aftercare::card::{self, CardChoice, ChoiceProblem, HostSettings, Settings};
    use aftercare::content::Lang;
    use aftercare::engine::checkins::iso;
    use aftercare::engine::QuestionId;
    use aftercare::markup::Markup;
    use aftercare::platform;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    fn element(id: &str) -> Option<web_sys::Element> {
        web_sys::window()?.document()?.get_element_by_id(id)
    }
    fn value(id: &str) -> String {
        element(id)
            .and_then(|e| js_sys::Reflect::get(&e, &"value".into()).ok())
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }
    fn set_value(id: &str, text: &str) {
        if let Some(e) = element(id) {
            let _ = js_sys::Reflect::set(&e, &"value".into(), &JsValue::from_str(text));
        }
    }
    fn set_html(id: &str, m: Markup) {
        if let Some(e) = element(id) {
            e.set_inner_html(m.as_str());
        }
    }

    // The host's settings: a typed, versioned record, checked like the embed's.
    let host: HostSettings = element("af-card-settings")
        .and_then(|e| e.text_content())
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .and_then(|value| serde_wasm_bindgen::from_value(value).ok())
        .unwrap_or_else(|| {
            platform::warn("Aftercare: the card settings are not a JSON record this version can read, so none are used.");
            HostSettings { version: card::SETTINGS_VERSION, ..HostSettings::default() }
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
    if let Some(accent) = settings.accent {
        platform::set_css_variable("--af-card-accent", &accent.to_hex());
    }
    // What the settings put on the cards, said where the therapist sees it.
    if settings.name.is_some() || settings.booking.is_some() {
        let mut m = Markup::default();
        if let Some(name) = &settings.name {
            m.tags("Cards for <strong>").text(name).tags("</strong>. ");
        }
        if let Some((_, host)) = &settings.booking {
            m.tags("Your booking link goes to <strong>").text(host).tags("</strong>; it is not printed on the cards, which keep to the check and the warning signs.");
        }
        set_html("af-card-settings-summary", m);
        if let Some(e) = element("af-card-settings-summary") {
            let _ = e.remove_attribute("hidden");
        }
    }

    // The form's options, from the check's own words, in the order the check asks them.
    for (id, question) in [
        ("af-card-massage", QuestionId::Massage),
        ("af-card-tension", QuestionId::Tension),
    ] {
        let mut m = Markup::default();
        card::write_options(&mut m, question);
        set_html(id, m);
    }
    let mut languages = Markup::default();
    for lang in Lang::ALL {
        languages
            .tags(r#"<option value=""#)
            .tags(lang.code())
            .tags(r#"">"#)
            .text(lang.name())
            .tags("</option>");
    }
    set_html("af-card-lang", languages);
    let today = platform::today();
    if let Some(today) = today {
        set_value("af-card-date", &iso(today));
        if let Some(e) = element("af-card-date") {
            let _ = e.set_attribute("max", &iso(today));
        }
    }

    // The check's folder: the card maker lives in its `card/` folder.
    let site = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| {
            let href = href.split(['#', '?']).next().unwrap_or_default().to_owned();
            let folder = &href[..href.rfind('/').map_or(0, |at| at + 1)];
            folder.strip_suffix("card/").unwrap_or(folder).to_owned()
        });

    let draw = move || {
        let Some(today) = today else { return };
        let problem = match card::massage_day(&value("af-card-date"), today) {
            Ok(massage_on) => {
                let choice = CardChoice {
                    massage_on,
                    massage: card::option_from_value(&value("af-card-massage")),
                    tension: card::option_from_value(&value("af-card-tension")),
                    lang: Lang::from_code(&value("af-card-lang")).unwrap_or(Lang::En),
                };
                let link = choice.link(site.as_deref().unwrap_or(""));
                match card::qr(&link) {
                    Some(qr) => {
                        set_value("af-card-link", &link);
                        let mut preview = Markup::default();
                        card::write_card(&mut preview, choice.lang, &settings, &qr);
                        set_html("af-card-preview", preview);
                        let mut sheet = Markup::default();
                        card::write_sheet(&mut sheet, choice.lang, &settings, &qr);
                        set_html("af-card-sheet", sheet);
                        ""
                    }
                    None => "This link is too long for a code on a card.",
                }
            }
            Err(ChoiceProblem::NoDate) => "Choose the day of the massage.",
            Err(ChoiceProblem::Future) => "The day of the massage can\u{2019}t be after today.",
        };
        if let Some(e) = element("af-card-problem") {
            e.set_text_content(Some(problem));
        }
        if !problem.is_empty() {
            // No card for a choice that cannot make one: nothing stale to print.
            set_value("af-card-link", "");
            set_html("af-card-preview", Markup::default());
            set_html("af-card-sheet", Markup::default());
        }
    };
    draw();
    let on_change = Closure::<dyn Fn()>::new(draw);
    if let Some(form) = element("af-card-form") {
        for event in ["input", "change"] {
            let _ =
                form.add_event_listener_with_callback(event, on_change.as_ref().unchecked_ref());
        }
    }
    on_change.forget();
    let on_print = Closure::<dyn Fn()>::new(platform::print);
    if let Some(button) = element("af-card-print") {
        let _ = button.add_event_listener_with_callback("click", on_print.as_ref().unchecked_ref());
    }
    on_print.forget();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

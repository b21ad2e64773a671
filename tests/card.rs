//! The therapist's aftercare card (issue 18): the host's settings checked as the embed's are,
//! the form's state, the link (the one prefilled-check format, never soreness), its QR code,
//! and the card maker's components rendered natively with Yew's server renderer: the form,
//! the printed card's words and the sheet. The code is read back from a rendered image by an
//! independent decoder in the browser tests (tests/e2e/card.test.mjs).

use std::rc::Rc;

use aftercare::card::view::{
    CardMaker, CardMakerProps, CardView, CardViewProps, ChoiceForm, ChoiceFormProps, QrCode,
    QrCodeProps, Sheet,
};
use aftercare::card::{
    self, CardAction, CardChoice, CardForm, ChoiceProblem, HostSettings, Settings, QR_LEVEL,
};
use aftercare::content::Lang;
use aftercare::engine::answers::{MassageKind, Tension};
use aftercare::engine::choice::Choice;
use aftercare::engine::date::CivilDate;
use aftercare::engine::opening::open;
use aftercare::engine::prefill;
use aftercare::engine::{Action, QuestionId, Screen};
use yew::{AttrValue, BaseComponent, Callback, LocalServerRenderer};

fn date(year: i32, month: u8, day: u8) -> CivilDate {
    CivilDate::new(year, month, day).expect("a real date")
}

const SITE: &str = "https://aftercare.example/";

fn choice(lang: Lang) -> CardChoice {
    CardChoice {
        massage_on: date(2026, 12, 1),
        massage: Some(MassageKind::DeepTissue),
        tension: Some(Tension::Lots),
        lang,
    }
}

/// A component rendered to HTML natively, as Yew's server renderer writes it.
async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// Text as the renderer writes it between tags: `&`, `<` and `>` escaped.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The opening tag of the element whose attributes include `attribute` (attribute order is
/// the renderer's business, so tests look attributes up rather than match whole tags).
fn tag<'a>(html: &'a str, attribute: &str) -> &'a str {
    let at = html
        .find(attribute)
        .unwrap_or_else(|| panic!("no element with {attribute}: {html}"));
    let start = html[..=at].rfind('<').expect("a tag");
    let end = at + html[at..].find('>').expect("a tag's end");
    &html[start..=end]
}

/// The element whose opening tag has `attribute`, to its closing tag (for elements that do
/// not nest in themselves: a select, a paragraph).
fn element<'a>(html: &'a str, attribute: &str, name: &str) -> &'a str {
    let open = tag(html, attribute);
    let start = html.find(open).expect("found above");
    let close = ["</", name, ">"].concat();
    let end = start + html[start..].find(&close).expect("a closing tag") + close.len();
    &html[start..end]
}

/// The host's settings from the JSON block the host writes, checked.
fn settings(json: &str) -> Settings {
    serde_json::from_str::<HostSettings>(json)
        .expect("a record")
        .checked()
}

/// The modules a QR path draws, read back from its `M{x} {y}h{n}v1h-{n}z` runs: `side` rows
/// of `side` modules, dark where a run covers them. Anything else in the path, a run out of
/// the square or a module drawn twice fails.
fn modules_drawn(path: &str, side: usize) -> Vec<bool> {
    let mut dark = vec![false; side * side];
    for run in path.split_terminator('z') {
        let (at, rest) = run
            .strip_prefix('M')
            .and_then(|run| run.split_once('h'))
            .unwrap_or_else(|| panic!("a run starts M{{x}} {{y}}h: {run}"));
        let (x, y) = at.split_once(' ').expect("x and y");
        let (length, back) = rest.split_once("v1h-").expect("one module high");
        assert_eq!(length, back, "a run closes where it started: {run}");
        let [x, y, length]: [usize; 3] =
            [x, y, length].map(|n| n.parse().unwrap_or_else(|_| panic!("a number: {run}")));
        assert!(
            length > 0 && x + length <= side && y < side,
            "inside the code: {run}"
        );
        for module in &mut dark[y * side + x..y * side + x + length] {
            assert!(!*module, "drawn once: {run}");
            *module = true;
        }
    }
    dark
}

#[test]
fn the_link_is_the_check_s_page_in_the_client_s_language_with_the_massage_and_never_soreness() {
    // 1 December 2026 is "Ane"; deep tissue (2) and a lot (3) with no soreness (0) make
    // (2·5 + 3)·12 + 0 = 156 = 2·64 + 28, "Cc"; the check digit is 0·1 + 39·3 + 30·5 + 2·7 +
    // 28·9 = 533 = 21 mod 64, "V" (engine::prefill's format, worked out by hand).
    assert_eq!(
        choice(Lang::En).link(SITE),
        "https://aftercare.example/#p=1AneCcV"
    );
    assert_eq!(
        choice(Lang::Es).link(SITE),
        "https://aftercare.example/es.html#p=1AneCcV"
    );
    let fragment = choice(Lang::Fr)
        .link(SITE)
        .split_once('#')
        .expect("a fragment")
        .1
        .to_owned();
    let carried = prefill::decode(
        fragment.strip_prefix(prefill::KEY).expect("#p="),
        date(2026, 12, 3),
    )
    .expect("it decodes");
    assert_eq!(carried, choice(Lang::Fr).prefill());
    assert_eq!(
        carried.earlier_soreness, None,
        "a card never carries soreness"
    );
    assert!(carried.from_therapist());
}

#[test]
fn opening_the_link_asks_the_warning_signs_and_only_what_the_card_does_not_know() {
    let link = choice(Lang::En).link(SITE);
    let fragment = &link[link.find('#').expect("a fragment")..];
    let today = date(2026, 12, 3);
    let opening = open("", fragment, None).with_prefill(fragment, today);
    assert!(opening.prefill.is_some_and(|p| p.from_therapist()));
    let mut session = opening.session.apply(Action::Begin);
    let mut asked = Vec::new();
    while let Screen::Question(question) = session.screen {
        asked.push(question);
        let index = if question == QuestionId::WarningSigns {
            4
        } else {
            0
        };
        session = session
            .apply(Action::Pick(question, index))
            .apply(Action::Next);
    }
    assert_eq!(
        asked,
        [
            QuestionId::WarningSigns,
            QuestionId::Trend,
            QuestionId::Soreness,
            QuestionId::Feel,
            QuestionId::Hydration,
            QuestionId::Tried
        ]
    );
    // The review marks what the card filled in, until the person changes it.
    let prefill = opening.prefill.expect("carried");
    let marked = prefill.still_carried(&session.answers, today);
    assert!(
        marked.contains(QuestionId::Elapsed)
            && marked.contains(QuestionId::Massage)
            && marked.contains(QuestionId::Tension)
    );
    let changed = session
        .apply(Action::Change(QuestionId::Massage))
        .apply(Action::Pick(QuestionId::Massage, 0))
        .apply(Action::Next);
    let marked = prefill.still_carried(&changed.answers, today);
    assert!(
        !marked.contains(QuestionId::Massage),
        "changed on the review: the person's own"
    );
    assert!(marked.contains(QuestionId::Tension));
}

#[tokio::test]
async fn the_code_survives_a_worn_card_and_holds_the_link() {
    let link = choice(Lang::Es).link(SITE);
    let qr = card::qr(&link).expect("it fits");
    assert_eq!(
        QR_LEVEL,
        qrcode::EcLevel::Q,
        "a quarter of the code may be lost"
    );
    // 44 characters at level Q: version 4, 33 modules a side, 41 with the quiet zone.
    assert_eq!((qr.version, qr.width), (4, 33), "{} characters", link.len());
    assert_eq!(qr.side(), 33 + 2 * card::QUIET_ZONE);
    assert_eq!(
        card::QUIET_ZONE,
        4,
        "the quiet zone the QR standard asks for"
    );
    // The path draws exactly the code the crate computes for the link, module for module,
    // inside its quiet zone.
    let code = qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::Q)
        .expect("it fits");
    let side = qr.side();
    let mut expected = vec![false; side * side];
    for y in 0..code.width() {
        for x in 0..code.width() {
            expected[(y + 4) * side + x + 4] = code[(x, y)] == qrcode::Color::Dark;
        }
    }
    assert!(!qr.path.is_empty());
    let drawn = modules_drawn(&qr.path, side);
    assert_eq!(
        drawn.iter().filter(|dark| **dark).count(),
        expected.iter().filter(|dark| **dark).count(),
        "as many dark modules as the code has"
    );
    assert_eq!(
        drawn, expected,
        "the code's modules, where the code has them"
    );
    // Drawn as one path on a white square, decorative (the link is written out beside it),
    // with crisp edges so no module blurs into its neighbour.
    let svg = render::<QrCode>(QrCodeProps {
        qr: Rc::new(qr.clone()),
    })
    .await;
    let open = tag(&svg, "<svg");
    for attribute in [
        r#"class="af-card__qr""#,
        r#"viewBox="0 0 41 41""#,
        r#"aria-hidden="true""#,
        r#"focusable="false""#,
        r#"shape-rendering="crispEdges""#,
    ] {
        assert!(open.contains(attribute), "{attribute}: {open}");
    }
    let rect = tag(&svg, "<rect");
    assert!(
        [r#"width="41""#, r#"height="41""#, r##"fill="#fff""##]
            .iter()
            .all(|attribute| rect.contains(attribute)),
        "{rect}"
    );
    assert_eq!(svg.matches("<path").count(), 1, "{svg}");
    assert!(tag(&svg, "<path").contains(&[r#"d=""#, &qr.path, r#"""#].concat()));
    // A host with a long address (104 characters in all) still makes a code that prints: at
    // most version 8, 49 modules and the quiet zone across the card's 21 mm, 0.37 mm a module.
    let long_site = ["https://", &"a".repeat(60), ".example/aftercare/"].concat();
    assert!(card::qr(&choice(Lang::Fr).link(&long_site)).is_some_and(|qr| qr.version <= 8));
}

#[test]
fn the_host_s_settings_are_checked_as_the_embed_s_and_a_booking_address_only_from_its_list() {
    let good = settings(
        r##"{"version":1,"name":"  Blue Lotus Day Spa ","accent":"#7a3b69","followup":"https://bluelotus.example/book","bookingOrigins":["https://BlueLotus.example:443"]}"##,
    );
    assert_eq!(good.name.as_deref(), Some("Blue Lotus Day Spa"));
    assert_eq!(
        good.accent.map(|rgb| rgb.to_hex()).as_deref(),
        Some("#7a3b69")
    );
    assert_eq!(
        good.booking,
        Some((
            "https://bluelotus.example/book".to_owned(),
            "bluelotus.example".to_owned()
        ))
    );
    assert!(good.refused.is_empty());
    let cases = [
        (
            r#"{"version":1,"followup":"https://elsewhere.example/book","bookingOrigins":["https://bluelotus.example"]}"#,
            "followup",
        ),
        (
            r#"{"version":1,"followup":"https://bluelotus.example/book"}"#,
            "followup",
        ),
        (
            r#"{"version":1,"followup":"javascript:alert(1)","bookingOrigins":["https://bluelotus.example"]}"#,
            "followup",
        ),
        (
            r#"{"version":1,"followup":"https://bluelotus.example@evil.example/","bookingOrigins":["https://bluelotus.example"]}"#,
            "followup",
        ),
        (r#"{"version":1,"name":"\u202eevil"}"#, "name"),
        (r#"{"version":1,"name":"   "}"#, "name"),
        (r#"{"version":1,"accent":"red"}"#, "accent"),
        (r#"{"version":2,"name":"Blue Lotus"}"#, "version"),
    ];
    for (json, refused) in cases {
        let checked = settings(json);
        assert_eq!(checked.refused, [refused], "{json}");
        assert_eq!((checked.name, checked.booking), (None, None), "{json}");
    }
    assert_eq!(
        settings("{}").refused,
        ["version"],
        "a record with no version is not this version's"
    );
}

#[tokio::test]
async fn a_card_carries_the_check_s_purpose_and_every_warning_sign_with_what_to_do_in_the_client_s_language(
) {
    let settings = settings(r#"{"version":1,"name":"<b>Spa</b> & co"}"#);
    let qr = Rc::new(card::qr(&choice(Lang::Fr).link(SITE)).expect("it fits"));
    let name = settings.name.clone().map(AttrValue::from);
    for lang in Lang::ALL.iter().copied() {
        let html = render::<CardView>(CardViewProps {
            lang,
            name: name.clone(),
            qr: qr.clone(),
        })
        .await;
        let words = lang.words();
        assert!(
            html.starts_with(
                &[r#"<article lang=""#, lang.code(), r#"" class="af-card">"#].concat()
            ),
            "{html}"
        );
        assert!(
            html.contains(r#"<p class="af-card__spa">&lt;b&gt;Spa&lt;/b&gt; &amp; co</p>"#),
            "the name is text, never markup: {html}"
        );
        assert!(!html.contains("<b>"), "the name is text, never markup");
        assert!(tag(&html, "<path").contains(&*qr.path), "the code");
        let text = [
            words.start.heading,
            lang.card().line,
            words.safety.watch_lead,
        ];
        for text in text {
            assert!(html.contains(&escaped(text)), "{}: {text}", lang.code());
        }
        for watch in words.safety.watch_list() {
            let line = [
                "<strong>",
                &escaped(watch.sign),
                "</strong>",
                &escaped(words.language.colon),
                &escaped(watch.action),
            ]
            .concat();
            assert!(html.contains(&line), "{}: {line}", lang.code());
        }
    }
    // A card with no name has no line for it.
    let unnamed = render::<CardView>(CardViewProps {
        lang: Lang::En,
        name: None,
        qr: qr.clone(),
    })
    .await;
    assert!(!unnamed.contains("af-card__spa"), "{unnamed}");
    let sheet = render::<Sheet>(CardViewProps {
        lang: Lang::Es,
        name,
        qr,
    })
    .await;
    assert_eq!(sheet.matches("<article").count(), card::CARDS_PER_SHEET);
    assert_eq!(
        sheet.matches(r#"<article lang="es""#).count(),
        card::CARDS_PER_SHEET,
        "every card in the client's language"
    );
    assert_eq!(
        card::CARDS_PER_SHEET,
        8,
        "two columns of four business cards"
    );
}

#[tokio::test]
async fn the_form_shows_the_choice_it_holds_with_the_check_s_options_in_order() {
    let form = CardForm {
        date: "2026-12-01".into(),
        massage: Some(MassageKind::DeepTissue),
        tension: None,
        lang: Lang::Es,
    };
    let html = render::<ChoiceForm>(ChoiceFormProps {
        form,
        max: Some("2026-12-03".into()),
        on_action: Callback::noop(),
    })
    .await;
    let date = tag(&html, r#"id="af-card-date""#);
    for attribute in [
        r#"type="date""#,
        r#"value="2026-12-01""#,
        r#"max="2026-12-03""#,
    ] {
        assert!(date.contains(attribute), "{attribute}: {date}");
    }
    let words = Lang::En.words();
    for (id, question, selected) in [
        ("af-card-massage", QuestionId::Massage, Some(1)),
        ("af-card-tension", QuestionId::Tension, None),
    ] {
        let select = element(&html, &[r#"id=""#, id, r#"""#].concat(), "select");
        let options: Vec<&str> = select.split("<option").skip(1).collect();
        let labels: Vec<&str> = options
            .iter()
            .map(|option| {
                let text = &option[option.find('>').expect("a tag") + 1..];
                &text[..text.find("</option>").expect("an end")]
            })
            .collect();
        let mut expected = vec![words.review.not_answered];
        expected.extend(words.question(question).options.iter().map(|o| o.label));
        assert_eq!(
            labels, expected,
            "{id}: \"Not answered\" first, then the check's order"
        );
        let values: Vec<String> = options
            .iter()
            .map(|option| option.split('"').nth(1).expect("a value").to_owned())
            .collect();
        let expected: Vec<String> = std::iter::once(String::new())
            .chain((0..labels.len() - 1).map(|index| index.to_string()))
            .collect();
        assert_eq!(
            values, expected,
            "{id}: each option's value is its position"
        );
        let picked: Vec<usize> = options
            .iter()
            .enumerate()
            .filter(|(_, option)| option[..option.find('>').expect("a tag")].contains("selected"))
            .map(|(index, _)| index)
            .collect();
        assert_eq!(
            picked,
            [selected.map_or(0, |index| index + 1)],
            "{id}: the state's option, and only it, is selected"
        );
    }
    assert_eq!(
        element(&html, r#"id="af-card-massage""#, "select")
            .matches("<option")
            .count(),
        1 + <MassageKind as Choice>::ALL.len()
    );
    let languages = element(&html, r#"id="af-card-lang""#, "select");
    let spanish = tag(languages, r#"value="es""#);
    assert!(spanish.contains("selected"), "{languages}");
    assert_eq!(
        languages.matches(r#"selected="selected""#).count(),
        1,
        "{languages}"
    );
    for lang in Lang::ALL {
        assert!(languages.contains(&escaped(lang.name())), "{}", lang.name());
    }
}

#[test]
fn each_change_of_the_form_changes_its_one_field_and_the_card_follows() {
    let today = date(2026, 12, 3);
    let opened = CardForm::new(Some(today));
    assert_eq!(
        opened,
        CardForm {
            date: "2026-12-03".into(),
            massage: None,
            tension: None,
            lang: Lang::En,
        },
        "today, nothing said, English"
    );
    assert_eq!(
        &*CardForm::new(None).date,
        "",
        "no date when the device gives none"
    );
    let form = opened
        .apply(CardAction::Date("2026-12-01".to_owned()))
        .apply(CardAction::Massage(Some(MassageKind::DeepTissue)))
        .apply(CardAction::Tension(Some(Tension::Lots)))
        .apply(CardAction::Lang(Lang::Es));
    assert_eq!(
        form,
        CardForm {
            date: "2026-12-01".into(),
            massage: Some(MassageKind::DeepTissue),
            tension: Some(Tension::Lots),
            lang: Lang::Es,
        }
    );
    assert_eq!(
        form.apply(CardAction::Massage(None)),
        CardForm {
            massage: None,
            ..form.clone()
        },
        "an answer taken back, the rest kept"
    );
    let card = form.card(today, SITE).expect("a card");
    assert_eq!(card.choice, choice(Lang::Es));
    assert_eq!(&*card.link, choice(Lang::Es).link(SITE));
    assert_eq!(Some(&*card.qr), card::qr(&card.link).as_ref());
    let dated = |date: &str| {
        form.apply(CardAction::Date(date.to_owned()))
            .card(today, SITE)
    };
    assert_eq!(dated("2026-12-04"), Err(ChoiceProblem::Future));
    assert_eq!(dated(""), Err(ChoiceProblem::NoDate));
    assert_eq!(dated("2026-02-30"), Err(ChoiceProblem::NoDate));
    let far = ["https://", &"a".repeat(3000), ".example/"].concat();
    assert_eq!(form.card(today, &far), Err(ChoiceProblem::TooLong));
}

#[tokio::test]
async fn the_card_maker_says_what_the_settings_put_on_the_cards_and_shows_the_card() {
    let maker = |settings: Settings, today: Option<CivilDate>| CardMakerProps {
        settings: Rc::new(settings),
        today,
        site: SITE.into(),
        sheet: None,
    };
    let today = Some(date(2026, 12, 3));
    let listed = settings(
        r#"{"version":1,"name":"Blue <Lotus>","followup":"https://bluelotus.example/book","bookingOrigins":["https://bluelotus.example"]}"#,
    );
    let html = render::<CardMaker>(maker(listed, today)).await;
    let summary = element(&html, r#"id="af-card-settings-summary""#, "p");
    assert!(
        summary.contains(
            "Cards for <strong>Blue &lt;Lotus&gt;</strong>. Your booking link goes to \
             <strong>bluelotus.example</strong>; it is not printed on the cards"
        ),
        "{summary}"
    );
    // Today's card, with nothing said of the massage: the link in its field, one card shown.
    let link = CardForm::new(today)
        .card(date(2026, 12, 3), SITE)
        .expect("a card")
        .link;
    assert!(
        tag(&html, r#"id="af-card-link""#).contains(&[r#"value=""#, &link, r#"""#].concat()),
        "{html}"
    );
    let preview = &html[html.find(r#"id="af-card-preview""#).expect("a preview")..];
    assert_eq!(
        preview.matches("<article").count(),
        1,
        "the card at its size"
    );
    assert!(
        !preview.contains("bluelotus.example"),
        "the booking address is not printed"
    );
    assert!(
        element(&html, r#"id="af-card-problem""#, "p").ends_with("></p>"),
        "no problem to tell: {html}"
    );
    let button = element(&html, r#"id="af-card-print""#, "button");
    assert!(button.contains(r#"type="button""#) && button.ends_with(">Print cards</button>"));
    // With nothing set, nothing to say.
    let plain = render::<CardMaker>(maker(settings(r#"{"version":1}"#), today)).await;
    assert!(!plain.contains("af-card-settings-summary"), "{plain}");
    // Without the device's date no card can be checked, so none is made.
    let undated = render::<CardMaker>(maker(settings(r#"{"version":1}"#), None)).await;
    assert!(!undated.contains("<article"), "{undated}");
    assert!(!undated.contains("#p="), "{undated}");
}

#[test]
fn the_form_s_answers_are_read_back_as_the_check_s_options() {
    assert_eq!(
        card::option_from_value::<MassageKind>("1"),
        Some(MassageKind::DeepTissue)
    );
    assert_eq!(card::option_from_value::<MassageKind>(""), None, "not said");
    assert_eq!(card::option_from_value::<MassageKind>("9"), None);
    assert_eq!(card::option_from_value::<MassageKind>("-1"), None);
    assert_eq!(
        card::option_from_value::<MassageKind>("99999999999999999999999"),
        None,
        "too large to hold, not wrapped"
    );
    let today = date(2026, 12, 3);
    assert_eq!(
        card::massage_day("2026-12-01", today),
        Ok(date(2026, 12, 1))
    );
    assert_eq!(
        card::massage_day("2026-12-04", today),
        Err(ChoiceProblem::Future)
    );
    assert_eq!(card::massage_day("", today), Err(ChoiceProblem::NoDate));
}

#[test]
fn the_links_open_the_folder_the_check_is_published_in() {
    for (address, site) in [
        (
            "https://spa.example/aftercare/card/",
            "https://spa.example/aftercare/",
        ),
        (
            "https://spa.example/aftercare/card/index.html?x=1#p=1",
            "https://spa.example/aftercare/",
        ),
        ("https://spa.example/card/", "https://spa.example/"),
        (
            "file:///home/me/dist/card/index.html",
            "file:///home/me/dist/",
        ),
        ("https://spa.example/cards.html", "https://spa.example/"),
    ] {
        assert_eq!(card::site_folder(address), site, "{address}");
    }
}

//! The therapist's aftercare card (issue 18): the host's settings checked as the embed's are,
//! the link (the one prefilled-check format, never soreness), its QR code, and the printed
//! card's words. The code is read back from a rendered image by an independent decoder in
//! the browser tests (tests/e2e/card.test.mjs).

use aftercare::card::{self, CardChoice, ChoiceProblem, HostSettings, QR_LEVEL};
use aftercare::content::Lang;
use aftercare::engine::answers::{MassageKind, Tension};
use aftercare::engine::choice::Choice;
use aftercare::engine::date::CivilDate;
use aftercare::engine::opening::open;
use aftercare::engine::prefill;
use aftercare::engine::{Action, QuestionId, Screen};
use aftercare::markup::Markup;

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

#[test]
fn the_code_survives_a_worn_card_and_holds_the_link() {
    let link = choice(Lang::Es).link(SITE);
    let qr = card::qr(&link).expect("it fits");
    assert_eq!(
        QR_LEVEL,
        qrcode::EcLevel::Q,
        "a quarter of the code may be lost"
    );
    // 44 characters at level Q: version 4, 33 modules a side.
    assert_eq!((qr.version, qr.width), (4, 33), "{} characters", link.len());
    assert!(
        qr.svg
            .starts_with(r#"<svg aria-hidden="true" focusable="false" class="af-card__qr" "#),
        "{}",
        &qr.svg[..80]
    );
    assert!(!qr.svg.contains("<?xml"));
    // A host with a long address (104 characters in all) still makes a code that prints: at
    // most version 8, 49 modules and the quiet zone across the card's 21 mm, 0.37 mm a module.
    let long_site = ["https://", &"a".repeat(60), ".example/aftercare/"].concat();
    assert!(card::qr(&choice(Lang::Fr).link(&long_site)).is_some_and(|qr| qr.version <= 8));
}

#[test]
fn the_host_s_settings_are_checked_as_the_embed_s_and_a_booking_address_only_from_its_list() {
    let settings = |json: &str| {
        serde_json::from_str::<HostSettings>(json)
            .expect("a record")
            .checked()
    };
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

#[test]
fn a_card_carries_the_check_s_purpose_and_every_warning_sign_with_what_to_do_in_the_client_s_language(
) {
    let settings =
        serde_json::from_str::<HostSettings>(r#"{"version":1,"name":"<b>Spa</b> & co"}"#)
            .expect("a record")
            .checked();
    let qr = card::qr(&choice(Lang::Fr).link(SITE)).expect("it fits");
    for lang in Lang::ALL.iter().copied() {
        let mut m = Markup::default();
        card::write_card(&mut m, lang, &settings, &qr);
        let html = m.into_string();
        let words = lang.words();
        assert!(html.contains(&[r#"<article lang=""#, lang.code(), r#"""#].concat()));
        assert!(
            html.contains("&lt;b&gt;Spa&lt;/b&gt; &amp; co"),
            "the name is text, never markup"
        );
        for watch in words.safety.watch_list() {
            for text in [watch.sign, watch.action] {
                let mut escaped = Markup::default();
                escaped.text(text);
                assert!(html.contains(escaped.as_str()), "{}: {text}", lang.code());
            }
        }
        let mut line = Markup::default();
        line.text(lang.card().line);
        assert!(html.contains(line.as_str()));
    }
    let mut sheet = Markup::default();
    card::write_sheet(&mut sheet, Lang::En, &settings, &qr);
    assert_eq!(
        sheet.as_str().matches("<article").count(),
        card::CARDS_PER_SHEET
    );
}

#[test]
fn the_form_s_answers_are_read_back_as_the_check_s_options() {
    let mut m = Markup::default();
    card::write_options(&mut m, QuestionId::Massage);
    assert_eq!(
        m.as_str().matches("<option").count(),
        1 + <MassageKind as Choice>::ALL.len()
    );
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

//! The therapist's aftercare card (issue 18), pure: the host's settings checked, the client's
//! link, its QR code as SVG, and the card maker's form and printed cards as markup. The card
//! maker's page (`card/index.html`, run by `src/bin/card.rs`) shows what this returns; the
//! check's own first visit never loads any of it.
//!
//! The link is the one prefilled-check format there is (`engine::prefill`): the day of the
//! massage, its kind and the tension worked on. A card never carries soreness (that is the
//! client's to rate) and the format has no room for a warning sign.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use serde::Deserialize;

use crate::content::Lang;
use crate::engine::answers::{MassageKind, Tension};
use crate::engine::choice::Choice;
use crate::engine::config::{allowed_booking, checked_spa_name, Rgb};
use crate::engine::date::CivilDate;
use crate::engine::prefill::{self, Prefill};
use crate::engine::QuestionId;
use crate::markup::Markup;

/// The version of [`HostSettings`] this card maker reads.
pub const SETTINGS_VERSION: u8 = 1;

/// The host's own settings for its cards, as the host writes them into `card/index.html`
/// (README, "For therapists: the aftercare card"): a JSON block the page never takes from its
/// address, so nobody can send a link that puts their name on the host's page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct HostSettings {
    pub version: u8,
    /// The spa's name, checked as the embed's `name` is.
    pub name: Option<String>,
    /// The accent colour, `#rgb` or `#rrggbb`, standing out from white by 3:1 at least.
    pub accent: Option<String>,
    /// A booking address, taken only when its origin is in `booking_origins`.
    pub followup: Option<String>,
    pub booking_origins: Vec<String>,
}

/// The settings as the card maker uses them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    pub name: Option<String>,
    pub accent: Option<Rgb>,
    /// The booking address and its host, shown so the therapist sees where it leads.
    pub booking: Option<(String, String)>,
    /// The settings that were given but refused, by name, for a console warning each.
    pub refused: Vec<&'static str>,
}

impl HostSettings {
    /// The settings, each checked: another version's are all refused.
    pub fn checked(&self) -> Settings {
        if self.version != SETTINGS_VERSION {
            return Settings {
                refused: vec!["version"],
                ..Settings::default()
            };
        }
        let mut settings = Settings::default();
        let mut take =
            |given: &Option<String>, name: &'static str, check: &dyn Fn(&str) -> bool| {
                let accepted = given.as_deref().is_some_and(check);
                if given.is_some() && !accepted {
                    settings.refused.push(name);
                }
                accepted
            };
        let name_ok = take(&self.name, "name", &|name| checked_spa_name(name).is_some());
        // On the white card and page, an accent under 3:1 would hide the button and the marks.
        let accent_ok = take(&self.accent, "accent", &|accent| {
            Rgb::from_hex(accent).is_some_and(|c| c.stands_out_on(&[Rgb::WHITE]))
        });
        let booking_ok = take(&self.followup, "followup", &|url| {
            allowed_booking(url, &self.booking_origins).is_some()
        });
        settings.name = self
            .name
            .as_deref()
            .filter(|_| name_ok)
            .and_then(checked_spa_name);
        settings.accent = self
            .accent
            .as_deref()
            .filter(|_| accent_ok)
            .and_then(Rgb::from_hex);
        settings.booking = self
            .followup
            .as_deref()
            .filter(|_| booking_ok)
            .and_then(|url| allowed_booking(url, &self.booking_origins));
        settings
    }
}

/// What the therapist picked for a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardChoice {
    pub massage_on: CivilDate,
    pub massage: Option<MassageKind>,
    pub tension: Option<Tension>,
    /// The client's language: the card's words, and the page its link opens.
    pub lang: Lang,
}

impl CardChoice {
    /// What the card's link carries: never soreness.
    pub fn prefill(&self) -> Prefill {
        Prefill {
            massage_on: self.massage_on,
            massage: self.massage,
            tension: self.tension,
            earlier_soreness: None,
        }
    }

    /// The link: the check's page in the client's language (`site` is the folder the check is
    /// published in, ending in `/`), with the prefill in the fragment.
    pub fn link(&self, site: &str) -> String {
        let page = match self.lang {
            Lang::En => "",
            other => other.page(),
        };
        [
            site,
            page,
            "#",
            prefill::KEY,
            &prefill::encode(&self.prefill()),
        ]
        .concat()
    }
}

/// Error correction level Q: a quarter of the code can be smudged, folded or scratched and it
/// still reads, which a card in a pocket or a bag needs.
pub const QR_LEVEL: EcLevel = EcLevel::Q;

/// A link's QR code, drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// An `<svg>` element, one path on a white square with the four-module quiet zone, sized
    /// by its class (the styles give it its millimetres).
    pub svg: String,
    /// The QR version (1 to 40), which sets the number of modules a side.
    pub version: i16,
    /// Modules a side, without the quiet zone.
    pub width: usize,
}

/// The QR code of `link`, by the `qrcode` crate at [`QR_LEVEL`]; `None` if it cannot hold it.
pub fn qr(link: &str) -> Option<Qr> {
    let code = QrCode::with_error_correction_level(link.as_bytes(), QR_LEVEL).ok()?;
    let version = match code.version() {
        qrcode::Version::Normal(version) | qrcode::Version::Micro(version) => version,
    };
    let drawn = code
        .render::<svg::Color>()
        .module_dimensions(1, 1)
        .quiet_zone(true)
        .dark_color(svg::Color("#000"))
        .light_color(svg::Color("#fff"))
        .build();
    // The crate writes a standalone file: inline, the element alone, decorative (the link is
    // written out beside it), with no fixed size.
    let start = drawn.find("<svg")?;
    let svg = drawn[start..].replacen(
        "<svg ",
        r#"<svg aria-hidden="true" focusable="false" class="af-card__qr" "#,
        1,
    );
    Some(Qr {
        svg,
        version,
        width: code.width(),
    })
}

/// How many cards a printed sheet holds: two columns of four business cards (85 × 55 mm), which
/// fit both A4 and US Letter inside a printer's margins.
pub const CARDS_PER_SHEET: usize = 8;

/// Writes one printed card: the code, the spa's name, what the check is for, and the warning
/// signs with what to do, so the card is of use even if it is never scanned.
pub fn write_card(m: &mut Markup, lang: Lang, settings: &Settings, qr: &Qr) {
    let words = lang.words();
    m.tags(r#"<article lang=""#)
        .tags(lang.code())
        .tags(r#"" class="af-card"><div class="af-card__front">"#)
        .tags(&qr.svg);
    m.tags(r#"<div class="af-card__text">"#);
    if let Some(name) = &settings.name {
        m.tags(r#"<p class="af-card__spa">"#)
            .text(name)
            .tags("</p>");
    }
    m.tags(r#"<p class="af-card__heading">"#)
        .text(words.start.heading);
    m.tags(r#"</p><p class="af-card__line">"#)
        .text(lang.card().line)
        .tags(r#"</p></div></div><div class="af-card__watch"><p>"#);
    m.text(words.safety.watch_lead).tags("</p><ul>");
    for watch in words.safety.watch_list() {
        m.tags("<li><strong>")
            .text(watch.sign)
            .tags("</strong>")
            .text(words.language.colon)
            .text(watch.action)
            .tags("</li>");
    }
    m.tags("</ul></div></article>");
}

/// Writes the sheet of cards that "Print cards" prints.
pub fn write_sheet(m: &mut Markup, lang: Lang, settings: &Settings, qr: &Qr) {
    for _ in 0..CARDS_PER_SHEET {
        write_card(m, lang, settings, qr);
    }
}

/// The options of one of the card maker's questions, in the order the check asks them (the
/// value is the option's position; "" is "not said"), labelled in English: the card maker is
/// the therapist's page.
pub fn write_options(m: &mut Markup, question: QuestionId) {
    let words = Lang::En.words();
    m.tags(r#"<option value="">"#)
        .text(words.review.not_answered)
        .tags("</option>");
    for (index, option) in words.question(question).options.iter().enumerate() {
        m.tags(r#"<option value=""#)
            .tags(&crate::content::number(index as u64))
            .tags(r#"">"#)
            .text(option.label)
            .tags("</option>");
    }
}

/// The option a select's value names, for a question answered with `T`.
pub fn option_from_value<T: Choice>(value: &str) -> Option<T> {
    T::from_index(crate::engine::choice::decimal(value)?)
}

/// Why a choice cannot make a card yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceProblem {
    /// No date, or not one the calendar has.
    NoDate,
    /// A massage after today: a card for it would be refused when scanned.
    Future,
}

/// Checks the day of the massage the form gives (`YYYY-MM-DD`, as a date field's value) on
/// `today`.
pub fn massage_day(value: &str, today: CivilDate) -> Result<CivilDate, ChoiceProblem> {
    let day = crate::engine::checkins::parse_iso(value).ok_or(ChoiceProblem::NoDate)?;
    if day > today {
        return Err(ChoiceProblem::Future);
    }
    Ok(day)
}

//! The therapist's aftercare card (issue 18), pure: the host's settings checked, the form's
//! state and its actions, the client's link and its QR code's modules. The card maker's page
//! (`card/index.html`, mounted by `src/bin/card.rs`) shows them through the Yew components of
//! `view`; nothing here touches the browser, and the check's own first visit loads none of it.
//!
//! The link is the one prefilled-check format there is (`engine::prefill`): the day of the
//! massage, its kind and the tension worked on. A card never carries soreness (that is the
//! client's to rate) and the format has no room for a warning sign.

pub mod view;

use std::fmt::Write;
use std::rc::Rc;

use qrcode::{Color, EcLevel, QrCode};
use serde::Deserialize;

use crate::content::Lang;
use crate::engine::answers::{MassageKind, Tension};
use crate::engine::choice::Choice;
use crate::engine::config::{allowed_booking, checked_spa_name, Rgb};
use crate::engine::date::CivilDate;
use crate::engine::prefill::{self, Prefill};

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

/// The quiet zone: four light modules around the code, which readers need to find it.
pub const QUIET_ZONE: usize = 4;

/// A link's QR code, as the modules the card draws.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// Every dark module, as SVG path data in module units, offset by the quiet zone: one
    /// `M{x} {y}h{n}v1h-{n}z` rectangle per run of dark modules in a row. Data for the `d`
    /// attribute of the view's `<path>`, not markup.
    pub path: Rc<str>,
    /// The QR version (1 to 40), which sets the number of modules a side.
    pub version: i16,
    /// Modules a side, without the quiet zone.
    pub width: usize,
}

impl Qr {
    /// Modules a side with the quiet zone: the drawing's view box.
    pub fn side(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }
}

/// The QR code of `link`, by the `qrcode` crate at [`QR_LEVEL`]; `None` if it cannot hold it.
pub fn qr(link: &str) -> Option<Qr> {
    let code = QrCode::with_error_correction_level(link.as_bytes(), QR_LEVEL).ok()?;
    let version = match code.version() {
        qrcode::Version::Normal(version) | qrcode::Version::Micro(version) => version,
    };
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
            if run == 0 {
                x += 1;
                continue;
            }
            // Runs rather than single modules: a third of the path, and no hairline seams
            // between neighbours when a renderer anti-aliases.
            let _ = write!(
                path,
                "M{} {}h{run}v1h-{run}z",
                x + QUIET_ZONE,
                y + QUIET_ZONE
            );
            x += run;
        }
    }
    Some(Qr {
        path: path.into(),
        version,
        width,
    })
}

/// How many cards a printed sheet holds: two columns of four business cards (85 × 55 mm), which
/// fit both A4 and US Letter inside a printer's margins.
pub const CARDS_PER_SHEET: usize = 8;

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
    /// A link too long for a QR code (a host's address of thousands of characters).
    TooLong,
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

/// What the therapist has chosen in the card maker's form, as the form shows it: the date
/// field's text as typed (it may not be a date yet), the options, and the language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardForm {
    /// The date field's value, `YYYY-MM-DD` or whatever is half typed.
    pub date: Rc<str>,
    pub massage: Option<MassageKind>,
    pub tension: Option<Tension>,
    pub lang: Lang,
}

/// A change in the card maker's form, as its fields report it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardAction {
    Date(String),
    Massage(Option<MassageKind>),
    Tension(Option<Tension>),
    Lang(Lang),
}

/// A card the form's choice makes: the choice, its link and the link's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub choice: CardChoice,
    pub link: Rc<str>,
    pub qr: Rc<Qr>,
}

impl CardForm {
    /// The form as the card maker opens: today's date (none when the device gives no date),
    /// nothing said of the massage, English.
    pub fn new(today: Option<CivilDate>) -> CardForm {
        CardForm {
            date: today
                .map(crate::engine::checkins::iso)
                .unwrap_or_default()
                .into(),
            massage: None,
            tension: None,
            lang: Lang::En,
        }
    }

    /// The form after a change: the one field it names, nothing else.
    pub fn apply(&self, action: CardAction) -> CardForm {
        let mut next = self.clone();
        match action {
            CardAction::Date(date) => next.date = date.into(),
            CardAction::Massage(massage) => next.massage = massage,
            CardAction::Tension(tension) => next.tension = tension,
            CardAction::Lang(lang) => next.lang = lang,
        }
        next
    }

    /// The card this choice makes on `today`, for the check published at `site` (see
    /// [`CardChoice::link`]), or why it makes none.
    pub fn card(&self, today: CivilDate, site: &str) -> Result<Card, ChoiceProblem> {
        let choice = CardChoice {
            massage_on: massage_day(&self.date, today)?,
            massage: self.massage,
            tension: self.tension,
            lang: self.lang,
        };
        let link = choice.link(site);
        let qr = qr(&link).ok_or(ChoiceProblem::TooLong)?;
        Ok(Card {
            choice,
            link: link.into(),
            qr: Rc::new(qr),
        })
    }
}

/// The folder the check is published in, from the card maker's own address (the card maker
/// lives in the check's `card/` folder): the address without query or fragment, up to its last
/// `/`, less a final `card/`.
pub fn site_folder(address: &str) -> &str {
    let address = address.split(['#', '?']).next().unwrap_or_default();
    let folder = &address[..address.rfind('/').map_or(0, |at| at + 1)];
    folder.strip_suffix("card/").unwrap_or(folder)
}

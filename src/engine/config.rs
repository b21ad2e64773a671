//! The embed configuration: how a spa's page customises the widget it loads in an iframe,
//! given as URL query parameters, e.g.
//! `?embed=1&accent=%23aa3366&name=Blue%20Lotus%20Spa&followup=https%3A%2F%2Fexample.com%2Fbook&compact=1&origin=https%3A%2F%2Fspa.example`.
//!
//! | parameter  | value                                                                   |
//! |------------|-------------------------------------------------------------------------|
//! | `embed`    | `1`/`true` or `0`/`false`                                                |
//! | `accent`   | `#rgb` or `#rrggbb`, hex digits in either case                          |
//! | `name`     | the spa's name: trimmed, 1..=60 characters, no control characters       |
//! | `followup` | an absolute `http`/`https` URL with a host, at most 500 characters      |
//! | `compact`  | `1`/`true` or `0`/`false`                                                |
//! | `theme`    | `light`, `dark` or `auto` (the device's setting, the default)            |
//! | `origin`   | the parent page's origin, `http(s)://host[:port]`, at most 200 characters |
//! | `opener`   | `1`/`true` or `0`/`false`: a tab the embed opened from a box too small   |
//!
//! Values are percent-decoded (`%XX` bytes, `+` for a space) and must be UTF-8. A value that
//! is not acceptable leaves its setting at the default and is reported as a
//! [`ConfigProblem`] naming the parameter; parsing itself never fails. Unknown parameters are
//! ignored. When a parameter is repeated the last occurrence wins, and only it is checked.
//!
//! The name is plain text, kept as given (`<`, `&` and all): the UI renders it as text.

/// The parameter names, as they appear in the query and in [`ConfigProblem::param`].
pub const EMBED: &str = "embed";
pub const ACCENT: &str = "accent";
pub const NAME: &str = "name";
pub const FOLLOW_UP: &str = "followup";
pub const COMPACT: &str = "compact";
pub const THEME: &str = "theme";
pub const ORIGIN: &str = "origin";
pub const OPENER: &str = "opener";

/// The longest accepted spa name, in characters (after trimming).
pub const NAME_MAX: usize = 60;
/// The longest accepted follow-up URL, in characters.
pub const FOLLOW_UP_MAX: usize = 500;
/// The longest accepted parent origin, in characters.
pub const ORIGIN_MAX: usize = 200;

/// How the widget is set up by the page embedding it. The default is the standalone app.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Config {
    /// Loaded inside another page's iframe.
    pub embedded: bool,
    /// The spa's brand colour.
    pub accent: Option<Rgb>,
    /// The spa's name, plain text.
    pub name: Option<String>,
    /// Where "book a follow-up" leads: an http or https URL, as given.
    pub follow_up: Option<String>,
    /// A denser layout for small iframes.
    pub compact: bool,
    /// Light or dark colours, or the device's setting.
    pub theme: Theme,
    /// The parent page's origin, the target for `postMessage`: lowercase, without a default
    /// port (`:80` for http, `:443` for https), as browsers serialise an origin. In a tab the
    /// embed opened (`opened_by_embed`), the origin of the page that opened it.
    pub parent_origin: Option<String>,
    /// The embed's popup opened this page in a tab of its own, its box on a site builder's
    /// page being too small for a dialog (embed.js); the settings stand only once the embed
    /// confirms it (`Placement::OpenedByEmbed`).
    pub opened_by_embed: bool,
}

/// Where the page runs, as far as a spa's settings are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// In a frame: the embedding page (the spa's snippet) set the settings.
    Framed,
    /// In a tab that the embed's popup opened from inside a frame (a site builder's box), and
    /// that the embed confirmed, by message, from the origin the address names: the settings
    /// are the embed's, as in a frame, but the page is a page of its own (no parent to talk
    /// to, not styled as embedded).
    OpenedByEmbed,
    /// On its own: an address anyone can write and send.
    OnItsOwn,
}

impl Config {
    /// The configuration a page may use where it is opened. Inside a frame the embedding page
    /// (the spa's snippet) set it, so it all stands; in a tab the embed opened and confirmed,
    /// the branding stands too, but there is no parent page. Opened on its own, the address is
    /// one anyone can write and send: a link on the check's own domain must not show a
    /// stranger's name, colour or booking button, so the branding is dropped, along with the
    /// embed-only settings. Returns what was dropped, for a console warning each.
    pub fn for_page(mut self, placement: Placement) -> (Config, Vec<&'static str>) {
        let mut dropped = Vec::new();
        if placement == Placement::OpenedByEmbed {
            self.embedded = false;
            self.parent_origin = None;
        }
        if placement == Placement::OnItsOwn {
            if self.name.take().is_some() {
                dropped.push(NAME);
            }
            if self.accent.take().is_some() {
                dropped.push(ACCENT);
            }
            if self.follow_up.take().is_some() {
                dropped.push(FOLLOW_UP);
            }
            self.embedded = false;
            self.parent_origin = None;
        }
        (self, dropped)
    }
}

/// The colour scheme the page asks for. Not branding (no name, no link), so it stands on the
/// hosted page too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the device's light or dark setting.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    fn from_value(value: &str) -> Option<Theme> {
        match value {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The root element's `data-af-theme` for a scheme chosen over the device's, which the
    /// stylesheet reads (styles/base.css).
    /// Whether a page in this theme can show the `dark` scheme (or, if false, the light one).
    pub fn shows(self, dark: bool) -> bool {
        match self {
            Theme::Auto => true,
            Theme::Light => !dark,
            Theme::Dark => dark,
        }
    }

    pub fn forced(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// A parameter whose value was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The parameter's name: one of the constants above.
    pub param: &'static str,
    pub kind: ProblemKind,
}

/// What was wrong with a parameter's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A `%` not followed by two hex digits, or bytes that are not UTF-8.
    BadEncoding,
    /// The value is empty (or, for the name, only whitespace).
    Empty,
    /// Longer than the parameter allows.
    TooLong,
    /// Not of the accepted form.
    Invalid,
}

/// The configuration a query string (`location.search`, with or without its `?`) asks for,
/// and the parameters that could not be used, in the order of the table above.
pub fn parse_query(query: &str) -> (Config, Vec<ConfigProblem>) {
    const PARAMS: [&str; 8] = [
        EMBED, ACCENT, NAME, FOLLOW_UP, COMPACT, THEME, ORIGIN, OPENER,
    ];
    let query = query.strip_prefix('?').unwrap_or(query);
    // The raw value of the last occurrence of each parameter.
    let mut last: [Option<&str>; 8] = [None; 8];
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = percent_decode(key) else {
            continue;
        };
        if let Some(i) = PARAMS.iter().position(|p| *p == key) {
            last[i] = Some(value);
        }
    }

    let mut config = Config::default();
    let mut problems = Vec::new();
    for (param, raw) in PARAMS.into_iter().zip(last) {
        let Some(raw) = raw else { continue };
        let result = match percent_decode(raw) {
            None => Err(ProblemKind::BadEncoding),
            Some(value) if value.is_empty() => Err(ProblemKind::Empty),
            Some(value) => match param {
                EMBED => flag(&value).map(|on| config.embedded = on),
                ACCENT => Rgb::from_hex(&value)
                    .ok_or(ProblemKind::Invalid)
                    .map(|c| config.accent = Some(c)),
                NAME => spa_name(&value).map(|n| config.name = Some(n)),
                FOLLOW_UP => follow_up(value).map(|u| config.follow_up = Some(u)),
                COMPACT => flag(&value).map(|on| config.compact = on),
                OPENER => flag(&value).map(|on| config.opened_by_embed = on),
                THEME => Theme::from_value(&value)
                    .ok_or(ProblemKind::Invalid)
                    .map(|t| config.theme = t),
                _ => origin(&value).map(|o| config.parent_origin = Some(o)),
            },
        };
        if let Err(kind) = result {
            problems.push(ConfigProblem { param, kind });
        }
    }
    (config, problems)
}

/// A colour given as 8-bit sRGB channels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };
    pub const WHITE: Rgb = Rgb {
        r: 255,
        g: 255,
        b: 255,
    };

    /// A colour from `#rgb` or `#rrggbb`, hex digits in either case.
    pub fn from_hex(text: &str) -> Option<Rgb> {
        let digits = text.strip_prefix('#')?.as_bytes();
        let mut value = [0u8; 6];
        match digits.len() {
            3 => {
                for (i, d) in digits.iter().enumerate() {
                    let v = hex(*d)?;
                    value[2 * i] = v;
                    value[2 * i + 1] = v;
                }
            }
            6 => {
                for (slot, d) in value.iter_mut().zip(digits) {
                    *slot = hex(*d)?;
                }
            }
            _ => return None,
        }
        let channel = |i: usize| value[i] << 4 | value[i + 1];
        Some(Rgb {
            r: channel(0),
            g: channel(2),
            b: channel(4),
        })
    }

    /// `#rrggbb`, lowercase.
    pub fn to_hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut text = String::with_capacity(7);
        text.push('#');
        for channel in [self.r, self.g, self.b] {
            text.push(char::from(DIGITS[usize::from(channel >> 4)]));
            text.push(char::from(DIGITS[usize::from(channel & 15)]));
        }
        text
    }

    /// WCAG 2 relative luminance: 0 for black, 1 for white.
    pub fn relative_luminance(self) -> f32 {
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// Black or white, whichever contrasts more with this colour: the colour for text on it.
    /// Either way the contrast is at least 4.58:1 (WCAG AA asks for 4.5:1).
    pub fn readable_text(self) -> Rgb {
        if contrast_ratio(self, Rgb::BLACK) >= contrast_ratio(self, Rgb::WHITE) {
            Rgb::BLACK
        } else {
            Rgb::WHITE
        }
    }
}

/// What a spa's accent sits on in the light theme: the page and its cards (styles/base.css,
/// `--af-bg` and `--af-surface`; tests/config.rs reads them there).
pub const LIGHT_BACKGROUNDS: [Rgb; 2] = [
    Rgb {
        r: 0xf3,
        g: 0xf6,
        b: 0xf7,
    },
    Rgb::WHITE,
];
/// The same in the dark theme.
pub const DARK_BACKGROUNDS: [Rgb; 2] = [
    Rgb {
        r: 0x0f,
        g: 0x17,
        b: 0x1b,
    },
    Rgb {
        r: 0x17,
        g: 0x23,
        b: 0x29,
    },
];
/// The least contrast an accent needs with what it sits on: the accent fills the primary
/// button, rings the chosen answer and draws the ticks, and WCAG 2 (1.4.11, non-text contrast)
/// asks 3:1 of such parts of a control. An accent under it hides them (issue 27).
pub const CONTROL_CONTRAST: f32 = 3.0;

impl Rgb {
    /// Whether this colour, as the accent, stands out from each of `backgrounds` by at least
    /// [`CONTROL_CONTRAST`].
    pub fn stands_out_on(self, backgrounds: &[Rgb]) -> bool {
        backgrounds
            .iter()
            .all(|background| contrast_ratio(self, *background) >= CONTROL_CONTRAST)
    }
}

/// The WCAG 2 contrast ratio of two colours, from 1 (the same luminance) to 21 (black on white).
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (a.relative_luminance(), b.relative_luminance());
    let (light, dark) = if la >= lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// An sRGB channel, linearised with the sRGB transfer function.
fn linear(channel: u8) -> f32 {
    let c = f32::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        pow_2_4((c + 0.055) / 1.055)
    }
}

/// `x^2.4` for `x` in (0, 1], without `powf` (and the libm code it would pull into the wasm):
/// x^2.4 = x² · x^0.4, and 0.4 = 0.0110 0110 …₂ = (1/4 + 1/8)(1 + 1/16 + 1/256 + …), so the
/// rest is square roots (a single wasm instruction each). Five rounds leave a relative error
/// near 1e-6, below what the contrast comparisons can notice.
fn pow_2_4(x: f32) -> f32 {
    let mut result = x * x;
    let mut s = x;
    for _ in 0..5 {
        let quarter = s.sqrt().sqrt();
        let eighth = quarter.sqrt();
        result *= quarter * eighth;
        s = eighth.sqrt();
    }
    result
}

/// Percent-decodes a query component: `%XX` is a byte, `+` a space. `None` when an escape is
/// broken or the bytes are not UTF-8.
fn percent_decode(raw: &str) -> Option<String> {
    if !raw.contains(['%', '+']) {
        return Some(raw.to_owned());
    }
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let high = hex(*bytes.get(i + 1)?)?;
                let low = hex(*bytes.get(i + 2)?)?;
                out.push(high << 4 | low);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn hex(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

fn flag(value: &str) -> Result<bool, ProblemKind> {
    match value {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(ProblemKind::Invalid),
    }
}

/// A booking address for a page whose host lists the origins it may point to (the card
/// maker's settings, issue 18): checked as `followup` is, and its origin one of `allowed`
/// (each an origin as `origin=` takes it). Returns the address and its host, which the page
/// shows so the therapist sees where it leads.
pub fn allowed_booking(address: &str, allowed: &[String]) -> Option<(String, String)> {
    let address = follow_up(address.to_owned()).ok()?;
    let rest = after_scheme(&address)?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let own = origin(&address[..address.len() - rest.len() + authority.len()]).ok()?;
    let listed = allowed
        .iter()
        .any(|listed| origin(listed).is_ok_and(|listed| listed == own));
    let host = own.split_once("://")?.1.to_owned();
    listed.then_some((address, host))
}

/// The spa's name as the embed's `name` takes it, or `None` when it would be refused.
pub fn checked_spa_name(value: &str) -> Option<String> {
    spa_name(value).ok()
}

/// The spa's name, trimmed. Control characters are refused, and so are the bidirectional
/// embedding, override and isolate controls, which could reorder the text the UI puts after it.
fn spa_name(value: &str) -> Result<String, ProblemKind> {
    let name = value.trim();
    if name.is_empty() {
        return Err(ProblemKind::Empty);
    }
    if name.chars().count() > NAME_MAX {
        return Err(ProblemKind::TooLong);
    }
    let refused =
        |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if name.chars().any(refused) {
        return Err(ProblemKind::Invalid);
    }
    Ok(name.to_owned())
}

/// An absolute http or https URL with a host, kept as given. Refused as well: whitespace,
/// control characters, backslashes (which browsers read as slashes) and credentials before
/// the host (`https://spa.example@elsewhere.example`).
fn follow_up(value: String) -> Result<String, ProblemKind> {
    if value.chars().count() > FOLLOW_UP_MAX {
        return Err(ProblemKind::TooLong);
    }
    if value
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Err(ProblemKind::Invalid);
    }
    let rest = after_scheme(&value).ok_or(ProblemKind::Invalid)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    host_and_port(authority, false).ok_or(ProblemKind::Invalid)?;
    Ok(value)
}

/// An origin, `http(s)://host[:port]` and nothing after, serialised as browsers serialise
/// one: lowercase, the port without leading zeros, and no port when it is the scheme's default.
fn origin(value: &str) -> Result<String, ProblemKind> {
    if value.chars().count() > ORIGIN_MAX {
        return Err(ProblemKind::TooLong);
    }
    let authority = after_scheme(value).ok_or(ProblemKind::Invalid)?;
    let (host, port) = host_and_port(authority, true).ok_or(ProblemKind::Invalid)?;
    let https = value.len() - authority.len() == "https://".len();
    let mut origin = String::with_capacity(value.len());
    origin.push_str(if https { "https://" } else { "http://" });
    origin.push_str(&host.to_ascii_lowercase());
    if let Some(port) = port {
        let port = port.trim_start_matches('0');
        let port = if port.is_empty() { "0" } else { port };
        if port != if https { "443" } else { "80" } {
            origin.push(':');
            origin.push_str(port);
        }
    }
    Ok(origin)
}

/// What follows `http://` or `https://` (either in any case), if `url` starts with one.
fn after_scheme(url: &str) -> Option<&str> {
    ["http://", "https://"].into_iter().find_map(|scheme| {
        let head = url.get(..scheme.len())?;
        if head.eq_ignore_ascii_case(scheme) {
            url.get(scheme.len()..)
        } else {
            None
        }
    })
}

/// The host and port of `authority`, if it is a host with an optional port: a name (ASCII
/// letters, digits, `-`, `.` and `_`; for a URL, `ascii_only` false, also any non-ASCII
/// character of an internationalised name) or a bracketed IPv6 address; then optionally `:`
/// and 1 to 5 digits up to 65535.
fn host_and_port(authority: &str, ascii_only: bool) -> Option<(&str, Option<&str>)> {
    let (host, port) = if authority.starts_with('[') {
        let end = authority.find(']')? + 1;
        let (host, rest) = authority.split_at(end);
        let address = &host[1..end - 1];
        if address.is_empty()
            || !address
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return None;
        }
        match rest {
            "" => (host, None),
            _ => (host, Some(rest.strip_prefix(':')?)),
        }
    } else {
        let (host, port) = match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        let name_char = |c: char| {
            c.is_ascii_alphanumeric()
                || matches!(c, '-' | '.' | '_')
                || (!ascii_only && !c.is_ascii())
        };
        if host.is_empty() || !host.chars().all(name_char) {
            return None;
        }
        (host, port)
    };
    if let Some(digits) = port {
        let ok = (1..=5).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && digits
                .bytes()
                .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
                <= 65535;
        if !ok {
            return None;
        }
    }
    Some((host, port))
}

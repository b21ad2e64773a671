//! The calendar reminder to check again: which day, and the event as an iCalendar file
//! (RFC 5545) any calendar app can add. The article's safety net is time: this soreness usually
//! shows up within 24 to 72 hours, and soreness with no sign of getting better after three or
//! four days is a reason to contact a provider. So the reminder falls on the morning of day 3
//! after the massage, or on the next morning when that has come already.
//!
//! Pure: the platform hands over the days (the device's own calendar) and the moment the file
//! is made (UTC), and the words; this writes the text.

use super::date::CivilDate;

/// The hour of the morning the reminder is for, in the person's own time wherever they are
/// (a "floating" time: no time zone, so travelling does not move it to the night).
const MORNING_HOUR: u8 = 9;

/// The day to check again: day 3 after the massage, or tomorrow when that is today or past.
pub fn reminder_day(massage_on: CivilDate, today: CivilDate) -> CivilDate {
    let day_three = massage_on.day_number() + 3;
    CivilDate::from_day_number(day_three.max(today.day_number() + 1))
}

/// A moment in UTC, to the second: when the file was made (iCalendar's `DTSTAMP`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UtcMoment {
    pub date: CivilDate,
    /// Seconds since midnight UTC, below 86,400.
    pub second_of_day: u32,
}

impl UtcMoment {
    /// The moment `millis` milliseconds after 1970-01-01T00:00:00Z (JavaScript's `Date.now()`).
    pub fn from_unix_millis(millis: f64) -> UtcMoment {
        let seconds = (millis / 1000.0).floor() as i64;
        UtcMoment { date: CivilDate::from_day_number(seconds.div_euclid(86_400)), second_of_day: seconds.rem_euclid(86_400) as u32 }
    }
}

/// What the event says and where it leads. The words come from `content`: the event's text says
/// nothing beyond checking how one's back is.
pub struct Event<'a> {
    pub day: CivilDate,
    /// The event's title, and what its alarm shows.
    pub summary: &'a str,
    /// Under the title: how to reopen the check (its link, or where the link cannot be known,
    /// to open the downloaded file again).
    pub description: &'a str,
    /// The check's address with what is known in its fragment, when the page has one.
    pub url: Option<&'a str>,
    /// When the file was made.
    pub made: UtcMoment,
}

/// The event as an iCalendar file: one event at 09:00 on its day, a quarter of an hour long,
/// with an alarm as it starts. Lines end in CRLF and are folded at 75 octets, as RFC 5545 asks.
pub fn calendar(event: &Event) -> String {
    let day = date_digits(event.day);
    let made = [date_digits(event.made.date), "T".into(), time_digits(event.made.second_of_day), "Z".into()].concat();
    let start = [day.as_str(), "T", &two_digits(MORNING_HOUR), "0000"].concat();
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Aftercare//Check again reminder//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        // Unique to this file: the day it is for and the moment it was made.
        ["UID:aftercare-", &day, "-", &made, "@aftercare.invalid"].concat(),
        ["DTSTAMP:", &made].concat(),
        ["DTSTART:", &start].concat(),
        "DURATION:PT15M".into(),
        ["SUMMARY:", &text(event.summary)].concat(),
        ["DESCRIPTION:", &text(event.description)].concat(),
    ];
    if let Some(url) = event.url {
        lines.push(["URL:", url].concat());
    }
    lines.extend([
        "TRANSP:TRANSPARENT".into(),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        "TRIGGER:PT0M".into(),
        ["DESCRIPTION:", &text(event.summary)].concat(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ]);
    let mut file = String::new();
    for line in &lines {
        fold_into(&mut file, line);
    }
    file
}

/// A TEXT value with its backslashes, semicolons, commas and line breaks escaped.
fn text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' | ';' | ',' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Appends `line` with CRLF, folded so that no line is longer than 75 octets: each further part
/// starts with a space, and a character is never split between two lines.
fn fold_into(file: &mut String, line: &str) {
    let mut room = 75;
    for c in line.chars() {
        if c.len_utf8() > room {
            file.push_str("\r\n ");
            room = 74;
        }
        file.push(c);
        room -= c.len_utf8();
    }
    file.push_str("\r\n");
}

/// `YYYYMMDD`. Digits written by hand: `format!` would bring `core::fmt` into the wasm (README,
/// "Keeping the first visit small").
fn date_digits(date: CivilDate) -> String {
    let year = date.year.clamp(0, 9999) as u16;
    [two_digits((year / 100) as u8), two_digits((year % 100) as u8), two_digits(date.month), two_digits(date.day)].concat()
}

fn time_digits(second_of_day: u32) -> String {
    let s = second_of_day.min(86_399);
    [two_digits((s / 3600) as u8), two_digits((s / 60 % 60) as u8), two_digits((s % 60) as u8)].concat()
}

fn two_digits(n: u8) -> String {
    let n = n.min(99);
    [char::from(b'0' + n / 10), char::from(b'0' + n % 10)].iter().collect()
}

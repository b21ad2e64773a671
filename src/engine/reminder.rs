//! The calendar reminder to check again: which day, and the event as an iCalendar file
//! (RFC 5545) any calendar app can add. The article's safety net is time: this soreness usually
//! shows up within 24 to 72 hours, and soreness with no sign of getting better after three or
//! four days is a reason to contact a provider. So the reminder falls on the morning of day 3
//! after the massage, or on the next morning when that has come already.
//!
//! Pure: the platform hands over the days (the device's own calendar) and the moment the file
//! is made (UTC), and the words; this writes the text.

use super::date::CivilDate;

/// The time of the morning the reminder is for, 09:00, in the person's own time wherever they
/// are (a "floating" time: no time zone, so travelling does not move it to the night).
const MORNING: &str = "T090000";

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
        UtcMoment {
            date: CivilDate::from_day_number(seconds.div_euclid(86_400)),
            second_of_day: seconds.rem_euclid(86_400) as u32,
        }
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
    let mut day = String::new();
    push_date(&mut day, event.day);
    let mut made = String::new();
    push_date(&mut made, event.made.date);
    made.push('T');
    let second = event.made.second_of_day.min(86_399);
    for part in [second / 3600, second / 60 % 60, second % 60] {
        push_two_digits(&mut made, part as u8);
    }
    made.push('Z');
    let summary = text(event.summary);
    let mut file = String::new();
    let mut line = |parts: &[&str]| fold_into(&mut file, &parts.concat());
    line(&["BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Aftercare//Check again reminder//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT"]);
    // Unique to this file: the day it is for and the moment it was made.
    line(&["UID:aftercare-", &day, "-", &made, "@aftercare.invalid"]);
    line(&["DTSTAMP:", &made]);
    line(&["DTSTART:", &day, MORNING, "\r\nDURATION:PT15M"]);
    line(&["SUMMARY:", &summary]);
    line(&["DESCRIPTION:", &text(event.description)]);
    if let Some(url) = event.url {
        line(&["URL:", url]);
    }
    line(&["TRANSP:TRANSPARENT\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT0M"]);
    line(&["DESCRIPTION:", &summary]);
    line(&["END:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR"]);
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

/// Appends `lines` with CRLF, each folded so that no line is longer than 75 octets: each further
/// part starts with a space, and a character is never split between two lines. (Lines that
/// are fixed and short may come several at once, already joined by CRLF.)
fn fold_into(file: &mut String, lines: &str) {
    let mut room = 75;
    for c in lines.chars() {
        if c == '\n' {
            room = 76;
        } else if c.len_utf8() > room {
            file.push_str("\r\n ");
            room = 74;
        }
        file.push(c);
        room = room.saturating_sub(c.len_utf8());
    }
    file.push_str("\r\n");
}

/// The file as a `data:` address of type `text/calendar`, for a link that downloads it: the
/// page makes no request and needs no script of its own to offer it.
pub fn data_address(calendar: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut address = String::from("data:text/calendar;charset=utf-8,");
    for byte in calendar.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            address.push(char::from(byte));
        } else {
            address.push('%');
            address.push(char::from(HEX[usize::from(byte >> 4)]));
            address.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    address
}

/// Appends `YYYYMMDD`. Digits written by hand: `format!` would bring `core::fmt` into the wasm
/// (README, "Keeping the first visit small").
fn push_date(out: &mut String, date: CivilDate) {
    let year = date.year.clamp(0, 9999) as u16;
    for part in [(year / 100) as u8, (year % 100) as u8, date.month, date.day] {
        push_two_digits(out, part);
    }
}

fn push_two_digits(out: &mut String, n: u8) {
    let n = n.min(99);
    out.push(char::from(b'0' + n / 10));
    out.push(char::from(b'0' + n % 10));
}

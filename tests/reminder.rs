//! The calendar reminder (src/engine/reminder.rs): the day it falls on, and the iCalendar file
//! read back with an independent parser (the `ical` crate), as a calendar app would read it.

use aftercare::engine::date::CivilDate;
use aftercare::engine::reminder::{calendar, reminder_day, Event, UtcMoment};
use ical::parser::ical::component::IcalCalendar;
use ical::IcalParser;

fn date(year: i32, month: u8, day: u8) -> CivilDate {
    CivilDate::new(year, month, day).expect("a real date")
}

#[test]
fn the_reminder_falls_on_day_three_or_tomorrow_once_that_has_come() {
    let massage = date(2026, 11, 29);
    // Day 3 after a massage on 29 November is 2 December.
    assert_eq!(reminder_day(massage, date(2026, 11, 29)), date(2026, 12, 2));
    assert_eq!(reminder_day(massage, date(2026, 11, 30)), date(2026, 12, 2));
    assert_eq!(reminder_day(massage, date(2026, 12, 1)), date(2026, 12, 2));
    // On day 3 itself, or later, the morning has come: the next one.
    assert_eq!(reminder_day(massage, date(2026, 12, 2)), date(2026, 12, 3));
    assert_eq!(reminder_day(massage, date(2026, 12, 9)), date(2026, 12, 10));
    // Across a year and a leap day.
    assert_eq!(
        reminder_day(date(2026, 12, 30), date(2026, 12, 30)),
        date(2027, 1, 2)
    );
    assert_eq!(
        reminder_day(date(2028, 2, 27), date(2028, 2, 27)),
        date(2028, 3, 1)
    );
}

#[test]
fn a_moment_from_javascript_milliseconds() {
    // 2026-12-02T10:39:27.500Z
    let moment = UtcMoment::from_unix_millis(1_796_207_967_500.0);
    assert_eq!(
        moment,
        UtcMoment {
            date: date(2026, 12, 2),
            second_of_day: 10 * 3600 + 39 * 60 + 27
        }
    );
    assert_eq!(
        UtcMoment::from_unix_millis(0.0),
        UtcMoment {
            date: date(1970, 1, 1),
            second_of_day: 0
        }
    );
}

/// The one calendar in `file`, parsed by the `ical` crate.
fn parse(file: &str) -> IcalCalendar {
    let mut calendars = IcalParser::new(file.as_bytes());
    let calendar = calendars
        .next()
        .expect("a calendar")
        .expect("a calendar the parser reads");
    assert!(calendars.next().is_none(), "one calendar");
    calendar
}

fn value<'a>(properties: &'a [ical::property::Property], name: &str) -> &'a str {
    let found: Vec<_> = properties.iter().filter(|p| p.name == name).collect();
    assert_eq!(found.len(), 1, "one {name}");
    found[0].value.as_deref().unwrap_or("")
}

/// A TEXT value as RFC 5545 reads it (the parser leaves the escapes in).
fn unescape(value: &str) -> String {
    let mut text = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n' | 'N') => text.push('\n'),
                Some(other) => text.push(other),
                None => {}
            },
            (c, false) => text.push(c),
        }
    }
    text
}

const LINK: &str = "https://aftercare.example/tools/aftercare/#p=1AneCjU";

fn event<'a>(summary: &'a str, description: &'a str, url: Option<&'a str>) -> Event<'a> {
    Event {
        day: date(2026, 12, 4),
        summary,
        description,
        url,
        made: UtcMoment {
            date: date(2026, 12, 2),
            second_of_day: 10 * 3600 + 39 * 60 + 27,
        },
    }
}

#[test]
fn the_file_is_one_morning_event_with_an_alarm_that_a_calendar_reads() {
    let file = calendar(&event("Check how your back is", LINK, Some(LINK)));
    let calendar = parse(&file);
    assert_eq!(value(&calendar.properties, "VERSION"), "2.0");
    assert!(value(&calendar.properties, "PRODID").contains("Aftercare"));
    assert_eq!(calendar.events.len(), 1);
    let event = &calendar.events[0];
    // 09:00 on its day, in the person's own time (no time zone), a quarter of an hour.
    assert_eq!(value(&event.properties, "DTSTART"), "20261204T090000");
    assert_eq!(value(&event.properties, "DURATION"), "PT15M");
    assert_eq!(value(&event.properties, "DTSTAMP"), "20261202T103927Z");
    assert_eq!(
        value(&event.properties, "UID"),
        "aftercare-20261204-20261202T103927Z@aftercare.invalid"
    );
    assert_eq!(
        value(&event.properties, "SUMMARY"),
        "Check how your back is"
    );
    assert_eq!(value(&event.properties, "URL"), LINK);
    assert_eq!(value(&event.properties, "DESCRIPTION"), LINK);
    assert_eq!(event.alarms.len(), 1);
    let alarm = &event.alarms[0];
    assert_eq!(value(&alarm.properties, "ACTION"), "DISPLAY");
    assert_eq!(value(&alarm.properties, "TRIGGER"), "PT0M");
    assert_eq!(
        value(&alarm.properties, "DESCRIPTION"),
        "Check how your back is"
    );
    // Nothing of the check's answers: the link's fragment is all it carries.
    for line in file.lines() {
        assert!(
            !line.to_lowercase().contains("sore") && !line.to_lowercase().contains("pain"),
            "{line}"
        );
    }
}

#[test]
fn lines_end_in_crlf_and_fold_at_75_octets_without_splitting_a_character() {
    let long = "Ouvrez de nouveau le fichier téléchargé «\u{a0}Aftercare\u{a0}» pour vérifier où en est votre dos, ou revenez à la page où vous l\u{2019}avez fait";
    let file = calendar(&event("Vérifiez comment va votre dos", long, None));
    assert!(file.ends_with("\r\n"));
    assert!(
        !file.replace("\r\n", "").contains('\n'),
        "no bare line feed"
    );
    for line in file.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(file.contains("\r\n "), "the long description is folded");
    // Read back whole: folding lost nothing, and no URL where the page has no address.
    let calendar = parse(&file);
    let event = &calendar.events[0];
    assert_eq!(unescape(value(&event.properties, "DESCRIPTION")), long);
    assert!(event.properties.iter().all(|p| p.name != "URL"));
}

#[test]
fn text_is_escaped_as_icalendar_asks() {
    let file = calendar(&event("Back; check, again\\now", "one\ntwo", None));
    assert!(
        file.contains("SUMMARY:Back\\; check\\, again\\\\now\r\n"),
        "{file}"
    );
    assert!(file.contains("DESCRIPTION:one\\ntwo\r\n"), "{file}");
    let calendar = parse(&file);
    assert_eq!(
        unescape(value(&calendar.events[0].properties, "SUMMARY")),
        "Back; check, again\\now"
    );
    assert_eq!(
        unescape(value(&calendar.events[0].properties, "DESCRIPTION")),
        "one\ntwo"
    );
}

#[test]
fn the_download_address_is_the_file_itself_percent_encoded() {
    use aftercare::engine::reminder::data_address;
    let file = calendar(&event("Vérifiez comment va votre dos", LINK, Some(LINK)));
    let address = data_address(&file);
    let encoded = address
        .strip_prefix("data:text/calendar;charset=utf-8,")
        .expect("a text/calendar data address");
    assert!(
        encoded
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)),
        "{encoded}"
    );
    // Decoded byte by byte, it is the file, accents and CRLFs included.
    let mut bytes = Vec::new();
    let mut rest = encoded.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        if first == b'%' {
            bytes.push(u8::from_str_radix(std::str::from_utf8(&tail[..2]).unwrap(), 16).unwrap());
            rest = &tail[2..];
        } else {
            bytes.push(first);
            rest = tail;
        }
    }
    assert_eq!(String::from_utf8(bytes).unwrap(), file);
}

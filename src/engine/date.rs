//! Calendar dates for the printed page: the day of the check and, from the answer to "When was
//! your massage?", the day of the massage. Whole days only, no time zone: the browser gives the
//! person's own calendar day, and the arithmetic here is the proleptic Gregorian calendar.

use super::answers::Elapsed;

/// A day of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    pub year: i32,
    /// 1 (January) to 12.
    pub month: u8,
    /// 1 to the month's length.
    pub day: u8,
}

impl CivilDate {
    /// The date, if it is a real one (no 31 April, no 29 February outside a leap year).
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(CivilDate { year, month, day })
    }

    /// The date `days` days earlier.
    pub fn days_before(self, days: u32) -> CivilDate {
        civil_from_days(self.day_number() - i64::from(days))
    }

    /// Days since 1 January 1970 (negative before it).
    pub fn day_number(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// The date `day_number` days after 1 January 1970.
    pub fn from_day_number(day_number: i64) -> CivilDate {
        civil_from_days(day_number)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil and civil_from_days: exact for every date, with eras of
// 400 years so leap years need no special cases.
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let m = i64::from(month);
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> CivilDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
    let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
    let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
    CivilDate { year, month, day }
}

/// When the massage was, as far as the answer tells: a day, and whether it may be earlier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MassageDay {
    pub date: CivilDate,
    /// How many days before the check.
    pub days_before: u32,
    /// "Four days ago or longer": the massage was on this day or earlier.
    pub or_earlier: bool,
}

/// The day of the massage, counted back from the day of the check.
pub fn massage_day(checked: CivilDate, elapsed: Elapsed) -> MassageDay {
    let (days_before, or_earlier) = match elapsed {
        Elapsed::Today => (0, false),
        Elapsed::OneDay => (1, false),
        Elapsed::TwoDays => (2, false),
        Elapsed::ThreeDays => (3, false),
        Elapsed::FourDaysOrMore => (4, true),
    };
    MassageDay {
        date: checked.days_before(days_before),
        days_before,
        or_earlier,
    }
}

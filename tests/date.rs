//! Calendar arithmetic for the printed page, checked against dates anyone can verify and, for
//! every day over four centuries, against itself in both directions.

use aftercare::content::en::WORDS as EN;
use aftercare::engine::answers::Elapsed;
use aftercare::engine::date::{massage_day, CivilDate};

fn day(year: i32, month: u8, day: u8) -> CivilDate {
    CivilDate::new(year, month, day).expect("a real date")
}

#[test]
fn real_dates_only() {
    assert!(CivilDate::new(2026, 2, 29).is_none() && CivilDate::new(2028, 2, 29).is_some());
    assert!(CivilDate::new(1900, 2, 29).is_none() && CivilDate::new(2000, 2, 29).is_some());
    assert!(
        CivilDate::new(2026, 4, 31).is_none()
            && CivilDate::new(2026, 13, 1).is_none()
            && CivilDate::new(2026, 1, 0).is_none()
    );
}

#[test]
fn counting_back_crosses_months_years_and_leap_days() {
    assert_eq!(day(1970, 1, 1).day_number(), 0);
    assert_eq!(day(2026, 12, 1).days_before(2), day(2026, 11, 29));
    assert_eq!(day(2027, 1, 2).days_before(4), day(2026, 12, 29));
    assert_eq!(day(2028, 3, 1).days_before(1), day(2028, 2, 29));
    assert_eq!(day(2026, 3, 1).days_before(1), day(2026, 2, 28));
    assert_eq!(day(2000, 3, 1).days_before(1), day(2000, 2, 29));
}

#[test]
fn every_day_of_four_centuries_round_trips() {
    let start = day(1900, 1, 1).day_number();
    let mut previous: Option<CivilDate> = None;
    for n in start..start + 146_097 {
        let date = CivilDate::from_day_number(n);
        assert_eq!(date.day_number(), n);
        assert_eq!(
            CivilDate::new(date.year, date.month, date.day),
            Some(date),
            "a real date: {date:?}"
        );
        if let Some(previous) = previous {
            assert!(
                previous < date,
                "days follow in order: {previous:?} then {date:?}"
            );
        }
        previous = Some(date);
    }
}

#[test]
fn dates_are_printed_with_the_month_in_words() {
    assert_eq!(EN.date(day(2026, 12, 1)), "1 December 2026");
    assert_eq!(EN.date(day(2027, 1, 31)), "31 January 2027");
    let today = day(2026, 12, 1);
    assert_eq!(
        EN.massage_date(massage_day(today, Elapsed::Today)),
        "1 December 2026 (the day of the check)"
    );
    assert_eq!(
        EN.massage_date(massage_day(today, Elapsed::OneDay)),
        "About 30 November 2026 (a day before the check)"
    );
    assert_eq!(
        EN.massage_date(massage_day(today, Elapsed::ThreeDays)),
        "About 28 November 2026 (3 days before the check)"
    );
    assert_eq!(
        EN.massage_date(massage_day(today, Elapsed::FourDaysOrMore)),
        "27 November 2026 or earlier (4 or more days before the check)"
    );
}

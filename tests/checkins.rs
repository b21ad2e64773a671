//! Check-ins remembered on this device (issue 17), against the article: soreness with no sign
//! of improvement after three or four days is a reason to contact a healthcare provider. Each
//! vignette is a person, the checks this device kept for them, today's answers, and the tier
//! the article gives; then the record itself: its shape, and every way a stranger's record is
//! refused.

use aftercare::engine::answers::{Elapsed, MassageKind, Tension, Trend};
use aftercare::engine::checkins::{iso, parse_iso, CheckinRecord, Checkins, Earlier, RecordProblem, KEEP_DAYS};
use aftercare::engine::date::CivilDate;
use aftercare::engine::opening::open;
use aftercare::engine::triage::{triage, Headline};
use aftercare::engine::{Action, Answers, QuestionId, Screen, Session, Urgency};

fn date(year: i32, month: u8, day: u8) -> CivilDate {
    CivilDate::new(year, month, day).expect("a real date")
}

/// 1 December 2026, the day of the massage in every vignette.
const MASSAGE_ON: CivilDate = CivilDate { year: 2026, month: 12, day: 1 };

/// Check-ins for a massage on 1 December, with checks on these days of December.
fn kept(checks: &[(u8, u8)]) -> Checkins {
    let mut soreness = Vec::new();
    for (day, score) in checks {
        let after = usize::from(day - 1);
        soreness.resize(soreness.len().max(after + 1), None);
        soreness[after] = Some(*score);
    }
    Checkins { massage_on: MASSAGE_ON, massage: Some(MassageKind::DeepTissue), tension: Some(Tension::Lots), kept_until: date(2026, 12, 15), soreness }
}

/// The check a person takes on `today` with these check-ins: no warning sign, today's
/// soreness, the first option of the rest. Returns the questions asked and the session at the
/// review.
fn check(checkins: &Checkins, today: CivilDate, soreness: u8) -> (Vec<QuestionId>, Session) {
    let mut session = open("", "", None).with_checkins(checkins, today).session.apply(Action::Begin);
    let mut asked = Vec::new();
    while let Screen::Question(question) = session.screen {
        asked.push(question);
        let index = match question {
            QuestionId::WarningSigns => 4,
            QuestionId::Soreness => usize::from(soreness),
            _ => 0,
        };
        session = session.apply(Action::Pick(question, index)).apply(Action::Next);
    }
    assert_eq!(session.screen, Screen::Review);
    (asked, session)
}

#[test]
fn the_trend_is_worked_out_from_the_history_not_asked() {
    // (earlier checks as (day of December, score), today's score, the trend it shows)
    let table: [(&[(u8, u8)], u8, Trend); 8] = [
        (&[(2, 6)], 4, Trend::Better),
        (&[(2, 6)], 6, Trend::Same),
        (&[(2, 6)], 7, Trend::Worse),
        (&[(2, 6), (3, 3)], 3, Trend::Better), // lower than it was, and holding
        (&[(2, 6), (3, 3)], 4, Trend::Worse),  // up again since the last check
        (&[(2, 3), (3, 6)], 5, Trend::Better),
        (&[(2, 0)], 0, Trend::Same),
        (&[(2, 5), (3, 5)], 5, Trend::Same),
    ];
    for (earlier, today, trend) in table {
        let (asked, session) = check(&kept(earlier), date(2026, 12, 4), today);
        assert!(!asked.contains(&QuestionId::Trend), "{earlier:?}: not asked");
        assert_eq!(session.answers.trend, Some(trend), "{earlier:?} then {today}");
    }
}

#[test]
fn vignette_day_3_no_better_than_day_1_contacts_a_provider() {
    // A deep tissue massage on 1 December; she rated 5 on day 1 and 5 again on day 3.
    let (asked, session) = check(&kept(&[(2, 5)]), date(2026, 12, 4), 5);
    assert_eq!(asked, [QuestionId::WarningSigns, QuestionId::Soreness, QuestionId::Feel, QuestionId::Hydration, QuestionId::Tried]);
    assert_eq!(session.answers.elapsed, Some(Elapsed::ThreeDays), "day 3, counted from the date");
    let result = triage(&session.answers);
    assert_eq!(result.urgency, Urgency::ContactProvider);
    assert_eq!(result.headline, Headline::NotImproving(Elapsed::ThreeDays));
}

#[test]
fn vignette_day_3_better_than_day_1_stays_self_care() {
    let (_, session) = check(&kept(&[(2, 7)]), date(2026, 12, 4), 4);
    assert_eq!(triage(&session.answers).urgency, Urgency::SelfCare);
}

#[test]
fn vignette_day_2_worse_than_day_1_is_still_self_care() {
    // The article: this soreness usually appears 24 to 72 hours after, so on day 2 it can
    // still be coming on (docs/SAFETY.md, T2).
    let (_, session) = check(&kept(&[(2, 3)]), date(2026, 12, 3), 6);
    assert_eq!(session.answers.trend, Some(Trend::Worse));
    assert_eq!(triage(&session.answers).urgency, Urgency::SelfCare);
}

#[test]
fn vignette_day_5_going_back_up_contacts_a_provider_at_four_days_or_more() {
    let (_, session) = check(&kept(&[(2, 6), (4, 3)]), date(2026, 12, 6), 5);
    assert_eq!(triage(&session.answers).headline, Headline::NotImproving(Elapsed::FourDaysOrMore));
}

#[test]
fn warning_signs_are_asked_every_time_and_still_win() {
    let mut session = open("", "", None).with_checkins(&kept(&[(2, 2)]), date(2026, 12, 3)).session.apply(Action::Begin);
    assert_eq!(session.screen, Screen::Question(QuestionId::WarningSigns));
    session = session.apply(Action::Pick(QuestionId::WarningSigns, 0)).apply(Action::Next);
    assert_eq!(session.screen, Screen::Result);
    assert_eq!(triage(&session.answers).urgency, Urgency::UrgentCare);
}

#[test]
fn with_only_a_check_from_today_the_trend_is_asked() {
    let (asked, _) = check(&kept(&[(3, 4)]), date(2026, 12, 3), 4);
    assert!(asked.contains(&QuestionId::Trend));
}

#[test]
fn the_derived_trend_can_be_changed_on_the_review() {
    let (_, review) = check(&kept(&[(2, 5)]), date(2026, 12, 4), 5);
    let changing = review.apply(Action::Change(QuestionId::Trend));
    assert_eq!(changing.screen, Screen::Question(QuestionId::Trend));
    let changed = changing.apply(Action::Pick(QuestionId::Trend, 0)).apply(Action::Next);
    assert_eq!(changed.answers.trend, Some(Trend::Better));
    assert_eq!(triage(&changed.answers).urgency, Urgency::SelfCare);
}

#[test]
fn a_shared_result_a_saved_check_and_another_massage_s_reminder_come_first() {
    let checkins = kept(&[(2, 5)]);
    let today = date(2026, 12, 4);
    let unfinished = Session::default().apply(Action::Begin).apply(Action::Pick(QuestionId::WarningSigns, 4)).apply(Action::Next);
    let saved = aftercare::engine::opening::save(&unfinished);
    let resumed = open("", "", Some(&saved)).with_checkins(&checkins, today);
    assert_eq!(resumed.session, Session::default(), "the saved check is offered instead");
    let other = aftercare::engine::prefill::Prefill { massage_on: date(2026, 11, 30), massage: None, tension: None, earlier_soreness: None };
    let fragment = ["#p=", &aftercare::engine::prefill::encode(&other)].concat();
    let linked = open("", &fragment, None).with_prefill(&fragment, today).with_checkins(&checkins, today);
    assert_eq!(linked.prefill, Some(other), "the link's massage, not the remembered one");
    assert_eq!(linked.session.earlier, None);
}

#[test]
fn starting_needs_the_massage_day_exactly_and_keeps_today_s_soreness() {
    let today = date(2026, 12, 2);
    let answers = Answers { elapsed: Some(Elapsed::OneDay), soreness: Some(6), massage: Some(MassageKind::Sports), ..Answers::default() };
    let started = Checkins::start(&answers, today).expect("one day ago is a known day");
    assert_eq!(started.massage_on, MASSAGE_ON);
    assert_eq!(started.kept_until, date(2026, 12, 16), "14 days from the day the person said yes");
    assert_eq!(started.soreness, [None, Some(6)], "by days after the massage");
    let long_ago = Answers { elapsed: Some(Elapsed::FourDaysOrMore), ..answers };
    assert_eq!(Checkins::start(&long_ago, today), None, "four days or more is no day to count from");
    assert_eq!(Checkins::start(&Answers::default(), today), None);
}

#[test]
fn a_second_check_on_one_day_replaces_the_first_and_each_day_keeps_its_place() {
    let checkins = kept(&[(2, 6), (5, 2)]); // the 5th: made a day ahead, before a flight west
    let today = Answers { soreness: Some(4), ..Answers::default() };
    let updated = checkins.with_check(&today, date(2026, 12, 4)).with_check(&Answers { soreness: Some(3), ..today }, date(2026, 12, 4));
    assert_eq!(updated.soreness, [None, Some(6), None, Some(3), Some(2)]);
    assert_eq!(updated.earlier(date(2026, 12, 5)), Some(Earlier { last: 3, highest: 6 }));
    assert_eq!(updated.day(date(2026, 12, 5)), 4);
}

// ----- The record ----------------------------------------------------------------------------

#[test]
fn the_record_has_the_documented_shape_and_reads_back() {
    let checkins = kept(&[(2, 6), (3, 5)]);
    let json = serde_json::to_string(&checkins.record()).expect("serialises");
    assert_eq!(json, r#"{"version":1,"massageOn":"2026-12-01","massage":1,"tension":2,"keptUntil":"2026-12-15","soreness":[null,6,5]}"#);
    let record: CheckinRecord = serde_json::from_str(&json).expect("parses");
    assert_eq!(Checkins::from_record(&record, date(2026, 12, 4)), Ok(checkins));
    // Unanswered options are absent (JSON.stringify drops undefined) or null.
    let bare = r#"{"version":1,"massageOn":"2026-12-01","massage":null,"keptUntil":"2026-12-15","soreness":[]}"#;
    let record: CheckinRecord = serde_json::from_str(bare).expect("parses");
    let read = Checkins::from_record(&record, date(2026, 12, 4)).expect("valid");
    assert_eq!((read.massage, read.tension), (None, None));
}

#[test]
fn a_record_is_dropped_when_its_days_are_over() {
    let record = kept(&[(2, 6)]).record();
    assert!(Checkins::from_record(&record, date(2026, 12, 15)).is_ok(), "kept through its last day");
    assert_eq!(Checkins::from_record(&record, date(2026, 12, 16)), Err(RecordProblem::Expired));
}

#[test]
fn a_stranger_s_record_is_refused_whole() {
    let today = date(2026, 12, 4);
    let good = kept(&[(2, 6), (3, 5)]).record();
    let cases: Vec<(&str, CheckinRecord)> = vec![
        ("another version", CheckinRecord { version: 2, ..good.clone() }),
        ("a massage the day after tomorrow", CheckinRecord { massage_on: "2026-12-06".into(), soreness: vec![], ..good.clone() }),
        ("not a date", CheckinRecord { massage_on: "2026-12-1".into(), ..good.clone() }),
        ("no such day", CheckinRecord { massage_on: "2026-02-30".into(), ..good.clone() }),
        ("a kind that is no option", CheckinRecord { massage: Some(9), ..good.clone() }),
        ("a tension that is no option", CheckinRecord { tension: Some(4), ..good.clone() }),
        ("kept longer than 14 days", CheckinRecord { kept_until: "2026-12-20".into(), ..good.clone() }),
        ("a score above 10", CheckinRecord { soreness: vec![None, Some(11)], ..good.clone() }),
        ("a check after tomorrow", CheckinRecord { soreness: vec![None; 6], ..good.clone() }),
    ];
    for (name, record) in cases {
        assert_eq!(Checkins::from_record(&record, today), Err(RecordProblem::Invalid), "{name}");
    }
    for text in [r#"{"version":1}"#, r#"{"version":"1","massageOn":"2026-12-01","keptUntil":"2026-12-15","soreness":[]}"#, r#"{"version":1,"massageOn":"2026-12-01","keptUntil":"2026-12-15","soreness":[-1]}"#, "[]", "null"] {
        assert!(serde_json::from_str::<CheckinRecord>(text).is_err(), "{text} is not a record");
    }
}

#[test]
fn a_record_survives_a_flight_across_the_date_line() {
    // Checked just past midnight in Auckland on 3 December (still the 2nd in Los Angeles), and
    // opened in Los Angeles: the check and the keeping time are a day ahead there.
    let mut checkins = kept(&[(3, 5)]);
    checkins.kept_until = CivilDate::from_day_number(date(2026, 12, 3).day_number() + i64::from(KEEP_DAYS));
    let in_los_angeles = date(2026, 12, 2);
    assert_eq!(Checkins::from_record(&checkins.record(), in_los_angeles), Ok(checkins.clone()));
    assert_eq!(checkins.earlier(in_los_angeles), None, "a check from 'tomorrow' is no earlier one");
}

#[test]
fn dates_are_written_and_read_as_the_calendar_says() {
    for (text, day) in [("2026-12-01", date(2026, 12, 1)), ("2028-02-29", date(2028, 2, 29)), ("0999-01-09", date(999, 1, 9))] {
        assert_eq!(iso(day), text);
        assert_eq!(parse_iso(text), Some(day));
    }
    for bad in ["2026-13-01", "2026-12-32", "2027-02-29", "2026/12/01", "2026-12-0a", "+026-12-01", "2026-12-01 ", ""] {
        assert_eq!(parse_iso(bad), None, "{bad}");
    }
}

//! Check-ins remembered on this device (issue 17), for a person who said yes: the day of the
//! massage, its kind, the tension worked on and the soreness of each day's check, kept for
//! [`KEEP_DAYS`] at most. A later check then counts the days exactly and does not ask again what
//! is known. Whether the soreness is getting better is still asked at every check: the person is
//! the judge of that (issue 26). Their earlier scores are shown beside the question as help, and
//! nothing is worked out from them.
//!
//! The record as stored ([`CheckinRecord`]) is a serde type that the platform converts with
//! `serde-wasm-bindgen`. It was written by whoever could write to this origin's storage, so
//! [`Checkins::from_record`] checks every field and refuses the whole record when one is wrong.

use serde::{Deserialize, Serialize};

use super::answers::{Answers, MassageKind, Tension, SORENESS_MAX};
use super::choice::{decimal, Choice};
use super::date::{massage_day, CivilDate};
use super::prefill::elapsed_on;

/// How long a record is kept, counted from the day the person said yes: it is dropped on the
/// first opening after that.
pub const KEEP_DAYS: u32 = 14;

/// The most days a massage can be before its record starts being kept: a check about it, with
/// its day known exactly, on any day of the [`KEEP_DAYS`] after it.
pub const START_WITHIN_DAYS: u32 = KEEP_DAYS;

/// The most days from a kept massage to the last day its record is kept: started at most
/// [`START_WITHIN_DAYS`] after the massage, kept [`KEEP_DAYS`] from then, and a day more for a
/// check made across time zones. A record that claims more was not written by this app.
pub const LONGEST_DAYS: u32 = START_WITHIN_DAYS + KEEP_DAYS + 1;

/// The version of [`CheckinRecord`]; a record of any other version is dropped.
pub const RECORD_VERSION: u8 = 1;

/// The record as it is kept in the browser's `localStorage`, in JSON:
/// `{"version":1,"massageOn":"2026-12-01","massage":1,"tension":2,"keptUntil":"2026-12-16",
/// "soreness":[null,6]}`. `massage` and `tension` are the option's position in the question
/// (null when not answered); dates are the device's calendar days; `soreness` holds the score
/// of each day's check by days after the massage (the day itself first), null on a day with
/// no check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckinRecord {
    pub version: u8,
    pub massage_on: String,
    pub massage: Option<u8>,
    pub tension: Option<u8>,
    pub kept_until: String,
    pub soreness: Vec<Option<u8>>,
}

/// The remembered check-ins, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkins {
    pub massage_on: CivilDate,
    pub massage: Option<MassageKind>,
    pub tension: Option<Tension>,
    /// The last day the record is kept.
    pub kept_until: CivilDate,
    /// The score of each day's check, by days after the massage; `None` on a day with none.
    pub soreness: Vec<Option<u8>>,
}

/// Why a stored record is not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordProblem {
    /// Its time is up: dropped quietly, as promised.
    Expired,
    /// Another version, a field out of range, a date that cannot be: dropped with a warning.
    Invalid,
}

/// One earlier check's score, by days after the massage (0 on the day itself).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rating {
    pub day: u32,
    pub score: u8,
}

/// The first day whose score is shown beside "any sign of getting better?". The article says
/// this soreness usually shows up 24 to 72 hours after the massage, so a score from the day
/// itself comes before it had shown up: beside the question it would read as a starting point
/// that it is not, and make the expected rise look like getting worse.
pub const FIRST_DAY_TO_COMPARE: u32 = 1;

impl Checkins {
    /// The check-ins a person starts by saying yes on a result made on `today`: they need the
    /// day of the massage, exactly ([`massage_day_of_check`], with the day a link carried when
    /// there was one), and hold today's soreness when it was asked.
    pub fn start(
        answers: &Answers,
        today: CivilDate,
        link_day: Option<CivilDate>,
    ) -> Option<Checkins> {
        let massage_on = massage_day_of_check(answers, today, &[link_day])?;
        Checkins::started(massage_on, answers, today)
    }

    /// New check-ins for the massage on `massage_on`, kept from `today` with its check; none
    /// for a massage more than [`START_WITHIN_DAYS`] ago (or after today).
    fn started(massage_on: CivilDate, answers: &Answers, today: CivilDate) -> Option<Checkins> {
        let since = today.day_number() - massage_on.day_number();
        if !(0..=i64::from(START_WITHIN_DAYS)).contains(&since) {
            return None;
        }
        let started = Checkins {
            massage_on,
            massage: answers.massage,
            tension: answers.tension,
            kept_until: CivilDate::from_day_number(today.day_number() + i64::from(KEEP_DAYS)),
            soreness: Vec::new(),
        };
        Some(started.with_check(answers, today))
    }

    /// What to keep once a check with these `answers` has its result on `today` (`link_day`:
    /// the massage's day a reminder's or card's link carried, if any). One massage, one history
    /// (issue 27): a check about this massage joins it; a check about another massage, whose
    /// day is known exactly, starts a new history in its place, and nothing of this one is
    /// merged into it. `None` when nothing changes, or when the check's massage cannot be told
    /// to the day (then this history is kept as it is, and today's check is not added to it).
    pub fn after_check(
        &self,
        answers: &Answers,
        today: CivilDate,
        link_day: Option<CivilDate>,
    ) -> Option<Checkins> {
        let massage_on = massage_day_of_check(answers, today, &[link_day, Some(self.massage_on)])?;
        let next = if massage_on == self.massage_on {
            self.clone().with_check(answers, today)
        } else {
            Checkins::started(massage_on, answers, today)?
        };
        (next != *self).then_some(next)
    }

    /// These check-ins with the check made on `today` (replacing an earlier one of the same
    /// day), and the kind of massage and the tension as last answered.
    pub fn with_check(mut self, answers: &Answers, today: CivilDate) -> Checkins {
        self.massage = answers.massage.or(self.massage);
        self.tension = answers.tension.or(self.tension);
        if let (Some(soreness), Ok(day)) = (answers.soreness, usize::try_from(self.day(today))) {
            if self.soreness.len() <= day {
                self.soreness.resize(day + 1, None);
            }
            self.soreness[day] = Some(soreness);
        }
        self
    }

    /// "Day N after your massage" on `today`: 0 on the day itself.
    pub fn day(&self, today: CivilDate) -> i64 {
        today.day_number() - self.massage_on.day_number()
    }

    /// The answers a check on `today` starts with: how long ago the massage was, counted
    /// exactly, its kind and the tension worked on.
    pub fn answers(&self, today: CivilDate) -> Answers {
        Answers {
            elapsed: Some(elapsed_on(self.massage_on, today)),
            massage: self.massage,
            tension: self.tension,
            ..Answers::default()
        }
    }

    /// The scores of the checks before `today`, by day. (A check on a later day, made before a
    /// flight west, is none of them.)
    pub fn ratings_before(&self, today: CivilDate) -> Vec<Rating> {
        let before = usize::try_from(self.day(today))
            .unwrap_or(0)
            .min(self.soreness.len());
        let days = self.soreness[..before].iter().enumerate();
        days.filter_map(|(day, score)| {
            Some(Rating {
                day: u32::try_from(day).ok()?,
                score: (*score)?,
            })
        })
        .collect()
    }

    /// The scores shown beside "any sign of getting better?" on `today`, as help for the person
    /// to judge: those of earlier days from [`FIRST_DAY_TO_COMPARE`] on. Never an answer.
    pub fn ratings_to_compare(&self, today: CivilDate) -> Vec<Rating> {
        let mut ratings = self.ratings_before(today);
        ratings.retain(|rating| rating.day >= FIRST_DAY_TO_COMPARE);
        ratings
    }

    /// The scores to show beside "any sign of getting better?" on a check with these
    /// `answers` on `today` (`link_day`: the massage's day a link carried, if any):
    /// [`Checkins::ratings_to_compare`] when the check is about this massage
    /// ([`massage_day_of_check`]), none when it is about another (issue 27).
    pub fn ratings_for(
        &self,
        answers: &Answers,
        today: CivilDate,
        link_day: Option<CivilDate>,
    ) -> Vec<Rating> {
        let about = massage_day_of_check(answers, today, &[link_day, Some(self.massage_on)]);
        if about == Some(self.massage_on) {
            self.ratings_to_compare(today)
        } else {
            Vec::new()
        }
    }

    /// The score of the most recent check before `today`, for the start screen.
    pub fn last_score(&self, today: CivilDate) -> Option<u8> {
        self.ratings_before(today).last().map(|rating| rating.score)
    }

    /// The record to store.
    pub fn record(&self) -> CheckinRecord {
        CheckinRecord {
            version: RECORD_VERSION,
            massage_on: iso(self.massage_on),
            massage: self.massage.map(|kind| kind.index() as u8),
            tension: self.tension.map(|tension| tension.index() as u8),
            kept_until: iso(self.kept_until),
            soreness: self.soreness.clone(),
        }
    }

    /// The check-ins a stored record holds, read on `today`. Everything is checked, and what
    /// the record claims must hang together before its keeping time is even read (issue 27), so
    /// a stranger's record is refused with a warning whatever its `keptUntil` says: the version,
    /// each date, option and score; a massage at most [`LONGEST_DAYS`] before the last day kept,
    /// and checks no later than that day. Then a record whose time is up is dropped quietly, as
    /// promised. Then against `today`: no massage or check after tomorrow, and a keeping time no
    /// longer than [`KEEP_DAYS`] from tomorrow. Tomorrow, not today: the same moment is a day
    /// apart in two time zones, and a person who checked in Auckland and then flew to Los
    /// Angeles keeps their record.
    pub fn from_record(
        record: &CheckinRecord,
        today: CivilDate,
    ) -> Result<Checkins, RecordProblem> {
        use RecordProblem::Invalid;
        if record.version != RECORD_VERSION {
            return Err(Invalid);
        }
        let kept_until = parse_iso(&record.kept_until).ok_or(Invalid)?;
        let massage_on = parse_iso(&record.massage_on).ok_or(Invalid)?;
        let checkins = Checkins {
            massage_on,
            massage: option(record.massage)?,
            tension: option(record.tension)?,
            kept_until,
            soreness: record.soreness.clone(),
        };
        let span = kept_until.day_number() - massage_on.day_number();
        // The last check can be on the last day kept, or a day later across time zones.
        let checks_in_span = usize::try_from(span + 2).unwrap_or(0);
        if !(0..=i64::from(LONGEST_DAYS)).contains(&span)
            || record.soreness.len() > checks_in_span
            || record
                .soreness
                .iter()
                .flatten()
                .any(|score| *score > SORENESS_MAX)
        {
            return Err(Invalid);
        }
        if kept_until < today {
            return Err(RecordProblem::Expired);
        }
        let tomorrow = CivilDate::from_day_number(today.day_number() + 1);
        let keeping = kept_until.day_number() - tomorrow.day_number();
        let last_day =
            usize::try_from(tomorrow.day_number() - massage_on.day_number()).unwrap_or(0);
        if massage_on > tomorrow
            || keeping > i64::from(KEEP_DAYS)
            || record.soreness.len() > last_day + 1
        {
            return Err(Invalid);
        }
        Ok(checkins)
    }
}

/// The day of the massage a check on `today` is about, as exactly as can be told. `known` are
/// the days it may be about, tried in order (the day a reminder's or card's link carried, the
/// day of the massage this device remembers): the first that the answer to "When was your
/// massage?" still fits. Otherwise the day that answer gives, when it gives one ("four days ago
/// or longer" does not).
pub fn massage_day_of_check(
    answers: &Answers,
    today: CivilDate,
    known: &[Option<CivilDate>],
) -> Option<CivilDate> {
    let elapsed = answers.elapsed?;
    if let Some(day) = known
        .iter()
        .flatten()
        .find(|day| elapsed_on(**day, today) == elapsed)
    {
        return Some(*day);
    }
    let day = massage_day(today, elapsed);
    (!day.or_earlier).then_some(day.date)
}

/// An option stored by its position: absent is "not answered", out of range is refused.
fn option<T: Choice>(stored: Option<u8>) -> Result<Option<T>, RecordProblem> {
    match stored {
        None => Ok(None),
        Some(index) => T::from_index(usize::from(index))
            .map(Some)
            .ok_or(RecordProblem::Invalid),
    }
}

/// `2026-12-01`.
pub fn iso(date: CivilDate) -> String {
    let mut text = String::with_capacity(10);
    for (value, digits) in [
        (date.year.clamp(0, 9999) as u32, 4),
        (u32::from(date.month), 2),
        (u32::from(date.day), 2),
    ] {
        if !text.is_empty() {
            text.push('-');
        }
        for place in (0..digits).rev() {
            text.push(char::from(b'0' + (value / 10u32.pow(place) % 10) as u8));
        }
    }
    text
}

/// The date [`iso`] wrote; `None` for anything else.
pub fn parse_iso(text: &str) -> Option<CivilDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| decimal(text.get(range)?);
    CivilDate::new(
        number(0..4)? as i32,
        number(5..7)? as u8,
        number(8..10)? as u8,
    )
}

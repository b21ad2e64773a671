//! A prefilled check: what is already known about a massage, carried in a link's fragment
//! (`#p=<link>`), so a later check asks only what may have changed. One format for every link
//! that starts a check with answers in it: the calendar reminder's (issue 17), which carries
//! the soreness of the check that made it, and a therapist's card (issue 18), which never
//! does. It never carries warning signs: those are asked every time.
//!
//! # Format (version `1`)
//!
//! A link is exactly [`LEN`] = 7 characters of the share link's alphabet (base64url, see
//! [`super::share`]): the version character [`VERSION`] (`'1'`), three digits for the day of
//! the massage (days since 1 January 2020, as a dated share link writes the day of a check),
//! two payload digits and one check digit.
//!
//! | field               | values | encoding                 |
//! |---------------------|--------|--------------------------|
//! | `massage`           | 6      | 1 + option index, 0 none |
//! | `tension`           | 5      | 1 + option index, 0 none |
//! | `earlier_soreness`  | 12     | 1 + the score 0..=10     |
//!
//! combined as `n = (massage·5 + tension)·12 + soreness` (360 values, below 64² = 4,096). The
//! check digit is `Σ wᵢ·dᵢ mod 64` over the five digits with the odd weights 1, 3, 5, 7, 9, so
//! any change to one character is detected. A link starting with a higher digit (`2`–`9`) comes
//! from a newer version of the format; one starting with anything else is damaged. A massage
//! after the day the link is opened cannot be: the link is refused as [`PrefillError::Future`].

use super::answers::{Answers, Elapsed, MassageKind, QuestionId, Tension, SORENESS_MAX};
use super::choice::{Choice, Set};
use super::date::CivilDate;
use super::share::{self, ShareError, DATE_EPOCH};

/// The fragment key of a prefilled check: `#p=<link>`.
pub const KEY: &str = "p=";

/// The first character of every link in this format.
pub const VERSION: char = '1';

const DATE_DIGITS: usize = 3;
const PAYLOAD_DIGITS: usize = 2;
const DIGITS: usize = DATE_DIGITS + PAYLOAD_DIGITS;

/// The length of a link, version character and check digit included.
pub const LEN: usize = 1 + DIGITS + 1;

const WEIGHTS: [u32; DIGITS] = [1, 3, 5, 7, 9];

/// How many values each payload field takes, "not known" included.
const RADIX: [u32; 3] = [
    1 + MassageKind::ALL.len() as u32,
    1 + Tension::ALL.len() as u32,
    1 + SORENESS_MAX as u32 + 1,
];

const COMBINATIONS: u32 = RADIX[0] * RADIX[1] * RADIX[2];

// The payload must fit its digits, and the format is pinned: a change to the options changes
// what every link means, so it must come with a new VERSION (and this number).
const _: () = assert!(COMBINATIONS <= 1 << (6 * PAYLOAD_DIGITS));
const _: () = assert!(
    COMBINATIONS == 360,
    "the answer options changed: bump VERSION"
);

/// The last day of the massage a link can carry.
const DATE_MAX: i64 = (1 << (6 * DATE_DIGITS)) - 1;

/// What a prefilled check knows before it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prefill {
    /// The day of the massage, so the day count is exact whenever the link is opened.
    pub massage_on: CivilDate,
    pub massage: Option<MassageKind>,
    pub tension: Option<Tension>,
    /// The soreness of the check that made the link (a reminder's): the next check compares
    /// today's with it. Never asked for again as today's answer.
    pub earlier_soreness: Option<u8>,
}

/// Why a string is not a prefilled check this version can start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrefillError {
    Empty,
    /// A link in a newer version of the format.
    UnknownVersion,
    /// Wrong length, a character outside the alphabet, a failed check digit or a value out of
    /// range.
    Malformed,
    /// The massage is after the day the link was opened: a wrong date on the card or device.
    Future,
}

impl Prefill {
    /// Whether a therapist's card made the link (issue 18): a card never carries soreness,
    /// and a reminder always does (it is offered only on a finished check without a warning
    /// sign, which asked it).
    pub fn from_therapist(&self) -> bool {
        self.earlier_soreness.is_none()
    }

    /// The questions a check opened from this link on `today` has filled in, and that still
    /// hold what the link carried in `answers`: an answer changed on the review is the
    /// person's own.
    pub fn still_carried(&self, answers: &Answers, today: CivilDate) -> Set<QuestionId> {
        let carried = self.answers(today);
        let mut still = Set::default();
        for question in [
            QuestionId::Elapsed,
            QuestionId::Massage,
            QuestionId::Tension,
        ] {
            let same = (0..question.option_count()).all(|index| {
                carried.is_picked(question, index) == answers.is_picked(question, index)
            });
            if carried.is_answered(question) && same {
                still = still.toggled(question);
            }
        }
        still
    }

    /// The answers a check opened on `today` starts with: the kind of massage and the tension
    /// worked on, and when the massage was, counted exactly. Not the earlier soreness, which is
    /// not today's.
    pub fn answers(&self, today: CivilDate) -> Answers {
        Answers {
            elapsed: Some(elapsed_on(self.massage_on, today)),
            massage: self.massage,
            tension: self.tension,
            ..Answers::default()
        }
    }
}

/// "When was your massage?" answered from the day of the massage: the day count exactly, four
/// days or more together (the answer's last option).
pub fn elapsed_on(massage_on: CivilDate, today: CivilDate) -> Elapsed {
    match today.day_number() - massage_on.day_number() {
        i64::MIN..=0 => Elapsed::Today,
        1 => Elapsed::OneDay,
        2 => Elapsed::TwoDays,
        3 => Elapsed::ThreeDays,
        _ => Elapsed::FourDaysOrMore,
    }
}

/// The link for `prefill`: [`LEN`] characters, the first being [`VERSION`]. A day outside what
/// the link can hold is written as the nearest it can.
pub fn encode(prefill: &Prefill) -> String {
    let mut digits = [0u8; DIGITS];
    let mut day = (prefill.massage_on.day_number() - DATE_EPOCH).clamp(0, DATE_MAX);
    for slot in digits[..DATE_DIGITS].iter_mut().rev() {
        *slot = (day % 64) as u8;
        day /= 64;
    }
    let soreness = prefill
        .earlier_soreness
        .map_or(0, |s| 1 + u32::from(s.min(SORENESS_MAX)));
    let mut n = (share::single(prefill.massage) * RADIX[1] + share::single(prefill.tension))
        * RADIX[2]
        + soreness;
    for slot in digits[DATE_DIGITS..].iter_mut().rev() {
        *slot = (n % 64) as u8;
        n /= 64;
    }
    let mut link = String::with_capacity(LEN);
    link.push(VERSION);
    share::push_digits(&mut link, &digits);
    link.push(share::to_char(share::check(&digits, &WEIGHTS)));
    link
}

/// The prefilled check a link holds, opened on `today`. Rejects anything [`encode`] could not
/// have written, and a massage after `today`.
pub fn decode(text: &str, today: CivilDate) -> Result<Prefill, PrefillError> {
    let bytes = text.as_bytes();
    let Some(&first) = bytes.first() else {
        return Err(PrefillError::Empty);
    };
    match char::from(first) {
        VERSION => {}
        c if c.is_ascii_digit() && c > VERSION => return Err(PrefillError::UnknownVersion),
        _ => return Err(PrefillError::Malformed),
    }
    if bytes.len() != LEN {
        return Err(PrefillError::Malformed);
    }
    let mut digits = [0u8; DIGITS];
    for (slot, byte) in digits.iter_mut().zip(&bytes[1..]) {
        *slot = share::digit(*byte).ok_or(PrefillError::Malformed)?;
    }
    if share::digit(bytes[LEN - 1]) != Some(share::check(&digits, &WEIGHTS)) {
        return Err(PrefillError::Malformed);
    }
    let day = digits[..DATE_DIGITS]
        .iter()
        .fold(0i64, |n, d| n * 64 + i64::from(*d));
    let massage_on = CivilDate::from_day_number(DATE_EPOCH + day);
    let mut n = digits[DATE_DIGITS..]
        .iter()
        .fold(0u32, |n, d| n * 64 + u32::from(*d));
    if n >= COMBINATIONS {
        return Err(PrefillError::Malformed);
    }
    let soreness = n % RADIX[2];
    n /= RADIX[2];
    let tension = n % RADIX[1];
    let massage = n / RADIX[1];
    let malformed = |_: ShareError| PrefillError::Malformed;
    let prefill = Prefill {
        massage_on,
        massage: share::to_single(massage).map_err(malformed)?,
        tension: share::to_single(tension).map_err(malformed)?,
        earlier_soreness: soreness.checked_sub(1).map(|s| s as u8),
    };
    if massage_on > today {
        return Err(PrefillError::Future);
    }
    Ok(prefill)
}

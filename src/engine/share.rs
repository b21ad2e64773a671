//! The share link: a person's answers as a short, URL-fragment-safe string, and back.
//!
//! # Format (version `1`)
//!
//! A link is exactly [`LEN`] = 7 ASCII characters: the version character [`VERSION`] (`'1'`),
//! then five payload digits, then one check digit. Digits are base64url
//! (`A`–`Z` = 0–25, `a`–`z` = 26–51, `0`–`9` = 52–61, `-` = 62, `_` = 63), so a link only ever
//! holds `A–Z a–z 0–9 - _` and needs no escaping in a URL fragment or query.
//!
//! Each question becomes a small integer, 0 meaning "not answered":
//!
//! | question        | values | encoding                                  |
//! |-----------------|--------|-------------------------------------------|
//! | `warning_signs` | 17     | 1 + the `Set` bit pattern (4 bits)        |
//! | `elapsed`       | 6      | 1 + option index                          |
//! | `trend`         | 5      | 1 + option index                          |
//! | `soreness`      | 12     | 1 + the score 0..=10                      |
//! | `feel`          | 6      | 1 + option index                          |
//! | `massage`       | 6      | 1 + option index                          |
//! | `tension`       | 5      | 1 + option index                          |
//! | `hydration`     | 5      | 1 + option index                          |
//! | `tried`         | 65     | 1 + the `Set` bit pattern (6 bits)        |
//!
//! The integers are combined in that order (question order) with mixed radix, the first
//! question most significant: `n = ((w·6 + e)·5 + t)·12 + s …`. There are
//! 17·6·5·12·6·6·5·5·65 = 358,020,000 answer sets, below 64⁵ = 1,073,741,824, so `n` is written
//! as exactly five base64url digits, most significant first.
//!
//! The check digit is `Σ wᵢ·dᵢ mod 64` over the five payload digits with weights
//! 1, 3, 5, 7, 9. Every weight is odd, hence invertible mod 64, so any change to one character
//! is always detected; a wrong length (truncated or padded link) is rejected before that, and
//! so is a payload of 358,020,000 or more. Every field is stored, answered or not and whether
//! or not its question currently applies, so a link reproduces the answers exactly.
//!
//! # Format version `2`: the same, with the day of the check
//!
//! A dated link is [`LEN_DATED`] = 10 characters: [`VERSION_DATED`] (`'2'`), the same five
//! payload digits, three digits for the day the check was taken (days since 1 January 2020,
//! so 64³ days reach past the year 2700), and one check digit, `Σ wᵢ·dᵢ mod 64` over all eight
//! digits with the odd weights 1, 3, 5, … 15. The app writes version 2, so that a shared result
//! prints the day it was made; it still reads version 1 links, which carry no day.
//!
//! A link starting with a higher digit (`3`–`9`) is taken to come from a newer version of the
//! format: [`ShareError::UnknownVersion`]. No version ever started with `0`, so a link that
//! does is damaged ([`ShareError::Malformed`]), not newer. Future formats must start with the
//! next digit up.

use super::answers::{
    Answers, Elapsed, Feel, Hydration, MassageKind, Remedy, Tension, Trend, WarningSign,
    SORENESS_MAX,
};
use super::choice::{Choice, Set};
use super::date::CivilDate;

/// The first character of every link in this format.
pub const VERSION: char = '1';

/// The length of a link in this format, version character and check digit included.
pub const LEN: usize = 1 + DIGITS + 1;

/// Payload digits.
const DIGITS: usize = 5;

/// The weights of the check digit, one per payload digit; all odd.
const WEIGHTS: [u32; DIGITS] = [1, 3, 5, 7, 9];

/// The first character of a link that also carries the day of the check.
pub const VERSION_DATED: char = '2';

/// Digits for the day of the check in a dated link.
const DATE_DIGITS: usize = 3;

/// The length of a dated link, version character and check digit included.
pub const LEN_DATED: usize = 1 + DIGITS + DATE_DIGITS + 1;

/// The weights of a dated link's check digit, one per digit; all odd.
const WEIGHTS_DATED: [u32; DIGITS + DATE_DIGITS] = [1, 3, 5, 7, 9, 11, 13, 15];

/// Day 0 of a dated link, 1 January 2020, as days since 1 January 1970.
pub(super) const DATE_EPOCH: i64 = 18_262;

/// The last day a dated link can carry.
const DATE_MAX: i64 = (1 << (6 * DATE_DIGITS)) - 1;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// How many values each field takes, "not answered" included, in question order.
const RADIX: [u32; 9] = [
    1 + (1 << WarningSign::ALL.len()),
    1 + Elapsed::ALL.len() as u32,
    1 + Trend::ALL.len() as u32,
    1 + SORENESS_MAX as u32 + 1,
    1 + Feel::ALL.len() as u32,
    1 + MassageKind::ALL.len() as u32,
    1 + Tension::ALL.len() as u32,
    1 + Hydration::ALL.len() as u32,
    1 + (1 << Remedy::ALL.len()),
];

/// How many distinct answer sets (and so valid payloads) there are.
const COMBINATIONS: u64 = {
    let mut product = 1u64;
    let mut i = 0;
    while i < RADIX.len() {
        product *= RADIX[i] as u64;
        i += 1;
    }
    product
};

// The payload must fit its digits. And the format is pinned: adding or removing an option
// changes what every link means, so it must come with a new VERSION (and this number).
const _: () = assert!(COMBINATIONS <= 1u64 << (6 * DIGITS));
const _: () = assert!(
    COMBINATIONS == 358_020_000,
    "the answer options changed: bump VERSION"
);

/// Why a string is not a share link this version can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing to decode.
    Empty,
    /// A link in another (newer) version of the format.
    UnknownVersion,
    /// Not a valid link: wrong length, a character outside the alphabet, a failed check
    /// digit or a value out of range.
    Malformed,
}

/// The link for `answers`: [`LEN`] characters, the first being [`VERSION`].
pub fn encode(answers: &Answers) -> String {
    let digits = payload(answers);
    let mut link = String::with_capacity(LEN);
    link.push(VERSION);
    push_digits(&mut link, &digits);
    link.push(to_char(check(&digits, &WEIGHTS)));
    link
}

/// The link for `answers` given on `day`: [`LEN_DATED`] characters, the first being
/// [`VERSION_DATED`]. A day outside what the link can hold is written as the nearest it can.
pub fn encode_dated(answers: &Answers, day: CivilDate) -> String {
    let mut digits = [0u8; DIGITS + DATE_DIGITS];
    digits[..DIGITS].copy_from_slice(&payload(answers));
    let mut n = (day.day_number() - DATE_EPOCH).clamp(0, DATE_MAX);
    for slot in digits[DIGITS..].iter_mut().rev() {
        *slot = (n % 64) as u8;
        n /= 64;
    }
    let mut link = String::with_capacity(LEN_DATED);
    link.push(VERSION_DATED);
    push_digits(&mut link, &digits);
    link.push(to_char(check(&digits, &WEIGHTS_DATED)));
    link
}

/// The answers a link holds. Rejects anything [`encode`] or [`encode_dated`] could not have
/// produced.
pub fn decode(text: &str) -> Result<Answers, ShareError> {
    decode_dated(text).map(|(answers, _)| answers)
}

/// The answers a link holds, and the day of the check when it carries one (version 2).
pub fn decode_dated(text: &str) -> Result<(Answers, Option<CivilDate>), ShareError> {
    let bytes = text.as_bytes();
    let Some(&first) = bytes.first() else {
        return Err(ShareError::Empty);
    };
    let (len, dated) = match char::from(first) {
        VERSION => (LEN, false),
        VERSION_DATED => (LEN_DATED, true),
        c if c.is_ascii_digit() && c > VERSION_DATED => return Err(ShareError::UnknownVersion),
        _ => return Err(ShareError::Malformed),
    };
    if bytes.len() != len {
        return Err(ShareError::Malformed);
    }
    let mut digits = [0u8; DIGITS + DATE_DIGITS];
    let count = len - 2;
    for (slot, byte) in digits[..count].iter_mut().zip(&bytes[1..]) {
        *slot = digit(*byte).ok_or(ShareError::Malformed)?;
    }
    let weights: &[u32] = if dated { &WEIGHTS_DATED } else { &WEIGHTS };
    if digit(bytes[len - 1]) != Some(check(&digits[..count], weights)) {
        return Err(ShareError::Malformed);
    }
    let answers = answers_from(&digits[..DIGITS])?;
    let day = dated.then(|| {
        let n = digits[DIGITS..]
            .iter()
            .fold(0i64, |n, d| n * 64 + i64::from(*d));
        CivilDate::from_day_number(DATE_EPOCH + n)
    });
    Ok((answers, day))
}

/// The five payload digits of `answers`.
fn payload(answers: &Answers) -> [u8; DIGITS] {
    let fields = [
        multi(answers.warning_signs),
        single(answers.elapsed),
        single(answers.trend),
        answers
            .soreness
            .map_or(0, |s| 1 + u32::from(s.min(SORENESS_MAX))),
        single(answers.feel),
        single(answers.massage),
        single(answers.tension),
        single(answers.hydration),
        multi(answers.tried),
    ];
    let mut n = 0u64;
    for (value, radix) in fields.iter().zip(RADIX) {
        n = n * u64::from(radix) + u64::from((*value).min(radix - 1));
    }
    let mut digits = [0u8; DIGITS];
    for slot in digits.iter_mut().rev() {
        *slot = (n % 64) as u8;
        n /= 64;
    }
    digits
}

/// The answers five payload digits hold.
fn answers_from(digits: &[u8]) -> Result<Answers, ShareError> {
    let mut n = digits.iter().fold(0u64, |n, d| n * 64 + u64::from(*d));
    if n >= COMBINATIONS {
        return Err(ShareError::Malformed);
    }
    let mut fields = [0u32; 9];
    for (slot, radix) in fields.iter_mut().zip(RADIX).rev() {
        *slot = (n % u64::from(radix)) as u32;
        n /= u64::from(radix);
    }
    let [warning_signs, elapsed, trend, soreness, feel, massage, tension, hydration, tried] =
        fields;
    Ok(Answers {
        warning_signs: to_multi::<WarningSign>(warning_signs)?,
        elapsed: to_single::<Elapsed>(elapsed)?,
        trend: to_single::<Trend>(trend)?,
        soreness: match soreness {
            0 => None,
            s if s <= u32::from(SORENESS_MAX) + 1 => Some((s - 1) as u8),
            _ => return Err(ShareError::Malformed),
        },
        feel: to_single::<Feel>(feel)?,
        massage: to_single::<MassageKind>(massage)?,
        tension: to_single::<Tension>(tension)?,
        hydration: to_single::<Hydration>(hydration)?,
        tried: to_multi::<Remedy>(tried)?,
    })
}

pub(super) fn push_digits(link: &mut String, digits: &[u8]) {
    for d in digits {
        link.push(to_char(*d));
    }
}

pub(super) fn to_char(d: u8) -> char {
    char::from(ALPHABET[usize::from(d & 63)])
}

pub(super) fn single<T: Choice>(answer: Option<T>) -> u32 {
    answer.map_or(0, |a| 1 + a.index() as u32)
}

fn multi<T: Choice>(answer: Option<Set<T>>) -> u32 {
    answer.map_or(0, |set| 1 + u32::from(set.bits()))
}

pub(super) fn to_single<T: Choice>(value: u32) -> Result<Option<T>, ShareError> {
    match value {
        0 => Ok(None),
        v => T::from_index(v as usize - 1)
            .map(Some)
            .ok_or(ShareError::Malformed),
    }
}

fn to_multi<T: Choice>(value: u32) -> Result<Option<Set<T>>, ShareError> {
    match value {
        0 => Ok(None),
        v if v - 1 < 1 << T::ALL.len() => Ok(Some(Set::from_bits((v - 1) as u16))),
        _ => Err(ShareError::Malformed),
    }
}

/// The check digit of a link's digits, with one odd weight per digit.
pub(super) fn check(digits: &[u8], weights: &[u32]) -> u8 {
    let sum: u32 = digits
        .iter()
        .zip(weights)
        .map(|(d, w)| u32::from(*d) * w)
        .sum();
    (sum % 64) as u8
}

/// The value of a base64url digit.
pub(super) fn digit(byte: u8) -> Option<u8> {
    match byte {
        b'A'..=b'Z' => Some(byte - b'A'),
        b'a'..=b'z' => Some(byte - b'a' + 26),
        b'0'..=b'9' => Some(byte - b'0' + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

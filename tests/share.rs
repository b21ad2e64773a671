//! The share-link codec: every answer set survives the trip through a link, and anything that
//! is not a link this version wrote is rejected, never misread and never a panic.

mod common;

use aftercare::engine::answers::*;
use aftercare::engine::choice::{Choice, Set};
use aftercare::engine::share::{decode, encode, ShareError, LEN, VERSION};
use common::{answers_from_values as build, XorShift};
use std::time::Instant;

/// How many values each field takes, "not answered" included, in question order:
/// warning_signs, elapsed, trend, soreness, feel, massage, tension, hydration, tried.
const SIZES: [usize; 9] = [17, 6, 5, 12, 6, 6, 5, 5, 65];

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn round_trip(answers: Answers) {
    let link = encode(&answers);
    assert_eq!(link.len(), LEN, "{answers:?} -> {link}");
    assert_eq!(decode(&link), Ok(answers), "{link}");
}

/// The field sizes match the enums, so `build` reaches every answer exactly once.
#[test]
fn the_enumeration_matches_the_answer_options() {
    assert_eq!(SIZES[0], 1 + (1 << WarningSign::ALL.len()));
    assert_eq!(SIZES[1], 1 + Elapsed::ALL.len());
    assert_eq!(SIZES[2], 1 + Trend::ALL.len());
    assert_eq!(SIZES[3], 1 + SORENESS_MAX as usize + 1);
    assert_eq!(SIZES[4], 1 + Feel::ALL.len());
    assert_eq!(SIZES[5], 1 + MassageKind::ALL.len());
    assert_eq!(SIZES[6], 1 + Tension::ALL.len());
    assert_eq!(SIZES[7], 1 + Hydration::ALL.len());
    assert_eq!(SIZES[8], 1 + (1 << Remedy::ALL.len()));
    assert_eq!(SIZES.iter().product::<usize>(), 358_020_000);
}

#[test]
fn unanswered_and_inapplicable_answers_are_kept() {
    let nothing = Answers::default();
    assert_eq!(encode(&nothing), "1AAAAAA");
    round_trip(nothing);
    // The trend answer stays while the elapsed answer says it does not apply, as in a session.
    let stale_trend = Answers {
        elapsed: Some(Elapsed::Today),
        trend: Some(Trend::Worse),
        ..day_two()
    };
    assert!(!stale_trend.applies(aftercare::engine::QuestionId::Trend));
    round_trip(stale_trend);
    // "None of these" is an answer, distinct from not answered.
    let none_ticked = Answers {
        warning_signs: Some(Set::empty()),
        tried: Some(Set::empty()),
        ..nothing
    };
    assert_ne!(encode(&none_ticked), encode(&nothing));
    round_trip(none_ticked);
    // Only the warning signs: what a session holds after an early exit.
    round_trip(Answers {
        warning_signs: Some([WarningSign::Fever].into_iter().collect()),
        ..nothing
    });
}

/// The answers the pinned links below were made from: an ordinary check two days after the
/// massage, with the trend question unanswered (as it was before it was asked on day 2).
fn day_two() -> Answers {
    Answers {
        elapsed: Some(Elapsed::TwoDays),
        ..common::ordinary()
    }
}

/// Pins the format: a change that would misread links already shared fails here.
#[test]
fn known_links() {
    assert_eq!(encode(&Answers::default()), "1AAAAAA");
    assert_eq!(encode(&day_two()), "1B5x7CQ");
    assert_eq!(encode(&build(SIZES.map(|n| n - 1))), "1VVvOf4");
    assert_eq!(decode("1B5x7CQ"), Ok(day_two()));
}

/// Every pair of fields takes every pair of its values (none included), with the other fields
/// unanswered, at their first answer, at their last answer, and cycling through all theirs.
#[test]
fn every_pair_of_field_values_round_trips() {
    let start = Instant::now();
    let mut count = 0u64;
    for i in 0..9 {
        for j in i + 1..9 {
            for background in 0..4 {
                for a in 0..SIZES[i] {
                    for b in 0..SIZES[j] {
                        let mut v = [0; 9];
                        for (k, slot) in v.iter_mut().enumerate() {
                            *slot = match background {
                                0 => 0,
                                1 => 1,
                                2 => SIZES[k] - 1,
                                _ => (a * 7 + b * 3 + k) % SIZES[k],
                            };
                        }
                        v[i] = a;
                        v[j] = b;
                        round_trip(build(v));
                        count += 1;
                    }
                }
            }
        }
    }
    println!(
        "pairwise: {count} answer sets round-tripped in {:?}",
        start.elapsed()
    );
}

/// Every answer combination there is, answered or not: all 358,020,000 of them round-trip.
/// Split across the machine's cores; about 30 s on two.
#[test]
fn every_answer_combination_round_trips() {
    let start = Instant::now();
    let all: usize = SIZES.iter().product();
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 8);
    let chunk = all.div_ceil(threads);
    let count: usize = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    let range = t * chunk..((t + 1) * chunk).min(all);
                    let len = range.len();
                    for n in range {
                        let mut v = [0; 9];
                        let mut rest = n;
                        for k in (0..9).rev() {
                            v[k] = rest % SIZES[k];
                            rest /= SIZES[k];
                        }
                        round_trip(build(v));
                    }
                    len
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).sum()
    });
    println!(
        "every combination: {count} answer sets round-tripped on {threads} threads in {:?}",
        start.elapsed()
    );
    assert_eq!(count, 358_020_000);
}

/// Every soreness value crossed with every combination of the other fields' extremes.
#[test]
fn every_soreness_value_with_every_combination_of_extremes() {
    let mut count = 0u64;
    for soreness in 0..SIZES[3] {
        for pattern in 0..3usize.pow(8) {
            let mut v = [0; 9];
            let mut rest = pattern;
            for k in (0..9).filter(|k| *k != 3) {
                v[k] = [0, 1, SIZES[k] - 1][rest % 3];
                rest /= 3;
            }
            v[3] = soreness;
            round_trip(build(v));
            count += 1;
        }
    }
    println!("soreness x extremes: {count} answer sets round-tripped");
    assert_eq!(count, 12 * 6561);
}

#[test]
fn every_link_has_the_same_length() {
    let longest = build(SIZES.map(|n| n - 1));
    let link = encode(&longest);
    let dated = aftercare::engine::share::encode_dated(
        &longest,
        aftercare::engine::date::CivilDate::new(2026, 12, 1).unwrap(),
    );
    println!(
        "share link payload length: {} chars ({dated}: version, 5 data digits, 3 for the day, check digit; {} without the day)",
        dated.len(),
        link.len()
    );
    assert_eq!(link.len(), LEN);
    assert_eq!(LEN, 7);
    assert!(link.starts_with(VERSION));
    assert!(link.bytes().all(|b| ALPHABET.contains(&b)));
}

/// Whatever `decode` accepts, `encode` writes back unchanged: no second spelling of a link.
fn decode_is_strict(text: &str) -> bool {
    use aftercare::engine::share::{decode_dated, encode_dated};
    match decode_dated(text) {
        Ok((answers, Some(day))) => {
            assert_eq!(
                encode_dated(&answers, day),
                text,
                "decode accepted a string encode_dated never writes"
            );
            true
        }
        Ok((answers, None)) => {
            assert_eq!(
                encode(&answers),
                text,
                "decode accepted a string encode never writes"
            );
            true
        }
        Err(_) => false,
    }
}

/// Some valid links: the extremes and a pseudo-random sample.
fn sample_links(count: usize) -> Vec<String> {
    let mut rng = XorShift::new(7);
    let mut links = vec![
        encode(&Answers::default()),
        encode(&build(SIZES.map(|n| n - 1))),
        encode(&build([1; 9])),
        encode(&day_two()),
    ];
    while links.len() < count {
        links.push(encode(&build(SIZES.map(|n| rng.below(n)))));
    }
    links
}

#[test]
fn empty_and_other_versions_are_told_apart() {
    assert_eq!(decode(""), Err(ShareError::Empty));
    // '1' and '2' are this app's versions; a higher digit is a newer one. No version ever began
    // with '0': such a link is damaged, and must not claim to come from a newer app.
    assert_eq!(decode("0"), Err(ShareError::Malformed));
    assert_eq!(decode("0AAAAAA"), Err(ShareError::Malformed));
    for version in ['3', '9'] {
        assert_eq!(
            decode(&version.to_string()),
            Err(ShareError::UnknownVersion)
        );
        for link in sample_links(50) {
            let other: String = std::iter::once(version)
                .chain(link.chars().skip(1))
                .collect();
            assert_eq!(decode(&other), Err(ShareError::UnknownVersion), "{other}");
            assert_eq!(
                decode(&(other.clone() + "AAAA")),
                Err(ShareError::UnknownVersion),
                "a newer link may be longer"
            );
        }
    }
    for text in ["A", "x1B5x7CQ", "#1B5x7CQ", " 1B5x7CQ", "é", "\u{0}"] {
        assert_eq!(decode(text), Err(ShareError::Malformed), "{text:?}");
    }
}

#[test]
fn truncated_and_padded_links_are_rejected() {
    let mut count = 0;
    for link in sample_links(2000) {
        for end in 0..link.len() {
            assert!(
                decode(&link[..end]).is_err(),
                "prefix {:?} of {link}",
                &link[..end]
            );
            let mut deleted = link.clone();
            deleted.remove(end);
            assert!(decode(&deleted).is_err(), "{deleted} from {link}");
            count += 2;
        }
        for extra in ALPHABET
            .iter()
            .map(|b| char::from(*b))
            .chain(['=', ' ', '\n', '#', '\u{0}', 'é'])
        {
            let mut padded = link.clone();
            padded.push(extra);
            assert_eq!(decode(&padded), Err(ShareError::Malformed), "{padded:?}");
            let mut inserted = link.clone();
            inserted.insert(1, extra);
            assert_eq!(
                decode(&inserted),
                Err(ShareError::Malformed),
                "{inserted:?}"
            );
            count += 2;
        }
    }
    println!("truncations, deletions and paddings rejected: {count}");
}

#[test]
fn every_single_character_substitution_is_rejected() {
    let replacements: Vec<char> = (0u8..128)
        .map(char::from)
        .chain(['é', '✓', '\u{FFFD}', '😀'])
        .collect();
    let (mut tried, mut rejected) = (0u64, 0u64);
    for link in sample_links(300) {
        for position in 0..LEN {
            for replacement in &replacements {
                let original = link.as_bytes()[position];
                if u32::from(original) == u32::from(*replacement) {
                    continue;
                }
                let changed: String = link
                    .chars()
                    .enumerate()
                    .map(|(i, c)| if i == position { *replacement } else { c })
                    .collect();
                tried += 1;
                if !decode_is_strict(&changed) {
                    rejected += 1;
                }
            }
        }
    }
    println!("single-character substitutions: {rejected} of {tried} rejected");
    // The check digit's weights are all odd, so one changed character can never pass.
    assert_eq!(rejected, tried);
}

#[test]
fn most_swaps_of_neighbouring_characters_are_rejected() {
    let (mut tried, mut rejected) = (0u64, 0u64);
    for link in sample_links(5000) {
        let bytes = link.as_bytes();
        for i in 0..LEN - 1 {
            if bytes[i] == bytes[i + 1] {
                continue;
            }
            let mut swapped = bytes.to_vec();
            swapped.swap(i, i + 1);
            tried += 1;
            if !decode_is_strict(std::str::from_utf8(&swapped).unwrap()) {
                rejected += 1;
            }
        }
    }
    println!("neighbour swaps: {rejected} of {tried} rejected");
    // A swap of two payload digits that differ by exactly 32 keeps the check digit.
    assert!(rejected * 100 >= tried * 97, "{rejected} of {tried}");
}

#[test]
fn random_strings_never_panic_and_are_almost_never_links() {
    let start = Instant::now();
    let mut rng = XorShift::new(0x5EED);
    let (mut accepted, mut shaped, mut shaped_accepted) = (0u32, 0u32, 0u32);
    for case in 0..100_000 {
        let text: String = match case % 4 {
            // Well-formed: the version and six digits of the alphabet.
            0 => {
                shaped += 1;
                std::iter::once(VERSION)
                    .chain((0..6).map(|_| char::from(*rng.pick(ALPHABET))))
                    .collect()
            }
            // Alphabet characters, any length.
            1 => (0..rng.below(12))
                .map(|_| char::from(*rng.pick(ALPHABET)))
                .collect(),
            // Bytes read as Latin-1.
            2 => (0..rng.below(12))
                .map(|_| char::from(rng.next_u64() as u8))
                .collect(),
            // Any Unicode.
            _ => (0..rng.below(12)).map(|_| rng.char()).collect(),
        };
        if decode_is_strict(&text) {
            accepted += 1;
            if case % 4 == 0 {
                shaped_accepted += 1;
            }
            // Only a well-formed string can decode: version 1's shape or version 2's.
            let v1 = text.len() == LEN && text.starts_with(VERSION);
            let v2 = text.len() == aftercare::engine::share::LEN_DATED
                && text.starts_with(aftercare::engine::share::VERSION_DATED);
            assert!(v1 || v2, "decoded a string of neither shape: {text:?}");
        }
    }
    println!(
        "random strings: {accepted} of 100000 decoded ({shaped_accepted} of {shaped} well-formed ones; \
         expected about 1 in 192), in {:?}",
        start.elapsed()
    );
    // 358,020,000 answer sets among 64^5 payloads, times a 1-in-64 check digit: ~0.52%.
    assert!(
        shaped_accepted * 1000 <= shaped * 8,
        "{shaped_accepted} of {shaped}"
    );
    assert!(accepted >= shaped_accepted);
}

#[test]
fn overlong_strings_are_rejected() {
    let link = encode(&day_two());
    for times in [2, 3, 100, 100_000] {
        assert_eq!(decode(&link.repeat(times)), Err(ShareError::Malformed));
    }
    assert_eq!(decode(&"1".repeat(1 << 20)), Err(ShareError::Malformed));
    assert_eq!(decode(&"é".repeat(1 << 16)), Err(ShareError::Malformed));
}

/// Version 2 carries the day of the check: every day it can hold round-trips with the answers,
/// version 1 links still read (with no day), and any one changed character is caught.
#[test]
fn dated_links_carry_the_day_of_the_check() {
    use aftercare::engine::date::CivilDate;
    use aftercare::engine::share::{decode_dated, encode_dated, LEN_DATED, VERSION_DATED};
    let answers = day_two();
    let first = CivilDate::new(2020, 1, 1).unwrap();
    for offset in (0..1u32 << 18).step_by(97).chain([(1 << 18) - 1]) {
        let day = CivilDate::from_day_number(first.day_number() + i64::from(offset));
        let link = encode_dated(&answers, day);
        assert_eq!(link.len(), LEN_DATED);
        assert!(link.starts_with(VERSION_DATED));
        assert_eq!(decode_dated(&link), Ok((answers, Some(day))), "{link}");
    }
    let day = CivilDate::new(2026, 12, 1).unwrap();
    let link = encode_dated(&answers, day);
    assert_eq!(
        link, "2B5x7CAneN",
        "pinned: a change here misreads links already shared"
    );
    assert_eq!(decode("1B5x7CQ"), Ok(answers), "version 1 still reads");
    assert_eq!(decode_dated("1B5x7CQ"), Ok((answers, None)));
    for at in 1..LEN_DATED {
        for c in ALPHABET_CHARS.chars() {
            let mut changed: Vec<char> = link.chars().collect();
            if changed[at] == c {
                continue;
            }
            changed[at] = c;
            let changed: String = changed.into_iter().collect();
            assert_eq!(
                decode_dated(&changed),
                Err(ShareError::Malformed),
                "{changed}"
            );
        }
    }
    // Days before the first it can hold are written as that first day, not wrapped around.
    let early = encode_dated(&answers, CivilDate::new(2019, 6, 1).unwrap());
    assert_eq!(decode_dated(&early).unwrap().1, Some(first));
}

const ALPHABET_CHARS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

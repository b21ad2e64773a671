//! The prefilled check's link (`#p=`, src/engine/prefill.rs): what a calendar reminder and a
//! therapist's card carry into the next check. Every value it can hold round-trips, every
//! damaged link is refused, a massage after the day the link is opened is refused, and the day
//! count it gives the check is exact.

use aftercare::engine::answers::{Elapsed, MassageKind, Tension, SORENESS_MAX};
use aftercare::engine::choice::Choice;
use aftercare::engine::date::CivilDate;
use aftercare::engine::prefill::{decode, elapsed_on, encode, Prefill, PrefillError, LEN, VERSION};

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn date(year: i32, month: u8, day: u8) -> CivilDate {
    CivilDate::new(year, month, day).expect("a real date")
}

/// Every prefill the link can hold for one day of the massage.
fn every_prefill(massage_on: CivilDate) -> Vec<Prefill> {
    let kinds = std::iter::once(None).chain(MassageKind::ALL.iter().copied().map(Some));
    let mut all = Vec::new();
    for massage in kinds {
        for tension in std::iter::once(None).chain(Tension::ALL.iter().copied().map(Some)) {
            for earlier_soreness in std::iter::once(None).chain((0..=SORENESS_MAX).map(Some)) {
                all.push(Prefill {
                    massage_on,
                    massage,
                    tension,
                    earlier_soreness,
                });
            }
        }
    }
    all
}

#[test]
fn every_prefill_round_trips_in_seven_url_safe_characters() {
    let far = date(2130, 12, 31);
    let days = [
        date(2020, 1, 1),
        date(2024, 2, 29),
        date(2026, 12, 1),
        date(2026, 12, 31),
        date(2027, 1, 1),
        far,
    ];
    let mut links = std::collections::HashSet::new();
    for massage_on in days {
        let prefills = every_prefill(massage_on);
        assert_eq!(prefills.len(), 360);
        for prefill in prefills {
            let link = encode(&prefill);
            assert_eq!(link.len(), LEN, "{link}");
            assert!(link.starts_with(VERSION));
            assert!(link.chars().all(|c| ALPHABET.contains(c)), "{link}");
            assert_eq!(decode(&link, far), Ok(prefill), "{link}");
            assert!(
                links.insert(link.clone()),
                "two prefills share the link {link}"
            );
        }
    }
}

#[test]
fn a_link_is_pinned_so_old_cards_keep_their_meaning() {
    // A deep-tissue massage on 1 December 2026 with a lot of tension, and soreness 6 then.
    let prefill = Prefill {
        massage_on: date(2026, 12, 1),
        massage: Some(MassageKind::DeepTissue),
        tension: Some(Tension::Lots),
        earlier_soreness: Some(6),
    };
    // Worked by hand from the format: day 2,526 since 2020 is digits 0, 39, 30 ("Ane"); the
    // payload (2·5 + 3)·12 + 7 = 163 is 2, 35 ("Cj"); the check digit
    // (0·1 + 39·3 + 30·5 + 2·7 + 35·9) mod 64 = 20 ("U").
    assert_eq!(encode(&prefill), "1AneCjU");
    assert_eq!(decode("1AneCjU", date(2026, 12, 3)), Ok(prefill));
}

#[test]
fn any_changed_character_is_refused() {
    let today = date(2026, 12, 4);
    for prefill in every_prefill(date(2026, 12, 1)).into_iter().step_by(7) {
        let link = encode(&prefill);
        for position in 0..LEN {
            for replacement in ALPHABET.chars().chain("0123456789%~. ".chars()) {
                let mut changed: Vec<char> = link.chars().collect();
                if changed[position] == replacement {
                    continue;
                }
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                assert!(
                    decode(&changed, today).is_err(),
                    "{link} changed to {changed} still opens"
                );
            }
        }
    }
}

#[test]
fn damaged_newer_and_empty_links_are_told_apart() {
    let today = date(2026, 12, 4);
    let link = encode(&Prefill {
        massage_on: date(2026, 12, 1),
        massage: None,
        tension: None,
        earlier_soreness: None,
    });
    assert_eq!(decode("", today), Err(PrefillError::Empty));
    for newer in '2'..='9' {
        assert_eq!(
            decode(&format!("{newer}{}", &link[1..]), today),
            Err(PrefillError::UnknownVersion)
        );
    }
    assert_eq!(
        decode(&format!("0{}", &link[1..]), today),
        Err(PrefillError::Malformed),
        "no version ever started with 0"
    );
    assert_eq!(
        decode(&link[..LEN - 1], today),
        Err(PrefillError::Malformed),
        "cut short"
    );
    assert_eq!(
        decode(&format!("{link}A"), today),
        Err(PrefillError::Malformed),
        "too long"
    );
    assert_eq!(
        decode("1é12345", today),
        Err(PrefillError::Malformed),
        "not the alphabet"
    );
}

#[test]
fn a_payload_past_the_last_value_is_refused_even_with_a_right_check_digit() {
    let today = date(2126, 1, 1);
    let mut refused = 0;
    for n in 360u32..4096 {
        let digits = [0u8, 0, 0, (n / 64) as u8, (n % 64) as u8];
        let check = digits
            .iter()
            .zip([1u32, 3, 5, 7, 9])
            .map(|(d, w)| u32::from(*d) * w)
            .sum::<u32>()
            % 64;
        let link: String = std::iter::once('1')
            .chain(
                digits
                    .iter()
                    .chain(std::iter::once(&(check as u8)))
                    .map(|d| ALPHABET.as_bytes()[usize::from(*d)] as char),
            )
            .collect();
        assert_eq!(
            decode(&link, today),
            Err(PrefillError::Malformed),
            "{link} (payload {n})"
        );
        refused += 1;
    }
    assert_eq!(refused, 4096 - 360);
}

#[test]
fn a_massage_after_the_day_the_link_is_opened_is_refused() {
    let prefill = Prefill {
        massage_on: date(2026, 12, 5),
        massage: Some(MassageKind::Sports),
        tension: None,
        earlier_soreness: None,
    };
    let link = encode(&prefill);
    assert_eq!(decode(&link, date(2026, 12, 4)), Err(PrefillError::Future));
    assert_eq!(
        decode(&link, date(2026, 12, 5)),
        Ok(prefill),
        "the same day is the massage day"
    );
    assert_eq!(decode(&link, date(2027, 1, 5)), Ok(prefill));
}

#[test]
fn the_day_count_is_exact_across_months_years_and_leap_days() {
    let cases = [
        (date(2026, 12, 1), date(2026, 12, 1), Elapsed::Today),
        (date(2026, 11, 30), date(2026, 12, 1), Elapsed::OneDay),
        (date(2026, 12, 30), date(2027, 1, 1), Elapsed::TwoDays),
        (date(2024, 2, 27), date(2024, 3, 1), Elapsed::ThreeDays),
        (date(2023, 2, 27), date(2023, 3, 1), Elapsed::TwoDays),
        (
            date(2026, 12, 1),
            date(2026, 12, 5),
            Elapsed::FourDaysOrMore,
        ),
        (date(2026, 1, 1), date(2026, 12, 5), Elapsed::FourDaysOrMore),
    ];
    for (massage_on, today, elapsed) in cases {
        assert_eq!(
            elapsed_on(massage_on, today),
            elapsed,
            "{massage_on:?} to {today:?}"
        );
    }
}

#[test]
fn the_check_starts_with_what_is_known_and_asks_the_rest_including_every_warning_sign() {
    let prefill = Prefill {
        massage_on: date(2026, 11, 30),
        massage: Some(MassageKind::TriggerPoint),
        tension: Some(Tension::Some),
        earlier_soreness: Some(7),
    };
    let answers = prefill.answers(date(2026, 12, 2));
    assert_eq!(answers.elapsed, Some(Elapsed::TwoDays));
    assert_eq!(answers.massage, Some(MassageKind::TriggerPoint));
    assert_eq!(answers.tension, Some(Tension::Some));
    // Asked again every time: the warning signs, and today's soreness (the earlier one is not
    // today's), and everything else that may have changed.
    assert_eq!(answers.warning_signs, None);
    assert_eq!(answers.soreness, None);
    assert_eq!(
        (
            answers.trend,
            answers.feel,
            answers.hydration,
            answers.tried
        ),
        (None, None, None, None)
    );
}

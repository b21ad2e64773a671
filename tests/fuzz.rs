//! Property-based fuzzing (proptest) of every parser that hostile input reaches: the share
//! link, the embed settings in the query, how a page opens, and the check saved in the tab.
//!
//! Each target runs [`DEFAULT_CASES`] (100,000) generated cases; `PROPTEST_CASES` overrides
//! the count (proptest applies its environment variables over the configuration given here),
//! `scripts/fuzz.sh` (`make fuzz`) runs millions. Cases differ from run to run: each target
//! prints its seed, and `PROPTEST_RNG_SEED=<seed>` repeats a run exactly. A failure prints
//! the seed and the smallest failing input proptest could shrink it to.
//!
//! Every target checks properties, not only the absence of a panic: what is accepted
//! round-trips, what is refused is refused with a reason the person can read, and a damaged
//! link never costs anyone the check they had saved. The hand-picked tables and the plain
//! random loops stay in tests/share.rs, tests/config.rs and tests/opening.rs; the strategies
//! here aim at the edges those do not enumerate (near-valid codes, payloads either side of
//! the range limit, percent-encoded and overlong hostile values, every pairing of link and
//! saved check).

mod common;

use aftercare::content::{config_warning, en::WORDS as EN};
use aftercare::engine::answers::*;
use aftercare::engine::choice::Choice;
use aftercare::engine::config::*;
use aftercare::engine::date::CivilDate;
use aftercare::engine::opening::{open, restore, save, SHARE_KEY};
use aftercare::engine::share::{
    decode, decode_dated, encode, encode_dated, ShareError, LEN, LEN_DATED, VERSION, VERSION_DATED,
};
use aftercare::engine::{Action, Screen, Session};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{
    contextualize_config, Config as ProptestConfig, RngSeed, TestCaseError, TestRunner,
};
use std::cell::Cell;
use std::fmt::Debug;
use std::time::Instant;

use common::answers_from_values as build;

/// Cases per target when `PROPTEST_CASES` is not set.
const DEFAULT_CASES: u32 = 100_000;

/// Runs `check` on `DEFAULT_CASES` (or `PROPTEST_CASES`) values of `strategy`, then prints
/// the count, the time and the seed.
fn fuzz<S>(name: &str, strategy: S, check: impl Fn(S::Value) -> Result<(), TestCaseError>) -> u32
where
    S: Strategy,
    S::Value: Debug,
{
    // Our default first, then proptest's environment variables over it (PROPTEST_CASES,
    // PROPTEST_RNG_SEED, ...), as its own `proptest!` macro does. No regression files: the
    // seed printed below repeats a run.
    let mut config = contextualize_config(ProptestConfig {
        cases: DEFAULT_CASES,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let seed = match config.rng_seed {
        RngSeed::Fixed(seed) => seed,
        RngSeed::Random => {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64);
            nanos
                ^ name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
                })
        }
    };
    config.rng_seed = RngSeed::Fixed(seed);
    let cases = config.cases;
    let ran = Cell::new(0u64);
    let start = Instant::now();
    let result = TestRunner::new(config).run(&strategy, |value| {
        ran.set(ran.get() + 1);
        check(value)
    });
    if let Err(error) = result {
        panic!("fuzz {name} failed (rerun with PROPTEST_RNG_SEED={seed}):\n{error}");
    }
    println!(
        "fuzz {name}: {cases} cases passed ({} runs) in {:.2?}, seed {seed}",
        ran.get(),
        start.elapsed()
    );
    assert!(ran.get() >= u64::from(cases));
    cases
}

/// Named tallies of the outcomes a target reached, printed after it and checked to be
/// non-zero, so a strategy that stopped reaching an outcome fails instead of passing emptily.
struct Tally(Vec<(&'static str, Cell<u64>)>);

impl Tally {
    fn new(names: &[&'static str]) -> Self {
        Tally(names.iter().map(|n| (*n, Cell::new(0))).collect())
    }

    fn add(&self, name: &str) {
        let (_, count) = self
            .0
            .iter()
            .find(|(n, _)| *n == name)
            .expect("a tallied outcome");
        count.set(count.get() + 1);
    }

    /// Prints the tallies and, after a run of 10,000 cases or more, fails if an outcome was
    /// never reached.
    fn report(&self, target: &str, cases: u32) {
        let line: Vec<String> = self
            .0
            .iter()
            .map(|(n, c)| format!("{n} {}", c.get()))
            .collect();
        println!("fuzz {target}: {}", line.join(", "));
        for (name, count) in &self.0 {
            assert!(
                count.get() > 0 || cases < 10_000,
                "fuzz {target}: no case reached \"{name}\""
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Shared strategies

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The number of answer sets, so of valid payloads (checked against the codec in tests/share.rs).
const COMBINATIONS: u64 = 358_020_000;

/// How many values each field takes, "not answered" included, in question order.
fn sizes() -> [usize; 9] {
    [
        1 + (1 << WarningSign::ALL.len()),
        1 + Elapsed::ALL.len(),
        1 + Trend::ALL.len(),
        1 + SORENESS_MAX as usize + 1,
        1 + Feel::ALL.len(),
        1 + MassageKind::ALL.len(),
        1 + Tension::ALL.len(),
        1 + Hydration::ALL.len(),
        1 + (1 << Remedy::ALL.len()),
    ]
}

/// Any answer set: half fully random (mostly with a warning sign, so a result), half with
/// every question answered and no warning sign (a finished ordinary check).
fn answers() -> impl Strategy<Value = Answers> {
    let s = sizes();
    let random = prop::array::uniform9(any::<Index>()).prop_map(move |ix| {
        let mut v = [0; 9];
        for k in 0..9 {
            v[k] = ix[k].index(s[k]);
        }
        build(v)
    });
    let finished = prop::array::uniform9(any::<Index>()).prop_map(move |ix| {
        let mut v = [0; 9];
        for k in 0..9 {
            v[k] = 1 + ix[k].index(s[k] - 1);
        }
        v[0] = 1; // "none of these" warning signs
        build(v)
    });
    prop_oneof![random, finished]
}

/// Every screen there is.
fn screens() -> Vec<Screen> {
    let mut all = vec![Screen::Start, Screen::Review, Screen::Result];
    all.extend(QuestionId::ALL.iter().map(|q| Screen::Question(*q)));
    all
}

/// A session that could have been saved: any screen its answers allow (the review otherwise).
fn session() -> impl Strategy<Value = Session> {
    (prop::sample::select(screens()), answers()).prop_map(|(screen, answers)| {
        let session = Session {
            screen,
            answers,
            ..Session::default()
        };
        if session.can_show(screen) {
            session
        } else {
            Session {
                screen: Screen::Review,
                ..session
            }
        }
    })
}

/// Any string: any Unicode scalar values (proptest favours the odd ones), 0 to `max` of them.
fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..=max).prop_map(|chars| chars.into_iter().collect())
}

/// Strings over the characters of share codes (and the version digits).
fn code_charset_text() -> impl Strategy<Value = String> {
    let chars: Vec<char> = ALPHABET
        .iter()
        .map(|b| char::from(*b))
        .chain(['=', '.', '#', '%', '+', '/'])
        .collect();
    prop::collection::vec(prop::sample::select(chars), 0..=10)
        .prop_map(|chars| chars.into_iter().collect())
}

/// `base` with one character changed, inserted or deleted: the character from the code's
/// alphabet half of the time, any character otherwise.
fn mutated(base: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    let replacement = prop_oneof![
        prop::sample::select(ALPHABET.map(char::from).to_vec()),
        any::<char>()
    ];
    (base, 0..3u8, any::<Index>(), replacement).prop_map(|(base, op, at, c)| {
        let mut chars: Vec<char> = base.chars().collect();
        match op {
            0 if !chars.is_empty() => {
                let i = at.index(chars.len());
                chars[i] = c;
            }
            1 if !chars.is_empty() => {
                chars.remove(at.index(chars.len()));
            }
            _ => chars.insert(at.index(chars.len() + 1), c),
        }
        chars.into_iter().collect()
    })
}

/// The check digit as the format defines it: Σ wᵢ·dᵢ mod 64, weights 1, 3, 5, 7, 9.
fn check_digit(digits: &[u8; 5]) -> u8 {
    (digits
        .iter()
        .zip([1u32, 3, 5, 7, 9])
        .map(|(d, w)| u32::from(*d) * w)
        .sum::<u32>()
        % 64) as u8
}

/// A version-1 string with payload `n` written as five digits and a correct check digit.
fn code_with_payload(n: u64) -> String {
    let mut digits = [0u8; 5];
    let mut rest = n;
    for slot in digits.iter_mut().rev() {
        *slot = (rest % 64) as u8;
        rest /= 64;
    }
    std::iter::once(VERSION)
        .chain(digits.iter().map(|d| char::from(ALPHABET[usize::from(*d)])))
        .chain([char::from(ALPHABET[usize::from(check_digit(&digits))])])
        .collect()
}

// ---------------------------------------------------------------------------------------------
// share::decode

/// What a share-code case was made as, so the property can expect the right outcome.
#[derive(Clone, Debug)]
enum CodeCase {
    /// Anything at all: only the general rules apply.
    Any(String),
    /// A valid code with one character changed, inserted or deleted: never accepted, unless
    /// the change put back the same character.
    Damaged { original: String, damaged: String },
    /// A well-formed code with payload `n` and a correct check digit: accepted exactly when
    /// `n` is below the number of answer sets.
    Payload(u64),
}

fn code_cases() -> impl Strategy<Value = CodeCase> {
    let valid = || answers().prop_map(|a| encode(&a));
    let damaged = valid().prop_flat_map(|original| {
        mutated(Just(original.clone())).prop_map(move |damaged| CodeCase::Damaged {
            original: original.clone(),
            damaged,
        })
    });
    prop_oneof![
        3 => any_text(12).prop_map(CodeCase::Any),
        2 => code_charset_text().prop_map(CodeCase::Any),
        // Version character plus six alphabet characters: right shape, mostly a wrong check.
        2 => prop::collection::vec(prop::sample::select(ALPHABET.to_vec()), 6)
            .prop_map(|d| CodeCase::Any(std::iter::once(VERSION).chain(d.into_iter().map(char::from)).collect())),
        3 => damaged,
        1 => valid().prop_map(CodeCase::Any),
        // Dated links (version 2), whole or with one character changed.
        1 => (valid(), 0..1i64 << 18).prop_map(|(code, day)| CodeCase::Any(dated(&code, day))),
        1 => (valid(), 0..1i64 << 18, 1..LEN_DATED, prop::sample::select(ALPHABET.to_vec()))
            .prop_map(|(code, day, at, c)| {
                let mut link = dated(&code, day).into_bytes();
                link[at] = c;
                CodeCase::Any(String::from_utf8(link).unwrap())
            }),
        // Payloads anywhere, and either side of the limit.
        1 => (0..1u64 << 30).prop_map(CodeCase::Payload),
        1 => (COMBINATIONS - 2000..COMBINATIONS + 2000).prop_map(CodeCase::Payload),
        // Other versions, longer than ours.
        1 => (prop::sample::select(vec!['0', '2', '3', '9']), code_charset_text())
            .prop_map(|(v, rest)| CodeCase::Any(format!("{v}{rest}"))),
        // Long strings.
        1 => (valid(), 1..2000usize).prop_map(|(code, times)| CodeCase::Any(code.repeat(times))),
    ]
}

/// The version 2 link for the answers of a valid version 1 link, dated `day` days after
/// 1 January 2020.
fn dated(code: &str, day: i64) -> String {
    encode_dated(
        &decode(code).unwrap(),
        CivilDate::from_day_number(18_262 + day),
    )
}

/// The rules every decoded string keeps, whatever it was made as.
fn decode_rules(text: &str, tally: &Tally) -> Result<Result<Answers, ShareError>, TestCaseError> {
    let decoded = decode(text);
    tally.add(match decoded {
        Ok(_) => "accepted",
        Err(ShareError::Empty) => "empty",
        Err(ShareError::UnknownVersion) => "other version",
        Err(ShareError::Malformed) => "malformed",
    });
    match decoded {
        Ok(answers) if text.starts_with(VERSION_DATED) => {
            let (again, day) = decode_dated(text).expect("decoded once, decodes again");
            prop_assert_eq!(again, answers);
            let day = day.expect("a version 2 link carries a day");
            prop_assert_eq!(
                encode_dated(&answers, day),
                text,
                "accepted a string encode_dated never writes"
            );
            prop_assert_eq!(text.len(), LEN_DATED);
        }
        Ok(answers) => {
            prop_assert_eq!(
                encode(&answers),
                text,
                "accepted a string encode never writes"
            );
            prop_assert_eq!(text.len(), LEN);
            prop_assert!(text.starts_with(VERSION));
        }
        Err(error) => {
            // A newer version starts with a higher digit; '0' was never a version.
            let other_version = |c: char| c.is_ascii_digit() && c > VERSION_DATED;
            let expected = match error {
                ShareError::Empty => text.is_empty(),
                ShareError::UnknownVersion => text.starts_with(other_version),
                ShareError::Malformed => !text.is_empty() && !text.starts_with(other_version),
            };
            prop_assert!(expected, "{:?} for {:?}", error, text);
            prop_assert!(
                !EN.link_problem(error).trim().is_empty(),
                "no message for {:?}",
                error
            );
        }
    }
    Ok(decoded)
}

#[test]
fn fuzz_share_decode() {
    let tally = Tally::new(&[
        "accepted",
        "empty",
        "other version",
        "malformed",
        "damaged",
        "payload in range",
        "payload out of range",
    ]);
    let cases = fuzz("share::decode", code_cases(), |case| {
        match case {
            CodeCase::Any(text) => {
                let _ = decode_rules(&text, &tally)?;
            }
            CodeCase::Damaged { original, damaged } => {
                tally.add("damaged");
                let decoded = decode_rules(&damaged, &tally)?;
                if damaged != original {
                    prop_assert!(
                        decoded.is_err(),
                        "one changed character went unnoticed: {} -> {}",
                        original,
                        damaged
                    );
                }
            }
            CodeCase::Payload(n) => {
                let text = code_with_payload(n);
                tally.add(if n < COMBINATIONS {
                    "payload in range"
                } else {
                    "payload out of range"
                });
                let decoded = decode_rules(&text, &tally)?;
                prop_assert_eq!(
                    decoded.is_ok(),
                    n < COMBINATIONS,
                    "payload {} ({})",
                    n,
                    text
                );
            }
        }
        Ok(())
    });
    tally.report("share::decode", cases);
}

// ---------------------------------------------------------------------------------------------
// config::parse_query

const PARAMS: [&str; 6] = [EMBED, ACCENT, NAME, FOLLOW_UP, COMPACT, ORIGIN];

/// Values meant to hurt: script and link injection, schemes that run code, protocol-relative
/// and credential tricks, control, bidirectional and invisible characters, and good values to
/// splice them into.
const HOSTILE: &[&str] = &[
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "javascript://%0Aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example",
    "///evil.example",
    "\\\\evil.example",
    "/\\evil.example",
    "https:evil.example",
    "https:/evil.example",
    "https:///evil.example",
    "http://user:pass@evil.example",
    "https://spa.example@evil.example",
    "https://evil.example\\@spa.example",
    "https://spa.example%2F@evil.example",
    "https://evil.example/",
    "https://evil.example:99999",
    "https://evil.example:",
    "https://[::1]",
    "https://[::1]:8443/x",
    "https://[evil]",
    "http://127.0.0.1:8080",
    "https://xn--bcher-kva.example",
    "https://bücher.example/book?x=1#y",
    "https://spa.example/book",
    "HTTPS://SPA.EXAMPLE:0443",
    "http://spa.example:80",
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "</title><script>",
    "&lt;b&gt;",
    "{{7*7}}",
    "${7*7}",
    "'; DROP TABLE spas; --",
    "#7a3b69",
    "#ABC",
    "#abcd",
    "#ggg",
    "red",
    "1",
    "0",
    "true",
    "false",
    "TRUE",
    "Blue Lotus Day Spa",
    "  Spa  ",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\r\n",
    "\u{85}",
    "\u{202E}",
    "\u{2066}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{2028}",
    "\u{FFFD}",
    "𝕳𝖊𝖑𝖑𝖔",
    "é",
    "ß",
    "İ",
    "👍🏽",
    "ﷺ",
    "ｊａｖａｓｃｒｉｐｔ:",
    "／／evil.example",
];

/// Pieces of query syntax and percent-encoding, broken and whole.
const SYNTAX: &[&str] = &[
    "%",
    "%2",
    "%zz",
    "%ZZ",
    "%25",
    "%00",
    "%0A",
    "%20",
    "%23",
    "%26",
    "%3D",
    "%2F",
    "%3A",
    "%40",
    "%5C",
    "%C3",
    "%C3%A9",
    "%E2%80%AE",
    "%FF",
    "+",
    "&",
    "=",
    "?",
    "#",
    ";",
];

const KEYS: &[&str] = &[
    "embed",
    "accent",
    "name",
    "followup",
    "compact",
    "origin",
    "%65mbed",
    "n%61me",
    "follow%75p",
    "Name",
    "EMBED",
    "follow_up",
    "title",
    "src",
    "?embed",
    "",
    "%",
    "na%",
    "__proto__",
    "constructor",
];

/// Values some parameter accepts, so that every setting is reached as well as refused.
const GOOD: &[&str] = &[
    "1",
    "true",
    "0",
    "false",
    "#7a3b69",
    "#ABC",
    "#0f0F0f",
    "#000",
    "Blue Lotus Day Spa",
    "  Spa & Co. <b>  ",
    "Spa 👍🏽 ﷺ",
    "https://spa.example/book",
    "http://spa.example",
    "HTTPS://SPA.EXAMPLE:0443",
    "https://spa.example:443",
    "http://127.0.0.1:8080",
    "https://[::1]:8443",
    "https://[::1]",
    "https://bücher.example/x?y=1#z",
    "http://a_b.example:65535/%zz",
    "https://spa.example?",
];

/// A value: a good one, or hostile pieces, query syntax, random characters and long runs,
/// concatenated.
fn value() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(HOSTILE).prop_map(str::to_owned),
        2 => prop::sample::select(SYNTAX).prop_map(str::to_owned),
        2 => any_text(8),
        1 => (prop::sample::select(vec!["a", "é", "%41", "👍", " ", "\u{202E}", "/"]), 1..1500usize).prop_map(|(s, n)| s.repeat(n)),
    ];
    prop_oneof![
        3 => prop::collection::vec(piece, 0..5).prop_map(|pieces| pieces.concat()),
        2 => prop::sample::select(GOOD).prop_map(str::to_owned),
    ]
}

/// `text` percent-encoded as `URLSearchParams` would write it (space as `+`).
fn form_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(char::from(byte))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// A query: `key=value` pairs (value raw, form-encoded, or encoded with one escape cut
/// short) and raw noise, joined by `&`.
fn query() -> impl Strategy<Value = String> {
    let key =
        prop_oneof![4 => prop::sample::select(KEYS).prop_map(str::to_owned), 1 => any_text(6)];
    let pair = (
        key,
        prop::sample::select(vec!["=", "=", "=", "", "=="]),
        value(),
        0..4u8,
        any::<Index>(),
    )
        .prop_map(|(key, eq, value, mode, at)| {
            let value = match mode {
                0 => value,
                1 | 2 => form_encode(&value),
                // Cut one escape short (or leave it whole when there is none).
                _ => {
                    let mut encoded = form_encode(&value);
                    let escapes: Vec<usize> = encoded.match_indices('%').map(|(i, _)| i).collect();
                    if !escapes.is_empty() {
                        encoded.truncate(escapes[at.index(escapes.len())] + 2);
                    }
                    encoded
                }
            };
            format!("{key}{eq}{value}")
        });
    let part = prop_oneof![6 => pair, 1 => any_text(10), 1 => prop::sample::select(SYNTAX).prop_map(str::to_owned)];
    (
        any::<bool>(),
        prop::collection::vec(part, 0..8),
        prop::sample::select(vec!["&", "&", "&&", ";"]),
    )
        .prop_map(|(mark, parts, joint)| {
            let mut text = if mark {
                String::from("?")
            } else {
                String::new()
            };
            text.push_str(&parts.join(joint));
            text
        })
}

/// A percent-decoder written apart from the one in config.rs, for the differential check.
fn reference_decode(raw: &str) -> Option<String> {
    let mut bytes = Vec::new();
    let mut rest = raw.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        rest = tail;
        match first {
            b'+' => bytes.push(b' '),
            b'%' => {
                let pair = std::str::from_utf8(rest.get(..2)?).ok()?;
                if !pair.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                bytes.push(u8::from_str_radix(pair, 16).ok()?);
                rest = &rest[2..];
            }
            other => bytes.push(other),
        }
    }
    String::from_utf8(bytes).ok()
}

/// The raw value of the last occurrence of each parameter, read independently of config.rs.
fn reference_last(query: &str) -> [Option<String>; 6] {
    let mut last: [Option<String>; 6] = Default::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&') {
        if pair.is_empty() {
            continue;
        }
        let (key, value) = match pair.find('=') {
            Some(i) => (&pair[..i], &pair[i + 1..]),
            None => (pair, ""),
        };
        if let Some(key) = reference_decode(key) {
            if let Some(i) = PARAMS.iter().position(|p| *p == key) {
                last[i] = Some(value.to_owned());
            }
        }
    }
    last
}

/// Whether `c` may never appear in a spa's name: control characters and the bidirectional
/// embedding, override and isolate controls.
fn refused_in_name(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The scheme (lowercase) and the rest, for a URL starting with http:// or https:// in any case.
fn split_scheme(url: &str) -> Option<(&'static str, &str)> {
    for scheme in ["https://", "http://"] {
        if url.len() >= scheme.len()
            && url.is_char_boundary(scheme.len())
            && url[..scheme.len()].eq_ignore_ascii_case(scheme)
        {
            return Some((scheme, &url[scheme.len()..]));
        }
    }
    None
}

/// Whether a port is 1 to 5 digits up to 65535.
fn port_ok(port: &str) -> bool {
    (1..=5).contains(&port.len())
        && port.bytes().all(|b| b.is_ascii_digit())
        && port.parse::<u32>().is_ok_and(|p| p <= 65535)
}

/// Whether an authority is a host (a name, or a bracketed IPv6 address) with an optional
/// port, and nothing else: no credentials, no spaces, no second colon.
fn authority_ok(authority: &str, ascii_only: bool) -> bool {
    let (host, port) = if let Some(inner) = authority.strip_prefix('[') {
        let Some(end) = inner.find(']') else {
            return false;
        };
        let (address, after) = (&inner[..end], &inner[end + 1..]);
        if address.is_empty()
            || !address
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return false;
        }
        match after {
            "" => return true,
            _ => match after.strip_prefix(':') {
                Some(port) => return port_ok(port),
                None => return false,
            },
        }
    } else {
        match authority.rfind(':') {
            Some(i) => (&authority[..i], Some(&authority[i + 1..])),
            None => (authority, None),
        }
    };
    !host.is_empty()
        && host.chars().all(|c| {
            c.is_ascii_alphanumeric() || "-._".contains(c) || (!ascii_only && !c.is_ascii())
        })
        && port.is_none_or(port_ok)
}

/// A follow-up link the widget may put in an `href`: http(s), a plain host, and no
/// characters a browser would strip, fold or read as a slash.
fn follow_up_ok(url: &str) -> bool {
    let Some((_, rest)) = split_scheme(url) else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    url.chars().count() <= FOLLOW_UP_MAX
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
        && authority_ok(authority, false)
}

#[test]
fn fuzz_config_parse_query() {
    let tally = Tally::new(&[
        "embed",
        "accent",
        "name",
        "followup",
        "compact",
        "origin",
        "bad encoding",
        "empty",
        "too long",
        "invalid",
    ]);
    let cases = fuzz("config::parse_query", query(), |text| {
        let (config, problems) = parse_query(&text);
        for problem in &problems {
            tally.add(match problem.kind {
                ProblemKind::BadEncoding => "bad encoding",
                ProblemKind::Empty => "empty",
                ProblemKind::TooLong => "too long",
                ProblemKind::Invalid => "invalid",
            });
        }
        for (param, set) in PARAMS.iter().zip([
            config.embedded,
            config.accent.is_some(),
            config.name.is_some(),
            config.follow_up.is_some(),
            config.compact,
            config.parent_origin.is_some(),
        ]) {
            if set {
                tally.add(param);
            }
        }
        let last = reference_last(&text);

        // Problems: only the six parameters, each at most once, in the table's order, and
        // each with a console message naming it.
        let mut previous = None;
        for problem in &problems {
            let position = PARAMS.iter().position(|p| *p == problem.param);
            prop_assert!(position.is_some(), "unknown parameter {}", problem.param);
            prop_assert!(
                previous < position,
                "problems out of order or repeated: {:?}",
                problems
            );
            previous = position;
            let message = config_warning(problem.param);
            prop_assert!(message.contains(problem.param), "{}", message);
        }
        let problem_of = |param: &str| problems.iter().find(|p| p.param == param).map(|p| p.kind);

        for (param, raw) in PARAMS.iter().zip(&last) {
            let problem = problem_of(param);
            let Some(raw) = raw else {
                prop_assert_eq!(problem, None, "{} is not in the query", param);
                continue;
            };
            // A given parameter is either applied or reported, never silently dropped.
            let decoded = reference_decode(raw);
            match &decoded {
                None => {
                    prop_assert_eq!(
                        problem,
                        Some(ProblemKind::BadEncoding),
                        "{}={:?}",
                        param,
                        raw
                    );
                    continue;
                }
                Some(value) if value.is_empty() => {
                    prop_assert_eq!(problem, Some(ProblemKind::Empty), "{}={:?}", param, raw);
                    continue;
                }
                Some(_) => prop_assert!(
                    problem != Some(ProblemKind::BadEncoding)
                        && problem != Some(ProblemKind::Empty)
                        || *param == NAME
                ),
            }
            let value = decoded.unwrap_or_default();
            match *param {
                EMBED | COMPACT => {
                    let on = if *param == EMBED {
                        config.embedded
                    } else {
                        config.compact
                    };
                    match value.as_str() {
                        "1" | "true" => prop_assert!(on && problem.is_none()),
                        "0" | "false" => prop_assert!(!on && problem.is_none()),
                        _ => prop_assert!(
                            !on && problem == Some(ProblemKind::Invalid),
                            "{}={:?}",
                            param,
                            value
                        ),
                    }
                }
                ACCENT => match Rgb::from_hex(&value) {
                    Some(colour) => {
                        prop_assert!(config.accent == Some(colour) && problem.is_none())
                    }
                    None => prop_assert!(
                        config.accent.is_none() && problem == Some(ProblemKind::Invalid),
                        "accent={:?}",
                        value
                    ),
                },
                NAME => {
                    let trimmed = value.trim();
                    let expected = if trimmed.is_empty() {
                        Err(ProblemKind::Empty)
                    } else if trimmed.chars().count() > NAME_MAX {
                        Err(ProblemKind::TooLong)
                    } else if trimmed.chars().any(refused_in_name) {
                        Err(ProblemKind::Invalid)
                    } else {
                        Ok(trimmed.to_owned())
                    };
                    prop_assert_eq!(
                        config.name.clone().ok_or(problem),
                        expected.map_err(Some),
                        "name={:?}",
                        value
                    );
                }
                FOLLOW_UP => match problem {
                    None => prop_assert_eq!(config.follow_up.as_deref(), Some(value.as_str())),
                    Some(ProblemKind::TooLong) => prop_assert!(
                        config.follow_up.is_none() && value.chars().count() > FOLLOW_UP_MAX
                    ),
                    Some(kind) => {
                        prop_assert_eq!(kind, ProblemKind::Invalid);
                        prop_assert!(
                            config.follow_up.is_none() && !follow_up_ok(&value),
                            "refused a good link: {:?}",
                            value
                        );
                    }
                },
                _ => match problem {
                    None => {
                        // The same origin, as a browser serialises it.
                        let given = config.parent_origin.clone().unwrap_or_default();
                        let (scheme, authority) = split_scheme(&value).unwrap_or(("", ""));
                        prop_assert!(
                            given.starts_with(scheme) && authority_ok(authority, true),
                            "origin={:?} -> {:?}",
                            value,
                            given
                        );
                        let host = authority
                            .rsplit_once(':')
                            .filter(|(_, p)| !p.contains(']'))
                            .map_or(authority, |(h, _)| h);
                        prop_assert!(
                            given[scheme.len()..].starts_with(&host.to_ascii_lowercase()),
                            "origin={:?} -> {:?}",
                            value,
                            given
                        );
                    }
                    Some(ProblemKind::TooLong) => prop_assert!(
                        config.parent_origin.is_none() && value.chars().count() > ORIGIN_MAX
                    ),
                    Some(kind) => {
                        prop_assert_eq!(kind, ProblemKind::Invalid);
                        let authority = split_scheme(&value).map(|(_, a)| a);
                        prop_assert!(
                            config.parent_origin.is_none()
                                && !authority.is_some_and(|a| authority_ok(a, true)),
                            "refused a good origin: {:?}",
                            value
                        );
                    }
                },
            }
        }

        // What was accepted is safe to use, whatever the query.
        if let Some(name) = &config.name {
            prop_assert!(
                (1..=NAME_MAX).contains(&name.chars().count())
                    && name.trim() == name
                    && !name.chars().any(refused_in_name)
            );
        }
        if let Some(url) = &config.follow_up {
            prop_assert!(follow_up_ok(url), "unsafe follow-up link {:?}", url);
            let lower = url.to_ascii_lowercase();
            prop_assert!(lower.starts_with("http://") || lower.starts_with("https://"));
            // It parses back to itself.
            let again = parse_query(&format!("followup={}", form_encode(url)));
            prop_assert_eq!(
                again,
                (
                    Config {
                        follow_up: Some(url.clone()),
                        ..Config::default()
                    },
                    vec![]
                )
            );
        }
        if let Some(origin) = &config.parent_origin {
            let (scheme, authority) = split_scheme(origin).expect("an http(s) origin");
            prop_assert!(
                origin.starts_with(scheme),
                "scheme not lowercase: {:?}",
                origin
            );
            prop_assert!(
                authority_ok(authority, true)
                    && origin.to_ascii_lowercase() == *origin
                    && origin.len() <= ORIGIN_MAX,
                "{:?}",
                origin
            );
            let port = authority
                .rsplit_once(':')
                .filter(|(_, p)| !p.contains(']'))
                .map(|(_, p)| p);
            if let Some(port) = port {
                prop_assert!(
                    !port.starts_with('0') || port == "0",
                    "leading zero: {:?}",
                    origin
                );
                prop_assert!(
                    port != if scheme == "https://" { "443" } else { "80" },
                    "default port kept: {:?}",
                    origin
                );
            }
            // Serialised already: it parses back to itself.
            let again = parse_query(&format!("origin={}", form_encode(origin)));
            prop_assert_eq!(again.0.parent_origin.as_ref(), Some(origin));
        }
        if let Some(accent) = config.accent {
            prop_assert_eq!(Rgb::from_hex(&accent.to_hex()), Some(accent));
        }
        Ok(())
    });
    tally.report("config::parse_query (settings accepted, problems)", cases);
}

// ---------------------------------------------------------------------------------------------
// opening::open and opening::restore

/// A fragment: empty, a valid, damaged or garbage `#r=` link, or something else entirely.
fn fragment() -> impl Strategy<Value = String> {
    let code = || answers().prop_map(|a| encode(&a));
    prop_oneof![
        1 => Just(String::new()),
        3 => code().prop_map(|c| format!("#{SHARE_KEY}{c}")),
        3 => mutated(code()).prop_map(|c| format!("#{SHARE_KEY}{c}")),
        2 => any_text(12).prop_map(|t| format!("#{SHARE_KEY}{t}")),
        1 => code_charset_text().prop_map(|t| format!("#{SHARE_KEY}{t}")),
        1 => code().prop_map(|c| format!("{SHARE_KEY}{c}")),
        1 => (code(), prop::sample::select(vec!["&x=1", "/", "%20", "#", "=", "\u{0}"])).prop_map(|(c, tail)| format!("#{SHARE_KEY}{c}{tail}")),
        1 => (prop::sample::select(vec!["#R=", "#r%3D", "##r=", "#r:", "# r=", "#?r="]), code()).prop_map(|(k, c)| format!("{k}{c}")),
        1 => any_text(12).prop_map(|t| format!("#{t}")),
        1 => any_text(12),
    ]
}

/// A saved check: a real one, a damaged one, or garbage.
fn saved_text() -> impl Strategy<Value = String> {
    let valid = || session().prop_map(|s| save(&s));
    let codes: Vec<String> = screens()
        .iter()
        .map(|s| s.code().to_owned())
        .chain(["", "Result", "result ", "start.", "question"].map(str::to_owned))
        .collect();
    prop_oneof![
        4 => valid(),
        3 => mutated(valid()),
        2 => (prop::sample::select(codes), prop_oneof![answers().prop_map(|a| encode(&a)), code_charset_text(), any_text(8)], prop::sample::select(vec![".", ".", "..", "", ",", ". "]))
            .prop_map(|(code, link, dot)| format!("{code}{dot}{link}")),
        2 => any_text(20),
        1 => (valid(), 1..500usize).prop_map(|(s, n)| s.repeat(n)),
    ]
}

#[test]
fn fuzz_opening_open() {
    let strategy = (
        prop_oneof![3 => Just(String::new()), 1 => query()],
        fragment(),
        prop::option::weighted(0.8, saved_text()),
    );
    let tally = Tally::new(&[
        "shared result",
        "bad link",
        "bad link, check kept",
        "other fragment",
        "resume offered",
    ]);
    let cases = fuzz("opening::open", strategy, |(query, fragment, saved)| {
        let opened = open(&query, &fragment, saved.as_deref());
        if opened.session.shared {
            tally.add("shared result");
        }
        if opened.link_error.is_some() {
            tally.add(if opened.resume.is_some() {
                "bad link, check kept"
            } else {
                "bad link"
            });
        }
        if opened.resume.is_some() {
            tally.add("resume offered");
        }
        prop_assert_eq!(
            (opened.config.clone(), opened.problems.clone()),
            parse_query(&query)
        );

        // The person's own saved check, if it can be restored, is what "continue" offers.
        let own = saved
            .as_deref()
            .and_then(restore)
            .filter(|s| s.screen != Screen::Start);
        if let Some(resume) = &opened.resume {
            prop_assert_eq!(
                Some(save(resume)),
                saved.clone(),
                "resume is not the saved check"
            );
            prop_assert!(!resume.shared && resume.screen != Screen::Start && resume.can_continue());
            // Continuing it from the start screen shows that very screen.
            prop_assert_eq!(Session::default().apply(Action::Resume(*resume)), *resume);
        }

        let body = fragment.strip_prefix('#').unwrap_or(&fragment);
        match body.strip_prefix(SHARE_KEY) {
            Some(code) => match (decode(code), &opened.link_error) {
                (Ok(answers), None) => {
                    // A shared result: shown, read-only, and never offering to resume.
                    prop_assert_eq!(
                        opened.session,
                        Session {
                            screen: Screen::Result,
                            answers,
                            shared: true,
                            ..Session::default()
                        }
                    );
                    // Complete, or a result from before the trend was asked on days 1 and 2.
                    prop_assert!(opened.session.can_show_earlier_result());
                    prop_assert_eq!(opened.resume, None, "a shared result offered to resume");
                }
                (decoded, Some(error)) => {
                    // A bad link: a clear message, the start screen, and nothing lost.
                    match decoded {
                        Err(decode_error) => prop_assert_eq!(*error, decode_error),
                        // A real code for a check that could not have had a result.
                        Ok(answers) => {
                            let unfinished = !Session {
                                answers,
                                ..Session::default()
                            }
                            .can_show_result();
                            prop_assert!(
                                *error == ShareError::Malformed && unfinished,
                                "{:?} for {:?}",
                                error,
                                fragment
                            );
                        }
                    }
                    prop_assert!(!EN.link_problem(*error).trim().is_empty());
                    prop_assert_eq!(opened.session, Session::default());
                    prop_assert_eq!(opened.resume, own, "a bad link cost the saved check");
                }
                (Err(error), None) => {
                    return Err(TestCaseError::fail(format!(
                        "{error:?} not reported for {fragment:?}"
                    )))
                }
            },
            None => {
                tally.add("other fragment");
                prop_assert_eq!(opened.link_error, None);
                prop_assert_eq!(opened.session, Session::default());
                prop_assert_eq!(opened.resume, own);
            }
        }

        // Continuing after a new version of the app keeps the saved check too.
        let continued = opened.clone().continuing();
        match opened.resume {
            Some(resume) => prop_assert!(continued.session == resume && continued.resume.is_none()),
            None => prop_assert_eq!(&continued, &opened),
        }
        Ok(())
    });
    tally.report("opening::open", cases);
}

/// A restore case: a session that was saved (must come back), or any string.
#[derive(Clone, Debug)]
enum SavedCase {
    Saved(Session),
    Any(String),
}

#[test]
fn fuzz_opening_restore() {
    let strategy = prop_oneof![1 => session().prop_map(SavedCase::Saved), 3 => saved_text().prop_map(SavedCase::Any)];
    let tally = Tally::new(&["restored", "refused"]);
    let cases = fuzz("opening::restore", strategy, |case| {
        let text = match &case {
            SavedCase::Saved(session) => save(session),
            SavedCase::Any(text) => text.clone(),
        };
        let restored = restore(&text);
        tally.add(if restored.is_some() {
            "restored"
        } else {
            "refused"
        });
        if let SavedCase::Saved(session) = case {
            prop_assert_eq!(restored, Some(session), "a saved check did not come back");
        }
        if let Some(session) = restored {
            // Nothing restored that `save` could not have written, and nothing the answers
            // cannot show.
            prop_assert_eq!(&save(&session), &text);
            let shown = session.can_continue();
            prop_assert!(shown);
            prop_assert!(!session.shared && !session.changing && !session.needs_answer);
            prop_assert_eq!(
                decode(text.split_once('.').map_or("", |(_, l)| l)),
                Ok(session.answers)
            );
        }
        Ok(())
    });
    tally.report("opening::restore", cases);
}

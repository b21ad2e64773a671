//! The embed configuration: each query parameter, accepted and refused, the percent-decoding
//! under them, the accent's readable text colour, and a fuzz loop that must never panic.

mod common;

use aftercare::engine::config::Placement;
use aftercare::engine::config::*;
use common::XorShift;

/// `param=value` with the value percent-encoded as a browser would send it.
fn query(param: &str, value: &str) -> String {
    let mut text = String::from(param);
    text.push('=');
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            text.push(char::from(byte));
        } else {
            text.push_str(&format!("%{byte:02X}"));
        }
    }
    text
}

fn problem(param: &'static str, kind: ProblemKind) -> ConfigProblem {
    ConfigProblem { param, kind }
}

/// Parses `param=value` alone: the config and the problems.
fn one(param: &str, value: &str) -> (Config, Vec<ConfigProblem>) {
    parse_query(&query(param, value))
}

#[test]
fn the_documented_example() {
    let example = "?embed=1&accent=%23aa3366&name=Blue%20Lotus%20Spa&followup=https%3A%2F%2Fexample.com%2Fbook&compact=1&origin=https%3A%2F%2Fspa.example";
    let expected = Config {
        embedded: true,
        accent: Some(Rgb {
            r: 0xaa,
            g: 0x33,
            b: 0x66,
        }),
        name: Some("Blue Lotus Spa".into()),
        follow_up: Some("https://example.com/book".into()),
        compact: true,
        theme: Theme::Auto,
        parent_origin: Some("https://spa.example".into()),
        opened_by_embed: false,
    };
    assert_eq!(parse_query(example), (expected.clone(), vec![]));
    assert_eq!(
        parse_query(&example[1..]),
        (expected, vec![]),
        "the '?' is optional"
    );
}

#[test]
fn nothing_given_is_the_standalone_app() {
    for text in [
        "",
        "?",
        "?&&",
        "&",
        "?utm_source=mail&ref=x",
        "?=1",
        "?foo=%ZZ&bar",
    ] {
        assert_eq!(parse_query(text), (Config::default(), vec![]), "{text:?}");
    }
}

#[test]
fn flags() {
    for (param, get) in [
        (EMBED, (|c: &Config| c.embedded) as fn(&Config) -> bool),
        (COMPACT, |c: &Config| c.compact),
    ] {
        for (value, expected) in [("1", true), ("true", true), ("0", false), ("false", false)] {
            let (config, problems) = one(param, value);
            assert_eq!(
                (get(&config), problems),
                (expected, vec![]),
                "{param}={value}"
            );
        }
        for (value, kind) in [
            ("yes", ProblemKind::Invalid),
            ("TRUE", ProblemKind::Invalid),
            ("2", ProblemKind::Invalid),
            (" 1", ProblemKind::Invalid),
            ("", ProblemKind::Empty),
        ] {
            let (config, problems) = one(param, value);
            assert_eq!(
                (get(&config), problems),
                (false, vec![problem(param, kind)]),
                "{param}={value:?}"
            );
        }
        // A bare `?embed` has an empty value.
        assert_eq!(
            parse_query(param).1,
            vec![problem(param, ProblemKind::Empty)]
        );
    }
}

#[test]
fn accent() {
    let cases: &[(&str, Option<Rgb>)] = &[
        (
            "#aa3366",
            Some(Rgb {
                r: 0xaa,
                g: 0x33,
                b: 0x66,
            }),
        ),
        (
            "#AA3366",
            Some(Rgb {
                r: 0xaa,
                g: 0x33,
                b: 0x66,
            }),
        ),
        (
            "#ABC",
            Some(Rgb {
                r: 0xaa,
                g: 0xbb,
                b: 0xcc,
            }),
        ),
        (
            "#abc",
            Some(Rgb {
                r: 0xaa,
                g: 0xbb,
                b: 0xcc,
            }),
        ),
        ("#000", Some(Rgb::BLACK)),
        ("#ffffff", Some(Rgb::WHITE)),
        (
            "#0f0F0f",
            Some(Rgb {
                r: 15,
                g: 15,
                b: 15,
            }),
        ),
        ("aa3366", None),
        ("#aa336", None),
        ("#aa33666", None),
        ("#aa3366ff", None),
        ("#ab", None),
        ("#", None),
        ("#ggg", None),
        ("#12345g", None),
        ("##abc", None),
        (" #abc", None),
        ("#abc ", None),
        ("red", None),
        ("rgb(1,2,3)", None),
        ("#+12345", None),
        ("#ａｂｃ", None),
        ("#é12", None),
    ];
    for (value, expected) in cases {
        let (config, problems) = one(ACCENT, value);
        assert_eq!(config.accent, *expected, "{value:?}");
        let want = if expected.is_some() {
            vec![]
        } else {
            vec![problem(ACCENT, ProblemKind::Invalid)]
        };
        assert_eq!(problems, want, "{value:?}");
    }
    assert_eq!(one(ACCENT, "").1, vec![problem(ACCENT, ProblemKind::Empty)]);
    // Unencoded, a '#' would start the fragment; "%23" is how the page writes it.
    assert_eq!(
        parse_query("accent=%23aa3366").0.accent,
        Some(Rgb {
            r: 0xaa,
            g: 0x33,
            b: 0x66
        })
    );
}

#[test]
fn hex_round_trips() {
    assert_eq!(
        Rgb {
            r: 0xaa,
            g: 0x33,
            b: 0x66
        }
        .to_hex(),
        "#aa3366"
    );
    assert_eq!(Rgb::BLACK.to_hex(), "#000000");
    assert_eq!(Rgb::WHITE.to_hex(), "#ffffff");
    assert_eq!(
        Rgb {
            r: 1,
            g: 0x10,
            b: 0xfe
        }
        .to_hex(),
        "#0110fe"
    );
    for v in 0..=255u8 {
        for c in [
            Rgb { r: v, g: 0, b: 0 },
            Rgb { r: 0, g: v, b: 0 },
            Rgb { r: 0, g: 0, b: v },
            Rgb {
                r: v,
                g: 255 - v,
                b: v / 3,
            },
        ] {
            let hex = c.to_hex();
            assert_eq!(Rgb::from_hex(&hex), Some(c));
            assert_eq!(Rgb::from_hex(&hex.to_uppercase()), Some(c));
        }
    }
}

#[test]
fn name() {
    let ok: &[(&str, &str)] = &[
        ("Blue Lotus Spa", "Blue Lotus Spa"),
        ("  Blue Lotus Spa \u{3000}", "Blue Lotus Spa"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ("Tom & Jerry's \"Spa\"", "Tom & Jerry's \"Spa\""),
        ("&lt;b&gt;", "&lt;b&gt;"),
        ("Spa ✓", "Spa ✓"),
        ("Zürich Wellness", "Zürich Wellness"),
        ("按摩", "按摩"),
        ("x", "x"),
    ];
    for (value, expected) in ok {
        assert_eq!(
            one(NAME, value),
            (
                Config {
                    name: Some((*expected).into()),
                    ..Config::default()
                },
                vec![]
            ),
            "{value:?}"
        );
    }
    let sixty = "é".repeat(60);
    assert_eq!(
        one(NAME, &sixty).0.name.as_deref(),
        Some(sixty.as_str()),
        "60 characters, 120 bytes"
    );
    assert_eq!(
        one(NAME, &format!("  {}  ", "a".repeat(60))).0.name,
        Some("a".repeat(60)),
        "trimmed first"
    );
    let bad: &[(&str, ProblemKind)] = &[
        ("", ProblemKind::Empty),
        ("   ", ProblemKind::Empty),
        ("\t\n", ProblemKind::Empty),
        (&"a".repeat(61), ProblemKind::TooLong),
        (&"é".repeat(61), ProblemKind::TooLong),
        ("Blue\nLotus", ProblemKind::Invalid),
        ("Blue\tLotus", ProblemKind::Invalid),
        ("Blue\u{0}Lotus", ProblemKind::Invalid),
        ("Blue\u{7f}Lotus", ProblemKind::Invalid),
        ("Blue\u{85}Lotus", ProblemKind::Invalid),
        ("Spa\u{202E}kooB", ProblemKind::Invalid),
        ("\u{2067}Spa", ProblemKind::Invalid),
    ];
    for (value, kind) in bad {
        assert_eq!(
            one(NAME, value),
            (Config::default(), vec![problem(NAME, *kind)]),
            "{value:?}"
        );
    }
}

#[test]
fn follow_up() {
    let ok = [
        "https://example.com/book",
        "http://example.com",
        "https://example.com/book?service=deep&when=soon#top",
        "HTTPS://EXAMPLE.COM/Book",
        "hTtP://example.com:8080/",
        "https://sub.example.co.uk/a/b/c.html",
        "https://例え.jp/予約",
        "https://[2001:db8::1]:8443/book",
        "https://localhost",
        "https://example.com?x",
        "https://example.com#frag",
        "https://example.com/?q=<b>&r='\"",
    ];
    for value in ok {
        assert_eq!(
            one(FOLLOW_UP, value),
            (
                Config {
                    follow_up: Some(value.into()),
                    ..Config::default()
                },
                vec![]
            ),
            "{value:?}"
        );
    }
    let long_ok = format!("https://example.com/{}", "a".repeat(FOLLOW_UP_MAX - 20));
    assert_eq!(long_ok.chars().count(), FOLLOW_UP_MAX);
    assert_eq!(one(FOLLOW_UP, &long_ok).0.follow_up, Some(long_ok.clone()));
    let invalid = [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "JavaScript://example.com/%0Aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "ftp://example.com",
        "//evil.example",
        "///evil.example",
        "/book",
        "book.html",
        "example.com/book",
        "https://",
        "https:///path",
        "https://?q",
        "https://#x",
        "https:example.com",
        "https:/example.com",
        "https:\\\\evil.example",
        "https://evil.example\\@good.example",
        "https://good.example@evil.example",
        "https://user:pass@example.com/",
        "https://exa mple.com",
        " https://example.com",
        "https://example.com/ book",
        "https://example.com/\u{0}",
        "https://example.com\n",
        "https://example.com:99999/",
        "https://example.com:/",
        "https://example.com:8o/",
        "https://:443/",
        "https://[::1/",
        "https://[]/",
        "https://[evil.example]/",
        "https://exa<mple.com/",
        "https://example.com%2F/",
        "http s://example.com",
        "httpss://example.com",
        "https//example.com",
    ];
    for value in invalid {
        assert_eq!(
            one(FOLLOW_UP, value),
            (
                Config::default(),
                vec![problem(FOLLOW_UP, ProblemKind::Invalid)]
            ),
            "{value:?}"
        );
    }
    let too_long = format!("{long_ok}b");
    assert_eq!(
        one(FOLLOW_UP, &too_long).1,
        vec![problem(FOLLOW_UP, ProblemKind::TooLong)]
    );
    assert_eq!(
        one(FOLLOW_UP, "").1,
        vec![problem(FOLLOW_UP, ProblemKind::Empty)]
    );
}

#[test]
fn origin() {
    let ok: &[(&str, &str)] = &[
        ("https://spa.example", "https://spa.example"),
        ("http://localhost:8080", "http://localhost:8080"),
        ("HTTPS://Spa.Example", "https://spa.example"),
        ("https://spa.example:443", "https://spa.example"),
        ("http://spa.example:80", "http://spa.example"),
        ("http://spa.example:443", "http://spa.example:443"),
        ("https://spa.example:80", "https://spa.example:80"),
        ("https://spa.example:0443", "https://spa.example"),
        ("https://spa.example:08080", "https://spa.example:8080"),
        ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
        ("http://[::1]:3000", "http://[::1]:3000"),
        ("https://[2001:DB8::1]", "https://[2001:db8::1]"),
        ("https://xn--r8jz45g.jp", "https://xn--r8jz45g.jp"),
        ("https://my_spa.example", "https://my_spa.example"),
    ];
    for (value, expected) in ok {
        assert_eq!(
            one(ORIGIN, value),
            (
                Config {
                    parent_origin: Some((*expected).into()),
                    ..Config::default()
                },
                vec![]
            ),
            "{value:?}"
        );
    }
    let invalid = [
        "https://spa.example/",
        "https://spa.example/path",
        "https://spa.example?x=1",
        "https://spa.example#x",
        "https://spa.example:",
        "https://spa.example:65536",
        "https://spa.example:123456",
        "https://",
        "https://:443",
        "spa.example",
        "//spa.example",
        "*",
        "null",
        "file://",
        "ftp://spa.example",
        "javascript:alert(1)",
        "https://user@spa.example",
        "https://spa example",
        "https://例え.jp",
        "https://spa.example\\",
        "https://[::1",
        "https://[::1]x",
    ];
    for value in invalid {
        assert_eq!(
            one(ORIGIN, value),
            (
                Config::default(),
                vec![problem(ORIGIN, ProblemKind::Invalid)]
            ),
            "{value:?}"
        );
    }
    let long = format!("https://{}.example", "a".repeat(ORIGIN_MAX));
    assert_eq!(
        one(ORIGIN, &long).1,
        vec![problem(ORIGIN, ProblemKind::TooLong)]
    );
    let just_fits = format!("https://{}", "a".repeat(ORIGIN_MAX - 8));
    assert_eq!(one(ORIGIN, &just_fits).0.parent_origin, Some(just_fits));
}

#[test]
fn percent_decoding() {
    let name = |q: &str| parse_query(q);
    let named = |n: &str| {
        (
            Config {
                name: Some(n.into()),
                ..Config::default()
            },
            vec![],
        )
    };
    assert_eq!(name("name=%E2%9C%93"), named("✓"));
    assert_eq!(name("name=%e2%9c%93"), named("✓"), "lowercase hex digits");
    assert_eq!(name("name=Blue+Lotus%20Spa"), named("Blue Lotus Spa"));
    assert_eq!(
        name("name=a%2Bb"),
        named("a+b"),
        "an encoded plus is a plus"
    );
    assert_eq!(name("name=50%25"), named("50%"));
    assert_eq!(name("name=a%26b%3Dc"), named("a&b=c"));
    assert_eq!(name("name=a=b"), named("a=b"), "only the first '=' splits");
    assert_eq!(
        name("name=Zürich"),
        named("Zürich"),
        "raw UTF-8 passes through"
    );
    assert_eq!(name("%6Eam%65=Spa"), named("Spa"), "encoded names too");
    let bad = (
        Config::default(),
        vec![problem(NAME, ProblemKind::BadEncoding)],
    );
    for q in [
        "name=%ZZ",
        "name=%C3",
        "name=%C3%28",
        "name=%",
        "name=%4",
        "name=abc%",
        "name=%%41",
        "name=%E2%9C",
        "name=%FF",
        "name=%ED%A0%80",
        "name=%C0%AF",
        "name=%G1",
    ] {
        assert_eq!(name(q), bad, "{q}");
    }
    // Broken escapes in unknown parameters, or in a name that is not a parameter, are ignored.
    assert_eq!(name("n%ZZ=1&x=%C3"), (Config::default(), vec![]));
}

#[test]
fn the_last_occurrence_wins() {
    assert_eq!(parse_query("name=A&name=B").0.name.as_deref(), Some("B"));
    assert!(!parse_query("embed=1&embed=0").0.embedded);
    assert!(parse_query("embed=0&embed=1").0.embedded);
    // An earlier bad value is overridden, with no problem reported for it.
    assert_eq!(
        parse_query("accent=red&accent=%23abc"),
        (
            Config {
                accent: Some(Rgb {
                    r: 0xaa,
                    g: 0xbb,
                    b: 0xcc
                }),
                ..Config::default()
            },
            vec![]
        )
    );
    // A bad last value wins too: the setting falls back to its default, and is reported.
    assert_eq!(
        parse_query("origin=https%3A%2F%2Fspa.example&origin=*"),
        (
            Config::default(),
            vec![problem(ORIGIN, ProblemKind::Invalid)]
        )
    );
}

/// The embed's `data-theme`: light, dark or the device's setting, nothing else.
#[test]
fn theme() {
    for (value, expected, attribute) in [
        ("light", Theme::Light, Some("light")),
        ("dark", Theme::Dark, Some("dark")),
        ("auto", Theme::Auto, None),
    ] {
        let (config, problems) = one(THEME, value);
        assert_eq!(
            (config.theme, problems),
            (expected, vec![]),
            "theme={value}"
        );
        assert_eq!(config.theme.forced(), attribute);
    }
    for (value, kind) in [
        ("Dark", ProblemKind::Invalid),
        ("night", ProblemKind::Invalid),
        (" light", ProblemKind::Invalid),
        ("", ProblemKind::Empty),
    ] {
        let (config, problems) = one(THEME, value);
        assert_eq!(
            (config.theme, problems),
            (Theme::Auto, vec![problem(THEME, kind)]),
            "theme={value:?}"
        );
    }
    // Not branding: a link to the hosted page may ask for a scheme.
    let (config, _) = one(THEME, "dark");
    assert_eq!(config.for_page(Placement::OnItsOwn).0.theme, Theme::Dark);
}

#[test]
fn problems_name_each_parameter_once_in_order() {
    let (config, problems) = parse_query("?origin=x&theme=blue&compact=maybe&followup=javascript:x&name=&accent=blue&embed=%ZZ&embed=2&unknown=%ZZ");
    assert_eq!(config, Config::default());
    assert_eq!(
        problems,
        vec![
            problem(EMBED, ProblemKind::Invalid),
            problem(ACCENT, ProblemKind::Invalid),
            problem(NAME, ProblemKind::Empty),
            problem(FOLLOW_UP, ProblemKind::Invalid),
            problem(COMPACT, ProblemKind::Invalid),
            problem(THEME, ProblemKind::Invalid),
            problem(ORIGIN, ProblemKind::Invalid),
        ]
    );
    // Good and bad parameters side by side: the good ones still apply.
    let (config, problems) = parse_query("embed=1&accent=nope&name=Spa");
    assert_eq!(
        config,
        Config {
            embedded: true,
            name: Some("Spa".into()),
            ..Config::default()
        }
    );
    assert_eq!(problems, vec![problem(ACCENT, ProblemKind::Invalid)]);
}

/// The WCAG 2 relative luminance, computed in f64 with `powf` as the reference.
fn reference_luminance(c: Rgb) -> f64 {
    let linear = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b)
}

#[test]
fn luminance_matches_the_wcag_formula() {
    assert_eq!(Rgb::BLACK.relative_luminance(), 0.0);
    assert!((Rgb::WHITE.relative_luminance() - 1.0).abs() < 1e-5);
    let mut worst = 0f64;
    for v in 0..=255u8 {
        for c in [
            Rgb { r: v, g: v, b: v },
            Rgb { r: v, g: 0, b: 0 },
            Rgb { r: 0, g: v, b: 0 },
            Rgb { r: 0, g: 0, b: v },
        ] {
            let expected = reference_luminance(c);
            let error = (f64::from(c.relative_luminance()) - expected).abs();
            worst = worst.max(error);
            assert!(
                error <= 1e-6 + expected * 1e-5,
                "{c:?}: {} vs {expected}",
                c.relative_luminance()
            );
        }
    }
    println!("largest luminance error against powf: {worst:e}");
    assert!((contrast_ratio(Rgb::BLACK, Rgb::WHITE) - 21.0).abs() < 1e-3);
    assert!((contrast_ratio(Rgb::WHITE, Rgb::BLACK) - 21.0).abs() < 1e-3);
    let c = Rgb {
        r: 0xaa,
        g: 0x33,
        b: 0x66,
    };
    assert_eq!(contrast_ratio(c, c), 1.0);
}

#[test]
fn readable_text_on_the_accent() {
    let hex = |s: &str| Rgb::from_hex(s).unwrap();
    for dark in [
        "#000000", "#1a1a1a", "#aa3366", "#003366", "#6b21a8", "#b00020", "#555555", "#0000ff",
    ] {
        assert_eq!(hex(dark).readable_text(), Rgb::WHITE, "{dark}");
    }
    for light in [
        "#ffffff", "#eeeeee", "#ffff00", "#aaccee", "#f9a8d4", "#00ff00", "#999999", "#ff9900",
    ] {
        assert_eq!(hex(light).readable_text(), Rgb::BLACK, "{light}");
    }
    let mut checked = 0;
    let mut lowest = f32::MAX;
    let mut check = |c: Rgb| {
        let text = c.readable_text();
        let ratio = contrast_ratio(c, text);
        let other = if text == Rgb::BLACK {
            Rgb::WHITE
        } else {
            Rgb::BLACK
        };
        assert!(
            ratio >= contrast_ratio(c, other),
            "{c:?}: the better of black and white"
        );
        assert!(ratio >= 4.5, "{c:?} with {text:?}: {ratio}");
        lowest = lowest.min(ratio);
        checked += 1;
    };
    for v in 0..=255u8 {
        check(Rgb { r: v, g: v, b: v });
    }
    for r in (0..=255u8).step_by(15) {
        for g in (0..=255u8).step_by(15) {
            for b in (0..=255u8).step_by(15) {
                check(Rgb { r, g, b });
            }
        }
    }
    println!("readable text: {checked} colours, lowest contrast {lowest:.3}");
}

/// A random query string built from pieces that reach every branch of the parser.
fn random_query(rng: &mut XorShift) -> String {
    const KEYS: &[&str] = &[
        "embed", "accent", "name", "followup", "compact", "theme", "origin", "x", "", "%6Eame",
        "na%", "Name", "?embed",
    ];
    const PIECES: &[&str] = &[
        "%",
        "%2",
        "%23",
        "%E2",
        "%9C",
        "%93",
        "%C3",
        "%ZZ",
        "%00",
        "%0A",
        "%20",
        "%2F",
        "%3A",
        "%40",
        "%5C",
        "+",
        "#",
        "?",
        "=",
        "&",
        "http://",
        "https://",
        "HTTPS://",
        "javascript:",
        "data:",
        "//",
        "/",
        "@",
        ":",
        ":443",
        ":80",
        "[",
        "]",
        "::1",
        "\\",
        "1",
        "0",
        "true",
        "false",
        "abc",
        "aa3366",
        "example.com",
        "spa.example",
        "é",
        "✓",
        " ",
        "\t",
        "\u{202E}",
        "<script>",
    ];
    let mut text = String::new();
    if rng.below(2) == 0 {
        text.push('?');
    }
    for _ in 0..rng.below(6) {
        if rng.below(8) == 0 {
            // Raw noise, any characters at all.
            text.extend((0..rng.below(10)).map(|_| rng.char()));
        } else {
            text.push_str(KEYS[rng.below(KEYS.len())]);
            if rng.below(6) != 0 {
                text.push('=');
            }
            for _ in 0..rng.below(8) {
                if rng.below(5) == 0 {
                    text.push(rng.char());
                } else {
                    text.push_str(PIECES[rng.below(PIECES.len())]);
                }
            }
        }
        text.push('&');
    }
    text
}

#[test]
fn random_queries_never_panic_and_keep_the_rules() {
    let start = std::time::Instant::now();
    let mut rng = XorShift::new(0xC0FFEE);
    let (mut problems_seen, mut settings_seen) = (0usize, 0usize);
    for _ in 0..100_000 {
        let text = random_query(&mut rng);
        let (config, problems) = parse_query(&text);
        problems_seen += problems.len();
        // Each parameter at most once, and only the seven.
        for (i, p) in problems.iter().enumerate() {
            assert!([EMBED, ACCENT, NAME, FOLLOW_UP, COMPACT, THEME, ORIGIN].contains(&p.param));
            assert!(problems[..i].iter().all(|q| q.param != p.param), "{text:?}");
        }
        if let Some(name) = &config.name {
            settings_seen += 1;
            assert!((1..=NAME_MAX).contains(&name.chars().count()), "{text:?}");
            assert_eq!(name.trim(), name);
            assert!(!name.chars().any(char::is_control), "{text:?}");
        }
        if let Some(url) = &config.follow_up {
            settings_seen += 1;
            let lower = url.to_ascii_lowercase();
            assert!(
                lower.starts_with("http://") || lower.starts_with("https://"),
                "{text:?}"
            );
            assert!(url.chars().count() <= FOLLOW_UP_MAX);
            assert!(
                !url.chars()
                    .any(|c| c.is_whitespace() || c.is_control() || c == '\\'),
                "{text:?}"
            );
        }
        if let Some(origin) = &config.parent_origin {
            settings_seen += 1;
            let rest = origin
                .strip_prefix("https://")
                .or_else(|| origin.strip_prefix("http://"))
                .expect("an http(s) origin");
            assert!(
                !rest.is_empty() && !rest.contains(['/', '?', '#', '@', '\\']),
                "{text:?}"
            );
            assert_eq!(origin.to_ascii_lowercase(), *origin);
            assert!(origin.len() <= ORIGIN_MAX);
        }
        if let Some(accent) = config.accent {
            settings_seen += 1;
            assert_eq!(Rgb::from_hex(&accent.to_hex()), Some(accent));
        }
        // The leading '?' is optional.
        if !text.starts_with('?') {
            assert_eq!(parse_query(&format!("?{text}")), (config, problems));
        }
    }
    println!("random queries: 100000 parsed, {problems_seen} problems, {settings_seen} settings accepted, in {:?}", start.elapsed());
    assert!(
        problems_seen > 10_000 && settings_seen > 1_000,
        "the fuzz reaches both outcomes"
    );
}

#[test]
fn huge_queries_are_fine() {
    let huge = "name=".to_string() + &"%41".repeat(200_000);
    assert_eq!(
        parse_query(&huge).1,
        vec![problem(NAME, ProblemKind::TooLong)]
    );
    let many = "embed=1&".repeat(100_000) + "embed=0";
    assert_eq!(parse_query(&many), (Config::default(), vec![]));
    let origin = "origin=https://".to_string() + &"a".repeat(1 << 20);
    assert_eq!(
        parse_query(&origin).1,
        vec![problem(ORIGIN, ProblemKind::TooLong)]
    );
}

/// Branding cannot be forged: opened on its own (not in a spa's frame), the page drops the
/// name, colour and booking link from its address, which anyone can write, and says so.
#[test]
fn only_an_embedding_page_can_brand_the_check() {
    use aftercare::engine::config::{parse_query, ACCENT, FOLLOW_UP, NAME};
    let (config, problems) = parse_query("?name=Your%20Clinic&accent=%23ff0000&followup=https%3A%2F%2Fevil.example%2Fbook&embed=1&origin=https%3A%2F%2Fevil.example&compact=1");
    assert!(problems.is_empty());
    let (top_level, dropped) = config.clone().for_page(Placement::OnItsOwn);
    assert_eq!(
        (top_level.name, top_level.accent, top_level.follow_up),
        (None, None, None),
        "no stranger's branding"
    );
    assert!(
        !top_level.embedded && top_level.parent_origin.is_none(),
        "and no parent to talk to"
    );
    assert_eq!(dropped, [NAME, ACCENT, FOLLOW_UP]);
    let (framed, dropped) = config.clone().for_page(Placement::Framed);
    assert_eq!(framed, config, "inside a spa's frame, its settings stand");
    assert!(dropped.is_empty());
}

/// Issue 29: a tab the embed's popup opened from a box too small for a dialog, once the embed
/// has confirmed it (platform::confirmed_by_opener), keeps the spa's settings as a frame does,
/// but is a page of its own: no parent to talk to, not styled as embedded. The address alone
/// (`opener=1`, which anyone can write) changes nothing: until the embed confirms it, the page
/// is on its own and drops the branding.
#[test]
fn a_tab_the_embed_opened_keeps_the_branding_once_the_embed_confirms_it() {
    use aftercare::engine::config::{parse_query, ACCENT, FOLLOW_UP, NAME};
    let (config, problems) = parse_query("?name=Blue%20Lotus&accent=%237a3b69&followup=https%3A%2F%2Fbluelotus.example%2Fbook&origin=https%3A%2F%2Fbuilder.example&opener=1&theme=light");
    assert!(problems.is_empty());
    assert!(config.opened_by_embed);
    let (opened, dropped) = config.clone().for_page(Placement::OpenedByEmbed);
    assert!(dropped.is_empty());
    assert_eq!(opened.name.as_deref(), Some("Blue Lotus"));
    assert_eq!(
        opened.follow_up.as_deref(),
        Some("https://bluelotus.example/book")
    );
    assert!(opened.accent.is_some() && opened.theme == Theme::Light);
    assert!(
        !opened.embedded && opened.parent_origin.is_none(),
        "a page of its own"
    );
    let (alone, dropped) = config.for_page(Placement::OnItsOwn);
    assert_eq!(
        (alone.name, alone.accent, alone.follow_up),
        (None, None, None)
    );
    assert_eq!(dropped, [NAME, ACCENT, FOLLOW_UP]);
    // The flag is checked like the others.
    assert_eq!(parse_query("opener=yes").1.len(), 1);
}

/// Issue 27: an accent too close to a theme's background hides the primary button, the chosen
/// answer and the ticks, so each theme takes it only at 3:1 or more against everything it sits
/// on there; the backgrounds are the stylesheet's own.
#[test]
fn an_accent_is_taken_only_where_it_stands_out_by_three_to_one() {
    use aftercare::engine::config::{
        contrast_ratio, Rgb, CONTROL_CONTRAST, DARK_BACKGROUNDS, LIGHT_BACKGROUNDS,
    };
    let rgb = |hex: &str| Rgb::from_hex(hex).unwrap();
    // (accent, on light, on dark)
    let table = [
        ("#ffffff", false, true),
        ("#f3f6f7", false, true),
        ("#7a3b69", true, false),
        ("#0b6b73", true, false),
        ("#5cc6c4", false, true),
        ("#111111", true, false),
        ("#ffd24a", false, true),
        ("#808080", true, true),
    ];
    for (accent, light, dark) in table {
        assert_eq!(
            rgb(accent).stands_out_on(&LIGHT_BACKGROUNDS),
            light,
            "{accent} on light"
        );
        assert_eq!(
            rgb(accent).stands_out_on(&DARK_BACKGROUNDS),
            dark,
            "{accent} on dark"
        );
    }
    // Just either side of 3:1 on white.
    assert!(
        contrast_ratio(rgb("#959595"), Rgb::WHITE) < CONTROL_CONTRAST
            && !rgb("#959595").stands_out_on(&[Rgb::WHITE])
    );
    assert!(
        contrast_ratio(rgb("#949494"), Rgb::WHITE) >= CONTROL_CONTRAST
            && rgb("#949494").stands_out_on(&[Rgb::WHITE])
    );
    // The backgrounds are the stylesheet's: --af-bg and --af-surface, light then dark.
    let css =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/styles/base.css")).unwrap();
    for (name, [light, dark]) in [
        ("--af-bg:", [LIGHT_BACKGROUNDS[0], DARK_BACKGROUNDS[0]]),
        ("--af-surface:", [LIGHT_BACKGROUNDS[1], DARK_BACKGROUNDS[1]]),
    ] {
        let line = css
            .lines()
            .find(|line| line.trim_start().starts_with(name))
            .unwrap_or_else(|| panic!("{name} in base.css"));
        let hexes: Vec<Rgb> = line
            .split([' ', ')', ';'])
            .filter(|w| w.starts_with('#'))
            .map(rgb)
            .collect();
        assert_eq!(hexes, [light, dark], "{name} in styles/base.css");
    }
}

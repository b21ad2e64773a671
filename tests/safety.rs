//! The text beyond the article stays in one place and on one list: every sentence in
//! src/content/en/safety.rs (the static page that shows when the app cannot start takes its
//! routing words from there too) is listed in docs/SAFETY.md's last table, and every sentence
//! listed there is in that file. So no new "where to go, how soon" sentence can ship unlisted, and the
//! list cannot drift from what the app says.

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The string literals of a Rust file, comments left out, `\u{…}` escapes decoded.
fn string_literals(source: &str) -> Vec<String> {
    let code: String = source
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut literal = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('u') => {
                        let hex: String =
                            chars.by_ref().skip(1).take_while(|c| *c != '}').collect();
                        literal
                            .push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                    }
                    Some(other) => literal.push(other),
                    None => {}
                },
                _ => literal.push(c),
            }
        }
        out.push(literal);
    }
    out
}

/// A text split after each full stop, question mark or exclamation mark that a space follows.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        if matches!(c, '.' | '?' | '!') && chars.peek() == Some(&' ') {
            out.push(current.trim().to_string());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

/// The sentences of docs/SAFETY.md's routing table: rows `| R<n> | "sentence" | … |`.
fn listed() -> Vec<(String, String)> {
    read("docs/SAFETY.md")
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let id = cells.get(1)?;
            let is_row =
                id.starts_with('R') && id[1..].chars().all(|c| c.is_ascii_digit()) && id.len() > 1;
            is_row.then(|| (id.to_string(), cells[2].trim_matches('"').to_string()))
        })
        .collect()
}

#[test]
fn every_routing_sentence_of_the_app_is_listed_in_the_safety_case() {
    let listed: Vec<String> = listed().into_iter().map(|(_, s)| s).collect();
    assert!(
        listed.len() >= 40,
        "the table was found: {} rows",
        listed.len()
    );
    let mut missing = Vec::new();
    for literal in string_literals(&read("src/content/en/safety.rs")) {
        for sentence in sentences(&literal) {
            if !listed.contains(&sentence) {
                missing.push(sentence);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "sentences in src/content/en/safety.rs that docs/SAFETY.md does not list:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_listed_sentence_is_what_the_app_says() {
    let source = read("src/content/en/safety.rs");
    let app: Vec<String> = string_literals(&source)
        .iter()
        .flat_map(|l| sentences(l))
        .collect();
    let mut stale = Vec::new();
    let mut ids = Vec::new();
    for (id, sentence) in listed() {
        if !app.contains(&sentence) {
            stale.push(format!("{id}: {sentence}"));
        }
        ids.push(id);
    }
    assert!(
        stale.is_empty(),
        "docs/SAFETY.md lists sentences the app does not say:\n{}",
        stale.join("\n")
    );
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "each id once");
}

#[test]
fn the_splitter_and_reader_work_on_a_known_text() {
    assert_eq!(
        sentences("One here. Two? Three"),
        ["One here.", "Two?", "Three"]
    );
    assert_eq!(
        string_literals("// \"not this\"\nconst A: &str = \"Day 3\\u{2013}4 \\\"ok\\\"\";"),
        ["Day 3\u{2013}4 \"ok\""]
    );
}

/// The rows of docs/SAFETY.md's translated routing sentences in `lang`: `| R<n> (<lang>) |
/// "sentence" |`, or `| R<n> to R<m> (<lang>) | … |` for a sentence that says several.
fn listed_in(lang: &str) -> Vec<(Vec<String>, String)> {
    let suffix = format!(" ({lang})");
    read("docs/SAFETY.md")
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let ids = cells.get(1)?.strip_suffix(&suffix)?;
            let ids: Vec<String> = ids.split(" to ").map(str::to_string).collect();
            let well_formed = ids.iter().all(|id| {
                id.len() > 1 && id.starts_with('R') && id[1..].chars().all(|c| c.is_ascii_digit())
            });
            well_formed.then(|| (ids, cells[2].trim_matches('"').to_string()))
        })
        .collect()
}

/// Each translation's routing sentences are listed beside the English row each one says, so a
/// reviewer can hold them together, and the list cannot drift from what the app says in that
/// language: every sentence of `src/content/<lang>/safety.rs` is listed, every listed one is
/// said, and every row names a row of the English table.
#[test]
fn every_routing_sentence_of_each_translation_is_listed_beside_its_english() {
    let english: Vec<String> = listed().into_iter().map(|(id, _)| id).collect();
    for lang in ["es", "fr"] {
        let listed = listed_in(lang);
        assert!(
            listed.len() >= 40,
            "{lang}: the table was found: {} rows",
            listed.len()
        );
        let said: Vec<String> = string_literals(&read(&format!("src/content/{lang}/safety.rs")))
            .iter()
            .flat_map(|l| sentences(l))
            .collect();
        let sentences: Vec<&String> = listed.iter().map(|(_, s)| s).collect();
        let unlisted: Vec<&String> = said.iter().filter(|s| !sentences.contains(s)).collect();
        assert!(
            unlisted.is_empty(),
            "{lang}: sentences in its safety.rs that docs/SAFETY.md does not list: {unlisted:#?}"
        );
        let stale: Vec<&String> = sentences
            .iter()
            .copied()
            .filter(|s| !said.contains(s))
            .collect();
        assert!(
            stale.is_empty(),
            "{lang}: docs/SAFETY.md lists sentences the app does not say: {stale:#?}"
        );
        for (ids, sentence) in &listed {
            for id in ids {
                assert!(
                    english.contains(id),
                    "{lang}: {sentence:?} names {id}, which the English table lacks"
                );
            }
        }
        // Every English row is said in this language too.
        let covered: Vec<&String> = listed.iter().flat_map(|(ids, _)| ids).collect();
        let untranslated: Vec<&String> =
            english.iter().filter(|id| !covered.contains(id)).collect();
        assert!(
            untranslated.is_empty(),
            "{lang}: English rows with no sentence of this language: {untranslated:?}"
        );
    }
}

/// How soon, as each result's routing words say it (issue 26). The article says severe, sharp
/// or shooting pain in one spot warrants immediate attention: every routing sentence of that
/// result says now or straight away, and none lets a reader plan for later in the day. For the
/// other warning signs it gives no delay: the provider is contacted the same day, and if it
/// gets worse fast, help is sought now. In every language, by its own words for these times.
#[test]
fn how_soon_each_result_says_to_act_in_every_language() {
    use aftercare::content::Lang;
    use aftercare::engine::answers::WarningSign;
    use aftercare::engine::triage::Headline;
    /// A language's words for one time.
    type TimeWords = &'static [&'static str];
    // (language, words for "now", for "today", for a later day)
    let times: [(Lang, TimeWords, TimeWords, TimeWords); 3] = [
        (
            Lang::En,
            &["now", "straight away"],
            &["today"],
            &["within a day", "day or two", "tomorrow", "24 hours"],
        ),
        (
            Lang::Es,
            &["ahora", "de inmediato", "inmediatamente"],
            &["hoy"],
            &["un día", "mañana", "24 horas"],
        ),
        (
            Lang::Fr,
            &["maintenant", "tout de suite", "immédiatement"],
            &["aujourd"],
            &["un jour", "demain", "24 heures"],
        ),
    ];
    let has =
        |text: &str, words: &[&str]| words.iter().any(|word| text.to_lowercase().contains(word));
    for (lang, now, today, later) in times {
        let safety = &lang.words().safety;
        let code = lang.code();
        // Sharp pain: the heading, the summary, where to go, and the watch list's action.
        let urgent = safety.next_steps(Headline::Urgent).expect("next steps");
        let mut routing = vec![
            safety.headline(Headline::Urgent).title,
            safety.headline(Headline::Urgent).summary,
        ];
        routing.extend(urgent.go.iter().copied());
        routing.push(safety.watch_for(WarningSign::SharpLocalizedPain).action);
        for sentence in &routing {
            assert!(
                !has(sentence, today) && !has(sentence, later),
                "{code}: sharp pain is now, not later: {sentence}"
            );
        }
        assert!(
            has(urgent.go[0], now),
            "{code}: where to go, now: {}",
            urgent.go[0]
        );
        assert!(
            has(safety.headline(Headline::Urgent).title, now),
            "{code}: the heading says now"
        );
        // The emergency line has a condition of its own, not the option ticked ("severe").
        assert!(
            !has(urgent.go[1], &["severe", "intenso", "forte"]),
            "{code}: {}",
            urgent.go[1]
        );
        // The other signs: the same day, and now if it gets worse fast.
        let other = safety
            .next_steps(Headline::WarningSign)
            .expect("next steps");
        assert!(
            has(other.go[0], today) && !has(other.go[0], later),
            "{code}: the same day: {}",
            other.go[0]
        );
        assert!(
            has(other.go[1], now) && !has(other.go[1], today),
            "{code}: worse fast is now: {}",
            other.go[1]
        );
        for sign in [
            WarningSign::SpreadingNerveSymptoms,
            WarningSign::SpreadingBruise,
            WarningSign::Fever,
        ] {
            let action = safety.watch_for(sign).action;
            assert!(
                has(action, today) && !has(action, later),
                "{code}: {sign:?} on the watch list: {action}"
            );
        }
        let heading = safety.headline(Headline::WarningSign);
        assert!(
            has(heading.title, today) && has(heading.summary, today),
            "{code}: the warning sign's heading says today"
        );
    }
}

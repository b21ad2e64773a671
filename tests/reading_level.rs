//! Reading level: the Flesch–Kincaid grade of everything a person reads, screen by screen.
//!
//! Each screen is rendered natively with Yew's server renderer (as tests/render.rs does), its
//! HTML turned into blocks of text by a small hand-written pass, and every block graded. Every
//! block is printed (run with `-- --nocapture` to see the table), but only screens are asserted
//! on: a two-word label's grade is noise, a screen's is not. The test fails if any screen is
//! above grade 8.0, either as a whole or in its prose alone (below), naming the screen, its
//! grades and its three hardest sentences.
//!
//! What counts as "text a person reads": every element's text content except <script> and
//! <style>, including the "Why we ask" text inside its <details> (a person opens it to read
//! it), the SVG chart's <title> (a screen reader reads it) and the chart's own <text> labels
//! (a sighted person reads them). Attribute values (aria-label and the like) are not included.
//!
//! Flesch–Kincaid grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
//! A block with no sentence-ending punctuation (a heading, a label, a button) counts as one
//! sentence. How words, sentences and syllables are counted is documented on `words`,
//! `sentences`, `syllables` and `numeral_syllables` below.
//!
//! Each screen's "prose" grade counts its full sentences only, without the labels, headings
//! and buttons that would pull the whole-screen grade down: it says how hard the paragraphs
//! themselves are, so it is asserted too. The hardest strings are printed for whoever edits
//! the wording.
//!
//! ```text
//! cargo test --test reading_level -- --nocapture
//! ```

mod common;

use aftercare::engine::answers::*;
use aftercare::engine::choice::{Choice, Set};
use aftercare::engine::{QuestionId, Screen, Session};
use aftercare::ui::{App, AppProps, Launch};
use common::ordinary;
use std::rc::Rc;

/// No screen's text as a whole may read above this grade.
const MAX_GRADE: f64 = 8.0;

/// The printout also lists the hardest strings of at least this many words.
const LONG_STRING: usize = 10;

/// A failure names the screen's hardest sentences of at least this many words first.
const LONG_SENTENCE: usize = 5;

// ---------------------------------------------------------------------------------------------
// HTML to blocks of text
// ---------------------------------------------------------------------------------------------

/// Elements whose start and end break the text into separate blocks. The brief's list (p, li,
/// h1–h6, label, legend, summary, button, a, figcaption, title, td, th, dt, dd, div), plus the
/// containers that can hold loose text between such elements (so that text never runs on into
/// a neighbour's), plus SVG <text>, each of which is a separate label on the chart.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "label",
    "legend",
    "summary",
    "button",
    "a",
    "figcaption",
    "title",
    "td",
    "th",
    "dt",
    "dd",
    "div",
    // Containers.
    "main",
    "header",
    "footer",
    "nav",
    "section",
    "article",
    "aside",
    "form",
    "fieldset",
    "details",
    "figure",
    "ul",
    "ol",
    "dl",
    "table",
    "thead",
    "tbody",
    "tr",
    "blockquote",
    "hr",
    "svg",
    "g",
    "text",
    "progress",
    "input",
    "select",
    "option",
    "textarea",
    "dialog",
];

/// The blocks of text in `html`, in document order: each one a string a person reads, with
/// entities decoded and whitespace collapsed. Empty blocks are dropped.
fn blocks(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let end = tag_end(rest);
        let tag = &rest[1..end];
        rest = rest.get(end + 1..).unwrap_or("");
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        if !closing && (name == "script" || name == "style") {
            // Skip to just past the matching end tag.
            let close = format!("</{name}");
            rest = match rest.to_ascii_lowercase().find(&close) {
                Some(at) => {
                    let after = &rest[at..];
                    after.find('>').map_or("", |gt| &after[gt + 1..])
                }
                None => "",
            };
            continue;
        }
        if name == "br" {
            text.push(' ');
        } else if BLOCK_ELEMENTS.contains(&name.as_str()) {
            flush(&mut text, &mut out);
        }
    }
    text.push_str(rest);
    flush(&mut text, &mut out);
    out
}

/// The index of the `>` that ends the tag starting at `s[0] == '<'`, skipping quoted attribute
/// values; the last index if the tag never ends.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return i,
            _ => {}
        }
    }
    s.len() - 1
}

fn flush(text: &mut String, out: &mut Vec<String>) {
    let block = decode_entities(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if !block.is_empty() {
        out.push(block);
    }
    text.clear();
}

/// Decodes the named entities a renderer uses (&amp; &lt; &gt; &quot; &apos; &nbsp;) and
/// numeric ones (&#39; &#x2019;). Anything else is left as it is.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').filter(|semi| *semi <= 10).and_then(|semi| {
            let entity = &rest[1..semi];
            let c = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => {
                    let code = if let Some(hex) = entity
                        .strip_prefix("#x")
                        .or_else(|| entity.strip_prefix("#X"))
                    {
                        u32::from_str_radix(hex, 16).ok()
                    } else {
                        entity.strip_prefix('#').and_then(|dec| dec.parse().ok())
                    };
                    code.and_then(char::from_u32)
                }
            };
            c.map(|c| (c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

// ---------------------------------------------------------------------------------------------
// Counting: sentences, words, syllables
// ---------------------------------------------------------------------------------------------

/// The sentences of a block: split after `.`, `!`, `?` or `…` (with any closing quotes or
/// brackets) when followed by whitespace or the end, so "1.5" and "e.g.," are not split. A
/// fragment without ending punctuation (a heading, a label, the tail of a block) is a sentence
/// too. Fragments with no words ("—", "·") are dropped.
fn sentences(block: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = block.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i].1, '.' | '!' | '?' | '…') {
            let mut j = i + 1;
            while j < chars.len()
                && matches!(
                    chars[j].1,
                    '.' | '!' | '?' | '…' | '"' | '\'' | '’' | '”' | ')' | ']'
                )
            {
                j += 1;
            }
            if j == chars.len() || chars[j].1.is_whitespace() {
                let end = chars.get(j).map_or(block.len(), |(at, _)| *at);
                out.push(block[start..end].trim());
                start = end;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    out.push(block[start..].trim());
    out.retain(|s| !words(s).is_empty());
    out
}

/// The words of a text: runs separated by whitespace, en and em dashes and slashes ("24–72"
/// is two words, "twenty-four to seventy-two"), trimmed of punctuation at either end. A word
/// must hold a letter or digit. Hyphenated words ("deep-tissue") are one word.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '–' | '—' | '/'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// The syllables of one word (at least 1). Hyphenated words are counted part by part;
/// numerals by `numeral_syllables`; letters by `letter_syllables`.
fn syllables(word: &str) -> usize {
    let parts: Vec<&str> = word
        .split('-')
        .filter(|p| p.chars().any(char::is_alphanumeric))
        .collect();
    if parts.len() > 1 {
        return parts.iter().map(|p| syllables(p)).sum();
    }
    if word.chars().any(|c| c.is_ascii_digit()) {
        return numeral_syllables(word);
    }
    letter_syllables(word)
}

/// A numeral ("4", "24", "72", "3rd") is counted as the syllables of the number spoken, but at
/// most 2. Spoken in full, "72" is "sev-en-ty-two", four syllables, as many as "information";
/// but a numeral is read at a glance, so counting it as a long word would overstate how hard
/// "24–72 hours" is to read. So: 1 for the one-syllable numbers (1–6, 8–10, 12: "one" ...
/// "ten", "twelve"), 2 for everything else (0 "ze-ro", 7 "sev-en", 11, 13 and up, and any
/// numeral with a decimal point or letters).
fn numeral_syllables(word: &str) -> usize {
    match word.parse::<u32>() {
        Ok(1..=6 | 8..=10 | 12) => 1,
        _ => 2,
    }
}

/// Words the rules below get wrong and that the app uses or might: the dictionary count.
const SYLLABLE_EXCEPTIONS: &[(&str, usize)] = &[
    ("every", 2),
    ("everything", 3),
    ("everyone", 3),
    ("anyone", 3),
    ("evening", 2),
    ("different", 3),
    ("business", 2),
    ("people", 2),
    ("area", 3),
    ("areas", 3),
    ("idea", 3),
    ("ideas", 3),
    ("create", 2),
    ("creates", 2),
    ("science", 2),
    ("quiet", 2),
    ("diet", 2),
    ("nutrient", 3),
    ("nutrients", 3),
    ("continue", 3),
    ("continues", 3),
    ("fluid", 2),
    ("fluids", 2),
    ("ointment", 2),
    ("maybe", 2),
    ("someone", 2),
    ("something", 2),
    ("sometimes", 2),
    ("somewhere", 2),
    ("timeline", 2),
    ("safety", 2),
    ("therapeutic", 4),
    // Abbreviations, as spoken.
    ("nsaids", 2),
    ("pdf", 3),
];

/// The syllables of a word of letters, by English spelling rules:
/// - one per group of adjacent vowels: a e i o u, and y except at the start of a word or
///   between two vowels ("body" 2, "you" 1, "layer" 2, "beyond" 2);
/// - less a silent final e ("make", "whole"; but a final -le or -re after a consonant is its
///   own syllable: "ta-ble", "mus-cle", "fi-bre"), a silent -es ("makes", "times"; but not
///   after s x z ch sh c g or consonant-l/r: "boxes", "pieces", "changes", "muscles",
///   "fibres"), a silent -ed ("worked", "used"; but not after t or d: "rested", "needed"), the
///   silent ue of -que ("technique"), and the silent e of -ely -eful -eness -eless -ement after
///   a consonant ("safely", "soreness", "movement");
/// - plus one where a vowel group is really two syllables: i before a, o or u ("media",
///   "serious", "radio"; but not -tion, -sion, -cial, -cious, -gion: there the i only softens
///   the consonant), "eo" ("video"), u before a or o ("usual", "actual"; not after q or g:
///   "equal", "guard"), and -ing after a vowel ("doing", "being", "lying");
/// - at least 1; and `SYLLABLE_EXCEPTIONS` for common words the rules miss (compounds with an
///   inner silent e such as "someone" and "timeline", "ie" said as two syllables such as
///   "quiet" and "nutrient", and a few more).
fn letter_syllables(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    if w.is_empty() {
        return 1;
    }
    if let Some((_, n)) = SYLLABLE_EXCEPTIONS.iter().find(|(e, _)| *e == w) {
        return *n;
    }
    let b = w.as_bytes();
    let n = b.len();
    let aeiou = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let is_vowel: Vec<bool> = (0..n)
        .map(|i| {
            aeiou(b[i])
                || (b[i] == b'y' && i > 0 && !(aeiou(b[i - 1]) && i + 1 < n && aeiou(b[i + 1])))
        })
        .collect();
    let vowel = |i: usize| is_vowel[i];
    let consonant = |i: usize| !is_vowel[i];
    let ends = |s: &str| w.ends_with(s);

    let mut count = 0isize;
    for i in 0..n {
        if vowel(i) && (i == 0 || !vowel(i - 1)) {
            count += 1;
        }
    }

    // Vowel pairs spoken as two syllables.
    for i in 1..n {
        let before = if i >= 2 { b[i - 2] } else { b' ' };
        let split = match (b[i - 1], b[i]) {
            (b'i', b'a' | b'o' | b'u') => !matches!(before, b't' | b's' | b'c' | b'x' | b'g'),
            (b'e', b'o') => before != b'g', // "video", not "pigeon"
            (b'u', b'a' | b'o') => !matches!(before, b'q' | b'g'), // "usual", not "equal", "guard"
            _ => false,
        };
        if split {
            count += 1;
        }
    }
    if ends("ing") && n >= 5 && vowel(n - 4) {
        count += 1;
    }

    // Silent endings.
    if ends("que") || ends("ques") {
        count -= 1;
    } else if ends("e") && !ends("ee") && !ends("ie") && !ends("oe") && n >= 2 && consonant(n - 2) {
        let own_syllable =
            n >= 3 && consonant(n - 3) && (ends("le") || (ends("re") && b[n - 3] != b'r'));
        if !own_syllable {
            count -= 1;
        }
    } else if ends("es") && n >= 4 && consonant(n - 3) {
        let before = b[n - 3];
        let sibilant = matches!(before, b's' | b'x' | b'z' | b'c' | b'g')
            || (before == b'h' && matches!(b[n - 4], b'c' | b's'));
        let own_syllable = matches!(before, b'l' | b'r') && consonant(n - 4) && b[n - 4] != before;
        if !sibilant && !own_syllable {
            count -= 1;
        }
    } else if ends("ed") && n >= 4 && consonant(n - 3) && !matches!(b[n - 3], b't' | b'd') {
        count -= 1;
    }
    for suffix in ["ely", "eful", "eness", "eless", "ement", "ements"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            let s = stem.as_bytes();
            if s.len() >= 2 && !aeiou(s[s.len() - 1]) && s.iter().any(|c| aeiou(*c) || *c == b'y') {
                count -= 1;
            }
        }
    }
    count.max(1) as usize
}

/// Words, sentences and syllables of some text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Counts {
    words: usize,
    sentences: usize,
    syllables: usize,
}

impl Counts {
    /// The counts of one block: at least one sentence if it has any words.
    fn of(block: &str) -> Counts {
        let words = words(block);
        Counts {
            words: words.len(),
            sentences: sentences(block).len().max(usize::from(!words.is_empty())),
            syllables: words.iter().map(|w| syllables(w)).sum(),
        }
    }

    fn add(self, other: Counts) -> Counts {
        Counts {
            words: self.words + other.words,
            sentences: self.sentences + other.sentences,
            syllables: self.syllables + other.syllables,
        }
    }

    /// The Flesch–Kincaid grade; 0 for no words.
    fn grade(self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        let (w, s, y) = (
            self.words as f64,
            self.sentences.max(1) as f64,
            self.syllables as f64,
        );
        0.39 * (w / s) + 11.8 * (y / w) - 15.59
    }
}

/// The Flesch–Kincaid grade of a piece of text.
fn grade(text: &str) -> f64 {
    Counts::of(text).grade()
}

// ---------------------------------------------------------------------------------------------
// The screens
// ---------------------------------------------------------------------------------------------

async fn render(session: Session) -> String {
    let props = AppProps {
        initial: session,
        launch: Rc::new(Launch::default()),
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The page that shows when the app cannot run (`<noscript>` and the static fallback), as the
/// build renders it into index.html.
async fn render_fallback() -> String {
    yew::LocalServerRenderer::<aftercare::ui::StaticFallback>::new()
        .hydratable(false)
        .render()
        .await
}

fn on(screen: Screen, answers: Answers) -> Session {
    Session {
        screen,
        answers,
        ..Session::default()
    }
}

/// Every screen a person reads, named: the start, each question, the review, and the result
/// for a spread of answers that between them show every kind of result.
fn screens() -> Vec<(String, Session)> {
    let mut screens = vec![("start".to_string(), Session::default())];
    for question in QuestionId::ALL {
        let answers = match question {
            // The trend question applies from the third day on.
            QuestionId::Trend => Answers {
                elapsed: Some(Elapsed::ThreeDays),
                ..ordinary()
            },
            _ => ordinary(),
        };
        screens.push((
            format!("question: {}", question.key()),
            on(Screen::Question(*question), answers),
        ));
    }
    screens.push(("review".to_string(), on(Screen::Review, ordinary())));
    let mut results = vec![
        ("ordinary".to_string(), ordinary()),
        (
            "soreness 9".to_string(),
            Answers {
                soreness: Some(9),
                ..ordinary()
            },
        ),
    ];
    for sign in WarningSign::ALL {
        // A ticked warning sign goes straight to the result, nothing else answered.
        let answers = Answers {
            warning_signs: Some([*sign].into_iter().collect()),
            ..Answers::default()
        };
        results.push((format!("sign {sign:?}"), answers));
    }
    results.extend([
        (
            "day 3, same".to_string(),
            Answers {
                elapsed: Some(Elapsed::ThreeDays),
                trend: Some(Trend::Same),
                ..ordinary()
            },
        ),
        (
            "day 4+, not sure".to_string(),
            Answers {
                elapsed: Some(Elapsed::FourDaysOrMore),
                trend: Some(Trend::NotSure),
                ..ordinary()
            },
        ),
        (
            "tender, rest + pain relievers".to_string(),
            Answers {
                feel: Some(Feel::TenderSpots),
                tried: Some(
                    [Remedy::Rest, Remedy::PainRelievers]
                        .into_iter()
                        .collect::<Set<Remedy>>(),
                ),
                ..ordinary()
            },
        ),
    ]);
    for (name, answers) in results {
        screens.push((format!("result: {name}"), on(Screen::Result, answers)));
    }
    screens
}

/// One screen's text, graded.
struct Graded {
    name: String,
    blocks: Vec<(String, Counts)>,
    total: Counts,
}

impl Graded {
    fn new(name: String, html: &str) -> Graded {
        let blocks: Vec<(String, Counts)> = blocks(html)
            .into_iter()
            .map(|b| {
                let c = Counts::of(&b);
                (b, c)
            })
            .filter(|(_, c)| c.words > 0)
            .collect();
        let total = blocks
            .iter()
            .fold(Counts::default(), |sum, (_, c)| sum.add(*c));
        Graded {
            name,
            blocks,
            total,
        }
    }

    /// The counts of the strings that hold a full sentence (end in . ! ? …), leaving out the
    /// headings, labels and buttons.
    fn prose(&self) -> Counts {
        self.blocks
            .iter()
            .filter(|(b, _)| {
                b.trim_end_matches(['"', '\'', '’', '”', ')'])
                    .ends_with(['.', '!', '?', '…'])
            })
            .fold(Counts::default(), |sum, (_, c)| sum.add(*c))
    }

    /// The screen's sentences, each graded on its own, hardest first; those of at least
    /// `LONG_SENTENCE` words before the rest, since a one-word button ("Continue" is grade 20)
    /// is not what makes a screen hard to read.
    fn hardest_sentences(&self) -> Vec<(f64, String)> {
        let mut all: Vec<(f64, String)> = self
            .blocks
            .iter()
            .flat_map(|(b, _)| sentences(b))
            .map(|s| (grade(s), s.to_string()))
            .collect();
        all.sort_by(|a, b| {
            let long = |s: &str| words(s).len() >= LONG_SENTENCE;
            long(&b.1).cmp(&long(&a.1)).then(b.0.total_cmp(&a.0))
        });
        all
    }
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}

#[tokio::test]
async fn every_screen_reads_at_grade_8_or_below() {
    let mut graded = Vec::new();
    for (name, session) in screens() {
        let html = render(session).await;
        graded.push(Graded::new(name, &html));
    }
    graded.push(Graded::new(
        "the page when the app cannot run".into(),
        &render_fallback().await,
    ));

    println!("\nReading level, string by string (Flesch–Kincaid grade; short strings are noisy)\n");
    println!("{:<38} {:>6} {:>5}  text", "screen", "grade", "words");
    for screen in &graded {
        for (block, counts) in &screen.blocks {
            println!(
                "{:<38} {:>6.1} {:>5}  {}",
                screen.name,
                counts.grade(),
                counts.words,
                shorten(block, 70)
            );
        }
    }

    println!("\nReading level, screen by screen (asserted: neither grade above {MAX_GRADE:.1})\n");
    // "prose": the grade of the screen's full sentences only (strings ending in . ! or ?),
    // without the labels, headings and buttons that pull a screen's grade down.
    println!(
        "{:<38} {:>6} {:>5} {:>9} {:>7} {:>6}",
        "screen", "grade", "words", "sentences", "strings", "prose"
    );
    for screen in &graded {
        println!(
            "{:<38} {:>6.1} {:>5} {:>9} {:>7} {:>6.1}",
            screen.name,
            screen.total.grade(),
            screen.total.words,
            screen.total.sentences,
            screen.blocks.len(),
            screen.prose().grade()
        );
    }

    // The hardest strings across every screen, each text once, for whoever edits the wording.
    let mut hardest: Vec<(f64, &str, &str)> = Vec::new();
    for screen in &graded {
        for (block, counts) in &screen.blocks {
            if !hardest.iter().any(|(_, _, b)| *b == block) {
                hardest.push((counts.grade(), &screen.name, block));
            }
        }
    }
    hardest.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("\nHardest strings (first screen each appears on)\n");
    for (g, name, block) in hardest.iter().take(10) {
        println!("{g:>6.1}  {:<38} {}", name, shorten(block, 100));
    }
    println!("\nHardest strings of {LONG_STRING} words or more (a short string's grade is mostly noise)\n");
    for (g, name, block) in hardest
        .iter()
        .filter(|(_, _, b)| words(b).len() >= LONG_STRING)
        .take(10)
    {
        println!("{g:>6.1}  {:<38} {}", name, shorten(block, 100));
    }

    let strings: usize = graded.iter().map(|s| s.blocks.len()).sum();
    let top = graded
        .iter()
        .max_by(|a, b| a.total.grade().total_cmp(&b.total.grade()))
        .expect("screens");
    let top_prose = graded
        .iter()
        .max_by(|a, b| a.prose().grade().total_cmp(&b.prose().grade()))
        .expect("screens");
    println!(
        "\nreading level: {} screens, {} strings, highest screen grade {:.1} ({}), highest prose grade {:.1} ({})\n",
        graded.len(),
        strings,
        top.total.grade(),
        top.name,
        top_prose.prose().grade(),
        top_prose.name
    );

    for screen in &graded {
        assert!(
            screen.total.words >= 5,
            "{}: almost no text found ({} words); is the extraction broken?",
            screen.name,
            screen.total.words
        );
    }
    let failures: Vec<String> = graded
        .iter()
        .filter(|s| s.total.grade() > MAX_GRADE || s.prose().grade() > MAX_GRADE)
        .map(|s| {
            let sentences: Vec<String> = s
                .hardest_sentences()
                .into_iter()
                .take(3)
                .map(|(g, text)| format!("    {g:>5.1}  {text}"))
                .collect();
            format!(
                "  {}: grade {:.1}, prose {:.1} ({} words, {} sentences); hardest sentences:\n{}",
                s.name,
                s.total.grade(),
                s.prose().grade(),
                s.total.words,
                s.total.sentences,
                sentences.join("\n")
            )
        })
        .collect();
    assert!(
        failures.is_empty(),
        "screens above Flesch–Kincaid grade {MAX_GRADE:.1}:\n{}",
        failures.join("\n")
    );
}

/// The extraction keeps what a person reads, including the parts that are easy to lose: the
/// "Why we ask" text inside <details> and the chart's SVG <title>.
#[tokio::test]
async fn extraction_finds_the_disclosure_and_the_chart_title() {
    let html = render(on(Screen::Question(QuestionId::Massage), ordinary())).await;
    let found = blocks(&html);
    let details = &html[html.find("<details").expect("a <details> on a question")..];
    let details = &details[..details.find("</details>").expect("closed")];
    let inside = blocks(details);
    assert!(inside.len() >= 2, "summary and its text: {inside:?}");
    for block in &inside {
        assert!(
            found.contains(block),
            "{block:?} from <details> missing from {found:?}"
        );
    }

    let html = render(on(Screen::Result, ordinary())).await;
    let found = blocks(&html);
    let title = &html[html.find("<title").expect("an SVG <title> on the result")..];
    let title = &title[title.find('>').unwrap() + 1..title.find("</title>").unwrap()];
    let title = decode_entities(title)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(title.split_whitespace().count() >= 5, "{title}");
    assert!(
        found.contains(&title),
        "chart title {title:?} missing from {found:?}"
    );
    assert!(
        !found.iter().any(|b| b.contains('<') || b.contains("&amp;")),
        "tags or entities left: {found:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Unit tests of the counting, so the reading-level test can fail for real
// ---------------------------------------------------------------------------------------------

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.01
}

#[test]
fn a_simple_sentence_is_below_first_grade() {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    let g = grade("The cat sat on the mat.");
    assert!(close(g, -1.45), "{g}");
    assert!((-3.0..1.0).contains(&g));
}

#[test]
fn an_academic_sentence_is_far_above_grade_12() {
    let g = grade(
        "The pathophysiological mechanisms underlying delayed-onset muscle soreness remain \
         incompletely characterized, notwithstanding considerable investigative attention \
         directed toward inflammatory, neurological and biomechanical explanations.",
    );
    assert!(g > 20.0, "{g}");
}

#[test]
fn short_plain_sentences_read_far_lower_than_a_long_one() {
    let g = grade("Drink some water. Move gently. Most soreness fades within two or three days.");
    assert!((0.0..6.0).contains(&g), "{g}");
    let g = grade(
        "Soreness after a deep massage is common and usually starts a day or two later, \
         then fades as your muscles recover.",
    );
    assert!((6.0..12.0).contains(&g), "{g}");
}

#[test]
fn the_formula_is_flesch_kincaid() {
    let c = Counts {
        words: 100,
        sentences: 5,
        syllables: 150,
    };
    // 0.39 × 20 + 11.8 × 1.5 − 15.59 = 7.8 + 17.7 − 15.59 = 9.91.
    assert!(close(c.grade(), 9.91), "{}", c.grade());
    assert_eq!(Counts::default().grade(), 0.0);
}

#[test]
fn syllables_of_known_words() {
    let cases = [
        ("cat", 1),
        ("the", 1),
        ("make", 1),
        ("makes", 1),
        ("time", 1),
        ("times", 1),
        ("gentle", 2),
        ("muscle", 2),
        ("muscles", 2),
        ("table", 2),
        ("little", 2),
        ("water", 2),
        ("body", 2),
        ("sorry", 2),
        ("you", 1),
        ("your", 1),
        ("yourself", 2),
        ("worked", 1),
        ("used", 1),
        ("rested", 2),
        ("needed", 2),
        ("tried", 1),
        ("answered", 2),
        ("boxes", 2),
        ("pieces", 2),
        ("changes", 2),
        ("remedies", 3),
        ("massage", 2),
        ("soreness", 2),
        ("tension", 2),
        ("usual", 3),
        ("serious", 3),
        ("radio", 3),
        ("video", 3),
        ("media", 3),
        ("relaxation", 4),
        ("information", 4),
        ("safely", 2),
        ("movement", 2),
        ("completely", 3),
        ("healthcare", 2),
        ("pharmacist", 3),
        ("diagnosis", 4),
        ("numbness", 2),
        ("tingling", 2),
        ("weakness", 2),
        ("bruising", 2),
        ("fever", 2),
        ("swelling", 2),
        ("deep-tissue", 3),
        ("you're", 1),
        ("don't", 1),
        ("every", 2),
        ("people", 2),
        ("ago", 2),
        ("any", 2),
        ("are", 1),
        ("one", 1),
        ("eye", 1),
        ("layers", 2),
        ("beyond", 2),
        ("fibres", 2),
        ("centre", 2),
        ("care", 1),
        ("cares", 1),
        ("techniques", 2),
        ("doing", 2),
        ("lying", 2),
        ("saying", 2),
        ("played", 1),
        ("question", 2),
        ("attention", 3),
        ("24", 2),
        ("72", 2),
        ("4", 1),
        ("7", 2),
        ("10", 1),
        ("0", 2),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(w, n)| syllables(w) != *n)
        .map(|(w, n)| format!("{w}: {} (expected {n})", syllables(w)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn sentences_and_words_split_as_a_reader_would() {
    assert_eq!(
        sentences("Rest today. Move tomorrow! Better?"),
        ["Rest today.", "Move tomorrow!", "Better?"]
    );
    assert_eq!(sentences("Step 5 of 8"), ["Step 5 of 8"]);
    assert_eq!(
        sentences("It is 1.5 times more. “Quoted.” Then"),
        ["It is 1.5 times more.", "“Quoted.”", "Then"]
    );
    assert_eq!(
        words("Soreness starts 24–72 hours after a deep-tissue massage — usually."),
        [
            "Soreness",
            "starts",
            "24",
            "72",
            "hours",
            "after",
            "a",
            "deep-tissue",
            "massage",
            "usually"
        ]
    );
    assert_eq!(
        Counts::of("Why we ask").sentences,
        1,
        "no full stop: still one sentence"
    );
    assert_eq!(Counts::of("—").words, 0);
}

#[test]
fn html_becomes_blocks_of_text() {
    let html = r#"<main><p class="x">Fish &amp; chips &lt;3 &#39;a&#x2019;</p><script>var s = "<p>no</p>";</script>
        <style>p { color: red }</style><ul><li>One <strong>bold</strong> word</li><li data-x="a>b">Two</li></ul>
        <details><summary>Why we ask</summary><p>Because.</p></details>
        <svg role="img"><title>A chart</title><text>Day</text><text>0</text></svg>loose<!-- c --> text<br>here</main>"#;
    assert_eq!(
        blocks(html),
        [
            "Fish & chips <3 'a’",
            "One bold word",
            "Two",
            "Why we ask",
            "Because.",
            "A chart",
            "Day",
            "0",
            "loose text here"
        ]
    );
}

//! Clinical vignettes: each a person, their answers as they gave them, the tier the article's
//! rules give, and what the result must and must not say (tests/vignettes/vignettes.json, also
//! read by tests/e2e/vignettes.test.mjs). Every one runs through the engine and the rendered
//! result here. docs/SAFETY.md names the vignettes that pin each rule.

mod common;

use aftercare::content::en::WORDS as EN;
use aftercare::engine::answers::Answers;
use aftercare::engine::choice::Choice;
use aftercare::engine::config::Config;
use aftercare::engine::{outcome, QuestionId, QuestionKind, Screen, Session, Urgency};
use aftercare::ui::{App, AppProps, Launch};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Deserialize)]
struct Suite {
    /// Words no result may contain, whoever the person is: claims the article does not make.
    never_say: Vec<String>,
    vignettes: Vec<Vignette>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Vignette {
    id: String,
    /// The rule of docs/SAFETY.md it pins.
    rule: String,
    name: String,
    person: String,
    /// Question key → the label picked, or the labels ticked (none: "None of these").
    answers: BTreeMap<String, Answer>,
    /// The result's data-urgency.
    tier: String,
    /// The result's heading.
    title: String,
    must_say: Vec<String>,
    must_not_say: Vec<String>,
    /// The relief plan's step titles, in order.
    #[serde(default)]
    plan: Option<Vec<String>>,
    #[serde(default)]
    last_step: Option<String>,
    /// The start of the first reason under "Why we say this".
    #[serde(default)]
    first_reason: Option<String>,
    /// Also run through the real UI by the browser tests.
    #[serde(default)]
    #[allow(dead_code)]
    browser: bool,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Answer {
    One(String),
    Many(Vec<String>),
}

const FOLLOW_UP: &str = "https://spa.example/book";
const SPA: &str = "Blue Lotus";

fn suite() -> Suite {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vignettes/vignettes.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("read the vignettes"))
        .expect("parse the vignettes")
}

/// The answers a person gives by picking these labels, as the screens would record them.
fn answers_of(vignette: &Vignette) -> Answers {
    let mut answers = Answers::default();
    for (key, answer) in &vignette.answers {
        let question = *QuestionId::ALL
            .iter()
            .find(|q| q.key() == key)
            .unwrap_or_else(|| panic!("{}: no question {key}", vignette.id));
        let labels = EN.question(question).options;
        let index = |label: &str| {
            labels
                .iter()
                .position(|o| o.label == label)
                .unwrap_or_else(|| panic!("{}: {key} has no option {label:?}", vignette.id))
        };
        match (answer, question.kind()) {
            (Answer::Many(ticked), QuestionKind::Multi) if ticked.is_empty() => {
                answers = answers.with_pick(question, question.option_count() - 1);
            }
            (Answer::Many(ticked), QuestionKind::Multi) => {
                for label in ticked {
                    answers = answers.with_pick(question, index(label));
                }
            }
            (Answer::One(label), QuestionKind::Single | QuestionKind::Scale) => {
                answers = answers.with_pick(question, index(label))
            }
            _ => panic!("{}: {key} takes {:?}", vignette.id, question.kind()),
        }
    }
    answers
}

async fn render_result(answers: Answers) -> String {
    let config = Config {
        follow_up: Some(FOLLOW_UP.into()),
        name: Some(SPA.into()),
        ..Config::default()
    };
    let launch = Launch {
        config,
        ..Launch::default()
    };
    let initial = Session {
        screen: Screen::Result,
        answers,
        ..Session::default()
    };
    let props = AppProps {
        initial,
        launch: Rc::new(launch),
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// What a person reads: the text between the tags, entities decoded, white space folded.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The list item of the plan whose title is `title`, as HTML.
fn plan_step<'a>(html: &'a str, title: &str) -> Option<&'a str> {
    let at = html.find(title)?;
    let start = html[..at].rfind("<li")?;
    let end = at + html[at..].find("</li>")?;
    Some(&html[start..end])
}

/// Checks one vignette; returns what it got wrong.
async fn check(vignette: &Vignette, never_say: &[String]) -> Vec<String> {
    let mut wrong = Vec::new();
    let answers = answers_of(vignette);
    let result = outcome(&answers);
    if !answers.has_warning_sign() {
        // The answers are ones a person can give: walking the check with them ends on a result.
        let (session, _) = common::walk(&answers);
        if session.screen != Screen::Result {
            wrong.push("the check does not reach a result with these answers".into());
        }
    }
    let urgency = result.triage.urgency;
    if urgency.key() != vignette.tier {
        wrong.push(format!(
            "tier {} instead of {}",
            urgency.key(),
            vignette.tier
        ));
    }
    let html = render_result(answers).await;
    let text = visible_text(&html);
    let heading = html.find(r#"id="af-heading""#).map(|at| {
        let rest = &html[at..];
        visible_text(&rest[rest.find('>').unwrap() + 1..rest.find("</h1>").unwrap()])
    });
    if heading.as_deref() != Some(vignette.title.as_str()) {
        wrong.push(format!(
            "heading {heading:?} instead of {:?}",
            vignette.title
        ));
    }
    for phrase in &vignette.must_say {
        if !text.contains(phrase.as_str()) {
            wrong.push(format!("does not say {phrase:?}"));
        }
    }
    let lower = text.to_lowercase();
    for phrase in vignette.must_not_say.iter().chain(never_say) {
        if lower.contains(&phrase.to_lowercase()) {
            wrong.push(format!("says {phrase:?}"));
        }
    }
    // Warning signs and slow recovery put the person on the path to care, first on screen,
    // with nothing beside it: the spa's booking link shows on self-care only, and no link or
    // button comes before the urgency.
    let books = text.contains("Book a follow-up");
    if books != (urgency == Urgency::SelfCare) {
        wrong.push(format!(
            "the follow-up link is {} on a {} result",
            if books { "shown" } else { "missing" },
            urgency.key()
        ));
    }
    let urgency_at = html.find("af-urgency__title").expect("an urgency heading");
    if html[..urgency_at].contains("<a ") || html[..urgency_at].contains("<button") {
        wrong.push("a link or button comes before the urgency".into());
    }
    // Pain relievers: never "keep it up", always last, whatever else the person did.
    if let Some(step) = plan_step(
        &html,
        EN.relief(aftercare::engine::plan::Relief::PainRelievers)
            .title,
    ) {
        if step.contains("keep it up") {
            wrong.push("the pain reliever step says keep it up".into());
        }
    }
    let titles: Vec<&str> = result
        .plan
        .iter()
        .map(|s| EN.relief(s.relief).title)
        .collect();
    if let Some(plan) = &vignette.plan {
        if titles != *plan {
            wrong.push(format!("plan {titles:?} instead of {plan:?}"));
        }
    }
    if let Some(last) = &vignette.last_step {
        if titles.last() != Some(&last.as_str()) {
            wrong.push(format!("last step {:?} instead of {last:?}", titles.last()));
        }
    }
    if let Some(first) = &vignette.first_reason {
        let said = result
            .triage
            .reasons
            .first()
            .map(|r| EN.reason(*r))
            .unwrap_or_default();
        if !said.starts_with(first.as_str()) {
            wrong.push(format!(
                "first reason {said:?} does not start with {first:?}"
            ));
        }
    }
    wrong
}

#[tokio::test]
async fn every_vignette_gets_the_result_the_article_gives() {
    let suite = suite();
    let mut failures = Vec::new();
    for vignette in &suite.vignettes {
        let wrong = check(vignette, &suite.never_say).await;
        let verdict = if wrong.is_empty() { "ok" } else { "FAILED" };
        println!(
            "{verdict:<6} {} [{}] {}: {} -> {}",
            vignette.id, vignette.rule, vignette.name, vignette.person, vignette.tier
        );
        for problem in &wrong {
            failures.push(format!("{} {}: {problem}", vignette.id, vignette.name));
        }
    }
    println!(
        "vignettes: {} checked, {} failed",
        suite.vignettes.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "vignettes that went wrong:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_suite_covers_every_tier_and_rule_with_distinct_cases() {
    let suite = suite();
    assert!(
        suite.vignettes.len() >= 25,
        "at least 25 vignettes, not {}",
        suite.vignettes.len()
    );
    let mut ids: Vec<&str> = suite.vignettes.iter().map(|v| v.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), suite.vignettes.len(), "ids are unique");
    for tier in [
        Urgency::SelfCare,
        Urgency::ContactProvider,
        Urgency::UrgentCare,
    ] {
        assert!(
            suite.vignettes.iter().any(|v| v.tier == tier.key()),
            "a vignette for {}",
            tier.key()
        );
    }
    // Every rule docs/SAFETY.md lists has a vignette, and every vignette's rule is listed there.
    let safety = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/SAFETY.md"))
        .expect("docs/SAFETY.md");
    for vignette in &suite.vignettes {
        let row = safety
            .lines()
            .find(|line| line.starts_with(&format!("| {} |", vignette.rule)))
            .unwrap_or_else(|| {
                panic!(
                    "{}: rule {} is not in docs/SAFETY.md",
                    vignette.id, vignette.rule
                )
            });
        assert!(
            vignettes_named(row).contains(&vignette.id),
            "{}: the row of rule {} in docs/SAFETY.md does not name it",
            vignette.id,
            vignette.rule
        );
        assert!(
            vignette.must_say.len()
                + vignette.must_not_say.len()
                + usize::from(vignette.plan.is_some())
                > 0,
            "{}: checks something",
            vignette.id
        );
    }
    assert!(
        suite.vignettes.iter().filter(|v| v.browser).count() >= 5,
        "a handful run in the browser too"
    );
}

/// The vignette ids a line of docs/SAFETY.md names, one by one ("V12") or as ranges ("V01–V06").
fn vignettes_named(line: &str) -> Vec<String> {
    let number = |s: &str| s.strip_prefix('V').and_then(|n| n.parse::<u32>().ok());
    let mut ids = Vec::new();
    for word in line.split(|c: char| c == ',' || c == ';' || c.is_whitespace()) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\u{2013}');
        match word.split_once('\u{2013}') {
            Some((from, to)) => {
                if let (Some(a), Some(b)) = (number(from), number(to)) {
                    ids.extend((a..=b).map(|n| format!("V{n:02}")));
                }
            }
            None => ids.extend(number(word).map(|n| format!("V{n:02}"))),
        }
    }
    ids
}

#[test]
fn vignette_ids_are_read_from_a_line_with_ranges() {
    assert_eq!(
        vignettes_named("| T1 | x | V01\u{2013}V03, V27; other"),
        ["V01", "V02", "V03", "V27"]
    );
}

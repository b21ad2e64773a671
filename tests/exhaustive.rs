//! Every combination of answers, checked against the safety rules. The answer space is finite,
//! so instead of sampling it we walk all of it.

mod common;

use aftercare::engine::answers::{Answers, WarningSign};
use aftercare::engine::choice::Set;
use aftercare::engine::triage::Reason;
use aftercare::engine::{outcome, Screen, Urgency};

/// Checks one combination: the flow ends in a result, and the result keeps the safety rules.
fn check(answers: Answers, walk_flow: bool) {
    if walk_flow {
        let (session, _) = common::walk(&answers);
        assert_eq!(session.screen, Screen::Result);
    }
    let result = outcome(&answers);
    let urgency = result.triage.urgency;
    let signs = answers.signs();
    if let Some(first) = signs.iter().next() {
        assert!(urgency >= Urgency::ContactProvider, "a warning sign must lead to care: {answers:?}");
        assert_eq!(result.triage.reasons[0], Reason::Warning(first), "the most urgent sign comes first: {answers:?}");
        assert!(result.plan.is_empty(), "no home plan with a warning sign: {answers:?}");
        assert_eq!(
            urgency == Urgency::UrgentCare,
            signs.contains(WarningSign::SharpLocalizedPain),
            "sharp localized pain, and only it, means attention now: {answers:?}"
        );
    } else {
        let three_days = answers.elapsed.is_some_and(|e| e.is_three_days_or_more());
        let improving = answers.trend == Some(aftercare::engine::answers::Trend::Better);
        if three_days && !improving {
            assert_eq!(urgency, Urgency::ContactProvider, "three days without improvement: {answers:?}");
        } else {
            assert_eq!(urgency, Urgency::SelfCare, "no warning sign, recovering as expected: {answers:?}");
            assert!(!result.plan.is_empty(), "self-care comes with a plan: {answers:?}");
        }
    }
}

#[test]
fn every_combination_of_answers_keeps_the_safety_rules() {
    // One thread per half of the warning-sign sets; the machine has two cores.
    let sets: Vec<Set<WarningSign>> = Set::every().collect();
    let (first, second) = sets.split_at(sets.len() / 2);
    let count = |part: &[Set<WarningSign>]| {
        let mut checked = 0u64;
        for signs in part {
            // The flow itself is walked once per combination without a warning sign; with one,
            // the flow stops after the first question, which `early_exit` below covers, and the
            // full answer sets stand for someone who ticked a sign after answering everything.
            common::every_answers(*signs, |answers| {
                check(answers, signs.is_empty());
                checked += 1;
            });
        }
        checked
    };
    let total = std::thread::scope(|scope| {
        let a = scope.spawn(|| count(first));
        let b = scope.spawn(|| count(second));
        a.join().unwrap() + b.join().unwrap()
    });
    println!("checked {total} combinations of answers");
    assert_eq!(total, 16 * 11 * 11 * 5 * 5 * 4 * 4 * 64);
}

#[test]
fn every_warning_sign_set_exits_after_the_first_question() {
    for signs in Set::<WarningSign>::every().filter(|s| !s.is_empty()) {
        let answers = Answers { warning_signs: Some(signs), ..Answers::default() };
        let (session, shown) = common::walk(&answers);
        assert_eq!(shown.len(), 1, "only the safety question stands before the result: {signs:?}");
        assert_eq!(session.screen, Screen::Result);
        check(session.answers, false);
    }
}

//! Every combination of answers, checked against the safety rules. The answer space is finite,
//! so instead of sampling it we walk all of it.

mod common;

use aftercare::engine::answers::{Answers, Feel, Remedy, WarningSign};
use aftercare::engine::choice::Set;
use aftercare::engine::plan::{Fit, Relief, SEVERE_SORENESS};
use aftercare::engine::triage::{Headline, Reason};
use aftercare::engine::{outcome, Screen, Urgency};

/// Checks one combination: the flow ends in a result, and the result keeps the safety rules.
fn check(answers: Answers, walk_flow: bool) {
    if walk_flow {
        let (session, _) = common::walk(&answers);
        assert_eq!(session.screen, Screen::Result);
    }
    let result = outcome(&answers);
    let urgency = result.triage.urgency;
    let headline = result.triage.headline;
    let signs = answers.signs();
    assert_eq!(
        result.offers_follow_up,
        urgency == Urgency::SelfCare,
        "a booking link only beside self-care: {answers:?}"
    );
    if let Some(last) = result.plan.last() {
        assert_eq!(
            last.relief,
            Relief::PainRelievers,
            "pain relievers always last: {answers:?}"
        );
        let severe = answers.soreness.is_some_and(|s| s >= SEVERE_SORENESS);
        assert_eq!(
            last.fit == Some(Fit::Severe),
            severe,
            "the severe note exactly when rated severe: {answers:?}"
        );
        assert!(
            result
                .plan
                .iter()
                .all(|step| step.relief != Relief::Heat || step.fit.is_none()),
            "nothing moves heat up: {answers:?}"
        );
        let stiff = matches!(answers.feel, Some(Feel::Stiff | Feel::Both));
        let movement = result
            .plan
            .iter()
            .position(|s| s.relief == Relief::Movement)
            .unwrap();
        let heat = result
            .plan
            .iter()
            .position(|s| s.relief == Relief::Heat)
            .unwrap();
        let only_resting = answers.remedies().contains(Remedy::Rest)
            && !answers.remedies().contains(Remedy::Movement);
        if stiff || only_resting {
            assert!(
                movement < heat,
                "stiffness or complete rest puts movement before heat: {answers:?}"
            );
        }
        // With nothing moved up, the order is the article's: water, heat, cold, light activity.
        if result
            .plan
            .iter()
            .all(|step| step.fit.is_none() || step.relief == Relief::PainRelievers)
        {
            let order: Vec<Relief> = result.plan.iter().map(|step| step.relief).collect();
            assert_eq!(
                order,
                [
                    Relief::Water,
                    Relief::Heat,
                    Relief::Cold,
                    Relief::Movement,
                    Relief::PainRelievers
                ],
                "{answers:?}"
            );
        }
    }
    if urgency == Urgency::SelfCare {
        let severe = answers.soreness.is_some_and(|s| s >= SEVERE_SORENESS);
        assert_eq!(
            headline,
            if severe {
                Headline::Strong
            } else {
                Headline::Expected
            },
            "severe soreness is never headed expected: {answers:?}"
        );
    }
    if let Some(first) = signs.iter().next() {
        assert!(
            urgency >= Urgency::ContactProvider,
            "a warning sign must lead to care: {answers:?}"
        );
        assert!(
            matches!(headline, Headline::WarningSign | Headline::Urgent),
            "a warning sign heads the result: {answers:?}"
        );
        assert_eq!(
            result.triage.reasons[0],
            Reason::Warning(first),
            "the most urgent sign comes first: {answers:?}"
        );
        assert!(
            result.plan.is_empty(),
            "no home plan with a warning sign: {answers:?}"
        );
        assert_eq!(
            urgency == Urgency::UrgentCare,
            signs.contains(WarningSign::SharpLocalizedPain),
            "sharp localized pain, and only it, means attention now: {answers:?}"
        );
    } else {
        let three_days = answers.elapsed.is_some_and(|e| e.is_three_days_or_more());
        let improving = answers.trend == Some(aftercare::engine::answers::Trend::Better);
        // The rule is about soreness that lasts: a 0 today never reads as "without getting better".
        let sore = answers.soreness != Some(0);
        if three_days && !improving && sore {
            assert_eq!(
                urgency,
                Urgency::ContactProvider,
                "three days without improvement: {answers:?}"
            );
            assert_eq!(
                headline,
                Headline::NotImproving(answers.elapsed.unwrap()),
                "named as slow recovery, not a warning sign: {answers:?}"
            );
        } else {
            assert_eq!(
                urgency,
                Urgency::SelfCare,
                "no warning sign, recovering as expected: {answers:?}"
            );
            assert!(
                !result.plan.is_empty(),
                "self-care comes with a plan: {answers:?}"
            );
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
    // Timings: the day of the massage without the trend question, the four later days with
    // each of its four answers.
    assert_eq!(total, 16 * (1 + 4 * 4) * 11 * 5 * 5 * 4 * 4 * 64);
}

#[test]
fn every_warning_sign_set_exits_after_the_first_question() {
    for signs in Set::<WarningSign>::every().filter(|s| !s.is_empty()) {
        let answers = Answers {
            warning_signs: Some(signs),
            ..Answers::default()
        };
        let (session, shown) = common::walk(&answers);
        assert_eq!(
            shown.len(),
            1,
            "only the safety question stands before the result: {signs:?}"
        );
        assert_eq!(session.screen, Screen::Result);
        check(session.answers, false);
    }
}

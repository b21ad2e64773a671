//! The engine's rules and flow, case by case: each test names the behaviour it pins down.

mod common;

use aftercare::engine::answers::*;
use aftercare::engine::choice::{Choice, Set};
use aftercare::engine::explain::Cause;
use aftercare::engine::plan::{Fit, Relief};
use aftercare::engine::triage::{triage, Reason};
use aftercare::engine::{outcome, Action, Progress, QuestionId, Screen, Session, Urgency};
use common::ordinary;

fn signs(list: &[WarningSign]) -> Option<Set<WarningSign>> {
    Some(list.iter().copied().collect())
}

#[test]
fn triage_rules_table() {
    use Elapsed::*;
    use WarningSign::*;
    let cases: &[(&str, Answers, Urgency)] = &[
        (
            "ordinary soreness mid-window",
            ordinary(),
            Urgency::SelfCare,
        ),
        (
            "on the day of the massage",
            Answers {
                elapsed: Some(Today),
                ..ordinary()
            },
            Urgency::SelfCare,
        ),
        (
            "day three and getting better",
            Answers {
                elapsed: Some(ThreeDays),
                trend: Some(Trend::Better),
                ..ordinary()
            },
            Urgency::SelfCare,
        ),
        (
            "day four and getting better",
            Answers {
                elapsed: Some(FourDaysOrMore),
                trend: Some(Trend::Better),
                ..ordinary()
            },
            Urgency::SelfCare,
        ),
        (
            "day three, the same",
            Answers {
                elapsed: Some(ThreeDays),
                trend: Some(Trend::Same),
                ..ordinary()
            },
            Urgency::ContactProvider,
        ),
        (
            "day four, worse",
            Answers {
                elapsed: Some(FourDaysOrMore),
                trend: Some(Trend::Worse),
                ..ordinary()
            },
            Urgency::ContactProvider,
        ),
        (
            "day four, not sure counts as no improvement",
            Answers {
                elapsed: Some(FourDaysOrMore),
                trend: Some(Trend::NotSure),
                ..ordinary()
            },
            Urgency::ContactProvider,
        ),
        (
            "a stale trend from before the day changed is ignored",
            Answers {
                elapsed: Some(Today),
                trend: Some(Trend::Worse),
                ..ordinary()
            },
            Urgency::SelfCare,
        ),
        (
            "worse on day two: still the window in which it shows up",
            Answers {
                elapsed: Some(TwoDays),
                trend: Some(Trend::Worse),
                ..ordinary()
            },
            Urgency::SelfCare,
        ),
        (
            "severe soreness alone is still self-care",
            Answers {
                soreness: Some(10),
                ..ordinary()
            },
            Urgency::SelfCare,
        ),
        (
            "sharp localized pain",
            Answers {
                warning_signs: signs(&[SharpLocalizedPain]),
                ..ordinary()
            },
            Urgency::UrgentCare,
        ),
        (
            "numbness or tingling down a limb",
            Answers {
                warning_signs: signs(&[SpreadingNerveSymptoms]),
                ..ordinary()
            },
            Urgency::ContactProvider,
        ),
        (
            "fast-spreading bruise",
            Answers {
                warning_signs: signs(&[SpreadingBruise]),
                ..ordinary()
            },
            Urgency::ContactProvider,
        ),
        (
            "fever",
            Answers {
                warning_signs: signs(&[Fever]),
                ..ordinary()
            },
            Urgency::ContactProvider,
        ),
        (
            "fever and sharp pain",
            Answers {
                warning_signs: signs(&[Fever, SharpLocalizedPain]),
                ..ordinary()
            },
            Urgency::UrgentCare,
        ),
        (
            "a warning sign on day one",
            Answers {
                elapsed: Some(OneDay),
                warning_signs: signs(&[Fever]),
                ..ordinary()
            },
            Urgency::ContactProvider,
        ),
    ];
    for (name, answers, expected) in cases {
        assert_eq!(triage(answers).urgency, *expected, "{name}");
    }
}

#[test]
fn reasons_name_warning_signs_first_most_urgent_first() {
    let answers = Answers {
        warning_signs: signs(&[WarningSign::Fever, WarningSign::SharpLocalizedPain]),
        elapsed: Some(Elapsed::FourDaysOrMore),
        trend: Some(Trend::Same),
        ..ordinary()
    };
    assert_eq!(
        triage(&answers).reasons,
        vec![
            Reason::Warning(WarningSign::SharpLocalizedPain),
            Reason::Warning(WarningSign::Fever),
            Reason::NotImproving(Elapsed::FourDaysOrMore),
        ]
    );
    assert_eq!(triage(&ordinary()).reasons, vec![Reason::Expected]);
}

fn plan_order(answers: &Answers) -> Vec<Relief> {
    outcome(answers).plan.iter().map(|s| s.relief).collect()
}

#[test]
fn plan_order_table() {
    use Relief::*;
    let cases: &[(&str, Answers, &[Relief])] = &[
        ("by default the article's order: water, heat, cold, light activity", ordinary(), &[Water, Heat, Cold, Movement, PainRelievers]),
        ("little water: water first", Answers { hydration: Some(Hydration::Little), feel: Some(Feel::Stiff), ..ordinary() }, &[Water, Movement, Heat, Cold, PainRelievers]),
        ("stiffness: gentle movement first, not heat", Answers { feel: Some(Feel::Stiff), ..ordinary() }, &[Movement, Water, Heat, Cold, PainRelievers]),
        ("tender spots: brief cold first", Answers { feel: Some(Feel::TenderSpots), ..ordinary() }, &[Cold, Water, Heat, Movement, PainRelievers]),
        ("both: brief cold for the tender spots, then movement for the stiffness, in the article's order", Answers { feel: Some(Feel::Both), ..ordinary() }, &[Cold, Movement, Water, Heat, PainRelievers]),
        (
            "resting completely: movement first",
            Answers { tried: Some([Remedy::Rest].into_iter().collect()), ..ordinary() },
            &[Movement, Water, Heat, Cold, PainRelievers],
        ),
        (
            "resting and already moving: no nudge",
            Answers { tried: Some([Remedy::Rest, Remedy::Movement].into_iter().collect()), ..ordinary() },
            &[Water, Heat, Cold, Movement, PainRelievers],
        ),
        (
            "little water beats everything else",
            Answers { hydration: Some(Hydration::Little), feel: Some(Feel::TenderSpots), tried: Some([Remedy::Rest].into_iter().collect()), ..ordinary() },
            &[Water, Movement, Cold, Heat, PainRelievers],
        ),
    ];
    for (name, answers, expected) in cases {
        assert_eq!(plan_order(answers), *expected, "{name}");
    }
}

#[test]
fn plan_explains_its_order_and_acknowledges_what_was_tried() {
    let answers = Answers {
        hydration: Some(Hydration::Little),
        soreness: Some(8),
        tried: Some([Remedy::Heat, Remedy::PainRelievers].into_iter().collect()),
        ..ordinary()
    };
    let plan = outcome(&answers).plan;
    assert_eq!(plan[0].fit, Some(Fit::LittleWater));
    assert!(!plan[0].tried, "drinking little is not having tried water");
    let heat = plan.iter().find(|s| s.relief == Relief::Heat).unwrap();
    assert!(heat.tried);
    let pills = plan.last().unwrap();
    assert_eq!(
        (pills.relief, pills.fit, pills.tried),
        (Relief::PainRelievers, Some(Fit::Severe), true)
    );
    let plenty = outcome(&Answers {
        hydration: Some(Hydration::Plenty),
        ..ordinary()
    })
    .plan;
    assert!(
        plenty[0].tried,
        "drinking plenty counts as already doing the water step"
    );
    let mild = outcome(&Answers {
        soreness: Some(3),
        ..ordinary()
    })
    .plan;
    assert_eq!(
        mild.last().unwrap().fit,
        None,
        "pain relievers are not pushed for mild soreness"
    );
}

#[test]
fn warning_signs_replace_the_home_plan() {
    let answers = Answers {
        warning_signs: signs(&[WarningSign::SpreadingBruise]),
        ..ordinary()
    };
    assert!(outcome(&answers).plan.is_empty());
}

#[test]
fn explanation_follows_the_answers_and_skips_what_is_missing() {
    let answers = Answers {
        elapsed: Some(Elapsed::ThreeDays),
        trend: Some(Trend::Better),
        massage: Some(MassageKind::DeepTissue),
        tension: Some(Tension::Lots),
        ..ordinary()
    };
    assert_eq!(
        outcome(&answers).causes,
        vec![
            Cause::Timing(Elapsed::ThreeDays, Some(Trend::Better)),
            Cause::Massage(MassageKind::DeepTissue),
            Cause::Tension(Tension::Lots),
            Cause::Hydration(Hydration::Usual),
        ]
    );
    let early = Answers {
        warning_signs: signs(&[WarningSign::Fever]),
        ..Answers::default()
    };
    assert!(outcome(&early).causes.is_empty());
    // A trend kept from before the day was changed back to the day of the massage does not
    // colour the timing; from the day after, it does.
    let stale = Answers {
        elapsed: Some(Elapsed::Today),
        trend: Some(Trend::Worse),
        ..ordinary()
    };
    assert_eq!(
        outcome(&stale).causes[0],
        Cause::Timing(Elapsed::Today, None)
    );
    let worse_early = Answers {
        elapsed: Some(Elapsed::OneDay),
        trend: Some(Trend::Worse),
        ..ordinary()
    };
    assert_eq!(
        outcome(&worse_early).causes[0],
        Cause::Timing(Elapsed::OneDay, Some(Trend::Worse))
    );
    assert_eq!(
        triage(&worse_early).urgency,
        Urgency::SelfCare,
        "worse on day 1 is not the article's day 3-4 rule"
    );
}

#[test]
fn deep_kinds_are_the_forceful_ones() {
    let deep: Vec<MassageKind> = MassageKind::ALL
        .iter()
        .copied()
        .filter(|k| k.is_deep())
        .collect();
    assert_eq!(
        deep,
        vec![
            MassageKind::DeepTissue,
            MassageKind::Sports,
            MassageKind::TriggerPoint
        ]
    );
}

#[test]
fn a_full_path_asks_every_question_in_order() {
    let (session, shown) = common::walk(&ordinary());
    assert_eq!(session.screen, Screen::Result);
    assert_eq!(
        shown,
        vec![
            QuestionId::WarningSigns,
            QuestionId::Elapsed,
            QuestionId::Soreness,
            QuestionId::Feel,
            QuestionId::Massage,
            QuestionId::Tension,
            QuestionId::Hydration,
            QuestionId::Tried,
        ],
        "the trend question is skipped before day three"
    );
    let late = Answers {
        elapsed: Some(Elapsed::FourDaysOrMore),
        trend: Some(Trend::Same),
        ..ordinary()
    };
    let (_, shown) = common::walk(&late);
    assert_eq!(shown[2], QuestionId::Trend);
    assert_eq!(shown.len(), 9);
}

#[test]
fn progress_stays_honest_as_the_branch_opens() {
    let mut session = Session::default().apply(Action::Begin);
    assert_eq!(session.progress(), Some(Progress { step: 1, total: 8 }));
    session = session
        .apply(Action::Pick(QuestionId::WarningSigns, 4))
        .apply(Action::Next);
    assert_eq!(session.progress(), Some(Progress { step: 2, total: 8 }));
    session = session.apply(Action::Pick(
        QuestionId::Elapsed,
        Elapsed::ThreeDays.index(),
    ));
    assert_eq!(session.progress(), Some(Progress { step: 2, total: 9 }));
    session = session.apply(Action::Next);
    assert_eq!(session.screen, Screen::Question(QuestionId::Trend));
    assert_eq!(session.progress(), Some(Progress { step: 3, total: 9 }));
    assert_eq!(Session::default().progress(), None);
}

#[test]
fn continue_without_an_answer_asks_for_one_and_keeps_the_screen() {
    let session = Session::default().apply(Action::Begin).apply(Action::Next);
    assert_eq!(session.screen, Screen::Question(QuestionId::WarningSigns));
    assert!(session.needs_answer);
    let answered = session.apply(Action::Pick(QuestionId::WarningSigns, 4));
    assert!(!answered.needs_answer, "answering clears the message");
}

#[test]
fn a_warning_sign_goes_straight_to_the_result() {
    let session = Session::default()
        .apply(Action::Begin)
        .apply(Action::Pick(
            QuestionId::WarningSigns,
            WarningSign::Fever.index(),
        ))
        .apply(Action::Next);
    assert_eq!(session.screen, Screen::Result);
    // Ticking a sign later, via Change, also goes straight to the result.
    let (done, _) = common::walk(&ordinary());
    let changed = done
        .apply(Action::Review)
        .apply(Action::Change(QuestionId::WarningSigns))
        .apply(Action::Pick(
            QuestionId::WarningSigns,
            WarningSign::SpreadingBruise.index(),
        ))
        .apply(Action::Next);
    assert_eq!(changed.screen, Screen::Result);
    assert_eq!(
        outcome(&changed.answers).triage.urgency,
        Urgency::ContactProvider
    );
}

#[test]
fn none_of_these_is_exclusive() {
    let q = QuestionId::WarningSigns;
    let none = WarningSign::ALL.len();
    let a = Answers::default().with_pick(q, 0).with_pick(q, 2);
    assert_eq!(a.signs().iter().count(), 2);
    let a = a.with_pick(q, none);
    assert_eq!(
        a.warning_signs,
        Some(Set::empty()),
        "none of these clears the ticked signs"
    );
    assert!(a.is_picked(q, none));
    let a = a.with_pick(q, 1);
    assert!(
        !a.is_picked(q, none),
        "ticking a sign unticks none of these"
    );
    assert_eq!(
        a.with_pick(q, 1).warning_signs,
        None,
        "unticking the last box leaves it unanswered"
    );
    assert_eq!(
        Answers::default()
            .with_pick(q, none)
            .with_pick(q, none)
            .warning_signs,
        None
    );
}

#[test]
fn out_of_range_picks_change_nothing() {
    for question in QuestionId::ALL {
        let a = ordinary().with_pick(*question, question.option_count());
        assert_eq!(a, ordinary(), "{question:?}");
        assert!(!ordinary().is_picked(*question, 99));
    }
}

#[test]
fn back_keeps_later_answers() {
    let (done, _) = common::walk(&ordinary());
    let mut session = done.apply(Action::Back); // to review
    assert_eq!(session.screen, Screen::Review);
    session = session.apply(Action::Back);
    assert_eq!(session.screen, Screen::Question(QuestionId::Tried));
    for _ in 0..3 {
        session = session.apply(Action::Back);
    }
    assert_eq!(session.screen, Screen::Question(QuestionId::Massage));
    assert_eq!(session.answers, ordinary(), "going back loses nothing");
    session = session.apply(Action::Next).apply(Action::Next);
    assert_eq!(session.screen, Screen::Question(QuestionId::Hydration));
    assert!(session
        .answers
        .is_picked(QuestionId::Hydration, Hydration::Usual.index()));
    // Back from the first question returns to the start, still keeping the answers.
    let mut first = session;
    while first.screen != Screen::Start {
        first = first.apply(Action::Back);
    }
    assert_eq!(first.answers, ordinary());
}

#[test]
fn change_from_review_returns_to_review() {
    let (done, _) = common::walk(&ordinary());
    let session = done
        .apply(Action::Review)
        .apply(Action::Change(QuestionId::Massage));
    assert_eq!(session.screen, Screen::Question(QuestionId::Massage));
    assert!(session.changing);
    let session = session
        .apply(Action::Pick(
            QuestionId::Massage,
            MassageKind::Sports.index(),
        ))
        .apply(Action::Next);
    assert_eq!(session.screen, Screen::Review);
    assert_eq!(
        session.answers,
        Answers {
            massage: Some(MassageKind::Sports),
            ..ordinary()
        }
    );
    // Back while changing also returns to review.
    let back = session
        .apply(Action::Change(QuestionId::Hydration))
        .apply(Action::Back);
    assert_eq!(back.screen, Screen::Review);
}

#[test]
fn change_that_opens_a_branch_asks_the_new_question_before_review() {
    let (done, _) = common::walk(&ordinary());
    let session = done
        .apply(Action::Review)
        .apply(Action::Change(QuestionId::Elapsed))
        .apply(Action::Pick(
            QuestionId::Elapsed,
            Elapsed::FourDaysOrMore.index(),
        ))
        .apply(Action::Next);
    assert_eq!(
        session.screen,
        Screen::Question(QuestionId::Trend),
        "the newly applicable question comes next"
    );
    let session = session
        .apply(Action::Pick(QuestionId::Trend, Trend::Worse.index()))
        .apply(Action::Next);
    assert_eq!(session.screen, Screen::Review);
    assert_eq!(session.apply(Action::Next).screen, Screen::Result);
    assert_eq!(
        outcome(&session.answers).triage.urgency,
        Urgency::ContactProvider
    );
}

#[test]
fn review_sends_an_incomplete_check_to_the_missing_question() {
    let partial = Session {
        screen: Screen::Review,
        answers: Answers {
            soreness: None,
            ..ordinary()
        },
        ..Session::default()
    };
    let next = partial.apply(Action::Next);
    assert_eq!(next.screen, Screen::Question(QuestionId::Soreness));
}

#[test]
fn actions_that_do_not_fit_the_screen_change_nothing() {
    let start = Session::default();
    assert_eq!(start.apply(Action::Back), start);
    assert_eq!(start.apply(Action::Next), start);
    assert_eq!(start.apply(Action::Pick(QuestionId::Elapsed, 0)), start);
    let on_q = start.apply(Action::Begin);
    assert_eq!(
        on_q.apply(Action::Pick(QuestionId::Tried, 0)),
        on_q,
        "only the question on screen takes picks"
    );
    assert_eq!(on_q.apply(Action::Change(QuestionId::Tried)), on_q);
    let (done, _) = common::walk(&ordinary());
    assert_eq!(
        done.apply(Action::Change(QuestionId::Trend)),
        done,
        "a question that does not apply cannot be changed"
    );
    assert_eq!(done.apply(Action::Restart), Session::default());
}

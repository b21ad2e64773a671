//! Helpers shared by the native test files: building answers and driving a session the way a
//! person would, one screen at a time.
#![allow(dead_code)]

use aftercare::engine::answers::*;
use aftercare::engine::choice::{Choice, Set};
use aftercare::engine::{Action, QuestionId, QuestionKind, Screen, Session};

/// Answers for a person with no warning sign, on the day of the massage (so the trend question
/// is not asked), every question answered.
pub fn ordinary() -> Answers {
    Answers {
        warning_signs: Some(Set::empty()),
        elapsed: Some(Elapsed::Today),
        trend: None,
        soreness: Some(4),
        feel: Some(Feel::DullAche),
        massage: Some(MassageKind::Relaxation),
        tension: Some(Tension::Some),
        hydration: Some(Hydration::Usual),
        tried: Some(Set::empty()),
    }
}

/// The option indices a person would pick on `question` to give the answer held in `answers`.
pub fn picks_for(answers: &Answers, question: QuestionId) -> Vec<usize> {
    (0..question.option_count())
        .filter(|i| answers.is_picked(question, *i))
        .collect()
}

/// Walks a fresh session through the check as a person would: Start, then on each question
/// the picks that give `target`'s answer, then Continue; on the review, "See my result".
/// Returns the session on the result screen and the questions it showed, in order.
/// Panics (failing the test) if the flow loops or stalls.
pub fn walk(target: &Answers) -> (Session, Vec<QuestionId>) {
    let mut session = Session::default().apply(Action::Begin);
    let mut shown = Vec::new();
    for _ in 0..40 {
        match session.screen {
            Screen::Question(question) => {
                shown.push(question);
                for index in picks_for(target, question) {
                    session = session.apply(Action::Pick(question, index));
                }
                // Multi-choice "none" is the option after the last value.
                if question.kind() == QuestionKind::Multi
                    && picks_for(target, question).is_empty()
                    && target.is_answered(question)
                {
                    session = session.apply(Action::Pick(question, question.option_count() - 1));
                }
                session = session.apply(Action::Next);
                assert!(
                    !session.needs_answer,
                    "stalled on {question:?} for {target:?}"
                );
            }
            Screen::Review => session = session.apply(Action::Next),
            Screen::Result => return (session, shown),
            Screen::Start => panic!("walked back to the start for {target:?}"),
        }
    }
    panic!("no result after 40 steps for {target:?}");
}

/// Every answer set a person can reach: each question's every answer, with the trend asked
/// from the day after the massage on, as the flow asks it.
pub fn every_answers(signs: Set<WarningSign>, mut visit: impl FnMut(Answers)) {
    let mut timings: Vec<(Elapsed, Option<Trend>)> = Vec::new();
    for elapsed in Elapsed::ALL {
        if elapsed.asks_trend() {
            timings.extend(Trend::ALL.iter().map(|t| (*elapsed, Some(*t))));
        } else {
            timings.push((*elapsed, None));
        }
    }
    for (elapsed, trend) in &timings {
        for soreness in 0..=SORENESS_MAX {
            for feel in Feel::ALL {
                for massage in MassageKind::ALL {
                    for tension in Tension::ALL {
                        for hydration in Hydration::ALL {
                            for tried in Set::<Remedy>::every() {
                                visit(Answers {
                                    warning_signs: Some(signs),
                                    elapsed: Some(*elapsed),
                                    trend: *trend,
                                    soreness: Some(soreness),
                                    feel: Some(*feel),
                                    massage: Some(*massage),
                                    tension: Some(*tension),
                                    hydration: Some(*hydration),
                                    tried: Some(tried),
                                });
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A tiny deterministic pseudo-random generator (xorshift64*) for the fuzz loops, so they need
/// no crate and every run sees the same cases.
pub struct XorShift(u64);

impl XorShift {
    pub fn new(seed: u64) -> Self {
        XorShift(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Any Unicode scalar value, biased towards ASCII and the two-, three- and four-byte ranges.
    pub fn char(&mut self) -> char {
        let max = [0x80, 0x800, 0x1_0000, 0x11_0000][self.below(4)];
        char::from_u32(self.below(max) as u32).unwrap_or('\u{FFFD}')
    }
}

/// The answer set with value `v[i]` for field `i`: 0 is "not answered", `k` the k-th answer
/// (for the multi-choice questions, the set with bit pattern `k - 1`).
pub fn answers_from_values(v: [usize; 9]) -> Answers {
    fn one<T: Choice>(k: usize) -> Option<T> {
        k.checked_sub(1)
            .map(|i| T::from_index(i).expect("index in range"))
    }
    fn many<T: Choice>(k: usize) -> Option<Set<T>> {
        k.checked_sub(1).map(|bits| Set::from_bits(bits as u16))
    }
    Answers {
        warning_signs: many(v[0]),
        elapsed: one(v[1]),
        trend: one(v[2]),
        soreness: v[3].checked_sub(1).map(|s| s as u8),
        feel: one(v[4]),
        massage: one(v[5]),
        tension: one(v[6]),
        hydration: one(v[7]),
        tried: many(v[8]),
    }
}

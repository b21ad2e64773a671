//! The relief plan: the article's strategies, ordered by what fits this person's answers, each
//! marked with whether they have already tried it and why it sits where it does.

use super::answers::{Answers, Feel, Hydration, Remedy};
use super::choice::choice_enum;

choice_enum! {
    /// The ways to relieve ordinary soreness that the article describes.
    pub enum Relief {
        Water,
        Movement,
        Heat,
        Cold,
        /// Over-the-counter anti-inflammatory pain relievers, only after asking a professional.
        PainRelievers,
    }
}

/// Why a step was moved up the plan for this person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// They have drunk little since the massage.
    LittleWater,
    /// Tender, inflamed spots: brief cold suits them.
    TenderSpots,
    /// Stiffness: light activity prevents it (the article credits movement, not heat, with that).
    Stiffness,
    /// They have been resting completely: gentle movement beats rest.
    OnlyResting,
    /// Severe soreness (7 or more out of 10).
    Severe,
}

/// One step of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub relief: Relief,
    /// Why it fits them, when their answers moved it up.
    pub fit: Option<Fit>,
    /// They told us they already do this.
    pub tried: bool,
}

/// Soreness at or above this counts as severe discomfort.
pub const SEVERE_SORENESS: u8 = 7;

/// The plan, best first. Its base order is the article's own: water (its first and one of its
/// most effective strategies), then heat, then brief cold, then light activity, and pain
/// relievers last. Answers move a step up: drinking little moves water first,
/// resting completely or stiffness moves gentle movement up, tender spots move brief cold up.
/// Steps moved up keep the article's order among themselves, except that complete rest puts
/// movement above the rest (it is what the person can change). Pain relievers always come
/// last: the article offers them only for severe discomfort and only after asking a
/// healthcare professional.
pub fn relief_plan(answers: &Answers) -> Vec<Step> {
    let tried = answers.remedies();
    let feel = answers.feel;
    let steps = [Relief::Water, Relief::Heat, Relief::Cold, Relief::Movement]
        .into_iter()
        .map(|relief| {
            // Base order: the article's (water, heat, cold, light activity).
            let (base, fit) = match relief {
                Relief::Water => (
                    50,
                    (answers.hydration == Some(Hydration::Little)).then_some(Fit::LittleWater),
                ),
                Relief::Movement => {
                    let only_resting =
                        tried.contains(Remedy::Rest) && !tried.contains(Remedy::Movement);
                    let stiff = matches!(feel, Some(Feel::Stiff | Feel::Both));
                    // Resting completely is named first: it is what the person can change.
                    (
                        20,
                        only_resting
                            .then_some(Fit::OnlyResting)
                            .or(stiff.then_some(Fit::Stiffness)),
                    )
                }
                Relief::Heat => (30, None),
                Relief::Cold => (
                    25,
                    matches!(feel, Some(Feel::TenderSpots | Feel::Both))
                        .then_some(Fit::TenderSpots),
                ),
                Relief::PainRelievers => (0, None),
            };
            let boost = match fit {
                Some(Fit::LittleWater) => 100,
                Some(Fit::OnlyResting) => 70,
                Some(Fit::TenderSpots | Fit::Stiffness) => 60,
                Some(Fit::Severe) | None => 0,
            };
            (
                base + boost,
                Step {
                    relief,
                    fit,
                    tried: already_tried(relief, answers),
                },
            )
        });
    // Highest score first; equal scores keep the base order. An insertion by hand rather than
    // `sort_by`: for four items it is just as clear, and the standard stable sort would add
    // kilobytes of generic code to the wasm.
    let mut plan: Vec<Step> = Vec::with_capacity(steps.len() + 1);
    let mut scores: Vec<u8> = Vec::with_capacity(steps.len());
    for (score, step) in steps {
        let at = scores
            .iter()
            .position(|s| *s < score)
            .unwrap_or(scores.len());
        scores.insert(at, score);
        plan.insert(at, step);
    }
    let severe = answers.soreness.is_some_and(|s| s >= SEVERE_SORENESS);
    plan.push(Step {
        relief: Relief::PainRelievers,
        fit: severe.then_some(Fit::Severe),
        tried: already_tried(Relief::PainRelievers, answers),
    });
    plan
}

fn already_tried(relief: Relief, answers: &Answers) -> bool {
    let tried = answers.remedies();
    match relief {
        Relief::Water => {
            tried.contains(Remedy::Water) || answers.hydration == Some(Hydration::Plenty)
        }
        Relief::Movement => tried.contains(Remedy::Movement),
        Relief::Heat => tried.contains(Remedy::Heat),
        Relief::Cold => tried.contains(Remedy::Cold),
        Relief::PainRelievers => tried.contains(Remedy::PainRelievers),
    }
}

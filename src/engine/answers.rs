//! What a person can tell the check: one enum per question's options, the `Answers` they have
//! given so far, and the generic pick/toggle operations the questionnaire screens use.

use super::choice::{choice_enum, Choice, Set};

choice_enum! {
    /// The questions, in the order the check asks them. The safety question comes first so a
    /// person with a warning sign reaches the advice to get care after a single screen.
    pub enum QuestionId {
        WarningSigns,
        Elapsed,
        Trend,
        Soreness,
        Feel,
        Massage,
        Tension,
        Hydration,
        Tried,
    }
}

choice_enum! {
    /// The signs that soreness is not the ordinary kind. Ordered most urgent first, so the
    /// result can name them in that order.
    pub enum WarningSign {
        /// Severe, sharp or shooting pain in one spot that does not feel like muscle soreness.
        SharpLocalizedPain,
        /// New numbness, tingling or weakness spreading down an arm or a leg.
        SpreadingNerveSymptoms,
        /// Bruising that is spreading fast.
        SpreadingBruise,
        Fever,
    }
}

choice_enum! {
    /// How long ago the massage was.
    pub enum Elapsed {
        Today,
        OneDay,
        TwoDays,
        ThreeDays,
        FourDaysOrMore,
    }
}

impl Elapsed {
    /// Roughly how many hours after the massage this answer places someone, for the timeline.
    pub fn hours(self) -> u16 {
        match self {
            Elapsed::Today => 8,
            Elapsed::OneDay => 24,
            Elapsed::TwoDays => 48,
            Elapsed::ThreeDays => 72,
            Elapsed::FourDaysOrMore => 100,
        }
    }

    /// Three days or more: where the article's test (no sign of improvement after three or
    /// four days) begins to apply.
    pub fn is_three_days_or_more(self) -> bool {
        matches!(self, Elapsed::ThreeDays | Elapsed::FourDaysOrMore)
    }

    /// From the day after the massage on, the check asks whether the soreness is getting better:
    /// from day 3 the answer decides the tier; on days 1 and 2 a person can say it is getting
    /// worse and hear what the article implies about the first days.
    pub fn asks_trend(self) -> bool {
        self != Elapsed::Today
    }
}

choice_enum! {
    /// Whether the soreness is getting better, asked from the day after the massage on.
    pub enum Trend {
        Better,
        Same,
        Worse,
        NotSure,
    }
}

choice_enum! {
    /// What the soreness feels like: stiffness moves gentle movement up the plan, tender
    /// spots move brief cold up.
    pub enum Feel {
        Stiff,
        TenderSpots,
        Both,
        DullAche,
        NotSure,
    }
}

choice_enum! {
    /// The kind of massage.
    pub enum MassageKind {
        Relaxation,
        DeepTissue,
        Sports,
        TriggerPoint,
        NotSure,
    }
}

impl MassageKind {
    /// The kinds that work forcefully on deep tissue and so cause more soreness.
    pub fn is_deep(self) -> bool {
        matches!(
            self,
            MassageKind::DeepTissue | MassageKind::Sports | MassageKind::TriggerPoint
        )
    }
}

choice_enum! {
    /// How much tension, how many knots, the therapist worked on.
    pub enum Tension {
        Little,
        Some,
        Lots,
        NotSure,
    }
}

choice_enum! {
    /// How much they have drunk since the massage.
    pub enum Hydration {
        Little,
        Usual,
        Plenty,
        NotSure,
    }
}

choice_enum! {
    /// What they have already tried for the soreness.
    pub enum Remedy {
        Water,
        Heat,
        Cold,
        Movement,
        Rest,
        PainRelievers,
    }
}

/// The soreness scale runs from 0 (none) to this.
pub const SORENESS_MAX: u8 = 10;

/// How a question is answered, which decides the controls the screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// One option, as a radio group.
    Single,
    /// A 0–10 scale, as a row of radio buttons.
    Scale,
    /// Any number of boxes, plus a last option ("none of these") that clears the others.
    Multi,
}

impl QuestionId {
    /// A stable, readable id for element ids and test hooks.
    pub fn key(self) -> &'static str {
        match self {
            QuestionId::WarningSigns => "warning-signs",
            QuestionId::Elapsed => "elapsed",
            QuestionId::Trend => "trend",
            QuestionId::Soreness => "soreness",
            QuestionId::Feel => "feel",
            QuestionId::Massage => "massage",
            QuestionId::Tension => "tension",
            QuestionId::Hydration => "hydration",
            QuestionId::Tried => "tried",
        }
    }

    pub fn kind(self) -> QuestionKind {
        match self {
            QuestionId::WarningSigns | QuestionId::Tried => QuestionKind::Multi,
            QuestionId::Soreness => QuestionKind::Scale,
            _ => QuestionKind::Single,
        }
    }

    /// How many options the question shows, counting a multi-choice question's "none" option.
    pub fn option_count(self) -> usize {
        match self {
            QuestionId::WarningSigns => WarningSign::ALL.len() + 1,
            QuestionId::Elapsed => Elapsed::ALL.len(),
            QuestionId::Trend => Trend::ALL.len(),
            QuestionId::Soreness => SORENESS_MAX as usize + 1,
            QuestionId::Feel => Feel::ALL.len(),
            QuestionId::Massage => MassageKind::ALL.len(),
            QuestionId::Tension => Tension::ALL.len(),
            QuestionId::Hydration => Hydration::ALL.len(),
            QuestionId::Tried => Remedy::ALL.len() + 1,
        }
    }
}

/// Everything a person has answered. `None` means not answered yet; answers to questions a
/// later change made irrelevant are kept (so changing back restores them) but ignored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    pub warning_signs: Option<Set<WarningSign>>,
    pub elapsed: Option<Elapsed>,
    pub trend: Option<Trend>,
    pub soreness: Option<u8>,
    pub feel: Option<Feel>,
    pub massage: Option<MassageKind>,
    pub tension: Option<Tension>,
    pub hydration: Option<Hydration>,
    pub tried: Option<Set<Remedy>>,
}

impl Answers {
    /// The warning signs ticked; none when the question is unanswered.
    pub fn signs(&self) -> Set<WarningSign> {
        self.warning_signs.unwrap_or_default()
    }

    pub fn has_warning_sign(&self) -> bool {
        !self.signs().is_empty()
    }

    /// The remedies already tried; none when the question is unanswered.
    pub fn remedies(&self) -> Set<Remedy> {
        self.tried.unwrap_or_default()
    }

    /// Whether the question is asked at all given the other answers. Only the trend question
    /// depends on anything: it is asked from the day after the massage on.
    pub fn applies(&self, question: QuestionId) -> bool {
        match question {
            QuestionId::Trend => self.elapsed.is_some_and(Elapsed::asks_trend),
            _ => true,
        }
    }

    pub fn is_answered(&self, question: QuestionId) -> bool {
        match question {
            QuestionId::WarningSigns => self.warning_signs.is_some(),
            QuestionId::Elapsed => self.elapsed.is_some(),
            QuestionId::Trend => self.trend.is_some(),
            QuestionId::Soreness => self.soreness.is_some(),
            QuestionId::Feel => self.feel.is_some(),
            QuestionId::Massage => self.massage.is_some(),
            QuestionId::Tension => self.tension.is_some(),
            QuestionId::Hydration => self.hydration.is_some(),
            QuestionId::Tried => self.tried.is_some(),
        }
    }

    /// The questions that apply, in order.
    pub fn applicable(&self) -> impl Iterator<Item = QuestionId> + '_ {
        QuestionId::ALL.iter().copied().filter(|q| self.applies(*q))
    }

    /// Whether option `index` of `question` is currently picked.
    pub fn is_picked(&self, question: QuestionId, index: usize) -> bool {
        fn one<T: Choice>(answer: Option<T>, index: usize) -> bool {
            answer.is_some_and(|a| a.index() == index)
        }
        fn many<T: Choice>(answer: Option<Set<T>>, index: usize) -> bool {
            match answer {
                None => false,
                // The option after the last value is "none of these".
                Some(set) => T::from_index(index)
                    .map_or(index == T::ALL.len() && set.is_empty(), |v| set.contains(v)),
            }
        }
        match question {
            QuestionId::WarningSigns => many(self.warning_signs, index),
            QuestionId::Elapsed => one(self.elapsed, index),
            QuestionId::Trend => one(self.trend, index),
            QuestionId::Soreness => self.soreness == Some(index as u8),
            QuestionId::Feel => one(self.feel, index),
            QuestionId::Massage => one(self.massage, index),
            QuestionId::Tension => one(self.tension, index),
            QuestionId::Hydration => one(self.hydration, index),
            QuestionId::Tried => many(self.tried, index),
        }
    }

    /// These answers with option `index` of `question` picked (single choice and scale) or
    /// toggled (multi-choice). An index the question does not have changes nothing.
    pub fn with_pick(mut self, question: QuestionId, index: usize) -> Self {
        fn one<T: Choice>(slot: &mut Option<T>, index: usize) {
            if let Some(value) = T::from_index(index) {
                *slot = Some(value);
            }
        }
        fn many<T: Choice>(slot: &mut Option<Set<T>>, index: usize) {
            *slot = match (T::from_index(index), *slot) {
                // Ticking "none of these" clears the rest; unticking it leaves nothing answered.
                (None, Some(set)) if index == T::ALL.len() && set.is_empty() => None,
                (None, _) if index == T::ALL.len() => Some(Set::empty()),
                (None, current) => current,
                (Some(value), current) => {
                    let set = current.unwrap_or_default().toggled(value);
                    if set.is_empty() {
                        None
                    } else {
                        Some(set)
                    }
                }
            };
        }
        match question {
            QuestionId::WarningSigns => many(&mut self.warning_signs, index),
            QuestionId::Elapsed => one(&mut self.elapsed, index),
            QuestionId::Trend => one(&mut self.trend, index),
            QuestionId::Soreness => {
                if index <= SORENESS_MAX as usize {
                    self.soreness = Some(index as u8);
                }
            }
            QuestionId::Feel => one(&mut self.feel, index),
            QuestionId::Massage => one(&mut self.massage, index),
            QuestionId::Tension => one(&mut self.tension, index),
            QuestionId::Hydration => one(&mut self.hydration, index),
            QuestionId::Tried => many(&mut self.tried, index),
        }
        self
    }
}

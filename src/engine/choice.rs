//! Finite answer sets: the `Choice` trait every option enum implements, and `Set`, a tiny
//! bit set for the questions where a person may tick several boxes.

use std::fmt;
use std::marker::PhantomData;

/// An enum whose every value is an answer option, listed in the order the question shows them.
pub trait Choice: Copy + Eq + fmt::Debug + 'static {
    /// Every value, in display order. A value's position here is its option index.
    const ALL: &'static [Self];

    /// The option index of this value (its position in `ALL`).
    fn index(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    /// The value at an option index, or `None` when the index is out of range.
    fn from_index(index: usize) -> Option<Self> {
        Self::ALL.get(index).copied()
    }
}

/// A whole number written in decimal digits and nothing else (an option's position in a form
/// field's value, a date's parts); `None` for an empty text, any other character, or a number
/// too large to hold.
pub fn decimal(text: &str) -> Option<usize> {
    if text.is_empty() {
        return None;
    }
    text.bytes().try_fold(0usize, |n, digit| {
        if digit.is_ascii_digit() {
            n.checked_mul(10)?.checked_add(usize::from(digit - b'0'))
        } else {
            None
        }
    })
}

/// Declares a fieldless enum together with its `Choice` implementation, so the list of
/// values can never drift from the enum itself.
macro_rules! choice_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $crate::engine::choice::Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
        }
    };
}
pub(crate) use choice_enum;

/// A set of ticked options of one `Choice` enum (at most 16 values). The empty set is a real
/// answer ("none of these"); "not answered yet" is an `Option<Set<_>>` that is `None`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Set<T> {
    bits: u16,
    kind: PhantomData<T>,
}

impl<T: Choice> Set<T> {
    /// The empty set: "none of these".
    pub const fn empty() -> Self {
        Set {
            bits: 0,
            kind: PhantomData,
        }
    }

    /// A set from its bit pattern, ignoring bits past the last option.
    pub fn from_bits(bits: u16) -> Self {
        let mask = ((1u32 << T::ALL.len()) - 1) as u16;
        Set {
            bits: bits & mask,
            kind: PhantomData,
        }
    }

    /// The bit pattern: bit `i` is set when option `i` is ticked.
    pub fn bits(self) -> u16 {
        self.bits
    }

    pub fn contains(self, value: T) -> bool {
        self.bits & (1 << value.index()) != 0
    }

    pub fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// This set with `value` ticked if it was not, and unticked if it was.
    pub fn toggled(self, value: T) -> Self {
        Set {
            bits: self.bits ^ (1 << value.index()),
            kind: PhantomData,
        }
    }

    /// The ticked values, in display order.
    pub fn iter(self) -> impl Iterator<Item = T> {
        T::ALL.iter().copied().filter(move |v| self.contains(*v))
    }

    /// Every possible set of this enum: 2^n of them, for exhaustive tests.
    pub fn every() -> impl Iterator<Item = Self> {
        (0..(1u32 << T::ALL.len())).map(|bits| Self::from_bits(bits as u16))
    }
}

impl<T: Choice> FromIterator<T> for Set<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        values.into_iter().fold(Self::empty(), |set, v| {
            if set.contains(v) {
                set
            } else {
                set.toggled(v)
            }
        })
    }
}

impl<T: Choice> Default for Set<T> {
    fn default() -> Self {
        Self::empty()
    }
}

impl<T: Choice> fmt::Debug for Set<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

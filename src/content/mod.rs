//! Every word a person reads, as typed data keyed by the engine's ids. The engine never holds
//! text and components never hold facts, so rewording or translating is a change here alone.
//! The facts come from the source article, retold in our own words.

pub mod fallback;
pub mod questions;
pub mod result;
pub mod safety;
pub mod screens;

pub use questions::question;

/// A whole number in digits, as text reads it. Numbers and words are joined with `concat`
/// rather than `format!`, so that `core::fmt` stays out of the wasm (README, "Keeping the
/// first visit small").
pub fn number(mut n: u64) -> String {
    let mut digits = String::new();
    loop {
        digits.insert(0, char::from(b'0' + (n % 10) as u8));
        n /= 10;
        if n == 0 {
            return digits;
        }
    }
}

/// The words for one answer option.
#[derive(Debug)]
pub struct OptionText {
    pub label: &'static str,
    /// A short line under the label, where the label alone could be unclear.
    pub detail: Option<&'static str>,
}

/// The words for one question.
#[derive(Debug)]
pub struct QuestionText {
    /// The question itself, the screen's heading.
    pub heading: &'static str,
    /// A line under the heading that helps answer it.
    pub hint: &'static str,
    /// The few words naming this answer on the review screen ("Kind of massage").
    pub short: &'static str,
    /// "Why we ask": paragraphs teaching the piece of the science behind the question.
    pub why: &'static [&'static str],
    /// The options, in the order of the engine's option indices.
    pub options: &'static [OptionText],
}

const fn opt(label: &'static str) -> OptionText {
    OptionText { label, detail: None }
}

const fn opt_detail(label: &'static str, detail: &'static str) -> OptionText {
    OptionText { label, detail: Some(detail) }
}

//! Aftercare: a soreness check for a sore back after a massage, running entirely in the
//! browser. `engine` decides, `content` words it, `ui` renders it, `platform` touches the browser;
//! `card` is the therapist's card maker, a page of its own.

pub mod card;
pub mod content;
pub mod engine;
pub mod markup;
pub mod platform;
pub mod ui;

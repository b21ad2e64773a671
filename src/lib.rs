//! Aftercare: a soreness check for a sore back after a massage, running entirely in the
//! browser. `engine` decides, `content` words it, `ui` renders it, `platform` touches the browser.

pub mod content;
pub mod engine;
pub mod ui;
pub mod platform;

//! "Your recovery timeline": an SVG chart of what the article says about timing and nothing
//! more: the 24–72 hour window in which this soreness usually shows up, the day 3–4 line past
//! which no improvement means contacting a provider, and "you are here". The article gives no
//! curve of how strong soreness is over time, so the chart draws none (issue 12).

use yew::prelude::*;

use crate::content::{number, result as text};
use crate::engine::answers::Elapsed;

// The drawing area, in viewBox units.
const WIDTH: f64 = 340.0;
const LEFT: f64 = 14.0;
const RIGHT: f64 = 326.0;
const TOP: f64 = 34.0;
const BASE: f64 = 150.0;
/// The chart spans five days after the massage.
const HOURS: f64 = 120.0;
const WINDOW_START: f64 = 24.0;
const WINDOW_END: f64 = 72.0;
/// "Three or four days": the line past which no improvement means contacting a provider.
const CHECK_IN: f64 = 84.0;
/// Where "you are here" is written: inside the chart, below the window's label.
const HERE_LABEL: f64 = 80.0;

fn x(hours: f64) -> f64 {
    LEFT + hours / HOURS * (RIGHT - LEFT)
}

/// A coordinate to one decimal place. Done with integers because Rust's float formatting
/// would add several kilobytes to the wasm for a chart that needs none of its generality.
/// The chart's coordinates are never negative.
fn num(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    [number((tenths / 10).unsigned_abs()), ".".into(), number((tenths % 10).unsigned_abs())].concat()
}

#[derive(PartialEq)]
pub struct TimelineProps {
    pub elapsed: Option<Elapsed>,
}

pub fn timeline(props: &TimelineProps) -> Html {
    let alt = match props.elapsed {
        Some(elapsed) => [text::TIMELINE_ALT_PATTERN, " ", text::timeline_position(elapsed), " ", text::TIMELINE_ALT_CHECK].concat(),
        None => [text::TIMELINE_ALT_PATTERN, " ", text::TIMELINE_ALT_CHECK].concat(),
    };
    let here = props.elapsed.map(|elapsed| {
        let cx = x(f64::from(elapsed.hours()));
        // Keep the label inside the chart near either edge.
        let anchor = if cx > WIDTH - 70.0 { "end" } else if cx < 70.0 { "start" } else { "middle" };
        html! {
            <g class="af-timeline__here">
                <line x1={num(cx)} y1={num(HERE_LABEL + 6.0)} x2={num(cx)} y2={num(BASE)} />
                <circle cx={num(cx)} cy={num(BASE)} r="6" />
                <text x={num(cx)} y={num(HERE_LABEL)} text-anchor={anchor}>{ text::TIMELINE_HERE }</text>
            </g>
        }
    });
    html! {
        <figure class="af-timeline">
            <svg class="af-timeline__chart" viewBox="0 0 340 190" role="img" aria-labelledby="af-timeline-title">
                <title id="af-timeline-title">{ alt.clone() }</title>
                <rect class="af-timeline__window" x={num(x(WINDOW_START))} y={num(TOP)}
                    width={num(x(WINDOW_END) - x(WINDOW_START))} height={num(BASE - TOP)} />
                <text class="af-timeline__window-label" x={num(x(WINDOW_START) + 4.0)} y={num(TOP - 6.0)}>{ text::TIMELINE_WINDOW }</text>
                <line class="af-timeline__check" x1={num(x(CHECK_IN))} y1="14" x2={num(x(CHECK_IN))} y2={num(BASE)} />
                <text class="af-timeline__check-label" x={num(x(CHECK_IN) + 4.0)} y="12">{ text::TIMELINE_CHECK_MARK }</text>
                <line class="af-timeline__axis" x1={num(LEFT)} y1={num(BASE)} x2={num(RIGHT)} y2={num(BASE)} />
                { for (0..=5).map(|day| html! {
                    <text class="af-timeline__tick" x={num(x(f64::from(day) * 24.0))} y="166" text-anchor="middle">{ day }</text>
                }) }
                <text class="af-timeline__axis-label" x={num((LEFT + RIGHT) / 2.0)} y="184" text-anchor="middle">{ text::TIMELINE_AXIS }</text>
                { for here }
            </svg>
            <figcaption class="af-timeline__caption">
                <p>{ text::TIMELINE_LEAD }</p>
                <p class="af-timeline__check-note">{ text::TIMELINE_CHECK }</p>
            </figcaption>
        </figure>
    }
}

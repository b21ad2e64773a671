//! "Your recovery timeline": an SVG chart of what the article says about timing and nothing
//! more: the 24–72 hour window in which this soreness usually shows up, the day 3–4 line past
//! which no improvement means contacting a provider, and "you are here". The article gives no
//! curve of how strong soreness is over time, so the chart draws none (issue 12).

use yew::prelude::*;

use crate::content;
use crate::engine::answers::Elapsed;

// The drawing, in viewBox units (0 0 340 190): five days after the massage from x = 14 to
// x = 326, 2.6 units an hour, with the baseline at y = 150. Its coordinates are written out
// as text, which the wasm carries as data: computed and formatted at run time they cost
// code in every visit. The test below works each one out again from the hours the article
// gives.
//   - the 24–72 hour window: x 76.4 to 201.2 (24 and 72 hours), y 34 to 150;
//   - "three or four days": the line at 84 hours, x 232.4;
//   - the day ticks at x 14, 76.4, 138.8, 201.2, 263.6 and 326.

/// Where "you are here" stands for each answer to "When was your massage?" (its hours), and
/// which way its label runs so that it stays inside the chart near either edge.
fn here(elapsed: Elapsed) -> (&'static str, &'static str) {
    match elapsed {
        Elapsed::Today => ("34.8", "start"),
        Elapsed::OneDay => ("76.4", "middle"),
        Elapsed::TwoDays => ("138.8", "middle"),
        Elapsed::ThreeDays => ("201.2", "middle"),
        Elapsed::FourDaysOrMore => ("274", "end"),
    }
}

#[derive(PartialEq)]
pub struct TimelineProps {
    pub elapsed: Option<Elapsed>,
}

pub fn timeline(props: &TimelineProps) -> Html {
    let words = content::words();
    let (text, check) = (&words.outcome, words.safety.timeline_alt_check);
    let alt = match props.elapsed {
        Some(elapsed) => [text.timeline_alt_pattern, " ", words.timeline_position(elapsed), " ", check].concat(),
        None => [text.timeline_alt_pattern, " ", check].concat(),
    };
    let here = props.elapsed.map(|elapsed| {
        let (x, anchor) = here(elapsed);
        html! {
            <g class="af-timeline__here">
                <line x1={x} y1="86" x2={x} y2="150" />
                <circle cx={x} cy="150" r="6" />
                <text x={x} y="80" text-anchor={anchor}>{ text.timeline_here }</text>
            </g>
        }
    });
    html! {
        <figure class="af-timeline">
            <svg class="af-timeline__chart" viewBox="0 0 340 190" role="img" aria-labelledby="af-timeline-title">
                <title id="af-timeline-title">{ alt.clone() }</title>
                <rect class="af-timeline__window" x="76.4" y="34" width="124.8" height="116" />
                <text class="af-timeline__window-label" x="80.4" y="28">{ text.timeline_window }</text>
                <line class="af-timeline__check" x1="232.4" y1="14" x2="232.4" y2="150" />
                <text class="af-timeline__check-label" x="236.4" y="12">{ text.timeline_check_mark }</text>
                <line class="af-timeline__axis" x1="14" y1="150" x2="326" y2="150" />
                <text class="af-timeline__tick" x="14" y="166" text-anchor="middle">{ "0" }</text>
                <text class="af-timeline__tick" x="76.4" y="166" text-anchor="middle">{ "1" }</text>
                <text class="af-timeline__tick" x="138.8" y="166" text-anchor="middle">{ "2" }</text>
                <text class="af-timeline__tick" x="201.2" y="166" text-anchor="middle">{ "3" }</text>
                <text class="af-timeline__tick" x="263.6" y="166" text-anchor="middle">{ "4" }</text>
                <text class="af-timeline__tick" x="326" y="166" text-anchor="middle">{ "5" }</text>
                <text class="af-timeline__axis-label" x="170" y="184" text-anchor="middle">{ text.timeline_axis }</text>
                { for here }
            </svg>
            <figcaption class="af-timeline__caption">
                <p>{ text.timeline_lead }</p>
                <p class="af-timeline__check-note">{ words.safety.timeline_check }</p>
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chart's x for `hours` after the massage, as the chart writes it.
    pub fn x(hours: f64) -> String {
        let tenths = ((14.0 + hours * 2.6) * 10.0).round() / 10.0;
        if tenths.fract() == 0.0 { format!("{tenths:.0}") } else { format!("{tenths:.1}") }
    }

    #[test]
    fn you_are_here_stands_at_the_answer_s_hours_with_its_label_inside_the_chart() {
        for elapsed in [Elapsed::Today, Elapsed::OneDay, Elapsed::TwoDays, Elapsed::ThreeDays, Elapsed::FourDaysOrMore] {
            let (at, anchor) = here(elapsed);
            let hours = f64::from(elapsed.hours());
            assert_eq!(at, x(hours), "{elapsed:?}");
            // Within 70 units of an edge, the label runs inward.
            let centre = 14.0 + hours * 2.6;
            let expected = if centre > 340.0 - 70.0 { "end" } else if centre < 70.0 { "start" } else { "middle" };
            assert_eq!(anchor, expected, "{elapsed:?}");
        }
    }
}

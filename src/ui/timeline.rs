//! "Your recovery timeline": an SVG chart of what the article says about timing and nothing
//! more: the 24–72 hour window in which this soreness usually shows up, the day 3–4 line past
//! which no improvement means contacting a provider, and "you are here". The article gives no
//! curve of how strong soreness is over time, so the chart draws none (issue 12). For a person
//! whose checks this device remembers (issue 17), it adds their own ratings by day: theirs,
//! labelled as theirs, never a curve of what to expect.

use super::markup::Markup;
use crate::content;
use crate::engine::answers::Elapsed;

// The drawing, in viewBox units (0 0 340 190): five days after the massage from x = 14 to
// x = 326, 2.6 units an hour, with the baseline at y = 150. Its coordinates are written out
// as text, which the wasm carries as data: computed and formatted at run time they cost
// code in every visit. The test below works each one out again from the hours the article
// gives.
//   - the 24–72 hour window: x 76.4 to 201.2 (24 and 72 hours), y 34 to 150;
//   - "three or four days": the line at 84 hours, x 232.4;
//   - the day ticks at x 14, 76.4, 138.8, 201.2, 263.6 and 326 (`DAY_X`);
//   - a rating of 0 to 10 out of 10 from the baseline up to the top of the window, y 150 to
//     34, 11.6 units a point (`SCORE_Y`).

/// The x of each day after the massage the chart shows, 0 to 5.
const DAY_X: [&str; 6] = ["14", "76.4", "138.8", "201.2", "263.6", "326"];

/// The y of each rating, 0 to 10.
const SCORE_Y: [&str; 11] = [
    "150", "138.4", "126.8", "115.2", "103.6", "92", "80.4", "68.8", "57.2", "45.6", "34",
];

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

/// Whether the score of `day`, written above its dot, would meet the "you are here" label at
/// `here_x` (its line's x) running `anchor`-wise. The label's box is generous (13
/// units high at y = 80, 90 wide: "You are here" and its translations at the largest font the
/// styles give it); a score's is 16 wide and 12 high.
fn meets_here_label(day: usize, score: u8, here_x: f32, anchor: &str) -> bool {
    let x = 14.0 + 62.4 * day as f32;
    let label_bottom = 150.0 - 11.6 * f32::from(score) - 8.0 + 2.0;
    let (left, right) = match anchor {
        "start" => (here_x, here_x + 90.0),
        "end" => (here_x - 90.0, here_x),
        _ => (here_x - 45.0, here_x + 45.0),
    };
    let vertical = label_bottom > 69.0 && label_bottom - 12.0 < 83.0;
    vertical && x + 8.0 > left && x - 8.0 < right
}

/// Writes the chart for a person at `elapsed` into `m`, with their remembered ratings
/// (`soreness`: each day's score by days after the massage) when there are any. Days after
/// the fifth are listed under the chart, not drawn.
///
/// `today` is the day after the massage the check is on, when the ratings give it exactly: "you
/// are here" then stands on that day's point rather than on the answer's usual hour (issue 27).
pub fn write_timeline(
    m: &mut Markup,
    elapsed: Option<Elapsed>,
    soreness: &[Option<u8>],
    today: Option<i64>,
) {
    let points: Vec<(usize, u8)> = soreness
        .iter()
        .enumerate()
        .filter_map(|(day, score)| Some((day, (*score)?)))
        .collect();
    // The person's own ratings that fit the chart: a dot and its score on each day checked.
    let drawn: Vec<(usize, u8)> = points
        .iter()
        .copied()
        .filter(|(day, score)| *day < DAY_X.len() && *score <= 10)
        .collect();
    let words = content::words();
    let (text, check) = (&words.outcome, words.safety.timeline_alt_check);
    // "Your soreness, 0 to 10. Day 1: 6. Day 2: 4.", under the chart and in its text alternative.
    let mut ratings = String::new();
    if !points.is_empty() {
        ratings.push_str(words.remember.chart_points);
        for (day, score) in &points {
            ratings.extend([
                ". ",
                words.again.day,
                " ",
                &content::number(*day as u64),
                words.language.colon,
                &content::number(u64::from(*score)),
            ]);
        }
        ratings.push('.');
    }
    let mut alt = [text.timeline_alt_pattern, " "].concat();
    if let Some(elapsed) = elapsed {
        alt.extend([words.timeline_position(elapsed), " "]);
    }
    alt.push_str(check);
    if !ratings.is_empty() {
        alt.extend([" ", &*ratings]);
    }
    // As text (super::markup says why): the same elements Yew would make.
    // With ratings drawn, the band's label moves to a row of its own above the chart (the
    // viewBox grows 20 units up), where no score can sit on it (issue 27).
    let (view_box, window_label_y) = if drawn.is_empty() {
        ("0 0 340 190", "28")
    } else {
        ("0 -20 340 210", "-26")
    };
    m.tags(r#"<figure class="af-timeline"><svg viewBox=""#)
        .tags(view_box);
    m.tags(r#"" role="img" aria-labelledby="af-timeline-title" class="af-timeline__chart"><title id="af-timeline-title">"#)
        .text(&alt)
        .tags(r#"</title><rect x="76.4" y="34" width="124.8" height="116" class="af-timeline__window"></rect><text x="80.4" y=""#)
        .tags(window_label_y)
        .tags(r#"" class="af-timeline__window-label">"#)
        .text(text.timeline_window)
        .tags(r#"</text><line x1="232.4" y1="14" x2="232.4" y2="150" class="af-timeline__check"></line><text x="236.4" y="12" class="af-timeline__check-label">"#)
        .text(text.timeline_check_mark)
        .tags(concat!(
            r#"</text><line x1="14" y1="150" x2="326" y2="150" class="af-timeline__axis"></line>"#,
            r#"<text x="14" y="166" text-anchor="middle" class="af-timeline__tick">0</text>"#,
            r#"<text x="76.4" y="166" text-anchor="middle" class="af-timeline__tick">1</text>"#,
            r#"<text x="138.8" y="166" text-anchor="middle" class="af-timeline__tick">2</text>"#,
            r#"<text x="201.2" y="166" text-anchor="middle" class="af-timeline__tick">3</text>"#,
            r#"<text x="263.6" y="166" text-anchor="middle" class="af-timeline__tick">4</text>"#,
            r#"<text x="326" y="166" text-anchor="middle" class="af-timeline__tick">5</text>"#,
            r#"<text x="170" y="184" text-anchor="middle" class="af-timeline__axis-label">"#,
        ))
        .text(text.timeline_axis)
        .tags("</text>");
    // Where "you are here" stands: on today's point when the ratings give the day, else at the
    // answer's usual hour.
    let here_at = match (today, drawn.is_empty()) {
        (Some(day), false) if (0..DAY_X.len() as i64).contains(&day) => {
            let day = day as usize;
            let anchor = if day == 0 {
                "start"
            } else if day + 1 == DAY_X.len() {
                "end"
            } else {
                "middle"
            };
            Some((DAY_X[day], anchor, 14.0 + 62.4 * day as f32))
        }
        _ => elapsed.map(|elapsed| {
            let (x, anchor) = here(elapsed);
            (
                x,
                anchor,
                14.0 + 2.6 * f32::from(elapsed.hours()).min(100.0),
            )
        }),
    };
    if let Some((x, anchor, _)) = here_at {
        m.tags(r#"<g class="af-timeline__here"><line x1=""#)
            .tags(x)
            .tags(r#"" y1="86" x2=""#)
            .tags(x);
        m.tags(r#"" y2="150"></line><circle cx=""#)
            .tags(x)
            .tags(r#"" cy="150" r="6"></circle><text x=""#)
            .tags(x);
        m.tags(r#"" y="80" text-anchor=""#)
            .tags(anchor)
            .tags(r#"">"#)
            .text(text.timeline_here)
            .tags("</text></g>");
    }
    // The ratings, joined in order. A score is written above its dot, or below it where it
    // would meet the "you are here" label (issue 27).
    if !drawn.is_empty() {
        m.tags(r#"<g class="af-timeline__points"><polyline points=""#);
        for (day, score) in &drawn {
            m.tags(DAY_X[*day])
                .tags(",")
                .tags(SCORE_Y[usize::from(*score)])
                .tags(" ");
        }
        m.tags(r#""></polyline>"#);
        for (day, score) in &drawn {
            let (x, y) = (DAY_X[*day], SCORE_Y[usize::from(*score)]);
            let below = here_at
                .is_some_and(|(_, anchor, here_x)| meets_here_label(*day, *score, here_x, anchor));
            m.tags(r#"<circle cx=""#)
                .tags(x)
                .tags(r#"" cy=""#)
                .tags(y)
                .tags(r#"" r="4"></circle><text x=""#)
                .tags(x);
            m.tags(r#"" y=""#).tags(y).tags(if below {
                r#"" dy="18" text-anchor="middle">"#
            } else {
                r#"" dy="-8" text-anchor="middle">"#
            });
            m.text(&content::number(u64::from(*score))).tags("</text>");
        }
        m.tags("</g>");
    }
    m.tags(r#"</svg><figcaption class="af-timeline__caption"><p>"#)
        // With the person's own scores drawn, the chart is more than the usual timing, so the
        // caption says what the dots are instead (issue 26).
        .text(if points.is_empty() {
            text.timeline_lead
        } else {
            text.timeline_lead_ratings
        })
        .tags(r#"</p><p class="af-timeline__check-note">"#)
        .text(words.safety.timeline_check)
        .tags("</p>");
    if !ratings.is_empty() {
        m.tags(r#"<p class="af-timeline__ratings">"#)
            .text(&ratings)
            .tags("</p>");
    }
    m.tags("</figcaption></figure>");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chart's x for `hours` after the massage, as the chart writes it.
    pub fn x(hours: f64) -> String {
        let tenths = ((14.0 + hours * 2.6) * 10.0).round() / 10.0;
        if tenths.fract() == 0.0 {
            format!("{tenths:.0}")
        } else {
            format!("{tenths:.1}")
        }
    }

    #[test]
    fn you_are_here_stands_at_the_answer_s_hours_with_its_label_inside_the_chart() {
        for elapsed in [
            Elapsed::Today,
            Elapsed::OneDay,
            Elapsed::TwoDays,
            Elapsed::ThreeDays,
            Elapsed::FourDaysOrMore,
        ] {
            let (at, anchor) = here(elapsed);
            let hours = f64::from(elapsed.hours());
            assert_eq!(at, x(hours), "{elapsed:?}");
            // Within 70 units of an edge, the label runs inward.
            let centre = 14.0 + hours * 2.6;
            let expected = if centre > 340.0 - 70.0 {
                "end"
            } else if centre < 70.0 {
                "start"
            } else {
                "middle"
            };
            assert_eq!(anchor, expected, "{elapsed:?}");
        }
    }
}

//! A small trend line as SVG markup: the overview's findings show the series they cite, at a
//! glance, in the static first screen (written at build time) and in the app alike, so both draw
//! it with this one function. No axes and no text: the finding's headline says the number, the
//! caption under the line its years and series.
//!
//! Honest at this size too: the value axis starts at zero (a fall to half looks like half); a
//! missing year breaks the line (a gap stays a gap, never bridged); values the report gives for a
//! few years are points, never joined (as the EB-1A charts draw them).

use crate::transform::escape_html;

pub const WIDTH: f64 = 132.0;
pub const HEIGHT: f64 = 40.0;
/// Room for the points' radius at the edges.
const PAD: f64 = 3.5;

/// One series of the trend: its colour and its value per year (in order; `None` is a gap).
#[derive(Clone, Debug, PartialEq)]
pub struct SparkLine {
    pub colour: &'static str,
    pub points: Vec<(i32, Option<f64>)>,
}

/// How the values are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marks {
    /// Lines through the years with values (the series is a primary table's, year by year).
    Lines,
    /// Points only (values the report gives for some years).
    Points,
}

/// The trend as an `<svg>` element, the first line drawn on top and thicker, a filled point on
/// `mark` (the year of the finding's headline number, on the first line), described by `label`
/// for screen readers. `None` when no line has a value (nothing to draw).
pub fn svg(lines: &[SparkLine], marks: Marks, mark: Option<i32>, label: &str) -> Option<String> {
    let values = lines.iter().flat_map(|l| l.points.iter().filter_map(|p| p.1));
    let max = values.fold(f64::NAN, f64::max);
    if !max.is_finite() {
        return None;
    }
    let years = lines.iter().flat_map(|l| l.points.iter().map(|p| p.0));
    let (from, to) = years.fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(y), b.max(y)));
    let x = |y: i32| if to > from { PAD + f64::from(y - from) / f64::from(to - from) * (WIDTH - 2.0 * PAD) } else { WIDTH / 2.0 };
    let top = if max > 0.0 { max } else { 1.0 };
    let y = |v: f64| HEIGHT - PAD - v.max(0.0) / top * (HEIGHT - 2.0 * PAD);
    let mut out = format!(
        "<svg class=\"spark\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{}\" focusable=\"false\">",
        escape_html(label),
        w = num(WIDTH),
        h = num(HEIGHT)
    );
    out += &format!("<line class=\"spark-base\" x1=\"0\" x2=\"{}\" y1=\"{b}\" y2=\"{b}\"/>", num(WIDTH), b = num(HEIGHT - PAD + 0.5));
    // The first line last, so it is on top.
    for (i, line) in lines.iter().enumerate().rev() {
        let width = if i == 0 { "2" } else { "1.25" };
        let c = line.colour;
        match marks {
            Marks::Lines => {
                let (path, dots) = runs(&line.points, &x, &y);
                if !path.is_empty() {
                    out += &format!("<path d=\"{path}\" fill=\"none\" stroke=\"{c}\" stroke-width=\"{width}\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>");
                }
                // A value with no neighbour is a point, or it would not show at all.
                for (px, py) in dots {
                    out += &format!("<circle cx=\"{}\" cy=\"{}\" r=\"1.5\" fill=\"{c}\"/>", num(px), num(py));
                }
            }
            Marks::Points => {
                for (yr, v) in &line.points {
                    if let Some(v) = v {
                        out += &format!("<circle cx=\"{}\" cy=\"{}\" r=\"2.25\" fill=\"{c}\"/>", num(x(*yr)), num(y(*v)));
                    }
                }
            }
        }
    }
    if let Some((yr, v)) = mark.and_then(|m| lines.first()?.points.iter().find(|p| p.0 == m).and_then(|p| Some((p.0, p.1?)))) {
        out += &format!("<circle class=\"spark-mark\" cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"{}\"/>", num(x(yr)), num(y(v)), lines[0].colour);
    }
    out += "</svg>";
    Some(out)
}

/// The path through each run of consecutive years with values, and the values that stand alone.
fn runs(points: &[(i32, Option<f64>)], x: &dyn Fn(i32) -> f64, y: &dyn Fn(f64) -> f64) -> (String, Vec<(f64, f64)>) {
    let mut path = String::new();
    let mut dots = vec![];
    for (i, (yr, v)) in points.iter().enumerate() {
        let Some(v) = v else { continue };
        let before = i > 0 && points[i - 1].1.is_some();
        let after = points.get(i + 1).is_some_and(|p| p.1.is_some());
        let (px, py) = (x(*yr), y(*v));
        match (before, after) {
            (false, false) => dots.push((px, py)),
            (false, true) => path += &format!("M{} {}", num(px), num(py)),
            _ => path += &format!("L{} {}", num(px), num(py)),
        }
    }
    (path, dots)
}

/// A coordinate to one decimal, without a trailing ".0".
fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        crate::i18n::fixed(r, 0)
    } else {
        crate::i18n::fixed(r, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(values: &[Option<f64>]) -> SparkLine {
        SparkLine { colour: "#D55E00", points: values.iter().enumerate().map(|(i, v)| (2014 + i as i32, *v)).collect() }
    }

    #[test]
    fn a_gap_breaks_the_line_and_a_lone_value_is_a_point() {
        let s = svg(&[line(&[Some(10.0), Some(20.0), None, Some(5.0), None, Some(40.0), Some(30.0)])], Marks::Lines, None, "x").unwrap();
        let d = s.split("d=\"").nth(1).unwrap().split('"').next().unwrap();
        // Two runs (2014–2015, 2019–2020), each starting with a move: the gap is not bridged.
        assert_eq!(d.matches('M').count(), 2, "{d}");
        assert_eq!(d.matches('L').count(), 2, "{d}");
        // 2017 stands alone: a point.
        assert_eq!(s.matches("<circle").count(), 1, "{s}");
    }

    #[test]
    fn the_value_axis_starts_at_zero_and_the_largest_value_reaches_the_top() {
        let s = svg(&[line(&[Some(50.0), Some(100.0)])], Marks::Lines, Some(2015), "x").unwrap();
        // 50 is half-way between the bottom (40 - 3.5) and the top (3.5): y = 20.
        assert!(s.contains(&format!("d=\"M{} 20L{} 3.5\"", num(PAD), num(WIDTH - PAD))), "{s}");
        assert!(s.contains(&format!("<circle class=\"spark-mark\" cx=\"{}\" cy=\"3.5\" r=\"3\" fill=\"#D55E00\"/>", num(WIDTH - PAD))), "{s}");
    }

    #[test]
    fn report_values_are_points_never_joined() {
        let s = svg(&[line(&[Some(67.72), None, None, Some(80.0)]), line(&[Some(54.07), None, Some(81.7), None])], Marks::Points, Some(2014), "x").unwrap();
        assert!(!s.contains("<path"), "{s}");
        assert_eq!(s.matches("<circle cx=").count(), 4, "{s}");
        assert_eq!(s.matches("spark-mark").count(), 1);
    }

    #[test]
    fn nothing_to_draw_is_no_svg_and_the_label_is_text() {
        assert_eq!(svg(&[line(&[None, None])], Marks::Lines, None, "x"), None);
        assert_eq!(svg(&[], Marks::Lines, None, "x"), None);
        let s = svg(&[line(&[Some(1.0)])], Marks::Lines, Some(2030), "<b>\"x\"</b>").unwrap();
        assert!(s.contains("aria-label=\"&lt;b&gt;&quot;x&quot;&lt;/b&gt;\""), "{s}");
        assert!(!s.contains("spark-mark"), "a mark on a year without a value is not drawn");
    }
}

//! Value-axis ticks, chosen here rather than by ECharts, so their labels are written by Rust
//! (`axis_number`: 45万, 2.81亿, 450,000) and travel with the option as a table. The page needs no
//! number-formatting code of its own: one generic lookup (`tools/tf-option.js`, `__tfOption`) puts
//! the table in place of the formatter marker, for the app and for the static first chart alike.
//!
//! The choice follows ECharts' own (`nice` steps of 1, 2, 3, 5 × 10ⁿ; zero always on the axis),
//! so the charts look as before.

use crate::i18n::{group_thousands, Lang};

/// Where a value axis starts, ends and steps; `log` axes step by powers of ten.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ticks {
    pub min: f64,
    pub max: f64,
    pub interval: f64,
    pub log: bool,
    /// A rank axis: it starts at 1 and is labelled at 1 and the steps after it (1, 10, 20…).
    pub from_one: bool,
}

/// ECharts' `nice(x, round=true)`: the nearest of 1, 2, 3, 5, 10 × 10ⁿ.
fn nice(x: f64) -> f64 {
    let exponent = x.log10().floor();
    let exp10 = 10f64.powf(exponent);
    let f = x / exp10;
    let nf = if f < 1.5 {
        1.0
    } else if f < 2.5 {
        2.0
    } else if f < 4.0 {
        3.0
    } else if f < 7.0 {
        5.0
    } else {
        10.0
    };
    round_to(nf * exp10, decimals_of_power(exponent))
}

fn decimals_of_power(exponent: f64) -> usize {
    if exponent < 0.0 {
        (-exponent) as usize
    } else {
        0
    }
}

fn round_to(x: f64, decimals: usize) -> f64 {
    let p = 10f64.powi(decimals as i32);
    // `+ 0.0` turns −0 into 0, which the page would print as "0" while Rust prints "-0".
    (x * p).round() / p + 0.0
}

/// The decimals an interval carries (0.25 → 2).
fn decimals(x: f64) -> usize {
    (0..=8).find(|&d| (round_to(x, d) - x).abs() < 1e-9 * x.abs().max(1.0)).unwrap_or(8)
}

/// About `count` intervals from `lo` to `hi`, zero included (bars and lines start at zero, as
/// ECharts' value axes do by default).
pub fn linear(lo: f64, hi: f64, count: usize) -> Ticks {
    let (mut lo, mut hi) = (lo.min(0.0), hi.max(0.0));
    if !lo.is_finite() || !hi.is_finite() || hi - lo <= 0.0 {
        (lo, hi) = (0.0, 1.0);
    }
    let interval = nice((hi - lo) / count.max(1) as f64);
    let d = decimals(interval);
    // A hair of slack, so 0.6 / 0.1 = 5.999… does not add a step.
    let (first, last) = ((lo / interval + 1e-9).floor(), (hi / interval - 1e-9).ceil());
    Ticks { min: round_to(first * interval, d), max: round_to(last * interval, d), interval, log: false, from_one: false }
}

/// Powers of ten around the positive values `lo..hi`.
pub fn log(lo: f64, hi: f64) -> Ticks {
    let (lo, hi) = if lo > 0.0 && hi >= lo && hi.is_finite() { (lo, hi) } else { (1.0, 10.0) };
    let (a, b) = (lo.log10().floor(), hi.log10().ceil().max(lo.log10().floor() + 1.0));
    Ticks { min: 10f64.powf(a), max: 10f64.powf(b), interval: 1.0, log: true, from_one: false }
}

/// The ticks of ranks from `lo` to `hi`: first place at the top of the axis, then whole steps.
pub fn ranks(lo: f64, hi: f64) -> Ticks {
    let t = linear(lo.max(1.0), hi, 5);
    Ticks { min: 1.0, max: t.max, interval: t.interval.max(1.0), from_one: true, ..t }
}

impl Ticks {
    /// The values ECharts puts a label at.
    pub fn values(&self) -> Vec<f64> {
        if self.from_one {
            let steps = (self.max / self.interval).round() as i64;
            return std::iter::once(1.0).chain((1..=steps).map(|k| k as f64 * self.interval).filter(|v| *v > 1.0)).collect();
        }
        if self.log {
            let (a, b) = (self.min.log10().round() as i32, self.max.log10().round() as i32);
            return (a..=b).map(|e| round_to(10f64.powi(e), decimals_of_power(e as f64))).collect();
        }
        let d = decimals(self.interval);
        let n = ((self.max - self.min) / self.interval).round() as i64;
        (0..=n).map(|k| round_to(self.min + k as f64 * self.interval, d)).collect()
    }

    /// The label of one tick on its own (a log axis's, or the room the widest label needs).
    /// `compact` writes thousands and millions short in English (450K, 2.5M), for narrow charts.
    pub fn label(v: f64, lang: Lang, compact: bool) -> String {
        if compact {
            compact_number(v, lang)
        } else {
            axis_number(v, lang)
        }
    }

    /// `{"value as the page writes it": "label"}` as JSON text: the lookup the page's formatter
    /// reads (JavaScript writes 100000 as "100000" and 0.5 as "0.5", as Rust does). A linear axis
    /// writes every label in the unit of its largest: 0 · 0.5万 · 1万 · 1.5万, not 0 · 5,000 · 1万
    /// (and 500K · 1M in compact English).
    pub fn labels_json(&self, lang: Lang, compact: bool) -> String {
        let top = self.values().iter().fold(0.0_f64, |m, v| m.max(v.abs()));
        let unit = if self.log { None } else { shared_unit(top, lang, compact) };
        let label = |v: f64| match unit {
            Some(_) if v == 0.0 => "0".to_string(),
            Some((d, suffix)) => format!("{}{suffix}", trim_decimals(v / d, 2)),
            None => Ticks::label(v, lang, compact),
        };
        let fields: Vec<String> = self
            .values()
            .iter()
            .map(|v| format!("{}:{}", serde_json::to_string(&crate::i18n::js_number(*v)).unwrap_or_default(), serde_json::to_string(&label(*v)).unwrap_or_default()))
            .collect();
        format!("{{{}}}", fields.join(","))
    }
}

/// An axis number as the reader's language writes it: 12,947 · 45万 · 2.81亿 in Chinese;
/// 12,947 · 450,000 in English. Decimals only where the value has them.
pub fn axis_number(v: f64, lang: Lang) -> String {
    let trim = |x: f64| {
        let s = crate::i18n::fixed(x, 2);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    let a = v.abs();
    match lang {
        Lang::Zh if a >= 1e8 => format!("{}亿", trim(v / 1e8)),
        Lang::Zh if a >= 1e4 => format!("{}万", trim(v / 1e4)),
        _ => group_thousands(v, crate::transform::decimals(v)),
    }
}

/// The unit every label of an axis whose largest tick is `top` is written in: 万 or 亿 in Chinese,
/// K, M or B in compact English; `None`: plain numbers.
fn shared_unit(top: f64, lang: Lang, compact: bool) -> Option<(f64, &'static str)> {
    match lang {
        Lang::Zh if top >= 1e8 => Some((1e8, "亿")),
        Lang::Zh if top >= 1e4 => Some((1e4, "万")),
        Lang::En if compact && top >= 1e9 => Some((1e9, "B")),
        Lang::En if compact && top >= 1e6 => Some((1e6, "M")),
        Lang::En if compact && top >= 1e3 => Some((1e3, "K")),
        _ => None,
    }
}

/// `x` with up to `places` decimals, without trailing zeros: 1.5, 2, 0.25.
fn trim_decimals(x: f64, places: usize) -> String {
    let s = crate::i18n::fixed(x, places);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A short number: 万 and 亿 in Chinese, K, M and B in English, to three significant figures or
/// the whole number of units (1.04M beside 515K, not 1M beside 515.1K; 639万 beside 5063万).
pub fn compact_number(v: f64, lang: Lang) -> String {
    let trim = |x: f64| {
        let places = match x.abs() {
            a if a >= 100.0 => 0,
            a if a >= 10.0 => 1,
            _ => 2,
        };
        trim_decimals(x, places)
    };
    // The units an axis shares, here for one number (638.7万 beside 5063.28万 read as two
    // precisions: 639万 beside 5063万).
    match shared_unit(v.abs(), lang, true) {
        Some((scale, unit)) => format!("{}{unit}", trim(v / scale)),
        None => axis_number(v, lang),
    }
}

/// The smallest and largest value drawn, over `values`; stacked parts add up per position
/// (positives and negatives apart, as ECharts stacks them).
pub fn extent<'a>(series: impl Iterator<Item = &'a [Option<f64>]>, stacked: bool) -> (f64, f64) {
    let series: Vec<&[Option<f64>]> = series.collect();
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    if stacked {
        let n = series.iter().map(|s| s.len()).max().unwrap_or(0);
        for i in 0..n {
            let vals = series.iter().filter_map(|s| s.get(i).copied().flatten());
            let (pos, neg) = vals.fold((0.0, 0.0), |(p, n), v| if v >= 0.0 { (p + v, n) } else { (p, n + v) });
            hi = hi.max(pos);
            lo = lo.min(neg);
        }
    } else {
        for v in series.iter().flat_map(|s| s.iter()).flatten() {
            lo = lo.min(*v);
            hi = hi.max(*v);
        }
    }
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_nice_and_cover_the_data_from_zero() {
        let t = linear(0.0, 341_655.0, 5);
        assert_eq!((t.min, t.max, t.interval), (0.0, 350_000.0, 50_000.0), "as ECharts chooses");
        let t = linear(0.0, 380_000.0, 5);
        assert_eq!(t.values(), vec![0.0, 100_000.0, 200_000.0, 300_000.0, 400_000.0]);
        let t = linear(-70.0, 11.1, 5);
        assert_eq!((t.min, t.max, t.interval), (-80.0, 20.0, 20.0));
        let t = linear(40.0, 87.5, 5);
        assert_eq!((t.min, t.max, t.interval), (0.0, 100.0, 20.0), "zero is on the axis");
        let t = linear(0.0, 0.6, 5);
        assert_eq!(t.values(), vec![0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
        assert_eq!(linear(0.0, 0.0, 5).values(), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0], "no data: a unit axis");
    }

    #[test]
    fn labels_are_keyed_as_the_page_writes_numbers() {
        let t = linear(0.0, 380_000.0, 5);
        assert_eq!(t.labels_json(Lang::Zh, false), r#"{"0":"0","100000":"10万","200000":"20万","300000":"30万","400000":"40万"}"#);
        assert_eq!(t.labels_json(Lang::En, true), r#"{"0":"0","100000":"100K","200000":"200K","300000":"300K","400000":"400K"}"#);
        assert_eq!(
            linear(-0.3, 0.5, 5).labels_json(Lang::En, false),
            "{\"-0.4\":\"\u{2212}0.4\",\"-0.2\":\"\u{2212}0.2\",\"0\":\"0\",\"0.2\":\"0.2\",\"0.4\":\"0.4\",\"0.6\":\"0.6\"}"
        );
        // Ranks: from first place, in whole steps.
        let r = ranks(1.0, 37.0);
        assert_eq!((r.min, r.max), (1.0, 40.0));
        assert_eq!(r.values(), vec![1.0, 10.0, 20.0, 30.0, 40.0]);
        assert_eq!(ranks(1.0, 3.0).values(), vec![1.0, 2.0, 3.0], "{:?}", ranks(1.0, 3.0));
        // One unit for the whole axis: no "5,000" beside "1万".
        let t = linear(0.0, 15_000.0, 3);
        assert_eq!(t.labels_json(Lang::Zh, false), r#"{"0":"0","5000":"0.5万","10000":"1万","15000":"1.5万"}"#);
        assert_eq!(t.labels_json(Lang::En, true), r#"{"0":"0","5000":"5K","10000":"10K","15000":"15K"}"#);
        assert_eq!(linear(0.0, 1_500_000.0, 3).labels_json(Lang::En, true), r#"{"0":"0","500000":"0.5M","1000000":"1M","1500000":"1.5M"}"#);
        assert_eq!(t.labels_json(Lang::En, false), r#"{"0":"0","5000":"5,000","10000":"10,000","15000":"15,000"}"#);
        assert_eq!(compact_number(2_500_000.0, Lang::En), "2.5M");
        // Three significant figures, whatever the unit.
        assert_eq!(
            (compact_number(1_038_886.0, Lang::En), compact_number(515_112.0, Lang::En), compact_number(13_850.0, Lang::En)),
            ("1.04M".into(), "515K".into(), "13.9K".into())
        );
        assert_eq!(compact_number(60_000_000.0, Lang::Zh), "6000万");
        assert_eq!(
            (compact_number(50_632_800.0, Lang::Zh), compact_number(6_387_000.0, Lang::Zh), compact_number(12_947.0, Lang::Zh)),
            ("5063万".into(), "639万".into(), "1.29万".into())
        );
        assert_eq!(compact_number(281_000_000.0, Lang::Zh), "2.81亿");
        let l = log(3.0, 250_000.0);
        assert_eq!((l.min, l.max), (1.0, 1_000_000.0));
        assert_eq!(l.values(), vec![1.0, 10.0, 100.0, 1000.0, 10_000.0, 100_000.0, 1_000_000.0]);
    }

    #[test]
    fn stacked_extents_add_parts() {
        let a = [Some(1.0), Some(2.0), None];
        let b = [Some(3.0), Some(-1.0), Some(4.0)];
        assert_eq!(extent([&a[..], &b[..]].into_iter(), true), (-1.0, 4.0));
        assert_eq!(extent([&a[..], &b[..]].into_iter(), false), (-1.0, 4.0));
        let c = [Some(5.0), Some(5.0)];
        assert_eq!(extent([&a[..], &c[..]].into_iter(), true), (0.0, 7.0));
    }

    #[test]
    fn axis_numbers_read_as_each_language_writes_them() {
        use Lang::{En, Zh};
        let cases = [
            (281_000_000.0, Zh, "2.81亿"),
            (450_000.0, Zh, "45万"),
            (12_947.0, Zh, "1.29万"),
            (9_000.0, Zh, "9,000"),
            (450_000.0, En, "450,000"),
            (61.5, En, "61.5"),
            (0.0, Zh, "0"),
            (-20_000.0, Zh, "\u{2212}2万"),
        ];
        for (v, l, want) in cases {
            assert_eq!(axis_number(v, l), want, "{v} {l:?}");
        }
    }
}

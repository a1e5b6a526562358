//! Pure transforms from a dataset and a view state to what a chart or table shows.

pub mod csv;
pub mod explorer;
pub mod policy;
pub mod xlsx;

use crate::data::{Dataset, Kind, Period};
use crate::i18n::{fill, group_thousands, Lang, Msg};
use crate::state::Mode;

/// One line of a chart, already filtered to the year range and transformed by the mode.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub entity: String,
    pub category: String,
    pub name: String,
    pub kind: Kind,
    /// Parallel to `values`: where each value comes from (a report value inside a primary series…).
    pub kinds: Vec<Kind>,
    pub values: Vec<Option<f64>>,
    /// Parallel to `values`: the year has an erratum (the report states another number).
    pub errata: Vec<bool>,
    /// Parallel to `values`: the value rests on a number the report words approximately.
    pub approx: Vec<bool>,
}

/// What a chart and its table show: years × lines, in one mode.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub period: Period,
    pub years: Vec<i32>,
    pub lines: Vec<Line>,
    pub mode: Mode,
    pub base: i32,
}

/// A line to draw: one entity, one category or the sum of several, and the name to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Pick {
    pub entity: String,
    pub categories: Vec<String>,
    pub name: String,
}

impl Pick {
    pub fn one(entity: &str, category: &str, name: String) -> Pick {
        Pick { entity: entity.into(), categories: vec![category.into()], name }
    }
}

/// A pick over every year of the dataset: its series kind, values, each value's kind, and
/// whether each is approximate.
struct PickValues {
    kind: Kind,
    values: Vec<Option<f64>>,
    kinds: Vec<Kind>,
    approx: Vec<bool>,
}

/// The values and per-year kinds of a pick: a sum over its categories, a gap only where none of
/// them has a value. A sum that includes a report value is a report value; one that includes an
/// approximate value is approximate.
fn pick_values(ds: &Dataset, p: &Pick) -> Option<PickValues> {
    let found: Vec<&crate::data::Series> = p.categories.iter().filter_map(|c| ds.series(&p.entity, c)).collect();
    let first = found.first()?;
    let n = ds.years.len();
    let mut out = PickValues { kind: first.kind, values: vec![None; n], kinds: vec![first.kind; n], approx: vec![false; n] };
    for s in &found {
        for (i, v) in s.values.iter().enumerate() {
            if let Some(v) = v {
                out.values[i] = Some(out.values[i].unwrap_or(0.0) + v);
                let k = ds.kind_of(&s.entity, &s.category, ds.years[i]).unwrap_or(s.kind);
                if k != Kind::Primary {
                    out.kinds[i] = k;
                }
                out.approx[i] |= ds.is_approx(&s.entity, &s.category, ds.years[i]);
            }
        }
    }
    Some(out)
}

pub fn model(ds: &Dataset, picks: &[Pick], from: i32, to: i32, mode: Mode, base: i32) -> Model {
    let idx: Vec<usize> = ds.years.iter().enumerate().filter(|(_, &y)| y >= from && y <= to).map(|(i, _)| i).collect();
    let years: Vec<i32> = idx.iter().map(|&i| ds.years[i]).collect();
    let found: Vec<(&Pick, PickValues)> = picks.iter().filter_map(|p| Some((p, pick_values(ds, p)?))).collect();
    // Share: each series' part of the shown series' sum that year.
    let sums: Vec<Option<f64>> = idx
        .iter()
        .map(|&i| {
            let vals: Vec<f64> = found.iter().filter_map(|(_, pv)| pv.values[i]).collect();
            (!vals.is_empty() && vals.iter().sum::<f64>() != 0.0).then(|| vals.iter().sum())
        })
        .collect();
    let lines = found
        .iter()
        .map(|(p, pv)| {
            let all = &pv.values;
            let base_index = ds.year_index(base);
            let base_value = base_index.and_then(|i| all[i]).filter(|b| *b != 0.0);
            let values = idx
                .iter()
                .enumerate()
                .map(|(k, &i)| match mode {
                    Mode::Abs => all[i],
                    Mode::Index => Some(all[i]? / base_value? * 100.0),
                    Mode::Share => Some(all[i]? / sums[k]? * 100.0),
                    // The previous year of the data, even when it is outside the shown range.
                    Mode::Yoy => {
                        let prev = all[i.checked_sub(1)?]?;
                        let now = all[i]?;
                        (prev != 0.0 && ds.years[i - 1] == ds.years[i] - 1).then(|| (now / prev - 1.0) * 100.0)
                    }
                })
                .collect();
            // A value computed from an approximate one is approximate too.
            let approx = idx
                .iter()
                .map(|&i| {
                    pv.approx[i]
                        || match mode {
                            Mode::Index => base_index.is_some_and(|b| pv.approx[b]),
                            Mode::Yoy => i.checked_sub(1).is_some_and(|j| pv.approx[j]),
                            Mode::Share => found.iter().any(|(_, o)| o.approx[i]),
                            Mode::Abs => false,
                        }
                })
                .collect();
            let single = (p.categories.len() == 1).then(|| p.categories[0].as_str());
            // The mark is the count's: an index, share or growth computed from it is no number the
            // report states otherwise (story step 4's 50.5 was marked for FY2023's 48,388).
            let errata = years.iter().map(|&y| mode == Mode::Abs && single.is_some_and(|c| ds.erratum(&p.entity, c, y).is_some())).collect();
            let kinds = idx.iter().map(|&i| pv.kinds[i]).collect();
            Line { entity: p.entity.clone(), category: p.categories.join("+"), name: p.name.clone(), kind: pv.kind, kinds, values, errata, approx }
        })
        .collect();
    Model { period: ds.period, years, lines, mode, base }
}

/// The table of a ranking: one row per entity in rank order, one column per part.
pub fn ranking_table(rows: &[Ranked], names: &[String], parts: &[String], unit: &str, first: String, lang: Lang) -> Table {
    Table {
        first,
        columns: parts.to_vec(),
        units: vec![unit.to_string(); parts.len()],
        rows: rows
            .iter()
            .zip(names)
            .map(|(r, name)| TableRow {
                key: r.entity.clone(),
                label: name.clone(),
                cells: r
                    .values
                    .iter()
                    .zip(&r.approx)
                    .enumerate()
                    .map(|(i, (v, a))| TableCell { value: *v, text: shown_value(*v, *a, Mode::Abs, lang), erratum: r.errata.get(i).copied().unwrap_or(false), approx: *a })
                    .collect(),
            })
            .collect(),
    }
}

/// One bar of a ranking: an entity and its parts' values.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub entity: String,
    pub values: Vec<Option<f64>>,
    /// Parallel to `values`: approximate (the report's wording).
    pub approx: Vec<bool>,
    /// Parallel to `values`: the report states another number (an erratum).
    pub errata: Vec<bool>,
    pub total: f64,
}

/// Entities ranked by `rank_by` in `year` (largest first), with the values of `parts`, leaving out
/// aggregates and `exclude`; the first `top`.
pub fn ranking(ds: &Dataset, parts: &[&str], rank_by: &str, year: i32, top: usize, exclude: &[&str]) -> Vec<Ranked> {
    let Some(i) = ds.year_index(year) else { return vec![] };
    let mut rows: Vec<Ranked> = ds
        .series
        .iter()
        .filter(|s| s.category == rank_by && !exclude.contains(&s.entity.as_str()))
        .filter(|s| !crate::data::statements::AGGREGATES.contains(&s.entity.as_str()))
        .filter_map(|s| {
            let total = s.values[i]?;
            let values = parts.iter().map(|p| ds.series(&s.entity, p).and_then(|x| x.values[i])).collect();
            let approx = parts.iter().map(|p| ds.is_approx(&s.entity, p, year)).collect();
            let errata = parts.iter().map(|p| ds.erratum(&s.entity, p, year).is_some()).collect();
            Some(Ranked { entity: s.entity.clone(), values, approx, errata, total })
        })
        .collect();
    rows.sort_by(|a, b| b.total.partial_cmp(&a.total).unwrap_or(std::cmp::Ordering::Equal).then(a.entity.cmp(&b.entity)));
    rows.truncate(top);
    rows
}

/// A tooltip's "†" after a value the report states otherwise, with what it means (`says`).
pub fn erratum_mark(says: Msg, lang: Lang) -> String {
    format!(" † <i>{}</i>", escape_html(says.text(lang)))
}

/// A value as tooltips, tables and summaries show it, marked "≈" (English) or "约" (Chinese) where
/// it rests on a number the report words approximately.
pub fn shown_value(v: Option<f64>, approx: bool, mode: Mode, lang: Lang) -> String {
    let text = format_value(v, mode, lang);
    if approx && v.is_some() {
        format!("{}{text}", Msg::About.text(lang))
    } else {
        text
    }
}

/// How a value reads in tooltips, tables and summaries: counts with separators, indices to one decimal.
pub fn format_value(v: Option<f64>, mode: Mode, lang: Lang) -> String {
    match v {
        None => Msg::Gap.text(lang).to_string(),
        Some(x) => match mode {
            Mode::Abs => group_thousands(x, decimals(x)),
            Mode::Index => group_thousands(x, 1),
            Mode::Share => format!("{}%", group_thousands(x, 1)),
            Mode::Yoy => format!("{}{}%", if x > 0.0 { "+" } else { "" }, group_thousands(x, 1)),
        },
    }
}

/// A count as the findings and comparisons quote it ("707,702"), a dash for a gap.
pub fn count(v: Option<f64>) -> String {
    v.map(|x| group_thousands(x, 0)).unwrap_or_else(|| "—".into())
}

/// `a` as a percentage of `b`, to one decimal ("111.5%"), a dash where either is missing.
pub fn pct(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b != 0.0 => format!("{}%", group_thousands(a / b * 100.0, 1)),
        _ => "—".into(),
    }
}

/// `a` as a multiple of `b`, to two decimals ("4.73"), a dash where either is missing.
pub fn times(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b != 0.0 => group_thousands(a / b, 2),
        _ => "—".into(),
    }
}

/// Whether a category counts places (1 = first), not amounts: its axis runs downward from 1.
pub fn is_rank(category: &str) -> bool {
    category.ends_with("_rank")
}

/// As many decimals as the number carries (up to 2): 442421, 61.7, 76.67.
pub fn decimals(x: f64) -> usize {
    (0..=2).find(|&d| ((x * 10f64.powi(d as i32)).round() - x * 10f64.powi(d as i32)).abs() < 1e-6).unwrap_or(2)
}

/// A year as its period names it: FY2023, 2022/23, 2021.
pub fn year_label(year: i32, period: Period, lang: Lang) -> String {
    let y = year.to_string();
    match period {
        Period::FiscalYear => fill(Msg::Fiscal.text(lang), &[("year", &y)]),
        Period::AcademicYear => fill(Msg::Academic.text(lang), &[("year", &y), ("next", &format!("{:02}", (year + 1) % 100))]),
        Period::CalendarYear => fill(Msg::Calendar.text(lang), &[("year", &y)]),
    }
}

/// The table tab: one row per year, one column per line, the same numbers as the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Header of the first column ("Year", "Country"…).
    pub first: String,
    pub columns: Vec<String>,
    /// Parallel to `columns`: what the numbers are ("visas issued", "Index (2019 = 100)", "%"),
    /// said in the CSV's header.
    pub units: Vec<String>,
    pub rows: Vec<TableRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    /// A stable key for the row: the year, or the entity code.
    pub key: String,
    pub label: String,
    pub cells: Vec<TableCell>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableCell {
    pub value: Option<f64>,
    pub text: String,
    pub erratum: bool,
    /// The value rests on a number the report words approximately (its text says "≈" / "约").
    pub approx: bool,
}

/// The table of a chart over years, its numbers in `unit`.
pub fn table(m: &Model, unit: &str, lang: Lang) -> Table {
    Table {
        first: Msg::Year.text(lang).to_string(),
        columns: m.lines.iter().map(|l| l.name.clone()).collect(),
        units: vec![unit.to_string(); m.lines.len()],
        rows: m
            .years
            .iter()
            .enumerate()
            .map(|(i, &year)| TableRow {
                key: year.to_string(),
                label: year_label(year, m.period, lang),
                cells: m
                    .lines
                    .iter()
                    .map(|l| TableCell { value: l.values[i], text: shown_value(l.values[i], l.approx[i], m.mode, lang), erratum: l.errata[i], approx: l.approx[i] })
                    .collect(),
            })
            .collect(),
    }
}

/// The chart year an event falls in: fiscal years start in October (2022-03-15 → FY2022,
/// 2021-11 → FY2022), academic years in August and are named by their first year (2022-01 →
/// 2021/22 = 2021); calendar years are themselves. A bare year is taken as it is.
pub fn event_year(date: &str, period: Period) -> Option<i32> {
    let year: i32 = date.get(..4)?.parse().ok()?;
    let Some(month) = date.get(5..7).and_then(|m| m.parse::<u32>().ok()) else { return Some(year) };
    Some(match period {
        Period::FiscalYear if month >= 10 => year + 1,
        Period::AcademicYear if month < 8 => year - 1,
        _ => year,
    })
}

/// `s` in lower case, for matching what a reader types against names and texts: ASCII and
/// Latin-1 letters (À–Þ → à–þ; no data file has an upper-case letter beyond them). Not
/// `str::to_lowercase`: its Unicode tables are ~20 KB of the wasm.
pub fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

pub fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c,
    }
}

/// Escapes text for the few places that build HTML strings (ECharts tooltips).
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

pub fn kind_label(k: Kind, lang: Lang) -> &'static str {
    match k {
        Kind::Primary => Msg::KindPrimary.text(lang),
        Kind::Press => Msg::KindPress.text(lang),
        Kind::Report => Msg::KindReport.text(lang),
        Kind::Derived => Msg::KindDerived.text(lang),
    }
}

/// The tooltip of each shown year, as HTML with every name escaped: the year, then each line's
/// exact value with its unit, its source kind where it is not the publisher's table, and a mark
/// where the report's text differs.
pub fn tooltips(m: &Model, unit: &str, colours: &[&str], stacked: bool, lang: Lang) -> Vec<String> {
    m.years
        .iter()
        .enumerate()
        .map(|(i, &y)| {
            // The unit once, under the year: on a phone a line per value must fit the tooltip.
            let mut html = format!("<b>{}</b>", escape_html(&year_label(y, m.period, lang)));
            if m.mode == Mode::Abs && !unit.is_empty() {
                html.push_str(&format!("<br><span style=\"opacity:.75\">{}</span>", escape_html(unit)));
            }
            for (li, l) in m.lines.iter().enumerate() {
                let v = l.values[i];
                let colour = colours.get(li).copied().unwrap_or("#7f7f7f");
                let kind = if v.is_some() && l.kinds[i] != Kind::Primary { format!(" <i>({})</i>", kind_label(l.kinds[i], lang)) } else { String::new() };
                // The report's own number can only differ from another of its statements.
                let says = if l.kinds[i] == Kind::Report { Msg::ErratumMarkSelf } else { Msg::ErratumMark };
                let mark = if l.errata[i] { erratum_mark(says, lang) } else { String::new() };
                html.push_str(&format!(
                    "<br><span style=\"color:{colour}\">●</span> {}: <b>{}</b>{kind}{mark}",
                    escape_html(&l.name),
                    escape_html(&shown_value(v, l.approx[i], m.mode, lang)),
                ));
            }
            // Stacked parts: their sum, where every part has a value (a gap is not a zero).
            let parts: Option<Vec<f64>> = m.lines.iter().map(|l| l.values[i]).collect();
            if let Some(parts) = parts.filter(|p| stacked && m.mode == Mode::Abs && p.len() > 1) {
                let approx = m.lines.iter().any(|l| l.approx[i]);
                let total = shown_value(Some(parts.iter().sum()), approx, m.mode, lang);
                html.push_str(&format!("<br>{}: <b>{}</b>", escape_html(Msg::TooltipTotal.text(lang)), escape_html(&total)));
            }
            html
        })
        .collect()
}

/// A sentence a screen reader can read in place of the chart: first and last value of each line.
pub fn summary(m: &Model, lang: Lang) -> String {
    let (Some(first), Some(last)) = (m.years.first(), m.years.last()) else { return String::new() };
    let parts: Vec<String> = m
        .lines
        .iter()
        .map(|l| {
            let at = |i: usize| shown_value(l.values.get(i).copied().flatten(), l.approx.get(i).copied().unwrap_or(false), m.mode, lang);
            let last = l.values.len().saturating_sub(1);
            fill(Msg::SummaryRoseFell.text(lang), &[("name", &l.name), ("a", &at(0)), ("b", &at(last))])
        })
        .collect();
    let sep = Msg::ListSep.text(lang);
    fill(Msg::Summary.text(lang), &[("first", &year_label(*first, m.period, lang)), ("last", &year_label(*last, m.period, lang)), ("series", &parts.join(sep))])
}

/// How the explorer's layouts are named, in its control and its filters' line.
pub fn layout_name(layout: crate::state::Layout) -> Msg {
    match layout {
        crate::state::Layout::Lines => Msg::LayoutLines,
        crate::state::Layout::Rank => Msg::LayoutRank,
        crate::state::Layout::RankGroups => Msg::LayoutRankGroups,
    }
}

/// The view's filters in one line, as their folded bar says it ("Filters · 3 regions · 5 classes ·
/// 2014–2023"), counting the `filters` shown; `data` is the first and last year the view's files
/// have (`None`: not known yet). One function for the app's bar and the static first screen
/// (`prerender::charts`).
pub fn filters_summary(s: &crate::state::ViewState, filters: &[crate::state::Filter], data: Option<(i32, i32)>, l: Lang) -> String {
    use crate::state::Filter;
    let view = s.view;
    let ranks = filters.contains(&Filter::Layout) && s.layout.ranks();
    // A ranking has every origin and one year: neither the picked nationalities nor a range.
    let has = |f: Filter| filters.contains(&f) && !(ranks && matches!(f, Filter::Regions | Filter::Years));
    let mut parts = vec![Msg::Filters.text(l).to_string()];
    if ranks {
        parts.push(layout_name(s.layout).text(l).to_string());
        if let Some(y) = s.year.or(data.map(|d| d.1)) {
            parts.push(y.to_string());
        }
    }
    let count = |n: usize, one: Msg, many: Msg| if n == 1 { one.text(l).to_string() } else { fill(many.text(l), &[("n", &n.to_string())]) };
    if has(Filter::Regions) {
        // The explorer's picks are nationalities and region groups alike: origins.
        let (one, many) = if view.spec().data_entities { (Msg::OneOrigin, Msg::CountOrigins) } else { (Msg::OneRegion, Msg::CountRegions) };
        parts.push(count(s.regions.len(), one, many));
    }
    if has(Filter::Categories) {
        let (one, many) = if view.spec().category_key == "levels" { (Msg::OneLevel, Msg::CountLevels) } else { (Msg::OneClass, Msg::CountClasses) };
        parts.push(if s.categories.is_empty() { Msg::AllClasses.text(l).to_string() } else { count(s.categories.len(), one, many) });
    }
    if let (true, Some(d)) = (has(Filter::Years), data) {
        let (a, b) = s.years_within(d);
        parts.push(format!("{a}–{b}"));
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Period, Series, Source, Text};

    /// `lower` is `to_lowercase` for ASCII and Latin-1, and for every letter of every data file.
    #[test]
    fn lower_is_unicode_lowercase_where_it_matters() {
        let latin1: String = (0x20u8..=0xFF).map(char::from).collect();
        assert_eq!(lower(&latin1), latin1.to_lowercase());
        assert_eq!(lower("CURAÇAO Côte H-1B 中国台湾"), "curaçao côte h-1b 中国台湾");
        let dir = format!("{}/data", env!("CARGO_MANIFEST_DIR"));
        for f in std::fs::read_dir(&dir).unwrap().flatten().filter(|f| f.path().extension().is_some_and(|e| e == "json")) {
            let text = std::fs::read_to_string(f.path()).unwrap();
            assert_eq!(lower(&text), text.to_lowercase(), "{:?}", f.path());
        }
    }

    fn ds() -> Dataset {
        let series = |e: &str, v: Vec<Option<f64>>| Series::new(e, "total", Kind::Primary, 0, v);
        Dataset {
            name: "t".into(),
            years: vec![2018, 2019, 2020, 2021],
            sources: vec![Source { kind: Kind::Primary, publisher: Text::default(), table: Text::default(), file: String::new(), url: None, published: None }],
            series: vec![series("CN", vec![Some(90.0), Some(100.0), Some(30.0), None]), series("IN", vec![Some(10.0), None, Some(5.0), Some(8.0)])],
            ..Default::default()
        }
    }

    fn pick(e: &str) -> Pick {
        Pick::one(e, "total", e.to_string())
    }

    #[test]
    fn table_of_transforms() {
        // (entities, from, to, mode, base, expected years, expected values per line)
        let cases: Vec<(Vec<&str>, i32, i32, Mode, i32, Vec<i32>, Vec<Vec<Option<f64>>>)> = vec![
            (vec!["CN"], 2018, 2021, Mode::Abs, 2019, vec![2018, 2019, 2020, 2021], vec![vec![Some(90.0), Some(100.0), Some(30.0), None]]),
            (vec!["CN", "IN"], 2019, 2020, Mode::Abs, 2019, vec![2019, 2020], vec![vec![Some(100.0), Some(30.0)], vec![None, Some(5.0)]]),
            (vec!["CN"], 2018, 2021, Mode::Index, 2019, vec![2018, 2019, 2020, 2021], vec![vec![Some(90.0), Some(100.0), Some(30.0), None]]),
            (vec!["CN"], 2019, 2020, Mode::Index, 2018, vec![2019, 2020], vec![vec![Some(100.0 / 90.0 * 100.0), Some(30.0 / 90.0 * 100.0)]]),
            // No base value: the index is all gaps, never zeros.
            (vec!["IN"], 2018, 2021, Mode::Index, 2019, vec![2018, 2019, 2020, 2021], vec![vec![None, None, None, None]]),
            // Base outside the data.
            (vec!["CN"], 2018, 2019, Mode::Index, 2030, vec![2018, 2019], vec![vec![None, None]]),
            // Share of the shown series' sum; a year where one is missing shares among the others.
            (
                vec!["CN", "IN"],
                2018,
                2020,
                Mode::Share,
                2019,
                vec![2018, 2019, 2020],
                vec![vec![Some(90.0), Some(100.0), Some(30.0 / 35.0 * 100.0)], vec![Some(10.0), None, Some(5.0 / 35.0 * 100.0)]],
            ),
            // Year on year: the first shown year uses the year before it when the data have it.
            (vec!["CN"], 2019, 2021, Mode::Yoy, 2019, vec![2019, 2020, 2021], vec![vec![Some((100.0 / 90.0 - 1.0) * 100.0), Some(-70.0), None]]),
            (vec!["IN"], 2018, 2021, Mode::Yoy, 2019, vec![2018, 2019, 2020, 2021], vec![vec![None, None, None, Some(60.0)]]),
            // Unknown entities are skipped.
            (vec!["XX", "CN"], 2021, 2021, Mode::Abs, 2019, vec![2021], vec![vec![None]]),
        ];
        for (entities, from, to, mode, base, years, values) in cases {
            let picks: Vec<Pick> = entities.iter().map(|e| pick(e)).collect();
            let m = model(&ds(), &picks, from, to, mode, base);
            assert_eq!(m.years, years, "{entities:?} {from}-{to}");
            let got: Vec<Vec<Option<f64>>> = m.lines.iter().map(|l| l.values.clone()).collect();
            assert_eq!(got.len(), values.len(), "{entities:?} {mode:?}");
            for (g, w) in got.iter().zip(&values) {
                for (a, b) in g.iter().zip(w) {
                    match (a, b) {
                        (Some(a), Some(b)) => assert!((a - b).abs() < 1e-9, "{entities:?} {mode:?}: {g:?} vs {w:?}"),
                        (None, None) => {}
                        _ => panic!("{entities:?} {from}-{to} {mode:?} {base}: {g:?} vs {w:?}"),
                    }
                }
            }
        }
    }

    #[test]
    fn picks_sum_their_categories_and_keep_gaps() {
        let mut d = ds();
        d.series[1].category = "H".into();
        d.series[1].entity = "CN".into();
        let p = Pick { entity: "CN".into(), categories: vec!["total".into(), "H".into(), "X".into()], name: "CN".into() };
        let m = model(&d, &[p], 2018, 2021, Mode::Abs, 2019);
        assert_eq!(m.lines[0].values, vec![Some(100.0), Some(100.0), Some(35.0), Some(8.0)]);
        assert_eq!(m.lines[0].category, "total+H+X");
    }

    #[test]
    fn rankings_sort_largest_first_and_skip_aggregates() {
        let mut d = ds();
        d.series.push(Series::new("WLD", "total", Kind::Primary, 0, vec![Some(999.0); 4]));
        let r = ranking(&d, &["total"], "total", 2020, 5, &[]);
        assert_eq!(r.iter().map(|x| x.entity.as_str()).collect::<Vec<_>>(), vec!["CN", "IN"]);
        assert_eq!(ranking(&d, &["total"], "total", 2019, 5, &[]).len(), 1, "IN has no 2019 value");
        assert_eq!(ranking(&d, &["total"], "total", 2020, 1, &[]).len(), 1);
        assert!(ranking(&d, &["total"], "total", 1990, 5, &[]).is_empty());
    }

    #[test]
    fn the_folded_filters_count_in_words_one_region_one_class() {
        use crate::state::{View, ViewState};
        let spec = View::GreenCards.spec();
        let mut s = ViewState { regions: vec!["CN".into()], categories: vec!["EB1".into()], ..ViewState::default_for(View::GreenCards) };
        assert_eq!(filters_summary(&s, spec.filters, Some((2014, 2023)), Lang::En), "Filters · 1 region · 1 class · 2014–2023");
        s.regions.push("IN".into());
        s.categories.push("EB2".into());
        assert_eq!(filters_summary(&s, spec.filters, Some((2014, 2023)), Lang::En), "Filters · 2 regions · 2 classes · 2014–2023");
        assert_eq!(filters_summary(&s, spec.filters, Some((2014, 2023)), Lang::Zh), "筛选 · 2 个地区 · 2 个签证类别 · 2014–2023");
        // The explorer's picks are nationalities and groups: origins. It opens on China · Europe · India.
        let e = ViewState::default_for(View::Explorer);
        assert_eq!(e.regions, ["china-mainland", "group-europe", "india"]);
        let line = filters_summary(&e, View::Explorer.spec().filters, Some((1997, 2024)), Lang::En);
        assert!(line.contains(" · 3 origins · "), "{line}");
        assert!(filters_summary(&e, View::Explorer.spec().filters, Some((1997, 2024)), Lang::Zh).contains(" · 3 个来源地 · "));
    }

    #[test]
    fn summary_reads_first_and_last_values() {
        let m = model(&ds(), &[pick("CN"), pick("IN")], 2018, 2020, Mode::Abs, 2019);
        assert_eq!(summary(&m, Lang::En), "From FY2018 to FY2020: CN went from 90 to 30; IN went from 10 to 5.");
        assert!(summary(&m, Lang::Zh).starts_with("2018 财年至2020 财年"));
    }

    #[test]
    fn table_has_the_chart_numbers() {
        let m = model(&ds(), &[pick("CN"), pick("IN")], 2019, 2021, Mode::Abs, 2019);
        let t = table(&m, "visas", Lang::En);
        assert_eq!(t.columns, vec!["CN", "IN"]);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[0].label, "FY2019");
        assert_eq!((t.first.as_str(), t.rows[0].key.as_str()), ("Year", "2019"));
        assert_eq!(t.rows[0].cells[1].text, "no data");
        assert_eq!(t.rows[1].cells[0].value, Some(30.0));
    }

    #[test]
    fn tooltips_escape_names_and_say_where_values_come_from() {
        let mut d = ds();
        d.series[0].points.push(crate::data::Point { year: 2020, kind: Kind::Report, quote: None, location: None, note: None, approx: false });
        let p = Pick::one("CN", "total", "<b>CN</b>".into());
        let m = model(&d, &[p], 2019, 2021, Mode::Abs, 2019);
        let t = tooltips(&m, "visas", &["#D55E00"], false, Lang::En);
        assert_eq!(t.len(), 3);
        assert!(t[0].starts_with("<b>FY2019</b><br><span style=\"opacity:.75\">visas</span><br>"), "the unit once, under the year: {}", t[0]);
        assert!(t[0].ends_with("&lt;b&gt;CN&lt;/b&gt;: <b>100</b>"), "{}", t[0]);
        assert!(t[1].contains("(report text only)"), "{}", t[1]);
        assert!(t[2].contains("no data"), "{}", t[2]);
        assert!(!t[0].contains("Total"), "one line has no total");
        // Stacked parts add up to their total, where every part has a value.
        let two = [Pick::one("CN", "total", "A".into()), Pick::one("CN", "total", "B".into())];
        let m = model(&d, &two, 2019, 2021, Mode::Abs, 2019);
        let t = tooltips(&m, "visas", &["#D55E00", "#0072B2"], true, Lang::En);
        assert!(t[0].ends_with("<br>Total: <b>200</b>"), "{}", t[0]);
        assert!(!t[2].contains("Total"), "a gap is not a zero: {}", t[2]);
        assert!(!tooltips(&m, "visas", &[], false, Lang::En)[0].contains("Total"), "lines are not summed");
    }

    #[test]
    fn events_land_in_the_year_their_period_counts_them() {
        let cases = [
            ("2022-03-15", Period::FiscalYear, 2022),
            ("2021-11", Period::FiscalYear, 2022),
            ("2022-01", Period::AcademicYear, 2021),
            ("2021-09-01", Period::AcademicYear, 2021),
            ("2020", Period::FiscalYear, 2020),
            ("2019-02", Period::CalendarYear, 2019),
        ];
        for (d, p, y) in cases {
            assert_eq!(event_year(d, p), Some(y), "{d} {p:?}");
        }
        assert_eq!(event_year("soon", Period::CalendarYear), None);
    }

    #[test]
    fn formats_values() {
        assert_eq!(format_value(Some(442421.0), Mode::Abs, Lang::En), "442,421");
        assert_eq!(format_value(Some(151.123), Mode::Index, Lang::En), "151.1");
        assert_eq!(format_value(None, Mode::Abs, Lang::En), "no data");
        assert_eq!(format_value(Some(61.7), Mode::Abs, Lang::En), "61.7");
        assert_eq!(format_value(Some(76.67), Mode::Abs, Lang::En), "76.67");
        assert_eq!(format_value(Some(-70.0), Mode::Yoy, Lang::En), "\u{2212}70.0%", "the minus sign, not a hyphen");
        assert_eq!(format_value(Some(4.2), Mode::Yoy, Lang::En), "+4.2%");
        assert_eq!(format_value(Some(25.0), Mode::Share, Lang::En), "25.0%");
    }

    #[test]
    fn years_read_as_their_period_names_them() {
        assert_eq!(year_label(2023, Period::FiscalYear, Lang::En), "FY2023");
        assert_eq!(year_label(2022, Period::AcademicYear, Lang::En), "2022/23");
        assert_eq!(year_label(1999, Period::AcademicYear, Lang::Zh), "1999/00 学年");
        assert_eq!(year_label(2021, Period::CalendarYear, Lang::En), "2021");
    }
}

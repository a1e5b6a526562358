//! The report's six core findings: their texts, the numbers each one reads from the data, and the
//! chart that proves it. Pure, so the overview (wasm) and the static first screen written into
//! index.html at build time (`prerender`, native) say exactly the same thing.

use crate::catalog::{eb1a, green_cards, students, work_visas};
use crate::charts::palette;
use crate::charts::sparkline::{self, Marks, SparkLine};
use crate::data::{Period, Text};
use crate::i18n::{fill, group_thousands, Lang, Msg};
use crate::labels;
use crate::state::{url, Mode, View, ViewState};
use crate::transform::{count, decimals, escape_html, pct, times, year_label};

pub struct Finding {
    pub title: Text,
    /// `{name}` placeholders filled from the data by `numbers`.
    pub body: Text,
    pub link: fn() -> ViewState,
    /// The number the finding is about, shown large: one of its `numbers`, with what it counts.
    pub headline: (&'static str, Text),
    /// The series it cites, as a small trend line beside the headline.
    pub trend: Trend,
}

/// A finding's trend line: `category` of each of `entities` in `dataset`, from `from` to `to`
/// every `step` years. The first entity is the headline's, marked at `mark`.
pub struct Trend {
    pub dataset: &'static str,
    pub category: &'static str,
    pub entities: &'static [&'static str],
    pub from: i32,
    pub to: i32,
    pub step: i32,
    pub mark: i32,
    /// As the dataset counts its years (checked against it by a test).
    pub period: Period,
    /// Lines for a primary table's series, points for the report's values (checked too).
    pub marks: Marks,
    /// Drawn as an index of this year (= 100), where the finding is a change on it: China's work
    /// visas at 50.5% of 2019 fall out of sight beside India's in counts, not as an index.
    pub index: Option<i32>,
}

impl Trend {
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        (self.from..=self.to).step_by(self.step.max(1) as usize)
    }
}

fn link(view: View, f: impl FnOnce(&mut ViewState)) -> ViewState {
    let mut s = ViewState::default_for(view);
    f(&mut s);
    s
}

pub fn findings() -> Vec<Finding> {
    vec![
        Finding {
            title: Text::new("美国仍是全球首要的国际人才高地", "The US remains the world's leading talent hub"),
            body: Text::new(
                "美国向中国、欧洲和印度公民颁发的非移民工作签证及职业类移民签证：2019 年 {all19}，2023 年 {all23}（为 2019 年的 {allpct}）。五国在美留学生 2022/23 学年 {st22}，为 2019/20 学年的 {stpct}。",
                "Work visas plus employment green cards issued to citizens of China, Europe and India: {all19} in 2019, {all23} in 2023 ({allpct} of 2019). Students from the five countries in 2022/23: {st22}, {stpct} of 2019/20.",
            ),
            link: || link(View::GreenCards, |s| {
                s.chart = Some(green_cards::COMBINED.id);
                s.from = Some(2019);
            }),
            headline: ("st22", Text::new("2022/23 学年中国、印度、英法德在美留学生", "students from China, India, the UK, France and Germany in the US, 2022/23")),
            trend: Trend { dataset: "students", category: "total", entities: &["ALL"], from: 2000, to: 2022, step: 1, mark: 2022, period: Period::AcademicYear, marks: Marks::Lines, index: None },
        },
        Finding {
            title: Text::new("印度已成为美国国际人才的第一大来源国", "India has become the largest source of talent for the US"),
            body: Text::new(
                "2023 年印度公民获得两类签证 {in23}，是中国的 {in_cn} 倍、欧洲的 {in_eu} 倍；在美印度留学生 {inst}，为中国的 {inst_cn}。",
                "In 2023 Indian citizens received {in23} work visas and green cards, {in_cn} times China's and {in_eu} times Europe's; {inst} Indian students were in the US, {inst_cn} of China's number.",
            ),
            link: || link(View::Students, |s| s.chart = Some(students::TOTALS.id)),
            // The students' series: the visa totals mix the report's values into the State
            // Department's, and a line is drawn only through a primary table's.
            headline: ("inst", Text::new("2022/23 学年在美印度留学生", "Indian students in the US, 2022/23")),
            trend: Trend { dataset: "students", category: "total", entities: &["IN", "CN"], from: 2000, to: 2022, step: 1, mark: 2022, period: Period::AcademicYear, marks: Marks::Lines, index: None },
        },
        Finding {
            title: Text::new("EB-1A 审批没有特别的国别偏好", "EB-1A approvals show no country preference"),
            body: Text::new(
                "2010 年 EB-1A 通过率：英法德 {e3}，中国 {cn}，印度 {in}；各国在 2012–2016 年上升、2016–2020 年下降，趋势一致。",
                "EB-1A approval rates in 2010: UK/France/Germany {e3}, China {cn}, India {in}; all rose in 2012–2016 and fell in 2016–2020.",
            ),
            link: || link(View::Eb1a, |s| s.chart = Some(eb1a::APPROVAL_RATES.id)),
            headline: ("cn", Text::new("2010 年中国 EB-1A 通过率", "China's EB-1A approval rate, 2010")),
            trend: Trend { dataset: "eb1a", category: "approval_rate", entities: &["CN", "IN", "E3"], from: 2010, to: 2021, step: 1, mark: 2010, period: Period::FiscalYear, marks: Marks::Points, index: None },
        },
        Finding {
            title: Text::new("印度和欧洲的工作签证恢复远快于中国", "Work visas recovered far faster for India and Europe than for China"),
            body: Text::new(
                "2023 年非移民工作签证：印度 {in23}（2019 年的 {inpct}），欧洲 {eu23}（{eupct}），中国 {cn23}（{cnpct}）。",
                "Work visas in FY2023: India {in23} ({inpct} of 2019), Europe {eu23} ({eupct}), China {cn23} ({cnpct}).",
            ),
            link: || link(View::WorkVisas, |s| {
                s.chart = Some(work_visas::TOTALS.id);
                s.mode = Mode::Index;
            }),
            headline: ("cnpct", Text::new("中国 2023 财年工作签证，相当于 2019 年的", "China's work visas in FY2023, against 2019")),
            trend: Trend {
                dataset: "work_visas",
                category: "total",
                entities: &["CN", "IN", "EU"],
                from: 2014,
                to: 2023,
                step: 1,
                mark: 2023,
                period: Period::FiscalYear,
                marks: Marks::Lines,
                index: Some(2019),
            },
        },
        Finding {
            title: Text::new("疫情后中国工作签证大降、职业移民签证显著增加", "After COVID, China's work visas fell while its green cards rose"),
            body: Text::new(
                "中国公民获得的职业类移民签证 2022 年达 {eb22}，为 2019 年的 {ebx} 倍；其中 EB-1 达 {eb1}。",
                "Employment green cards for Chinese citizens reached {eb22} in FY2022, {ebx} times 2019; EB-1 alone {eb1}.",
            ),
            link: || link(View::GreenCards, |s| {
                s.regions = vec!["CN".into()];
                s.chart = Some(green_cards::TOTALS.id);
            }),
            // EB-1: the totals of 2019–2023 are worked out from the report's, and a line goes only
            // through a primary table's values.
            headline: ("eb1", Text::new("2022 财年中国公民获得的 EB-1 职业移民签证", "EB-1 green cards to Chinese citizens, FY2022")),
            trend: Trend { dataset: "green_cards", category: "EB1", entities: &["CN"], from: 2014, to: 2023, step: 1, mark: 2022, period: Period::FiscalYear, marks: Marks::Lines, index: None },
        },
        Finding {
            title: Text::new("中国正在成为人才来源国、过境国与目的国", "China is becoming a source, transit and destination country"),
            body: Text::new(
                "2020 年中国大陆海外移民 {emi}，在华国际移民 {imm}；2022 年中国侨汇汇出额世界排名第 {rank}。",
                "In 2020 mainland China had {emi} emigrants and {imm} immigrants; in 2022 it ranked No. {rank} in the world for remittances sent.",
            ),
            link: || link(View::China, |_| {}),
            headline: ("emi", Text::new("2020 年中国大陆海外移民", "emigrants from mainland China, 2020")),
            trend: Trend { dataset: "china_migrants", category: "emigrants", entities: &["CHN"], from: 1990, to: 2020, step: 5, mark: 2020, period: Period::CalendarYear, marks: Marks::Lines, index: None },
        },
    ]
}

/// The numbers of each finding, from the loaded datasets (a dash where one is not loaded).
pub fn numbers(i: usize, get: Lookup) -> Vec<(&'static str, String)> {
    let w = |e, y| get("work_and_green_cards", e, "total", y);
    let nv = |e, y| get("work_visas", e, "total", y);
    let st = |e, y| get("students", e, "total", y);
    let rate = |e| get("eb1a", e, "approval_rate", 2010).map(|v| format!("{}%", group_thousands(v, decimals(v)))).unwrap_or_else(|| "—".into());
    match i {
        0 => vec![
            ("all19", count(w("ALL", 2019))),
            ("all23", count(w("ALL", 2023))),
            ("allpct", pct(w("ALL", 2023), w("ALL", 2019))),
            ("st22", count(st("ALL", 2022))),
            ("stpct", pct(st("ALL", 2022), st("ALL", 2019))),
        ],
        1 => vec![
            ("in23", count(w("IN", 2023))),
            ("in_cn", times(w("IN", 2023), w("CN", 2023))),
            ("in_eu", times(w("IN", 2023), w("EU", 2023))),
            ("inst", count(st("IN", 2022))),
            ("inst_cn", pct(st("IN", 2022), st("CN", 2022))),
        ],
        2 => vec![("e3", rate("E3")), ("cn", rate("CN")), ("in", rate("IN"))],
        3 => vec![
            ("in23", count(nv("IN", 2023))),
            ("inpct", pct(nv("IN", 2023), nv("IN", 2019))),
            ("eu23", count(nv("EU", 2023))),
            ("eupct", pct(nv("EU", 2023), nv("EU", 2019))),
            ("cn23", count(nv("CN", 2023))),
            ("cnpct", pct(nv("CN", 2023), nv("CN", 2019))),
        ],
        4 => vec![
            ("eb22", count(get("green_cards", "CN", "total", 2022))),
            ("ebx", times(get("green_cards", "CN", "total", 2022), get("green_cards", "CN", "total", 2019))),
            ("eb1", count(get("green_cards", "CN", "EB1", 2022))),
        ],
        _ => vec![
            ("emi", count(get("china_migrants", "CHN", "emigrants", 2020))),
            ("imm", count(get("china_migrants", "CHN", "immigrants", 2020))),
            ("rank", get("remittances", "CHN", "outflow_rank", 2022).map(crate::i18n::js_number).unwrap_or_else(|| "—".into())),
        ],
    }
}

pub const FINDING_DATA: &[&str] = &["work_and_green_cards", "work_visas", "students", "eb1a", "green_cards", "china_migrants", "remittances"];

/// One number a finding reads: (dataset, entity, category, year) and its value (`None`: a gap).
pub type Cited = (String, String, String, i32, Option<f64>);

/// The id of the `<script type="application/json">` in index.html that holds every [`Cited`]
/// number, written by the build (`prerender`) from the same data files. With it the overview
/// reads its eleven numbers from the page instead of downloading five more datasets (28 KB
/// brotli, one of them 51 KB of JSON to parse) before its first chart.
pub const CITED_ID: &str = "finding-values";

/// Every lookup the six findings make, with its value, in order of first use.
pub fn cited(get: Lookup) -> Vec<Cited> {
    let seen = std::cell::RefCell::new(Vec::<Cited>::new());
    let record = |n: &str, e: &str, c: &str, y: i32| -> Option<f64> {
        let v = get(n, e, c, y);
        let mut seen = seen.borrow_mut();
        if !seen.iter().any(|x| is(x, n, e, c, y)) {
            seen.push((n.to_string(), e.to_string(), c.to_string(), y, v));
        }
        v
    };
    for (i, f) in findings().iter().enumerate() {
        numbers(i, &record);
        stated(i, &record);
        trend_lines(&f.trend, &record);
    }
    seen.into_inner()
}

/// `cited` as the text of a `<script type="application/json">`: `<` is escaped so no value can
/// end the element.
pub fn cited_json(cited: &[Cited]) -> String {
    json_for_script(&serde_json::to_string(cited).unwrap_or_else(|_| "[]".into()))
}

/// JSON text made safe inside a `<script type="application/json">` element: no `<`, so no text can
/// close the element (JSON reads `\u003c` back as `<`).
pub fn json_for_script(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// The numbers back from the page; `None` if the text is not such a list (the overview then
/// downloads the datasets, as without a build step).
pub fn parse_cited(json: &str) -> Option<Vec<Cited>> {
    serde_json::from_str(json).ok()
}

/// A lookup into cited numbers; `None` for one not cited (a dash).
pub fn look_up(cited: &[Cited], name: &str, e: &str, c: &str, y: i32) -> Option<f64> {
    cited.iter().find(|x| is(x, name, e, c, y)).and_then(|x| x.4)
}

/// Whether `x` is the number of (dataset, entity, category, year).
fn is(x: &Cited, name: &str, e: &str, c: &str, y: i32) -> bool {
    x.0 == name && x.1 == e && x.2 == c && x.3 == y
}

/// The id of the static first screen's element (`prerender`), which the app removes.
pub const PRERENDER_ID: &str = "prerender";

/// Looks a value up in the loaded datasets: (dataset, entity, category, year).
pub type Lookup<'a> = &'a dyn Fn(&str, &str, &str, i32) -> Option<f64>;

/// Finding `i`'s text with its numbers filled in; then, for each number the report states
/// otherwise, the report's beside the data's (an erratum of its dataset).
pub fn body(i: usize, f: &Finding, get: Lookup, lang: Lang) -> String {
    let nums = numbers(i, get);
    let pairs: Vec<(&str, &str)> = nums.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut text = fill(lang.pick(&f.body), &pairs);
    for (e, y, data, report) in stated(i, get) {
        let name = labels::name(&e, None, lang);
        text.push_str(&fill(Msg::FindingErratum.text(lang), &[("name", &name), ("year", &y.to_string()), ("report", &count(Some(report))), ("data", &count(Some(data)))]));
    }
    text
}

/// The name under which a lookup gives the report's own number for a cell of dataset `name`,
/// where the report states it otherwise than the data (`Dataset::erratum`): so the build writes
/// it into the page with the numbers the findings cite, and the app reads it alike.
pub const REPORT_SAYS: &str = "report-says:";

/// A [`Lookup`]'s value from a dataset: the cell's, or under [`REPORT_SAYS`] the report's own
/// number where it differs.
pub fn read(name: &str, ds: impl Fn(&str) -> Option<f64>, stated: impl Fn(&str) -> Option<f64>) -> Option<f64> {
    match name.strip_prefix(REPORT_SAYS) {
        Some(n) => stated(n),
        None => ds(name),
    }
}

/// The numbers of finding `i` that the report states otherwise: (entity, year, data, report).
fn stated(i: usize, get: Lookup) -> Vec<(String, i32, f64, f64)> {
    let read = std::cell::RefCell::new(Vec::<(String, String, String, i32, f64)>::new());
    let record = |n: &str, e: &str, c: &str, y: i32| {
        let v = get(n, e, c, y);
        if let Some(v) = v {
            read.borrow_mut().push((n.into(), e.into(), c.into(), y, v));
        }
        v
    };
    numbers(i, &record);
    let mut out: Vec<(String, i32, f64, f64)> = Vec::new();
    for (n, e, c, y, v) in read.into_inner() {
        if let Some(r) = get(&format!("{REPORT_SAYS}{n}"), &e, &c, y) {
            if !out.iter().any(|x| x.0 == e && x.1 == y && x.2 == v) {
                out.push((e, y, v, r));
            }
        }
    }
    out
}

/// The values of a finding's trend, one line per entity.
fn trend_lines(t: &Trend, get: Lookup) -> Vec<SparkLine> {
    t.entities
        .iter()
        .map(|e| {
            let base = t.index.map(|b| get(t.dataset, e, t.category, b).filter(|v| *v != 0.0));
            let value = |y| {
                let v = get(t.dataset, e, t.category, y)?;
                match base {
                    Some(b) => Some(v / b? * 100.0),
                    None => Some(v),
                }
            };
            SparkLine { colour: palette::region(e), points: t.years().map(|y| (y, value(y))).collect() }
        })
        .collect()
}

/// Finding `i`'s headline number with what it counts, and its trend line with the years and
/// series it shows: the same markup in the static first screen and in the app (which sets it as
/// the element's HTML: every text in it is escaped here, and no text comes from the address).
pub fn figure_html(i: usize, f: &Finding, get: Lookup, lang: Lang) -> String {
    let nums = numbers(i, get);
    let number = nums.iter().find(|(k, _)| *k == f.headline.0).map(|(_, v)| v.as_str()).unwrap_or("—");
    let t = &f.trend;
    let lines = trend_lines(t, get);
    let year = |y| year_label(y, t.period, lang);
    let years = match t.index {
        Some(b) => format!("{}–{} · {}", year(t.from), year(t.to), fill(Msg::IndexUnit.text(lang), &[("base", &year(b))])),
        None => format!("{}–{}", year(t.from), year(t.to)),
    };
    // One series is what the headline counts; several are named by the dashboard's region names.
    let name = |e: &str| if t.entities.len() > 1 { labels::name(e, None, lang) } else { lang.pick(&f.headline.1).to_string() };
    // For a screen reader: each series' first and last values.
    let said: Vec<String> = t
        .entities
        .iter()
        .zip(&lines)
        .map(|(e, l)| {
            let shown: Vec<_> = l.points.iter().filter_map(|(y, v)| Some((*y, (*v)?))).collect();
            // An index to one decimal, as the charts' tables give it.
            let places = |v: f64| if t.index.is_some() { 1 } else { decimals(v) };
            let at = |p: Option<&(i32, f64)>| p.map(|(y, v)| format!("{} {}", year(*y), group_thousands(*v, places(*v)))).unwrap_or_else(|| "—".into());
            format!("{}: {} → {}", name(e), at(shown.first()), at(shown.last()))
        })
        .collect();
    let spark = sparkline::svg(&lines, t.marks, Some(t.mark), &format!("{years}. {}", said.join("; "))).unwrap_or_default();
    let key: String = if t.entities.len() > 1 {
        t.entities.iter().map(|e| format!(" <span class=\"spark-series\"><i style=\"background:{}\"></i>{}</span>", palette::region(e), escape_html(&name(e)))).collect()
    } else {
        String::new()
    };
    format!(
        "<p class=\"headline\"><strong class=\"headline-number\">{}</strong> <span class=\"headline-label\">{}</span></p><div class=\"trend\">{spark}<p class=\"trend-caption\">{}{key}</p></div>",
        escape_html(number),
        escape_html(lang.pick(&f.headline.1)),
        escape_html(&years),
    )
}

/// The state of the story's step `n` (from 1): its finding's "show me" chart, which the step
/// draws with its readings (`catalog::story`).
pub fn story_state(n: usize) -> Option<ViewState> {
    let step = crate::catalog::story::step(n)?;
    let mut s = (findings().get(n - 1)?.link)();
    s.chart = Some(step.figure.id);
    Some(s)
}

/// The query string of the story's step that tells finding `i` (one step per finding), in the
/// reader's language and theme.
pub fn step_href(i: usize, lang: Option<Lang>, theme: Option<crate::state::Theme>) -> String {
    let s = ViewState { step: i + 1, lang, theme, ..ViewState::default_for(View::Story) };
    format!("?{}", url::serialize(&s))
}

/// The query string of finding `i`'s "show me" link, in the reader's language and theme.
pub fn href(f: &Finding, lang: Option<Lang>, theme: Option<crate::state::Theme>) -> String {
    let mut s = (f.link)();
    s.lang = lang;
    s.theme = theme;
    format!("?{}", url::serialize(&s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cited_numbers_are_every_lookup_once_with_its_value() {
        let get = |n: &str, e: &str, c: &str, y: i32| -> Option<f64> {
            (n == "eb1a" && e == "CN").then_some(67.72).or((n == "remittances").then_some(5.0)).filter(|_| y > 0 && !c.is_empty())
        };
        let c = cited(&get);
        // Each (dataset, entity, category, year) once, although several findings read some.
        for (i, x) in c.iter().enumerate() {
            assert!(!c[..i].iter().any(|y| (&y.0, &y.1, &y.2, y.3) == (&x.0, &x.1, &x.2, x.3)), "{x:?} twice");
        }
        assert!(FINDING_DATA.iter().all(|f| c.iter().any(|x| x.0 == *f)), "every finding file is read");
        assert_eq!(look_up(&c, "eb1a", "CN", "approval_rate", 2010), Some(67.72));
        assert_eq!(look_up(&c, "eb1a", "IN", "approval_rate", 2010), None, "a gap stays a gap");
        assert_eq!(look_up(&c, "eb1a", "CN", "approval_rate", 1999), None, "not cited");
        // Through the page and back, the texts are the same.
        let back = parse_cited(&cited_json(&c)).expect("round trip");
        assert_eq!(back, c);
        let via = |n: &str, e: &str, cat: &str, y: i32| look_up(&back, n, e, cat, y);
        for (i, f) in findings().iter().enumerate() {
            for l in [Lang::Zh, Lang::En] {
                assert_eq!(body(i, f, &via, l), body(i, f, &get, l));
            }
        }
    }

    fn data_file(name: &str) -> crate::data::Dataset {
        let text = std::fs::read_to_string(format!("{}/data/{name}.json", env!("CARGO_MANIFEST_DIR"))).expect(name);
        serde_json::from_str(&text).expect(name)
    }

    #[test]
    fn where_the_report_states_a_cited_number_otherwise_its_number_stands_beside() {
        let sets: Vec<(&str, crate::data::Dataset)> = FINDING_DATA.iter().map(|n| (*n, data_file(n))).collect();
        let set = |n: &str| sets.iter().find(|(x, _)| *x == n).map(|(_, d)| d);
        let get = |name: &str, e: &str, c: &str, y: i32| read(name, |n| set(n)?.value(e, c, y), |n| Some(set(n)?.erratum(e, c, y)?.report));
        let all = findings();
        let two = body(1, &all[1], &get, Lang::En);
        assert!(
            two.contains("received 468,923 work visas") && two.ends_with(" (The report says 489,000 for India in 2023; shown here is the data's 468,923, see Errata.)"),
            "{two}"
        );
        let four = body(3, &all[3], &get, Lang::Zh);
        assert!(four.ends_with("（报告写为中国 2023 年 48,338；此处为原始数据 48,388，见勘误）"), "{four}");
        assert!(!body(0, &all[0], &get, Lang::En).contains("report says"), "finding 1 has none");
        // The build writes the report's numbers into the page with the others: the same text from it.
        let c = cited(&get);
        let via = |n: &str, e: &str, cat: &str, y: i32| look_up(&c, n, e, cat, y);
        assert_eq!(body(1, &all[1], &via, Lang::En), two);
    }

    #[test]
    fn the_work_visa_recovery_is_drawn_as_an_index_of_2019() {
        let all = findings();
        let t = &all[3].trend;
        let ds = data_file(t.dataset);
        let get = |n: &str, e: &str, c: &str, y: i32| (n == t.dataset).then(|| ds.value(e, c, y)).flatten();
        let lines = trend_lines(t, &get);
        let at = |l: &SparkLine, y: i32| l.points.iter().find(|(x, _)| *x == y).and_then(|(_, v)| *v).unwrap();
        assert_eq!(at(&lines[0], 2019), 100.0);
        assert_eq!(format!("{:.1}", at(&lines[0], 2023)), "50.5", "China's, as the headline says");
        assert!(at(&lines[1], 2023) > 150.0, "India's");
        let html = figure_html(3, &all[3], &get, Lang::En);
        assert!(html.contains("FY2014–FY2023 · Index (FY2019 = 100)"), "{html}");
    }

    #[test]
    fn each_trend_is_as_its_data_are_and_its_headline_is_its_marked_point() {
        for (i, f) in findings().iter().enumerate() {
            let t = &f.trend;
            let ds = data_file(t.dataset);
            assert_eq!(ds.period, t.period, "finding {i}: years counted as the dataset counts them");
            let get = |n: &str, e: &str, c: &str, y: i32| (n == t.dataset).then(|| ds.value(e, c, y)).flatten();
            for e in t.entities {
                let kinds: Vec<_> = t.years().filter(|y| ds.value(e, t.category, *y).is_some()).map(|y| ds.kind_of(e, t.category, y).unwrap()).collect();
                assert!(kinds.len() >= 3, "finding {i}: {e} has {} values to draw", kinds.len());
                // Lines only through a primary table's values; the report's are points.
                let primary = kinds.iter().all(|k| k.is_primary());
                assert_eq!(t.marks == Marks::Lines, primary, "finding {i}: {e}");
                // The values a screen reader hears (first and last) are exact.
                let shown: Vec<i32> = t.years().filter(|y| ds.value(e, t.category, *y).is_some()).collect();
                for y in [shown[0], shown[shown.len() - 1]] {
                    assert!(!ds.is_approx(e, t.category, y), "finding {i}: {e} {y} is approximate");
                }
            }
            // The headline is one of the finding's numbers; where it is a count, it is the marked point.
            let nums = numbers(i, &get);
            let (_, number) = nums.iter().find(|(k, _)| *k == f.headline.0).expect("headline is a number of the finding");
            let marked = ds.value(t.entities[0], t.category, t.mark).expect("the mark has a value");
            if !number.ends_with('%') {
                assert_eq!(*number, count(Some(marked)), "finding {i}");
            }
            let html = figure_html(i, f, &get, Lang::En);
            assert!(html.contains(&format!("<strong class=\"headline-number\">{number}</strong>")), "{html}");
            assert!(html.contains("<svg class=\"spark\"") && html.contains("spark-mark"), "{html}");
        }
    }

    #[test]
    fn every_story_step_draws_its_finding_chart_with_each_reading_and_its_numbers_from_the_table() {
        use crate::catalog::story::{Annotation, STEPS};
        use crate::charts::{annotate, figure, Look};
        assert_eq!(STEPS.len(), findings().len(), "one step per finding");
        assert!(story_state(0).is_none() && story_state(STEPS.len() + 1).is_none());
        for (i, step) in STEPS.iter().enumerate() {
            let s = story_state(i + 1).expect("a state");
            assert!(s.view.spec().figure(step.figure.id).is_some(), "step {}: {} is a figure of {:?}", i + 1, step.figure.id, s.view);
            let link = (findings()[i].link)();
            assert!(link.chart.is_none_or(|c| c == step.figure.id), "step {}: the finding's \"show me\" chart is the step's", i + 1);
            let ds = data_file(step.figure.resource);
            for lang in [Lang::Zh, Lang::En] {
                let look = Look { lang, dark: false, decal: false, animate: false, width: 390 };
                let mut built = figure::build(step.figure, &ds, None, &figure::Filters::of(&s), &look).expect("a chart");
                let said = annotate::apply(&mut built, step.notes, &look);
                assert_eq!(said.len(), step.notes.len(), "step {}: every reading drawn: {said:?}", i + 1);
                let opt: serde_json::Value = serde_json::from_str(&built.option).expect("JSON");
                let labels: Vec<&str> =
                    opt["series"].as_array().unwrap().iter().flat_map(|x| x["data"].as_array().unwrap().iter()).filter_map(|d| d["label"]["formatter"].as_str()).collect();
                let spans: Vec<&str> = opt["series"][0]["markArea"]["data"].as_array().unwrap().iter().filter_map(|d| d[0]["name"].as_str()).collect();
                for (note, text) in step.notes.iter().zip(&said) {
                    match note {
                        Annotation::Point { .. } => {
                            assert!(labels.contains(&text.as_str()), "step {}: {text} in {labels:?}", i + 1);
                            // Its box over the events' dashed lines, not struck through by them.
                            let carrier =
                                opt["series"].as_array().unwrap().iter().find(|x| x["data"].as_array().unwrap().iter().any(|d| d["label"]["formatter"] == text.as_str())).unwrap();
                            assert_eq!(carrier["z"], annotate::READING_Z, "step {}: {text}", i + 1);
                            // Marked for the page to move it clear of the lines (tools/readings.js).
                            let item = carrier["data"].as_array().unwrap().iter().find(|d| d["label"]["formatter"] == text.as_str()).unwrap();
                            assert_eq!(item["tfReading"], true, "step {}: {text}", i + 1);
                            assert!(!text.contains('{') && text.chars().any(|c| c.is_ascii_digit()), "step {}: {text}", i + 1);
                        }
                        Annotation::Span { text: t, .. } => assert!(spans.contains(&lang.pick(t)), "step {}: {spans:?}", i + 1),
                    }
                }
                assert!(built.summary.ends_with(said.last().unwrap().as_str()), "a screen reader hears the readings");
            }
        }
        // The report's "India 1.5 times 2019" read off the index: 442,421 / 292,539.
        let look = Look { lang: Lang::En, dark: false, decal: false, animate: false, width: 900 };
        let mut b = figure::build(STEPS[3].figure, &data_file("work_visas"), None, &figure::Filters::of(&story_state(4).unwrap()), &look).unwrap();
        assert!(annotate::apply(&mut b, STEPS[3].notes, &look).contains(&"India: 151.2% of 2019".to_string()));
    }

    #[test]
    fn each_finding_links_to_its_step_of_the_story() {
        assert_eq!(step_href(0, Some(Lang::En), None), "?view=story&lang=en", "step 1 is the story's default");
        assert_eq!(step_href(3, Some(Lang::Zh), Some(crate::state::Theme::Dark)), "?view=story&lang=zh&theme=dark&step=4");
        for i in 0..findings().len() {
            let q = step_href(i, None, None);
            let s = url::parse(q.trim_start_matches('?')).0;
            assert_eq!((s.view, s.step), (View::Story, i + 1), "{q}");
        }
    }

    #[test]
    fn without_data_the_headline_is_a_dash_and_no_line_is_drawn() {
        let none = |_: &str, _: &str, _: &str, _: i32| None;
        for (i, f) in findings().iter().enumerate() {
            let html = figure_html(i, f, &none, Lang::Zh);
            assert!(html.starts_with("<p class=\"headline\"><strong class=\"headline-number\">—</strong>"), "{html}");
            assert!(!html.contains("<svg"), "{html}");
        }
    }

    #[test]
    fn cited_json_cannot_close_its_script_element_and_garbage_is_refused() {
        let c = vec![("</script><b>".to_string(), "x".to_string(), "y".to_string(), 2020, Some(1.5))];
        let j = cited_json(&c);
        assert!(!j.contains('<'), "{j}");
        assert_eq!(parse_cited(&j), Some(c));
        for bad in ["", "{", "[1,2]", "[[\"a\",\"b\",\"c\",\"2020\",1]]", "null"] {
            assert_eq!(parse_cited(bad), None, "{bad}");
        }
    }
}

//! Overview: the report's six core findings, each with its headline numbers read from the data and
//! a "show me" link to the chart that proves it; tables 2 and 3 as charts and tables, with the
//! recovery against 2019.

use crate::app::use_ctx;
use crate::charts::{palette, ranked, to_json, ChartText};
use crate::components::chart_card::{status_of, use_data, ChartCard, Resource};
use crate::components::sources_panel::Provenance;
use crate::data::{Dataset, Text};
use crate::i18n::{fill, group_thousands, Lang, Msg};
use crate::labels;
use crate::state::{url, Mode, View, ViewState};
use crate::transform::{decimals, escape_html, year_label, Table, TableCell, TableRow};
use leptos::prelude::*;

struct Finding {
    title: Text,
    /// `{name}` placeholders filled from the data by `numbers`.
    body: Text,
    link: fn() -> ViewState,
}

fn link(view: View, f: impl FnOnce(&mut ViewState)) -> ViewState {
    let mut s = ViewState::default_for(view);
    f(&mut s);
    s
}

fn findings() -> Vec<Finding> {
    vec![
        Finding {
            title: Text::new("美国仍是全球首要的国际人才高地", "The US remains the world's leading talent hub"),
            body: Text::new(
                "美国向中国、欧洲和印度公民颁发的非移民工作签证及职业类移民签证：2019 年 {all19}，2023 年 {all23}（{allpct}）。五国在美留学生 2022/23 学年 {st22}，为 2019/20 学年的 {stpct}。",
                "Work visas plus employment green cards issued to citizens of China, Europe and India: {all19} in 2019, {all23} in 2023 ({allpct}). Students from the five countries in 2022/23: {st22}, {stpct} of 2019/20.",
            ),
            link: || link(View::GreenCards, |s| {
                s.chart = Some("green-cards-combined".into());
                s.from = 2019;
            }),
        },
        Finding {
            title: Text::new("印度已成为美国国际人才的第一大来源国", "India has become the largest source of talent for the US"),
            body: Text::new(
                "2023 年印度公民获得两类签证 {in23}，是中国的 {in_cn} 倍、欧洲的 {in_eu} 倍；在美印度留学生 {inst}，为中国的 {inst_cn}。",
                "In 2023 Indian citizens received {in23} work visas and green cards, {in_cn} times China's and {in_eu} times Europe's; {inst} Indian students were in the US, {inst_cn} of China's number.",
            ),
            link: || link(View::Students, |s| s.chart = Some("students-totals".into())),
        },
        Finding {
            title: Text::new("EB-1A 审批没有特别的国别偏好", "EB-1A approvals show no country preference"),
            body: Text::new(
                "2010 年 EB-1A 通过率：英法德 {e3}，中国 {cn}，印度 {in}；各国在 2012–2016 年上升、2016–2020 年下降，趋势一致。",
                "EB-1A approval rates in 2010: UK/France/Germany {e3}, China {cn}, India {in}; all rose in 2012–2016 and fell in 2016–2020.",
            ),
            link: || link(View::Eb1a, |s| s.chart = Some("eb1a-approval-rates".into())),
        },
        Finding {
            title: Text::new("印度和欧洲的工作签证恢复远快于中国", "Work visas recovered far faster for India and Europe than for China"),
            body: Text::new(
                "2023 年非移民工作签证：印度 {in23}（2019 年的 {inpct}），欧洲 {eu23}（{eupct}），中国 {cn23}（{cnpct}）。",
                "Work visas in FY2023: India {in23} ({inpct} of 2019), Europe {eu23} ({eupct}), China {cn23} ({cnpct}).",
            ),
            link: || link(View::WorkVisas, |s| {
                s.chart = Some("work-visas-totals".into());
                s.mode = Mode::Index;
            }),
        },
        Finding {
            title: Text::new("疫情后中国工作签证大降、职业移民签证显著增加", "After COVID, China's work visas fell while its green cards rose"),
            body: Text::new(
                "中国公民获得的职业类移民签证 2022 年达 {eb22}，为 2019 年的 {ebx} 倍；其中 EB-1 达 {eb1}。",
                "Employment green cards for Chinese citizens reached {eb22} in FY2022, {ebx} times 2019; EB-1 alone {eb1}.",
            ),
            link: || link(View::GreenCards, |s| {
                s.regions = vec!["CN".into()];
                s.chart = Some("green-cards-by-category-CN".into());
            }),
        },
        Finding {
            title: Text::new("中国正在成为人才来源国、过境国与目的国", "China is becoming a source, transit and destination country"),
            body: Text::new(
                "2020 年中国大陆海外移民 {emi}，在华国际移民 {imm}；2022 年中国侨汇汇出额世界排名第 {rank}。",
                "In 2020 mainland China had {emi} emigrants and {imm} immigrants; in 2022 it ranked {rank} in the world for remittances sent.",
            ),
            link: || link(View::China, |_| {}),
        },
    ]
}

fn count(v: Option<f64>) -> String {
    v.map(|x| group_thousands(x, 0)).unwrap_or_else(|| "—".into())
}

fn pct(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b != 0.0 => format!("{}%", group_thousands(a / b * 100.0, 1)),
        _ => "—".into(),
    }
}

fn times(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b != 0.0 => group_thousands(a / b, 2),
        _ => "—".into(),
    }
}

/// The numbers of each finding, from the loaded datasets (a dash where one is not loaded).
fn numbers(i: usize, get: &dyn Fn(&str, &str, &str, i32) -> Option<f64>, lang: Lang) -> Vec<(&'static str, String)> {
    let w = |e, y| get("work_and_green_cards", e, "total", y);
    let nv = |e, y| get("work_visas", e, "total", y);
    let st = |e, y| get("students", e, "total", y);
    let rate = |e| get("eb1a", e, "approval_rate", 2010).map(|v| format!("{}%", group_thousands(v, decimals(v)))).unwrap_or_else(|| "—".into());
    let _ = lang;
    match i {
        0 => vec![("all19", count(w("ALL", 2019))), ("all23", count(w("ALL", 2023))), ("allpct", pct(w("ALL", 2023), w("ALL", 2019))), ("st22", count(st("ALL", 2022))), ("stpct", pct(st("ALL", 2022), st("ALL", 2019)))],
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
            ("rank", get("remittances", "CHN", "outflow_rank", 2022).map(|r| format!("{r}")).unwrap_or_else(|| "—".into())),
        ],
    }
}

const FINDING_DATA: &[&str] = &["work_and_green_cards", "work_visas", "students", "eb1a", "green_cards", "china_migrants", "remittances"];

#[component]
pub fn Overview() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let sets: Vec<(&'static str, Resource<Dataset>)> = FINDING_DATA.iter().map(|n| (*n, use_data::<Dataset>(n))).collect();
    let sets = StoredValue::new(sets);
    let get = move |name: &str, e: &str, c: &str, y: i32| -> Option<f64> {
        sets.with_value(|s| s.iter().find(|(n, _)| *n == name).and_then(|(_, r)| r.get()).and_then(|r| r.ok()).and_then(|d| d.value(e, c, y)))
    };
    let cards = findings()
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let href = format!("?{}", url::serialize(&{
                let mut s = (f.link)();
                s.lang = ctx.state.with_untracked(|x| x.lang);
                s.theme = ctx.state.with_untracked(|x| x.theme);
                s
            }));
            let body = f.body.clone();
            let title = f.title.clone();
            view! {
                <li class="finding" data-finding=i + 1>
                    <h2>{move || format!("{}. {}", i + 1, lang.get().pick(&title))}</h2>
                    <p>{move || {
                        let nums = numbers(i, &get, lang.get());
                        let pairs: Vec<(&str, &str)> = nums.iter().map(|(k, v)| (*k, v.as_str())).collect();
                        fill(lang.get().pick(&body), &pairs)
                    }}</p>
                    <a class="show-me" href=href.clone()>{move || Msg::ShowMe.text(lang.get())}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="view" data-view="overview">
            <p class="lede">{move || Msg::OverviewLede.text(lang.get())}</p>
            <ol class="findings">{cards}</ol>
            <Compare
                id="overview-table-2"
                resource="work_and_green_cards"
                entities=&["CN", "EU", "IN", "ALL"]
                title=Text::new("表 2 疫情前后美国向中国、欧洲、印度颁发非移民工作签证及职业类移民签证数量", "Table 2: work visas and employment green cards issued to citizens of China, Europe and India, before and after COVID")
                years=(2019, 2023)
            />
            <Compare
                id="overview-table-3"
                resource="students"
                entities=&["CN", "E3", "IN", "ALL"]
                title=Text::new("表 3 中国、欧洲主要国家、印度在美留学人数及变化", "Table 3: students from China, the main European countries and India in the US")
                years=(2019, 2022)
            />
        </div>
    }
}

/// Two years side by side per entity, with the second as a percentage of the first.
#[component]
fn Compare(id: &'static str, resource: &'static str, entities: &'static [&'static str], title: Text, years: (i32, i32)) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let data: Resource<Dataset> = use_data(resource);
    let dataset = move || data.get().and_then(|r| r.ok());
    let (a, b) = years;
    let rows = Memo::new(move |_| {
        let ds = dataset()?;
        Some(entities.iter().map(|e| (e.to_string(), ds.value(e, "total", a), ds.value(e, "total", b))).collect::<Vec<_>>())
    });
    let year_names = move || {
        let period = dataset().map(|d| d.period).unwrap_or(crate::data::Period::FiscalYear);
        (year_label(a, period, lang.get()), year_label(b, period, lang.get()))
    };
    let option = Memo::new(move |_| {
        let rows = rows.get()?;
        let (ya, yb) = year_names();
        let bars: Vec<ranked::Bar2> = rows.iter().map(|(e, x, y)| ranked::Bar2 { label: labels::name(e, None, lang.get()), values: vec![*x, *y] }).collect();
        let parts = [
            ranked::Part { code: a.to_string(), name: ya, colour: palette::category("graduate") },
            ranked::Part { code: b.to_string(), name: yb, colour: palette::category("undergraduate") },
        ];
        let text = ChartText { year_labels: vec![], axis_name: dataset().map(|d| lang.get().pick(&d.unit).to_string()).unwrap_or_default(), covid_label: String::new(), covid: None, markers: vec![], animate: ctx.animate, dark: ctx.dark.get(), lang: ctx.lang.get(), decal: ctx.state.with(|s| s.decal) };
        Some(to_json(&ranked::grouped(&bars, &parts, &text)))
    });
    let table = Signal::derive(move || {
        let rows = rows.get()?;
        let (ya, yb) = year_names();
        let l = lang.get();
        let first = if l == Lang::Zh { "地区" } else { "Region" }.to_string();
        let ratio = fill(Msg::PercentOfYear.text(l), &[("b", &yb), ("a", &ya)]);
        Some(Table {
            first,
            columns: vec![ya, yb, ratio],
            rows: rows
                .iter()
                .map(|(e, x, y)| {
                    let cell = |v: Option<f64>, text: String| TableCell { value: v, text, erratum: false };
                    let r = match (x, y) {
                        (Some(x), Some(y)) if *x != 0.0 => Some((y / x * 1000.0).round() / 10.0),
                        _ => None,
                    };
                    TableRow {
                        key: e.clone(),
                        label: labels::name(e, None, l),
                        cells: vec![cell(*x, count(*x)), cell(*y, count(*y)), cell(r, r.map(|v| format!("{v:.1}%")).unwrap_or_else(|| "—".into()))],
                    }
                })
                .collect(),
        })
    });
    let tooltips = Memo::new(move |_| {
        let (ya, yb) = year_names();
        let mut out: Vec<String> = rows
            .get()
            .unwrap_or_default()
            .iter()
            .map(|(e, x, y)| format!("<b>{}</b><br>{}: {}<br>{}: {}<br>{}", escape_html(&labels::name(e, None, lang.get())), escape_html(&ya), count(*x), escape_html(&yb), count(*y), pct(*y, *x)))
            .collect();
        out.reverse();
        out
    });
    let status = status_of(data, |d: &Dataset| Provenance::from(d));
    let summary = Signal::derive(move || {
        rows.get()
            .unwrap_or_default()
            .iter()
            .map(|(e, x, y)| format!("{}: {} → {} ({})", labels::name(e, None, lang.get()), count(*x), count(*y), pct(*y, *x)))
            .collect::<Vec<_>>()
            .join("; ")
    });
    view! {
        <ChartCard
            resource=resource
            chart_id=id
            status=status
            retry=Callback::new(move |_| data.refetch())
            title=Signal::derive(move || lang.get().pick(&title).to_string())
            subtitle=Signal::derive(move || { let (ya, yb) = year_names(); format!("{ya} · {yb}") })
            option=option
            table=table
            summary=summary
            tooltips=tooltips
            dataset=Signal::derive(dataset)
        />
    }
}

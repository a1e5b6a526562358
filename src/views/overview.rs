//! Overview: the report's six core findings, each with its headline numbers read from the data and
//! a "show me" link to the chart that proves it; tables 2 and 3 as charts and tables, with the
//! recovery against 2019.

use crate::app::use_ctx;
use crate::charts::{palette, ranked, ChartText};
use crate::components::chart_card::{status_of, use_data, ChartCard, Resource};
use crate::components::sources_panel::Provenance;
use crate::data::{Dataset, Text};
use crate::findings::{body, count, findings, href, look_up, parse_cited, pct, Cited, CITED_ID, FINDING_DATA};
use crate::i18n::{fill, Lang, Msg};
use crate::labels;
use crate::transform::{escape_html, year_label, Table, TableCell, TableRow};
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    // The numbers as the build wrote them into the page; without them (a page served without the
    // build step), from the datasets themselves.
    let cited = StoredValue::new(cited_in_page());
    let sets: Vec<(&'static str, Resource<Dataset>)> = if cited.with_value(Option::is_some) { vec![] } else { FINDING_DATA.iter().map(|n| (*n, use_data::<Dataset>(n))).collect() };
    let sets = StoredValue::new(sets);
    let get = move |name: &str, e: &str, c: &str, y: i32| -> Option<f64> {
        if let Some(v) = cited.with_value(|x| x.as_ref().map(|x| look_up(x, name, e, c, y))) {
            return v;
        }
        sets.with_value(|s| s.iter().find(|(n, _)| *n == name).and_then(|(_, r)| r.get()).and_then(|r| r.ok()).and_then(|d| d.value(e, c, y)))
    };
    // The static first screen (src/prerender.rs) stays until these findings have their numbers
    // (or their errors), so the reader never sees them turn into dashes and back.
    Effect::new(move |_| {
        if sets.with_value(|s| s.iter().all(|(_, r)| r.get().is_some())) {
            crate::app::drop_prerender();
        }
    });
    let cards = findings()
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let href = href(&f, ctx.state.with_untracked(|x| x.lang), ctx.state.with_untracked(|x| x.theme));
            let title = f.title.clone();
            view! {
                <li class="finding" data-finding=i + 1>
                    <h2>{move || format!("{}. {}", i + 1, lang.get().pick(&title))}</h2>
                    <p>{move || body(i, &f, &get, lang.get())}</p>
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

/// The findings' numbers written into index.html by the build (`findings::CITED_ID`).
fn cited_in_page() -> Option<Vec<Cited>> {
    let text = web_sys::window()?.document()?.get_element_by_id(CITED_ID)?.text_content()?;
    parse_cited(&text)
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
        Some(ranked::grouped(&bars, &parts, &text))
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

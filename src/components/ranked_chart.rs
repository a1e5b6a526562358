//! Entities ranked for one year, as horizontal bars (figures 2, 3, 4, 6, 7, 39 and the Blue Cards).

use crate::app::use_ctx;
use crate::charts::{palette, ranked, ChartText};
use crate::components::chart_card::{note_in, status_of, use_data, ChartCard, Resource};
use crate::components::sources_panel::Provenance;
use crate::data::{Dataset, Text};
use crate::i18n::{fill, group_thousands, Msg};
use crate::labels;
use crate::transform::{self, decimals, escape_html, year_label};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct RankedSpec {
    pub id: String,
    pub resource: &'static str,
    pub title: Text,
    pub figures: Text,
    /// Categories drawn (stacked when several), e.g. male + female.
    pub parts: Vec<String>,
    /// The category that orders the bars.
    pub rank_by: String,
    pub year: i32,
    pub top: usize,
    pub exclude: Vec<String>,
    /// When not empty, only these entities (the report's "major countries").
    pub only: Vec<String>,
    pub note: Option<Text>,
}

impl RankedSpec {
    pub fn new(id: &str, resource: &'static str, title: Text, figures: Text, parts: &[&str], rank_by: &str, year: i32, top: usize) -> Self {
        RankedSpec {
            id: id.into(),
            resource,
            title,
            figures,
            parts: parts.iter().map(|p| p.to_string()).collect(),
            rank_by: rank_by.into(),
            year,
            top,
            exclude: vec![],
            only: vec![],
            note: None,
        }
    }
}

#[component]
pub fn RankedChart(spec: RankedSpec) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let data: Resource<Dataset> = use_data(spec.resource);
    let spec = StoredValue::new(spec);
    let dataset = move || data.get().and_then(|r| r.ok());
    let rows = Memo::new(move |_| {
        let ds = dataset()?;
        Some(spec.with_value(|s| {
            let parts: Vec<&str> = s.parts.iter().map(String::as_str).collect();
            let exclude: Vec<&str> = s.exclude.iter().map(String::as_str).collect();
            let mut rows = transform::ranking(&ds, &parts, &s.rank_by, s.year, usize::MAX, &exclude);
            if !s.only.is_empty() {
                rows.retain(|r| s.only.contains(&r.entity));
            }
            rows.truncate(s.top);
            rows
        }))
    });
    let names = Memo::new(move |_| {
        let ds = dataset();
        rows.get().unwrap_or_default().iter().map(|r| labels::name(&r.entity, ds.as_deref(), lang.get())).collect::<Vec<String>>()
    });
    let part_names = Memo::new(move |_| {
        let ds = dataset();
        spec.with_value(|s| s.parts.iter().map(|p| labels::name(p, ds.as_deref(), lang.get())).collect::<Vec<String>>())
    });
    let unit = Memo::new(move |_| dataset().map(|ds| spec.with_value(|s| lang.get().pick(ds.unit_of(&s.rank_by)).to_string())).unwrap_or_default());
    let option = Memo::new(move |_| {
        let rows = rows.get()?;
        let names = names.get();
        let bars: Vec<ranked::Bar2> = rows.iter().zip(&names).map(|(r, n)| ranked::Bar2 { label: n.clone(), values: r.values.clone() }).collect();
        let parts: Vec<ranked::Part> = spec.with_value(|s| {
            s.parts.iter().zip(part_names.get()).map(|(p, n)| ranked::Part { code: p.clone(), name: n, colour: palette::category(p) }).collect()
        });
        let text = ChartText {
            year_labels: vec![],
            axis_name: unit.get(),
            covid_label: String::new(),
            covid: None,
            markers: vec![],
            animate: ctx.animate,
            dark: ctx.dark.get(),
            lang: ctx.lang.get(),
            decal: ctx.state.with(|s| s.decal),
        };
        Some(ranked::build(&bars, &parts, &text))
    });
    // Tooltips by bar, top to bottom as drawn (ECharts counts categories from the bottom).
    let tooltips = Memo::new(move |_| {
        let rows = rows.get().unwrap_or_default();
        let names = names.get();
        let parts = part_names.get();
        let u = escape_html(&unit.get());
        let mut out: Vec<String> = rows
            .iter()
            .zip(&names)
            .enumerate()
            .map(|(rank, (r, n))| {
                let mut html = format!("<b>{}. {}</b>", rank + 1, escape_html(n));
                for (p, v) in parts.iter().zip(&r.values) {
                    let v = v.map(|x| group_thousands(x, decimals(x))).unwrap_or_else(|| Msg::Gap.text(lang.get()).into());
                    html.push_str(&format!("<br>{}: <b>{}</b> {u}", escape_html(p), escape_html(&v)));
                }
                html
            })
            .collect();
        out.reverse();
        out
    });
    let table = Signal::derive(move || {
        let rows = rows.get()?;
        let first = lang.get().pick(&Text::new("国家/地区", "Country or area")).to_string();
        Some(transform::ranking_table(&rows, &names.get(), &part_names.get(), first, lang.get()))
    });
    let summary = Signal::derive(move || {
        let names = names.get();
        let rows = rows.get().unwrap_or_default();
        let top: Vec<String> = rows.iter().zip(&names).take(5).map(|(r, n)| format!("{n} {}", group_thousands(r.total, decimals(r.total)))).collect();
        top.join(if lang.get() == crate::i18n::Lang::Zh { "；" } else { "; " })
    });
    let status = status_of(data, |d: &Dataset| Provenance::from(d));
    let title = Signal::derive(move || spec.with_value(|s| lang.get().pick(&s.title).to_string()));
    let subtitle = Signal::derive(move || {
        let l = lang.get();
        let period = dataset().map(|d| d.period).unwrap_or(crate::data::Period::CalendarYear);
        spec.with_value(|s| {
            let figs = fill(Msg::FigureRef.text(l), &[("figs", l.pick(&s.figures))]);
            format!("{} · {} · {}", unit.get(), year_label(s.year, period, l), figs)
        })
    });
    let note = note_in(spec.with_value(|s| s.note.clone()), lang);
    let id = spec.with_value(|s| s.id.clone());
    let resource = spec.with_value(|s| s.resource);
    let year = spec.with_value(|s| s.year);
    view! {
        <ChartCard
            resource=resource
            chart_id=id
            status=status
            retry=Callback::new(move |_| data.refetch())
            title=title
            subtitle=subtitle
            option=option
            table=table
            summary=summary
            tooltips=tooltips
            note=note
            dataset=Signal::derive(dataset)
            year=year
        />
    }
}

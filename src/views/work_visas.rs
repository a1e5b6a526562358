//! Work visas: figure 37 (China, Europe and India, totals) and, per region, the classes stacked
//! (figures 10, 19, 28). Source: State Department NIV Detail Table, the report's definition.

use crate::app::use_ctx;
use crate::charts::{line, palette, stacked, to_json, ChartText};
use crate::components::chart_card::{use_dataset, ChartCard, DataResource};
use crate::components::controls::{ModeSwitch, RegionPicker, YearRange};
use crate::data::Dataset;
use crate::i18n::{fill, Lang, Msg};
use crate::state::{Mode, Region};
use crate::transform::{self, year_label, Model, Pick};
use leptos::prelude::*;

const RESOURCE: &str = "work_visas";

/// Class labels as the report explains them (section 2.1.1).
pub fn class_label(class: &str, lang: Lang) -> String {
    let (zh, en) = match class {
        "H" => ("H 类（雇主担保工签）", "H (employer-sponsored)"),
        "L" => ("L 类（跨国公司内部调派）", "L (intracompany transferee)"),
        "O" => ("O 类（杰出人才）", "O (extraordinary ability)"),
        "J" => ("J 类（交流访问学者）", "J (exchange visitor)"),
        "E" => ("E 类（条约贸易/投资）", "E (treaty trader / investor)"),
        other => (other, other),
    };
    if lang == Lang::Zh { zh } else { en }.to_string()
}

/// The classes the report counts for a region: H, L, O, J, and E for Europe only.
fn classes(r: Region) -> &'static [&'static str] {
    match r {
        Region::EU => &["H", "L", "O", "J", "E"],
        _ => &["H", "L", "O", "J"],
    }
}

fn chart_text(m: &Model, unit: String, lang: Lang, animate: bool) -> ChartText {
    ChartText {
        year_labels: m.years.iter().map(|&y| year_label(y, lang)).collect(),
        axis_name: unit,
        covid_label: Msg::CovidYears.text(lang).to_string(),
        animate,
    }
}

fn unit(ds: &Dataset, mode: Mode, base: i32, lang: Lang) -> String {
    match mode {
        Mode::Abs => lang.pick(&ds.unit).to_string(),
        Mode::Index => fill(Msg::IndexUnit.text(lang), &[("base", &base.to_string())]),
    }
}

#[component]
pub fn WorkVisas() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let data: DataResource = use_dataset(RESOURCE);
    let regions = Memo::new(move |_| ctx.state.with(|s| s.regions.clone()));
    let range = Memo::new(move |_| ctx.state.with(|s| (s.from, s.to)));
    let mode = Memo::new(move |_| ctx.state.with(|s| (s.mode, s.base)));
    let dataset = move || data.get().and_then(|r| r.ok());

    let totals = Memo::new(move |_| {
        let ds = dataset()?;
        let l = lang.get();
        let picks: Vec<Pick> = regions
            .get()
            .iter()
            .map(|r| Pick { entity: r.code(), category: "total", name: r.label(l).to_string() })
            .collect();
        let (from, to) = range.get();
        let (m, base) = mode.get();
        Some(transform::model(&ds, &picks, from, to, m, base))
    });
    let totals_option = Memo::new(move |_| {
        let m = totals.get()?;
        let ds = dataset()?;
        let (md, base) = mode.get();
        let text = chart_text(&m, unit(&ds, md, base, lang.get()), lang.get(), ctx.animate);
        Some(to_json(&line::build(&m, &text, palette::region)))
    });

    let t = move |m: Msg| m.text(lang.get()).to_string();
    let subtitle = move || {
        let (from, to) = range.get();
        let u = dataset().map(|ds| unit(&ds, mode.get().0, mode.get().1, lang.get())).unwrap_or_default();
        format!("{} · {}–{} · {}", u, year_label(from, lang.get()), year_label(to, lang.get()), t(Msg::WorkVisasFigure))
    };

    view! {
        <div class="view" data-view="work-visas">
            <div class="controls" role="group" aria-label=move || t(Msg::ViewAs)>
                <RegionPicker />
                <YearRange />
                <ModeSwitch />
            </div>
            <ChartCard
                resource=RESOURCE
                chart_id="work-visas-totals"
                data=data
                title=Signal::derive(move || t(Msg::WorkVisasTitle))
                subtitle=Signal::derive(subtitle)
                option=totals_option
                table=Signal::derive(move || totals.get().map(|m| transform::table(&m, lang.get())))
                summary=Signal::derive(move || totals.get().map(|m| transform::summary(&m, lang.get())).unwrap_or_default())
            />
            <For each=move || regions.get() key=|r| *r let:region>
                <ByClass region=region data=data />
            </For>
        </div>
    }
}

/// One region's classes, stacked, in absolute numbers (shares of a total make no sense indexed).
#[component]
fn ByClass(region: Region, data: DataResource) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let range = Memo::new(move |_| ctx.state.with(|s| (s.from, s.to)));
    let dataset = move || data.get().and_then(|r| r.ok());
    let model = Memo::new(move |_| {
        let ds = dataset()?;
        let l = lang.get();
        let picks: Vec<Pick> =
            classes(region).iter().map(|c| Pick { entity: region.code(), category: c, name: class_label(c, l) }).collect();
        let (from, to) = range.get();
        Some(transform::model(&ds, &picks, from, to, Mode::Abs, 0))
    });
    let option = Memo::new(move |_| {
        let m = model.get()?;
        let ds = dataset()?;
        let text = chart_text(&m, unit(&ds, Mode::Abs, 0, lang.get()), lang.get(), ctx.animate);
        Some(to_json(&stacked::build(&m, &text, palette::class)))
    });
    let title = move || fill(Msg::ByClassTitle.text(lang.get()), &[("region", region.label(lang.get()))]);
    let subtitle = move || {
        let (from, to) = range.get();
        format!("{}–{} · {}", year_label(from, lang.get()), year_label(to, lang.get()), Msg::ByClassFigure.text(lang.get()))
    };
    view! {
        <ChartCard
            resource=RESOURCE
            chart_id=format!("work-visas-by-class-{}", region.code())
            data=data
            title=Signal::derive(title)
            subtitle=Signal::derive(subtitle)
            option=option
            table=Signal::derive(move || model.get().map(|m| transform::table(&m, lang.get())))
            summary=Signal::derive(move || model.get().map(|m| transform::summary(&m, lang.get())).unwrap_or_default())
        />
    }
}

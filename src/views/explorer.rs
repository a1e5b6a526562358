//! Visa explorer (beyond the report): any nationalities × any visa classes, FY1997–2024, from the
//! whole NIV Detail Table. Its data (the largest file) is fetched only when this view opens.

use crate::app::use_ctx;
use crate::charts::{covid_span, palette, series, ChartText, Draw};
use crate::components::chart_card::{status_of, use_data, ChartCard, Resource};
use crate::components::controls::{ModeSwitch, ScaleSwitch, TypeSwitch, YearRange};
use crate::components::series_chart::{summary_of, table_of};
use crate::components::sources_panel::Provenance;
use crate::data::explorer::Explorer as Niv;
use crate::data::{Dataset, Kind, Label, Period, Series, Text};
use crate::i18n::{fill, Msg};
use crate::state::{ChartType, Mode, Scale};
use crate::transform::{self, year_label, Pick};
use leptos::prelude::*;

/// The chosen nationalities' totals over the chosen classes, as an ordinary dataset, so the
/// explorer reuses the transforms, chart builders and table of every other view.
pub fn as_dataset(e: &Niv, nationalities: &[String], classes: &[String]) -> Dataset {
    let class_idx: Vec<usize> = classes.iter().filter_map(|c| e.class(c)).collect();
    let mut series = Vec::new();
    let mut labels = Vec::new();
    for code in nationalities {
        let Some(n) = e.nationality(code) else { continue };
        series.push(Series { entity: code.clone(), category: "total".into(), kind: Kind::Primary, source: 0, values: e.total(n, &class_idx), points: vec![] });
        let name = e.nationalities[n].name.clone();
        labels.push(Label { code: code.clone(), name: Text::new(name.clone(), name) });
    }
    Dataset {
        name: e.name.clone(),
        title: e.title.clone(),
        unit: e.unit.clone(),
        category_units: vec![],
        period: Period::FiscalYear,
        figures: vec![],
        tables: vec![],
        years: e.years.clone(),
        sources: e.sources.clone(),
        notes: e.notes.clone(),
        errata: vec![],
        labels,
        series,
    }
}

#[component]
pub fn Explorer() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let data: Resource<Niv> = use_data("niv_explorer");
    let niv = move || data.get().and_then(|r| r.ok());
    let picked = Memo::new(move |_| ctx.state.with(|s| s.regions.clone()));
    let classes = Memo::new(move |_| ctx.state.with(|s| s.categories.clone()));
    let range = Memo::new(move |_| ctx.state.with(|s| (s.from, s.to)));
    let mode = Memo::new(move |_| ctx.state.with(|s| (s.mode, s.base, s.scale, s.chart_type)));

    // Codes from the URL that the data do not know: dropped, and said so.
    let unknown = Memo::new(move |_| {
        let Some(e) = niv() else { return vec![] };
        let mut bad: Vec<String> = picked.get().into_iter().filter(|c| e.nationality(c).is_none()).collect();
        bad.extend(classes.get().into_iter().filter(|c| e.class(c).is_none()));
        bad
    });
    let ds = Memo::new(move |_| Some(as_dataset(&*niv()?, &picked.get(), &classes.get())));
    let model = Memo::new(move |_| {
        let d = ds.get()?;
        let picks: Vec<Pick> = d.series.iter().map(|s| Pick::one(&s.entity, "total", d.label(&s.entity).map(|t| t.en.clone()).unwrap_or_default())).collect();
        let (from, to) = range.get();
        let (m, base, _, _) = mode.get();
        Some(transform::model(&d, &picks, from, to, m, base))
    });
    let unit = Memo::new(move |_| {
        let d = ds.get()?;
        let (m, base, _, _) = mode.get();
        Some(crate::components::series_chart::unit(&d, None, m, base, lang.get()))
    });
    let option = Memo::new(move |_| {
        let m = model.get()?;
        let l = lang.get();
        let (md, _, scale, ty) = mode.get();
        let draw = match ty {
            ChartType::Bar => Draw::Bar,
            ChartType::Stacked => Draw::Stacked,
            _ => Draw::Line,
        };
        let scale = if matches!(md, Mode::Abs | Mode::Index) { scale } else { Scale::Lin };
        let text = ChartText {
            year_labels: m.years.iter().map(|&y| year_label(y, m.period, l)).collect(),
            axis_name: unit.get().unwrap_or_default(),
            covid_label: Msg::CovidYears.text(l).to_string(),
            covid: covid_span(&m.years),
            markers: vec![],
            animate: ctx.animate,
            dark: ctx.dark.get(),
            lang: ctx.lang.get(),
            decal: ctx.state.with(|s| s.decal),
        };
        Some(series::build(&m, &text, draw, scale, &|line| palette::region(&line.entity)))
    });
    let tooltips = Memo::new(move |_| {
        let Some(m) = model.get() else { return vec![] };
        let colours: Vec<&str> = m.lines.iter().map(|l| palette::region(&l.entity)).collect();
        transform::tooltips(&m, &unit.get().unwrap_or_default(), &colours, lang.get())
    });
    let status = status_of(data, |e: &Niv| Provenance { name: e.name.clone(), sources: e.sources.clone(), notes: e.notes.clone(), errata: vec![], period: Period::FiscalYear });
    let title = Signal::derive(move || {
        let l = lang.get();
        let cls = classes.get();
        let what = if cls.is_empty() { Msg::AllClasses.text(l).to_string() } else { cls.join(", ") };
        fill(Msg::ExplorerTitle.text(l), &[("classes", &what)])
    });
    let subtitle = Signal::derive(move || {
        let l = lang.get();
        let (from, to) = range.get();
        format!("{} · {}–{}", unit.get().unwrap_or_default(), year_label(from, Period::FiscalYear, l), year_label(to, Period::FiscalYear, l))
    });

    view! {
        <div class="view" data-view="explorer">
            <p class="lede">{move || Msg::ExplorerLede.text(lang.get())}</p>
            <div class="controls" role="group" aria-label=move || Msg::ViewAs.text(lang.get())>
                <Picker
                    key="regions"
                    label=Msg::Nationalities
                    options=Signal::derive(move || niv().map(|e| e.nationalities.iter().map(|n| (n.code.clone(), n.name.clone())).collect()).unwrap_or_default())
                    selected=picked
                    keep_one=true
                />
                <Picker
                    key="classes"
                    label=Msg::Classes
                    options=Signal::derive(move || niv().map(|e| e.classes.iter().map(|c| (c.clone(), c.clone())).collect()).unwrap_or_default())
                    selected=classes
                    keep_one=false
                />
                <YearRange />
                <ModeSwitch />
                <ScaleSwitch />
                <TypeSwitch />
            </div>
            <Show when=move || !unknown.get().is_empty()>
                <p class="notice" role="status" data-notice="explorer">
                    {move || Msg::ExplorerUnknown.text(lang.get())} " " <code>{move || unknown.get().join(", ")}</code>
                </p>
            </Show>
            <ChartCard
                resource="niv_explorer"
                chart_id="explorer-totals"
                status=status
                retry=Callback::new(move |_| data.refetch())
                title=title
                subtitle=subtitle
                option=option
                table=table_of(model, lang)
                summary=summary_of(model, lang)
                tooltips=tooltips
                dataset=Signal::derive(move || ds.get().map(std::sync::Arc::new))
            />
        </div>
    }
}

/// A type-ahead picker: a text box with the browser's own suggestion list (keyboard- and
/// screen-reader-friendly), and the picks as removable chips.
#[component]
fn Picker(
    key: &'static str,
    label: Msg,
    /// (code, name) pairs to choose from.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    selected: Memo<Vec<String>>,
    keep_one: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let list_id = format!("{key}-options");
    let write = move |codes: Vec<String>| {
        ctx.update(false, |s| match key {
            "regions" => s.regions = codes,
            _ => s.categories = codes,
        })
    };
    let add = move |text: String| {
        let t = text.trim().to_lowercase();
        if t.is_empty() {
            return false;
        }
        let found = options.with(|o| o.iter().find(|(c, n)| n.to_lowercase() == t || c.to_lowercase() == t).map(|(c, _)| c.clone()));
        match found {
            Some(code) if !selected.with(|s| s.contains(&code)) => {
                let mut v = selected.get_untracked();
                v.push(code);
                write(v);
                true
            }
            _ => false,
        }
    };
    let name_of = move |code: &str| options.with(|o| o.iter().find(|(c, _)| c == code).map(|(_, n)| n.clone())).unwrap_or_else(|| code.to_string());
    let input_id = format!("{key}-input");
    view! {
        <fieldset class="control picker" data-control=key>
            <legend>{move || label.text(lang.get())}</legend>
            <ul class="chips">
                <For each=move || selected.get() key=|c| c.clone() let:code>
                    {
                        let c2 = code.clone();
                        let name = move || name_of(&c2);
                        let c3 = code.clone();
                        view! {
                            <li class="chip" data-code=code.clone()>
                                <span class="swatch" style=format!("background:{}", palette::region(&code))></span>
                                {name.clone()}
                                <button
                                    type="button"
                                    class="chip-remove"
                                    aria-label=move || format!("{} {}", Msg::Remove.text(lang.get()), name())
                                    disabled=move || keep_one && selected.with(|s| s.len() <= 1)
                                    on:click=move |_| {
                                        let v: Vec<String> = selected.get_untracked().into_iter().filter(|x| *x != c3).collect();
                                        write(v);
                                    }
                                >
                                    "×"
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <label for=input_id.clone() class="picker-label">{move || Msg::AddByName.text(lang.get())}</label>
            <input
                id=input_id
                type="text"
                list=list_id.clone()
                autocomplete="off"
                on:change=move |ev| {
                    let el = event_target::<web_sys::HtmlInputElement>(&ev);
                    if add(el.value()) {
                        el.set_value("");
                    }
                }
            />
            <datalist id=list_id>
                {move || options.get().into_iter().map(|(_, n)| view! { <option value=n></option> }).collect_view()}
            </datalist>
        </fieldset>
    }
}

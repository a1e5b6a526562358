//! Filters: regions, categories, years, mode, scale, chart type. Each writes the URL through
//! `Ctx::update`; none holds state of its own, so reload, back/forward and shared links all
//! restore them.

use crate::catalog::Family;
use crate::charts::palette;
use crate::data::explorer::Explorer;
use crate::data::Dataset;
use crate::i18n::{fill, Msg};
use crate::labels;
use crate::state::{ChartType, Filter, Mode, Scale};
use crate::transform::filters_summary;
use crate::web::ctx::use_ctx;
use crate::web::loader::{use_data, Resource};
use leptos::prelude::*;

/// Checkboxes for a fixed list of codes; the last ticked one cannot be unticked.
fn checklist(
    legend: Msg,
    control: &'static str,
    choices: Vec<&'static str>,
    selected: Memo<Vec<String>>,
    colour: fn(&str) -> &'static str,
    toggle: fn(&mut crate::state::ViewState, &str),
) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <fieldset class="control checklist" data-control=control>
            <legend>{move || legend.text(ctx.lang.get())}</legend>
            {choices
                .into_iter()
                .map(|code| {
                    let checked = move || selected.with(|rs| rs.iter().any(|r| r == code));
                    let only = move || selected.with(|rs| rs.len() == 1 && rs.iter().any(|r| r == code));
                    view! {
                        <label class="check">
                            <input
                                type="checkbox"
                                value=code
                                prop:checked=checked
                                disabled=only
                                on:change=move |_| ctx.update(false, |s| toggle(s, code))
                            />
                            <span class="swatch" style=format!("background:{}", colour(code))></span>
                            {move || labels::name(code, None, ctx.lang.get())}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// Any non-empty subset of the view's regions; for one chart shown alone (`of`), those its data
/// have (the F-1 chart has China and India only).
#[component]
pub fn RegionPicker(#[prop(optional_no_strip)] of: Option<&'static str>) -> impl IntoView {
    let ctx = use_ctx();
    let selected = Memo::new(move |_| ctx.state.with(|s| s.regions.clone()));
    let all = ctx.state.with_untracked(|s| s.view.spec().regions.to_vec());
    let data: Option<Resource<Dataset>> = of.map(use_data);
    move || {
        let choices: Vec<&'static str> = match data.map(|d| d.get()) {
            Some(Some(Ok(ds))) => all.iter().copied().filter(|r| ds.series.iter().any(|x| x.entity == *r)).collect(),
            _ => all.clone(),
        };
        checklist(Msg::Regions, "regions", choices, selected, palette::region, |s, c| s.toggle_region(c))
    }
}

/// Any non-empty subset of the view's classes or levels.
#[component]
pub fn CategoryPicker() -> impl IntoView {
    let ctx = use_ctx();
    let selected = Memo::new(move |_| ctx.state.with(|s| s.categories.clone()));
    let (choices, key) = ctx.state.with_untracked(|s| (s.view.spec().categories.to_vec(), s.view.spec().category_key));
    let legend = if key == "levels" { Msg::Levels } else { Msg::Classes };
    checklist(legend, "categories", choices, selected, palette::category, |s, c| s.toggle_category(c))
}

pub(super) fn year_options(lo: i32, hi: i32, selected: i32) -> impl IntoView {
    (lo..=hi).map(|y| view! { <option value=y.to_string() selected=y == selected>{y.to_string()}</option> }).collect_view()
}

/// The years the view's data have (the first and last with a value), once its files are loaded:
/// the year pickers offer exactly these, so a new year in the data is offered without a change here.
pub fn use_data_years() -> Memo<Option<(i32, i32)>> {
    let ctx = use_ctx();
    let (spec, chart) = ctx.state.with_untracked(|s| (s.view.spec(), s.chart));
    let mut names: Vec<&'static str> = Vec::new();
    let mut explorer = None;
    for f in spec.shown(chart) {
        match f.family {
            Family::Explorer | Family::ExplorerRank => explorer = Some(f.resource),
            Family::Policy { .. } => {}
            _ if !names.contains(&f.resource) => names.push(f.resource),
            _ => {}
        }
    }
    let sets: Vec<Resource<Dataset>> = names.into_iter().map(use_data).collect();
    let explorer: Option<Resource<Explorer>> = explorer.map(use_data);
    Memo::new(move |_| {
        let mut ends: Vec<(i32, i32)> = sets.iter().filter_map(|r| r.get().and_then(|d| d.ok()).and_then(|d| d.coverage())).map(|[a, b]| (a, b)).collect();
        ends.extend(explorer.and_then(|r| r.get()).and_then(|e| e.ok()).and_then(|e| Some((*e.years.first()?, *e.years.last()?))));
        Some((ends.iter().map(|e| e.0).min()?, ends.iter().map(|e| e.1).max()?))
    })
}

/// From/to years as two selects (keyboard- and screen-reader-friendly on every device), over the
/// years the data have; where the view shows the report's range, a button offers the years after it.
#[component]
pub fn YearRange() -> impl IntoView {
    let ctx = use_ctx();
    let data = use_data_years();
    let range = Memo::new(move |_| {
        let d = data.get()?;
        let (from, to) = ctx.state.with(|s| s.years_within(d));
        Some((d, from, to))
    });
    // Years of the link that the data do not have: left out, and said so.
    Effect::new(move |_| {
        if let Some(d) = data.get() {
            ctx.fit(|s| s.drop_years_outside(d));
        }
    });
    // The data's last year, where it is after the report's and the reader has not chosen an end.
    let later = Memo::new(move |_| {
        let (lo, hi) = data.get()?;
        let report_end = ctx.state.with(|s| s.to.is_none().then(|| s.view.spec().report_years).flatten())?.1;
        (hi > report_end && report_end >= lo).then_some(hi)
    });
    let parse = |ev: leptos::ev::Event| event_target_value(&ev).parse::<i32>().ok();
    let select = move |name: &'static str, label: Msg, pick: fn((i32, i32), i32, i32) -> i32, set: fn(&mut crate::state::ViewState, i32, (i32, i32))| {
        view! {
            <label>
                {move || label.text(ctx.lang.get())}
                " "
                <select
                    name=name
                    disabled=move || range.get().is_none()
                    prop:value=move || range.get().map(|(d, f, t)| pick(d, f, t).to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        if let (Some(y), Some((d, _, _))) = (parse(ev), range.get_untracked()) {
                            ctx.update(false, |s| set(s, y, d));
                        }
                    }
                >
                    {move || range.get().map(|((lo, hi), f, t)| year_options(lo, hi, pick((lo, hi), f, t)))}
                </select>
            </label>
        }
    };
    view! {
        <fieldset class="control year-range" data-control="years">
            <legend>{move || Msg::Years.text(ctx.lang.get())}</legend>
            {select("from", Msg::From, |_, f, _| f, |s, y, d| s.set_from(y, d))}
            {select("to", Msg::To, |_, _, t| t, |s, y, d| s.set_to(y, d))}
            <Show when=move || later.get().is_some()>
                <button
                    type="button"
                    class="link-button later-years"
                    data-action="later-years"
                    on:click=move |_| {
                        if let (Some(hi), Some(d)) = (later.get_untracked(), data.get_untracked()) {
                            ctx.update(false, |s| s.set_to(hi, d));
                        }
                    }
                >
                    {move || fill(Msg::ShowLaterYears.text(ctx.lang.get()), &[("year", &later.get().unwrap_or_default().to_string())])}
                </button>
            </Show>
        </fieldset>
    }
}

pub(super) fn radios<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    legend: Msg,
    options: Vec<(T, &'static str, Msg)>,
    current: Memo<T>,
    set: fn(&mut crate::state::ViewState, T),
) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <fieldset class="control radios" data-control=name>
            <legend>{move || legend.text(ctx.lang.get())}</legend>
            {options
                .into_iter()
                .map(|(value, code, label)| {
                    view! {
                        <label class="radio">
                            <input
                                type="radio"
                                name=name
                                value=code
                                prop:checked=move || current.get() == value
                                on:change=move |_| ctx.update(false, |s| set(s, value))
                            />
                            {move || label.text(ctx.lang.get())}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// Absolute, share, index (with its base year) or year-on-year change.
#[component]
pub fn ModeSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let spec = ctx.state.with_untracked(|s| s.view.spec());
    let mode = Memo::new(move |_| ctx.state.with(|s| s.mode));
    let data = use_data_years();
    let base = Memo::new(move |_| Some((ctx.state.with(|s| s.base), data.get()?)));
    let label = |m: Mode| match m {
        Mode::Abs => Msg::ModeAbs,
        Mode::Share => Msg::ModeShare,
        Mode::Index => Msg::ModeIndex,
        Mode::Yoy => Msg::ModeYoy,
    };
    let options = spec.modes.iter().map(|&m| (m, m.code(), label(m))).collect();
    view! {
        {radios("mode", Msg::Mode, options, mode, |s, m| s.mode = m)}
        // Always present (disabled outside index mode) so switching modes does not shift the layout.
        <label class="control base-year" class:inactive=move || mode.get() != Mode::Index>
            {move || Msg::BaseYear.text(ctx.lang.get())}
            " "
            <select
                name="base"
                disabled=move || mode.get() != Mode::Index
                prop:value=move || base.get().map(|b| b.0.to_string()).unwrap_or_default()
                on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                        ctx.update(false, |s| s.base = y);
                    }
                }
            >
                {move || base.get().map(|(b, (lo, hi))| year_options(lo.min(b), hi.max(b), b))}
            </select>
        </label>
    }
}

/// Linear or log. A log scale draws counts and indexes only (`series::Plan::of`): in another mode,
/// or stacked, the choice is off and says why, rather than checked and doing nothing.
#[component]
pub fn ScaleSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let scale = Memo::new(move |_| ctx.state.with(|s| s.scale));
    let off = Memo::new(move |_| ctx.state.with(|s| !matches!(s.mode, Mode::Abs | Mode::Index) || s.chart_type == ChartType::Stacked));
    view! {
        <div class="scale-switch" class:off=move || off.get()>
            <fieldset class="bare" disabled=move || off.get()>
                {radios("scale", Msg::Scale, vec![(Scale::Lin, "lin", Msg::ScaleLin), (Scale::Log, "log", Msg::ScaleLog)], scale, |s, v| s.scale = v)}
            </fieldset>
            <p class="control-hint" hidden=move || !off.get()>{move || Msg::LogOnlyCounts.text(ctx.lang.get())}</p>
        </div>
    }
}

#[component]
pub fn TypeSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let ty = Memo::new(move |_| ctx.state.with(|s| s.chart_type));
    radios(
        "type",
        Msg::ChartTypeLabel,
        vec![
            (ChartType::Auto, "auto", Msg::TypeAuto),
            (ChartType::Line, "line", Msg::TypeLine),
            (ChartType::Bar, "bar", Msg::TypeBar),
            (ChartType::Stacked, "stacked", Msg::TypeStacked),
        ],
        ty,
        |s, v| s.chart_type = v,
    )
}

/// The controls a view declares, in a fixed order, in the filter drawer; for one chart shown
/// alone (`chart=`: focused or embedded) only those that change it.
#[component]
pub fn Controls() -> impl IntoView {
    let ctx = use_ctx();
    let spec = ctx.state.with_untracked(|s| s.view.spec());
    let chart = Memo::new(move |_| ctx.state.with(|s| s.chart));
    move || {
        let alone = chart.get().and_then(|id| spec.figure(id));
        let filters = alone.map(|f| spec.filters_of(f)).unwrap_or_else(|| spec.filters.to_vec());
        let shown = filters.clone();
        let has = move |f: Filter| shown.contains(&f);
        (!spec.data_entities && Filter::ALL.iter().any(|f| has(*f))).then(|| {
            view! {
                <FilterDrawer filters=filters>
                    {has(Filter::Regions).then(|| view! { <RegionPicker of=alone.map(|f| f.resource) /> })}
                    {has(Filter::Categories).then(|| view! { <CategoryPicker /> })}
                    {has(Filter::Years).then(|| view! { <YearRange /> })}
                    {has(Filter::Mode).then(|| view! { <ModeSwitch /> })}
                    {has(Filter::Scale).then(|| view! { <ScaleSwitch /> })}
                    {has(Filter::Type).then(|| view! { <TypeSwitch /> })}
                </FilterDrawer>
            }
        })
    }
}

/// The width (CSS px) from which the filters are open when a view opens, in a column beside the
/// charts (style/main.css); narrower, they fold into one line above them that says what is
/// chosen, so the first chart is on the first screen.
const FILTERS_OPEN_FROM: f64 = crate::page::WIDE as f64;

/// The filters, folded into one line on phones, tablets and in embeds ("Filters · 3 regions · 5
/// classes · 2014–2023") and open beside the charts on wide screens; the reader opens or closes them at will. An embed shows
/// its chart first, whatever the width of the article it sits in (and so matches its static first
/// screen, `prerender::charts`).
#[component]
pub fn FilterDrawer(
    /// The filters shown, which the folded line counts.
    filters: Vec<Filter>,
    children: Children,
) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let embed = ctx.state.with_untracked(|s| s.embed);
    let data = use_data_years();
    let open = !embed && web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w >= FILTERS_OPEN_FROM);
    let summary = Memo::new(move |_| ctx.state.with(|s| filters_summary(s, &filters, data.get(), lang.get())));
    // A change of filters is said to a screen reader (the charts redraw without a word): the new
    // summary, in a live region outside the drawer (a closed one is not read). Said when the
    // reader changes the state, not when the data's years arrive.
    let said = RwSignal::new(String::new());
    Effect::new(move |before: Option<crate::state::ViewState>| {
        let now = ctx.state.get();
        if before.is_some_and(|b| b != now) {
            said.set(summary.get_untracked());
        }
        now
    });
    view! {
        <p class="visually-hidden" role="status" data-status="filters">{move || said.get()}</p>
        <details class="filters" open=open data-control="drawer">
            <summary>{move || summary.get()}</summary>
            <div class="controls" role="group" aria-label=move || Msg::ViewAs.text(lang.get())>
                {children()}
            </div>
        </details>
    }
}

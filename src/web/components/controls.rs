//! Filters: regions, categories, years, mode, scale, chart type. Each writes the URL through
//! `Ctx::update`; none holds state of its own, so reload, back/forward and shared links all
//! restore them.

use crate::charts::palette;
use crate::i18n::Msg;
use crate::labels;
use crate::state::{ChartType, Filter, Mode, Scale};
use crate::web::ctx::use_ctx;
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

/// Any non-empty subset of the view's regions.
#[component]
pub fn RegionPicker() -> impl IntoView {
    let ctx = use_ctx();
    let selected = Memo::new(move |_| ctx.state.with(|s| s.regions.clone()));
    let choices = ctx.state.with_untracked(|s| s.view.spec().regions.to_vec());
    checklist(Msg::Regions, "regions", choices, selected, palette::region, |s, c| s.toggle_region(c))
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

fn year_options(lo: i32, hi: i32, selected: i32) -> impl IntoView {
    (lo..=hi).map(|y| view! { <option value=y.to_string() selected=y == selected>{y.to_string()}</option> }).collect_view()
}

/// From/to years as two selects (keyboard- and screen-reader-friendly on every device).
#[component]
pub fn YearRange() -> impl IntoView {
    let ctx = use_ctx();
    let range = Memo::new(move |_| ctx.state.with(|s| (s.view.spec().years, s.from, s.to)));
    let parse = |ev: leptos::ev::Event| event_target_value(&ev).parse::<i32>().ok();
    view! {
        <fieldset class="control year-range" data-control="years">
            <legend>{move || Msg::Years.text(ctx.lang.get())}</legend>
            <label>
                {move || Msg::From.text(ctx.lang.get())}
                " "
                <select
                    name="from"
                    prop:value=move || range.get().1.to_string()
                    on:change=move |ev| {
                        if let Some(y) = parse(ev) {
                            ctx.update(false, |s| s.set_from(y));
                        }
                    }
                >
                    {move || {
                        let ((lo, hi), from, _) = range.get();
                        year_options(lo, hi, from)
                    }}
                </select>
            </label>
            <label>
                {move || Msg::To.text(ctx.lang.get())}
                " "
                <select
                    name="to"
                    prop:value=move || range.get().2.to_string()
                    on:change=move |ev| {
                        if let Some(y) = parse(ev) {
                            ctx.update(false, |s| s.set_to(y));
                        }
                    }
                >
                    {move || {
                        let ((lo, hi), _, to) = range.get();
                        year_options(lo, hi, to)
                    }}
                </select>
            </label>
        </fieldset>
    }
}

fn radios<T: Copy + PartialEq + Send + Sync + 'static>(
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
    let base = Memo::new(move |_| ctx.state.with(|s| (s.base, s.view.spec().years)));
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
                prop:value=move || base.get().0.to_string()
                on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                        ctx.update(false, |s| s.base = y);
                    }
                }
            >
                {move || {
                    let (b, (lo, hi)) = base.get();
                    year_options(lo, hi, b)
                }}
            </select>
        </label>
    }
}

#[component]
pub fn ScaleSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let scale = Memo::new(move |_| ctx.state.with(|s| s.scale));
    radios("scale", Msg::Scale, vec![(Scale::Lin, "lin", Msg::ScaleLin), (Scale::Log, "log", Msg::ScaleLog)], scale, |s, v| s.scale = v)
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

/// The controls a view declares, in a fixed order.
#[component]
pub fn Controls() -> impl IntoView {
    let ctx = use_ctx();
    let view = ctx.state.with_untracked(|s| s.view);
    let lang = ctx.lang;
    let has = move |f: Filter| view.has(f);
    (!view.spec().filters.is_empty() && !view.spec().data_entities).then(|| {
        view! {
            <div class="controls" role="group" aria-label=move || Msg::ViewAs.text(lang.get())>
                {has(Filter::Regions).then(|| view! { <RegionPicker /> })}
                {has(Filter::Categories).then(|| view! { <CategoryPicker /> })}
                {has(Filter::Years).then(|| view! { <YearRange /> })}
                {has(Filter::Mode).then(|| view! { <ModeSwitch /> })}
                {has(Filter::Scale).then(|| view! { <ScaleSwitch /> })}
                {has(Filter::Type).then(|| view! { <TypeSwitch /> })}
            </div>
        }
    })
}

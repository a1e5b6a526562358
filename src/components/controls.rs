//! Filters: regions, year range, mode. Each writes the URL through `Ctx::update`; none holds state
//! of its own, so reload, back/forward and shared links all restore them.

use crate::app::use_ctx;
use crate::charts::palette;
use crate::i18n::Msg;
use crate::state::{Mode, Region};
use leptos::prelude::*;

/// Any subset of the view's regions, never none: the last ticked box is disabled.
#[component]
pub fn RegionPicker() -> impl IntoView {
    let ctx = use_ctx();
    let regions = Memo::new(move |_| ctx.state.with(|s| s.regions.clone()));
    let choices = move || ctx.state.with(|s| s.view.spec().regions.to_vec());
    view! {
        <fieldset class="control region-picker" data-control="regions">
            <legend>{move || Msg::Regions.text(ctx.lang.get())}</legend>
            {move || {
                choices()
                    .into_iter()
                    .map(|r: Region| {
                        let checked = move || regions.with(|rs| rs.contains(&r));
                        let only = move || regions.with(|rs| rs.len() == 1 && rs.contains(&r));
                        view! {
                            <label class="check">
                                <input
                                    type="checkbox"
                                    value=r.code()
                                    prop:checked=checked
                                    disabled=only
                                    on:change=move |_| ctx.update(false, |s| s.toggle_region(r))
                                />
                                <span class="swatch" style=format!("background:{}", palette::region(r.code()))></span>
                                {move || r.label(ctx.lang.get())}
                            </label>
                        }
                    })
                    .collect_view()
            }}
        </fieldset>
    }
}

fn year_options(lo: i32, hi: i32, selected: i32) -> impl IntoView {
    (lo..=hi)
        .map(|y| view! { <option value=y.to_string() selected=y == selected>{y.to_string()}</option> })
        .collect_view()
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

/// Absolute numbers or an index (base year = 100), with the base year picker beside it.
#[component]
pub fn ModeSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let mode = Memo::new(move |_| ctx.state.with(|s| (s.mode, s.base, s.view.spec().years)));
    view! {
        <fieldset class="control mode-switch" data-control="mode">
            <legend>{move || Msg::Mode.text(ctx.lang.get())}</legend>
            {Mode::ALL
                .iter()
                .map(|&m| {
                    let label = match m {
                        Mode::Abs => Msg::ModeAbs,
                        Mode::Index => Msg::ModeIndex,
                    };
                    view! {
                        <label class="radio">
                            <input
                                type="radio"
                                name="mode"
                                value=m.code()
                                prop:checked=move || mode.get().0 == m
                                on:change=move |_| ctx.update(false, |s| s.mode = m)
                            />
                            {move || label.text(ctx.lang.get())}
                        </label>
                    }
                })
                .collect_view()}
            // Always present (disabled outside index mode) so switching modes does not shift the layout.
            <label class:inactive=move || mode.get().0 != Mode::Index>
                    {move || Msg::BaseYear.text(ctx.lang.get())}
                    " "
                    <select
                        name="base"
                        disabled=move || mode.get().0 != Mode::Index
                        prop:value=move || mode.get().1.to_string()
                        on:change=move |ev| {
                            if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                                ctx.update(false, |s| s.base = y);
                            }
                        }
                    >
                        {move || {
                            let (_, base, (lo, hi)) = mode.get();
                            year_options(lo, hi, base)
                        }}
                    </select>
                </label>
        </fieldset>
    }
}

//! The explorer's ranking controls: lines or rankings (`layout`), the year ranked with a play
//! button that steps through the years (`year`), and how many bars (`top`).

use super::controls::{radios, use_data_years};
use crate::catalog::explorer::{RANK, TOTALS};
use crate::i18n::{fill, Msg};
use crate::state::{Layout, TOP_CHOICES};
use crate::transform::explorer::ranking_year;
use crate::transform::layout_name;
use crate::web::ctx::use_ctx;
use leptos::leptos_dom::helpers::IntervalHandle;
use leptos::prelude::*;
use std::time::Duration;

/// How long each year of a played ranking stays on screen.
const STEP: Duration = Duration::from_millis(900);

#[component]
pub fn LayoutSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let layout = Memo::new(move |_| ctx.state.with(|s| s.layout));
    radios("layout", Msg::LayoutLabel, Layout::ALL.iter().map(|&v| (v, v.code(), layout_name(v))).collect(), layout, |s, v| {
        s.layout = v;
        // A chart shown alone follows: the ranking's card, or the lines'.
        if s.chart.is_some() {
            s.chart = Some(if v.ranks() { RANK.id } else { TOTALS.id });
        }
    })
}

/// The year ranked, as a slider, and a button that plays the years from the first (or from the
/// one shown) to the latest. No play button for readers who prefer reduced motion.
#[component]
pub fn RankYear() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let data = use_data_years();
    let year = Memo::new(move |_| {
        let (lo, hi) = data.get()?;
        ranking_year(&[lo, hi], ctx.state.with(|s| s.year))
    });
    let set = move |y: i32| ctx.update(true, |s| s.year = Some(y));
    let playing: StoredValue<Option<IntervalHandle>, LocalStorage> = StoredValue::new_local(None);
    let (is_playing, set_playing) = signal(false);
    let stop = move || {
        if let Some(h) = playing.try_update_value(Option::take).flatten() {
            h.clear();
        }
        set_playing.set(false);
    };
    on_cleanup(move || {
        if let Some(h) = playing.try_update_value(Option::take).flatten() {
            h.clear();
        }
    });
    let play = move |_| {
        if is_playing.get_untracked() {
            stop();
            return;
        }
        let (Some((lo, hi)), Some(y)) = (data.get_untracked(), year.get_untracked()) else { return };
        // From the first year when the last is shown; else on from the one shown.
        if y >= hi {
            set(lo);
        }
        let tick = move || match (year.get_untracked(), data.get_untracked()) {
            (Some(y), Some((_, hi))) if y < hi => {
                set(y + 1);
                if y + 1 >= hi {
                    stop();
                }
            }
            _ => stop(),
        };
        if let Ok(h) = set_interval_with_handle(tick, STEP) {
            playing.set_value(Some(h));
            set_playing.set(true);
        }
    };
    view! {
        <fieldset class="control rank-year" data-control="year">
            <legend>{move || Msg::RankYear.text(lang.get())}</legend>
            <input
                type="range"
                name="year"
                step="1"
                aria-label=move || Msg::RankYear.text(lang.get())
                min=move || data.get().map(|d| d.0.to_string()).unwrap_or_default()
                max=move || data.get().map(|d| d.1.to_string()).unwrap_or_default()
                prop:value=move || year.get().map(|y| y.to_string()).unwrap_or_default()
                disabled=move || data.get().is_none()
                on:input=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                        stop();
                        set(y);
                    }
                }
            />
            <output data-rank-year="">{move || year.get().map(|y| y.to_string()).unwrap_or_default()}</output>
            {ctx.animate.then(|| view! {
                <button type="button" class="play" data-action="play" aria-pressed=move || is_playing.get().to_string() on:click=play>
                    {move || if is_playing.get() { Msg::Pause } else { Msg::Play }.text(lang.get())}
                </button>
            })}
        </fieldset>
    }
}

/// How many bars a ranking shows: the first 10, 20 or 50, or all.
#[component]
pub fn TopSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let top = Memo::new(move |_| ctx.state.with(|s| s.top));
    let code = |t: Option<usize>| t.map(|n| n.to_string()).unwrap_or_else(|| "all".into());
    view! {
        <label class="control top-n">
            {move || Msg::TopLabel.text(lang.get())}
            " "
            <select
                name="top"
                prop:value=move || code(top.get())
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let t = v.parse::<usize>().ok();
                    ctx.update(false, |s| s.top = t);
                }
            >
                {move || {
                    let l = lang.get();
                    TOP_CHOICES
                        .iter()
                        .map(|&n| Some(n))
                        .chain([None])
                        .map(|t| {
                            let label = t.map(|n| fill(Msg::TopN.text(l), &[("n", &n.to_string())])).unwrap_or_else(|| Msg::TopAll.text(l).to_string());
                            view! { <option value=code(t) selected=top.get_untracked() == t>{label}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

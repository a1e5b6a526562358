//! The one component that draws with ECharts: it starts a chart when the reader nears it, once
//! its element has a size; gives ECharts each new option with `notMerge` (a merge would leave stale
//! series behind); resizes when the element really changes size; disposes on cleanup. Split by
//! concern: `bridge` (the bindings), `observe` (size and nearness), `picture` (the pictures the
//! page shows before the app), `export` (image downloads).

pub mod bridge;
pub mod export;
pub mod observe;
pub mod picture;

use bridge::{echarts_defined, echarts_init, load_echarts, mark_shown, not_merge, obj, tf_option, Instance};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

struct Glue {
    instance: Option<Instance>,
    /// The option text last given to ECharts, so showing a hidden chart again does not redraw it.
    last: String,
    /// The element's size when ECharts last laid out: a resize redraws the whole chart, so it is
    /// done only when the size really changed (not when a hidden card is merely shown again).
    size: (i32, i32),
    watch: observe::Watch,
}

/// When the page's first chart is on the screen: `performance.mark("first-chart")` (unless a
/// picture of a chart showed before the app ran: public/boot.js) and `"app-chart"`, the app's own
/// first chart, which then takes the picture's place. The benchmark (tools/bench.mjs) measures the
/// first against a plain-JS baseline that sets the same mark, and reports the second.
fn mark_first_chart(inst: &Instance) {
    thread_local! {
        /// Whether a chart of this page already waits for its first drawing to be marked.
        static WATCHED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if WATCHED.with(|w| w.replace(true)) {
        return;
    }
    let mut marked = false;
    // 'rendered' fires on every frame: mark the first, ignore the rest. One closure per page.
    let handler = Closure::<dyn FnMut()>::new(move || {
        if marked {
            return;
        }
        marked = true;
        // A picture stood in for this chart until now: the chart takes its place in this frame.
        picture::chart_drawn();
        // The page's other charts start once this one is on the screen (`first`).
        let _ = mark_shown("first-chart", &JsValue::UNDEFINED);
        let _ = mark_shown("app-chart", &Closure::once_into_js(first::shown));
    });
    inst.on("rendered", handler.as_ref());
    handler.forget();
}

/// The page's first chart to start draws alone: until it is on the screen no other chart starts.
/// Drawn in the same task (a view's second card), they held back the frame that shows it.
mod first {
    use leptos::prelude::{ArcRwSignal, Get, GetUntracked, Set};
    use std::cell::Cell;
    use wasm_bindgen::JsCast;

    thread_local! {
        static CLAIMED: Cell<bool> = const { Cell::new(false) };
        // Not an arena signal: that would go with the effect that happened to create it.
        static SHOWN: ArcRwSignal<bool> = ArcRwSignal::new(false);
    }

    /// Whether the chart whose flag is `is_first` may start now: the first to ask may, the others
    /// once it is shown (the read is tracked: an effect that was refused runs again then).
    pub fn may_start(is_first: &Cell<bool>) -> bool {
        if is_first.get() || SHOWN.with(|s| s.get()) {
            return true;
        }
        if CLAIMED.with(|c| c.replace(true)) {
            return false;
        }
        is_first.set(true);
        // Should it never be shown (its card removed, ECharts failed), the others go on anyway.
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(wasm_bindgen::closure::Closure::once_into_js(shown).unchecked_ref(), 1000);
        }
        true
    }

    pub fn shown() {
        SHOWN.with(|s| {
            if !s.get_untracked() {
                s.set(true);
            }
        });
    }
}

/// Draws `option` (an ECharts option as JSON text, from `charts::figure::build`). `label` is the
/// chart's text description for screen readers.
#[component]
pub fn EChart(
    #[prop(into)] option: Signal<String>,
    #[prop(into)] label: Signal<String>,
    /// ECharts' own texts follow the page language (fixed for the life of the instance; the card
    /// makes a new chart when the language changes).
    #[prop(optional)]
    lang: crate::i18n::Lang,
    /// Where the chart's layout width goes (`charts::layout_width` of its element's width), for
    /// the card to build the option for it. Set before the chart is first drawn.
    #[prop(optional)]
    width: Option<RwSignal<u32>>,
    /// A height other than the page's default for charts (`charts::figure::Built::height`).
    #[prop(optional, into)]
    height: Option<Signal<Option<u32>>>,
) -> impl IntoView {
    let measure = move |px: i32| {
        if let Some(w) = width {
            let class = crate::charts::layout_width(f64::from(px));
            if class > 0 && w.get_untracked() != class {
                w.set(class);
            }
        }
    };
    let node = NodeRef::<leptos::html::Div>::new();
    let glue = Rc::new(RefCell::new(Glue { instance: None, last: String::new(), size: (0, 0), watch: observe::Watch::default() }));
    let (failed, set_failed) = signal(false);
    // Whether ECharts is there: None while its script is loading, Some(false) if it failed.
    let (echarts_ready, set_echarts_ready) = signal(echarts_defined().then_some(true));
    let requested = std::cell::Cell::new(false);
    let request_echarts = move || {
        if requested.replace(true) {
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let ok = match load_echarts() {
                Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
                Err(_) => false, // boot.js did not run
            } && echarts_defined();
            set_echarts_ready.set(Some(ok));
        });
    };

    // ECharts starts only once the element has a size (a chart in a hidden tab or card is set up
    // when it is shown, not measured as 0 × 0) and is near the viewport.
    let (visible, set_visible) = signal(false);
    let near = RwSignal::new(false);
    let g = glue.clone();
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        if g.borrow().watch.started() {
            return;
        }
        let g2 = g.clone();
        let on_size = move |size: (i32, i32)| {
            let shown = size.0 > 0 && size.1 > 0;
            // The width first: the option is built for it when `visible` starts the chart.
            if shown {
                measure(size.0);
            }
            // A signal notifies even when set to the same value: set it only on a change.
            if visible.get_untracked() != shown {
                set_visible.set(shown);
            }
            if !shown {
                return;
            }
            if let Ok(mut glue) = g2.try_borrow_mut() {
                if glue.size != size {
                    glue.size = size;
                    // Only if ECharts laid the chart out at another size.
                    if let Some(inst) = glue.instance.as_ref().filter(|i| (i.get_width().round() as i32, i.get_height().round() as i32) != size) {
                        inst.resize();
                    }
                }
            }
        };
        let watch = observe::Watch::start(&el, on_size, near);
        g.borrow_mut().watch = watch;
    });

    let g = glue.clone();
    let is_first = std::cell::Cell::new(false);
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        // A chart that has not started starts when the reader nears it; until then not even its
        // option is made (charts further down cost nothing at load).
        let started = g.borrow().instance.is_some();
        if !started && !near.get() && !observe::near_viewport(&el) {
            return; // set up when the reader scrolls towards it
        }
        if !started {
            measure(el.client_width());
        }
        let json = option.get();
        let ready = echarts_ready.get();
        let shown = visible.get();
        if json.is_empty() {
            return; // no data yet
        }
        let mut glue = g.borrow_mut();
        if glue.instance.is_none() {
            // Measured here too, so a chart that is already laid out starts now rather than a frame
            // later, when the ResizeObserver first reports.
            let size = (el.client_width(), el.client_height());
            if !shown && (size.0 == 0 || size.1 == 0) {
                return; // set up when shown
            }
            glue.size = size;
            if !observe::printing() && !first::may_start(&is_first) {
                return; // once the page's first chart is on the screen
            }
            match ready {
                Some(true) => {}
                Some(false) => {
                    web_sys::console::error_1(&"ECharts is not loaded".into());
                    first::shown();
                    set_failed.set(true);
                    return;
                }
                None => {
                    request_echarts();
                    return; // drawn once the script has run
                }
            }
            // ECharts' own texts (its locale is named "ZH" or "EN").
            let opts = obj(&[("locale", lang.code().to_ascii_uppercase().into())]);
            match echarts_init(&el, &JsValue::NULL, &opts) {
                Ok(inst) => glue.instance = Some(inst),
                Err(e) => {
                    web_sys::console::error_2(&"ECharts could not start:".into(), &e);
                    first::shown();
                    set_failed.set(true);
                    return;
                }
            }
        }
        let Some(inst) = glue.instance.clone() else { return };
        if glue.last == json {
            return;
        }
        // The first drawing grows in; a change (a filter, a mode) is shown at once. With
        // `notMerge` every series is new to ECharts, so it would grow in again from nothing on
        // each click, and the next click would wait behind those frames.
        let redraw = !glue.last.is_empty();
        glue.last = json.clone();
        match tf_option(&json, &inst) {
            Ok(opt) => {
                if redraw || observe::printing() || picture::picture_shown() {
                    let _ = js_sys::Reflect::set(&opt, &"animation".into(), &false.into());
                }
                mark_first_chart(&inst);
                if let Err(e) = inst.set_option(&opt, &not_merge()) {
                    web_sys::console::error_2(&"ECharts rejected the option:".into(), &e);
                    first::shown();
                    set_failed.set(true);
                }
            }
            Err(e) => web_sys::console::error_2(&"chart option is not JSON:".into(), &e),
        }
    });

    // ECharts objects live on the page's one thread; the wrapper satisfies on_cleanup's Send bound.
    let g = send_wrapper::SendWrapper::new(glue.clone());
    on_cleanup(move || {
        let mut glue = g.borrow_mut();
        glue.watch.stop();
        if let Some(inst) = glue.instance.take() {
            inst.dispose();
        }
    });

    view! {
        <div class="echart" node_ref=node role="img" aria-label=move || label.get() style=move || height.and_then(|h| h.get()).map(|h| format!("height:{h}px")).unwrap_or_default()></div>
        <Show when=move || failed.get()>
            <p class="chart-error" role="alert">{move || crate::i18n::Msg::ChartError.text(crate::web::ctx::use_lang().get())}</p>
        </Show>
    }
}

/// Shows or hides the series `name` of the chart under `container` (through the legend ECharts
/// keeps hidden: the card's own legend is HTML).
pub fn toggle_series(container: &web_sys::Element, name: &str) {
    let Some(el) = container.query_selector(".echart").ok().flatten() else { return };
    if let Some(inst) = bridge::get_instance_by_dom(&el) {
        inst.dispatch_action(&obj(&[("type", "legendToggleSelect".into()), ("name", name.into())]));
    }
}

//! The one component that touches ECharts: init once the element is attached, `setOption` with
//! `notMerge` on every change (a merge would leave stale series behind), resize from a
//! ResizeObserver (the container can change size without the window doing so), dispose on cleanup.

use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance (`echarts.init(...)`'s return value).
    #[derive(Clone)]
    pub type Instance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn echarts_init(el: &web_sys::HtmlElement, theme: &JsValue, opts: &JsValue) -> Result<Instance, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setOption)]
    fn set_option(this: &Instance, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    fn resize(this: &Instance);

    #[wasm_bindgen(method)]
    fn on(this: &Instance, event: &str, handler: &JsValue);

    #[wasm_bindgen(method)]
    fn dispose(this: &Instance);
}

fn echarts_defined() -> bool {
    web_sys::window().map(|w| js_sys::Reflect::has(&w, &"echarts".into()).unwrap_or(false)).unwrap_or(false)
}

#[wasm_bindgen]
extern "C" {
    /// Loads ECharts (the custom build in `echarts.js`) once per page; defined by public/boot.js.
    /// The app calls it when its first chart is about to be drawn: a view whose charts are all
    /// further down the page, such as the overview on a phone, does not download or run ECharts
    /// before the reader can read it.
    #[wasm_bindgen(catch, js_namespace = window, js_name = __loadECharts)]
    fn load_echarts() -> Result<js_sys::Promise, JsValue>;
}

struct Glue {
    instance: Option<Instance>,
    observer: Option<web_sys::ResizeObserver>,
    _on_resize: Option<Closure<dyn FnMut(js_sys::Array)>>,
    /// The tooltip formatter of the current option; replaced with every option.
    _tooltip: Option<Closure<dyn Fn(JsValue) -> JsValue>>,
    /// What was last given to ECharts, so showing a hidden chart again does not redraw it.
    last: (String, Vec<String>),
    /// Axis label formatters of the current option (see `charts::axis_marker`).
    _axis: Vec<Closure<dyn Fn(JsValue) -> JsValue>>,
    /// The element's size when ECharts last laid out: a resize redraws the whole chart, so it is
    /// done only when the size really changed (not when a hidden card is merely shown again).
    size: (i32, i32),
    /// Tells when the element comes within a screen of the viewport (see `near`).
    near_observer: Option<web_sys::IntersectionObserver>,
    _on_near: Option<Closure<dyn FnMut(js_sys::Array)>>,
    _on_print: Option<Closure<dyn FnMut()>>,
}

/// Replaces the builders' axis-formatter markers ("tf:axis:zh") with Rust formatters.
fn install_axis_formatters(opt: &JsValue) -> Vec<Closure<dyn Fn(JsValue) -> JsValue>> {
    let mut kept = Vec::new();
    for key in ["xAxis", "yAxis"] {
        let Ok(axes) = js_sys::Reflect::get(opt, &key.into()) else { continue };
        let list: Vec<JsValue> = if js_sys::Array::is_array(&axes) { js_sys::Array::from(&axes).to_vec() } else { vec![axes] };
        for axis in list.into_iter().filter(|a| a.is_object()) {
            let Ok(label) = js_sys::Reflect::get(&axis, &"axisLabel".into()) else { continue };
            let marker = js_sys::Reflect::get(&label, &"formatter".into()).ok().and_then(|f| f.as_string()).unwrap_or_default();
            let lang = match marker.as_str() {
                "tf:axis:zh" => crate::i18n::Lang::Zh,
                "tf:axis:en" => crate::i18n::Lang::En,
                _ => continue,
            };
            let f = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |v: JsValue| {
                JsValue::from_str(&v.as_f64().map(|x| crate::charts::axis_number(x, lang)).unwrap_or_default())
            });
            let _ = js_sys::Reflect::set(&label, &"formatter".into(), f.as_ref());
            kept.push(f);
        }
    }
    kept
}

/// Which x position (category) a tooltip is about: `dataIndex` of the first hovered item.
fn data_index(params: &JsValue) -> Option<usize> {
    let first = if js_sys::Array::is_array(params) { js_sys::Array::from(params).get(0) } else { params.clone() };
    js_sys::Reflect::get(&first, &"dataIndex".into()).ok()?.as_f64().map(|f| f as usize)
}

/// Installs our tooltips (prepared in Rust, one HTML string per category) into the parsed option,
/// and keeps tooltips inside the chart so they stay on screen on phones.
fn install_tooltips(opt: &JsValue, rows: Vec<String>) -> Option<Closure<dyn Fn(JsValue) -> JsValue>> {
    let tooltip = js_sys::Reflect::get(opt, &"tooltip".into()).ok().filter(|t| t.is_object())?;
    let _ = js_sys::Reflect::set(&tooltip, &"confine".into(), &true.into());
    if rows.is_empty() {
        return None;
    }
    let f = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |params: JsValue| {
        data_index(&params).and_then(|i| rows.get(i)).map(|s| JsValue::from_str(s)).unwrap_or(JsValue::from_str(""))
    });
    let _ = js_sys::Reflect::set(&tooltip, &"formatter".into(), f.as_ref());
    Some(f)
}

/// `performance.mark(name)`, unless the page has that mark already.
fn mark_once(name: &str) {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else { return };
    if perf.get_entries_by_name(name).length() == 0 {
        let _ = perf.mark(name);
    }
}

/// When the page's first chart has drawn: `performance.mark("first-chart")` (unless the static
/// first screen drew one before the app ran, see public/boot.js) and `"app-chart"`, the app's
/// own first chart. The benchmark (tools/bench.mjs) measures the first against a plain-JS
/// baseline that sets the same mark, and reports the second.
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
        mark_once("first-chart");
        mark_once("app-chart");
    });
    inst.on("rendered", handler.as_ref());
    handler.forget();
}

/// The chart the static first screen drew (public/boot.js, `__firstChartDrawn`), if it is this
/// card's (same chart id, same language): its element moves into this one, so the reader sees no
/// change and ECharts draws nothing again. ECharts finds an instance by an attribute on its
/// element; this element gets it too, so `echarts.getInstanceByDom` on the card's `.echart` (the
/// downloads, the tests) finds the chart as it finds any other.
struct Adopted {
    instance: Instance,
    option: String,
    tooltips: Vec<String>,
}

fn adopt(el: &web_sys::HtmlElement, lang: crate::i18n::Lang) -> Option<Adopted> {
    let w = web_sys::window()?;
    let drawn = js_sys::Reflect::get(&w, &"__firstChartDrawn".into()).ok().filter(|d| d.is_object())?;
    let field = |k: &str| js_sys::Reflect::get(&drawn, &k.into()).ok();
    let card = el.closest("[data-chart-id]").ok()??.get_attribute("data-chart-id")?;
    if field("id")?.as_string()? != card || field("lang")?.as_string()? != lang.code() {
        return None;
    }
    let pre: web_sys::HtmlElement = field("el")?.dyn_into().ok()?;
    // Still in the static first screen, or taken out of the page with it (which of the card and
    // the overview's `drop_prerender` runs first is not fixed): alive either way.
    let instance = get_instance_by_dom(&pre)?;
    let key = pre.get_attribute(INSTANCE_KEY)?;
    let option = field("option")?.as_string()?;
    let tooltips = js_sys::Array::from(&field("tooltips")?).iter().filter_map(|t| t.as_string()).collect();
    let _ = js_sys::Reflect::delete_property(&w, &"__firstChartDrawn".into());
    // The static copy's box styles and its text description are the card's now.
    let _ = pre.set_attribute("class", "adopted");
    let _ = pre.set_attribute("style", "width:100%;height:100%");
    let _ = pre.remove_attribute("role");
    let _ = pre.remove_attribute("aria-label");
    el.append_child(&pre).ok()?;
    let _ = el.set_attribute(INSTANCE_KEY, &key);
    Some(Adopted { instance, option, tooltips })
}

/// The attribute by which ECharts ties an element to its instance (`getInstanceByDom`).
const INSTANCE_KEY: &str = "_echarts_instance_";

/// Disposes the charts under `root` (the static first screen, as it goes), except the one the
/// app's card is about to take over (see `adopt`).
pub fn dispose_charts_in(root: &web_sys::Element) {
    if !echarts_defined() {
        return;
    }
    let kept = web_sys::window().and_then(|w| js_sys::Reflect::get(&w, &"__firstChartDrawn".into()).ok()).filter(|d| d.is_object()).and_then(|d| js_sys::Reflect::get(&d, &"el".into()).ok());
    if let Ok(list) = root.query_selector_all(".pre-chart") {
        for i in 0..list.length() {
            let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            if kept.as_ref().is_some_and(|k| JsValue::from(el.clone()) == *k) {
                continue;
            }
            if let Some(inst) = get_instance_by_dom(&el) {
                inst.dispose();
            }
        }
    }
}

/// How far beyond the viewport a chart counts as near, in screens above and below it. The
/// IntersectionObserver's root margin and `near_viewport` both follow it.
const NEAR_SCREENS: f64 = 1.0;

fn near_margin() -> String {
    format!("{}% 0px", NEAR_SCREENS * 100.0)
}

/// The same test as the IntersectionObserver's, made at once (it reports only a frame later), so a
/// chart that is already on screen starts without waiting. Wide screens only: the test lays the
/// page out there and then, inside the task that built it; on a phone's slower CPU that layout is
/// better left to the next frame, where the observer's answer comes with it.
fn near_viewport(el: &web_sys::HtmlElement) -> bool {
    let Some(w) = web_sys::window() else { return true };
    if w.inner_width().ok().and_then(|x| x.as_f64()).is_some_and(|x| x < f64::from(super::WIDE)) {
        return false;
    }
    let Some(h) = w.inner_height().ok().and_then(|h| h.as_f64()) else { return true };
    let r = el.get_bounding_client_rect();
    // Not laid out (a hidden card, or the app still behind the static first screen): the observer
    // tells when it is.
    if r.width() == 0.0 && r.height() == 0.0 {
        return false;
    }
    r.top() < (1.0 + NEAR_SCREENS) * h && r.bottom() > -NEAR_SCREENS * h
}

fn not_merge() -> JsValue {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"notMerge".into(), &true.into());
    o.into()
}

/// Draws `option` (an ECharts option as JSON, from a `charts` builder). `label` is the chart's text
/// description for screen readers.
#[component]
pub fn EChart(
    #[prop(into)] option: Signal<String>,
    #[prop(into)] label: Signal<String>,
    /// One tooltip (HTML, already escaped) per category of the x axis; empty = ECharts' own.
    #[prop(into, optional)]
    tooltips: Signal<Vec<String>>,
    /// ECharts' own texts follow the page language (fixed for the life of the instance; the card
    /// makes a new chart when the language changes).
    #[prop(optional)]
    lang: crate::i18n::Lang,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let glue = Rc::new(RefCell::new(Glue { instance: None, observer: None, _on_resize: None, _tooltip: None, last: (String::new(), vec![]), _axis: vec![], size: (0, 0), near_observer: None, _on_near: None, _on_print: None }));
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

    // The element's size, from a ResizeObserver (the container can change size without the window
    // doing so). ECharts starts only once the element has a size: a chart in a hidden tab or card
    // is set up when it is shown, not measured as 0 × 0.
    let (visible, set_visible) = signal(false);
    // Whether the element is within a screen of the viewport. Charts further down start when the
    // reader scrolls towards them: a long view (the global one has 14 charts) does not pay for all
    // of ECharts' first renders before the reader can use the page. Once near, always near.
    let (near, set_near) = signal(false);
    let g = glue.clone();
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let mut glue = g.borrow_mut();
        if glue.observer.is_some() {
            return;
        }
        let g2 = g.clone();
        let el2 = el.clone();
        let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries| {
            let size = (el2.client_width(), el2.client_height());
            let shown = size.0 > 0 && size.1 > 0;
            // A signal notifies even when set to the same value: set it only on a change.
            if visible.get_untracked() != shown {
                set_visible.set(shown);
            }
            if shown {
                if let Ok(mut glue) = g2.try_borrow_mut() {
                    if glue.size != size {
                        glue.size = size;
                        // Only if ECharts laid the chart out at another size: a chart taken over
                        // from the static first screen (`adopt`) already has this one.
                        if let Some(inst) = glue.instance.as_ref().filter(|i| (i.get_width().round() as i32, i.get_height().round() as i32) != size) {
                            inst.resize();
                        }
                    }
                }
            }
        });
        if let Ok(obs) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            obs.observe(&el);
            glue.observer = Some(obs);
        }
        glue._on_resize = Some(cb);

        let g3 = g.clone();
        let on_near = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if !near.get_untracked() && entries.iter().any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting()) {
                set_near.set(true);
                // Once near, always near: nothing more to watch (the closure itself stays alive
                // until cleanup, as it is running now).
                if let Some(obs) = g3.try_borrow_mut().ok().and_then(|mut glue| glue.near_observer.take()) {
                    obs.disconnect();
                }
            }
        });
        let init = web_sys::IntersectionObserverInit::new();
        init.set_root_margin(&near_margin());
        if let Ok(obs) = web_sys::IntersectionObserver::new_with_options(on_near.as_ref().unchecked_ref(), &init) {
            obs.observe(&el);
            glue.near_observer = Some(obs);
        }
        glue._on_near = Some(on_near);
        // A printout shows every chart, not only those the reader scrolled to.
        let on_print = Closure::<dyn FnMut()>::new(move || set_near.set(true));
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("beforeprint", on_print.as_ref().unchecked_ref());
        }
        glue._on_print = Some(on_print);
    });

    let g = glue.clone();
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        // A chart that has not started starts when the reader nears it; until then not even its
        // option is made (charts further down cost nothing at load).
        let started = g.borrow().instance.is_some();
        if !started && !near.get() && !near_viewport(&el) {
            return; // set up when the reader scrolls towards it
        }
        let json = option.get();
        let rows = tooltips.get();
        let ready = echarts_ready.get();
        let shown = visible.get();
        if json.is_empty() {
            return; // no data yet
        }
        let mut glue = g.borrow_mut();
        if glue.instance.is_none() {
            if let Some(pre) = adopt(&el, lang) {
                // Its size: the ResizeObserver's first report (no redraw, as ECharts has it).
                glue.instance = Some(pre.instance);
                mark_once("app-chart");
                if pre.option == json && pre.tooltips == rows {
                    glue.last = (json, rows);
                    return; // already drawn, from the same option
                }
                // Drawn from other settings (reduced motion): this option replaces it, at once.
                glue.last = (pre.option, pre.tooltips);
            }
        }
        if glue.instance.is_none() {
            // Measured here too, so a chart that is already laid out starts now rather than a frame
            // later, when the ResizeObserver first reports.
            let size = (el.client_width(), el.client_height());
            if !shown && (size.0 == 0 || size.1 == 0) {
                return; // set up when shown
            }
            glue.size = size;
            match ready {
                Some(true) => {}
                Some(false) => {
                    web_sys::console::error_1(&"ECharts is not loaded".into());
                    set_failed.set(true);
                    return;
                }
                None => {
                    request_echarts();
                    return; // drawn once the script has run
                }
            }
            let opts = obj(&[("locale", (if lang == crate::i18n::Lang::Zh { "ZH" } else { "EN" }).into())]);
            match echarts_init(&el, &JsValue::NULL, &opts) {
                Ok(inst) => glue.instance = Some(inst),
                Err(e) => {
                    web_sys::console::error_2(&"ECharts could not start:".into(), &e);
                    set_failed.set(true);
                    return;
                }
            }
        }
        let Some(inst) = glue.instance.clone() else { return };
        if glue.last.0 == json && glue.last.1 == rows {
            return;
        }
        // The first drawing grows in; a change (a filter, a mode) is shown at once. With
        // `notMerge` every series is new to ECharts, so it would grow in again from nothing on
        // each click, and the next click would wait behind those frames.
        let redraw = !glue.last.0.is_empty();
        glue.last = (json.clone(), rows.clone());
        match js_sys::JSON::parse(&json) {
            Ok(opt) => {
                if redraw {
                    let _ = js_sys::Reflect::set(&opt, &"animation".into(), &false.into());
                }
                // The old formatter stays alive until ECharts has the new option.
                let formatter = install_tooltips(&opt, rows);
                let axis = install_axis_formatters(&opt);
                mark_first_chart(&inst);
                let result = inst.set_option(&opt, &not_merge());
                glue._tooltip = formatter;
                glue._axis = axis;
                if let Err(e) = result {
                    web_sys::console::error_2(&"ECharts rejected the option:".into(), &e);
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
        if let Some(obs) = glue.observer.take() {
            obs.disconnect();
        }
        if let Some(obs) = glue.near_observer.take() {
            obs.disconnect();
        }
        if let (Some(w), Some(f)) = (web_sys::window(), glue._on_print.take()) {
            let _ = w.remove_event_listener_with_callback("beforeprint", f.as_ref().unchecked_ref());
        }
        glue._on_near = None;
        if let Some(inst) = glue.instance.take() {
            inst.dispose();
        }
        glue._on_resize = None;
        glue._tooltip = None;
        glue._axis.clear();
    });

    view! {
        <div class="echart" node_ref=node role="img" aria-label=move || label.get()></div>
        <Show when=move || failed.get()>
            <p class="chart-error" role="alert">{move || crate::i18n::Msg::ChartError.text(crate::app::use_lang().get())}</p>
        </Show>
    }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = echarts, js_name = getInstanceByDom)]
    fn get_instance_by_dom(el: &web_sys::Element) -> Option<Instance>;

    #[wasm_bindgen(method, js_name = getDataURL)]
    fn get_data_url(this: &Instance, opts: &JsValue) -> String;

    #[wasm_bindgen(method, js_name = getOption)]
    fn get_option(this: &Instance) -> JsValue;

    #[wasm_bindgen(method, js_name = getWidth)]
    fn get_width(this: &Instance) -> f64;

    #[wasm_bindgen(method, js_name = getHeight)]
    fn get_height(this: &Instance) -> f64;

    #[wasm_bindgen(method, js_name = renderToSVGString)]
    fn render_to_svg_string(this: &Instance) -> String;
}

fn obj(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

#[wasm_bindgen]
extern "C" {
    /// Loads the download build of ECharts (`echarts-export.js`, see tools/echarts-export-entry.js)
    /// once per page; defined by public/boot.js.
    #[wasm_bindgen(catch, js_namespace = window, js_name = __loadEChartsExport)]
    fn load_echarts_export() -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = __echartsExport, js_name = init)]
    fn export_init(el: &JsValue, theme: &JsValue, opts: &JsValue) -> Result<Instance, JsValue>;
}

/// The chart under `container` drawn again off-screen by the download build, with its title and
/// source line written in so the image stands on its own when shared: `svg` in ECharts'
/// server-side mode (no DOM), else on a canvas. Static: a copy that animated would be caught with
/// its bars still growing.
async fn export_copy(container: &web_sys::Element, title: &str, source: &str, dark: bool, svg: bool) -> Option<Instance> {
    let el = container.query_selector(".echart").ok()??;
    let inst = get_instance_by_dom(&el)?;
    let (w, h) = (inst.get_width(), inst.get_height() + 80.0);
    let option = inst.get_option();
    wasm_bindgen_futures::JsFuture::from(load_echarts_export().ok()?).await.ok()?;
    let (target, renderer): (JsValue, &str) = if svg { (JsValue::NULL, "svg") } else { (web_sys::window()?.document()?.create_element("div").ok()?.into(), "canvas") };
    let copy = export_init(&target, &JsValue::NULL, &obj(&[("renderer", renderer.into()), ("ssr", svg.into()), ("width", w.into()), ("height", h.into())])).ok()?;
    let fg = if dark { "#e6e6e6" } else { "#333333" };
    let _ = js_sys::Reflect::set(&option, &"animation".into(), &false.into());
    let _ = js_sys::Reflect::set(&option, &"backgroundColor".into(), &(if dark { "#121212" } else { "#ffffff" }).into());
    let _ = copy.set_option(&option, &not_merge());
    let _ = copy.set_option(
        &obj(&[
            ("title", obj(&[("text", title.into()), ("left", 8.into()), ("top", 0.into()), ("textStyle", obj(&[("fontSize", 13.into()), ("color", fg.into())]))])),
            ("grid", obj(&[("top", 90.into()), ("bottom", 36.into())])),
            ("graphic", obj(&[("type", "text".into()), ("left", 8.into()), ("bottom", 4.into()), ("style", obj(&[("text", source.into()), ("fill", fg.into()), ("fontSize", 10.into())]))])),
        ]),
        &JsValue::UNDEFINED,
    );
    Some(copy)
}

/// The chart under `container` as a PNG data URL (twice the pixels, for sharp print).
pub async fn png_of(container: &web_sys::Element, title: &str, source: &str, dark: bool) -> Option<String> {
    let copy = export_copy(container, title, source, dark, false).await?;
    let url = copy.get_data_url(&obj(&[("type", "png".into()), ("pixelRatio", 2.into())]));
    copy.dispose();
    Some(url)
}

/// The chart under `container` as an SVG document.
pub async fn svg_of(container: &web_sys::Element, title: &str, source: &str, dark: bool) -> Option<String> {
    let copy = export_copy(container, title, source, dark, true).await?;
    let out = copy.render_to_svg_string();
    copy.dispose();
    Some(out)
}

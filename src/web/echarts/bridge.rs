//! The calls into ECharts and into the page's boot script (public/boot.js), as typed bindings.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance (`echarts.init(...)`'s return value).
    #[derive(Clone)]
    pub type Instance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    pub fn echarts_init(el: &web_sys::HtmlElement, theme: &JsValue, opts: &JsValue) -> Result<Instance, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setOption)]
    pub fn set_option(this: &Instance, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    pub fn resize(this: &Instance);

    #[wasm_bindgen(method)]
    pub fn on(this: &Instance, event: &str, handler: &JsValue);

    #[wasm_bindgen(method)]
    pub fn dispose(this: &Instance);

    #[wasm_bindgen(method, js_name = dispatchAction)]
    pub fn dispatch_action(this: &Instance, action: &JsValue);

    #[wasm_bindgen(js_namespace = echarts, js_name = getInstanceByDom)]
    pub fn get_instance_by_dom(el: &web_sys::Element) -> Option<Instance>;

    #[wasm_bindgen(method, js_name = getDataURL)]
    pub fn get_data_url(this: &Instance, opts: &JsValue) -> String;

    #[wasm_bindgen(method, js_name = getOption)]
    pub fn get_option(this: &Instance) -> JsValue;

    #[wasm_bindgen(method, js_name = getWidth)]
    pub fn get_width(this: &Instance) -> f64;

    #[wasm_bindgen(method, js_name = getHeight)]
    pub fn get_height(this: &Instance) -> f64;

    #[wasm_bindgen(method, js_name = renderToSVGString)]
    pub fn render_to_svg_string(this: &Instance) -> String;

    /// Loads ECharts (the custom build in `echarts.js`) once per page; defined by public/boot.js.
    /// The app calls it when its first chart is about to be drawn: a view whose charts are all
    /// further down the page, such as the overview on a phone, does not download or run ECharts
    /// before the reader can read it.
    #[wasm_bindgen(catch, js_namespace = window, js_name = __loadECharts)]
    pub fn load_echarts() -> Result<js_sys::Promise, JsValue>;

    /// `performance.mark(name)` (once per page) when the frame that shows what was just drawn
    /// has been laid out and painted, then `then()` if it is a function; defined by
    /// public/boot.js, which marks its pictures so.
    #[wasm_bindgen(catch, js_namespace = window, js_name = __markShown)]
    pub fn mark_shown(name: &str, then: &JsValue) -> Result<(), JsValue>;

    /// Loads the download build of ECharts (`echarts-export.js`, see tools/echarts-export-entry.js)
    /// once per page; defined by public/boot.js.
    #[wasm_bindgen(catch, js_namespace = window, js_name = __loadEChartsExport)]
    pub fn load_echarts_export() -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_namespace = __echartsExport, js_name = init)]
    pub fn export_init(el: &JsValue, theme: &JsValue, opts: &JsValue) -> Result<Instance, JsValue>;

    /// The option text of a `charts` builder as ECharts takes it for `chart`: parsed, its label
    /// and tooltip tables made into formatters, a story reading's label placed by the chart's own
    /// layout (tools/tf-option.js, the one place this is written, also used for the build's
    /// pictures).
    #[wasm_bindgen(catch, js_namespace = window, js_name = __tfOption)]
    pub fn tf_option(text: &str, chart: &Instance) -> Result<JsValue, JsValue>;
}

pub fn echarts_defined() -> bool {
    web_sys::window().map(|w| js_sys::Reflect::has(&w, &"echarts".into()).unwrap_or(false)).unwrap_or(false)
}

/// A plain object from key/value pairs.
pub fn obj(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

/// `{notMerge: true}`: a new option replaces the old (a merge would leave stale series behind).
pub fn not_merge() -> JsValue {
    obj(&[("notMerge", true.into())])
}

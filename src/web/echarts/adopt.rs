//! The chart the static first screen drew before the app ran (public/boot.js, `__firstChartDrawn`),
//! taken into the app's card instead of being drawn again.

use super::bridge::{echarts_defined, get_instance_by_dom, Instance};
use crate::i18n::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The attribute by which ECharts ties an element to its instance (`getInstanceByDom`).
const INSTANCE_KEY: &str = "_echarts_instance_";

pub struct Adopted {
    pub instance: Instance,
    /// The option text it was drawn from.
    pub option: String,
}

/// The static first screen's chart, if it is this card's (same chart id, same language): its
/// element moves into `el`, so the reader sees no change and ECharts draws nothing again. ECharts
/// finds an instance by an attribute on its element; `el` gets it too, so
/// `echarts.getInstanceByDom` on the card's `.echart` (the downloads, the tests) finds the chart as
/// it finds any other.
pub fn adopt(el: &web_sys::HtmlElement, lang: Lang) -> Option<Adopted> {
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
    let _ = js_sys::Reflect::delete_property(&w, &"__firstChartDrawn".into());
    // The static copy's box styles and its text description are the card's now.
    let _ = pre.set_attribute("class", "adopted");
    let _ = pre.set_attribute("style", "width:100%;height:100%");
    let _ = pre.remove_attribute("role");
    let _ = pre.remove_attribute("aria-label");
    el.append_child(&pre).ok()?;
    let _ = el.set_attribute(INSTANCE_KEY, &key);
    Some(Adopted { instance, option })
}

/// Disposes the charts under `root` (the static first screen, as it goes), except the one the
/// app's card is about to take over (see [`adopt`]).
pub fn dispose_charts_in(root: &web_sys::Element) {
    if !echarts_defined() {
        return;
    }
    let kept = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__firstChartDrawn".into()).ok())
        .filter(|d| d.is_object())
        .and_then(|d| js_sys::Reflect::get(&d, &"el".into()).ok());
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

/// The page's root element, whose class says whether an embed's picture stands in for its chart.
fn page_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Whether an embed's picture (`prerender::charts`, shown by public/boot.js, which marks the page
/// with the class `page::STATIC_CHART_ID`) stands in for the app's chart: then the app's first
/// drawing is not animated, for the chart is already in front of the reader.
pub fn picture_shown() -> bool {
    page_root().is_some_and(|r| r.class_name().split_whitespace().any(|c| c == crate::page::STATIC_CHART_ID))
}

/// The app's own chart has drawn (or will not, see `web::app`): the picture goes and the app,
/// laid out under it all along, shows in the same place.
pub fn drop_picture() {
    if let Some(r) = page_root() {
        let kept: Vec<String> = r.class_name().split_whitespace().filter(|c| *c != crate::page::STATIC_CHART_ID).map(String::from).collect();
        r.set_class_name(&kept.join(" "));
    }
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(crate::page::STATIC_CHART_ID)) {
        el.remove();
    }
}

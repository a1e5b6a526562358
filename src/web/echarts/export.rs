//! Image downloads: the chart drawn again off-screen by the download build of ECharts, with its
//! title and source line written in so the image stands on its own when shared.

use super::bridge::{export_init, get_instance_by_dom, load_echarts_export, not_merge, obj, Instance};
use wasm_bindgen::prelude::*;

/// `svg` in ECharts' server-side mode (no DOM), else on a canvas. Static: a copy that animated
/// would be caught with its bars still growing.
async fn export_copy(container: &web_sys::Element, title: &str, source: &str, dark: bool, svg: bool) -> Option<Instance> {
    let el = container.query_selector(".echart").ok()??;
    let inst = get_instance_by_dom(&el)?;
    let (w, h) = (inst.get_width(), inst.get_height() + 80.0);
    let option = inst.get_option();
    wasm_bindgen_futures::JsFuture::from(load_echarts_export().ok()?).await.ok()?;
    let (target, renderer): (JsValue, &str) = if svg { (JsValue::NULL, "svg") } else { (web_sys::window()?.document()?.create_element("div").ok()?.into(), "canvas") };
    let copy = export_init(&target, &JsValue::NULL, &obj(&[("renderer", renderer.into()), ("ssr", svg.into()), ("width", w.into()), ("height", h.into())])).ok()?;
    let fg = crate::charts::text_colour(dark);
    let _ = js_sys::Reflect::set(&option, &"animation".into(), &false.into());
    let _ = js_sys::Reflect::set(&option, &"backgroundColor".into(), &(if dark { "#121212" } else { "#ffffff" }).into());
    let _ = copy.set_option(&option, &not_merge());
    let _ = copy.set_option(
        &obj(&[
            ("title", obj(&[("text", title.into()), ("left", 8.into()), ("top", 0.into()), ("textStyle", obj(&[("fontSize", 13.into()), ("color", fg.into())]))])),
            ("grid", obj(&[("top", 90.into()), ("bottom", 36.into())])),
            (
                "graphic",
                obj(&[("type", "text".into()), ("left", 8.into()), ("bottom", 4.into()), ("style", obj(&[("text", source.into()), ("fill", fg.into()), ("fontSize", 10.into())]))]),
            ),
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

//! Image downloads: the chart drawn again off-screen by the download build of ECharts from its
//! option text (so a card showing its table downloads the same image), framed to stand on its own
//! (`charts::image`): title, subtitle and legend above, source and data date under it.

use super::bridge::{export_init, load_echarts_export, not_merge, obj, tf_option, Instance};
use crate::charts::figure::LegendItem;
use crate::charts::image;
use wasm_bindgen::prelude::*;

/// What an image shows: the option, the texts around it, and the chart's size on screen.
pub struct Picture {
    pub option: String,
    pub title: String,
    pub subtitle: String,
    pub legend: Vec<LegendItem>,
    pub source: String,
    pub size: (f64, f64),
    pub dark: bool,
    /// An image of a set size (`image::Preset`, with the dashboard's address under its source),
    /// whose `size` is then the whole image's, not the chart's.
    pub preset: bool,
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(target, &key.into(), value);
}

/// `svg` in ECharts' server-side mode (no DOM), else on a canvas. Static: a copy that animated
/// would be caught with its bars still growing.
async fn draw(p: &Picture, svg: bool) -> Option<Instance> {
    let (w, h) = p.size;
    let frame = image::frame(&p.title, &p.subtitle, &p.legend, &p.source, w);
    wasm_bindgen_futures::JsFuture::from(load_echarts_export().ok()?).await.ok()?;
    // A set size is the whole image's: the plot takes what the texts leave.
    let height = if p.preset { h } else { h + frame.header + frame.footer };
    let (target, renderer): (JsValue, &str) = if svg { (JsValue::NULL, "svg") } else { (web_sys::window()?.document()?.create_element("div").ok()?.into(), "canvas") };
    let copy = export_init(&target, &JsValue::NULL, &obj(&[("renderer", renderer.into()), ("ssr", svg.into()), ("width", w.into()), ("height", height.into())])).ok()?;
    let Ok(option) = tf_option(&p.option, &copy) else {
        copy.dispose();
        return None;
    };
    let fg = crate::charts::text_colour(p.dark);
    set(&option, "animation", &false.into());
    set(&option, "backgroundColor", &(if p.dark { "#121212" } else { "#ffffff" }).into());
    // The plot moves down by the header: the title and legend take the room above it.
    // The grid is a list of one (`charts::Frame`), as ECharts also takes it.
    let grid = js_sys::Reflect::get(&option, &"grid".into()).ok().map(|g| if js_sys::Array::is_array(&g) { js_sys::Array::from(&g).get(0) } else { g });
    if let Some(grid) = grid.filter(|g| g.is_object()) {
        let top = js_sys::Reflect::get(&grid, &"top".into()).ok().and_then(|t| t.as_f64()).unwrap_or(0.0);
        set(&grid, "top", &(top + frame.header).into());
        set(&grid, "bottom", &(8.0 + frame.footer).into());
    }
    let text_style = |size: f64| obj(&[("fontSize", size.into()), ("color", fg.into()), ("lineHeight", (size + 4.0).into())]);
    set(
        &option,
        "title",
        &obj(&[
            ("text", frame.title.as_str().into()),
            ("subtext", frame.subtitle.as_str().into()),
            ("left", 12.into()),
            ("top", 10.into()),
            ("textStyle", text_style(image::TITLE_SIZE)),
            ("subtextStyle", text_style(image::SUBTITLE_SIZE)),
        ]),
    );
    if let Some(top) = frame.legend_top {
        set(&option, "legend", &obj(&[("show", true.into()), ("top", top.into()), ("left", 12.into()), ("textStyle", obj(&[("color", fg.into())]))]));
    }
    set(
        &option,
        "graphic",
        &obj(&[
            ("type", "text".into()),
            ("left", 12.into()),
            ("bottom", 10.into()),
            (
                "style",
                obj(&[("text", frame.source.as_str().into()), ("fill", fg.into()), ("fontSize", image::SOURCE_SIZE.into()), ("lineHeight", image::SOURCE_LINE_HEIGHT.into())]),
            ),
        ]),
    );
    copy.set_option(&option, &not_merge()).ok()?;
    Some(copy)
}

/// The chart as a PNG data URL (twice the pixels, for sharp print).
pub async fn png_of(p: &Picture) -> Option<String> {
    let copy = draw(p, false).await?;
    let url = copy.get_data_url(&obj(&[("type", "png".into()), ("pixelRatio", image::PRESET_PIXEL_RATIO.into())]));
    copy.dispose();
    Some(url)
}

/// The chart as an SVG document.
pub async fn svg_of(p: &Picture) -> Option<String> {
    let copy = draw(p, true).await?;
    let out = copy.render_to_svg_string();
    copy.dispose();
    Some(out)
}

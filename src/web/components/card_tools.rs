//! Share, embed and download for one chart: the link that restores it, the `<iframe>` that shows
//! it elsewhere, and its data and images to take away.

use super::cite_dialog::{citations, copy_text, page_release, Citations, CiteDialog};
use crate::catalog::Figure;
use crate::charts::figure::Built;
use crate::charts::image;
use crate::cite::Work;
use crate::data::Dataset;
use crate::i18n::{fill, Msg};
use crate::state::url;
use crate::state::{Theme, ViewState};
use crate::transform::{csv, xlsx};
use crate::web::ctx::use_ctx;
use crate::web::echarts::bridge::get_instance_by_dom;
use crate::web::echarts::export::{png_of, svg_of, Picture};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The page's own address without the query, e.g. `https://host/sub/path/`.
pub fn page_base() -> String {
    let loc = web_sys::window().map(|w| w.location());
    let origin = loc.as_ref().and_then(|l| l.origin().ok()).unwrap_or_default();
    let path = loc.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_else(|| "/".into());
    format!("{origin}{path}")
}

/// Saves text or a data URL as a file through a temporary `<a download>`.
pub fn save(filename: &str, href: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(a) = doc.create_element("a") else { return };
    let _ = a.set_attribute("href", href);
    let _ = a.set_attribute("download", filename);
    let _ = a.set_attribute("rel", "external");
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
            a.click();
        }
        let _ = body.remove_child(&a);
    }
}

/// Saves `text` as a UTF-8 file via a Blob URL.
pub fn save_text(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else { return };
    save_blob(filename, &blob);
}

fn save_blob(filename: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    save(filename, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[wasm_bindgen]
extern "C" {
    /// Loads the Excel writer (`xlsx.js`, tools/xlsx-entry.js) once per page; defined by
    /// public/boot.js.
    #[wasm_bindgen(catch, js_namespace = window, js_name = __loadXlsx)]
    fn load_xlsx() -> Result<js_sys::Promise, JsValue>;

    /// The workbook of `sheets` (`transform::xlsx::workbook`), as a Promise of a Blob.
    #[wasm_bindgen(catch, js_namespace = window, js_name = __xlsx)]
    fn write_xlsx(sheets: &JsValue) -> Result<js_sys::Promise, JsValue>;
}

/// The workbook written by the Excel writer, fetched on the first one asked for.
async fn xlsx_blob(sheets: &str) -> Option<web_sys::Blob> {
    wasm_bindgen_futures::JsFuture::from(load_xlsx().ok()?).await.ok()?;
    let sheets = js_sys::JSON::parse(sheets).ok()?;
    wasm_bindgen_futures::JsFuture::from(write_xlsx(&sheets).ok()?).await.ok()?.dyn_into().ok()
}

/// The system share sheet (phones), where `navigator.share` exists.
fn system_share(title: &str, url: &str) -> bool {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return false };
    let Ok(f) = js_sys::Reflect::get(&nav, &"share".into()) else { return false };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else { return false };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    f.call1(&nav, &data).is_ok()
}

fn is_touch_device() -> bool {
    web_sys::window().and_then(|w| w.match_media("(pointer: coarse)").ok().flatten()).map(|m| m.matches()).unwrap_or(false)
}

/// What an embed's page adds around its card, and a margin for a narrower host (see `snippet`).
const EMBED_ROOM: f64 = 120.0;
#[component]
pub fn CardTools(
    figure: &'static Figure,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] source: Signal<String>,
    /// The CSV of what the card shows.
    #[prop(into)]
    csv_text: Signal<Option<String>>,
    /// File names without extension.
    #[prop(into)]
    stem: Signal<String>,
    #[prop(into)] dataset: Signal<Option<Arc<Dataset>>>,
    /// The chart as built (charts only): its option, subtitle and legend, for the images.
    #[prop(into)]
    built: Signal<Option<Built>>,
    /// The chart built for a layout width, for the images of a set size.
    built_at: Option<Callback<u32, Option<Built>>>,
    card: NodeRef<leptos::html::Section>,
) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let (said, set_said) = signal(String::new());
    // "Link copied" says so for a few seconds, then leaves the row (a failure stays: it holds the
    // link to copy by hand).
    let say_briefly = move |text: String| {
        set_said.set(text.clone());
        set_timeout(
            move || {
                if said.get_untracked() == text {
                    set_said.set(String::new())
                }
            },
            std::time::Duration::from_secs(4),
        );
    };
    // The download menu closes once a download is chosen.
    let menu = NodeRef::<leptos::html::Details>::new();
    let close_menu = move || {
        if let Some(m) = menu.get_untracked() {
            m.set_open(false);
        }
    };
    // Escape closes the menu and focus goes back to its button; so does focus leaving it (an open
    // menu covered the next card's legend buttons as the reader tabbed on).
    let menu_keys = move |e: leptos::ev::KeyboardEvent| {
        let Some(m) = menu.get_untracked() else { return };
        if e.key() == "Escape" && m.open() {
            e.prevent_default();
            m.set_open(false);
            if let Some(summary) = m.query_selector("summary").ok().flatten().and_then(|s| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(s).ok()) {
                let _ = summary.focus();
            }
        }
    };
    let menu_left = move |e: leptos::ev::FocusEvent| {
        let Some(m) = menu.get_untracked() else { return };
        let to = e.related_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok());
        if to.is_some_and(|t| !m.contains(Some(&t))) {
            m.set_open(false);
        }
    };
    // Opened near the bottom of a phone's screen, the menu would unfold out of sight: the page
    // scrolls just enough to show it.
    let show_menu = move |_| {
        let (Some(m), Some(w)) = (menu.get_untracked(), web_sys::window()) else { return };
        let list = m.query_selector("ul").ok().flatten();
        let below = list.map(|l| l.get_bounding_client_rect().bottom()).zip(w.inner_height().ok().and_then(|h| h.as_f64())).map_or(0.0, |(b, h)| b - h);
        if m.open() && below > 0.0 {
            w.scroll_by_with_x_and_y(0.0, below + 8.0);
        }
    };
    let chart_id = figure.id;
    let resource = figure.resource;
    // A shared link keeps the language the reader sees; an embed also its theme, so an article's
    // chart reads the same to every visitor whatever their browser's settings.
    let link = move |embed: bool| {
        let mut s = match ctx.shared {
            Some(page) => page.get_untracked(),
            None => ViewState { chart: Some(chart_id), ..ctx.state.get_untracked() },
        };
        s.embed = embed;
        s.lang = Some(lang.get_untracked());
        if embed {
            s.theme = Some(if ctx.dark.get_untracked() { Theme::Dark } else { Theme::Light });
        }
        format!("{}?{}", page_base(), url::serialize(&s))
    };
    let stem = move || stem.get_untracked();
    let share = move |_| {
        let href = link(false);
        if is_touch_device() && system_share(&title.get_untracked(), &href) {
            return;
        }
        if copy_text(&href) {
            say_briefly(Msg::LinkCopied.text(lang.get_untracked()).to_string());
        } else {
            set_said.set(Msg::CopyFailed.text(lang.get_untracked()).to_string() + &href);
        }
    };
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let snippet = move || {
        // The card, and what an embed adds around it (its folded filters, the link to the dashboard,
        // the page's margins: 84 px measured on the views' embeds) with room for a host column
        // narrower than this page's (its text wraps more): so a frame without embed.js is not cut.
        let height = card.get().map(|c| c.get_bounding_client_rect().height()).unwrap_or(520.0) + EMBED_ROOM;
        let height = (height / 10.0).ceil() as i64 * 10;
        let t = crate::transform::escape_html(&title.get());
        format!(
            "<iframe src=\"{}\" title=\"{t}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%\" loading=\"lazy\"></iframe>\n<script src=\"{}embed.js\" async></script>",
            crate::transform::escape_html(&link(true)),
            page_base()
        )
    };
    let (code, set_code) = signal(String::new());
    let open_embed = move |_| {
        set_code.set(snippet());
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let dark = ctx.dark;
    // The download build of ECharts is fetched on the first image asked for, so these wait for it.
    // The image of what the card shows, from the chart's option: also from the table tab.
    let framed = move |b: Built, size: (f64, f64), address: Option<String>| Picture {
        source: image::footer(&b, &source.get_untracked(), address.as_deref()),
        option: b.option,
        title: title.get_untracked(),
        subtitle: b.subtitle,
        legend: b.legend,
        size,
        dark: dark.get_untracked(),
        preset: address.is_some(),
    };
    let picture = move || {
        let c = card.get_untracked()?;
        let b = built.get_untracked()?;
        let on_screen = c.query_selector(".echart").ok().flatten().and_then(|el| get_instance_by_dom(&el)).map(|i| (i.get_width(), i.get_height())).filter(|s| s.0 > 0.0);
        let size = on_screen.unwrap_or(((c.client_width() as f64 - 32.0).max(320.0), 420.0));
        Some(framed(b, size, None))
    };
    // An image of a set size (`image::Preset`), the chart laid out for its width, with the
    // dashboard's address at this chart drawn under the source.
    let preset_picture = move |preset: image::Preset| Some(framed(built_at?.run(preset.layout_width())?, preset.size(), Some(link(false))));
    let failed = move || set_said.set(Msg::ImageFailed.text(lang.get_untracked()).to_string());
    let png = move |_| {
        close_menu();
        let Some(p) = picture() else { return failed() };
        wasm_bindgen_futures::spawn_local(async move {
            match png_of(&p).await {
                Some(u) => save(&format!("{}.png", stem()), &u),
                None => failed(),
            }
        });
    };
    let preset_png = move |preset: image::Preset| {
        close_menu();
        let Some(p) = preset_picture(preset) else { return failed() };
        wasm_bindgen_futures::spawn_local(async move {
            match png_of(&p).await {
                Some(u) => save(&format!("{}_{}.png", stem(), preset.code()), &u),
                None => failed(),
            }
        });
    };
    let excel = move |_| {
        close_menu();
        let Some(b) = built.get_untracked() else { return };
        let (t, source, address) = (title.get_untracked(), source.get_untracked(), link(false));
        let notes: Vec<String> = b.notes.iter().chain(&b.gaps).cloned().collect();
        let about = xlsx::About { title: &t, subtitle: &b.subtitle, source: &source, address: &address, notes: &notes };
        let sheets = xlsx::workbook(&b.table, &about, lang.get_untracked()).to_string();
        wasm_bindgen_futures::spawn_local(async move {
            match xlsx_blob(&sheets).await {
                Some(blob) => save_blob(&format!("{}.xlsx", stem()), &blob),
                None => set_said.set(Msg::XlsxFailed.text(lang.get_untracked()).to_string()),
            }
        });
    };
    let svg = move |_| {
        close_menu();
        let Some(p) = picture() else { return failed() };
        wasm_bindgen_futures::spawn_local(async move {
            match svg_of(&p).await {
                Some(s) => save_text(&format!("{}.svg", stem()), "image/svg+xml", &s),
                None => failed(),
            }
        });
    };
    let view_csv = move |_| {
        close_menu();
        if let Some(text) = csv_text.get_untracked() {
            save_text(&format!("{}.csv", stem()), "text/csv;charset=utf-8", &text);
        }
    };
    let full_csv = move |_| {
        close_menu();
        if let Some(d) = dataset.get_untracked() {
            save_text(&format!("{resource}.csv"), "text/csv;charset=utf-8", &csv::dataset_csv(&d));
        }
    };
    let metadata = move |_| {
        close_menu();
        if let Some(d) = dataset.get_untracked() {
            let meta = serde_json::json!({
                "name": d.name, "title": d.title, "unit": d.unit, "period": d.period, "figures": d.figures, "tables": d.tables,
                "sources": d.sources, "notes": d.notes, "errata": d.errata, "columns": ["entity", "category", "year", "value", "kind", "approx"],
                "as_of": d.as_of(), "coverage": d.coverage(), "version": page_release().map(|r| r.0),
            });
            save_text(&format!("{resource}.metadata.json"), "application/json;charset=utf-8", &serde_json::to_string_pretty(&meta).unwrap_or_default());
        }
    };
    let cite_dialog = NodeRef::<leptos::html::Dialog>::new();
    let (works, set_works) = signal(Vec::<Citations>::new());
    let open_cite = move |_| {
        let l = lang.get_untracked();
        let url = link(false);
        let t = title.get_untracked();
        // Under the dialog's "Cite this chart", the chart's own title.
        set_works.set(vec![citations(t.clone(), &Work::Chart { title: &t, url: &url, id: chart_id }, l)]);
        if let Some(d) = cite_dialog.get() {
            let _ = d.show_modal();
        }
    };
    let t = move |m: Msg| move || m.text(lang.get());
    view! {
        <div class="card-tools" data-tools=chart_id>
            <button type="button" data-action="share" on:click=share>{t(Msg::Share)}</button>
            <button type="button" data-action="cite" on:click=open_cite>{t(Msg::Cite)}</button>
            <button type="button" data-action="embed" on:click=open_embed>{t(Msg::Embed)}</button>
            <details class="download-menu" node_ref=menu on:toggle=show_menu on:keydown=menu_keys on:focusout=menu_left>
                <summary data-action="download">{t(Msg::Download)}</summary>
                <ul>
                    <li><button type="button" data-download="view-csv" on:click=view_csv>{t(Msg::DownloadViewCsv)}</button></li>
                    <Show when=move || dataset.with(|d| d.is_some())>
                        <li><button type="button" data-download="full-csv" on:click=full_csv>{t(Msg::DownloadFullCsv)}</button></li>
                        <li><button type="button" data-download="metadata" on:click=metadata>{t(Msg::DownloadMetadata)}</button></li>
                    </Show>
                    {figure.is_chart().then(|| view! {
                        <li><button type="button" data-download="xlsx" on:click=excel>{t(Msg::DownloadXlsx)}</button></li>
                        <li><button type="button" data-download="png" on:click=png>"PNG"</button></li>
                        <li><button type="button" data-download="svg" on:click=svg>"SVG"</button></li>
                        {built_at.is_some().then(|| image::Preset::ALL.iter().map(|&p| view! {
                            <li><button type="button" data-download=p.code() on:click=move |_| preset_png(p)>{move || p.label().text(lang.get())}</button></li>
                        }).collect_view())}
                    })}
                </ul>
            </details>
            <span class="tool-status" role="status" aria-live="polite">{move || said.get()}</span>
            <CiteDialog dialog=cite_dialog id=chart_id.to_string() title=Msg::CiteTitle works=works />
            <dialog node_ref=dialog class="embed-dialog" aria-labelledby=format!("{chart_id}-embed-title")>
                <h3 id=format!("{chart_id}-embed-title")>{t(Msg::EmbedTitle)}</h3>
                <p>{t(Msg::EmbedHelp)}</p>
                <p class="embed-pinned">{move || fill(Msg::EmbedPinned.text(lang.get()), &[("lang", Msg::LanguageName.text(lang.get())), ("theme", if ctx.dark.get() { Msg::ThemeDark } else { Msg::ThemeLight }.text(lang.get()))])}</p>
                <textarea readonly rows="5" aria-label=t(Msg::EmbedTitle) prop:value=move || code.get()></textarea>
                <div class="dialog-buttons">
                    <button type="button" data-action="copy-embed" on:click=move |_| {
                        let ok = copy_text(&code.get_untracked());
                        say_briefly(if ok { Msg::CodeCopied } else { Msg::CopyFailed }.text(lang.get_untracked()).to_string());
                    }>{t(Msg::CopyCode)}</button>
                    <button type="button" data-action="close" on:click=move |_| { if let Some(d) = dialog.get() { d.close(); } }>{t(Msg::Close)}</button>
                </div>
            </dialog>
        </div>
    }
}

//! Every embeddable chart (`page::static_charts`) as a picture the page shows before any of the
//! app's code has arrived: for each chart, language, theme and width (`page::STATIC_WIDTHS`), a
//! fragment of HTML, `pre/<id>.<lang>.<theme>.<width>.html`, that lays out the embed as the app
//! will (its folded filters, its card) with the chart drawn in its box.
//!
//! Why: an embed is how most readers meet a chart, and the app (wasm, then ECharts, then the data)
//! takes a second to draw it. The picture is ECharts' own drawing of the app's own option: this
//! module makes the options with the app's builders and the card around them; the build's
//! `tools/static-charts.mjs` has ECharts render each option to SVG in Node (`renderToSVGString`)
//! into the fragment's chart box. `public/boot.js` fetches the one fragment the address asks for
//! (an embed in its default state) and shows it; the app lays itself out under it, unseen, and
//! takes its place when its own chart has drawn (`web::first_screen`), in the same spot.

use super::static_card;
use crate::catalog::Figure;
use crate::charts::figure::{self, Filters};
use crate::charts::{layout_width, Look};
use crate::data::texts::Events;
use crate::data::Dataset;
use crate::i18n::Lang;
use crate::page::{static_charts, StaticWidth, STATIC_WIDTHS};
use crate::state::{Theme, View, ViewState};
use crate::transform::{escape_html, filters_summary};

/// Where the build's SVG goes in a fragment's chart box.
pub const SVG_MARK: &str = "<!--svg-->";

/// One picture to draw: ECharts renders `option` at `width` × `height` into `html` at
/// [`SVG_MARK`], and the build writes it to `dist/<file>`.
#[derive(Debug, serde::Serialize)]
pub struct StaticChart {
    pub file: String,
    pub width: u32,
    pub height: u32,
    pub option: String,
    pub html: String,
}

/// The file of a chart's picture in one language, theme and width (relative to the page; boot.js
/// spells it the same way from its settings).
pub fn file(id: &str, l: Lang, dark: bool, w: &StaticWidth) -> String {
    let theme = if dark { Theme::Dark } else { Theme::Light };
    format!("pre/{id}.{}.{}.{}.html", l.code(), theme.code(), w.name)
}

/// Every picture, from the data files that could be read (`files`); a chart whose file is missing
/// has none, and boot.js then leaves the page to the app, as without the build.
pub fn plan(files: &dyn Fn(&str) -> Option<Dataset>, events: Option<&Events>) -> Vec<StaticChart> {
    let mut out = Vec::new();
    for (id, slug) in static_charts() {
        let Some(view) = View::ALL.iter().copied().find(|v| v.spec().slug == slug) else { continue };
        let spec = view.spec();
        let Some(fig) = spec.figure(id) else { continue };
        let Some(ds) = files(fig.resource) else { continue };
        let state = ViewState { chart: Some(fig.id), embed: true, ..ViewState::default_for(view) };
        let years = data_years(view, files);
        for l in Lang::ALL {
            for dark in [false, true] {
                for w in &STATIC_WIDTHS {
                    if let Some(chart) = one(fig, &ds, events, &state, years, l, dark, w) {
                        out.push(chart);
                    }
                }
            }
        }
    }
    out
}

/// The first and last year the view's files have, as its year picker counts them
/// (`web::components::controls::use_data_years`).
fn data_years(view: View, files: &dyn Fn(&str) -> Option<Dataset>) -> Option<(i32, i32)> {
    let mut names: Vec<&str> = view.spec().figures.iter().filter(|f| f.is_chart()).map(|f| f.resource).collect();
    names.dedup();
    let ends: Vec<[i32; 2]> = names.iter().filter_map(|n| files(n)?.coverage()).collect();
    Some((ends.iter().map(|e| e[0]).min()?, ends.iter().map(|e| e[1]).max()?))
}

#[allow(clippy::too_many_arguments)]
fn one(fig: &Figure, ds: &Dataset, events: Option<&Events>, state: &ViewState, years: Option<(i32, i32)>, l: Lang, dark: bool, w: &StaticWidth) -> Option<StaticChart> {
    // The app's first drawing of a chart shown over its picture is not animated.
    let look = Look { lang: l, dark, decal: false, animate: false, width: layout_width(f64::from(w.chart)) };
    let built = figure::build(fig, ds, events, &Filters::of(state), &look)?;
    let spec = state.view.spec();
    let filters = spec.filters_of(fig);
    // The app's filter drawer, folded (an embed's always is): only where the app has one.
    let drawer = if !spec.data_entities && !filters.is_empty() {
        format!("<details class=\"filters\"><summary>{}</summary></details>", escape_html(&filters_summary(state, &filters, years, l)))
    } else {
        String::new()
    };
    let card = static_card(fig, ds, &built, l, SVG_MARK);
    Some(StaticChart {
        file: file(fig.id, l, dark, w),
        width: w.chart,
        height: built.height.unwrap_or(w.height),
        option: built.option,
        html: format!("<main lang=\"{}\"><div class=\"view\">{drawer}{card}</div></main>", l.tag()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str) -> Option<Dataset> {
        serde_json::from_str(&std::fs::read_to_string(format!("{}/data/{name}.json", env!("CARGO_MANIFEST_DIR"))).ok()?).ok()
    }

    fn events() -> Events {
        serde_json::from_str(&std::fs::read_to_string(format!("{}/data/events.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap()
    }

    #[test]
    fn every_embeddable_chart_in_every_language_theme_and_width() {
        let ev = events();
        let charts = plan(&read, Some(&ev));
        let ids = static_charts();
        assert!(ids.len() > 30, "{}", ids.len());
        assert_eq!(charts.len(), ids.len() * 2 * 2 * STATIC_WIDTHS.len(), "a file missing or a chart not built");
        assert!(ids.iter().any(|(id, _)| *id == "work-visas-totals"));
        for c in &charts {
            assert_eq!(c.html.matches(SVG_MARK).count(), 1, "{}", c.file);
            assert!(!c.html.contains("data-") && !c.html.contains("<script") && !c.html.contains(" id="), "none of the app's hooks or ids: {}", c.file);
            assert!(c.option.starts_with('{') && c.width > 0 && c.height > 0);
        }
    }

    #[test]
    fn the_picture_is_the_apps_own_option_under_the_embeds_filters() {
        let ev = events();
        let charts = plan(&read, Some(&ev));
        let c = charts.iter().find(|c| c.file == "pre/work-visas-totals.en.light.phone.html").expect("the totals embed");
        let view = View::WorkVisas;
        let state = ViewState { chart: Some("work-visas-totals"), embed: true, ..ViewState::default_for(view) };
        let fig = view.spec().figure("work-visas-totals").unwrap();
        let look = Look { lang: Lang::En, dark: false, decal: false, animate: false, width: layout_width(358.0) };
        let app = figure::build(fig, &read("work_visas").unwrap(), Some(&ev), &Filters::of(&state), &look).unwrap();
        assert_eq!(c.option, app.option);
        assert!(c.html.contains(&format!("<h2>{}</h2>", escape_html(&app.title))));
        assert!(c.html.contains(&escape_html(&app.summary)), "the chart box is described in words");
        assert!(c.html.contains("<details class=\"filters\"><summary>Filters · 3 regions · 5 classes · 2014–2023</summary></details>"), "{}", c.html);
        assert!(charts.iter().any(|c| c.file == "pre/work-visas-totals.zh.dark.wide.html"));
    }

    #[test]
    fn a_chart_whose_file_is_missing_has_no_picture() {
        let ev = events();
        let some = plan(&|n| if n == "work_visas" { None } else { read(n) }, Some(&ev));
        assert!(!some.iter().any(|c| c.file.starts_with("pre/work-visas-totals.")));
        assert!(!some.is_empty());
    }
}

//! Every embeddable chart (`page::static_charts`) as a picture the page shows before any of the
//! app's code has arrived: for each chart, language and theme, a fragment of HTML,
//! `pre/<id>.<lang>.<theme>.html`, that lays out the embed as the app will (its folded filters, its
//! card) with the chart drawn in its box — once per layout class (`page::PICTURE_WIDTHS`), the box
//! showing the one for its own width (a container query), as the app lays its chart out for it.
//!
//! Why: an embed is how most readers meet a chart, and the app (wasm, then ECharts, then the data)
//! takes a second to draw it. The picture is ECharts' own drawing of the app's own option: this
//! module makes the options with the app's builders and the card around them; the build's
//! `tools/static-charts.mjs` has ECharts render each option to SVG in Node (`renderToSVGString`)
//! into the fragment. `public/boot.js` fetches the one fragment the address asks for (an embed in
//! its default state) and shows it; the app lays itself out under it, unseen, and takes its place
//! when its own chart has drawn (`web::echarts::picture`), in the same spot. The overview shows the
//! same picture of its first chart in its static first screen (`super`).

use super::{static_card, OpenFull};
use crate::catalog::story::Annotation;
use crate::catalog::{Family, Figure};
use crate::charts::annotate;
use crate::charts::figure::{self, Built, Filters};
use crate::charts::{Look, LAYOUT_WIDTHS};
use crate::data::explorer::Explorer;
use crate::data::texts::Events;
use crate::data::Dataset;
use crate::i18n::{Lang, Msg};
use crate::page::{first_shown, static_charts, static_views, view_file_id, FIRST_CHART, PICTURE_WIDTHS, WIDEST_CHART};
use crate::state::{Filter, Theme, View, ViewState};
use crate::transform::explorer::as_dataset;
use crate::transform::{escape_html, filters_summary};

/// One drawing to make: ECharts renders `option` at `width` × `height`, and the build puts the SVG
/// in its fragment in place of `mark`.
#[derive(Debug, serde::Serialize)]
pub struct Drawing {
    pub mark: String,
    pub width: u32,
    pub height: u32,
    pub option: String,
}

/// One fragment: `html` with its drawings, written to `dist/<file>`.
#[derive(Debug, serde::Serialize)]
pub struct StaticChart {
    pub file: String,
    pub html: String,
    pub drawings: Vec<Drawing>,
}

/// The fragment of a chart in one language and theme (relative to the page; boot.js spells it the
/// same way from its settings).
pub fn file(id: &str, l: Lang, dark: bool) -> String {
    let theme = if dark { Theme::Dark } else { Theme::Light };
    format!("pre/{id}.{}.{}.html", l.code(), theme.code())
}

/// Every fragment, from the data files that could be read (`files`); a chart whose file is missing
/// has none, and boot.js then leaves the page to the app, as without the build.
pub fn plan(files: &dyn Fn(&str) -> Option<Dataset>, events: Option<&Events>) -> Vec<StaticChart> {
    let mut out = Vec::new();
    for (id, slug) in static_charts() {
        let Some(view) = View::ALL.iter().copied().find(|v| v.spec().slug == slug) else { continue };
        let Some(fig) = view.spec().figure(id) else { continue };
        let Some(ds) = files(fig.resource) else { continue };
        let state = ViewState { chart: Some(fig.id), embed: true, ..ViewState::default_for(view) };
        let years = data_years(view.spec().shown(state.chart), files);
        for l in Lang::ALL {
            for dark in [false, true] {
                out.extend(one(fig, &ds, events, &state, years, l, dark));
            }
        }
    }
    out
}

/// `fig`'s title in its view's default state, as the app shows it: the origins drawn and the
/// explorer's classes named (for `page::catalog_json`). `None` when its data cannot be read.
pub fn default_title(fig: &Figure, view: View, files: &dyn Fn(&str) -> Option<Dataset>, events: Option<&Events>, l: Lang) -> Option<String> {
    let filters = Filters::of(&ViewState { chart: Some(fig.id), ..ViewState::default_for(view) });
    if matches!(fig.family, Family::Explorer | Family::ExplorerRank) {
        return Some(crate::i18n::fill(l.pick(&fig.title), &[("classes", &filters.classes_named(l))]));
    }
    let look = Look { lang: l, dark: false, decal: false, animate: false, width: PICTURE_WIDTHS[0].0 };
    Some(figure::build(fig, &files(fig.resource)?, events, &filters, &look)?.title)
}

/// The first and last year the files of the `shown` figures have, as the year picker counts them
/// (`web::components::controls::use_data_years`).
fn data_years(shown: &[Figure], files: &dyn Fn(&str) -> Option<Dataset>) -> Option<(i32, i32)> {
    let mut names: Vec<&str> = shown.iter().filter(|f| f.is_chart()).map(|f| f.resource).collect();
    names.dedup();
    let ends: Vec<[i32; 2]> = names.iter().filter_map(|n| files(n)?.coverage()).collect();
    Some((ends.iter().map(|e| e[0]).min()?, ends.iter().map(|e| e[1]).max()?))
}

/// The box shows the drawing of its own layout class: the rules follow `charts::LAYOUT_WIDTHS`
/// (`charts::layout_width`), below the first the first; with a `wide` drawing, the widest class's
/// boxes from `WIDE_FROM` show that one.
fn class_rules(wide: bool) -> String {
    let mut css = String::from(".pre-chart{container-type:inline-size}.pre-chart>.pic{display:none;height:100%}");
    let mut classes: Vec<(String, u32)> = LAYOUT_WIDTHS.iter().map(|w| (w.to_string(), *w)).collect();
    if wide {
        classes.push(("wide".into(), WIDE_FROM));
    }
    for (i, (name, from)) in classes.iter().enumerate() {
        let from = (i > 0).then(|| format!("(min-width:{from}px)"));
        let to = classes.get(i + 1).map(|n| format!("(max-width:{}px)", f64::from(n.1) - 0.02));
        let cond = from.into_iter().chain(to).collect::<Vec<_>>().join(" and ");
        css.push_str(&format!("@container {cond}{{.pre-chart>.pic-{name}{{display:block}}}}"));
    }
    format!("<style>{css}</style>")
}

/// From this box width a `wide` card shows its drawing at `page::WIDEST_CHART` rather than the
/// widest class's (drawn at 860): halfway between the two.
const WIDE_FROM: u32 = (PICTURE_WIDTHS[PICTURE_WIDTHS.len() - 1].1 + WIDEST_CHART) / 2;

/// How a card is drawn besides its figure and state: the story's readings on it
/// (`charts::annotate`), and the height of its chart box where the page sets one of its own (a
/// profile's small multiples), else the page's for charts.
#[derive(Default, Clone, Copy)]
pub(super) struct Drawn<'a> {
    pub notes: &'a [Annotation],
    pub height: Option<u32>,
    /// Which card of its fragment this is (the marks of its drawings must differ from another's).
    pub card: usize,
    /// The card can span the page's widest column (the overview's first chart, a story step's):
    /// one more drawing, at that width, so the picture is the app's chart there too.
    pub wide: bool,
    /// The dashboard's address of a fragment that is also an embed (a story step, a profile): its
    /// cards link to it when embedded, as the app's do.
    pub embedded_link: Option<&'a str>,
}

/// `fig`'s card under `state`, as the app builds it, with its chart drawn once per layout class:
/// the card's HTML (drawings at their marks) and the drawings to make.
pub(super) fn pictured_card(fig: &Figure, ds: &Dataset, events: Option<&Events>, state: &ViewState, l: Lang, dark: bool, how: Drawn) -> Option<(String, Vec<Drawing>)> {
    // One card per layout class, as the app builds it for a chart of that width. The app's first
    // drawing of a chart shown over its picture is not animated.
    let mut cards: Vec<(String, u32, u32, Built)> = PICTURE_WIDTHS
        .iter()
        .map(|&(class, width, height)| {
            let look = Look { lang: l, dark, decal: false, animate: false, width: class };
            let mut b = figure::build(fig, ds, events, &Filters::of(state), &look)?;
            annotate::apply(&mut b, how.notes, &look);
            Some((class.to_string(), width, b.height.or(how.height).unwrap_or(height), b))
        })
        .collect::<Option<_>>()?;
    // Across the page: the widest class's chart, drawn wider.
    if how.wide {
        let (_, _, height, b) = cards.last()?.clone();
        cards.push(("wide".into(), WIDEST_CHART, height, b));
    }
    // A ranking is as tall as its bars need, which differs by class: then each drawing has its
    // height and the box follows it; else the box keeps the page's height for charts.
    let own_height = cards.iter().any(|c| c.3.height.is_some());
    let set_height = own_height || how.height.is_some();
    let mut pics = class_rules(how.wide);
    let mut drawings = Vec::new();
    for (name, width, height, card) in &cards {
        let mark = format!("<!--svg{}-{name}-->", how.card);
        let style = if set_height { format!(" style=\"height:{height}px\"") } else { String::new() };
        pics.push_str(&format!("<div class=\"pic pic-{name}\"{style}>{mark}</div>"));
        drawings.push(Drawing { mark, width: *width, height: *height, option: card.option.clone() });
    }
    let (_, _, _, widest) = cards.last()?;
    // An embed's link to the dashboard, as the app's (`card_frame`): its state, not embedded.
    let own = state.embed.then(|| format!("?{}", crate::state::url::serialize(&ViewState { embed: false, lang: Some(l), ..state.clone() })));
    let full = match (&own, how.embedded_link) {
        (Some(q), _) => OpenFull::Always(q),
        (None, Some(q)) => OpenFull::IfEmbedded(q),
        (None, None) => OpenFull::No,
    };
    Some((static_card(fig, ds, widest, l, &pics, set_height.then_some("auto"), full), drawings))
}

/// The app's filter drawer, folded, saying what `filters` are chosen (none: no drawer).
fn drawer(state: &ViewState, filters: &[Filter], years: Option<(i32, i32)>, l: Lang) -> String {
    if filters.is_empty() {
        return String::new();
    }
    format!("<details class=\"filters\"><summary>{}</summary></details>", escape_html(&filters_summary(state, filters, years, l)))
}

/// An embed: its folded filters (an embed's always are) and its card.
fn one(fig: &Figure, ds: &Dataset, events: Option<&Events>, state: &ViewState, years: Option<(i32, i32)>, l: Lang, dark: bool) -> Option<StaticChart> {
    // The overview's first chart is also shown in its first screen, across the page.
    let how = Drawn { wide: fig.id == FIRST_CHART.id, ..Drawn::default() };
    let (card, drawings) = pictured_card(fig, ds, events, state, l, dark, how)?;
    // Where the app has one (`web::components::controls::Controls`).
    let drawer = if state.view.spec().data_entities { String::new() } else { drawer(state, &state.view.spec().filters_of(fig), years, l) };
    Some(StaticChart {
        file: file(fig.id, l, dark),
        html: format!("<main lang=\"{}\"><div class=\"view\">{drawer}<div class=\"cards\">{card}</div></div></main>", l.tag()),
        drawings,
    })
}

/// The views whose first screen is drawn (`page::static_views`), as the app lays it out in its
/// default state: the site's header, the view's title, its filters (folded: where they open, beside
/// the charts on a wide screen, the charts' column does not move) and its first card. The
/// explorer's first card is its default nationalities' totals (`transform::explorer`), under its
/// lede.
pub fn view_screens(files: &dyn Fn(&str) -> Option<Dataset>, explorer: Option<&Explorer>, events: Option<&Events>) -> Vec<StaticChart> {
    let mut out = Vec::new();
    for view in static_views() {
        let spec = view.spec();
        let state = ViewState::default_for(view);
        let Some(fig) = first_shown(view) else { continue };
        let (ds, years, drawer_shown, lede) = if matches!(fig.family, Family::Explorer) {
            let Some(e) = explorer else { continue };
            let years = Some((*e.years.first().unwrap_or(&0), *e.years.last().unwrap_or(&0))).filter(|_| !e.years.is_empty());
            (as_dataset(e, &state.regions, &state.categories), years, true, Some(Msg::ExplorerLede))
        } else {
            let Some(ds) = files(fig.resource) else { continue };
            (ds, data_years(spec.figures, files), !spec.data_entities, None)
        };
        for l in Lang::ALL {
            for dark in [false, true] {
                let Some((card, drawings)) = pictured_card(fig, &ds, events, &state, l, dark, Drawn::default()) else { continue };
                let drawer = if drawer_shown { drawer(&state, spec.filters, years, l) } else { String::new() };
                let lede = lede.map(|m| format!("<p class=\"lede\">{}</p>", escape_html(m.text(l)))).unwrap_or_default();
                let html = format!(
                    "<div lang=\"{}\">{}<main><h1 class=\"view-title\">{}</h1><div class=\"view\">{drawer}<div class=\"cards\">{lede}{card}</div></div></main></div>",
                    l.tag(),
                    super::header(l, view),
                    escape_html(view.name().text(l))
                );
                out.push(StaticChart { file: file(&view_file_id(spec.slug), l, dark), html, drawings });
            }
        }
    }
    out
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::charts::layout_width;

    /// A data file of the repository (also for `super::pages`' tests).
    pub(in crate::prerender) fn read(name: &str) -> Option<Dataset> {
        serde_json::from_str(&std::fs::read_to_string(format!("{}/data/{name}.json", env!("CARGO_MANIFEST_DIR"))).ok()?).ok()
    }

    pub(in crate::prerender) fn events() -> Events {
        serde_json::from_str(&std::fs::read_to_string(format!("{}/data/events.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap()
    }

    #[test]
    fn every_embeddable_chart_in_every_language_and_theme_drawn_for_every_layout_class() {
        let ev = events();
        let charts = plan(&read, Some(&ev));
        let ids = static_charts();
        assert!(ids.len() > 30, "{}", ids.len());
        assert_eq!(charts.len(), ids.len() * 2 * 2, "a file missing or a chart not built");
        assert!(ids.iter().any(|(id, _)| *id == "work-visas-totals"));
        for c in &charts {
            // The overview's first chart once more, for a box across the page's widest column.
            let wide = c.file.starts_with(&format!("pre/{}.", FIRST_CHART.id));
            assert_eq!(c.drawings.len(), LAYOUT_WIDTHS.len() + usize::from(wide), "{}", c.file);
            if wide {
                let (last, widest) = (&c.drawings[LAYOUT_WIDTHS.len() - 1], &c.drawings[LAYOUT_WIDTHS.len()]);
                assert_eq!((widest.width, &widest.option), (WIDEST_CHART, &last.option), "the widest class's option, drawn wider");
                assert!(
                    c.html.contains(&format!("@container (min-width:760px) and (max-width:{}px){{.pre-chart>.pic-760{{display:block}}}}", f64::from(WIDE_FROM) - 0.02)),
                    "{}",
                    c.html
                );
                assert!(c.html.contains(&format!("@container (min-width:{WIDE_FROM}px){{.pre-chart>.pic-wide{{display:block}}}}")));
            }
            for d in &c.drawings {
                assert_eq!(c.html.matches(&d.mark).count(), 1, "{}", c.file);
                assert!(d.option.starts_with('{') && d.width > 0 && d.height > 0);
            }
            assert!(!c.html.contains("data-") && !c.html.contains("<script") && !c.html.contains(" id="), "none of the app's hooks or ids: {}", c.file);
        }
    }

    #[test]
    fn each_drawing_is_the_apps_own_option_for_its_width_under_the_embeds_filters() {
        let ev = events();
        let charts = plan(&read, Some(&ev));
        let c = charts.iter().find(|c| c.file == "pre/work-visas-totals.en.light.html").expect("the totals embed");
        let view = View::WorkVisas;
        let state = ViewState { chart: Some("work-visas-totals"), embed: true, ..ViewState::default_for(view) };
        let fig = view.spec().figure("work-visas-totals").unwrap();
        for d in &c.drawings {
            // Drawn at a width of the class it stands for.
            let class = layout_width(f64::from(d.width));
            assert!(d.mark.contains(&format!("-{class}-")), "{} drawn at {}", d.mark, d.width);
            let look = Look { lang: Lang::En, dark: false, decal: false, animate: false, width: class };
            let app = figure::build(fig, &read("work_visas").unwrap(), Some(&ev), &Filters::of(&state), &look).unwrap();
            assert_eq!(d.option, app.option, "{}", d.mark);
            assert!(c.html.contains(&format!("<h2>{}</h2>", escape_html(&app.title))));
            assert!(c.html.contains(&escape_html(&app.summary)), "the chart box is described in words");
        }
        assert!(c.html.contains("<details class=\"filters\"><summary>Filters · 3 regions · 5 classes · 2014–2023</summary></details>"), "{}", c.html);
        assert!(c.html.contains("@container (min-width:440px) and (max-width:519.98px){.pre-chart>.pic-440{display:block}}"), "{}", c.html);
        assert!(charts.iter().any(|c| c.file == "pre/work-visas-totals.zh.dark.html"));
    }

    #[test]
    fn the_catalog_titles_name_what_the_default_state_draws() {
        let ev = events();
        let title = |f: &Figure, v, l| default_title(f, v, &read, Some(&ev), l);
        let text = crate::page::catalog_json(&title);
        assert!(!text.contains("{regions}") && !text.contains("{classes}"), "no template left");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let title_of = |slug: &str, id: &str| {
            let view = v["views"].as_array().unwrap().iter().find(|x| x["slug"] == slug).unwrap();
            view["figures"].as_array().unwrap().iter().find(|f| f["id"] == id).unwrap()["title"].clone()
        };
        assert_eq!(title_of("work-visas", "work-visas-totals")["en"], "US nonimmigrant work visas issued to citizens of China, Europe and India");
        assert_eq!(title_of("work-visas", "work-visas-totals")["zh"], "中国、欧洲、印度公民获得的美国非移民工作签证");
        assert_eq!(title_of("explorer", "explorer-totals")["en"], "US nonimmigrant visas issued: all visa classes");
        // Without its data the build cannot say what is drawn: an ellipsis, not a template.
        let blind = crate::page::catalog_json(&|_, _, _| None);
        assert!(blind.contains("citizens of …") && !blind.contains("{regions}"));
    }

    #[test]
    fn a_ranking_takes_its_height_per_width() {
        let charts = plan(&read, None);
        let c = charts.iter().find(|c| c.file == "pre/global-destinations.en.light.html").expect("the ranking");
        assert!(c.html.contains("class=\"echart pre-chart\" role=\"img\"") && c.html.contains("style=\"height:auto\""));
        let heights: Vec<u32> = c.drawings.iter().map(|d| d.height).collect();
        assert!(heights[0] != heights[3], "a phone's rows are shorter: {heights:?}");
        for d in &c.drawings {
            assert!(c.html.contains(&format!("style=\"height:{}px\">{}", d.height, d.mark)));
        }
    }

    #[test]
    fn a_views_first_screen_is_its_header_title_folded_filters_and_first_card() {
        let ev = events();
        let niv: Explorer = serde_json::from_str(&std::fs::read_to_string(format!("{}/data/niv_explorer.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap();
        let screens = view_screens(&read, Some(&niv), Some(&ev));
        assert_eq!(screens.len(), static_views().len() * 4, "every view, language and theme");
        assert!(
            static_views().contains(&View::WorkVisas)
                && static_views().contains(&View::Explorer)
                && !static_views().contains(&View::Overview)
                && !static_views().contains(&View::Policy)
        );
        // The explorer's: its lede above its default nationalities' totals.
        let x = screens.iter().find(|c| c.file == "pre/view-explorer.en.light.html").expect("explorer");
        assert!(x.html.contains("<div class=\"cards\"><p class=\"lede\">") && x.html.contains("<details class=\"filters\"><summary>Filters · "), "{}", x.html);
        let s = screens.iter().find(|c| c.file == "pre/view-work-visas.en.light.html").expect("work visas");
        assert!(s.html.contains("<header class=\"site-header\">") && s.html.contains("aria-current=\"page\">Work visas</a>"), "{}", s.html);
        assert!(s.html.contains("<h1 class=\"view-title\">Work visas</h1>"));
        assert!(s
            .html
            .contains("<details class=\"filters\"><summary>Filters · 3 regions · 5 classes · 2014–2023</summary></details><div class=\"cards\"><section class=\"chart-card\">"));
        // The view's first card, as the app builds it in the view's default state.
        let state = ViewState::default_for(View::WorkVisas);
        let fig = first_shown(View::WorkVisas).unwrap();
        assert_eq!(fig.id, "work-visas-totals");
        let look = Look { lang: Lang::En, dark: false, decal: false, animate: false, width: 760 };
        let app = figure::build(fig, &read("work_visas").unwrap(), Some(&ev), &Filters::of(&state), &look).unwrap();
        assert_eq!(s.drawings.last().unwrap().option, app.option);
        for c in &screens {
            assert!(!c.html.contains("data-") && !c.html.contains("<script") && !c.html.contains(" id="), "none of the app's hooks or ids: {}", c.file);
        }
    }

    #[test]
    fn a_chart_whose_file_is_missing_has_no_picture() {
        let ev = events();
        let some = plan(&|n| if n == "work_visas" { None } else { read(n) }, Some(&ev));
        assert!(!some.iter().any(|c| c.file.starts_with("pre/work-visas-totals.")));
        assert!(!some.is_empty());
    }
}

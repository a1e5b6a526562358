//! The static first screen: the overview's header, lede and six findings, with their numbers, as
//! plain HTML written into `dist/index.html` at build time (`src/bin/prerender.rs`).
//!
//! Why: the app is wasm, and on a phone on a slow network it mounts seconds after the HTML
//! arrives. With this the reader (and a search engine, or a browser without JavaScript) reads the
//! findings at once; the app replaces them when its own findings have their data
//! (`views::overview`), in one frame, with the same markup. It is written in both languages;
//! `public/boot.js` sets `<html lang>` from the URL (or the browser) before the body is parsed,
//! and the CSS shows the matching block. On any other view, boot.js hides it before first paint.
//!
//! It carries none of the app's `data-*` hooks, so a test (or a script) that looks for them only
//! ever finds the app's.
//!
//! Pure: the texts come from `findings` and `i18n`, so the static page cannot say something the
//! app would not.

use crate::catalog::Figure;
use crate::charts::figure::{self, Built, Filters};
use crate::charts::Look;
use crate::data::Dataset;
use crate::findings::{body, cited, cited_json, figure_html, findings, href, json_for_script, step_href, CITED_ID, FINDING_DATA};
use crate::i18n::{fill, Lang, Msg};
use crate::page::{boot_config, BOOT_CONFIG_ID, STATIC_CHART_ID};
use crate::provenance::{as_of_line, source_line, Provenance};
use crate::state::{url, View, ViewState};
use crate::transform::escape_html;

pub mod charts;
pub mod errata;
pub mod package;
pub mod pages;

pub use crate::page::PRERENDER_ID as ID;
/// Where the build puts it in index.html.
pub const MARKER: &str = "<!-- prerender -->";

/// `datasets` holds the files named in `findings::FINDING_DATA` that could be read; a missing one
/// leaves dashes, as the app would.
pub fn html(datasets: &[(&str, Dataset)]) -> String {
    let set = |name: &str| datasets.iter().find(|(n, _)| *n == name).map(|(_, d)| d);
    let get = |name: &str, e: &str, c: &str, y: i32| -> Option<f64> { crate::findings::read(name, |n| set(n)?.value(e, c, y), |n| Some(set(n)?.erratum(e, c, y)?.report)) };
    let first = datasets.iter().find(|(n, _)| *n == FIRST_CHART.resource).map(|(_, d)| d);
    let blocks: String = Lang::ALL.iter().map(|&l| block(l, &get, first)).collect();
    // The numbers themselves, for the app (see `findings::CITED_ID`); only when every file was
    // read, so a build that missed one leaves the app to download them rather than show dashes.
    let values = if FINDING_DATA.iter().all(|f| datasets.iter().any(|(n, _)| n == f)) {
        format!("<script type=\"application/json\" id=\"{CITED_ID}\">{}</script>", cited_json(&cited(&get)))
    } else {
        String::new()
    };
    // The box a view's or an embed's picture goes in (`charts`, shown by boot.js), empty until
    // then. First in the body: boot.js puts the picture in as soon as it arrives, without waiting
    // for the parser to pass the overview's screen (hidden on those pages).
    format!("<div id=\"{STATIC_CHART_ID}\"></div><div id=\"{ID}\">{blocks}</div>{values}")
}

pub use crate::page::FIRST_CHART;

/// The first chart's card in `l`, exactly as the app's card builds it (its texts are the same in
/// either theme).
fn first_chart(ds: &Dataset, l: Lang) -> Option<Built> {
    let state = ViewState::default_for(View::Overview);
    figure::build(&FIRST_CHART, ds, None, &Filters::of(&state), &Look { lang: l, dark: false, decal: false, animate: true, width: 0 })
}

/// The first chart's card as the app lays it out, with an empty chart box where `public/boot.js`
/// puts the chart's picture (`charts`) before the app runs; the app's chart takes its place
/// (`web::echarts::picture`).
fn first_chart_card(l: Lang, ds: &Dataset) -> String {
    let Some(card) = first_chart(ds, l) else { return String::new() };
    static_card(&FIRST_CHART, ds, &card, l, "", card.height.map(|h| format!("{h}px")).as_deref(), OpenFull::No)
}

/// A figure's card as the app lays it out (`web::components::card_frame`: head, tabs, notes,
/// legend, chart panel, key, events, source line), so the chart sits where the app's will; its
/// chart box holds `chart` (nothing, or pictures of the chart) and the app's text description, and
/// is `height` tall (a CSS length; `None`: the page's default for charts). Under the source line,
/// the folded sources & notes and the tools row, inert until the app takes the card's place, so
/// that what follows the card does not move then; in an embed, the link to the dashboard at
/// `full` (a query string), which works before the app.
/// The link under an embedded card to the dashboard at its state (`card_frame`'s "Open in Talent
/// Flows"): in an embed's own picture, or in a fragment that serves a page and its embed alike (a
/// story step, a profile) where the CSS shows it only in an embed (`html[data-embed="1"]`).
#[derive(Clone, Copy, Default)]
pub enum OpenFull<'a> {
    #[default]
    No,
    Always(&'a str),
    IfEmbedded(&'a str),
}

pub fn static_card(fig: &Figure, ds: &Dataset, card: &Built, l: Lang, chart: &str, height: Option<&str>, full: OpenFull) -> String {
    let t = |m: Msg| escape_html(m.text(l));
    let notes: String =
        fig.note.iter().map(|n| l.pick(n)).chain(card.notes.iter().map(String::as_str)).map(|n| format!("<p class=\"chart-note\">{}</p>", escape_html(n))).collect();
    // The legend as the app's (`figure_card::Legend`): its buttons work once the app runs.
    let legend = if card.legend.len() > 1 {
        let items: String = card
            .legend
            .iter()
            .map(|i| {
                format!(
                    "<li><button type=\"button\" class=\"legend-item\" aria-pressed=\"true\"><span class=\"swatch\" style=\"background:{}\"></span>{}</button></li>",
                    i.colour,
                    escape_html(&i.name)
                )
            })
            .collect();
        format!("<ul class=\"legend\" aria-label=\"{}\">{items}</ul>", t(Msg::ToggleSeries))
    } else {
        String::new()
    };
    // As the app's (`figure_card::ChartKey`).
    let key: String = card.key_lines().map(|k| format!("<span>{}</span>", escape_html(k))).collect();
    let key = if key.is_empty() { key } else { format!("<p class=\"chart-key\">{key}</p>") };
    let events = if card.events.is_empty() {
        String::new()
    } else {
        format!(
            "<div class=\"chart-events\"><p class=\"chart-events-title\">{}</p><ul>{}</ul></div>",
            t(Msg::EventsHeading),
            card.events.iter().map(|e| format!("<li>{}</li>", escape_html(e))).collect::<String>()
        )
    };
    let height = height.map(|h| format!(" style=\"height:{h}\"")).unwrap_or_default();
    let p = Provenance::of_drawn(ds, &card.drawn);
    let as_of = as_of_line(&p, l).map(|d| format!(" · <span class=\"as-of\">{}</span>", escape_html(&d))).unwrap_or_default();
    format!(
        "<section class=\"chart-card\"><div class=\"card-head\"><div><h2>{title}</h2><p class=\"chart-subtitle\">{subtitle}</p></div>\
<div role=\"tablist\" class=\"tabs\" aria-label=\"{show}\"><button type=\"button\" role=\"tab\" aria-selected=\"true\">{tab_chart}</button><button type=\"button\" role=\"tab\" aria-selected=\"false\" tabindex=\"-1\">{table}</button></div></div>\
{notes}<div class=\"panel chart-panel\">{legend}<div class=\"echart pre-chart\" role=\"img\" aria-label=\"{summary}\"{height}>{chart}</div>{key}{events}</div>\
<p class=\"source-line\">{source}{as_of}</p><details class=\"sources-panel\"><summary>{sources}</summary></details>\
<div class=\"card-tools\"><button type=\"button\">{share}</button><button type=\"button\">{cite}</button><button type=\"button\" class=\"pre-embed\">{embed}</button>\
<details class=\"download-menu\"><summary>{download}</summary></details><span class=\"tool-status\"></span></div>{full}</section>",
        sources = t(Msg::SourcesAndNotes),
        share = t(Msg::Share),
        cite = t(Msg::Cite),
        embed = t(Msg::Embed),
        download = t(Msg::Download),
        full = match full {
            OpenFull::No => None,
            OpenFull::Always(q) => Some(("open-full", q)),
            OpenFull::IfEmbedded(q) => Some(("open-full if-embedded", q)),
        }
        .map(|(class, q)| format!("<p class=\"{class}\"><a href=\"{}\" target=\"_blank\" rel=\"external noopener\">{}</a></p>", escape_html(q), t(Msg::OpenFull)))
        .unwrap_or_default(),
        title = escape_html(&card.title),
        subtitle = escape_html(&card.subtitle),
        show = t(Msg::ViewAs),
        tab_chart = t(Msg::TabChart),
        table = t(Msg::TabTable),
        summary = escape_html(&card.summary),
        source = escape_html(&source_line(&p, l)),
    )
}

/// The boot script's settings (`page::boot_config`), placed right before its tag so it can read
/// them as it runs (it is in `<head>`, before the body is parsed). `None` without a boot.js tag.
pub fn with_boot_config(index: &str, release: Option<(&str, &str)>) -> Option<String> {
    const BOOT: &str = "<script src=\"boot.js\"";
    let at = index.find(BOOT)?;
    let block = format!("<script type=\"application/json\" id=\"{BOOT_CONFIG_ID}\">{}</script>\n    ", json_for_script(&boot_config(release)));
    let mut out = index.to_string();
    out.insert_str(at, &block);
    Some(out)
}

fn block(l: Lang, get: &dyn Fn(&str, &str, &str, i32) -> Option<f64>, first: Option<&Dataset>) -> String {
    let t = |m: Msg| escape_html(m.text(l));
    let items: String = findings()
        .iter()
        .enumerate()
        .map(|(i, f)| {
            format!(
                "<li class=\"finding\"><h2>{n}. {}</h2><div class=\"finding-figure\">{}</div><p>{}</p><a class=\"show-me\" href=\"{}\">{}</a> <a class=\"story-step-link\" href=\"{}\">{}</a></li>",
                escape_html(l.pick(&f.title)),
                figure_html(i, f, get, l),
                escape_html(&body(i, f, get, l)),
                escape_html(&href(f, Some(l), None)),
                t(Msg::ShowMe),
                escape_html(&step_href(i, Some(l), None)),
                escape_html(&fill(Msg::StoryStep.text(l), &[("n", &(i + 1).to_string())])),
                n = i + 1,
            )
        })
        .collect();
    format!(
        "<div class=\"pre-{code}\" lang=\"{tag}\">{header}\
<main><h1 class=\"view-title\">{h1}</h1><div class=\"view\"><p class=\"lede\">{lede}</p><p class=\"story-link\"><a href=\"{story}\">{story_link}</a></p><ol class=\"findings\">{items}</ol>{card}</div></main></div>",
        code = l.code(),
        tag = l.tag(),
        header = header(l, View::Overview),
        card = first.map(|d| first_chart_card(l, d)).unwrap_or_default(),
        h1 = t(View::Overview.name()),
        lede = t(Msg::OverviewLede),
        story = escape_html(&format!("?{}", url::serialize(&ViewState { lang: Some(l), ..ViewState::default_for(View::Story) }))),
        story_link = t(Msg::StoryLink),
    )
}

/// The site's header as the app's (`web::app`): title, tools, and the views, `current` marked.
/// Its buttons do nothing until the app takes over (a second or two); they are here so the page
/// does not move when it does.
pub fn header(l: Lang, current: View) -> String {
    let t = |m: Msg| escape_html(m.text(l));
    let to = |v: View| {
        let mut s = ViewState::default_for(View::Overview).switch_to(v);
        s.lang = Some(l);
        escape_html(&format!("?{}", url::serialize(&s)))
    };
    let nav: String = View::ALL
        .iter()
        .map(|&v| {
            let mark = if v == current { " aria-current=\"page\"" } else { "" };
            format!("<li><a href=\"{}\"{mark}>{}</a></li>", to(v), t(v.name()))
        })
        .collect();
    format!(
        "<header class=\"site-header\"><div class=\"brand\"><p class=\"site-title\"><a href=\"{home}\">{title}</a></p><p class=\"subtitle\">{subtitle}</p><p class=\"header-citation\">{citation}</p></div>\
<div class=\"header-tools\"><button class=\"theme-switch\" type=\"button\" aria-pressed=\"false\">{patterns}</button><button class=\"theme-switch\" type=\"button\" aria-pressed=\"false\">{dark}</button><button class=\"lang-switch\" type=\"button\" lang=\"{other}\">{switch}</button></div>\
<nav aria-label=\"{nav_label}\"><ul>{nav}</ul></nav></header>",
        home = to(View::Overview),
        title = t(Msg::SiteTitle),
        subtitle = t(Msg::SiteSubtitle),
        citation = t(Msg::Citation),
        patterns = t(Msg::Patterns),
        dark = t(Msg::DarkMode),
        other = l.other().tag(),
        switch = t(Msg::SwitchLanguage),
        nav_label = t(Msg::NavLabel),
    )
}

/// Trunk's loader in `index`, rewritten so the page says when and how the app starts:
/// - the loader awaits `window.__appGate` (set by `public/boot.js`) before it fetches the wasm.
///   Trunk's preload of the wasm goes; boot.js preloads it itself where the app is what the
///   reader waits for (the script tag carries the wasm's address as `data-wasm`). On a phone
///   showing the static first screen the gate opens after that screen is painted, and on a wide
///   one after boot.js has drawn the first chart from the page, so the 280 KB of wasm does not
///   compete with either; everywhere else it is open at once. Without boot.js the `await` of an
///   undefined gate goes straight on;
/// - the wasm is handed to wasm-bindgen as bytes, not as a response: then V8 decodes it on a
///   background thread in one go, where streaming compilation decodes each arriving chunk in a
///   task on the main thread (measured: about 100 ms less blocking on a phone-speed CPU);
/// - if the app cannot start (the wasm did not arrive, or cannot run here), boot.js's
///   `__appFailed` says so on the page instead of leaving it blank.
///
/// `None` if trunk's output is not as expected.
pub fn gate_app(index: &str) -> Option<String> {
    const LOAD: &str = "const wasm = await init({ module_or_path: '";
    const PRELOAD: &str = "as=\"fetch\" type=\"application/wasm\"";
    const BOOT: &str = "<script src=\"boot.js\">";
    if index.matches(LOAD).count() != 1 || !index.contains(PRELOAD) || index.matches(BOOT).count() != 1 {
        return None;
    }
    let at = index.find(LOAD)? + LOAD.len();
    let end = at + index[at..].find("' })")?;
    let url = &index[at..end];
    let load = format!(
        "await window.__appGate;\nlet wasm;\ntry {{\n  wasm = await init({{ module_or_path: fetch('{url}').then((r) => {{ if (!r.ok) throw new Error('HTTP ' + r.status); return r.arrayBuffer(); }}) }});\n}} catch (e) {{\n  if (window.__appFailed) window.__appFailed(e);\n  throw e;\n}}"
    );
    // Trunk's `;` after the call stays, now after the block.
    let mut out = format!("{}{load}{}", &index[..at - LOAD.len()], &index[end + "' })".len()..]);
    while let Some(p) = out.find(PRELOAD) {
        let from = out[..p].rfind("<link")?;
        let to = p + out[p..].find('>')? + 1;
        out.replace_range(from..to, "");
    }
    Some(out.replacen(BOOT, &format!("<script src=\"boot.js\" data-wasm=\"{url}\">"), 1))
}

/// `index` with boot.js's text in its tag instead of its address: the page's first script runs
/// without a request of its own, so a picture's request (and the data's) starts that much sooner.
/// The tag keeps its attributes (`data-wasm`); the page's Content-Security-Policy allows the
/// script by its hash (tools/csp.mjs). `None` without the tag, or if the text could end it.
pub fn inline_boot(index: &str, boot: &str) -> Option<String> {
    const TAG: &str = "<script src=\"boot.js\"";
    if index.matches(TAG).count() != 1 || boot.to_ascii_lowercase().contains("</script") {
        return None;
    }
    let at = index.find(TAG)?;
    let open_end = at + index[at..].find('>')?;
    let close = open_end + index[open_end..].find("</script>")?;
    let attrs = &index[at + TAG.len()..open_end];
    Some(format!("{}<script{attrs}>{boot}{}", &index[..at], &index[close..]))
}

/// `index` with the prerendered block in place of `MARKER` (once), or `None` if it has no marker.
pub fn insert(index: &str, block: &str) -> Option<String> {
    index.contains(MARKER).then(|| index.replacen(MARKER, block, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset(name: &str, json: &str) -> (&'static str, Dataset) {
        let name: &'static str = Box::leak(name.to_string().into_boxed_str());
        (name, serde_json::from_str(json).expect("test dataset"))
    }

    #[test]
    fn both_languages_and_every_finding_without_data() {
        let h = html(&[]);
        // The pictures' box first, so a view's picture need not wait for the rest to be parsed.
        assert!(h.starts_with("<div id=\"static-chart\"></div><div id=\"prerender\">"), "{}", &h[..80]);
        assert_eq!(h.matches("class=\"finding\"").count(), 12, "six findings in each language");
        assert!(h.contains("lang=\"zh-CN\"") && h.contains("lang=\"en\""));
        assert!(h.contains("The US remains the world&#39;s leading talent hub"), "text is escaped");
        assert!(h.contains("美国仍是全球首要的国际人才高地"));
        // Without data the numbers are dashes, as in the app.
        assert!(h.contains("EB-1A approval rates in 2010: UK/France/Germany —, China —, India —"));
        assert!(!h.contains('{'), "every placeholder is filled");
    }

    #[test]
    fn numbers_come_from_the_data_files() {
        let data = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/eb1a.json")).unwrap();
        let h = html(&[dataset("eb1a", &data)]);
        let ds: Dataset = serde_json::from_str(&data).unwrap();
        let cn = ds.value("CN", "approval_rate", 2010).unwrap();
        assert!(h.contains(&format!("China {}%", crate::i18n::group_thousands(cn, crate::transform::decimals(cn)))), "{h}");
    }

    #[test]
    fn links_keep_the_language_of_their_block() {
        let h = html(&[]);
        let en = &h[h.find("class=\"pre-en\"").unwrap()..];
        assert!(en.contains("href=\"?view=work-visas&amp;lang=en\">Work visas</a>"), "{en}");
        assert!(en.contains("aria-current=\"page\">Overview</a>"));
        // The app's test hooks (data-finding, data-nav) are the app's alone.
        assert!(!h.contains("data-"));
        let zh = &h[..h.find("class=\"pre-en\"").unwrap()];
        assert!(zh.contains("lang=zh"));
    }

    #[test]
    fn the_cited_numbers_go_with_the_page_only_when_every_file_was_read() {
        let all: Vec<(&str, Dataset)> =
            FINDING_DATA.iter().map(|n| dataset(n, &std::fs::read_to_string(format!("{}/data/{n}.json", env!("CARGO_MANIFEST_DIR"))).unwrap())).collect();
        let h = html(&all);
        let start = h.find("<script type=\"application/json\" id=\"finding-values\">").expect("values block");
        let json = &h[start..].split_once('>').unwrap().1.split_once("</script>").unwrap().0;
        let values = crate::findings::parse_cited(json).expect("values parse");
        // The app's text from these numbers is the static text.
        let get = |n: &str, e: &str, c: &str, y: i32| crate::findings::look_up(&values, n, e, c, y);
        for (i, f) in findings().iter().enumerate() {
            assert!(h.contains(&escape_html(&body(i, f, &get, Lang::En))), "finding {i}");
        }
        assert!(!html(&all[1..]).contains("finding-values"), "a missing file: no values");
    }

    #[test]
    fn the_first_charts_card_goes_with_the_page_as_the_app_lays_it_out() {
        let name = FIRST_CHART.resource;
        assert!(FINDING_DATA.contains(&name), "the build reads the first chart's file");
        let text = std::fs::read_to_string(format!("{}/data/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let ds: Dataset = serde_json::from_str(&text).unwrap();
        let h = html(&[dataset(name, &text)]);
        // A card and an empty chart box in each language block, described in words.
        assert_eq!(h.matches("<div class=\"echart pre-chart\" role=\"img\" aria-label=\"").count(), 2);
        let look = |lang, dark, animate| Look { lang, dark, decal: false, animate, width: 0 };
        let state = ViewState::default_for(View::Overview);
        let app = |lang, dark, animate| figure::build(&FIRST_CHART, &ds, None, &Filters::of(&state), &look(lang, dark, animate)).unwrap();
        assert!(h.contains(&escape_html(&app(Lang::Zh, false, true).summary)));
        assert!(h.contains(&format!("<h2>{}</h2><p class=\"chart-subtitle\">FY2019 · FY2023</p>", escape_html(FIRST_CHART.title.en))));
        assert!(!h.contains("data-"), "none of the app's hooks");
        // The card laid out as the app's: its legend above the chart, its source and date under it.
        let card = app(Lang::En, false, true);
        assert!(card.legend.len() > 1);
        for item in &card.legend {
            assert!(h.contains(&format!("<span class=\"swatch\" style=\"background:{}\"></span>{}</button>", item.colour, escape_html(&item.name))), "{}", item.name);
        }
        assert_eq!(h.matches("<ul class=\"legend\"").count(), 2);
        let p = crate::provenance::Provenance::of_drawn(&ds, &card.drawn);
        assert!(h.contains(&format!("<p class=\"source-line\">{} · <span class=\"as-of\">", escape_html(&source_line(&p, Lang::En)))), "{h}");
        // Its picture is the embed's (`charts`), fetched by boot.js: no options in the page.
        assert!(!h.contains("\"series\""), "no chart option in the page");
        // Without the file: no card (the app draws it).
        let none = html(&[]);
        assert!(!none.contains("pre-chart"));
    }

    #[test]
    fn the_boot_config_goes_right_before_boot_js() {
        let out = with_boot_config("<head><script src=\"boot.js\"></script></head>", None).unwrap();
        assert!(out.starts_with(&format!("<head><script type=\"application/json\" id=\"{BOOT_CONFIG_ID}\">{{")), "{out}");
        assert!(out.ends_with("</script>\n    <script src=\"boot.js\"></script></head>"), "{out}");
        assert_eq!(with_boot_config("<head></head>", None), None);
    }

    #[test]
    fn the_app_waits_for_the_gate_and_boot_js_decides_on_the_preload() {
        // As trunk 0.21 writes it (the links twice: in place and at the end of <head>).
        let trunk = r#"<script src="boot.js"></script><script type="module">
import init, * as bindings from '/talent_flows-1.js';
const wasm = await init({ module_or_path: '/talent_flows-1_bg.wasm' });
</script>
<link rel="modulepreload" href="/talent_flows-1.js"><link rel="preload" href="/talent_flows-1_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">
<link rel="preload" href="/talent_flows-1_bg.wasm" as="fetch" type="application/wasm"></head>"#;
        let out = gate_app(trunk).unwrap();
        assert!(out.contains("await window.__appGate;\nlet wasm;\ntry {\n  wasm = await init({ module_or_path: fetch('/talent_flows-1_bg.wasm').then((r) => { if (!r.ok) throw new Error('HTTP ' + r.status); return r.arrayBuffer(); }) });\n} catch (e) {\n  if (window.__appFailed) window.__appFailed(e);\n  throw e;\n};\n</script>"), "{out}");
        assert!(!out.contains("application/wasm"), "trunk's preloads are gone: {out}");
        assert!(out.starts_with("<script src=\"boot.js\" data-wasm=\"/talent_flows-1_bg.wasm\"></script>"), "{out}");
        assert!(out.contains("<link rel=\"modulepreload\" href=\"/talent_flows-1.js\">\n</head>"), "the small loader itself is still preloaded: {out}");
        assert_eq!(gate_app("<html></html>"), None, "not trunk's loader: the build stops");
        assert_eq!(gate_app(&trunk.replace("<script src=\"boot.js\"></script>", "")), None, "no boot.js tag to carry the address");
    }

    #[test]
    fn boot_js_goes_into_its_tag() {
        let page = "<head><script type=\"application/json\" id=\"boot-config\">{}</script><script src=\"boot.js\" data-wasm=\"/a.wasm\"></script></head>";
        let out = inline_boot(page, "(function(){})();").unwrap();
        assert_eq!(out, "<head><script type=\"application/json\" id=\"boot-config\">{}</script><script data-wasm=\"/a.wasm\">(function(){})();</script></head>");
        assert_eq!(inline_boot(page, "x('</script>')"), None, "text that would end the tag");
        assert_eq!(inline_boot("<head></head>", "x"), None, "no tag: the build stops");
    }

    #[test]
    fn insert_replaces_the_marker_once_and_only_if_present() {
        assert_eq!(insert("<body><!-- prerender --></body>", "<p>x</p>").as_deref(), Some("<body><p>x</p></body>"));
        assert_eq!(insert("<body></body>", "<p>x</p>"), None);
    }
}

//! What the page (index.html and public/boot.js, which run before the app) and the app agree on:
//! element ids, the wide-screen breakpoint, and the boot script's settings. The build writes the
//! settings into the page from these Rust definitions (`boot_config`), so boot.js repeats none of
//! them; and writes `dist/catalog.json`, the figure catalog as the browser tests and embedders
//! read it.

use crate::catalog::{Family, Figure};
use crate::i18n::Lang;
use crate::state::url::FLAG_ON;
use crate::state::{Theme, View};
use serde_json::{json, Value};

/// The width (CSS px) from which a screen counts as wide: there the first chart is within a screen
/// of the top, so ECharts starts at once and a chart's nearness is measured at once; below it the
/// text comes first.
pub const WIDE: u32 = 1000;

/// The static first screen's element (`prerender`), which the app removes.
pub const PRERENDER_ID: &str = "prerender";

/// The overview's first chart (table 2), whose card the static first screen holds and whose
/// picture boot.js puts in it (`prerender`).
pub const FIRST_CHART: crate::catalog::Figure = crate::catalog::overview::TABLE_2;

/// Where the static picture of an embedded chart goes (`prerender::charts`), which the app removes
/// once its own chart has drawn.
pub const STATIC_CHART_ID: &str = "static-chart";

/// The widths a chart's picture is drawn at (`prerender::charts`), one per layout class
/// (`charts::LAYOUT_WIDTHS`), as (class, drawn width, default height): at the class's narrowest,
/// but for a phone's (340) and a desktop card's (860), so that a picture is rarely scaled, and then
/// by little. The heights are the page's for charts at such widths (style/main.css: 340 px on a
/// phone, else 420).
pub const PICTURE_WIDTHS: [(u32, u32, u32); 4] = [(280, 340, 340), (440, 440, 340), (520, 520, 420), (760, 860, 420)];

/// The chart box of a card across the page's widest column (style/main.css: `main` at most 1200
/// px, less its and the card's padding): the overview's first chart and a story step's on a
/// desktop, drawn at this width too (`prerender::charts`).
pub const WIDEST_CHART: u32 = 1134;

/// The address keys an embed's picture allows: any other key changes the chart (or is a mistake the
/// app will point out), so boot.js leaves such a page to the app.
pub const STATIC_KEYS: &[&str] = &["view", "chart", "embed", "lang", "theme"];

/// The charts drawn as pictures for embeds, as (chart id, view slug): every chart of a view with
/// figures (not the explorer's, whose default is the reader's pick of nationalities; not a
/// region's card that the view's default selection hides).
pub fn static_charts() -> Vec<(&'static str, &'static str)> {
    View::ALL
        .iter()
        .flat_map(|v| {
            let spec = v.spec();
            spec.figures
                .iter()
                .filter(move |f| f.is_chart() && !matches!(f.family, Family::Explorer | Family::ExplorerRank) && f.region().is_none_or(|r| spec.default_regions.contains(&r)))
                .map(move |f| (f.id, spec.slug))
        })
        .collect()
}

/// The views whose first screen the build draws (`prerender::charts::view_screens`): every view
/// with a chart (the overview has its own first screen; the policy view has no chart).
pub fn static_views() -> Vec<View> {
    View::ALL.iter().copied().filter(|v| *v != View::Overview && first_shown(*v).is_some()).collect()
}

/// The views whose first screen is one of several, picked by one address key: the story's step,
/// a profile's origin. Each value's screen is drawn (`prerender::pages`), as (view, key, values
/// with the data files each needs); the first value is the view's default, shown when the key is
/// absent.
pub fn screen_variants() -> Vec<(View, &'static str, Vec<(String, Vec<&'static str>)>)> {
    use crate::catalog::{data_files, story::STEPS};
    let steps = STEPS.iter().enumerate().map(|(i, s)| ((i + 1).to_string(), data_files(std::slice::from_ref(s.figure)))).collect();
    let profiles = crate::profile::PROFILES
        .iter()
        .map(|p| {
            let charts: Vec<Figure> = p.charts.iter().map(|c| *c.1).collect();
            let mut files: Vec<&str> = crate::profile::HEADLINE_DATA.to_vec();
            files.push(crate::profile::STANDING_DATA);
            files.extend(data_files(&charts).into_iter().filter(|f| !crate::profile::HEADLINE_DATA.contains(f)));
            (p.code.to_string(), files)
        })
        .collect();
    vec![(View::Story, "step", steps), (View::Profile, "region", profiles)]
}

/// The picture file's name for a view's first screen under one value of its key
/// (`pre/view-<slug>-<value>.<lang>.<theme>.html`).
pub fn variant_file_id(slug: &str, value: &str) -> String {
    view_file_id(&format!("{slug}-{value}"))
}

/// The first chart a view shows in its default state.
pub fn first_shown(view: View) -> Option<&'static Figure> {
    let spec = view.spec();
    spec.figures.iter().find(|f| f.is_chart() && f.region().is_none_or(|r| spec.default_regions.contains(&r)))
}

/// The picture file's name for a view's first screen (`pre/view-<slug>.<lang>.<theme>.html`).
pub fn view_file_id(slug: &str) -> String {
    format!("view-{slug}")
}

/// The `<script type="application/json">` that carries [`boot_config`], read by public/boot.js.
pub const BOOT_CONFIG_ID: &str = "boot-config";

/// The page's settings: for public/boot.js the breakpoint, the default view, the data files (to
/// download beside the app) of each view, of each view's first card (`lead`) and of each chart,
/// the spellings of `lang=`, of the themes and of a switched-on flag (`embed=1`); the embeds drawn
/// as pictures at build time (`pre`); for the app's citations the data release shipped with the
/// page (datapackage.json's `version` and `created`, `release`).
pub fn boot_config(release: Option<(&str, &str)>) -> String {
    let views: serde_json::Map<String, Value> = View::ALL.iter().map(|v| (v.spec().slug.to_string(), json!(v.spec().data_files()))).collect();
    let lang: serde_json::Map<String, Value> = Lang::ALL.iter().map(|l| (l.code().to_string(), json!(l.aliases()))).collect();
    let theme = json!({ "dark": Theme::Dark.code(), "light": Theme::Light.code() });
    let release = release.map(|(version, created)| json!({ "version": version, "created": created }));
    let charts: serde_json::Map<String, Value> = static_charts().into_iter().map(|(id, slug)| (id.to_string(), json!(slug))).collect();
    let screens: Vec<&str> = static_views().iter().map(|v| v.spec().slug).collect();
    let variants: serde_json::Map<String, Value> = screen_variants()
        .into_iter()
        .map(|(v, key, values)| {
            let files: serde_json::Map<String, Value> = values.iter().map(|(x, f)| (x.clone(), json!(f))).collect();
            let values: Vec<&String> = values.iter().map(|(x, _)| x).collect();
            (v.spec().slug.to_string(), json!({ "key": key, "values": values, "files": files }))
        })
        .collect();
    let pre =
        json!({ "id": STATIC_CHART_ID, "charts": charts, "views": screens, "variants": variants, "file": view_file_id("{view}"), "keys": STATIC_KEYS, "first": FIRST_CHART.id });
    let files_of = |f: &crate::catalog::Figure| json!(crate::catalog::data_files(std::slice::from_ref(f)));
    // A view's first card's files: downloaded at once, the view's others after the wasm.
    let lead: serde_json::Map<String, Value> = View::ALL.iter().filter_map(|v| v.spec().figures.first().map(|f| (v.spec().slug.to_string(), files_of(f)))).collect();
    // With `chart=` only that figure is shown: its files alone.
    let files: serde_json::Map<String, Value> = View::ALL.iter().flat_map(|v| v.spec().figures.iter()).map(|f| (f.id.to_string(), files_of(f))).collect();
    json!({ "wide": WIDE, "defaultView": View::DEFAULT.spec().slug, "views": views, "lead": lead, "lang": lang, "theme": theme, "on": FLAG_ON, "release": release, "pre": pre, "charts": files })
        .to_string()
}

/// The data release in the page's settings, as `(version, created)`.
pub fn release_in(config: &str) -> Option<(String, String)> {
    let v: Value = serde_json::from_str(config).ok()?;
    let r = v.get("release")?;
    Some((r.get("version")?.as_str()?.to_string(), r.get("created")?.as_str()?.to_string()))
}

/// The whole data release to download, `talent-flows-data-<version>.<ext>` (`zip`, `xlsx`), under
/// `downloads/` (`prerender::package`; the page's footer links them).
pub fn package_file(version: &str, ext: &str) -> String {
    format!("talent-flows-data-{version}.{ext}")
}

/// The errata page for readers of `lang` (`prerender::errata`; the page's footer links it).
pub fn errata_file(lang: crate::i18n::Lang) -> String {
    format!("errata.{}.html", lang.code())
}

/// Every view's figures as the browser tests (and a host choosing what to embed) read them:
/// `{"views": [{"slug", "regions", "figures": [{"id", "resource", "chart", "region", "year", "atDefault"}]}]}`,
/// `regions` being the view's default selection (a region's card shows only while it is on);
/// `atDefault` false for a figure shown only when a filter asks for it (the explorer's ranking);
/// the story's steps, `{"story": [{"step", "chart", "resource", "view", "notes": [{"zh", "en"}]}]}`;
/// and the profiles' charts, `{"profiles": [{"region", "charts": [{"id", "resource", "view", "region"}]}]}`.
///
/// A title names what its default state draws (`title`: from the data, by the build), as the
/// reader sees it; where the data cannot say (a file the build could not read), what they would
/// fill in is an ellipsis.
pub fn catalog_json(title: &dyn Fn(&Figure, View, Lang) -> Option<String>) -> String {
    let views: Vec<Value> = View::ALL
        .iter()
        .map(|v| {
            let spec = v.spec();
            let named = |f: &Figure, l: Lang| title(f, *v, l).unwrap_or_else(|| f.title_before_data(l));
            let figures: Vec<Value> = spec
                .figures
                .iter()
                .map(|f| {
                    let family = match f.family {
                        Family::Series(_) => "series",
                        Family::Ranked(_) => "ranked",
                        Family::Compare(_) => "compare",
                        Family::Explorer => "explorer",
                        Family::ExplorerRank => "explorer-rank",
                        Family::Policy { .. } => "policy",
                    };
                    json!({ "id": f.id, "resource": f.resource, "family": family, "chart": f.is_chart(), "region": f.region(), "year": f.year(), "title": { "zh": named(f, Lang::Zh), "en": named(f, Lang::En) }, "atDefault": f.family != Family::ExplorerRank })
                })
                .collect();
            json!({ "slug": spec.slug, "regions": spec.default_regions, "figures": figures })
        })
        .collect();
    // The story's steps: each one's chart (a figure of `view`) and its readings, in both languages.
    let steps: Vec<Value> = crate::catalog::story::STEPS
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let view = crate::findings::story_state(i + 1).map(|x| x.view.spec().slug);
            let notes: Vec<Value> = s.notes.iter().map(|n| json!({ "zh": n.text().zh, "en": n.text().en })).collect();
            json!({ "step": i + 1, "chart": s.figure.id, "resource": s.figure.resource, "view": view, "notes": notes })
        })
        .collect();
    // The profiles: each origin's charts (figures of their views) in order.
    let profiles: Vec<Value> = crate::profile::PROFILES
        .iter()
        .map(|p| json!({ "region": p.code, "charts": p.charts.iter().map(|(v, f, r)| json!({ "id": f.id, "resource": f.resource, "view": v.spec().slug, "region": r })).collect::<Vec<_>>() }))
        .collect();
    serde_json::to_string_pretty(&json!({ "views": views, "story": steps, "profiles": profiles })).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_boot_config_lists_each_views_files_once() {
        let text = boot_config(Some(("2026.12", "2026-12-02")));
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(release_in(&text), Some(("2026.12".to_string(), "2026-12-02".to_string())));
        assert_eq!(release_in(&boot_config(None)), None);
        assert_eq!(release_in("garbage"), None);
        assert_eq!(v["wide"], WIDE);
        assert_eq!(v["defaultView"], "overview");
        assert_eq!(v["views"]["work-visas"], json!(["work_visas", "events"]));
        assert_eq!(v["views"]["explorer"], json!(["niv_explorer"]));
        assert_eq!(v["lang"]["zh"][0], "zh");
        assert_eq!(v["on"], json!(["1", "true"]));
        assert_eq!(v["views"].as_object().unwrap().len(), View::ALL.len());
        // The first card's files of a view with cards, and only files of that view.
        assert_eq!(v["lead"]["global"], json!(["world_migrants"]));
        assert_eq!(v["lead"]["green-cards"], json!(["green_cards", "events"]));
        assert!(v["lead"].get("story").is_none(), "the story's screens are its steps' (pre.variants)");
        for (slug, lead) in v["lead"].as_object().unwrap() {
            let all = v["views"][slug].as_array().unwrap();
            assert!(!lead.as_array().unwrap().is_empty() && lead.as_array().unwrap().iter().all(|f| all.contains(f)), "{slug}: {lead}");
        }
    }

    #[test]
    fn an_embeds_picture_allows_only_keys_the_address_has() {
        for k in STATIC_KEYS {
            assert!(crate::state::url::KEYS.contains(k), "{k}");
        }
        let v: Value = serde_json::from_str(&boot_config(None)).unwrap();
        assert_eq!(v["pre"]["charts"]["work-visas-totals"], "work-visas");
        assert!(v["pre"]["charts"].get("explorer-totals").is_none(), "the explorer's chart is the reader's pick");
        // The story's and the profiles' screens, one per step and origin, the default first.
        assert_eq!(v["pre"]["variants"]["story"]["values"], json!(["1", "2", "3", "4", "5", "6"]));
        assert_eq!(v["pre"]["variants"]["story"]["key"], "step");
        assert_eq!(v["pre"]["variants"]["story"]["files"]["4"], json!(["work_visas", "events"]), "the step's chart's files, downloaded beside the app");
        assert_eq!(v["pre"]["variants"]["profile"]["values"], json!(["CN", "IN", "EU"]));
        assert_eq!(v["pre"]["variants"]["profile"]["files"]["CN"], json!(["work_visas", "green_cards", "students_by_level", "f1_visas", "eb1a", "pre/standing", "events"]));
        for (view, key, values) in screen_variants() {
            let values: Vec<String> = values.into_iter().map(|(x, _)| x).collect();
            assert!(crate::state::url::KEYS.contains(&key), "{key}");
            let default = crate::state::url::parse(&format!("view={}", view.spec().slug)).0;
            let first = crate::state::url::parse(&format!("view={}&{key}={}", view.spec().slug, values[0])).0;
            assert_eq!(default, first, "the first value is the default");
            assert_eq!(variant_file_id(view.spec().slug, &values[1]), format!("view-{}-{}", view.spec().slug, values[1]));
        }
    }

    #[test]
    fn the_catalog_names_every_figure_of_every_view() {
        let v: Value = serde_json::from_str(&catalog_json(&|_, _, _| None)).unwrap();
        let views = v["views"].as_array().unwrap();
        assert_eq!(views.len(), View::ALL.len());
        let wv = views.iter().find(|x| x["slug"] == "work-visas").unwrap();
        let figures = wv["figures"].as_array().unwrap();
        assert_eq!(figures[0]["id"], "work-visas-totals");
        assert!(figures.iter().any(|f| f["id"] == "work-visas-by-class-CN" && f["region"] == "CN" && f["chart"] == true));
        let n: usize = views.iter().map(|x| x["figures"].as_array().unwrap().len()).sum();
        assert_eq!(n, View::ALL.iter().map(|v| v.spec().figures.len()).sum::<usize>());
    }
}

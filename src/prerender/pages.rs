//! The first screens of the story's steps and of the profiles, drawn at build time as the app lays
//! them out (`web::views::story`, `web::views::profile`), one per step and origin
//! (`page::screen_variants`), language and theme: the header, the step's finding with its numbers
//! and its chart with the report's reading drawn on it; the origin's headline numbers, who they
//! count, and its first charts. boot.js shows the one the address asks for, as any view's
//! (`super::charts::view_screens`), and the app takes its place when its own chart has drawn.
//!
//! Why: a step or a profile is a link readers share; without this its reader waits for the app
//! (the wasm, then the data) to see any number or chart.

use super::charts::{file, pictured_card, Drawing, Drawn, StaticChart};
use super::header;
use crate::catalog::story::{step, STEPS};
use crate::data::texts::Events;
use crate::data::Dataset;
use crate::findings::{body, findings, href, story_state, FINDING_DATA};
use crate::i18n::{fill, Lang, Msg};
use crate::labels;
use crate::page::variant_file_id;
use crate::profile::{headlines_beside_report, source_of, Profile, HEADLINE_DATA, PROFILES, STANDING_DATA};
use crate::state::{url, View, ViewState};
use crate::transform::escape_html;

/// A profile's charts drawn in its picture: the first row of its small multiples on a wide screen
/// (two columns); the rest are below the first screen anyway and come with the app.
const PROFILE_PICTURED: usize = 2;

/// The height of a profile's chart box (style/main.css, `.profile-charts .echart`).
const PROFILE_CHART_HEIGHT: u32 = 300;

/// The files read once, by name.
struct Files(Vec<(&'static str, Dataset)>);

impl Files {
    fn read(names: &[&'static str], files: &dyn Fn(&str) -> Option<Dataset>) -> Files {
        Files(names.iter().filter_map(|n| Some((*n, files(n)?))).collect())
    }
    fn get(&self, name: &str) -> Option<&Dataset> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, d)| d)
    }
    /// A [`crate::findings::Lookup`]'s value (the report's own under `findings::REPORT_SAYS`).
    fn value(&self, name: &str, e: &str, c: &str, y: i32) -> Option<f64> {
        crate::findings::read(name, |n| self.get(n)?.value(e, c, y), |n| Some(self.get(n)?.erratum(e, c, y)?.report))
    }
}

/// The page around a view's screen, as the app's (`web::app`): header, title, the view.
fn page(view: View, l: Lang, inner: &str) -> String {
    format!("<div lang=\"{}\">{}<main><h1 class=\"view-title\">{}</h1>{inner}</main></div>", l.tag(), header(l, view), escape_html(view.name().text(l)))
}

/// An address in the story or a profile, in language `l`.
fn address(s: ViewState, l: Lang) -> String {
    escape_html(&link(s, l))
}

/// The dashboard's address of `s` in `l`, as text.
fn link(s: ViewState, l: Lang) -> String {
    format!("?{}", url::serialize(&ViewState { lang: Some(l), ..s }))
}

/// Every step of the story, in both languages and themes; a step whose chart's file is missing has
/// none (the app then draws it, as without the build).
pub fn story_screens(files: &dyn Fn(&str) -> Option<Dataset>, events: Option<&Events>) -> Vec<StaticChart> {
    let data = Files::read(FINDING_DATA, files);
    let all = findings();
    let mut out = Vec::new();
    for n in 1..=STEPS.len() {
        let (Some(s), Some(f), Some(state)) = (step(n), all.get(n - 1), story_state(n)) else { continue };
        let Some(ds) = data.get(s.figure.resource).cloned().or_else(|| files(s.figure.resource)) else { continue };
        for l in Lang::ALL {
            for dark in [false, true] {
                let here = link(ViewState { step: n, ..ViewState::default_for(View::Story) }, l);
                let how = Drawn { notes: s.notes, wide: true, embedded_link: Some(&here), ..Drawn::default() };
                let Some((card, drawings)) = pictured_card(s.figure, &ds, events, &state, l, dark, how) else { continue };
                let t = |m: Msg| escape_html(m.text(l));
                let at = |k: usize| address(ViewState { step: k, ..ViewState::default_for(View::Story) }, l);
                let dots: String = (1..=STEPS.len())
                    .map(|k| {
                        let current = if k == n { " aria-current=\"step\"" } else { "" };
                        let title = all.get(k - 1).map(|x| escape_html(l.pick(&x.title))).unwrap_or_default();
                        format!("<li><a href=\"{}\"{current} title=\"{title}\">{k}</a></li>", at(k))
                    })
                    .collect();
                let get = |name: &str, e: &str, c: &str, y: i32| data.value(name, e, c, y);
                let view_name = (f.link)().view.name().text(l);
                let inner = format!(
                    "<div class=\"view story\"><nav class=\"story-steps\" aria-label=\"{nav}\"><ol>{dots}</ol><p class=\"story-progress\">{progress}</p></nav>\
<article class=\"story-step\"><h2 class=\"story-title\">{n}. {title}</h2><p class=\"story-numbers\">{numbers}</p><p class=\"story-says\">{says}</p>{card}\
<p class=\"story-explore\"><a href=\"{explore}\">{explore_text}</a></p></article>\
<div class=\"story-pager\"><a class=\"story-prev\" href=\"{prev}\" aria-disabled=\"{first}\" rel=\"prev\">← {prev_text}</a><a class=\"story-next\" href=\"{next}\" aria-disabled=\"{last}\" rel=\"next\">{next_text} →</a></div>\
<p class=\"story-hint\">{hint}</p></div>",
                    nav = t(Msg::StoryNav),
                    progress = escape_html(&fill(Msg::StoryStepOf.text(l), &[("n", &n.to_string()), ("total", &STEPS.len().to_string())])),
                    title = escape_html(l.pick(&f.title)),
                    numbers = escape_html(&body(n - 1, f, &get, l)),
                    says = escape_html(l.pick(&s.says)),
                    explore = escape_html(&href(f, Some(l), None)),
                    explore_text = escape_html(&fill(Msg::StoryExplore.text(l), &[("view", view_name)])),
                    prev = at(n.saturating_sub(1).max(1)),
                    first = n <= 1,
                    prev_text = t(Msg::StoryPrev),
                    next = at((n + 1).min(STEPS.len())),
                    last = n >= STEPS.len(),
                    next_text = t(Msg::StoryNext),
                    hint = t(Msg::StoryHint),
                );
                out.push(StaticChart { file: file(&variant_file_id(View::Story.spec().slug, &n.to_string()), l, dark), html: page(View::Story, l, &inner), drawings });
            }
        }
    }
    out
}

/// Every profile, in both languages and themes: its headline numbers from the files that could be
/// read (a missing one leaves its number out, as the app would), who they count, and its first
/// charts.
pub fn profile_screens(files: &dyn Fn(&str) -> Option<Dataset>, standings: Option<&Dataset>, events: Option<&Events>) -> Vec<StaticChart> {
    let data = Files::read(&HEADLINE_DATA, files);
    let mut out = Vec::new();
    for p in PROFILES {
        for l in Lang::ALL {
            for dark in [false, true] {
                let mut cards = String::new();
                let mut drawings: Vec<Drawing> = Vec::new();
                let here = link(ViewState { regions: vec![p.code.to_string()], ..ViewState::default_for(View::Profile) }, l);
                for (i, &(view, figure, region)) in p.charts.iter().take(PROFILE_PICTURED).enumerate() {
                    let state = ViewState { regions: vec![region.to_string()], ..ViewState::default_for(view) };
                    let Some(ds) = data.get(figure.resource).cloned().or_else(|| files(figure.resource)) else { continue };
                    let how = Drawn { height: Some(PROFILE_CHART_HEIGHT), card: i, embedded_link: Some(&here), ..Drawn::default() };
                    let Some((card, d)) = pictured_card(figure, &ds, events, &state, l, dark, how) else { continue };
                    cards.push_str(&card);
                    drawings.extend(d);
                }
                // The first chart is what the picture is for: without it, the app draws the page.
                if drawings.is_empty() {
                    continue;
                }
                let inner = profile_html(p, &data, standings, l, &cards);
                out.push(StaticChart { file: file(&variant_file_id(View::Profile.spec().slug, p.code), l, dark), html: page(View::Profile, l, &inner), drawings });
            }
        }
    }
    out
}

/// A profile's view as the app lays it out, with `cards` in its charts' grid.
fn profile_html(p: &Profile, data: &Files, standings: Option<&Dataset>, l: Lang, cards: &str) -> String {
    let t = |m: Msg| escape_html(m.text(l));
    let pick: String = PROFILES
        .iter()
        .map(|o| {
            let current = if o.code == p.code { " aria-current=\"page\"" } else { "" };
            let at = address(ViewState { regions: vec![o.code.to_string()], ..ViewState::default_for(View::Profile) }, l);
            format!("<a href=\"{at}\"{current}>{}</a>", escape_html(&labels::name(o.code, None, l)))
        })
        .collect();
    let get = |name: &str, e: &str, c: &str, y: i32| if name == STANDING_DATA { standings.and_then(|s| s.value(e, c, y)) } else { data.value(name, e, c, y) };
    let heads = headlines_beside_report(p, &get, |n| data.get(n), l);
    let items: String = heads
        .iter()
        .map(|h| {
            let facts: String = h.facts.iter().map(|f| format!("<li>{}</li>", escape_html(f))).collect();
            format!(
                "<li><span class=\"headline-label\">{}</span><strong class=\"headline-number\">{}</strong><span class=\"headline-year\">{}</span><ul class=\"headline-facts\">{facts}</ul></li>",
                escape_html(&h.label),
                escape_html(&h.text),
                escape_html(&h.year)
            )
        })
        .collect();
    let sources: String = heads.iter().filter_map(|h| source_of(h, data.get(h.cell?.0)?, l)).map(|line| format!("<li>{}</li>", escape_html(&line))).collect();
    format!(
        "<div class=\"view profile\"><nav class=\"profile-pick\" aria-label=\"{pick_label}\">{pick}</nav><h2 class=\"profile-name\">{name}</h2><p class=\"lede\">{lede}</p>\
<ul class=\"profile-headlines\">{items}</ul><section class=\"profile-definition\"><h3>{definition_title}</h3><p>{definition}</p><ul class=\"profile-sources\">{sources}</ul></section>\
<div class=\"cards profile-charts\">{cards}</div></div>",
        pick_label = t(Msg::ProfilePick),
        name = escape_html(&labels::name(p.code, None, l)),
        lede = t(Msg::ProfileLede),
        definition_title = t(Msg::ProfileDefinition),
        definition = escape_html(l.pick(&p.definition)),
    )
}

#[cfg(test)]
mod tests {
    use super::super::charts::tests::{events, read};
    use super::*;
    use crate::charts::figure::{self, Filters};
    use crate::charts::{annotate, Look};
    use crate::profile::headlines;

    fn niv() -> crate::data::explorer::Explorer {
        serde_json::from_str(&std::fs::read_to_string(format!("{}/data/niv_explorer.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap()
    }

    fn no_hooks(c: &StaticChart) {
        assert!(!c.html.contains("data-") && !c.html.contains("<script") && !c.html.contains(" id="), "none of the app's hooks or ids: {}", c.file);
        for d in &c.drawings {
            assert_eq!(c.html.matches(&d.mark).count(), 1, "{} {}", c.file, d.mark);
        }
    }

    #[test]
    fn every_step_of_the_story_is_drawn_with_its_numbers_reading_and_annotated_chart() {
        let ev = events();
        let screens = story_screens(&read, Some(&ev));
        assert_eq!(screens.len(), STEPS.len() * 4, "every step, language and theme");
        let s4 = screens.iter().find(|c| c.file == "pre/view-story-4.en.light.html").expect("step 4");
        assert!(s4.html.contains("<h1 class=\"view-title\">The story</h1>"));
        assert!(s4.html.contains("<a href=\"?view=story&amp;lang=en&amp;step=4\" aria-current=\"step\" title=\""), "{}", s4.html);
        assert!(s4.html.contains("<p class=\"story-progress\">Step 4 of 6</p>"));
        assert!(s4.html.contains("India 442,421 (151.2% of 2019)"), "the finding's numbers from the data: {}", s4.html);
        // The chart is the app's: the step's figure in its view's state, with the readings drawn.
        let st = STEPS[3];
        let state = story_state(4).unwrap();
        let look = Look { lang: Lang::En, dark: false, decal: false, animate: false, width: 760 };
        let mut app = figure::build(st.figure, &read(st.figure.resource).unwrap(), Some(&ev), &Filters::of(&state), &look).unwrap();
        let said = annotate::apply(&mut app, st.notes, &look);
        assert!(said.contains(&"India: 151.2% of 2019".to_string()));
        assert_eq!(s4.drawings.last().unwrap().option, app.option);
        assert!(s4.html.contains(&escape_html(&app.summary)), "the readings are in the chart's description");
        // The same fragment serves the step's embed: its card links to the step, shown only there.
        assert!(s4.html.contains("<p class=\"open-full if-embedded\"><a href=\"?view=story&amp;lang=en&amp;step=4\" target=\"_blank\""), "{}", s4.html);
        let first = screens.iter().find(|c| c.file == "pre/view-story-1.zh.dark.html").expect("step 1 in Chinese");
        assert!(first.html.contains("class=\"story-prev\" href=\"?view=story&amp;lang=zh\" aria-disabled=\"true\""), "{}", first.html);
        screens.iter().for_each(no_hooks);
    }

    #[test]
    fn every_profile_is_drawn_with_its_headlines_sources_and_first_charts() {
        let (ev, standings) = (events(), crate::profile::standings(&niv()));
        let screens = profile_screens(&read, Some(&standings), Some(&ev));
        assert_eq!(screens.len(), PROFILES.len() * 4);
        let cn = screens.iter().find(|c| c.file == "pre/view-profile-CN.en.light.html").expect("China");
        let p = &PROFILES[0];
        let get = |n: &str, e: &str, c: &str, y: i32| read(n).and_then(|d| d.value(e, c, y));
        let get = |n: &str, e: &str, c: &str, y: i32| if n == STANDING_DATA { standings.value(e, c, y) } else { get(n, e, c, y) };
        for h in headlines(p, &get, Lang::En) {
            assert!(cn.html.contains(&format!("<strong class=\"headline-number\">{}</strong>", escape_html(&h.text))), "{}", h.text);
        }
        assert!(cn.html.contains("No. 3 of 198 nationalities"), "the rank among every nationality");
        assert!(cn.html.contains("<a href=\"?view=profile&amp;lang=en\" aria-current=\"page\">China</a>"), "{}", cn.html);
        assert!(cn.html.contains("Data as of"), "each number's source and date");
        assert_eq!(cn.html.matches("<p class=\"open-full if-embedded\"><a href=\"?view=profile&amp;lang=en\"").count(), 2, "each card links out when embedded");
        // Its first two charts, each in its own view's state for the origin, in a box 300 px tall.
        assert_eq!(cn.drawings.len(), 2 * crate::page::PICTURE_WIDTHS.len());
        assert!(cn.drawings.iter().all(|d| d.height == PROFILE_CHART_HEIGHT));
        let (view, fig, region) = p.charts[0];
        let state = ViewState { regions: vec![region.to_string()], ..ViewState::default_for(view) };
        let look = Look { lang: Lang::En, dark: false, decal: false, animate: false, width: 760 };
        let app = figure::build(fig, &read(fig.resource).unwrap(), Some(&ev), &Filters::of(&state), &look).unwrap();
        assert_eq!(cn.drawings[crate::page::PICTURE_WIDTHS.len() - 1].option, app.option);
        screens.iter().for_each(no_hooks);
        // Without the explorer's file the ranks are left out, not guessed.
        let bare = profile_screens(&read, None, Some(&ev));
        assert!(!bare.iter().any(|c| c.html.contains("No. 3 of")) && bare.len() == screens.len());
    }
}

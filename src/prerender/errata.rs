//! The errata page, one per language (`errata.zh.html`, `errata.en.html`, linked from the footer):
//! every number the report states otherwise than the primary tables, each with where the report
//! says it, its sentence, both numbers, the likely cause and the view that charts it; above them,
//! how many of the report's statements were checked and how many agree. Written by the build from
//! `data/errata.json`, the same file the release ships: a reader following the footer's link gets a
//! page to read (and to cite), not raw JSON, and the app carries none of it.

use crate::catalog::Figure;
use crate::charts::Look;
use crate::data::{Dataset, Erratum, Kind, Period};
use crate::i18n::{fill, group_thousands, t, Lang, Msg, Phrase};
use crate::page::errata_file;
use crate::provenance::{erratum_heading, erratum_says, Provenance};
use crate::state::{url, View, ViewState};
use crate::transform::{decimals, escape_html};
use serde::Deserialize;

/// `data/errata.json`: the check of the report's statements against the data, and its errata.
#[derive(Deserialize)]
pub struct ErrataFile {
    pub summary: Summary,
    pub errata: Vec<Entry>,
}

#[derive(Deserialize)]
pub struct Summary {
    /// The report's numbers checked against the data.
    pub statements: usize,
    pub agree: usize,
    /// Numbers the report gives and no primary table has (the data carry them as the report's).
    #[serde(default)]
    pub supplied: usize,
    /// Agree with data resting on another of the report's numbers, not on a table.
    #[serde(default)]
    pub consistent: usize,
    pub errata: usize,
    /// Statements that could not be checked, and why.
    #[serde(default)]
    pub unverified: Vec<Unverified>,
}

#[derive(Deserialize)]
pub struct Unverified {
    pub quote: String,
    pub location: crate::data::Text,
    pub reason: crate::data::Text,
}

/// One erratum, with the dataset whose cell it is about.
#[derive(Deserialize)]
pub struct Entry {
    pub dataset: String,
    #[serde(flatten)]
    pub erratum: Erratum,
}

const LEDE: Phrase = t(
    "本看板将报告正文中的 {statements} 处数字逐一与原始数据表核对：{agree} 处与原始表格一致；{supplied} 处为原始表格所无、按报告数值收录；{consistent} 处与报告自身的另一数值一致；{errata} 处不一致（列于下方）；{unverified} 处未能核对（列于最后）。不一致之处，图表显示原始表格的数值，并在旁注明报告数值。",
    "The dashboard checks {statements} numbers of the report's text against the primary tables: {agree} agree with a table; {supplied} are numbers no table has (the data carry the report's own); {consistent} agree with another of the report's own numbers; {errata} differ, listed below; {unverified} could not be checked, listed last. Where they differ, the charts show the primary value, with the report's beside it.",
);
const UNVERIFIED: Phrase = t("未能核对", "Not checked");
const IN_VIEW: Phrase = t("在看板中查看：{view}", "See it in the dashboard: {view}");
const IN_DATA: Phrase = t("看板的图表未画出此数，可在数据文件中查看：{file}", "No chart of the dashboard draws it; it is in the data file {file}");
const BACK: Phrase = t("← 返回看板", "← Back to the dashboard");
const AS_JSON: Phrase = t("机器可读版本：{file}（与数据包一同发布）", "Machine-readable: {file} (released with the data package)");
const OTHER_LANGUAGE: Phrase = t("English", "中文");

/// The first chart (in the nav's order of views) that draws the erratum's series as the view
/// opens (India's graduate students are India's chart, not China's), and its view. `None` where
/// no chart draws it (China → Japan is not among the 20 largest corridors): the data download
/// has it.
fn chart_of(x: &Erratum, ds: &Dataset) -> Option<(View, &'static Figure)> {
    let look = Look { lang: Lang::En, dark: false, decal: false, animate: false, width: 0 };
    View::ALL.iter().find_map(|&v| {
        let state = ViewState::default_for(v);
        v.spec().figures.iter().filter(|f| f.resource == ds.name).find_map(|f| {
            let built = crate::charts::figure::build(f, ds, None, &crate::charts::figure::Filters::of(&state), &look)?;
            built.drawn.iter().any(|(e, c)| *e == x.entity && *c == x.category).then_some((v, f))
        })
    })
}

/// The dashboard's address of `view` (focused on `chart`, if any) in `l`, from the page (which
/// sits beside index.html).
fn dashboard(view: View, chart: Option<&'static str>, l: Lang) -> String {
    let mut s = ViewState::default_for(View::Overview).switch_to(view);
    s.lang = Some(l);
    s.chart = chart;
    format!("./?{}", url::serialize(&s))
}

fn item(e: &Entry, ds: Option<&Dataset>, l: Lang) -> String {
    let x = &e.erratum;
    let provenance = ds.map_or_else(|| Provenance { period: Period::FiscalYear, ..Provenance::default() }, Provenance::from);
    let fmt = |v: f64| group_thousands(v, decimals(v));
    let (colon, semicolon, stop) = if l == Lang::Zh { ("：", "；", "。") } else { (": ", "; ", ". ") };
    let shown = if x.basis == Kind::Primary { Msg::ShownValue } else { Msg::ShownDataValue };
    let link = match ds.and_then(|ds| chart_of(x, ds)) {
        Some((v, f)) => {
            let text = fill(l.pick(&IN_VIEW), &[("view", v.name().text(l))]);
            format!("<p class=\"erratum-view\"><a href=\"{}\">{}</a></p>", escape_html(&dashboard(v, Some(f.id), l)), escape_html(&text))
        }
        None => {
            let file = format!("downloads/csv/{}.csv", e.dataset);
            format!("<p class=\"erratum-view\">{}</p>", fill(&escape_html(l.pick(&IN_DATA)), &[("file", &format!("<a href=\"{file}\">{file}</a>"))]))
        }
    };
    format!(
        "<li data-erratum=\"{id}\"><strong>{heading}</strong>{colon}{report_says} <span class=\"report-value\">{report}</span>{semicolon}{data_says} <span class=\"primary-value\">{primary}</span>{stop}{shown}\
<blockquote lang=\"zh-CN\">{quote}</blockquote><p class=\"erratum-where\">{location}</p><p>{cause_label}{colon}{cause}</p>{link}</li>",
        id = escape_html(&format!("{}:{}-{}-{}", e.dataset, x.entity, x.category, x.year)),
        heading = escape_html(&erratum_heading(x, &provenance, l)),
        report_says = escape_html(Msg::ReportSays.text(l)),
        report = escape_html(&fmt(x.report)),
        data_says = escape_html(erratum_says(x.basis).text(l)),
        primary = escape_html(&fmt(x.primary)),
        shown = escape_html(shown.text(l)),
        quote = escape_html(&x.quote),
        location = escape_html(l.pick(&x.location)),
        cause_label = escape_html(Msg::LikelyCause.text(l)),
        cause = escape_html(l.pick(&x.cause)),
    )
}

/// The page in `l`. `head` is what it shares with index.html (its `<base>` and stylesheet), so it
/// resolves its links and looks as the dashboard does wherever the site is hosted; `dataset` reads
/// an erratum's file: its way of naming years (FY2023, 2022/23; FY where it cannot be read), its
/// names for codes and the chart that draws the number.
pub fn page(f: &ErrataFile, head: &str, dataset: &dyn Fn(&str) -> Option<Dataset>, l: Lang) -> String {
    let s = &f.summary;
    let n = |v: usize| v.to_string();
    let lede = fill(
        l.pick(&LEDE),
        &[
            ("statements", &n(s.statements)),
            ("agree", &n(s.agree)),
            ("supplied", &n(s.supplied)),
            ("consistent", &n(s.consistent)),
            ("errata", &n(s.errata)),
            ("unverified", &n(s.unverified.len())),
        ],
    );
    let items: String = f.errata.iter().map(|e| item(e, dataset(&e.dataset).as_ref(), l)).collect();
    let unverified = if s.unverified.is_empty() {
        String::new()
    } else {
        let li: String = s
            .unverified
            .iter()
            .map(|u| format!("<li><q lang=\"zh-CN\">{}</q> ({}): {}</li>", escape_html(&u.quote), escape_html(l.pick(&u.location)), escape_html(l.pick(&u.reason))))
            .collect();
        format!("<h2>{}</h2><ul>{li}</ul>", escape_html(l.pick(&UNVERIFIED)))
    };
    let title = Msg::Errata.text(l);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{tag}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title} · {site}</title>{head}<script>{theme}</script></head><body>\
<header class=\"site-header\"><div class=\"brand\"><p class=\"site-title\"><a href=\"{home}\">{site}</a></p><p class=\"header-citation\">{citation}</p></div>\
<div class=\"header-tools\"><a class=\"lang-switch\" href=\"{other_file}\" lang=\"{other_tag}\">{other}</a></div></header>\
<main id=\"main\" class=\"errata-page\"><p><a href=\"{home}\">{back}</a></p><h1 class=\"view-title\">{title}</h1><p class=\"lede\">{lede}</p>\
<ol class=\"errata\">{items}</ol>{unverified}<p class=\"source-line\">{json}</p></main></body></html>\n",
        tag = l.tag(),
        title = escape_html(title),
        theme = follow_system_theme(),
        site = escape_html(Msg::SiteTitle.text(l)),
        home = escape_html(&dashboard(View::Overview, None, l)),
        citation = escape_html(Msg::Citation.text(l)),
        other_file = errata_file(l.other()),
        other_tag = l.other().tag(),
        other = escape_html(l.pick(&OTHER_LANGUAGE)),
        back = escape_html(l.pick(&BACK)),
        lede = escape_html(&lede),
        json = fill(&escape_html(l.pick(&AS_JSON)), &[("file", "<a href=\"data/errata.json\">data/errata.json</a>")]),
    )
}

/// The page's one script: the dark theme where the reader's system asks for it, as the
/// dashboard's default (its stylesheet keys the theme on `<html data-theme>`). Allowed by its
/// hash under the page's Content-Security-Policy (tools/csp.mjs).
fn follow_system_theme() -> String {
    use crate::state::Theme;
    format!("if(window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches)document.documentElement.setAttribute('data-theme','{}');", Theme::Dark.code())
}

/// What the errata page shares with `index`: its `<base>`, its stylesheet (the `<style>` element
/// trunk writes into the page) and its icon, as trunk wrote them.
pub fn shared_head(index: &str) -> String {
    // Only the head's: the body's pictures carry `<style>`s of their own.
    let head = &index[..index.find("</head>").unwrap_or(index.len())];
    let element = |start: &str, end: &str| -> Option<&str> {
        let at = head.find(start)?;
        let to = head[at..].find(end)? + at + end.len();
        Some(&head[at..to])
    };
    [("<base ", ">"), ("<style>", "</style>"), ("<link rel=\"icon\"", ">")].iter().filter_map(|(s, e)| element(s, e)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errata() -> ErrataFile {
        serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/errata.json")).unwrap()).unwrap()
    }

    #[test]
    fn every_erratum_is_on_the_page_with_both_numbers_its_sentence_and_its_view() {
        let f = errata();
        assert_eq!(f.errata.len(), f.summary.errata, "the summary counts the list");
        let read = |name: &str| -> Option<Dataset> { serde_json::from_str(&std::fs::read_to_string(format!("{}/data/{name}.json", env!("CARGO_MANIFEST_DIR"))).ok()?).ok() };
        let en = page(&f, "<base href=\"/sub/\">", &read, Lang::En);
        assert_eq!(en.matches("<li data-erratum=").count(), f.errata.len());
        assert!(en.contains("<base href=\"/sub/\">"), "resolves as index.html does");
        assert!(en.contains("matches)document.documentElement.setAttribute('data-theme','dark');</script></head>"), "dark where the system is");
        assert!(en.contains(&format!("checks {} numbers", f.summary.statements)), "{en}");
        // Each number checked is counted once: the lede's counts add up to it.
        let s = &f.summary;
        assert_eq!(s.agree + s.supplied + s.consistent + s.errata + s.unverified.len(), s.statements);
        assert!(s.consistent > 0 && s.agree > s.supplied, "{} agree, {} supplied", s.agree, s.supplied);
        // What could not be checked reads as the report's sentence and a reason, not a code.
        let last = en.split("<h2>Not checked</h2>").nth(1).expect("the unchecked list");
        assert!(last.contains("<li><q lang=\"zh-CN\">") && last.contains("): it rests on a number the report gives approximately</li>") && !last.contains("percent_of"), "{last}");
        // China's FY2023 work visas: the report's 48,338 beside the table's 48,388, the report's
        // sentence verbatim and the view that charts them.
        let cn = en.split("<li data-erratum=\"work_visas:CN-total-2023\">").nth(1).expect("China 2023").split("</li>").next().unwrap();
        assert!(cn.contains("<span class=\"report-value\">48,338</span>") && cn.contains("<span class=\"primary-value\">48,388</span>"), "{cn}");
        assert!(cn.contains("48,338 张"), "the report's sentence: {cn}");
        assert!(cn.contains("<a href=\"./?view=work-visas&amp;chart=work-visas-totals&amp;lang=en\">See it in the dashboard: Work visas</a>"), "{cn}");
        // Each links to the chart that draws it: India's graduate students to India's chart; a
        // corridor outside the 20 drawn to the data file; a code is named ("China → Japan").
        let entry = |id: &str| en.split(&format!("<li data-erratum=\"{id}\">")).nth(1).unwrap_or_else(|| panic!("{id}")).split("</li>").next().unwrap().to_string();
        assert!(entry("students_by_level:IN-graduate-2022").contains("chart=students-by-level-IN&amp;"), "{}", entry("students_by_level:IN-graduate-2022"));
        let japan = entry("migration_corridors:CHN&gt;JPN-migrants-2020");
        assert!(japan.starts_with("<strong>China → Japan · ") && japan.contains("<a href=\"downloads/csv/migration_corridors.csv\">") && !japan.contains("chart="), "{japan}");
        assert!(entry("student_destinations:USA+GBR-share-2021").starts_with("<strong>United States + United Kingdom · "), "{}", entry("student_destinations:USA+GBR-share-2021"));
        let headings: Vec<&str> = en.split("<strong>").skip(1).map(|h| h.split("</strong>").next().unwrap()).collect();
        assert_eq!(headings.len(), f.errata.len());
        assert!(headings.iter().all(|h| !h.contains('_') && !h.contains("&gt;") && !h.contains("USA")), "no code is a heading: {headings:?}");
        let zh = page(&f, "", &read, Lang::Zh);
        assert!(zh.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">") && zh.contains("报告写为 <span class=\"report-value\">48,338</span>"), "{zh}");
        assert!(zh.contains("href=\"errata.en.html\" lang=\"en\""), "the other language's page");
    }

    #[test]
    fn the_page_takes_base_and_stylesheet_from_the_index() {
        let index = "<head><base href=\"/a/\"><link rel=\"icon\" href=\"/a/f.svg\"><style>.a>b{c:d}</style></head><body><style>.pic{}</style>";
        assert_eq!(shared_head(index), "<base href=\"/a/\"><style>.a>b{c:d}</style><link rel=\"icon\" href=\"/a/f.svg\">");
    }
}

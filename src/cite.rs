//! "Cite this chart": a chart, the dashboard or the report as a reference in GB/T 7714-2015 (the
//! Chinese standard: `[EB/OL]`, with the access date), APA 7, BibTeX and RIS, in the page's
//! language. Every chart's citation names the dashboard, the report it rebuilds, the chart's title,
//! the data version, the URL of what the reader sees and the day they saw it.

use crate::i18n::{Bilingual, Lang, Msg};

/// The four styles, in the order the dialog lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    GbT7714,
    Apa7,
    Bibtex,
    Ris,
}

impl Style {
    pub const ALL: [Style; 4] = [Style::GbT7714, Style::Apa7, Style::Bibtex, Style::Ris];

    pub fn name(self) -> &'static str {
        match self {
            Style::GbT7714 => "GB/T 7714-2015",
            Style::Apa7 => "APA 7",
            Style::Bibtex => "BibTeX",
            Style::Ris => "RIS",
        }
    }

    /// An id-safe code ("gbt7714").
    pub fn code(self) -> &'static str {
        match self {
            Style::GbT7714 => "gbt7714",
            Style::Apa7 => "apa7",
            Style::Bibtex => "bibtex",
            Style::Ris => "ris",
        }
    }
}

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "December 2, 2026" / "2026年12月2日" (APA's retrieval date).
    fn long(self, lang: Lang) -> String {
        const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        match lang {
            Lang::Zh => format!("{}年{}月{}日", self.year, self.month, self.day),
            Lang::En => format!("{} {}, {}", MONTHS[(self.month.clamp(1, 12) - 1) as usize], self.day, self.year),
        }
    }
}

/// What is cited.
#[derive(Clone, Debug, PartialEq)]
pub enum Work<'a> {
    /// One chart: its title and the URL of its current state.
    Chart { title: &'a str, url: &'a str, id: &'a str },
    /// The whole dashboard at `url`.
    Dashboard { url: &'a str },
    /// The report the dashboard rebuilds.
    Report,
}

/// The data release the dashboard shows (datapackage.json `version` and `created`).
#[derive(Clone, Debug, PartialEq)]
pub struct Release<'a> {
    pub version: &'a str,
    pub created: &'a str,
}

impl Release<'_> {
    fn year(&self) -> &str {
        self.created.get(..4).unwrap_or(self.created)
    }
}

const REPORT_ZH: &str = "国际人才流动与治理报告——以美国为枢纽分析2024";
const REPORT_EN: &str = "International Talent Mobility and Governance Report — Analysis with the United States as a Hub 2024";
/// The report's three authors, organisations all: BibTeX braces each (else it splits a name at
/// " and " and reads "Globalization (CCG)" as a surname) and RIS gives each its own `AU` line.
const REPORT_AUTHORS_ZH: [&str; 3] = ["全球化智库（CCG）", "赢众海外咨询", "美国赢众律师事务所"];
const REPORT_AUTHORS_EN: [&str; 3] = ["Center for China and Globalization (CCG)", "Yingzhong & Company", "YingZhong Law Offices"];

fn report_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => REPORT_ZH,
        Lang::En => REPORT_EN,
    }
}

fn report_author_list(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Zh => REPORT_AUTHORS_ZH,
        Lang::En => REPORT_AUTHORS_EN,
    }
}

/// The authors as a reference lists them: "A，B，C" / "A, B, and C".
fn report_authors(lang: Lang) -> String {
    let [a, b, c] = report_author_list(lang);
    match lang {
        Lang::Zh => format!("{a}，{b}，{c}"),
        Lang::En => format!("{a}, {b}, and {c}"),
    }
}

/// A BibTeX field's text: no braces or line breaks of its own, and LaTeX's special characters
/// escaped ("Yingzhong & Company" stops LaTeX with "Misplaced alignment tab character"). URLs
/// are not passed through it: `url` and `\url{}` take them verbatim.
fn bib(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '{' | '}' => {}
            '\n' | '\r' => out.push(' '),
            '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

/// A RIS field's text: one line.
fn ris(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

/// `work` in `style`, in `lang`, seen on `accessed`.
pub fn cite(style: Style, work: &Work, release: &Release, accessed: Day, lang: Lang) -> String {
    let site = Msg::SiteTitle.text_in(lang);
    let authors = report_authors(lang);
    let rebuilt = crate::i18n::fill(Msg::CiteRebuilds.text(lang), &[("report", report_title(lang)), ("authors", &authors)]);
    let version = crate::i18n::fill(Msg::CiteVersion.text(lang), &[("version", release.version)]);
    let (title, url) = match work {
        Work::Chart { title, url, .. } => (title.to_string(), Some(*url)),
        Work::Dashboard { url } => (site.to_string(), Some(*url)),
        Work::Report => (report_title(lang).to_string(), None),
    };
    let key = match work {
        Work::Chart { id, .. } => format!("talentflows_{}_{}", id.replace('-', "_"), release.year()),
        Work::Dashboard { .. } => format!("talentflows_{}", release.year()),
        Work::Report => "ccg_talent_mobility_2024".to_string(),
    };
    let year = release.year();
    let lang_name = match lang {
        Lang::Zh => "chinese",
        Lang::En => "english",
    };
    match (style, url) {
        // The report: a report (GB/T [R]; APA a report; BibTeX @techreport; RIS RPRT).
        (Style::GbT7714, None) => match lang {
            Lang::Zh => format!("{authors}. {title}[R]. 北京: 全球化智库, 2024."),
            Lang::En => format!("{authors}. {title}[R]. Beijing: Center for China and Globalization, 2024."),
        },
        (Style::Apa7, None) => format!("{authors}. (2024). {title}. {}.", Msg::CcgPublisher.text(lang)),
        (Style::Bibtex, None) => format!(
            "@techreport{{{key},\n  author = {{{}}},\n  title = {{{}}},\n  institution = {{{}}},\n  address = {{Beijing}},\n  year = {{2024}},\n  language = {{{lang_name}}}\n}}",
            report_author_list(lang).map(|a| format!("{{{}}}", bib(a))).join(" and "),
            bib(&title),
            bib(Msg::CcgPublisher.text(lang))
        ),
        (Style::Ris, None) => format!(
            "TY  - RPRT\n{}TI  - {}\nPB  - {}\nCY  - Beijing\nPY  - 2024\nLA  - {}\nER  - ",
            report_author_list(lang).map(|a| format!("AU  - {a}\n")).concat(),
            ris(&title),
            Msg::CcgPublisher.text(lang),
            lang.code()
        ),
        // The dashboard or one of its charts: an online dataset.
        (Style::GbT7714, Some(url)) => crate::i18n::fill(
            Msg::CiteGbt.text(lang),
            &[("site", site), ("title", &title), ("version", &version), ("rebuilt", &rebuilt), ("created", release.created), ("accessed", &accessed.iso()), ("url", url)],
        ),
        // APA's note is a sentence of its own: "… [Data set, data version 2026.12]. Rebuilt from …".
        (Style::Apa7, Some(url)) => {
            // ASCII only: `char::to_uppercase` would bring Unicode's case tables (15 KB) into the wasm.
            let mut rebuilt = rebuilt;
            if let Some(first) = rebuilt.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            crate::i18n::fill(Msg::CiteApa.text(lang), &[("site", site), ("year", year), ("title", &title), ("version", &version), ("rebuilt", &rebuilt), ("date", &accessed.long(lang)), ("url", url)])
        }
        (Style::Bibtex, Some(url)) => format!(
            "@misc{{{key},\n  author = {{{{{}}}}},\n  title = {{{}}},\n  year = {{{year}}},\n  version = {{{}}},\n  howpublished = {{\\url{{{url}}}}},\n  url = {{{url}}},\n  urldate = {{{}}},\n  note = {{{}}},\n  language = {{{lang_name}}}\n}}",
            bib(site),
            bib(&title),
            bib(release.version),
            accessed.iso(),
            bib(&format!("{version}. {rebuilt}"))
        ),
        (Style::Ris, Some(url)) => format!(
            "TY  - DATA\nAU  - {site}\nTI  - {}\nPY  - {year}\nET  - {}\nUR  - {}\nY2  - {}/{:02}/{:02}\nN1  - {}\nLA  - {}\nER  - ",
            ris(&title),
            release.version,
            ris(url),
            accessed.year,
            accessed.month,
            accessed.day,
            ris(&rebuilt),
            lang.code()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RELEASE: Release = Release { version: "2026.12", created: "2026-12-02" };
    const DAY: Day = Day { year: 2026, month: 12, day: 3 };

    fn chart(lang: Lang) -> Vec<String> {
        let title = match lang {
            Lang::Zh => "中国、欧洲、印度公民获得的美国非移民工作签证",
            Lang::En => "US nonimmigrant work visas issued to citizens of China, Europe and India",
        };
        let work = Work::Chart { title, url: "https://example.org/tf/?view=work-visas&chart=work-visas-totals&lang=en", id: "work-visas-totals" };
        Style::ALL.iter().map(|s| cite(*s, &work, &RELEASE, DAY, lang)).collect()
    }

    #[test]
    fn a_charts_citation_names_dashboard_report_title_version_url_and_access_date() {
        for lang in Lang::ALL {
            for (style, text) in Style::ALL.iter().zip(chart(lang)) {
                assert!(text.contains(Msg::SiteTitle.text(lang)), "{style:?} {lang:?}: the dashboard\n{text}");
                assert!(text.contains(report_title(lang)), "{style:?} {lang:?}: the report\n{text}");
                assert!(text.contains("2026.12"), "{style:?} {lang:?}: the version\n{text}");
                assert!(text.contains("https://example.org/tf/?view=work-visas&chart=work-visas-totals&lang=en"), "{style:?}: the URL");
                assert!(text.contains("工作签证") || text.contains("work visas"), "{style:?}: the chart's title");
            }
        }
    }

    #[test]
    fn each_style_writes_its_date_its_way() {
        let [gbt, apa, bib, ris] = <[String; 4]>::try_from(chart(Lang::En)).unwrap();
        assert!(gbt.contains("[EB/OL]. (2026-12-02)[2026-12-03]. https://"), "{gbt}");
        assert!(apa.contains("Retrieved December 3, 2026, from https://"), "{apa}");
        assert!(apa.contains("[Data set, data version 2026.12]. Rebuilt from "), "a sentence of its own: {apa}");
        assert!(gbt.contains("; rebuilt from "), "{gbt}");
        assert!(bib.starts_with("@misc{talentflows_work_visas_totals_2026,") && bib.contains("urldate = {2026-12-03}"), "{bib}");
        assert!(ris.starts_with("TY  - DATA\n") && ris.contains("Y2  - 2026/12/03") && ris.ends_with("ER  - "), "{ris}");
        let [gbt, apa, ..] = <[String; 4]>::try_from(chart(Lang::Zh)).unwrap();
        assert!(gbt.contains("[EB/OL]. (2026-12-02)[2026-12-03]."), "{gbt}");
        assert!(apa.contains("检索于 2026年12月3日"), "{apa}");
    }

    #[test]
    fn the_report_is_a_report() {
        let gbt = cite(Style::GbT7714, &Work::Report, &RELEASE, DAY, Lang::Zh);
        assert_eq!(gbt, "全球化智库（CCG），赢众海外咨询，美国赢众律师事务所. 国际人才流动与治理报告——以美国为枢纽分析2024[R]. 北京: 全球化智库, 2024.");
        assert!(cite(Style::Bibtex, &Work::Report, &RELEASE, DAY, Lang::En).starts_with("@techreport{ccg_talent_mobility_2024,"));
    }

    /// Every `&`, `%`, `#` or `_` outside the URL fields is escaped: LaTeX stops at a bare one.
    fn latex_safe(bibtex: &str) -> bool {
        bibtex.lines().filter(|l| !l.trim_start().starts_with("url =") && !l.trim_start().starts_with("howpublished =")).all(|l| {
            let b = l.as_bytes();
            (0..b.len()).all(|i| !matches!(b[i], b'&' | b'%' | b'#' | b'_' | b'$') || (i > 0 && b[i - 1] == b'\\') || l.trim_start().starts_with('@'))
        })
    }

    #[test]
    fn bibtex_escapes_latex_and_braces_each_organisation() {
        for lang in Lang::ALL {
            let text = &chart(lang)[2];
            assert!(latex_safe(text), "{lang:?}\n{text}");
            let report = cite(Style::Bibtex, &Work::Report, &RELEASE, DAY, lang);
            assert!(latex_safe(&report), "{lang:?}\n{report}");
            let names = report_author_list(lang).map(|a| format!("{{{}}}", bib(a))).join(" and ");
            assert!(report.contains(&format!("author = {{{names}}},")), "{report}");
        }
        let bib = &chart(Lang::En)[2];
        assert!(bib.contains("Yingzhong \\& Company") && bib.contains("url = {https://example.org/tf/?view=work-visas&chart="), "{bib}");
        let report = cite(Style::Bibtex, &Work::Report, &RELEASE, DAY, Lang::En);
        assert!(report.contains("author = {{Center for China and Globalization (CCG)} and {Yingzhong \\& Company} and {YingZhong Law Offices}},"), "{report}");
    }

    #[test]
    fn ris_gives_each_organisation_its_own_author_line() {
        for lang in Lang::ALL {
            let ris = cite(Style::Ris, &Work::Report, &RELEASE, DAY, lang);
            let authors: Vec<&str> = ris.lines().filter_map(|l| l.strip_prefix("AU  - ")).collect();
            assert_eq!(authors, report_author_list(lang), "{ris}");
        }
    }
}

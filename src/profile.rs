//! Profiles (`view=profile&region=CN|IN|EU`): everything the dashboard knows about one origin on
//! one page — headline numbers read from the datasets, with the change since 2019, the share of
//! the US total and the rank among origins where the data have them; then the origin's charts as
//! small multiples, each a figure of the catalog in its own view's state. Pure: the numbers are
//! tested against the data files natively and in the browser.

use crate::catalog::{eb1a, green_cards, students, t, work_visas, Figure, Phrase};
use crate::data::explorer::Explorer;
use crate::data::{Dataset, Measure, Period};
use crate::findings::Lookup;
use crate::i18n::{fill, Lang};
use crate::state::{Mode, View};
use crate::transform::explorer::{rank_origins, ranking_dataset};
use crate::transform::{count, decimals, pct, year_label};

/// One origin's page.
pub struct Profile {
    /// The `region` URL key: CN, IN or EU.
    pub code: &'static str,
    /// Who is counted, source by source (the datasets' own notes say it in full).
    pub definition: Phrase,
    /// The entity each dataset counts the origin as (`students` and `eb1a`: E3 for Europe, the
    /// report's "main European countries").
    pub students: &'static str,
    pub eb1a: &'static str,
    /// F-1 visas: the report gives China's and India's only.
    pub f1: Option<&'static str>,
    /// The origin in the NIV Detail Table: a nationality, or (Europe) a region group of the table.
    pub niv: &'static str,
    /// The report's work-visa classes for this origin, as the NIV table names them.
    pub work_classes: &'static [&'static str],
    /// The small multiples: each figure in its view, with the origin as that view's region.
    pub charts: &'static [(View, &'static Figure, &'static str)],
}

const H_L_O_J: &[&str] = &["H-1B", "H-1B1", "H-1C", "H-2A", "H-2B", "H-3", "H-4", "L-1", "L-2", "O-1", "O-2", "O-3", "J-1", "J-2"];
const H_L_O_J_E: &[&str] = &["H-1B", "H-1B1", "H-1C", "H-2A", "H-2B", "H-3", "H-4", "L-1", "L-2", "O-1", "O-2", "O-3", "J-1", "J-2", "E-1", "E-2", "E-2C", "E-3", "E-3D", "E-3R"];

pub const PROFILES: &[Profile] = &[
    Profile {
        code: "CN",
        definition: t(
            "中国 = 中国大陆，不含中国香港、中国澳门、中国台湾（报告口径）：工作签证为美国国务院非移民签证表的“China - mainland”国籍；职业类移民签证按出生地计；留学生为 Open Doors 的“China”行。",
            "China = mainland China, not Hong Kong SAR, Macao SAR or Taiwan, China (the report's definition): work visas are the NIV table's “China - mainland” nationality; green cards count those born in mainland China; students are Open Doors' “China” row.",
        ),
        students: "CN",
        eb1a: "CN",
        f1: Some("CN"),
        niv: "china-mainland",
        work_classes: H_L_O_J,
        // Each headline's year is the last of a chart: the work visas, students and F-1 charts go
        // beyond the report's range to the latest year, as their headlines (green cards' FY2024
        // lacks EB-5 and the total: their chart and headline stop at FY2023).
        charts: &[
            (View::WorkVisas, &work_visas::BY_CLASS_CN.through_latest(), "CN"),
            (View::GreenCards, &green_cards::BY_CATEGORY_CN, "CN"),
            (View::Students, &students::BY_LEVEL_CN.through_latest(), "CN"),
            (View::Students, &students::F1.through_latest(), "CN"),
            (View::Eb1a, &eb1a::PETITIONS, "CN"),
            (View::Eb1a, &eb1a::APPROVAL_RATES, "CN"),
        ],
    },
    Profile {
        code: "IN",
        definition: t(
            "印度 = 各表的印度国籍；职业类移民签证按出生地计；留学生为 Open Doors 的“India”行。",
            "India = the Indian nationality of each table; green cards count those born in India; students are Open Doors' “India” row.",
        ),
        students: "IN",
        eb1a: "IN",
        f1: Some("IN"),
        niv: "india",
        work_classes: H_L_O_J,
        charts: &[
            (View::WorkVisas, &work_visas::BY_CLASS_IN.through_latest(), "IN"),
            (View::GreenCards, &green_cards::BY_CATEGORY_IN, "IN"),
            (View::Students, &students::BY_LEVEL_IN.through_latest(), "IN"),
            (View::Students, &students::F1.through_latest(), "IN"),
            (View::Eb1a, &eb1a::PETITIONS, "IN"),
            (View::Eb1a, &eb1a::APPROVAL_RATES, "IN"),
        ],
    },
    Profile {
        code: "EU",
        definition: t(
            "欧洲的口径因来源而异：工作签证为美国国务院非移民签证表自身的“Europe”地区组（2024 财年 55 个国籍，含俄罗斯、土耳其、乌克兰），并按报告加计 E 类；职业类移民签证为报告给出的欧洲合计或由其推算（签证办公室表 V 的欧洲地区合计含 EB-4，且只到 2018 财年，与报告口径不同）；留学生与 EB-1A 为报告的“欧洲主要国家”英国、法国、德国。报告没有欧洲的 F-1 签证数。",
            "Europe differs by source: work visas are the NIV table's own “Europe” region block (55 nationalities in FY2024, including Russia, Türkiye and Ukraine), with the E classes added as the report does; green cards are the report's totals for Europe, or computed from them (the Visa Office's Table V has Europe's total only with EB-4 and only to FY2018, not in the report's terms); students and EB-1A are the report's “main European countries”, the UK, France and Germany. The report gives no F-1 numbers for Europe.",
        ),
        students: "E3",
        eb1a: "E3",
        f1: None,
        niv: "group-europe",
        work_classes: H_L_O_J_E,
        charts: &[
            (View::WorkVisas, &work_visas::BY_CLASS_EU.through_latest(), "EU"),
            // Europe's categories are EB-5 alone in the tables found: its totals instead.
            (View::GreenCards, &green_cards::TOTALS, "EU"),
            (View::Students, &students::BY_LEVEL_E3.through_latest(), "E3"),
            (View::Eb1a, &eb1a::PETITIONS, "E3"),
            (View::Eb1a, &eb1a::APPROVAL_RATES, "E3"),
        ],
    },
];

/// The profile of `code` (CN, IN, EU).
pub fn profile(code: &str) -> Option<&'static Profile> {
    PROFILES.iter().find(|p| p.code == code)
}

/// One headline number: which cell of which dataset it is, and what it says beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    /// `data-headline` in the page: work-visas, green-cards, students, f1, eb1a.
    pub key: &'static str,
    pub label: String,
    /// (dataset, entity, category, year) of the number; `None` where the data have none.
    pub cell: Option<(&'static str, &'static str, &'static str, i32)>,
    pub value: Option<f64>,
    /// The number as shown ("48,388", "51.76%"), a dash for a gap.
    pub text: String,
    pub year: String,
    /// What the number is against: its change since 2019, its share of the US total, its rank.
    pub facts: Vec<String>,
}

/// A headline's source: what it counts in which dataset, and how that dataset names its years.
struct Source {
    key: &'static str,
    label: Phrase,
    dataset: &'static str,
    category: &'static str,
    period: Period,
    unit: Unit,
}

#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Count,
    Percent,
}

const SOURCES: [Source; 5] = [
    Source {
        key: "work-visas", label: t("非移民工作签证", "Nonimmigrant work visas"), dataset: "work_visas", category: "total", period: Period::FiscalYear, unit: Unit::Count
    },
    Source {
        key: "green-cards",
        label: t("职业类移民签证（绿卡）", "Employment-based green cards"),
        dataset: "green_cards",
        category: "total",
        period: Period::FiscalYear,
        unit: Unit::Count,
    },
    Source {
        key: "students",
        label: t("在美国高校的留学生", "Students in US higher education"),
        // Open Doors' table by level runs to the latest year (its totals are the same as the
        // places-of-origin table's, which stops at 2022/23).
        dataset: "students_by_level",
        category: "total",
        period: Period::AcademicYear,
        unit: Unit::Count,
    },
    Source { key: "f1", label: t("F-1 学生签证", "F-1 student visas"), dataset: "f1_visas", category: "F1", period: Period::CalendarYear, unit: Unit::Count },
    Source {
        key: "eb1a",
        label: t("EB-1A 杰出人才移民通过率", "EB-1A approval rate"),
        dataset: "eb1a",
        category: "approval_rate",
        period: Period::FiscalYear,
        unit: Unit::Percent,
    },
];

/// The years a headline looks back over for its latest value.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2030;
/// The year the report measures recovery against.
const BEFORE_COVID: i32 = 2019;

/// The profile's headline numbers, each the latest value its dataset has for the origin. The
/// standing ([`STANDING_DATA`], counted from the NIV Detail Table), where `get` has it, adds the
/// work visas' share of every nationality's visas of the same classes that year, and their rank.
pub fn headlines(p: &Profile, get: Lookup, lang: Lang) -> Vec<Headline> {
    SOURCES
        .iter()
        .map(|s| {
            let entity = match s.key {
                "students" => Some(p.students),
                "eb1a" => Some(p.eb1a),
                "f1" => p.f1,
                _ => Some(p.code),
            };
            let latest = entity.and_then(|e| YEARS.rev().find_map(|y| get(s.dataset, e, s.category, y).map(|v| (e, y, v))));
            let label = lang.pick(&s.label).to_string();
            let Some((e, year, v)) = latest else {
                let why = if s.key == "f1" { &F1_ONLY_CN_IN } else { &NO_VALUE };
                return Headline { key: s.key, label, cell: None, value: None, text: "—".into(), year: String::new(), facts: vec![lang.pick(why).to_string()] };
            };
            let text = match s.unit {
                Unit::Count => count(Some(v)),
                Unit::Percent => format!("{}%", crate::i18n::group_thousands(v, decimals(v))),
            };
            let mut facts = Vec::new();
            if s.unit == Unit::Count && year != BEFORE_COVID {
                if let Some(before) = get(s.dataset, e, s.category, BEFORE_COVID) {
                    facts.push(fill(lang.pick(&OF_2019), &[("pct", &pct(Some(v), Some(before))), ("year", &year_label(BEFORE_COVID, s.period, lang))]));
                }
            }
            if s.key == "students" {
                if let Some(all) = get(s.dataset, "WORLD", s.category, year) {
                    facts.push(fill(lang.pick(&OF_ALL_STUDENTS), &[("pct", &pct(Some(v), Some(all)))]));
                }
            }
            if s.key == "work-visas" {
                if let Some(st) = standing_of(get, p.code, year) {
                    let of = if p.niv.starts_with(crate::data::explorer::GROUP_PREFIX) { &RANK_GROUPS } else { &RANK_NATIONALITIES };
                    facts.push(fill(lang.pick(&OF_ALL_NATIONALITIES), &[("pct", &format!("{}%", crate::i18n::group_thousands(st.share, 1)))]));
                    facts.push(fill(lang.pick(of), &[("rank", &st.rank.to_string()), ("n", &st.of.to_string())]));
                }
            }
            Headline { key: s.key, label, cell: Some((s.dataset, e, s.category, year)), value: Some(v), text, year: year_label(year, s.period, lang), facts }
        })
        .collect()
}

const NO_VALUE: Phrase = t("数据中没有这一来源地的数值", "the data have no value for this origin");
const F1_ONLY_CN_IN: Phrase = t(
    "报告只按自然年给出中国和印度的 F-1 签证数；各国籍按财年的 F-1 签证数见“签证浏览”",
    "the report counts F-1 visas by calendar year for China and India only; every nationality's, by fiscal year, are in the visa explorer",
);
const OF_2019: Phrase = t("为 {year} 的 {pct}", "{pct} of {year}");
const OF_ALL_STUDENTS: Phrase = t("占在美国际学生总数的 {pct}", "{pct} of all international students in the US");
const OF_ALL_NATIONALITIES: Phrase = t("占同类签证总数的 {pct}", "{pct} of all visas of these classes");
const RANK_NATIONALITIES: Phrase = t("在 {n} 个国籍中排第 {rank}", "No. {rank} of {n} nationalities");
const RANK_GROUPS: Phrase = t("在国务院表的 {n} 个地区中排第 {rank}", "No. {rank} of the table's {n} regions");

const REPORT_SAYS: Phrase = t("报告写为 {value}（见勘误）", "the report says {value} (see Errata)");

/// What the report states otherwise than the data for a headline's number or its share of
/// FY2019 (an erratum of `ds`): the report's number beside the data's, as a chart's tooltip and
/// table mark theirs (Europe's green cards: 102.9% of FY2019, the report's 97%).
pub fn report_differs(h: &Headline, ds: &Dataset, lang: Lang) -> Vec<String> {
    let Some((_, e, c, y)) = h.cell else { return vec![] };
    ds.errata
        .iter()
        .filter(|x| x.entity == e && x.category == c && x.year == y)
        .filter_map(|x| match x.measure {
            Measure::Value => Some(count(Some(x.report))),
            Measure::PercentOf if x.base.as_ref().is_some_and(|b| b.entity == e && b.category == c && b.year == BEFORE_COVID) => {
                Some(format!("{}%", crate::i18n::group_thousands(x.report, decimals(x.report))))
            }
            _ => None,
        })
        .map(|value| fill(lang.pick(&REPORT_SAYS), &[("value", &value)]))
        .collect()
}

/// [`headlines`], each with the report's number beside its own where they differ
/// ([`report_differs`]); `dataset` gives the file a headline reads (the app's download, the
/// build's file), the same for the app's view and the build's picture of it.
pub fn headlines_beside_report<D: std::ops::Deref<Target = Dataset>>(p: &Profile, get: Lookup, dataset: impl Fn(&str) -> Option<D>, lang: Lang) -> Vec<Headline> {
    let mut heads = headlines(p, get, lang);
    for h in &mut heads {
        if let Some(d) = h.cell.and_then(|(n, ..)| dataset(n)) {
            h.facts.extend(report_differs(h, &d, lang));
        }
    }
    heads
}

/// The source of a headline's number, with its data date, as a chart's source line says it.
pub fn source_of(h: &Headline, ds: &crate::data::Dataset, lang: Lang) -> Option<String> {
    let (_, e, c, _) = h.cell?;
    let p = crate::provenance::Provenance::of_drawn(ds, &[(e.to_string(), c.to_string())]);
    let line = crate::provenance::source_line(&p, lang);
    Some(match crate::provenance::as_of_line(&p, lang) {
        Some(date) => format!("{} — {line} · {date}", h.label),
        None => format!("{} — {line}", h.label),
    })
}

/// The datasets the headlines read.
pub const HEADLINE_DATA: [&str; 5] = ["work_visas", "green_cards", "students_by_level", "f1_visas", "eb1a"];
/// Every profile's standing among every nationality, year by year: a dataset counted at build time
/// from the NIV table (`niv_explorer`, 1.5 MB) by [`standings`] and written beside the pictures,
/// so that a profile loads a few KB for its two facts instead of the whole table. A path from the
/// site's root, not a `data/` name: it is derived by the build, not a dataset of the release.
pub const STANDING_DATA: &str = "pre/standing";
/// Its categories: the rank, the number of origins ranked, and the percent of their visas.
const RANK: &str = "rank";
const OF: &str = "of";
const SHARE: &str = "share";

/// Where the origin stands among every origin of the NIV table in `year`, over its work classes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Standing {
    pub rank: usize,
    pub of: usize,
    /// Percent of every origin's visas of these classes.
    pub share: f64,
}

/// The standing of profile `code` in `year`, from [`STANDING_DATA`] as `get` reads it.
pub fn standing_of(get: Lookup, code: &str, year: i32) -> Option<Standing> {
    let read = |c: &str| get(STANDING_DATA, code, c, year);
    let (rank, of) = (read(RANK)?, read(OF)?);
    Some(Standing { rank: rank as usize, of: of as usize, share: read(SHARE)? })
}

/// [`STANDING_DATA`]: every profile's standing in every year `niv` has, with the NIV table's
/// sources.
pub fn standings(niv: &Explorer) -> Dataset {
    let per_year: Vec<(&Profile, Vec<Option<Standing>>)> = PROFILES.iter().map(|p| (p, niv.years.iter().map(|&y| standing(p, niv, y)).collect())).collect();
    let series = per_year
        .iter()
        .flat_map(|(p, st)| {
            let line = |category: &str, v: &dyn Fn(&Standing) -> f64| {
                crate::data::Series::new(p.code, category, crate::data::Kind::Primary, 0, st.iter().map(|s| s.as_ref().map(v)).collect())
            };
            [line(RANK, &|s| s.rank as f64), line(OF, &|s| s.of as f64), line(SHARE, &|s| s.share)]
        })
        .collect();
    let text = |zh: &str, en: &str| crate::data::Text { zh: zh.into(), en: en.into() };
    Dataset {
        name: STANDING_DATA.into(),
        title: text("各来源地的非移民工作签证排名与占比", "Each origin's rank and share of nonimmigrant work visas"),
        unit: text("名次；个；%", "rank; origins; %"),
        category_units: vec![],
        period: Period::FiscalYear,
        figures: vec![],
        tables: vec![],
        years: niv.years.clone(),
        sources: niv.sources.clone(),
        notes: vec![text(
            "由构建步骤从美国国务院非移民签证表计算：该来源地报告所用工作签证类别的签发量在所有国籍（欧洲：表中各地区）中的名次与占比。",
            "Counted by the build from the State Department's NIV table: the origin's rank and share among every nationality (Europe: among the table's regions) in the visas of the report's work classes.",
        )],
        errata: vec![],
        labels: vec![],
        series,
    }
}

/// The NIV table's block of nationalities it names no place for.
const UNKNOWN_REGION: &str = "Unknown";

fn standing(p: &Profile, niv: &Explorer, year: i32) -> Option<Standing> {
    let classes: Vec<String> = p.work_classes.iter().map(|c| c.to_string()).collect();
    let groups = p.niv.starts_with(crate::data::explorer::GROUP_PREFIX);
    let mut ranked = rank_origins(&ranking_dataset(niv, &classes, groups), year, Mode::Share, year);
    // The table's "Unknown" block (No Nationality, the UN laissez-passer) is neither a region nor
    // a nationality: its visas count in the shares' total, not among the places ranked.
    let unknown = niv.regions.iter().position(|r| r == UNKNOWN_REGION);
    let not_a_place = |code: &str| match unknown {
        Some(g) if groups => code == niv.group_code(g),
        Some(g) => niv.nationality(code).is_some_and(|n| niv.nationalities[n].region == g),
        None => false,
    };
    ranked.retain(|r| !not_a_place(&r.entity));
    let at = ranked.iter().position(|r| r.entity == p.niv)?;
    Some(Standing { rank: at + 1, of: ranked.len(), share: ranked[at].value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Dataset;

    fn file(name: &str) -> String {
        std::fs::read_to_string(format!("{}/data/{name}.json", env!("CARGO_MANIFEST_DIR"))).expect(name)
    }

    #[test]
    fn each_headlines_year_is_drawn_in_one_of_the_profiles_charts() {
        use crate::charts::figure::{build, Filters};
        use crate::charts::Look;
        use crate::state::ViewState;
        let sets: Vec<(String, Dataset)> = SOURCES.iter().map(|s| (s.dataset.to_string(), serde_json::from_str(&file(s.dataset)).unwrap())).collect();
        let get = |n: &str, e: &str, c: &str, y: i32| sets.iter().find(|(x, _)| x == n).and_then(|(_, d)| d.value(e, c, y));
        let look = Look { lang: Lang::En, dark: false, decal: false, animate: false, width: 760 };
        for p in PROFILES {
            let drawn: Vec<(String, Vec<String>)> = p
                .charts
                .iter()
                .map(|&(view, fig, region)| {
                    let ds: Dataset = serde_json::from_str(&file(fig.resource)).unwrap();
                    let state = ViewState { regions: vec![region.to_string()], ..ViewState::default_for(view) };
                    let b = build(fig, &ds, None, &Filters::of(&state), &look).unwrap();
                    (fig.resource.to_string(), b.table.rows.into_iter().map(|r| r.label).collect())
                })
                .collect();
            for h in headlines(p, &get, Lang::En).iter().filter(|h| h.value.is_some()) {
                // A chart of its file where there is one (F-1, EB-1A), else any (the totals').
                let own: Vec<_> = drawn.iter().filter(|(r, _)| h.cell.is_some_and(|c| c.0 == r)).collect();
                let charts = if own.is_empty() { drawn.iter().collect() } else { own };
                assert!(charts.iter().any(|(_, years)| years.contains(&h.year)), "{} {}: {} drawn in none of {charts:?}", p.code, h.key, h.year);
            }
        }
        // Before: China's F-1 chart stopped at 2023 under its 2024 headline. The view keeps the
        // report's range.
        let f1: Dataset = serde_json::from_str(&file("f1_visas")).unwrap();
        let state = ViewState::default_for(crate::state::View::Students);
        let view = build(&crate::catalog::students::F1, &f1, None, &Filters::of(&state), &look).unwrap();
        assert!(view.subtitle.contains("2018–2023"), "{}", view.subtitle);
    }

    #[test]
    fn where_the_report_says_otherwise_its_number_stands_beside() {
        let sets: Vec<(String, Dataset)> = SOURCES.iter().map(|s| (s.dataset.to_string(), serde_json::from_str(&file(s.dataset)).unwrap())).collect();
        let get = |n: &str, e: &str, c: &str, y: i32| sets.iter().find(|(x, _)| x == n).and_then(|(_, d)| d.value(e, c, y));
        let ds = |n: &str| &sets.iter().find(|(x, _)| x == n).unwrap().1;
        let eu = headlines(profile("EU").unwrap(), &get, Lang::En);
        let gc = eu.iter().find(|h| h.key == "green-cards").unwrap();
        assert_eq!((gc.text.as_str(), gc.facts[0].as_str()), ("25,220", "102.9% of FY2019"));
        assert_eq!(report_differs(gc, ds("green_cards"), Lang::En), ["the report says 97% (see Errata)"]);
        let zh = &headlines(profile("EU").unwrap(), &get, Lang::Zh)[1];
        assert_eq!(report_differs(zh, ds("green_cards"), Lang::Zh), ["报告写为 97%（见勘误）"]);
        assert_eq!(zh.facts[0], "为 2019 财年的 102.9%", "no space between Han characters");
        // China's FY2024 work visas: the report does not state them.
        let cn = headlines(profile("CN").unwrap(), &get, Lang::En);
        assert!(report_differs(&cn[0], ds("work_visas"), Lang::En).is_empty());
    }

    #[test]
    fn headlines_are_the_datasets_latest_values_with_their_years() {
        assert_eq!(HEADLINE_DATA.to_vec(), SOURCES.iter().map(|s| s.dataset).collect::<Vec<_>>());
        let sets: Vec<(String, Dataset)> = SOURCES.iter().map(|s| (s.dataset.to_string(), serde_json::from_str(&file(s.dataset)).unwrap())).collect();
        let get = |n: &str, e: &str, c: &str, y: i32| sets.iter().find(|(x, _)| x == n).and_then(|(_, d)| d.value(e, c, y));
        for s in &SOURCES {
            let ds = &sets.iter().find(|(x, _)| x == s.dataset).unwrap().1;
            assert_eq!(ds.period, s.period, "{}: years as the dataset counts them", s.dataset);
        }
        let cn = headlines(profile("CN").unwrap(), &get, Lang::En);
        let work = &cn[0];
        assert_eq!((work.cell, work.text.as_str(), work.year.as_str()), (Some(("work_visas", "CN", "total", 2024)), "65,988", "FY2024"));
        assert_eq!(work.facts, ["68.9% of FY2019"], "65,988 / 95,818");
        let line = source_of(work, &sets[0].1, Lang::En).unwrap();
        assert!(line.starts_with("Nonimmigrant work visas — Source: U.S. Department of State") && line.contains("Data as of"), "{line}");
        let eu = headlines(profile("EU").unwrap(), &get, Lang::Zh);
        let f1 = eu.iter().find(|h| h.key == "f1").unwrap();
        assert_eq!((f1.value, f1.text.as_str()), (None, "—"), "a gap stays a gap");
        let students = eu.iter().find(|h| h.key == "students").unwrap();
        // The latest year of Open Doors' table by level, beyond the report's 2022/23.
        assert_eq!(students.cell, Some(("students_by_level", "E3", "total", 2024)));
        assert!(students.facts.iter().any(|f| f.starts_with("占在美国际学生总数的")), "{:?}", students.facts);
        let rate = eu.iter().find(|h| h.key == "eb1a").unwrap();
        assert_eq!((rate.text.as_str(), rate.facts.len()), ("75.23%", 0), "a rate has no change on 2019");
        for p in PROFILES {
            for h in headlines(p, &get, Lang::En) {
                if let Some((n, e, c, y)) = h.cell {
                    assert_eq!(h.value, get(n, e, c, y), "{} {}", p.code, h.key);
                    assert!(get(n, e, c, y + 1).is_none(), "{} {}: the latest", p.code, h.key);
                }
            }
        }
    }

    #[test]
    fn the_work_classes_sum_in_the_niv_table_to_the_work_visas_of_each_origin() {
        let niv: Explorer = serde_json::from_str(&file("niv_explorer")).unwrap();
        let wv: Dataset = serde_json::from_str(&file("work_visas")).unwrap();
        for p in PROFILES {
            let classes: Vec<usize> = p.work_classes.iter().map(|c| niv.class(c).unwrap_or_else(|| panic!("{c}"))).collect();
            let totals = niv.total_of(p.niv, &classes).expect(p.niv);
            for (i, y) in niv.years.iter().enumerate() {
                if let Some(v) = wv.value(p.code, "total", *y) {
                    assert_eq!(totals[i], Some(v), "{} {y}", p.code);
                }
            }
            let st = standing(p, &niv, 2024).expect(p.code);
            assert!(st.rank >= 1 && st.rank <= st.of && st.share > 0.0 && st.share < 100.0, "{st:?}");
        }
        // Ranked among places: the table's "Unknown" block (No Nationality, the UN laissez-passer)
        // is neither a region nor a nationality.
        let unknown = niv.regions.iter().position(|r| r == UNKNOWN_REGION).expect("the table's Unknown block");
        let named = niv.regions.len() - 1;
        assert_eq!(standing(profile("EU").unwrap(), &niv, 2024).map(|s| s.of), Some(named), "Europe among {named} regions");
        let at = niv.years.iter().position(|y| *y == 2024).unwrap();
        let china = profile("CN").unwrap();
        let classes: Vec<usize> = china.work_classes.iter().filter_map(|c| niv.class(c)).collect();
        let places = niv.nationalities.iter().filter(|n| n.region != unknown && niv.total_of(&n.code, &classes).unwrap()[at].is_some()).count();
        assert_eq!(standing(china, &niv, 2024).map(|s| s.of), Some(places), "China among {places} nationalities");
        // The rank, counted another way: one more than the nationalities with more such visas.
        let india = profile("IN").unwrap();
        let classes: Vec<usize> = india.work_classes.iter().filter_map(|c| niv.class(c)).collect();
        let at = niv.years.iter().position(|y| *y == 2024).unwrap();
        let mine = niv.total_of("india", &classes).unwrap()[at].unwrap();
        let above = niv.nationalities.iter().filter(|n| niv.total_of(&n.code, &classes).unwrap()[at].is_some_and(|v| v > mine)).count();
        assert_eq!(standing(india, &niv, 2024).map(|s| s.rank), Some(above + 1));
        // What the build writes for the app: a dataset of every profile's standing, every year,
        // with the NIV table's sources; small, and read back as the app reads it.
        let all = standings(&niv);
        assert_eq!((all.validate(), all.series.len(), all.years.clone()), (Ok(()), PROFILES.len() * 3, niv.years.clone()));
        let text = serde_json::to_string(&all).unwrap();
        assert!(text.len() < 12000, "{} bytes", text.len());
        let back: Dataset = serde_json::from_str(&text).unwrap();
        let get = |n: &str, e: &str, c: &str, y: i32| (n == STANDING_DATA).then(|| back.value(e, c, y)).flatten();
        let st = standing_of(&get, "IN", 2024).unwrap();
        assert_eq!(Some(st), standing(india, &niv, 2024));
        assert_eq!(st.rank, above + 1);
        let none = |_: &str, _: &str, _: &str, _: i32| None;
        assert_eq!(standing_of(&none, "IN", 2024), None, "without the file, no standing");
    }

    #[test]
    fn every_chart_is_a_figure_of_its_view_and_shows_for_the_origin() {
        for p in PROFILES {
            for (view, fig, region) in p.charts {
                assert!(view.spec().figure(fig.id).is_some(), "{}: {} in {view:?}", p.code, fig.id);
                assert!(view.spec().regions.contains(region), "{}: {region} in {view:?}", p.code);
                assert!(fig.region().is_none_or(|r| r == *region), "{}: {}", p.code, fig.id);
            }
        }
    }
}

//! `data/students.json` and `data/students_by_level.json`: international students in US higher
//! education from China, India, the United Kingdom, France and Germany, by academic year (figures
//! 15, 17, 23–26, 33, 34 and table 3).
//!
//! Primary: IIE Open Doors, read from the publisher's own workbooks — the 2023 release's census of
//! all places of origin (the report's vintage) for the totals, and the 2025 release's table by place
//! of origin and academic level for the levels. The two are checked against each other.

use crate::common::{dataset, label, number, push, text, xlsx_rows, Meta};
use calamine::Data;
use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::path::Path;
use talent_flows_model::{Dataset, Kind, Period, Source, Text};

/// Academic years named by their first year (2000 = 2000/01).
pub const YEARS: RangeInclusive<i32> = 2000..=2022;
pub const LEVEL_YEARS: RangeInclusive<i32> = 2000..=2024;
/// The first academic year with the four-level breakdown (non-degree and OPT split from "other").
pub const FOUR_LEVELS_FROM: i32 = 2006;

/// Entity code → the place-of-origin label in both workbooks (IIE codes 2101, 2204, 3050, 3016, 3018).
const COUNTRIES: &[(&str, &str)] = &[("CN", "China"), ("IN", "India"), ("GB", "United Kingdom"), ("FR", "France"), ("DE", "Germany")];
const WORLD_ROW: &str = "WORLD TOTAL";
const E3_PARTS: &[&str] = &["GB", "FR", "DE"];

const OD23_FILE: &str = "students/opendoors-od23-place-of-origin/Census_All-Places-of-Origin_OD23.xlsx";
const OD25_FILE: &str = "students/opendoors-od25-place-of-origin-academic-level/Census_Places-of-Origin-Academic-Level_OD25_Website.xlsx";
/// Only the first columns of the OD23 sheet hold data (it has ~16,000 empty trailing columns).
const OD23_COLUMNS: usize = 41;

/// (workbook label, category code, zh, en) of the academic levels.
const LEVELS: &[(&str, &str, &str, &str)] = &[
    ("Under-graduate", "undergraduate", "本科生", "Undergraduate"),
    ("Graduate", "graduate", "研究生", "Graduate"),
    ("Non-Degree", "non_degree", "非学位", "Non-degree"),
    ("OPT", "opt", "OPT（毕业后实习）", "OPT (Optional Practical Training)"),
    ("Other", "other", "其他（2006/07 前，含非学位与 OPT）", "Other (before 2006/07; incl. non-degree and OPT)"),
];

/// 12345 → "12,345" (for notes).
fn thousands(v: f64) -> String {
    let digits = format!("{}", v.round() as i64);
    let (sign, digits) = digits.strip_prefix('-').map(|d| ("-", d)).unwrap_or(("", digits.as_str()));
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    format!("{sign}{out}")
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// (zh, en) names of the countries, for notes.
fn country_name(code: &str) -> (&'static str, &'static str) {
    match code {
        "CN" => ("中国", "China"),
        "IN" => ("印度", "India"),
        "GB" => ("英国", "UK"),
        "FR" => ("法国", "France"),
        "DE" => ("德国", "Germany"),
        _ => ("全部来源地", "World"),
    }
}

fn academic(year: i32) -> String {
    format!("{}/{:02}", year, (year + 1) % 100)
}

fn od23_source() -> Source {
    Source {
        kind: Kind::Primary,
        publisher: Text::new("国际教育协会（IIE），《门户开放报告》2023", "Institute of International Education (IIE), Open Doors 2023"),
        table: Text::new(
            "按来源地划分的国际学生人数，部分年份 1949/50–2022/23 学年（International Students by Place of Origin）",
            "International Students by Place of Origin, Selected Years, 1949/50–2022/23",
        ),
        file: OD23_FILE.into(),
        url: Some("https://opendoorsdata.org/".into()),
        published: None,
    }
}

fn od25_source() -> Source {
    Source {
        kind: Kind::Primary,
        publisher: Text::new("国际教育协会（IIE），《门户开放报告》2025", "Institute of International Education (IIE), Open Doors 2025"),
        table: Text::new(
            "按来源地和教育层次划分的国际学生人数，2000/01–2024/25 学年（International Students by Place of Origin and Academic Level）",
            "International Students by Place of Origin and Academic Level, 2000/01–2024/25",
        ),
        file: OD25_FILE.into(),
        url: Some("https://opendoorsdata.org/data/international-students/academic-level-and-places-of-origin/".into()),
        published: None,
    }
}

/// The one row whose place-of-origin cell is `name` (case and spaces aside).
fn find_row<'a>(rows: &'a [Vec<Data>], col: usize, name: &str, file: &str) -> Result<&'a [Data], String> {
    let hits: Vec<&Vec<Data>> = rows.iter().filter(|r| r.get(col).is_some_and(|c| crate::common::same_name(&text(c), name))).collect();
    match hits.as_slice() {
        [one] => Ok(one),
        [] => Err(format!("{file}: no row {name:?}")),
        _ => Err(format!("{file}: {} rows named {name:?}", hits.len())),
    }
}

/// Sums per year; a year is given only when every part is known.
fn sum_of(parts: &[&Vec<Option<f64>>], n: usize) -> Vec<Option<f64>> {
    (0..n).map(|i| parts.iter().map(|p| p[i]).sum::<Option<f64>>()).collect()
}

/// OD23 census: entity code (CN … DE, WORLD) → students per year of [`YEARS`]; each country's rank
/// among all coded places of origin in the last year; the number of such places.
type Od23 = (BTreeMap<&'static str, Vec<Option<f64>>>, BTreeMap<&'static str, usize>, usize);

fn read_od23(sources: &Path) -> Result<Od23, String> {
    let rows: Vec<Vec<Data>> = xlsx_rows(&sources.join(OD23_FILE), None)?
        .into_iter()
        .map(|mut r| {
            r.truncate(OD23_COLUMNS);
            r
        })
        .collect();
    let header = rows
        .iter()
        .find(|r| r.iter().any(|c| text(c) == "Place of Origin") && r.iter().any(|c| text(c) == academic(2000)))
        .ok_or_else(|| format!("{OD23_FILE}: no header row with “Place of Origin” and 2000/01"))?;
    let name_col = header.iter().position(|c| text(c) == "Place of Origin").unwrap();
    let year_cols: Vec<usize> =
        YEARS.map(|y| header.iter().position(|c| text(c) == academic(y)).ok_or_else(|| format!("{OD23_FILE}: no column {}", academic(y)))).collect::<Result<_, _>>()?;
    let mut out = BTreeMap::new();
    for &(code, name) in COUNTRIES.iter().chain([("WORLD", WORLD_ROW)].iter()) {
        let row = find_row(&rows, name_col, name, OD23_FILE)?;
        out.insert(code, year_cols.iter().map(|&c| row.get(c).and_then(number)).collect());
    }
    // Rank among single places of origin in the last year: rows with an IIE code that is not a
    // region's (regions have codes in whole hundreds; "unspecified" rows have none).
    let last = *year_cols.last().unwrap();
    let places: Vec<(String, f64)> = rows
        .iter()
        .filter(|r| r.first().and_then(number).is_some_and(|code| code.fract() == 0.0 && code % 100.0 != 0.0))
        .filter_map(|r| Some((text(r.get(name_col)?), r.get(last).and_then(number)?)))
        .collect();
    let mut ranks = BTreeMap::new();
    for &(code, name) in COUNTRIES {
        let v = places.iter().find(|p| crate::common::same_name(&p.0, name)).map(|p| p.1).ok_or_else(|| format!("{OD23_FILE}: {name} is not a coded place"))?;
        ranks.insert(code, places.iter().filter(|p| p.1 > v).count() + 1);
    }
    Ok((out, ranks, places.len()))
}

/// OD25 by level: entity code → category code → students per year of [`LEVEL_YEARS`].
type Levels = BTreeMap<&'static str, BTreeMap<&'static str, Vec<Option<f64>>>>;

fn read_od25(sources: &Path) -> Result<Levels, String> {
    let rows = xlsx_rows(&sources.join(OD25_FILE), None)?;
    let year_row = rows.iter().position(|r| r.iter().any(|c| text(c) == academic(2000))).ok_or_else(|| format!("{OD25_FILE}: no row of academic years"))?;
    let (years_hdr, levels_hdr) = (&rows[year_row], rows.get(year_row + 1).ok_or_else(|| format!("{OD25_FILE}: no row of levels"))?);
    let name_col = levels_hdr.iter().position(|c| text(c) == "Place of Origin").ok_or_else(|| format!("{OD25_FILE}: no “Place of Origin” column"))?;
    // Each year label heads its group of level columns; blank spacer columns separate the groups.
    let mut columns: BTreeMap<(i32, &'static str), usize> = BTreeMap::new();
    let mut current: Option<i32> = None;
    for (c, cell) in levels_hdr.iter().enumerate() {
        let y = text(years_hdr.get(c).unwrap_or(&Data::Empty));
        if !y.is_empty() {
            current = LEVEL_YEARS.clone().find(|&k| academic(k) == y);
            if current.is_none() {
                return Err(format!("{OD25_FILE}: unexpected year label {y:?}"));
            }
        }
        let level = text(cell);
        if level.is_empty() || c == name_col {
            continue;
        }
        let Some(year) = current else { return Err(format!("{OD25_FILE}: level {level:?} before any year")) };
        let code = LEVELS.iter().find(|l| l.0 == level).map(|l| l.1).ok_or_else(|| format!("{OD25_FILE}: unknown level {level:?}"))?;
        if columns.insert((year, code), c).is_some() {
            return Err(format!("{OD25_FILE}: {} {level} twice", academic(year)));
        }
    }
    for y in LEVEL_YEARS {
        let want: &[&str] = if y < FOUR_LEVELS_FROM { &["undergraduate", "graduate", "other"] } else { &["undergraduate", "graduate", "non_degree", "opt"] };
        let have: Vec<&str> = columns.keys().filter(|k| k.0 == y).map(|k| k.1).collect();
        let mut want_sorted = want.to_vec();
        want_sorted.sort();
        if have != want_sorted {
            return Err(format!("{OD25_FILE}: {} has levels {have:?}, expected {want:?}", academic(y)));
        }
    }
    let data = &rows[year_row + 2..];
    let mut out = Levels::new();
    for &(code, name) in COUNTRIES.iter().chain([("WORLD", WORLD_ROW)].iter()) {
        let row = find_row(data, name_col, name, OD25_FILE)?;
        let mut cats = BTreeMap::new();
        for l in LEVELS {
            let values = LEVEL_YEARS.map(|y| columns.get(&(y, l.1)).and_then(|&c| row.get(c)).and_then(number)).collect();
            cats.insert(l.1, values);
        }
        out.insert(code, cats);
    }
    Ok(out)
}

pub fn build(sources: &Path) -> Result<Vec<Dataset>, String> {
    let students = build_totals(sources)?;
    let by_level = build_levels(sources, &students)?;
    Ok(vec![students, by_level])
}

fn labels(ds: &mut Dataset) {
    label(ds, "GB", "英国", "United Kingdom");
    label(ds, "FR", "法国", "France");
    label(ds, "DE", "德国", "Germany");
    label(ds, "E3", "英国、法国、德国合计（欧洲主要国家）", "UK + France + Germany (main European countries)");
    label(ds, "WORLD", "全部来源地合计", "All places of origin (world total)");
}

fn build_totals(sources: &Path) -> Result<Dataset, String> {
    let (od23, ranks, places) = read_od23(sources)?;
    let years: Vec<i32> = YEARS.collect();
    let last = academic(*YEARS.end());
    let n = years.len();
    let mut ds = dataset(Meta {
        name: "students",
        title: Text::new(
            "中国、印度及英国、法国、德国在美国高校的国际学生人数",
            "International students in US higher education from China, India, the UK, France and Germany",
        ),
        unit: Text::new("人", "students"),
        period: Period::AcademicYear,
        figures: vec![15, 23, 24, 33],
        tables: vec![3],
        years,
        sources: vec![od23_source()],
        notes: vec![
            Text::new(
                "学年以起始年份命名：2000 = 2000/01 学年，2022 = 2022/23 学年。报告正文中的“2019 年”“2023 年”分别指 2019/20 和 2022/23 学年（表 3）。",
                "Academic years are named by their first year: 2000 = 2000/01, 2022 = 2022/23. The report's “2019” and “2023” mean the academic years 2019/20 and 2022/23 (table 3).",
            ),
            Text::new(
                "数值为 IIE《门户开放报告》统计的在美国高等教育机构就读的国际学生人数（含参加 OPT 毕业后实习者），按来源地（国籍）计。中国 = 表中“China”行（中国大陆）；中国香港、中国澳门、中国台湾在表中另列，不计入。",
                "Counts are international students at US higher-education institutions as reported by IIE Open Doors (students on Optional Practical Training included), by place of origin. China = the table's “China” row (mainland); Hong Kong SAR, Macao SAR and Taiwan, China are separate rows and not included.",
            ),
            Text::new(
                "E3（欧洲主要国家）= 英国 + 法国 + 德国；ALL（五国合计，表 3）= 中国 + 印度 + 英国 + 法国 + 德国；均由本数据逐年相加得出。WORLD = 表中“WORLD TOTAL”行（全部来源地）。",
                "E3 (main European countries) = UK + France + Germany; ALL (the five countries of table 3) = China + India + UK + France + Germany; both added up here year by year. WORLD = the table's “WORLD TOTAL” row (all places of origin).",
            ),
            Text::new(
                "本数据取自报告所用的同一版本（Open Doors 2023），报告引用的数值与之完全一致。IIE 说明：受疫情影响，Open Doors 2021–2023 的统计口径包括在美国境外在线修读美国高校课程的国际学生（即 2020/21–2022/23 学年），Open Doors 2024 起恢复疫情前口径。",
                "This is the release the report used (Open Doors 2023); every value the report quotes matches it. IIE notes that, because of the pandemic, Open Doors 2021–2023 (academic years 2020/21–2022/23) also counted international students enrolled online from outside the United States; Open Doors 2024 returned to the pre-pandemic definition.",
            ),
            Text::new(
                format!(
                    "在本表 {places} 个国家/地区（不含地区合计与“未注明”行）中，{last} 学年英国排第 {}、德国第 {}、法国第 {}（报告：第 15、17、20 位）。本数据只收录上述几个国家，排名由数据管道在原表上计算。",
                    ranks["GB"], ranks["DE"], ranks["FR"]
                ),
                format!(
                    "Among the table's {places} places of origin (regional totals and “unspecified” rows left out), in {last} the UK ranks {}, Germany {} and France {} (the report: 15th, 17th, 20th). This dataset holds only the countries above; the pipeline computes the ranks on the full table.",
                    ordinal(ranks["GB"]), ordinal(ranks["DE"]), ordinal(ranks["FR"])
                ),
            ),
        ],
    });
    for &(code, _) in COUNTRIES {
        push(&mut ds, code, "total", Kind::Primary, 0, od23[code].clone());
    }
    let e3 = sum_of(&E3_PARTS.iter().map(|c| &od23[c]).collect::<Vec<_>>(), n);
    push(&mut ds, "E3", "total", Kind::Primary, 0, e3.clone());
    let all = sum_of(&[&od23["CN"], &od23["IN"], &e3], n);
    push(&mut ds, "ALL", "total", Kind::Primary, 0, all);
    push(&mut ds, "WORLD", "total", Kind::Primary, 0, od23["WORLD"].clone());
    labels(&mut ds);
    label(&mut ds, "ALL", "五国合计（中国、印度、英国、法国、德国）", "Five countries (China, India, UK, France, Germany)");
    label(&mut ds, "total", "在美留学生总数", "All students");
    ds.validate()?;
    Ok(ds)
}

fn build_levels(sources: &Path, students: &Dataset) -> Result<Dataset, String> {
    let od25 = read_od25(sources)?;
    let years: Vec<i32> = LEVEL_YEARS.collect();
    let n = years.len();
    let cats: Vec<&str> = LEVELS.iter().map(|l| l.1).collect();

    // Per entity: each level, and the total = sum of the levels the year has.
    let mut table: BTreeMap<&str, BTreeMap<&str, Vec<Option<f64>>>> = BTreeMap::new();
    for (code, levels) in &od25 {
        let mut m = levels.clone();
        let total = (0..n)
            .map(|i| {
                let wanted: &[&str] = if years[i] < FOUR_LEVELS_FROM { &["undergraduate", "graduate", "other"] } else { &["undergraduate", "graduate", "non_degree", "opt"] };
                wanted.iter().map(|c| levels[c][i]).sum::<Option<f64>>()
            })
            .collect();
        m.insert("total", total);
        table.insert(code, m);
    }
    let mut e3 = BTreeMap::new();
    for c in cats.iter().chain(["total"].iter()) {
        e3.insert(*c, sum_of(&E3_PARTS.iter().map(|e| &table[e][c]).collect::<Vec<_>>(), n));
    }
    table.insert("E3", e3);

    // Vintage check: the OD25 level sums must equal the OD23 totals the report used.
    let mut small_diffs: Vec<(String, String)> = Vec::new();
    for &(code, _) in COUNTRIES {
        for &y in students.years.iter() {
            let i = years.iter().position(|&k| k == y).ok_or_else(|| format!("students_by_level: no year {y}"))?;
            let (Some(levels), Some(total)) = (table[code]["total"][i], students.value(code, "total", y)) else {
                return Err(format!("students_by_level: {code} {} missing in OD25 or OD23", academic(y)));
            };
            let d = levels - total;
            if d == 0.0 {
                continue;
            }
            if y <= 2002 && d.abs() <= 1.0 {
                let (zh, en) = country_name(code);
                let (l, t) = (thousands(levels), thousands(total));
                small_diffs.push((format!("{zh} {}（{l} / {t}）", academic(y)), format!("{en} {} ({l} / {t})", academic(y))));
            } else {
                return Err(format!("students_by_level: {code} {}: OD2025 levels sum to {levels}, OD2023 total is {total}", academic(y)));
            }
        }
    }
    // The world total is not checked strictly: its published levels need not add up to it.
    let world_diffs: Vec<String> = students
        .years
        .iter()
        .filter_map(|&y| {
            let i = years.iter().position(|&k| k == y)?;
            let (l, t) = (table["WORLD"]["total"][i]?, students.value("WORLD", "total", y)?);
            (l != t).then(|| format!("{} {} / {}", academic(y), thousands(l), thousands(t)))
        })
        .collect();
    let last = students.years.last().copied().unwrap_or(2022);

    let mut notes = vec![
        Text::new(
            "学年以起始年份命名：2006 = 2006/07 学年，2022 = 2022/23 学年；报告的“2020 年”“2022/23 年”等均指学年。",
            "Academic years are named by their first year: 2006 = 2006/07, 2022 = 2022/23; the report's “2020”, “2022/23” etc. are academic years.",
        ),
        Text::new(
            "本数据取自 Open Doors 2025 版（2000/01–2024/25 学年），比报告所用的 Open Doors 2023 版新两版；2023/24 与 2024/25 学年为报告之后的新数据。",
            "This is the Open Doors 2025 release (2000/01–2024/25), two releases newer than the report's Open Doors 2023; 2023/24 and 2024/25 are newer than the report.",
        ),
        Text::new(
            format!(
                "版本核对（由数据管道逐年校验）：{}/{:02}–{} 学年中国、印度、英国、法国、德国各层次之和与 Open Doors 2023 的总数（见“在美留学生”）完全相等。",
                FOUR_LEVELS_FROM,
                (FOUR_LEVELS_FROM + 1) % 100,
                academic(last)
            ),
            format!(
                "Vintage check (verified year by year by the pipeline): for {}–{} the level sums for China, India, the UK, France and Germany equal the Open Doors 2023 totals (see Students) exactly.",
                academic(FOUR_LEVELS_FROM),
                academic(last)
            ),
        ),
        Text::new(
            "教育层次：2006/07 学年起分为本科生、研究生、非学位、OPT（毕业后实习）四类；2000/01–2005/06 学年只分本科生、研究生、其他三类，“其他”包含非学位与 OPT。合计 = 当年各层次之和（IIE 此表无合计列）。",
            "Levels: from 2006/07 undergraduate, graduate, non-degree and OPT (Optional Practical Training); 2000/01–2005/06 only undergraduate, graduate and other, where “other” includes non-degree and OPT. Total = the sum of the year's levels (IIE's table has no total column).",
        ),
        Text::new(
            "IIE 说明：Open Doors 2021–2023（2020/21–2022/23 学年）包括在美国境外在线修读美国高校课程的国际学生，Open Doors 2024 起恢复疫情前口径；本数据各国 2020/21–2022/23 学年的数值与 2023 版相同（见版本核对），2023/24 学年起按恢复后的口径统计。",
            "IIE notes that Open Doors 2021–2023 (academic years 2020/21–2022/23) included international students enrolled online from outside the United States, and that Open Doors 2024 returned to the pre-pandemic definition; for the countries here, this table's 2020/21–2022/23 values are those of the 2023 release (see the vintage check), and 2023/24 onwards follow the restored definition.",
        ),
        Text::new(
            "E3 = 英国 + 法国 + 德国，逐层次相加；WORLD = 表中“WORLD TOTAL”行。中国 = 表中“China”行（中国大陆）。",
            "E3 = UK + France + Germany, added level by level; WORLD = the table's “WORLD TOTAL” row. China = the table's “China” row (mainland).",
        ),
    ];
    if !small_diffs.is_empty() {
        notes.push(Text::new(
            format!(
                "早期个别学年的层次之和与 Open Doors 2023 的总数相差 1 人（层次之和 / 2023 版总数）：{}。",
                small_diffs.iter().map(|d| d.0.as_str()).collect::<Vec<_>>().join("；")
            ),
            format!(
                "In a few early years the level sums differ from the Open Doors 2023 totals by one student (level sum / OD2023 total): {}.",
                small_diffs.iter().map(|d| d.1.as_str()).collect::<Vec<_>>().join("; ")
            ),
        ));
    }
    if !world_diffs.is_empty() {
        notes.push(Text::new(
            format!("全部来源地（WORLD）的层次之和与 Open Doors 2023 的世界总数不同的学年（层次之和 / 2023 版总数）：{}；其余学年完全相等。", world_diffs.join("；")),
            format!(
                "Years where the world's level sum differs from the Open Doors 2023 world total (level sum / OD2023 total): {}; all other years are equal.",
                world_diffs.join("; ")
            ),
        ));
    }

    let mut ds = dataset(Meta {
        name: "students_by_level",
        title: Text::new(
            "中国、印度及英国、法国、德国在美国高校的国际学生人数（按教育层次）",
            "International students in US higher education from China, India, the UK, France and Germany, by academic level",
        ),
        unit: Text::new("人", "students"),
        period: Period::AcademicYear,
        figures: vec![17, 25, 26, 34],
        tables: vec![],
        years,
        sources: vec![od25_source()],
        notes,
    });
    for entity in ["CN", "IN", "GB", "FR", "DE", "E3", "WORLD"] {
        for c in cats.iter().chain(["total"].iter()) {
            push(&mut ds, entity, c, Kind::Primary, 0, table[entity][c].clone());
        }
    }
    labels(&mut ds);
    for l in LEVELS {
        label(&mut ds, l.1, l.2, l.3);
    }
    label(&mut ds, "total", "合计（各层次之和）", "Total (sum of levels)");
    ds.validate()?;
    Ok(ds)
}

//! `data/green_cards.json`: employment-based immigrant visas (issued + adjustments of status) for
//! China (mainland-born), India and Europe, by preference, FY2014–2024 (figures 12, 13, 21, 30, 31).
//!
//! Primary: State Department, Report of the Visa Office, Table V Part 2 (EB-1, EB-2, EB-3, EB-4 for
//! China and India, FY2012–2024) and Part 3 (EB-5 and the employment total, every country and
//! region, FY2010–2018). Where those stop, the report's own numbers fill in (see `derive`).

use std::collections::BTreeMap;
use std::path::Path;
use talent_flows_model::{Dataset, Kind, Period, Point, Series, Source, Text};

/// The report's first year; the last is the newest in Table V Part 2.
pub const FIRST_YEAR: i32 = 2014;
pub const CATEGORIES: &[&str] = &["EB1", "EB2", "EB3", "EB5", "total", "total_incl_eb4"];

pub fn part2_source() -> Source {
    Source {
        kind: Kind::Primary,
        publisher: Text::new("美国国务院签证办公室", "U.S. Department of State, Visa Office"),
        table: Text::new(
            "签证办公室年报表 V 第 2 部分：按出生国划分的职业类移民签证签发及身份调整（EB-1 至 EB-4），2012–2024 财年",
            "Report of the Visa Office, Table V Part 2: employment preference immigrants issued and adjusted, by foreign state of chargeability (EB-1 to EB-4), FY2012–2024",
        ),
        file: "us-visas/visa-office-table-v/tableV_part2_EB1-4_CN_IN_MX_PH_ROW_FY2012-2024.json".into(),
        url: Some("https://travel.state.gov/content/travel/en/legal/visa-law0/visa-statistics/annual-reports.html".into()),
        published: None,
    }
}

pub fn part3_source() -> Source {
    Source {
        kind: Kind::Primary,
        publisher: Text::new("美国国务院签证办公室", "U.S. Department of State, Visa Office"),
        table: Text::new(
            "签证办公室年报表 V 第 3 部分：EB-5 及职业类移民合计（按出生国及地区），2010–2018 财年",
            "Report of the Visa Office, Table V Part 3: EB-5 and employment preference totals, by foreign state and region, FY2010–2018",
        ),
        file: "us-visas/visa-office-table-v/part3_tabula/".into(),
        url: Some("https://travel.state.gov/content/travel/en/legal/visa-law0/visa-statistics/annual-reports.html".into()),
        published: None,
    }
}

/// Table V Part 2 as re-keyed in the JSON copy: year → CN/IN → field → count.
fn read_part2(path: &Path) -> Result<BTreeMap<i32, BTreeMap<String, BTreeMap<String, f64>>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = BTreeMap::new();
    for (year, geos) in v["issuance"].as_object().ok_or("Table V part 2: no `issuance`")? {
        let year: i32 = year.parse().map_err(|_| format!("Table V part 2: year {year}"))?;
        let mut g = BTreeMap::new();
        for (geo, fields) in geos.as_object().ok_or("Table V part 2: bad geo")? {
            let mut f = BTreeMap::new();
            for (k, n) in fields.as_object().ok_or("Table V part 2: bad fields")? {
                f.insert(k.clone(), n.as_f64().ok_or_else(|| format!("Table V part 2 {year} {geo} {k}: not a number"))?);
            }
            g.insert(geo.clone(), f);
        }
        out.insert(year, g);
    }
    Ok(out)
}

/// The names Table V Part 3 lists under "Europe" in its newest year (states and the territories it
/// counts with them), as the table spells them.
fn europe_rows(dir: &Path) -> Result<(i32, Vec<String>), String> {
    let mut files: Vec<_> = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    let f = files.last().ok_or("Table V Part 3: no files")?;
    let name = f.file_name().unwrap_or_default().to_string_lossy().to_string();
    let year = name.split("FY").nth(1).and_then(|s| s.get(..2)).and_then(|s| s.parse::<i32>().ok()).map(|y| 2000 + y).ok_or_else(|| format!("{name}: no FY"))?;
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_path(f).map_err(|e| format!("{name}: {e}"))?;
    let rows: Vec<String> = rdr.records().filter_map(|r| r.ok()).filter_map(|r| r.get(0).map(|c| c.trim().to_string())).collect();
    let start = rows.iter().position(|r| r == "Europe").ok_or_else(|| format!("{name}: no Europe header"))?;
    let end = rows.iter().position(|r| r == "Region Total For Europe").ok_or_else(|| format!("{name}: no Europe total"))?;
    Ok((year, rows[start + 1..end].iter().filter(|r| !r.is_empty() && r.as_str() != "TOTAL").cloned().collect()))
}

/// One Part 3 row: (5th total, employment preference total).
fn read_part3(dir: &Path) -> Result<BTreeMap<(i32, &'static str), (f64, f64)>, String> {
    let mut out = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    for f in files {
        let name = f.file_name().unwrap_or_default().to_string_lossy().to_string();
        let year: i32 =
            name.split("FY").nth(1).and_then(|s| s.get(..2)).and_then(|s| s.parse::<i32>().ok()).map(|y| 2000 + y).ok_or_else(|| format!("{name}: no FY in the file name"))?;
        let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_path(&f).map_err(|e| format!("{name}: {e}"))?;
        let rows: Vec<Vec<String>> = rdr.records().filter_map(|r| r.ok()).map(|r| r.iter().map(|c| c.trim().to_string()).collect()).collect();
        let header = rows.iter().find(|r| r.first().is_some_and(|c| c == "Foreign State")).ok_or_else(|| format!("{name}: no header"))?;
        let col = |title: &str| header.iter().position(|c| c == title).ok_or_else(|| format!("{name}: no column {title}"));
        let (c5, ct) = (col("5th Total")?, col("Total")?);
        let num = |s: &str| s.replace(',', "").parse::<f64>().map_err(|_| format!("{name}: not a number {s:?}"));
        for (code, row_name) in [("CN", "China - mainland born"), ("IN", "India"), ("EU", "Region Total For Europe")] {
            let row = rows.iter().find(|r| r.first().is_some_and(|c| c == row_name)).ok_or_else(|| format!("{name}: no row {row_name}"))?;
            out.insert((year, code), (num(&row[c5])?, num(&row[ct])?));
        }
    }
    Ok(out)
}

pub fn build(sources: &Path) -> Result<Dataset, String> {
    let p2 = read_part2(&sources.join("us-visas/visa-office-table-v/tableV_part2_EB1-4_CN_IN_MX_PH_ROW_FY2012-2024.json"))?;
    let p3 = read_part3(&sources.join("us-visas/visa-office-table-v/part3_tabula"))?;
    let (europe_year, europe) = europe_rows(&sources.join("us-visas/visa-office-table-v/part3_tabula"))?;
    let europe = europe.join(", ");
    let last = p2.keys().max().copied().ok_or("Table V Part 2: no years")?;
    let years: Vec<i32> = (FIRST_YEAR..=last).collect();
    let mut series = Vec::new();
    for entity in ["CN", "EU", "IN"] {
        for &category in CATEGORIES {
            let mut values = Vec::new();
            let mut source = 0;
            for &y in &years {
                let part2 = p2.get(&y).and_then(|g| g.get(entity));
                let part3 = p3.get(&(y, entity));
                let v = match category {
                    "EB1" => part2.and_then(|f| f.get("EB1").copied()),
                    "EB2" => part2.and_then(|f| f.get("EB2").copied()),
                    // EB-3 includes "other workers" (EB3_TOTAL), as the report counts it.
                    "EB3" => part2.and_then(|f| f.get("EB3_TOTAL").copied()),
                    "EB5" => {
                        source = 1;
                        part3.map(|p| p.0)
                    }
                    "total_incl_eb4" => {
                        source = 1;
                        part3.map(|p| p.1)
                    }
                    // The report's total leaves out EB-4 (special immigrants).
                    "total" => match (part3, part2.and_then(|f| f.get("EB4_TOTAL"))) {
                        (Some(p), Some(eb4)) => Some(p.1 - eb4),
                        _ => None,
                    },
                    _ => None,
                };
                values.push(v);
            }
            let kind = if values.iter().any(Option::is_some) { Kind::Primary } else { Kind::Report };
            // The report's total is Part 3's employment total less Part 2's EB-4.
            let more_sources = if category == "total" && kind == Kind::Primary { vec![1] } else { vec![] };
            series.push(Series { more_sources, ..Series::new(entity, category, kind, source, values) });
        }
    }
    let ds = Dataset {
        name: "green_cards".into(),
        title: Text::new("中国、欧洲、印度公民获得的美国职业类移民签证", "US employment-based green cards for citizens of China, Europe and India"),
        unit: Text::new("人", "immigrants (visas issued + adjustments of status)"),
        category_units: vec![],
        period: Period::FiscalYear,
        figures: vec![9, 12, 13, 18, 21, 27, 30, 31],
        tables: vec![2],
        years,
        sources: vec![part2_source(), part3_source()],
        notes: vec![
            Text::new(
                "报告口径：职业类移民 = EB-1 + EB-2 + EB-3（含“其他工人”）+ EB-5，不含 EB-4（特殊移民）；包括主申请人及随行家属，既含签发的移民签证，也含在美身份调整。",
                "The report's definition: employment-based = EB-1 + EB-2 + EB-3 (including “other workers”) + EB-5, without EB-4 (special immigrants); principals and dependants; immigrant visas issued plus adjustments of status.",
            ),
            Text::new(
                "中国 = 中国大陆出生者（按出生地计入的国别）；欧洲 = 美国国务院表 V 第 3 部分的“欧洲”地区合计。",
                "China = born in mainland China (foreign state of chargeability); Europe = the “Region Total for Europe” of Table V Part 3.",
            ),
            Text::new(
                format!("该“欧洲”合计与工作签证的“欧洲”口径不同：它包括签证办公室表中列在欧洲国家之下的海外领地，{europe_year} 财年表中欧洲部分依次列出（原文）：{europe}。其中“Macau”即中国澳门，该表将其列在葡萄牙之下。"),
                format!("This “Europe” differs from the work visas' Europe: it counts the territories the Visa Office's table lists under European states. The FY{europe_year} table lists, in its own words: {europe}. “Macau” there is Macao SAR, China, which that table lists under Portugal."),
            ),
            Text::new(
                "公开可得的原始表格有缺口：表 V 第 3 部分（EB-5 与合计）仅找到 2010–2018 财年；第 2 部分（EB-1 至 EB-4）仅有中国和印度。因此 2019–2023 年的合计与 EB-5、以及欧洲的分类数据取自报告正文；由报告合计与原始数据相减得到的数值会逐一注明。",
                "The primary tables found have gaps: Table V Part 3 (EB-5 and totals) only for FY2010–2018, Part 2 (EB-1 to EB-4) only for China and India. Totals and EB-5 for 2019–2023, and Europe's categories, therefore come from the report's text; values obtained by subtracting primary numbers from the report's totals are marked one by one.",
            ),
            Text::new(
                "“含 EB-4 合计”为表 V 第 3 部分的职业类移民总数，供与报告口径对照。",
                "“Total incl. EB-4” is Table V Part 3's employment preference total, shown for comparison with the report's definition.",
            ),
            Text::new(
                "报告注明数据来源为“美国移民局&美国国土安全部”，但其数字与美国国务院签证办公室年报一致，而与国土安全部移民统计年鉴不一致。",
                "The report credits “USCIS & DHS”, but its numbers match the State Department's Visa Office reports, not the DHS Yearbook.",
            ),
        ],
        errata: vec![],
        labels: vec![],
        series,
    };
    // Part 2 + Part 3 must agree: EB-1 + EB-2 + EB-3 + EB-5 = employment total − EB-4.
    for e in ["CN", "IN"] {
        for (i, y) in ds.years.iter().enumerate() {
            let get = |c: &str| ds.series(e, c).and_then(|s| s.values[i]);
            if let (Some(a), Some(b), Some(c), Some(d), Some(t)) = (get("EB1"), get("EB2"), get("EB3"), get("EB5"), get("total")) {
                if (a + b + c + d - t).abs() > 0.5 {
                    return Err(format!("green_cards {e} FY{y}: EB-1..EB-5 sum to {} but Part 3 total − EB-4 = {t}", a + b + c + d));
                }
            }
        }
    }
    ds.validate()?;
    Ok(ds)
}

fn derived_point(year: i32, zh: String, en: String, approx: bool) -> Point {
    Point { year, kind: Kind::Derived, quote: None, location: None, note: Some(Text::new(zh, en)), approx }
}

/// Fills what the primary tables lack from the report's own totals, by exact arithmetic:
/// green cards = the report's "work visas + green cards" − the primary work visas; EB-5 = that
/// total − EB-1 − EB-2 − EB-3. Each derived value says how it was obtained.
pub fn derive(gc: &mut Dataset, wv: &Dataset, wgc: &Dataset) {
    let years = gc.years.clone();
    for entity in ["CN", "EU", "IN"] {
        for (i, &y) in years.iter().enumerate() {
            let get = |ds: &Dataset, c: &str| ds.value(entity, c, y);
            if get(gc, "total").is_none() {
                if let (Some(both), Some(niv)) = (get(wgc, "total"), get(wv, "total")) {
                    let rough = wgc.point(entity, "total", y).is_some_and(|p| p.approx);
                    if wgc.kind_of(entity, "total", y) == Some(Kind::Report) {
                        if let Some(niv) = wv.sources.first() {
                            crate::common::also_cites(gc, entity, "total", niv);
                        }
                        let s = gc.series.iter_mut().find(|s| s.entity == entity && s.category == "total").unwrap();
                        s.values[i] = Some(both - niv);
                        s.points.push(derived_point(
                            y,
                            format!("由报告的非移民工签与职业类移民签证合计 {both} 减去国务院非移民工签数 {niv} 得出。"),
                            format!("The report's work visas + green cards total, {both}, minus the State Department's work visas, {niv}."),
                            rough,
                        ));
                        s.points.sort_by_key(|p| p.year);
                    }
                }
            }
            if get(gc, "EB5").is_none() {
                if let (Some(t), Some(a), Some(b), Some(c)) = (get(gc, "total"), get(gc, "EB1"), get(gc, "EB2"), get(gc, "EB3")) {
                    let rough = gc.point(entity, "total", y).is_some_and(|p| p.approx);
                    let kind = gc.kind_of(entity, "total", y);
                    if matches!(kind, Some(Kind::Report | Kind::Derived)) {
                        crate::common::also_cites(gc, entity, "EB5", &part2_source());
                        // A total itself computed from the report's (above) says so.
                        let (zh, en) = if kind == Some(Kind::Derived) {
                            ("由报告数值推算的", "The employment-based total computed from the report's numbers")
                        } else {
                            ("报告口径的", "The report's employment-based total")
                        };
                        let s = gc.series.iter_mut().find(|s| s.entity == entity && s.category == "EB5").unwrap();
                        s.values[i] = Some(t - a - b - c);
                        s.points.push(derived_point(
                            y,
                            format!("由{zh}职业类移民合计 {t} 减去国务院表 V 的 EB-1 {a}、EB-2 {b}、EB-3 {c} 得出。"),
                            format!("{en}, {t}, minus Table V's EB-1 {a}, EB-2 {b} and EB-3 {c}."),
                            rough,
                        ));
                        s.points.sort_by_key(|p| p.year);
                    }
                }
            }
        }
    }
}

/// Where a region's total is a gap although some of its categories are known (India's FY2020–21:
/// EB-1 to EB-3 are in Table V, EB-5 is not, and the report states no total), the gap says why.
pub fn explain_gaps(gc: &mut Dataset) {
    let parts = [("EB1", "EB-1"), ("EB2", "EB-2"), ("EB3", "EB-3"), ("EB5", "EB-5")];
    let years = gc.years.clone();
    for entity in ["CN", "EU", "IN"] {
        let mut gaps = Vec::new();
        for &y in &years {
            if gc.value(entity, "total", y).is_some() {
                continue;
            }
            let (known, lacking): (Vec<_>, Vec<_>) = parts.iter().partition(|(c, _)| gc.value(entity, c, y).is_some());
            if known.is_empty() || lacking.is_empty() {
                continue;
            }
            let names = lacking.iter().map(|(_, n)| *n).collect::<Vec<_>>();
            gaps.push(talent_flows_model::Gap {
                year: y,
                why: Text::new(
                    format!("无合计：所用来源中没有 {}，报告也未给出合计；其余类别见分类别图表", names.join("、")),
                    format!(
                        "no total — the sources found do not have {}, and the report does not state the total; the other categories are in the by-category chart",
                        names.join(", ")
                    ),
                ),
            });
        }
        if let Some(s) = gc.series.iter_mut().find(|s| s.entity == entity && s.category == "total") {
            s.gaps = gaps;
        }
    }
}

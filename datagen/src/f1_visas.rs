//! `data/f1_visas.json`: F-1 student visas issued to Chinese (mainland) and Indian nationals per
//! calendar year (figures 16, 35), summed from the State Department's monthly NIV issuance reports —
//! the report's own method (the fiscal-year detail table gives different totals).

use crate::common::same_name;
use std::collections::BTreeMap;
use std::path::Path;
use talent_flows_model::{Dataset, Kind, Period, Series, Source, Text};

/// The first calendar year; the last is the newest with all twelve monthly reports.
pub const FIRST_YEAR: i32 = 2018;
/// The monthly files' nationality names, compared by `common::same_name` (their spelling varies).
const NAMES: &[(&str, &str)] = &[("CN", "China - mainland"), ("IN", "India")];

fn count(s: &str) -> Result<f64, String> {
    s.trim().replace(',', "").parse::<f64>().map_err(|_| format!("not a count: {s:?}"))
}

/// (year, month) → entity → F-1 issuances.
fn read_months(sources: &Path) -> Result<BTreeMap<(i32, u32), BTreeMap<&'static str, f64>>, String> {
    let dir = sources.join("us-visas/niv-monthly/nonimmigrant_data");
    let mut out: BTreeMap<(i32, u32), BTreeMap<&'static str, f64>> = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    for f in files {
        let name = f.file_name().unwrap_or_default().to_string_lossy().to_string();
        let (y, m) = (name.get(0..4).and_then(|s| s.parse().ok()), name.get(5..7).and_then(|s| s.parse().ok()));
        let (Some(y), Some(m)) = (y, m) else { continue };
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{name}: {e}"))?;
        let month = out.entry((y, m)).or_default();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let row: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("{name}: {e}"))?;
            if row["Visa Class"] != "F1" {
                continue;
            }
            let nat = row["Nationality"].as_str().unwrap_or_default();
            for (code, name) in NAMES {
                if same_name(name, nat) {
                    *month.entry(code).or_insert(0.0) += count(row["Issuances"].as_str().unwrap_or_default()).map_err(|e| format!("{name}: {e}"))?;
                }
            }
        }
    }
    // May 2019 is missing from that set; a separate copy of the same State Department report has it.
    let may = sources.join("us-visas/niv-monthly/may_2019_NIV_by_nationality_TashiNyangmi.csv");
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_path(&may).map_err(|e| format!("{}: {e}", may.display()))?;
    let month = out.entry((2019, 5)).or_default();
    for r in rdr.records().filter_map(|r| r.ok()) {
        if r.len() == 3 && r.get(1) == Some("F1") {
            for (code, name) in NAMES {
                if same_name(name, r.get(0).unwrap_or_default()) {
                    *month.entry(code).or_insert(0.0) += count(r.get(2).unwrap_or_default())?;
                }
            }
        }
    }
    Ok(out)
}

pub fn build(sources: &Path) -> Result<Dataset, String> {
    let months = read_months(sources)?;
    let complete = |y: i32| (1..=12).all(|m| months.contains_key(&(y, m)));
    let last = months.keys().map(|(y, _)| *y).filter(|&y| complete(y)).max().ok_or("no complete calendar year of monthly reports")?;
    let years: Vec<i32> = (FIRST_YEAR..=last).collect();
    let series = NAMES
        .iter()
        .map(|(code, _)| {
            // A calendar year counts only when all twelve monthly reports are there: no partial sums.
            let values = years.iter().map(|&y| (1..=12).map(|m| months.get(&(y, m)).and_then(|mm| mm.get(code)).copied()).sum::<Option<f64>>()).collect();
            Series::new(code, "F1", Kind::Primary, 0, values)
        })
        .collect();
    let ds = Dataset {
        name: "f1_visas".into(),
        title: Text::new("中国、印度学生获得的美国 F-1 签证", "US F-1 student visas issued to Chinese and Indian nationals"),
        unit: Text::new("张", "visas issued"),
        category_units: vec![],
        period: Period::CalendarYear,
        figures: vec![16, 35],
        tables: vec![],
        years,
        sources: vec![Source {
            kind: Kind::Primary,
            publisher: Text::new("美国国务院领事事务局", "U.S. Department of State, Bureau of Consular Affairs"),
            table: Text::new("按国籍和签证类别划分的月度非移民签证签发量", "Monthly Nonimmigrant Visa Issuances by Nationality and Visa Class"),
            file: "us-visas/niv-monthly/nonimmigrant_data/*.jsonl; us-visas/niv-monthly/may_2019_NIV_by_nationality_TashiNyangmi.csv".into(),
            url: Some("https://travel.state.gov/content/travel/en/legal/visa-law0/visa-statistics/nonimmigrant-visa-statistics/monthly-nonimmigrant-visa-issuances.html".into()),
            published: None,
        }],
        notes: vec![
            Text::new(
                "按报告的方法，以自然年汇总美国国务院月度报告中的 F-1 签发量；只有 12 个月报告齐全的年份才给出合计。",
                "As the report does, F-1 issuances from the State Department's monthly reports summed by calendar year; a year is given only when all twelve monthly reports are present.",
            ),
            Text::new(
                "美国国务院提示，自 2020 财年起月度数据的统计方法有变，不宜加总为财年合计；报告仍按自然年加总。财年口径的 F-1 数（非移民签证明细表）与此不同，可在“签证浏览”中查看。",
                "The State Department warns that from FY2020 monthly figures should not be summed into fiscal-year totals (a change of method); the report summed them by calendar year nonetheless. Fiscal-year F-1 counts (NIV Detail Table) differ; see the explorer.",
            ),
            Text::new(
                "月度数据由公开仓库从国务院 PDF 机器提取；2019 年 5 月取自另一份同一报告的副本。",
                "The monthly figures were machine-extracted from the State Department PDFs by a public repository; May 2019 comes from another copy of the same report.",
            ),
        ],
        errata: vec![],
        labels: vec![],
        series,
    };
    ds.validate()?;
    Ok(ds)
}

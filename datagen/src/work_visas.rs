//! `data/work_visas.json`: nonimmigrant work visas issued to China (mainland), India and the State
//! Department's Europe block, by class, under the report's definition (figures 9–11, 18–20, 27–29, 37).

use crate::common::same_name;
use crate::niv::NivTable;
use talent_flows_model::{Dataset, Kind, Period, Series, Source, Text};

/// The report's first year; the last is the workbook's newest fiscal year.
pub const FIRST_YEAR: i32 = 2014;
pub const CHINA: &str = "China - mainland";
pub const INDIA: &str = "India";
pub const EUROPE: &str = "Europe";

/// The report's classes: H, L, O and J for everyone, and E (treaty traders and investors) for Europe only.
pub fn classes(entity: &str) -> &'static [&'static str] {
    match entity {
        "EU" => &["H", "L", "O", "J", "E"],
        _ => &["H", "L", "O", "J"],
    }
}

/// The State Department's workbook as a source, its years as the workbook has them.
pub fn niv_source(niv: &NivTable) -> Source {
    let years = niv.years();
    let (a, b) = (years.first().copied().unwrap_or_default(), years.last().copied().unwrap_or_default());
    Source {
        kind: Kind::Primary,
        publisher: Text::new("美国国务院领事事务局", "U.S. Department of State, Bureau of Consular Affairs"),
        table: Text::new(
            format!("按签证类别和国籍划分的非移民签证签发量（NIV Detail Table），{a}–{b} 财年"),
            format!("Nonimmigrant Visa Issuances by Visa Class and by Nationality (NIV Detail Table), FY{a}–{b}"),
        ),
        file: niv.file.clone(),
        url: Some("https://travel.state.gov/content/travel/en/legal/visa-law0/visa-statistics/nonimmigrant-visa-statistics.html".into()),
        published: None,
    }
}

pub fn build(niv: &NivTable) -> Result<Dataset, String> {
    let years: Vec<i32> = niv.years().into_iter().filter(|&y| y >= FIRST_YEAR).collect();
    for y in FIRST_YEAR..=years.last().copied().unwrap_or(FIRST_YEAR) {
        if !years.contains(&y) {
            return Err(format!("NIV table has no FY{y}"));
        }
    }
    // Europe's members in the newest sheet, named in both languages from the country table.
    let last = years.last().copied().unwrap_or(FIRST_YEAR);
    let countries = crate::countries::Countries::load()?;
    let mut members: Vec<(String, String)> = Vec::new();
    for r in niv.rows.iter().filter(|r| r.year == last && same_name(&r.region, EUROPE)) {
        let c = countries.by_name(&r.nationality).and_then(|code| countries.get(code)).ok_or_else(|| format!("no name for {:?} in {}", r.nationality, crate::countries::FILE))?;
        if !members.iter().any(|(_, en)| *en == c.en) {
            members.push((c.zh.clone(), c.en.clone()));
        }
    }
    members.sort_by(|a, b| a.1.cmp(&b.1));
    let europe_size = members.len();
    let zh_members = members.iter().map(|m| m.0.as_str()).collect::<Vec<_>>().join("、");
    let en_members = members.iter().map(|m| m.1.as_str()).collect::<Vec<_>>().join(", ");
    let mut series = Vec::new();
    for entity in ["CN", "EU", "IN"] {
        let pick = |r: &crate::niv::NivRow| match entity {
            "CN" => same_name(&r.nationality, CHINA),
            "IN" => same_name(&r.nationality, INDIA),
            _ => same_name(&r.region, EUROPE),
        };
        if !niv.rows.iter().any(&pick) {
            return Err(format!("no NIV rows for {entity}"));
        }
        let mut total = vec![0.0; years.len()];
        for class in classes(entity) {
            let values: Vec<Option<f64>> = years.iter().map(|&y| Some(niv.sum(y, pick, |c| c.starts_with(class)))).collect();
            for (t, v) in total.iter_mut().zip(&values) {
                *t += v.unwrap_or(0.0);
            }
            series.push(Series::new(entity, class, Kind::Primary, 0, values));
        }
        series.push(Series::new(entity, "total", Kind::Primary, 0, total.into_iter().map(Some).collect()));
    }
    let ds = Dataset {
        name: "work_visas".into(),
        title: Text::new(
            "中国、欧洲、印度公民获得的美国非移民工作签证",
            "US nonimmigrant work visas issued to citizens of China, Europe and India",
        ),
        unit: Text::new("张", "visas issued"),
        category_units: vec![],
        period: Period::FiscalYear,
        figures: vec![9, 10, 11, 18, 19, 20, 27, 28, 29, 37],
        tables: vec![2],
        years,
        sources: vec![niv_source(niv)],
        notes: vec![
            Text::new(
                "报告口径：中国、印度为 H + L + O + J 类，欧洲另加 E 类；均含随行家属。H = H-1B、H-1B1、H-1C、H-2A、H-2B、H-3、H-4；L = L-1、L-2；O = O-1、O-2、O-3；J = J-1、J-2；E = E-1、E-2、E-2C、E-3、E-3D、E-3R。",
                "The report's definition: China and India = classes H + L + O + J; Europe adds E. Dependants are included. H = H-1B, H-1B1, H-1C, H-2A, H-2B, H-3, H-4; L = L-1, L-2; O = O-1, O-2, O-3; J = J-1, J-2; E = E-1, E-2, E-2C, E-3, E-3D, E-3R.",
            ),
            Text::new(
                "中国 = 表中“China - mainland”（中国大陆）国籍行；中国台湾、中国香港、中国澳门在表中另列，不计入。",
                "China = the table's “China - mainland” nationality row; Taiwan, China, Hong Kong SAR and Macao SAR, China are separate rows and not included.",
            ),
            Text::new(
                format!("欧洲 = 美国国务院表格自身的“Europe”地区组（{last} 财年 {europe_size} 个国籍，含俄罗斯、土耳其、乌克兰、高加索及中亚五国）：{zh_members}。"),
                format!("Europe = the State Department's own “Europe” region block ({europe_size} nationalities in FY{last}, including Russia, Turkey, Ukraine, the Caucasus and the five Central Asian states): {en_members}."),
            ),
            Text::new(
                "数值为签证签发量（非入境人数或获批申请数）；美国财年为上年 10 月 1 日至当年 9 月 30 日。",
                "Counts are visas issued (not admissions or approved petitions). US fiscal years run from 1 October to 30 September.",
            ),
            Text::new(
                "报告注明数据来源为“美国移民局&美国国土安全部”，但其数字与美国国务院此表完全一致。本数据取自 FYs97-24 版，报告使用 FYs97-23 版；报告引用的各年份数值两版相同。2024 财年为报告之后的新数据。",
                "The report credits “USCIS & DHS”, but its numbers match this State Department table exactly. This is the FYs97-24 release; the report used FYs97-23, identical for every value it quotes. FY2024 is newer than the report.",
            ),
        ],
        errata: vec![],
        labels: vec![],
        series,
    };
    ds.validate()?;
    Ok(ds)
}

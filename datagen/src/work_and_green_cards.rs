//! `data/work_and_green_cards.json`: work visas plus employment green cards per region and year
//! (figures 9, 18, 27 and table 2), computed from the two datasets where both are known, and taken
//! from the report's text where the primary green-card tables stop.

use crate::statements::report_source;
use talent_flows_model::{Dataset, Kind, Period, Point, Series, Text};

pub const ENTITIES: &[&str] = &["CN", "EU", "IN", "ALL"];

/// An empty frame that the report's statements fill first (see main: supply → derive → complete).
pub fn skeleton(years: Vec<i32>, niv: &crate::niv::NivTable) -> Dataset {
    let n = years.len();
    Dataset {
        name: "work_and_green_cards".into(),
        title: Text::new(
            "中国、欧洲、印度公民获得的美国非移民工作签证与职业类移民签证合计",
            "US work visas plus employment-based green cards for citizens of China, Europe and India",
        ),
        unit: Text::new("张", "visas"),
        category_units: vec![],
        period: Period::FiscalYear,
        figures: vec![9, 18, 27],
        tables: vec![2],
        years,
        // The green cards added in: Table V Part 2 (EB-1 to EB-4) and Part 3 (EB-5, totals).
        sources: vec![crate::work_visas::niv_source(niv), report_source(), crate::green_cards::part2_source(), crate::green_cards::part3_source()],
        notes: vec![
            Text::new(
                "合计 = 非移民工作签证（见“工作签证”）+ 职业类移民签证（EB-1、EB-2、EB-3、EB-5，见“绿卡”）。两者均有原始数据的年份直接相加；其余年份取自报告正文（表 2 及各节文字）。",
                "Total = nonimmigrant work visas (see Work visas) + employment-based green cards (EB-1, EB-2, EB-3, EB-5; see Green cards). Where both have primary data they are added; other years come from the report's text (table 2 and its sections).",
            ),
            Text::new(
                "欧洲 = 工作签证的欧洲（美国国务院非移民签证表的“Europe”地区组）加上绿卡的欧洲（报告给出的合计；最接近的原始口径是签证办公室表 V 的“欧洲”地区，含其列出的海外领地）：两者口径略有不同，成员见“工作签证”“绿卡”各图的说明。",
                "Europe = the work visas' Europe (the NIV table's “Europe” region block) plus the green cards' Europe (the report's totals; the nearest primary block is Table V's “Europe” region, with the territories it lists): the two blocks differ slightly; their members are in the notes of the Work visas and Green cards charts.",
            ),
            Text::new(
                "“三地合计”（ALL）= 中国 + 欧洲 + 印度，仅在三者均有数值的年份给出。",
                "“All three” (ALL) = China + Europe + India, given only for years where all three are known.",
            ),
        ],
        errata: vec![],
        labels: vec![],
        series: ENTITIES
            .iter()
            .map(|e| Series::new(e, "total", Kind::Report, 1, vec![None; n]))
            .collect(),
    }
}

fn note(year: i32, zh: String, en: String, approx: bool) -> Point {
    Point { year, kind: Kind::Derived, quote: None, location: None, note: Some(Text::new(zh, en)), approx }
}

fn approx(ds: &Dataset, entity: &str, year: i32) -> bool {
    ds.point(entity, "total", year).is_some_and(|p| p.approx)
}

/// Adds work visas and green cards where the report gives no total; then the three-region sum.
pub fn complete(wgc: &mut Dataset, wv: &Dataset, gc: &Dataset) {
    let years = wgc.years.clone();
    for entity in ["CN", "EU", "IN"] {
        let s = wgc.series.iter_mut().find(|s| s.entity == entity).unwrap();
        for (i, &y) in years.iter().enumerate() {
            if s.values[i].is_some() {
                continue;
            }
            let (Some(niv), Some(eb)) = (wv.value(entity, "total", y), gc.value(entity, "total", y)) else { continue };
            let rough = approx(gc, entity, y);
            s.values[i] = Some(niv + eb);
            if gc.kind_of(entity, "total", y) == Some(Kind::Primary) {
                // Both parts primary: so is the sum, and the series as a whole. Every other value
                // (supplied by a statement or summed with a report value) carries its own point.
                s.kind = Kind::Primary;
                s.source = 0;
                s.more_sources = vec![2, 3];
            } else {
                // The State Department's work visas are added in.
                if s.source != 0 && !s.more_sources.contains(&0) {
                    s.more_sources.insert(0, 0);
                }
                s.points.push(note(
                    y,
                    format!("非移民工签（国务院）{niv} 加报告口径的职业类移民签证 {eb}。"),
                    format!("Work visas (State Department) {niv} plus the report's employment-based green cards {eb}."),
                    rough,
                ));
            }
        }
        s.points.sort_by_key(|p| p.year);
    }
    // ALL = CN + EU + IN where all three are known (and the report did not state it).
    let sums: Vec<Option<f64>> =
        (0..years.len()).map(|i| ["CN", "EU", "IN"].iter().map(|e| wgc.series.iter().find(|s| s.entity == *e).unwrap().values[i]).sum::<Option<f64>>()).collect();
    let rough: Vec<bool> = years.iter().map(|&y| ["CN", "EU", "IN"].iter().any(|e| approx(wgc, e, y))).collect();
    let all = wgc.series.iter_mut().find(|s| s.entity == "ALL").unwrap();
    for (i, &y) in years.iter().enumerate() {
        if all.values[i].is_none() {
            if let Some(v) = sums[i] {
                all.values[i] = Some(v);
                all.points.push(note(y, "中国、欧洲、印度三地之和。".into(), "Sum of China, Europe and India.".into(), rough[i]));
                // The parts' tables: the work visas and Table V's two parts.
                all.more_sources = vec![0, 2, 3];
            }
        }
    }
    all.points.sort_by_key(|p| p.year);
}

/// Where a region's combined total is a gap although one of its two parts is known, the gap says
/// which part is missing; a three-region sum says which region has none.
pub fn explain_gaps(wgc: &mut Dataset, wv: &Dataset, gc: &Dataset) {
    let years = wgc.years.clone();
    let region = |e: &str| match e {
        "CN" => ("中国", "China"),
        "EU" => ("欧洲", "Europe"),
        _ => ("印度", "India"),
    };
    for entity in ENTITIES {
        let mut gaps = Vec::new();
        for &y in &years {
            if wgc.value(entity, "total", y).is_some() {
                continue;
            }
            let why = if *entity == "ALL" {
                let none: Vec<_> = ["CN", "EU", "IN"].into_iter().filter(|e| wgc.value(e, "total", y).is_none()).map(region).collect();
                if none.len() == 3 {
                    continue;
                }
                let zh: Vec<_> = none.iter().map(|r| r.0).collect();
                let en: Vec<_> = none.iter().map(|r| r.1).collect();
                Text::new(
                    format!("无合计：三地之和需三地均有数值，{}该年没有", zh.join("、")),
                    format!("no total — the sum needs all three, and {} {} none that year", en.join(" and "), if en.len() > 1 { "have" } else { "has" }),
                )
            } else {
                match (wv.value(entity, "total", y).is_some(), gc.value(entity, "total", y).is_some()) {
                    (true, false) => Text::new(
                        "无合计：有工作签证的数值，没有职业类移民签证的（见“绿卡”），报告也未给出合计",
                        "no total — the work visas are known but not the employment green cards (see Green cards), and the report does not state the total",
                    ),
                    (false, true) => Text::new(
                        "无合计：有职业类移民签证的数值，没有工作签证的，报告也未给出合计",
                        "no total — the green cards are known but not the work visas, and the report does not state the total",
                    ),
                    _ => continue,
                }
            };
            gaps.push(talent_flows_model::Gap { year: y, why });
        }
        if let Some(s) = wgc.series.iter_mut().find(|s| s.entity == *entity) {
            s.gaps = gaps;
        }
    }
}

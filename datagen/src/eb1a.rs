//! `data/eb1a.json`: EB-1A (USCIS Form I-140, classification E11, "aliens of extraordinary ability")
//! petitions and approval rates for China, India and the UK + France + Germany, FY2010–2021
//! (figures 14, 22, 32, 36).
//!
//! USCIS has not published this series by country; no copy of it was found. The report's stated
//! points (data-src/statements/us.toml) fill report-only frames; the one number series that exists
//! outside the report, China's E11 approvals FY2010–2020, comes from a press copy of USCIS tables.

use crate::common::{col, csv_rows, dataset, label, push, push_report_frame, set_unit, Meta};
use crate::statements::report_source;
use std::path::Path;
use talent_flows_model::statements::StatementFile;
use talent_flows_model::{Dataset, Kind, Period, Source, Text};

pub const YEARS: std::ops::RangeInclusive<i32> = 2010..=2021;
const PRESS_FILE: &str = "us-visas/press-eb1a/eb1a_TRANSCRIBED_from_pages.csv";
const CHINA_GEO: &str = "China (mainland-born)";
const APPROVALS: &str = "I-140 E11 (EB-1A) approvals";
/// The report's transcribed statements (the pipeline runs from the repository root).
const STATEMENTS: &str = "data-src/statements";
/// Entities and categories in display order.
const ENTITIES: &[&str] = &["CN", "IN", "E3", "GB", "FR", "DE"];
const CATEGORIES: &[&str] = &["petitions", "approval_rate", "approvals"];

/// China's E11 approvals by fiscal year, and the page they were transcribed from.
fn read_press(sources: &Path) -> Result<(Vec<Option<f64>>, String), String> {
    let path = sources.join(PRESS_FILE);
    let (header, rows) = csv_rows(&path)?;
    let (geo, fy, series, value, url) = (col(&header, "geo")?, col(&header, "fiscal_year")?, col(&header, "series")?, col(&header, "value")?, col(&header, "page_url")?);
    let mut values = vec![None; YEARS.count()];
    let mut urls: Vec<String> = Vec::new();
    for r in rows.iter().filter(|r| r[geo] == CHINA_GEO && r[series] == APPROVALS) {
        let y: i32 = r[fy].trim().parse().map_err(|_| format!("{PRESS_FILE}: fiscal year {:?}", r[fy]))?;
        let Some(i) = YEARS.clone().position(|k| k == y) else { continue };
        if values[i].is_some() {
            return Err(format!("{PRESS_FILE}: China FY{y} approvals twice"));
        }
        values[i] = Some(r[value].trim().replace(',', "").parse::<f64>().map_err(|_| format!("{PRESS_FILE}: not a count {:?}", r[value]))?);
        if !urls.contains(&r[url]) {
            urls.push(r[url].clone());
        }
    }
    match urls.as_slice() {
        [one] => Ok((values, one.clone())),
        [] => Err(format!("{PRESS_FILE}: no China E11 approvals")),
        _ => Err(format!("{PRESS_FILE}: China E11 approvals from several pages: {urls:?}")),
    }
}

/// The entity × category cells that the report's statements about `eb1a` read (cell and base).
fn stated_frames() -> Result<Vec<(String, String)>, String> {
    let dir = Path::new(STATEMENTS);
    let mut files: Vec<_> =
        std::fs::read_dir(dir).map_err(|e| format!("{STATEMENTS}: {e}"))?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect();
    files.sort();
    let mut frames: Vec<(String, String)> = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        let file: StatementFile = toml::from_str(&text).map_err(|e| format!("{}: {e}", f.display()))?;
        for s in file.statement.iter().filter(|s| s.dataset == "eb1a") {
            for c in s.cells() {
                if !ENTITIES.contains(&c.entity.as_str()) || !CATEGORIES.contains(&c.category.as_str()) {
                    return Err(format!("{}: eb1a statement about an unknown cell {}/{}", f.display(), c.entity, c.category));
                }
                let key = (c.entity, c.category);
                if !frames.contains(&key) {
                    frames.push(key);
                }
            }
        }
    }
    Ok(frames)
}

pub fn build(sources: &Path) -> Result<Vec<Dataset>, String> {
    let (cn_approvals, page) = read_press(sources)?;
    let press = Source {
        kind: Kind::Press,
        publisher: Text::new("美国公民及移民服务局（USCIS），经 eb1-a.org 转引", "USCIS, via eb1-a.org"),
        table: Text::new(
            "I-140 表格按财年、职业移民类别划分的前十国家及其他国家获批数，2011–2020 财年（2021-01-25 发布）及 2019 年版同表；eb1-a.org 知识库 2021-02-08 转引",
            "Form I-140 Approvals by Fiscal Year and Employment-Based Preference for Top Ten Countries and Rest of the World, FY2011–2020 (released 2021-01-25) and its 2019 edition; quoted by eb1-a.org, 2021-02-08",
        ),
        file: PRESS_FILE.into(),
        url: Some(page),
        published: None,
    };
    let mut ds = dataset(Meta {
        name: "eb1a",
        title: Text::new(
            "中国、印度及英国、法国、德国公民的 EB-1A 杰出人才移民申请数与通过率",
            "EB-1A (extraordinary ability) petitions and approval rates: China, India and the UK, France and Germany",
        ),
        unit: Text::new("份", "petitions"),
        period: Period::FiscalYear,
        figures: vec![14, 22, 32, 36],
        tables: vec![],
        years: YEARS.collect(),
        sources: vec![report_source(), press],
        notes: vec![
            Text::new(
                "美国公民及移民服务局（USCIS）没有公布按国家划分的 EB-1A（I-140 表格 E11 类）申请数、获批数和通过率完整序列，也未找到其副本。因此申请数与通过率只显示报告正文明确给出的数值；其余年份为空缺，并非零。",
                "USCIS has not published the full series of EB-1A (Form I-140, class E11) petitions, approvals and approval rates by country, and no copy of it was found. Petitions and approval rates therefore show only the points the report's text states; every other year is a gap, not a zero.",
            ),
            Text::new(
                "报告的“左右”“大致”“800-1,000 份”“首次突破”“首次超过”等说法按近似值显示（标为约数）：例如 2014 年中国“首次突破 2,000 份”显示为约 2,000，实际数值高于 2,000 且未公布。",
                "Where the report is approximate (“about”, “roughly”, “800–1,000”, “first exceeded”), the value is shown as approximate: China's 2014 “first exceeded 2,000” shows as about 2,000, while the actual, unpublished number is above 2,000.",
            ),
            Text::new(
                "EB-1A = I-140 表格 E11 类（杰出人才移民）；E3 = 英国、法国、德国三国合计（报告称“欧洲主要国家”）。通过率为报告给出的百分比，报告未说明其计算方法。年份为美国财年（上年 10 月 1 日至当年 9 月 30 日）。",
                "EB-1A = Form I-140 class E11 (aliens of extraordinary ability); E3 = UK + France + Germany together (the report's “main European countries”). Approval rates are the percentages the report gives; the report does not say how they were computed. Years are US fiscal years (1 October to 30 September).",
            ),
            Text::new(
                "中国大陆 E11 获批数（2010–2020 财年）取自 eb1-a.org 对 USCIS 汇总表的转引，非 USCIS 原表。2020 财年（部分 2019 财年）统计时仍有大量案件待决，获批数偏低，不宜与此前年份直接比较。另一份较早的 USCIS 发布（2011-02-28）给出的 2010 财年全球 E11 获批数为 3,200，而此处所据表格为 3,479，说明各版统计有修订。",
                "China's (mainland-born) E11 approvals, FY2010–2020, are eb1-a.org's quotation of USCIS summary tables, not the USCIS tables themselves. FY2020 (and partly FY2019) were counted while many cases were still pending, so those approvals are low and not comparable with earlier years. An older USCIS release (2011-02-28) gave 3,200 worldwide E11 approvals for FY2010 against 3,479 in the tables used here: the counts are revised between editions.",
            ),
            Text::new(
                "未采用 0xzz/eb_dashboard 的 I-140 历史表（USCIS《I140_by_class_country_FY09_19》手录）：其 EB-1 为 E11 + E12 + E13 合计，与报告的 EB-1A（仅 E11）口径不可比——例如中国 2010 财年 EB-1 通过率 83.3%，而报告的 E11 为 67.72%；中国 2017 财年 EB-1 申请 6,121 份，而报告的 E11 为 3,621 份；且无英国、法国、德国。",
                "The I-140 history of 0xzz/eb_dashboard (hand-keyed from USCIS's “I140_by_class_country_FY09_19”) is not used: its EB-1 is E11 + E12 + E13 together, not comparable with the report's EB-1A (E11 only) — e.g. China's FY2010 EB-1 approval rate is 83.3% against the report's E11 67.72%, and China's FY2017 EB-1 petitions are 6,121 against the report's E11 3,621; it has no UK, France or Germany.",
            ),
            Text::new(
                "报告称数据来源为“美国移民局&美国国土安全部”；图 14、22、32 的标题写作 2014–2023 年，但正文所述年份为 2010–2021 财年。报告对英国、法国、德国只给出三国合计的数值，故无单个国家的数据。",
                "The report credits “USCIS & DHS”; figures 14, 22 and 32 are titled 2014–2023, but the text states fiscal years 2010–2021. For the UK, France and Germany the report gives only the three together, so there are no single-country values.",
            ),
        ],
    });
    for (entity, category) in stated_frames()? {
        push_report_frame(&mut ds, &entity, &category);
    }
    if ds.series("CN", "approvals").is_some() {
        return Err("eb1a: CN approvals come from the press copy, not from statements".into());
    }
    push(&mut ds, "CN", "approvals", Kind::Press, 1, cn_approvals);
    ds.series.sort_by_key(|s| (ENTITIES.iter().position(|e| *e == s.entity).unwrap_or(usize::MAX), CATEGORIES.iter().position(|c| *c == s.category).unwrap_or(usize::MAX)));
    set_unit(&mut ds, "approval_rate", "%", "%");
    set_unit(&mut ds, "approvals", "份（获批）", "petitions approved");
    label(&mut ds, "E3", "英国、法国、德国合计（欧洲主要国家）", "UK + France + Germany (main European countries)");
    label(&mut ds, "petitions", "EB-1A 申请数", "EB-1A petitions");
    label(&mut ds, "approval_rate", "EB-1A 通过率", "EB-1A approval rate");
    label(&mut ds, "approvals", "EB-1A 获批数", "EB-1A approvals");
    ds.validate()?;
    Ok(vec![ds])
}

//! Internationally mobile tertiary students worldwide (report section 1.3, figures 5–8):
//! `international_students`, `student_destinations`, `student_origins`, `outbound_students`, from the
//! UNESCO Institute for Statistics (2025 release) and, for world tertiary enrolment, press quotes.

use crate::common::{self, Meta};
use crate::countries::Countries;
use crate::migration::press;
use std::collections::BTreeMap;
use std::path::Path;
use talent_flows_model::{Dataset, Kind, Period, Point, Source, Text};

const UIS: &str = "students/uis-mobility-2025/RAW_inbound_and_outbound_data.csv";
const ENROLMENT_PRESS: &str = "students/unesco-tertiary-enrolment-press/world_tertiary_enrolment_press_quotes.csv";
const OPEN_DOORS: &str = "students/opendoors-od23-place-of-origin/Census_All-Places-of-Origin_OD23.xlsx";
const INBOUND: &str = "26637";
const NET_FLOW: &str = "MENF.5T8";
/// The UIS world aggregate; "UIS: World", "WB: World" and "MDG: World" are identical.
const WORLD: &str = "SDG: World";

/// indicator → geoUnit → year → value (None where UIS marks the magnitude "not applicable").
struct Uis(BTreeMap<String, BTreeMap<String, BTreeMap<i32, Option<f64>>>>);

impl Uis {
    fn read(sources: &Path) -> Result<Uis, String> {
        let (h, rows) = common::csv_rows(&sources.join(UIS))?;
        let (ind, geo, year, value, mag) =
            (common::col(&h, "indicatorId")?, common::col(&h, "geoUnit")?, common::col(&h, "year")?, common::col(&h, "value")?, common::col(&h, "magnitude")?);
        let mut m: BTreeMap<String, BTreeMap<String, BTreeMap<i32, Option<f64>>>> = BTreeMap::new();
        for r in &rows {
            let y: i32 = r[year].parse().map_err(|_| format!("{UIS}: bad year {:?}", r[year]))?;
            let v: f64 = r[value].parse().map_err(|_| format!("{UIS}: bad value {:?}", r[value]))?;
            // magnitude NA = not applicable (no such students counted): a gap, not a zero. NIL = a true zero.
            let v = if r[mag] == "NA" { None } else { Some(v) };
            m.entry(r[ind].clone()).or_default().entry(r[geo].clone()).or_default().insert(y, v);
        }
        Ok(Uis(m))
    }

    fn get(&self, indicator: &str, geo: &str, year: i32) -> Option<f64> {
        self.0.get(indicator)?.get(geo)?.get(&year).copied().flatten()
    }

    /// Countries (ISO3 codes) that report this indicator.
    fn countries(&self, indicator: &str) -> Vec<&str> {
        self.0.get(indicator).map(|m| m.keys().filter(|k| k.len() == 3 && k.chars().all(|c| c.is_ascii_uppercase())).map(String::as_str).collect()).unwrap_or_default()
    }

    /// Students from `geo` enrolled abroad: inbound − net flow (UIS's own identity).
    fn outbound(&self, geo: &str, year: i32) -> Option<f64> {
        Some(self.get(INBOUND, geo, year)? - self.get(NET_FLOW, geo, year)?)
    }
}

fn uis_source() -> Source {
    Source {
        kind: Kind::Primary,
        publisher: Text::new("联合国教科文组织统计研究所（UIS）", "UNESCO Institute for Statistics (UIS)"),
        table: Text::new(
            "国际流动学生：高等教育入境国际流动学生总数（指标 26637）及净流量（MENF.5T8），2025 年数据版本",
            "Internationally mobile students: total inbound internationally mobile students in tertiary education (indicator 26637) and net flow (MENF.5T8), 2025 data release",
        ),
        file: UIS.into(),
        url: Some("https://uis.unesco.org/".into()),
        published: None,
    }
}

fn vintage_note() -> Text {
    Text::new(
        "数据为 UIS 2025 年 4 月前后的版本，比报告所用版本新：多数数值相同或接近，但部分国家和年份已修订或补入（例如 2020 年世界总数上修、2021 年新增俄罗斯），与报告的差异见勘误。读取的是 RAW_inbound_and_outbound_data.csv（两项指标及世界合计，全精度）；同一文件夹的 inbound_intl.csv、inbound-outbound_intl.csv 数值相同（个别位数较少）。",
        "This is UIS's release of about April 2025, newer than the one the report used: most values are equal or close, but some countries and years have been revised or added (e.g. the 2020 world total revised up, Russia added for 2021); differences from the report are listed as errata. Read from RAW_inbound_and_outbound_data.csv (both indicators, with the world aggregates, full precision); inbound_intl.csv and inbound-outbound_intl.csv in the same folder hold the same values (a few with fewer digits).",
    )
}

fn year_note() -> Text {
    Text::new(
        "年份为 UIS 的参考年，即学年结束的年份（2021 = 多数国家的 2020/21 学年），与报告一致。只统计为取得学位而跨境就读高等教育的学生（学位流动），不含交换等学分流动。",
        "Years are UIS reference years, the year in which the school year ends (2021 = 2020/21 in most countries), as in the report. Only students who crossed a border to study for a tertiary degree are counted (degree mobility), not exchange or credit mobility.",
    )
}

fn international_students(sources: &Path, uis: &Uis) -> Result<Dataset, String> {
    let years: Vec<i32> = (2000..=2022).collect();
    let quotes = press::read(&sources.join(ENROLMENT_PRESS))?;
    let mobile: Vec<Option<f64>> = years.iter().map(|&y| uis.get(INBOUND, WORLD, y)).collect();
    if mobile.iter().any(Option::is_none) {
        return Err(format!("{UIS}: {WORLD} lacks a year of 2000–2022"));
    }
    let growth: Vec<Option<f64>> = (0..years.len()).map(|i| Some((mobile[i]? / mobile[i.checked_sub(1)?]? - 1.0) * 100.0)).collect();
    let calderon = press::find(&quotes, "world_tertiary_enrolment", Some("2000"), Some("researchgate.net"))?;
    let whec = press::find(&quotes, "world_tertiary_enrolment", Some("2020"), Some("whec2022.org"))?;
    let v2000 = press::value(calderon).ok_or("tertiary enrolment 2000: not a number")?.value;
    let over = whec.value.trim().strip_prefix("over ").ok_or("tertiary enrolment 2020: expected “over N”")?;
    let v2020 = press::decimal(over, 6).ok_or("tertiary enrolment 2020: not a number")?.value;
    let publisher = Text::new("联合国教科文组织（UNESCO）（转述 UIS 数据）", "UNESCO (quoting UIS data)");
    let mut ds = common::dataset(Meta {
        name: "international_students",
        title: Text::new("全球高等教育国际流动学生人数及增长率", "Internationally mobile tertiary students worldwide and their growth"),
        unit: Text::new("人", "students"),
        period: Period::CalendarYear,
        figures: vec![5],
        tables: vec![],
        years: years.clone(),
        sources: vec![
            uis_source(),
            press::source(publisher.clone(), calderon, ENROLMENT_PRESS),
            press::source(publisher, whec, ENROLMENT_PRESS),
        ],
        notes: vec![
            Text::new(
                "mobile_students = UIS 世界合计（SDG: World）的入境国际流动学生总数；全球入境之和即全球出境之和。growth = 与上年相比的增长率（%），由相邻两年数值计算，未取整。",
                "mobile_students = UIS's world total (SDG: World) of inbound internationally mobile students; world inbound equals world outbound. growth = change on the previous year (%), computed from the two years' values, not rounded.",
            ),
            year_note(),
            vintage_note(),
            Text::new(
                "tertiary_enrolment = 全球高等教育在校生总数。图 5 的逐年序列（2017–2021）没有可用的数据文件；2000 年的 9,990 万取自 Calderon（2018）引用的 UIS 数据，2020 年取自 UNESCO 世界高等教育大会（WHEC2022）页面“超过 2.35 亿”，是下限而非精确值。",
                "tertiary_enrolment = all students enrolled in tertiary education worldwide. No data file of figure 5's yearly series (2017–2021) is available; 2000 (99.9 million) is from Calderon (2018) quoting UIS data, 2020 from UNESCO's World Higher Education Conference (WHEC2022) page, “over 235 million”: a lower bound, not an exact value.",
            ),
        ],
    });
    common::push(&mut ds, "WLD", "mobile_students", Kind::Primary, 0, mobile);
    common::push(&mut ds, "WLD", "growth", Kind::Primary, 0, growth);
    let enrol: Vec<Option<f64>> = years
        .iter()
        .map(|&y| match y {
            2000 => Some(v2000),
            2020 => Some(v2020),
            _ => None,
        })
        .collect();
    common::push(&mut ds, "WLD", "tertiary_enrolment", Kind::Press, 1, enrol);
    ds.series.last_mut().unwrap().points.push(Point {
        year: 2020,
        kind: Kind::Press,
        quote: None,
        location: None,
        note: Some(Text::new(
            format!("来源为第 3 项（WHEC2022 页面），原文：“{}”——“超过”，即至少这么多。", whec.quote),
            format!("From source 3 (the WHEC2022 page): “{}” — “over”, i.e. at least this many.", whec.quote),
        )),
        approx: true,
    });
    common::set_unit(&mut ds, "growth", "%", "%");
    for (c, zh, en) in [
        ("mobile_students", "国际流动学生", "Internationally mobile students"),
        ("growth", "国际学生年增长率", "Growth of mobile students"),
        ("tertiary_enrolment", "全球高等教育在校生", "Tertiary enrolment worldwide"),
    ] {
        common::label(&mut ds, c, zh, en);
    }
    common::label(&mut ds, "WLD", "世界", "World");
    Ok(ds)
}

/// US international students in 2021/22 by IIE Open Doors (the report's source for the US in figure 6).
fn open_doors_us_2021(sources: &Path) -> Result<f64, String> {
    let rows = common::xlsx_rows(&sources.join(OPEN_DOORS), None)?;
    let header = rows.iter().find(|r| r.iter().take(41).any(|c| common::text(c) == "2021/22")).ok_or("Open Doors: no 2021/22 column")?;
    let col = header.iter().position(|c| common::text(c) == "2021/22").unwrap();
    let world = rows.iter().find(|r| r.get(1).is_some_and(|c| common::text(c) == "WORLD TOTAL")).ok_or("Open Doors: no WORLD TOTAL row")?;
    world.get(col).and_then(common::number).ok_or_else(|| "Open Doors: no 2021/22 world total".into())
}

/// 948519 → "948,519" (whole numbers in notes).
fn thousands(v: f64) -> String {
    let digits = format!("{:.0}", v);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn pct(v: f64) -> String {
    format!("{:.1}%", v)
}

fn ranked(values: Vec<(&str, f64)>) -> Vec<(&str, f64)> {
    let mut v = values;
    v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    v
}

fn student_destinations(sources: &Path, uis: &Uis, countries: &Countries) -> Result<Dataset, String> {
    let year = 2021;
    let world = uis.get(INBOUND, WORLD, year).ok_or("UIS: no world total for 2021")?;
    let hosts = ranked(uis.countries(INBOUND).into_iter().filter_map(|c| Some((c, uis.get(INBOUND, c, year)?))).collect());
    let get = |c: &str| hosts.iter().find(|h| h.0 == c).map(|h| h.1).unwrap_or(f64::NAN);
    let iie_us = open_doors_us_2021(sources)?;
    let (us, gb) = (get("USA"), get("GBR"));
    let mut ds = common::dataset(Meta {
        name: "student_destinations",
        title: Text::new("2021 年各国高等教育系统中的国际学生人数及占全球比例", "International students in each country's tertiary education system and share of the world total, 2021"),
        unit: Text::new("人", "students"),
        period: Period::CalendarYear,
        figures: vec![6],
        tables: vec![],
        years: vec![year],
        sources: vec![uis_source()],
        notes: vec![
            Text::new(
                "students = 在该国高等教育机构就读的入境国际流动学生（UIS 指标 26637）；share = 占全球总数（UIS 世界合计）的百分比，未取整。图 6 为前 10 位；此处为全部报告该指标的国家和地区。",
                "students = inbound internationally mobile students in the country's tertiary institutions (UIS indicator 26637); share = percentage of the world total (UIS world aggregate), not rounded. Figure 6 shows the top 10; every country and area reporting the indicator is here.",
            ),
            Text::new(
                format!(
                    "报告图 6 的美国（和日本）数字取自 IIE《门户开放》而非 UIS：IIE 2021/22 学年在美国际学生 {} 人（含 OPT 实习），UIS 为 {} 人。此处统一使用 UIS。报告说 2021 年 24.3% 的国际学生在美国、英国留学：按 UIS 为 {}，若美国改用 IIE 数字则为 {}。",
                    thousands(iie_us), thousands(us), pct((us + gb) / world * 100.0), pct((iie_us + gb) / world * 100.0)
                ),
                format!(
                    "The report's figure 6 takes the United States (and Japan) from IIE Open Doors, not UIS: IIE counts {} international students in the US in 2021/22 (including OPT), UIS {}. UIS is used here throughout. The report says 24.3% of international students were in the US and the UK in 2021: {} with UIS, {} with IIE's US figure.",
                    thousands(iie_us), thousands(us), pct((us + gb) / world * 100.0), pct((iie_us + gb) / world * 100.0)
                ),
            ),
            year_note(),
            vintage_note(),
        ],
    });
    ds.sources.push(Source {
        kind: Kind::Primary,
        publisher: Text::new("美国国际教育协会（IIE）", "Institute of International Education (IIE)"),
        table: Text::new(
            "《门户开放 2023》：按来源地划分的国际学生（仅用于注释中的美国 2021/22 合计）",
            "Open Doors 2023: International Students by Place of Origin (only for the US 2021/22 total in the notes)",
        ),
        file: OPEN_DOORS.into(),
        url: Some("https://opendoorsdata.org/".into()),
        published: None,
    });
    common::push(&mut ds, "WLD", "students", Kind::Primary, 0, vec![Some(world)]);
    for &(c, v) in &hosts {
        common::push(&mut ds, c, "students", Kind::Primary, 0, vec![Some(v)]);
        common::push(&mut ds, c, "share", Kind::Primary, 0, vec![Some(v / world * 100.0)]);
    }
    common::set_unit(&mut ds, "share", "%", "%");
    common::label(&mut ds, "students", "国际学生", "International students");
    common::label(&mut ds, "share", "占全球比例", "Share of the world total");
    countries.label(&mut ds, &[])?;
    Ok(ds)
}

fn outbound_note() -> Text {
    Text::new(
        "出国留学学生（某国在他国高等教育机构就读的学生）= 入境国际流动学生（26637）− 国际流动学生净流量（MENF.5T8，入境 − 出境），即 UIS 自身的恒等式；UIS 的出境指标本身没有可用的数据文件。两项中缺一则空缺（例如美国 2019 年无入境数）。",
        "Students abroad (a country's students enrolled in other countries' tertiary institutions) = inbound mobile students (26637) − net flow of mobile students (MENF.5T8, inbound − outbound): UIS's own identity; no data file of UIS's outbound indicator itself is available. A gap where either is missing (e.g. the US has no inbound count for 2019).",
    )
}

fn student_origins(uis: &Uis, countries: &Countries) -> Result<Dataset, String> {
    let years: Vec<i32> = (2019..=2021).collect();
    let world: Vec<Option<f64>> = years.iter().map(|&y| uis.get(INBOUND, WORLD, y)).collect();
    let codes = uis.countries(NET_FLOW);
    let by_2021 = ranked(codes.iter().map(|&c| (c, uis.outbound(c, 2021).unwrap_or(f64::NEG_INFINITY))).collect());
    let w21 = world[2].ok_or("UIS: no world total for 2021")?;
    let get = |c: &str| uis.outbound(c, 2021).unwrap_or(f64::NAN);
    let mut ds = common::dataset(Meta {
        name: "student_origins",
        title: Text::new("各国在海外高等教育机构留学的学生人数及占全球比例", "Students enrolled in tertiary education abroad by country of origin and share of the world total"),
        unit: Text::new("人", "students"),
        period: Period::CalendarYear,
        figures: vec![7],
        tables: vec![],
        years: years.clone(),
        sources: vec![uis_source()],
        notes: vec![
            outbound_note(),
            Text::new(
                format!(
                    "share = 占全球国际流动学生总数（UIS 世界合计）的百分比，未取整。图 7 为 2021 年前 10 位；此处为全部可计算的国家和地区，并给出 2019、2020 年以便比较。报告说来自中国与印度的学生占 23.9%，按 UIS 2025 年版本为 {}。",
                    pct((get("CHN") + get("IND")) / w21 * 100.0)
                ),
                format!(
                    "share = percentage of the world total of mobile students (UIS world aggregate), not rounded. Figure 7 shows the 2021 top 10; every country and area where the identity can be computed is here, with 2019 and 2020 for comparison. The report says students from China and India are 23.9% of the total; the 2025 UIS release gives {}.",
                    pct((get("CHN") + get("IND")) / w21 * 100.0)
                ),
            ),
            year_note(),
            vintage_note(),
        ],
    });
    for (i, &y) in years.iter().enumerate() {
        if world[i].is_none() {
            return Err(format!("UIS: no world total for {y}"));
        }
    }
    common::push(&mut ds, "WLD", "students", Kind::Primary, 0, world.clone());
    for &(c, _) in &by_2021 {
        let v: Vec<Option<f64>> = years.iter().map(|&y| uis.outbound(c, y)).collect();
        if v.iter().all(Option::is_none) {
            continue;
        }
        let share = v.iter().zip(&world).map(|(v, w)| Some(v.as_ref()? / w.as_ref()? * 100.0)).collect();
        common::push(&mut ds, c, "students", Kind::Primary, 0, v);
        common::push(&mut ds, c, "share", Kind::Primary, 0, share);
    }
    common::set_unit(&mut ds, "share", "%", "%");
    common::label(&mut ds, "students", "出国留学学生", "Students abroad");
    common::label(&mut ds, "share", "占全球比例", "Share of the world total");
    countries.label(&mut ds, &[])?;
    Ok(ds)
}

fn outbound_students(uis: &Uis, countries: &Countries) -> Result<Dataset, String> {
    let years: Vec<i32> = (2017..=2021).collect();
    let mut ds = common::dataset(Meta {
        name: "outbound_students",
        title: Text::new("美国、法国、德国出国留学学生人数", "Students from the United States, France and Germany enrolled abroad"),
        unit: Text::new("人", "students"),
        period: Period::CalendarYear,
        figures: vec![8],
        tables: vec![],
        years: years.clone(),
        sources: vec![uis_source()],
        notes: vec![outbound_note(), year_note(), vintage_note()],
    });
    for c in ["USA", "FRA", "DEU"] {
        common::push(&mut ds, c, "outbound", Kind::Primary, 0, years.iter().map(|&y| uis.outbound(c, y)).collect());
    }
    common::label(&mut ds, "outbound", "出国留学学生", "Students abroad");
    countries.label(&mut ds, &[])?;
    Ok(ds)
}

pub fn build(sources: &Path) -> Result<Vec<Dataset>, String> {
    let countries = Countries::load()?;
    let uis = Uis::read(sources)?;
    Ok(vec![international_students(sources, &uis)?, student_destinations(sources, &uis, &countries)?, student_origins(&uis, &countries)?, outbound_students(&uis, &countries)?])
}

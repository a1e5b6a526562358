//! China (report section 4.1, figures 38–41, table 6): `china_migrants`, `migrant_share`,
//! `china_outbound_students`, `china_inbound_students`, `remittances`. UN DESA migrant stocks (G.
//! Abel's totals for China), Ministry of Education releases as the press reposts them, and the World
//! Bank–KNOMAD remittance tables.

use crate::common::{self, Meta};
use crate::countries::Countries;
use crate::migration::press::{self, Dec, Quote};
use crate::migration::{desa_source, desa_table};
use std::collections::BTreeMap;
use std::path::Path;
use talent_flows_model::{Dataset, Kind, Period, Point, Source, Text};

const ABEL: &str = "migration/abel-stepladder-totals-2020/stock_totals_2020.csv";
const MOE_OUT: &str = "china/moe-outbound-press/china_outbound_moe_press_quotes.csv";
const MOE_IN: &str = "china/moe-inbound-press/china_inbound_moe_press_quotes.csv";
const INFLOWS: &str = "remittances/knomad-june2023/remittance-inflows.xlsx";
const OUTFLOWS: &str = "remittances/knomad-june2023/remittance-outflows.xlsx";

fn china_migrants(sources: &Path) -> Result<Dataset, String> {
    let years: Vec<i32> = (1990..=2020).step_by(5).collect();
    let (h, rows) = common::csv_rows(&sources.join(ABEL))?;
    let (a3, year, disp, fb) = (common::col(&h, "alpha3")?, common::col(&h, "year")?, common::col(&h, "disp")?, common::col(&h, "fb")?);
    let chn: Vec<&Vec<String>> = rows.iter().filter(|r| r[a3] == "CHN").collect();
    let get = |col: usize| -> Vec<Option<f64>> { years.iter().map(|y| chn.iter().find(|r| r[year] == y.to_string()).and_then(|r| r[col].parse().ok())).collect() };
    let (emigrants, immigrants) = (get(disp), get(fb));
    // The foreign-born stock is UN DESA's Table 1 China row, year by year.
    let t1 = desa_table(sources, "Table 1")?;
    let row = t1.iter().find(|r| r.code == 156).ok_or("UN DESA Table 1: no China row")?;
    for (y, v) in years.iter().zip(&immigrants) {
        if row.both.get(y).copied().flatten() != *v || v.is_none() {
            return Err(format!("{ABEL}: China fb {y} = {v:?} differs from UN DESA Table 1"));
        }
    }
    let mut ds = common::dataset(Meta {
        name: "china_migrants",
        title: Text::new("中国大陆的海外移民与在华国际移民", "Emigrants from China (mainland) and international migrants in China"),
        unit: Text::new("人", "persons"),
        period: Period::CalendarYear,
        figures: vec![38],
        tables: vec![],
        years,
        sources: vec![Source {
            kind: Kind::Primary,
            publisher: Text::new("联合国经济和社会事务部人口司（G. Abel 汇总）", "UN DESA Population Division (totals compiled by G. Abel)"),
            table: Text::new(
                "《国际移民存量 2020》按国家汇总的移民存量：海外移民（原表 disp 列）与外国出生人口（原表 fb 列），1990–2020",
                "International Migrant Stock 2020, country totals: diaspora (the file's column disp) and foreign-born stock (column fb), 1990–2020",
            ),
            file: ABEL.into(),
            url: Some("https://www.un.org/development/desa/pd/content/international-migrant-stock".into()),
            published: None,
        }],
        notes: vec![
            Text::new(
                "emigrants = 出生在中国大陆、居住在其他国家和地区（含中国香港、中国澳门）的国际移民，即 UN DESA 目的地 × 来源地表中来源为中国的合计；immigrants = 居住在中国大陆的国际移民（外国出生者），即 UN DESA 表 1 的中国行。均为年中存量；中国香港、中国澳门、中国台湾为单列地区，不计入。",
                "emigrants = international migrants born in China (mainland) living in other countries and areas (including Hong Kong SAR and Macao SAR): the sum over destinations of UN DESA's destination × origin table for origin China. immigrants = international migrants (foreign-born) living in China (mainland): UN DESA Table 1's China row. Mid-year stocks; Hong Kong SAR, Macao SAR and Taiwan, China are separate areas, not included.",
            ),
            Text::new(
                "数字取自 G. Abel 为国际移民组织《世界移民报告 2022》一章整理的汇总表（UN DESA 2020 年数据）；外国出生人口与 UN DESA 表 1 逐年相同，2020 年海外移民与 UN DESA 双边表之和（10,461,170）相同。",
                "From G. Abel's summary table (UN DESA 2020 data) prepared for a chapter of IOM's World Migration Report 2022; the foreign-born stock equals UN DESA's Table 1 year by year, and 2020 emigrants equal the sum of UN DESA's bilateral table (10,461,170).",
            ),
        ],
    });
    common::push(&mut ds, "CHN", "emigrants", Kind::Primary, 0, emigrants);
    common::push(&mut ds, "CHN", "immigrants", Kind::Primary, 0, immigrants);
    common::label(&mut ds, "CHN", "中国大陆", "China (mainland)");
    common::label(&mut ds, "emigrants", "海外移民", "Emigrants");
    common::label(&mut ds, "immigrants", "在华国际移民", "International migrants in China");
    Ok(ds)
}

fn migrant_share(sources: &Path, countries: &Countries) -> Result<Dataset, String> {
    let t3 = desa_table(sources, "Table 3")?;
    let mut values: Vec<(String, f64)> = Vec::new();
    for r in &t3 {
        let code = if r.code == 900 {
            "WLD"
        } else if let Some(c) = countries.by_m49(r.code) {
            c
        } else {
            continue;
        };
        if let Some(v) = r.both.get(&2020).copied().flatten() {
            values.push((code.to_string(), v));
        }
    }
    for c in ["CHN", "IND", "BRA", "USA", "WLD"] {
        if !values.iter().any(|v| v.0 == c) {
            return Err(format!("UN DESA Table 3: no 2020 value for {c}"));
        }
    }
    values.sort_by(|a, b| (a.0 != "WLD").cmp(&(b.0 != "WLD")).then(b.1.total_cmp(&a.1)).then(a.0.cmp(&b.0)));
    let mut ds = common::dataset(Meta {
        name: "migrant_share",
        title: Text::new("2020 年各国国际移民占总人口的比例", "International migrants as a share of each country's population, 2020"),
        unit: Text::new("%", "%"),
        period: Period::CalendarYear,
        figures: vec![39],
        tables: vec![],
        years: vec![2020],
        sources: vec![desa_source(Text::new(
            "《国际移民存量 2020：目的地》表 3（国际移民存量占总人口的百分比）",
            "International Migrant Stock 2020: Destination, Table 3 (international migrant stock as a percentage of the total population)",
        ))],
        notes: vec![
            Text::new(
                "国际移民（外国出生者）÷ 总人口 × 100，2020 年年中，两性合计；人口为联合国《世界人口展望 2019》。取自表 3，未再取整。中国 = 中国大陆。所有国家和地区均列出（表中无数值者除外），另有世界合计。",
                "International migrants (foreign-born) ÷ total population × 100, mid-2020, both sexes; population from UN World Population Prospects 2019. From Table 3, not re-rounded. China = mainland. Every country and area with a value is listed, plus the world.",
            ),
            Text::new(
                "报告图 39 注明人口数据另取自世界银行 DataBank；正文引用的中国 0.07%、巴西 0.51%、印度 0.35% 与 UN DESA 表 3 一致。",
                "The report's figure 39 also cites World Bank DataBank for population; the values its text quotes (China 0.07%, Brazil 0.51%, India 0.35%) agree with UN DESA's Table 3.",
            ),
        ],
    });
    for (code, v) in &values {
        common::push(&mut ds, code, "share_of_population", Kind::Primary, 0, vec![Some(*v)]);
    }
    common::label(&mut ds, "share_of_population", "国际移民占总人口比例", "Migrants as a share of the population");
    countries.label(&mut ds, &[("CHN", "中国大陆", "China (mainland)")])?;
    Ok(ds)
}

fn moe_publisher() -> Text {
    Text::new("中华人民共和国教育部（新闻转载）", "Ministry of Education of the PRC (as reposted by the press)")
}

/// One value from the press pages: the value, the row it comes from, and how it was derived.
struct Found<'a> {
    value: Dec,
    row: &'a Quote,
    derived: Option<Text>,
}

/// Builds a press series: one source per page, one point per value naming its page and quote.
fn press_series(ds: &mut Dataset, entity: &str, category: &str, file: &str, found: &BTreeMap<i32, Found>) {
    let mut values = vec![None; ds.years.len()];
    let mut points = Vec::new();
    let mut last = 0;
    for (y, f) in found {
        let Some(i) = ds.year_index(*y) else { continue };
        let src = match ds.sources.iter().position(|s| s.url.as_deref() == Some(f.row.page_url.as_str()) || (s.url.is_none() && s.table.zh == f.row.page)) {
            Some(p) => p,
            None => {
                ds.sources.push(press::source(moe_publisher(), f.row, file));
                ds.sources.len() - 1
            }
        };
        last = src;
        values[i] = Some(f.value.value);
        let (zh, en) = match &f.derived {
            Some(d) => (format!("{}（来源第 {} 项：“{}”）", d.zh, src + 1, f.row.quote), format!("{} (source {}: the quote in the Chinese note)", d.en, src + 1)),
            None => (format!("来源第 {} 项：“{}”", src + 1, f.row.quote), format!("Source {}: {}", src + 1, f.row.page)),
        };
        points.push(Point { year: *y, kind: Kind::Press, quote: None, location: None, note: Some(Text::new(zh, en)), approx: false });
    }
    common::push(ds, entity, category, Kind::Press, last, values);
    ds.series.last_mut().unwrap().points = points;
}

/// 10,000s as the releases write them (33.97 万).
fn wan(v: f64) -> String {
    format!("{:.2}", v / 1e4)
}

fn china_outbound_students(sources: &Path) -> Result<Dataset, String> {
    let quotes = press::read(&sources.join(MOE_OUT))?;
    let mut out: BTreeMap<i32, Found> = BTreeMap::new();
    let mut ret: BTreeMap<i32, Found> = BTreeMap::new();
    for q in quotes.iter().filter(|q| q.stated()) {
        let target = match q.measure.as_str() {
            "outbound" => &mut out,
            "returnees" => &mut ret,
            _ => continue,
        };
        let (Some(y), Some(v)) = (q.year(), press::value(q)) else { return Err(format!("{MOE_OUT}: unreadable {} {}", q.measure, q.year)) };
        if target.insert(y, Found { value: v, row: q, derived: None }).is_some() {
            return Err(format!("{MOE_OUT}: two stated {} values for {y}", q.measure));
        }
    }
    // "比上年增加 X 万人" in the next year's release gives a year the pages do not state: Y−1 = Y − X.
    // Where the year is stated too, the two must agree within their rounding.
    for q in quotes.iter().filter(|q| q.measure == "outbound_yoy_change" && q.stated()) {
        let y = q.year().ok_or("bad year")?;
        let changes = [("outbound", press::value(q), &mut out), ("returnees", press::number_in(&q.quote, "留学回国人数增加", "万人", 4), &mut ret)];
        for (what, change, series) in changes {
            let (Some(change), Some(this)) = (change, series.get(&y).map(|f| f.value)) else { continue };
            let prev = Dec { value: this.value - change.value, ulp: this.ulp.max(change.ulp) };
            match series.get(&(y - 1)) {
                Some(stated) => {
                    if (stated.value.value - prev.value).abs() > (this.ulp + change.ulp + stated.value.ulp) / 2.0 + 1e-6 {
                        return Err(format!("{MOE_OUT}: {what} {}: stated {} vs {y} − change = {}", y - 1, stated.value.value, prev.value));
                    }
                }
                None => {
                    let derived = Text::new(
                        format!("{} 年数字 {} 万人减去其中所说的增加数 {} 万人", y, wan(this.value), wan(change.value)),
                        format!("the {y} figure ({} persons) minus the increase the same release states ({})", this.value, change.value),
                    );
                    series.insert(y - 1, Found { value: prev, row: q, derived: Some(derived) });
                }
            }
        }
    }
    let mut ds = common::dataset(Meta {
        name: "china_outbound_students",
        title: Text::new("中国当年出国留学人员与留学回国人员", "Chinese students going abroad and returning each year"),
        unit: Text::new("人", "persons"),
        period: Period::CalendarYear,
        figures: vec![40],
        tables: vec![],
        years: (2000..=2022).collect(),
        sources: vec![],
        notes: vec![
            Text::new(
                "教育部每年发布的“出国留学人员情况统计”：outbound = 当年各类出国留学人员总数（国家公派、单位公派、自费），returnees = 当年各类留学回国人员总数。数值取自转载教育部新闻稿的网页（每个数值注明其网页与原文），非教育部原始文件。",
                "The Ministry of Education's yearly statistics on students abroad: outbound = all Chinese going abroad to study that year (state-, employer- and self-funded), returnees = all returning that year. Values are from web pages reposting the MoE releases (each value names its page and quote), not from MoE's own files.",
            ),
            Text::new(
                "2010 年、2013 年的出国人数及回国人数未见直接表述，由次年新闻稿的“增加 X 万人”精确推算（如 2010 年 = 33.97 − 5.50 = 28.47 万人；另有网页写作约 28.5 万）。2000 年（约 3.9 万，仅见二手引述）、2002 年（由降幅百分比推算，约 12.52 万）不够可靠，空缺；2001 年及 2020–2022 年未找到（报告称 2020、2021 年数据来自第二十届中国国际人才交流大会上的讲话，2022 年来自网络资料）。",
                "2010 and 2013 (outbound and returnees) are not stated directly; they follow exactly from the next release's “an increase of X (10,000s)” (e.g. 2010 = 33.97 − 5.50 = 284,700; another page rounds it to 285,000). 2000 (about 39,000, only a second-hand quote) and 2002 (about 125,200, implied by a rounded percentage) are not reliable enough and stay empty; 2001 and 2020–2022 were not found (the report says it took 2020 and 2021 from a speech at the 20th China International Talent Exchange Conference and 2022 from “online sources”).",
            ),
            Text::new(
                "与图 7 不同：图 7（UNESCO）统计的是在海外高等教育机构就读的中国学生存量，此处为教育部统计的当年出国人数（流量）。",
                "Unlike figure 7 (UNESCO), which counts the stock of Chinese students enrolled in tertiary institutions abroad, this is the MoE's count of people leaving each year (a flow).",
            ),
        ],
    });
    press_series(&mut ds, "CHN", "outbound", MOE_OUT, &out);
    press_series(&mut ds, "CHN", "returnees", MOE_OUT, &ret);
    common::label(&mut ds, "CHN", "中国大陆", "China (mainland)");
    common::label(&mut ds, "outbound", "出国留学人员", "Students going abroad");
    common::label(&mut ds, "returnees", "留学回国人员", "Returnees");
    Ok(ds)
}

/// The number just before `marker` ("… a 14.32 percent increase" → 14.32).
fn number_before(text: &str, marker: &str) -> Option<Dec> {
    let before = &text[..text.find(marker)?];
    let token = before.split_whitespace().last()?.trim_matches(|c: char| !c.is_ascii_digit() && c != '.');
    press::decimal(token, 0)
}

fn china_inbound_students(sources: &Path) -> Result<Dataset, String> {
    let quotes = press::read(&sources.join(MOE_IN))?;
    let mut inbound: BTreeMap<i32, Found> = BTreeMap::new();
    for q in quotes.iter().filter(|q| q.stated() && q.measure == "inbound") {
        let (Some(y), Some(v)) = (q.year(), press::value(q).or_else(|| press::decimal(&q.value, 0))) else {
            return Err(format!("{MOE_IN}: unreadable inbound {} {:?}", q.year, q.value));
        };
        inbound.insert(y, Found { value: v, row: q, derived: None });
    }
    // Increases stated in persons: a yoy row, or the release's own "比 Y−1 年增加了 N 人".
    let mut changes: Vec<(i32, Dec, &Quote)> = Vec::new();
    for q in &quotes {
        let Some(y) = q.year() else { continue };
        if q.measure == "inbound_yoy_change" && q.stated() {
            changes.push((y, press::decimal(&q.value, 0).ok_or("bad inbound change")?, q));
        } else if q.measure == "inbound" && q.stated() {
            if let Some(d) = press::number_in(&q.quote, &format!("比{}年增加了", y - 1), "人", 0) {
                changes.push((y, d, q));
            }
        }
    }
    for (y, change, q) in changes {
        let Some(this) = inbound.get(&y).map(|f| f.value) else { continue };
        let prev = Dec { value: this.value - change.value, ulp: 1.0 };
        match inbound.get(&(y - 1)) {
            Some(stated) if stated.value.value != prev.value => {
                return Err(format!("{MOE_IN}: inbound {}: stated {} vs {y} − change = {}", y - 1, stated.value.value, prev.value));
            }
            Some(_) => {}
            None => {
                let derived = Text::new(
                    format!("{y} 年人数 {} 减去其中所说的增加数 {}", this.value, change.value),
                    format!("the {y} count, {}, minus the increase it states, {}", this.value, change.value),
                );
                inbound.insert(y - 1, Found { value: prev, row: q, derived: Some(derived) });
            }
        }
    }
    let years: Vec<i32> = (1996..=2018).collect();
    // Growth: computed from consecutive years; where the previous year is missing, the page's own rate.
    let mut growth: BTreeMap<i32, Found> = BTreeMap::new();
    for q in &quotes {
        let Some(y) = q.year() else { continue };
        let stated = if q.measure == "inbound_yoy_change_pct" && q.stated() {
            press::decimal(&q.value, 0)
        } else if q.measure == "inbound" && q.stated() && q.quote.contains(" percent increase") {
            number_before(&q.quote, " percent increase")
        } else {
            None
        };
        let Some(stated) = stated else { continue };
        match (inbound.get(&y), inbound.get(&(y - 1))) {
            (Some(a), Some(b)) => {
                let computed = (a.value.value / b.value.value - 1.0) * 100.0;
                if (computed - stated.value).abs() > stated.ulp / 2.0 + 1e-9 {
                    return Err(format!("{MOE_IN}: growth {y}: stated {} vs computed {computed}", stated.value));
                }
            }
            _ => {
                growth.insert(y, Found { value: stated, row: q, derived: None });
            }
        }
    }
    let mut ds = common::dataset(Meta {
        name: "china_inbound_students",
        title: Text::new("来华留学的国际学生总数及年增长率", "International students in China and their yearly growth"),
        unit: Text::new("人", "persons"),
        period: Period::CalendarYear,
        figures: vec![41],
        tables: vec![],
        years: years.clone(),
        sources: vec![],
        notes: vec![
            Text::new(
                "教育部每年发布的“来华留学统计”：当年在中国高等院校等机构学习的各类外国留学人员总数（含学历生与非学历生）。数值取自转载教育部新闻稿的网页（每个数值注明其网页与原文），非教育部原始文件。growth = 与上年相比的增长率（%），相邻两年都有数值时由两者计算，否则为网页所载的增长率。",
                "The Ministry of Education's yearly statistics on international students: all foreign students at Chinese higher-education and other institutions in the year (degree and non-degree). Values are from web pages reposting the MoE releases (each value names its page and quote), not from MoE's own files. growth = change on the previous year (%): computed where both years are known, otherwise the rate the page states.",
            ),
            Text::new(
                "2003 年、2017 年未见直接表述，由次年新闻稿所说的增加人数精确推算（2017 年 = 492,185 − 3,013 = 489,172）。1998、2001、2005、2007、2016 年只有约数或由百分比推算的近似值，空缺；1996、1997、1999、2002 年未找到（报告 1996–2007 年取自程家福《来华留学生教育结构历史研究（1950-2010）》）。",
                "2003 and 2017 are not stated directly; they follow exactly from the increase the next release states (2017 = 492,185 − 3,013 = 489,172). 1998, 2001, 2005, 2007 and 2016 exist only as round figures or approximations implied by a percentage and stay empty; 1996, 1997, 1999 and 2002 were not found (the report takes 1996–2007 from Cheng Jiafu's book on the history of international student education in China, 1950–2010).",
            ),
            Text::new(
                "与 UNESCO 的入境流动学生（只计学历生）口径不同。",
                "Not comparable with UNESCO's inbound mobile students (degree students only).",
            ),
        ],
    });
    let computed: BTreeMap<i32, f64> = years.iter().filter_map(|&y| Some((y, (inbound.get(&y)?.value.value / inbound.get(&(y - 1))?.value.value - 1.0) * 100.0))).collect();
    press_series(&mut ds, "CHN", "inbound", MOE_IN, &inbound);
    press_series(&mut ds, "CHN", "growth", MOE_IN, &growth);
    let g = ds.series.last_mut().unwrap();
    for (y, v) in &computed {
        let i = (*y - 1996) as usize;
        g.values[i] = Some(*v);
        g.points.push(Point {
            year: *y,
            kind: Kind::Press,
            quote: None,
            location: None,
            note: Some(Text::new(format!("由 {} 年与 {y} 年人数计算", y - 1), format!("computed from the {} and {y} counts", y - 1))),
            approx: false,
        });
    }
    g.points.sort_by_key(|p| p.year);
    common::set_unit(&mut ds, "growth", "%", "%");
    common::label(&mut ds, "CHN", "中国大陆", "China (mainland)");
    common::label(&mut ds, "inbound", "来华国际学生", "International students in China");
    common::label(&mut ds, "growth", "年增长率", "Yearly growth");
    Ok(ds)
}

/// KNOMAD's sheets write 0 for the years before a country's remittances were compiled (Afghanistan's
/// inflows 2000–2007, Qatar's outflows 2000–2010): the zeros before a country's first non-zero
/// value are gaps, not flows of zero. Zeros after it are kept as the sheet gives them.
fn not_compiled_as_gaps(values: &mut BTreeMap<i32, Option<f64>>) {
    for v in values.values_mut() {
        match v {
            Some(x) if *x == 0.0 => *v = None,
            None => {}
            Some(_) => break,
        }
    }
}

/// One KNOMAD sheet: ISO code (or WLD) → year → US$ million.
fn knomad(path: &Path, countries: &Countries, years: &[i32]) -> Result<BTreeMap<String, BTreeMap<i32, Option<f64>>>, String> {
    let rows = common::xlsx_rows(path, None)?;
    let h = rows.iter().position(|r| r.first().is_some_and(|c| common::text(c).starts_with("Remittance "))).ok_or_else(|| format!("{}: no header row", path.display()))?;
    let cols: Vec<(usize, i32)> = rows[h].iter().enumerate().filter_map(|(i, c)| common::number(c).map(|y| (i, y as i32))).filter(|(_, y)| years.contains(y)).collect();
    if cols.len() != years.len() {
        return Err(format!("{}: expected the years {}–{}", path.display(), years[0], years[years.len() - 1]));
    }
    let mut out = BTreeMap::new();
    for r in &rows[h + 1..] {
        let name = r.first().map(common::text).unwrap_or_default();
        if name.starts_with("Note") {
            break;
        }
        if name.is_empty() || name == "Low-and Middle-Income Countries" {
            continue;
        }
        let code = if name == "World" { "WLD" } else { countries.by_name(&name).ok_or_else(|| format!("{}: no ISO code for {name:?} in countries.toml", path.display()))? };
        let mut values: BTreeMap<i32, Option<f64>> = cols.iter().map(|&(i, y)| (y, r.get(i).and_then(common::number))).collect();
        not_compiled_as_gaps(&mut values);
        if values.values().any(Option::is_some) {
            out.insert(code.to_string(), values);
        }
    }
    Ok(out)
}

/// Countries kept in `remittances` besides the world, China and the US (see the note in the file).
const REMITTANCE_TOP: f64 = 20.0;

fn remittances(sources: &Path, countries: &Countries) -> Result<Dataset, String> {
    let years: Vec<i32> = (2000..=2022).collect();
    let inflow = knomad(&sources.join(INFLOWS), countries, &years)?;
    let outflow = knomad(&sources.join(OUTFLOWS), countries, &years)?;
    let knomad_source = |file: &str, zh: &str, en: &str| Source {
        kind: Kind::Primary,
        publisher: Text::new("世界银行–全球移民与发展知识伙伴关系（KNOMAD）", "World Bank–KNOMAD"),
        table: Text::new(zh, en),
        file: file.into(),
        url: Some("https://www.knomad.org/".into()),
        published: None,
    };
    let mut ds = common::dataset(Meta {
        name: "remittances",
        title: Text::new("各国侨汇流入、流出及世界排序", "Remittance inflows and outflows by country, and world rank"),
        unit: Text::new("十亿美元", "US$ billion"),
        period: Period::CalendarYear,
        figures: vec![],
        tables: vec![6],
        years: years.clone(),
        sources: vec![
            knomad_source(INFLOWS, "移民侨汇流入（百万美元），2023 年 6 月版", "Migrant remittance inflows (US$ million), June 2023"),
            knomad_source(OUTFLOWS, "移民侨汇流出（百万美元），2023 年 6 月版", "Migrant remittance outflows (US$ million), June 2023"),
        ],
        notes: vec![
            Text::new(
                "现价美元；原表单位为百万美元，此处除以 1,000 换算为十亿美元，未取整。inflow_rank / outflow_rank = 当年在所有国家和地区中的名次（1 = 最大），不计“世界”和“中低收入国家”两个合计；数值相同者名次相同；原表为 0 的不排名次。",
                "Current US dollars; the sheets give US$ million, divided here by 1,000 into US$ billion, not rounded. inflow_rank / outflow_rank = the year's rank among all countries and areas (1 = largest), leaving out the two aggregates “World” and “Low- and middle-income countries”; equal values share a rank; a 0 in the sheet gets no rank.",
            ),
            Text::new(
                "此为世界银行–KNOMAD 2023 年 6 月版，即 IOM《世界移民报告 2024》（报告表 6 注明的来源）所用版本，与表 6 完全一致。2022 年为估计值。流出表没有世界合计。委内瑞拉因缺数据未计入世界合计。",
                "This is the World Bank–KNOMAD release of June 2023, the one behind IOM's World Migration Report 2024 (the source table 6 cites); it reproduces table 6 exactly. 2022 values are estimates. The outflow sheet has no world total. Venezuela is not in the world total for lack of data.",
            ),
            Text::new(
                "原表对部分国家在有统计之前的年份写 0（例如阿富汗流入 2000–2007 年、卡塔尔流出 2000–2010 年），表示当时未统计：一国首个非零数值之前的 0 在此作为空缺，而非 0 流量；之后的 0 照录原表。",
                "The sheets give 0 for the years before a country's remittances were compiled (e.g. Afghanistan's inflows 2000–2007, Qatar's outflows 2000–2010): the zeros before a country's first non-zero value are shown as gaps, not as flows of zero; later zeros are kept as the sheets give them.",
            ),
        ],
    });
    let mut codes: Vec<&String> = inflow.keys().chain(outflow.keys()).collect();
    codes.sort();
    codes.dedup();
    let last = |m: &BTreeMap<String, BTreeMap<i32, Option<f64>>>, c: &str| m.get(c).and_then(|v| v.get(&2022).copied().flatten()).unwrap_or(-1.0);
    codes.sort_by(|a, b| {
        (a.as_str() != "WLD").cmp(&(b.as_str() != "WLD")).then(last(&inflow, b).total_cmp(&last(&inflow, a))).then(last(&outflow, b).total_cmp(&last(&outflow, a))).then(a.cmp(b))
    });
    let rank = |m: &BTreeMap<String, BTreeMap<i32, Option<f64>>>, c: &str, y: i32| -> Option<f64> {
        let v = m.get(c)?.get(&y).copied().flatten().filter(|v| *v != 0.0)?;
        let above = m.iter().filter(|(k, _)| k.as_str() != "WLD").filter_map(|(_, s)| s.get(&y).copied().flatten()).filter(|x| *x > v).count();
        Some(above as f64 + 1.0)
    };
    // Ranks are computed among all countries; the file keeps the world, China, the US and every
    // country in the top 20 either way in a year table 6 shows, so it stays small.
    let keep = |code: &str| {
        ["WLD", "CHN", "USA"].contains(&code) || [2010, 2015, 2020, 2022].iter().any(|&y| [&inflow, &outflow].iter().any(|m| rank(m, code, y).is_some_and(|r| r <= REMITTANCE_TOP)))
    };
    let codes: Vec<&String> = codes.into_iter().filter(|c| keep(c)).collect();
    ds.notes.push(Text::new(
        format!("本文件保留世界合计、中国、美国，以及在 2010、2015、2020、2022 年流入或流出位列前 {REMITTANCE_TOP} 的国家；名次在原表全部国家中计算。"),
        format!("This file keeps the world, China, the US and every country in the top {REMITTANCE_TOP} for inflows or outflows in 2010, 2015, 2020 or 2022; ranks are among all countries of the source."),
    ));
    for code in codes {
        for (m, cat, src) in [(&inflow, "inflow", 0), (&outflow, "outflow", 1)] {
            let Some(s) = m.get(code.as_str()) else { continue };
            let values: Vec<Option<f64>> = years.iter().map(|y| s.get(y).copied().flatten().map(|v| v / 1000.0)).collect();
            common::push(&mut ds, code, cat, Kind::Primary, src, values);
            if code != "WLD" {
                let ranks = years.iter().map(|&y| rank(m, code, y)).collect();
                common::push(&mut ds, code, &format!("{cat}_rank"), Kind::Primary, src, ranks);
            }
        }
    }
    let cn = |cat: &str, y: i32| ds.value("CHN", cat, y).ok_or_else(|| format!("remittances: no China {cat} {y}"));
    let (o10, r10, o15, r15) = (cn("outflow", 2010)?, cn("outflow_rank", 2010)?, cn("outflow", 2015)?, cn("outflow_rank", 2015)?);
    ds.notes.push(Text::new(
        format!("表 6 中 2010、2015 年中国的侨汇流出写作“-”、排序“10+”：KNOMAD 为 {o10:.2} 十亿美元（第 {r10} 位）和 {o15:.2} 十亿美元（第 {r15} 位）。"),
        format!("Table 6 shows China's outflow for 2010 and 2015 as “-” with rank “10+”: KNOMAD gives US${o10:.2} billion ({r10}th) and US${o15:.2} billion ({r15}th)."),
    ));
    common::set_unit(&mut ds, "inflow_rank", "名", "rank");
    common::set_unit(&mut ds, "outflow_rank", "名", "rank");
    for (c, zh, en) in
        [("inflow", "侨汇流入", "Inflows"), ("outflow", "侨汇流出", "Outflows"), ("inflow_rank", "流入排序", "Inflow rank"), ("outflow_rank", "流出排序", "Outflow rank")]
    {
        common::label(&mut ds, c, zh, en);
    }
    countries.label(&mut ds, &[("CHN", "中国大陆", "China (mainland)")])?;
    Ok(ds)
}

pub fn build(sources: &Path) -> Result<Vec<Dataset>, String> {
    let countries = Countries::load()?;
    Ok(vec![
        china_migrants(sources)?,
        migrant_share(sources, &countries)?,
        china_outbound_students(sources)?,
        china_inbound_students(sources)?,
        remittances(sources, &countries)?,
        china_foreigners(),
    ])
}

/// `china_foreigners` (section 4.1.1, beside figure 38): foreigners counted by the population
/// censuses and permanent residence granted. Report-only: the census communiqués and Ministry of
/// Public Security releases are not among the raw sources, so the report's statements fill it.
fn china_foreigners() -> Dataset {
    let mut ds = common::dataset(common::Meta {
        name: "china_foreigners",
        title: Text::new("在华外籍人士：人口普查登记人数与永久居留批准数", "Foreigners in China: census counts and permanent residence granted"),
        unit: Text::new("人", "persons"),
        period: Period::CalendarYear,
        figures: vec![38],
        tables: vec![],
        years: (2004..=2020).collect(),
        sources: vec![crate::statements::report_source()],
        notes: vec![
            Text::new(
                "全部数值取自报告正文（四（一）1），报告引用国家统计局第六、七次全国人口普查公报与公安部、人民日报的发布；这些原始发布不在本项目的原始数据中。",
                "Every value comes from the report's text (section 4.1.1), which cites the 6th and 7th population census communiqués of the National Bureau of Statistics and releases of the Ministry of Public Security and People's Daily; those releases are not among this project's raw sources.",
            ),
            Text::new(
                "人口普查登记时点为当年 11 月 1 日（2010、2020 年）。“2004–2013 年累计”记在 2013 年；“上半年”为 2018 年 1–6 月。",
                "The censuses count on 1 November (2010, 2020). The 2004–2013 cumulative total is recorded under 2013; “first half” is January–June 2018.",
            ),
        ],
    });
    for c in ["census_foreigners", "permanent_residence", "permanent_residence_2004_2013", "permanent_residence_first_half"] {
        common::push_report_frame(&mut ds, "CHN", c);
    }
    for (c, zh, en) in [
        ("census_foreigners", "人口普查登记的外籍人士", "Foreigners counted by the census"),
        ("permanent_residence", "获批永久居留（全年）", "Permanent residence granted (year)"),
        ("permanent_residence_2004_2013", "获批永久居留（2004–2013 年累计）", "Permanent residence granted (2004–2013 total)"),
        ("permanent_residence_first_half", "获批永久居留（上半年）", "Permanent residence granted (first half)"),
    ] {
        common::label(&mut ds, c, zh, en);
    }
    common::label(&mut ds, "CHN", "中国大陆", "China (mainland)");
    ds
}

#[cfg(test)]
mod tests {
    use super::not_compiled_as_gaps;
    use std::collections::BTreeMap;

    #[test]
    fn zeros_before_the_first_flow_are_gaps_and_later_zeros_stay() {
        let mut v: BTreeMap<i32, Option<f64>> = [(2000, Some(0.0)), (2001, None), (2002, Some(0.0)), (2003, Some(89.5)), (2004, Some(0.0)), (2005, None)].into();
        not_compiled_as_gaps(&mut v);
        assert_eq!(v.into_values().collect::<Vec<_>>(), vec![None, None, None, Some(89.5), Some(0.0), None]);
    }
}

//! International migrants (report section 1.2, figures 1–4, and the skilled-migration text):
//! `world_migrants`, `migrant_destinations`, `migrant_origins`, `migration_corridors`,
//! `migrant_workers`, `skilled_migration`. UN DESA International Migrant Stock 2020 for the stocks;
//! ILO, IOM and Eurostat numbers as the press quotes them; the report's own statements fill the rest.

#[path = "press.rs"]
pub mod press;

use crate::common::{self, Meta};
use crate::countries::Countries;
use std::collections::BTreeMap;
use std::path::Path;
use talent_flows_model::{Dataset, Kind, Period, Source, Text};

pub const DESA_DESTINATION: &str = "migration/undesa-ims2020-destination/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx";
pub const DESA_BILATERAL: &str = "migration/undesa-ims2020-bilateral-by-sex/undesa2020_bilateral_by_sex.csv";
const ILO_PRESS: &str = "migration/ilo-migrant-workers-2019-press/ilo_migrant_workers_2019_press_quotes.csv";
const BLUE_CARDS_PRESS: &str = "migration/eurostat-blue-cards-press/eu_blue_cards_press_quotes.csv";
/// How many of the ~11,500 country pairs `migration_corridors` keeps, largest first.
pub const CORRIDORS_KEPT: usize = 300;
const WMR_PRESS: &str = "migration/wmr2024-corridors-press/wmr2024_corridors_press_quotes.csv";
/// UN DESA's code for origins it cannot attribute to a country ("Other"), kept by the bilateral file.
const OTHER: &str = "XXX";

pub fn desa_publisher() -> Text {
    Text::new("联合国经济和社会事务部人口司", "United Nations Department of Economic and Social Affairs (UN DESA), Population Division")
}

pub fn desa_source(table: Text) -> Source {
    Source {
        kind: Kind::Primary,
        publisher: desa_publisher(),
        table,
        file: DESA_DESTINATION.into(),
        url: Some("https://www.un.org/development/desa/pd/content/international-migrant-stock".into()),
        published: None,
    }
}

/// One row of a UN DESA "Destination" table: a region or country (M49 code), both sexes, 1990–2020.
pub struct DesaRow {
    pub code: u32,
    pub both: BTreeMap<i32, Option<f64>>,
}

/// Reads one sheet of the Destination workbook ("Table 1" stocks, "Table 3" % of population). The
/// header row (the 12th of the sheet) names the years; the first run of years is both sexes (then
/// males and females, not read here).
pub fn desa_table(sources: &Path, sheet: &str) -> Result<Vec<DesaRow>, String> {
    let rows = common::xlsx_rows(&sources.join(DESA_DESTINATION), Some(sheet))?;
    let h = rows
        .iter()
        .position(|r| r.get(1).is_some_and(|c| common::text(c).starts_with("Region, development group")))
        .ok_or_else(|| format!("{DESA_DESTINATION} [{sheet}]: no header row"))?;
    let mut blocks: Vec<Vec<(usize, i32)>> = Vec::new();
    for (i, c) in rows[h].iter().enumerate().skip(5) {
        let Some(y) = common::number(c).map(|y| y as i32) else { continue };
        if blocks.last().is_none_or(|b| b.last().is_some_and(|&(_, prev)| y <= prev)) {
            blocks.push(Vec::new());
        }
        blocks.last_mut().unwrap().push((i, y));
    }
    if blocks.is_empty() || blocks[0].first().map(|b| b.1) != Some(1990) {
        return Err(format!("{DESA_DESTINATION} [{sheet}]: unexpected year columns"));
    }
    let pick = |r: &[calamine::Data], b: Option<&Vec<(usize, i32)>>| -> BTreeMap<i32, Option<f64>> {
        b.map(|b| b.iter().map(|&(i, y)| (y, r.get(i).and_then(common::number))).collect()).unwrap_or_default()
    };
    Ok(rows[h + 1..]
        .iter()
        .filter_map(|r| {
            let code = r.get(3).and_then(common::number)? as u32;
            Some(DesaRow { code, both: pick(r, blocks.first()) })
        })
        .collect())
}

const WORLD_M49: u32 = 900;

fn world_migrants(sources: &Path) -> Result<Dataset, String> {
    let years: Vec<i32> = (1970..=2020).step_by(5).collect();
    let stock = desa_table(sources, "Table 1")?;
    let share = desa_table(sources, "Table 3")?;
    let world = |t: &[DesaRow]| -> Result<Vec<Option<f64>>, String> {
        let row = t.iter().find(|r| r.code == WORLD_M49).ok_or("UN DESA: no WORLD row")?;
        Ok(years.iter().map(|y| row.both.get(y).copied().flatten()).collect())
    };
    let mut ds = common::dataset(Meta {
        name: "world_migrants",
        title: Text::new("全球国际移民人数及占世界人口的比例", "International migrants worldwide and their share of the world population"),
        unit: Text::new("人", "persons"),
        period: Period::CalendarYear,
        figures: vec![1],
        tables: vec![],
        years: years.clone(),
        sources: vec![desa_source(Text::new(
            "《国际移民存量 2020：目的地》表 1（按性别和目的地划分的年中国际移民存量）、表 3（国际移民占总人口的百分比）",
            "International Migrant Stock 2020: Destination, Table 1 (international migrant stock at mid-year by sex and destination) and Table 3 (international migrant stock as a percentage of the total population)",
        ))],
        notes: vec![
            Text::new(
                "国际移民 = 居住在出生国以外的人（无出生地数据的国家按外国国籍计），年中（7 月 1 日）存量。比例 = 国际移民 ÷ 世界总人口（联合国《世界人口展望 2019》）× 100，取自表 3，未再取整。",
                "International migrants = people living outside their country of birth (foreign citizens where a country has no place-of-birth data), stock at mid-year (1 July). Share = migrants ÷ world population (UN World Population Prospects 2019) × 100, from Table 3, not re-rounded.",
            ),
            Text::new(
                "1990–2020 年为 UN DESA《国际移民存量 2020》；1970 年的 8,400 万只见于报告正文（国际移民组织《世界移民报告 2024》表 1 沿用联合国较早的估计），1975–1985 年无数据，保持空缺。图 1 标题写“1995-2020 年”，正文给出 1970、1990、2000、2020 年的数值。",
                "1990–2020 are UN DESA International Migrant Stock 2020. The 1970 figure of 84 million is only in the report's text (IOM's World Migration Report 2024, table 1, carries older UN estimates); 1975–1985 are not available and stay empty. Figure 1's title says 1995–2020; the text quotes 1970, 1990, 2000 and 2020.",
            ),
            Text::new(
                "报告注明来源为 IOM《世界移民报告 2024》；该报告的 2020 年数字即 UN DESA 此表。报告的增长率（62.4%、83.7%）和倍数（3.35 倍）是用取整后的亿位数计算的，与原始数值略有出入（见勘误）。",
                "The report cites IOM's World Migration Report 2024, whose 2020 figures are this UN DESA table. The report's growth rates (62.4%, 83.7%) and multiple (3.35×) were computed from rounded values and differ slightly from the unrounded data (see errata).",
            ),
        ],
    });
    common::push(&mut ds, "WLD", "migrants", Kind::Primary, 0, world(&stock)?);
    common::push(&mut ds, "WLD", "share_of_population", Kind::Primary, 0, world(&share)?);
    common::set_unit(&mut ds, "share_of_population", "%", "%");
    common::label(&mut ds, "WLD", "世界", "World");
    common::label(&mut ds, "migrants", "国际移民", "International migrants");
    common::label(&mut ds, "share_of_population", "占世界人口比例", "Share of world population");
    Ok(ds)
}

/// 2020 stocks by (origin, destination) and sex, from the bilateral file: (from, to) → [male, female].
fn bilateral_2020(sources: &Path) -> Result<BTreeMap<(String, String), [f64; 2]>, String> {
    let path = sources.join(DESA_BILATERAL);
    let (h, rows) = common::csv_rows(&path)?;
    let (to, from, t, sex, v) = (common::col(&h, "to")?, common::col(&h, "from")?, common::col(&h, "t")?, common::col(&h, "sex")?, common::col(&h, "v")?);
    let mut out: BTreeMap<(String, String), [f64; 2]> = BTreeMap::new();
    for r in rows.iter().filter(|r| r[t] == "2020") {
        let i = match r[sex].as_str() {
            "Male" => 0,
            "Female" => 1,
            s => return Err(format!("{DESA_BILATERAL}: unknown sex {s:?}")),
        };
        let n: f64 = r[v].parse().map_err(|_| format!("{DESA_BILATERAL}: not a number {:?}", r[v]))?;
        out.entry((r[from].clone(), r[to].clone())).or_default()[i] += n;
    }
    Ok(out)
}

fn bilateral_source() -> Source {
    Source {
        kind: Kind::Primary,
        publisher: desa_publisher(),
        table: Text::new(
            "《国际移民存量 2020：目的地和来源地》表 1（按性别、目的地和来源地划分的年中国际移民存量）",
            "International Migrant Stock 2020: Destination and Origin, Table 1 (international migrant stock at mid-year by sex, destination and origin)",
        ),
        file: DESA_BILATERAL.into(),
        url: Some("https://www.un.org/development/desa/pd/content/international-migrant-stock".into()),
        published: None,
    }
}

fn bilateral_note() -> Text {
    Text::new(
        "数据为 UN DESA 表 1（目的地 × 来源地 × 性别）的国家对国家部分，由国际移民组织 GDI 工具包（gdiviz）转为长表（零值行已删去）；所有配对之和等于世界总数 280,598,105 人。合计 = 男 + 女。",
        "The country-to-country part of UN DESA's Table 1 (destination × origin × sex), as converted to a long table by IOM's GDI package (gdiviz; zero rows dropped); all pairs add up to the world total of 280,598,105. Total = male + female.",
    )
}

/// Destinations (`by_dest`) or origins: one entity per country plus WLD, male / female / total 2020.
fn by_country(sources: &Path, countries: &Countries, pairs: &BTreeMap<(String, String), [f64; 2]>, by_dest: bool) -> Result<Dataset, String> {
    let mut sums: BTreeMap<&str, [f64; 2]> = BTreeMap::new();
    let mut world = [0.0; 2];
    for ((from, to), v) in pairs {
        let key = if by_dest { to } else { from };
        let e = sums.entry(key.as_str()).or_default();
        e[0] += v[0];
        e[1] += v[1];
        world[0] += v[0];
        world[1] += v[1];
    }
    let other = if by_dest { None } else { sums.remove(OTHER) };
    if by_dest {
        // The destination totals are UN DESA's Table 1 both-sexes column, exactly.
        let t1 = desa_table(sources, "Table 1")?;
        for (code, v) in &sums {
            let m49 = countries.get(code).and_then(|c| c.m49).ok_or_else(|| format!("{code}: no M49 code in countries.toml"))?;
            let row = t1.iter().find(|r| r.code == m49).ok_or_else(|| format!("{code}: not in UN DESA Table 1"))?;
            if row.both.get(&2020).copied().flatten() != Some(v[0] + v[1]) {
                return Err(format!("{code}: bilateral total {} differs from UN DESA Table 1", v[0] + v[1]));
            }
        }
    }
    let mut order: Vec<(&str, [f64; 2])> = sums.into_iter().collect();
    order.sort_by(|a, b| (b.1[0] + b.1[1]).total_cmp(&(a.1[0] + a.1[1])).then(a.0.cmp(b.0)));
    let (name, title, fig_note) = if by_dest {
        (
            "migrant_destinations",
            Text::new("2020 年各国接收的国际移民（按性别）", "International migrants by country of destination and sex, 2020"),
            Text::new(
                "目的国 = 移民居住的国家；其国际移民总数包括来源地不明（“其他”）的移民，因此与 UN DESA 表 1 的国家合计完全一致。图 2 左图为前 20 位；此处为全部国家和地区。",
                "Destination = the country where migrants live; its total includes migrants of unknown (“other”) origin and so equals UN DESA's Table 1 country total exactly. Figure 2 (left) shows the top 20; all countries and areas are here.",
            ),
        )
    } else {
        let o = other.unwrap_or_default();
        (
            "migrant_origins",
            Text::new("2020 年各国在海外的国际移民（按出生国、性别）", "International migrants by country of origin (birth) and sex, 2020"),
            Text::new(
                format!(
                    "来源国 = 出生国（或国籍国）。UN DESA 无法归属到具体国家的来源（“其他”，代码 XXX）共 {} 人（男 {}、女 {}），计入世界合计，但不作为国家列出、不参与排名。图 2 右图为前 20 位；此处为全部国家和地区。",
                    o[0] + o[1], o[0], o[1]
                ),
                format!(
                    "Origin = country of birth (or citizenship). Origins UN DESA cannot attribute to a country (“Other”, code XXX), {} migrants ({} male, {} female), are in the world total but are not listed or ranked as a country. Figure 2 (right) shows the top 20; all countries and areas are here.",
                    o[0] + o[1], o[0], o[1]
                ),
            ),
        )
    };
    let mut ds = common::dataset(Meta {
        name,
        title,
        unit: Text::new("人", "persons"),
        period: Period::CalendarYear,
        figures: vec![2],
        tables: vec![],
        years: vec![2020],
        sources: vec![bilateral_source()],
        notes: vec![
            fig_note,
            bilateral_note(),
            Text::new(
                "报告注明来源为 IOM《世界移民报告 2024》，其图表使用的正是 UN DESA 2020 年数据。报告说美国接纳“超过 5,100 万”，UN DESA 为 50,632,836 人（见勘误）。",
                "The report cites IOM's World Migration Report 2024, whose chart uses these UN DESA 2020 data. The report says the United States hosts “more than 51 million”; UN DESA gives 50,632,836 (see errata).",
            ),
        ],
    });
    common::push(&mut ds, "WLD", "male", Kind::Primary, 0, vec![Some(world[0])]);
    common::push(&mut ds, "WLD", "female", Kind::Primary, 0, vec![Some(world[1])]);
    common::push(&mut ds, "WLD", "total", Kind::Primary, 0, vec![Some(world[0] + world[1])]);
    for (code, v) in &order {
        common::push(&mut ds, code, "male", Kind::Primary, 0, vec![Some(v[0])]);
        common::push(&mut ds, code, "female", Kind::Primary, 0, vec![Some(v[1])]);
        common::push(&mut ds, code, "total", Kind::Primary, 0, vec![Some(v[0] + v[1])]);
    }
    for (c, zh, en) in [("male", "男性", "Male"), ("female", "女性", "Female"), ("total", "合计", "Total")] {
        common::label(&mut ds, c, zh, en);
    }
    countries.label(&mut ds, &[])?;
    Ok(ds)
}

/// (corridor, WMR rank, page) as the press pages state them; ranks 6–8 are ambiguous there
/// ("6 or 7") and 11–20 are not quoted: the report's statements supply India → US and China → US.
const WMR_RANKS: &[(&str, &str, f64, &str)] = &[
    ("MEX>USA", "corridor ranks 1,2,3,5", 1.0, "zayntechnologies.com"),
    ("SYR>TUR", "corridor ranks 1,2,3,5", 2.0, "zayntechnologies.com"),
    ("UKR>RUS", "corridor ranks 1,2,3,5", 3.0, "zayntechnologies.com"),
    ("IND>ARE", "corridor rank 4: India->UAE", 4.0, "report360.eu"),
    ("RUS>UKR", "corridor ranks 1,2,3,5", 5.0, "zayntechnologies.com"),
    ("IND>SAU", "corridor rank 9: India->Saudi Arabia", 9.0, "geographical.co.uk"),
    ("BGD>IND", "corridor rank 10: Bangladesh->India", 10.0, "geographical.co.uk"),
];

fn migration_corridors(countries: &Countries, pairs: &BTreeMap<(String, String), [f64; 2]>, sources: &Path) -> Result<Dataset, String> {
    let quotes = press::read(&sources.join(WMR_PRESS))?;
    let mut ds = common::dataset(Meta {
        name: "migration_corridors",
        title: Text::new("2020 年国家间国际移民走廊（出生国→居住国）", "Country-to-country migration corridors (country of birth → country of residence), 2020"),
        unit: Text::new("人", "persons"),
        period: Period::CalendarYear,
        figures: vec![3],
        tables: vec![],
        years: vec![2020],
        sources: vec![bilateral_source()],
        notes: vec![
            Text::new(
                "走廊 = 出生在来源国、居住在目的国的国际移民存量（代码 来源>目的，如 MEX>USA），2020 年年中，UN DESA。列出最大的 300 条走廊（约 20 万人及以上）；来源不明（“其他”）的移民不构成走廊，未列入。",
                "Corridor = the stock of international migrants born in the origin and living in the destination (code ORIGIN>DEST, e.g. MEX>USA), mid-2020, UN DESA. The 300 largest corridors are listed (all pairs with about 0.2 million migrants or more); migrants of unknown (“other”) origin form no corridor and are left out.",
            ),
            Text::new(
                "wmr_rank = IOM《世界移民报告 2024》走廊图中的名次（据转述该图的新闻页面；第 6 至 8 位页面表述含糊，第 11 至 20 位页面未给出，印度→美国第 6、中国→美国第 12 取自报告正文）。该图以 2020 年数据为基础，但混入了 2022 年俄乌冲突后的流离失所数据，故其名次与 UN DESA 2020 年存量的排序不同：按 UN DESA，乌克兰→俄罗斯为第 5 位（3,268,263 人），俄罗斯→乌克兰为第 4 位，中国→美国为第 14 位。",
                "wmr_rank = the rank in the corridor chart of IOM's World Migration Report 2024 (from press pages quoting it; ranks 6–8 are ambiguous there and 11–20 are not quoted, so India → US 6th and China → US 12th come from the report's text). That chart is based on 2020 but mixes in displacement after the 2022 war in Ukraine, so its order differs from the UN DESA 2020 stocks: by UN DESA, Ukraine → Russia is 5th (3,268,263), Russia → Ukraine 4th, China → US 14th.",
            ),
            Text::new(
                "图 3 标题写“2024 年”，但走廊数值以 2020 年为基础。",
                "Figure 3's title says 2024, but the corridor values are for 2020.",
            ),
            bilateral_note(),
        ],
    });
    let mut order: Vec<(String, f64)> = pairs.iter().filter(|((from, _), _)| from != OTHER).map(|((from, to), v)| (format!("{from}>{to}"), v[0] + v[1])).collect();
    order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    // The largest corridors only: the file stays small, and every rank the report and WMR discuss
    // (down to China → Japan, ~0.78 M) is far inside.
    order.truncate(CORRIDORS_KEPT);
    for (code, v) in &order {
        common::push(&mut ds, code, "migrants", Kind::Primary, 0, vec![Some(*v)]);
    }
    let mut page_index: BTreeMap<String, usize> = BTreeMap::new();
    for &(corridor, measure, rank, page) in WMR_RANKS {
        let q = press::find(&quotes, measure, None, Some(page))?;
        let stated = if measure.starts_with("corridor ranks") {
            q.value.contains(&format!("{rank} {}", corridor.replace('>', "-")))
        } else {
            measure.starts_with(&format!("corridor rank {rank}:"))
        };
        if !stated {
            return Err(format!("{WMR_PRESS}: {measure} does not give {corridor} rank {rank}"));
        }
        let src = *page_index.entry(q.page_url.clone()).or_insert_with(|| {
            ds.sources.push(press::source(
                Text::new("国际移民组织（IOM）《世界移民报告 2024》（新闻转述）", "IOM, World Migration Report 2024 (as quoted by the press)"),
                q,
                WMR_PRESS,
            ));
            ds.sources.len() - 1
        });
        common::push(&mut ds, corridor, "wmr_rank", Kind::Press, src, vec![Some(rank)]);
    }
    for corridor in ["IND>USA", "CHN>USA"] {
        common::push_report_frame(&mut ds, corridor, "wmr_rank");
    }
    common::set_unit(&mut ds, "wmr_rank", "名", "rank");
    common::label(&mut ds, "migrants", "移民存量", "Migrant stock");
    common::label(&mut ds, "wmr_rank", "《世界移民报告 2024》名次", "Rank in World Migration Report 2024");
    countries.label(&mut ds, &[])?;
    Ok(ds)
}

/// ILO regions of figure 4 (docs/datasets.md).
const ILO_REGIONS: &[(&str, &str, &str)] = &[
    ("NSW_EUROPE", "北欧、南欧和西欧", "Northern, Southern and Western Europe"),
    ("N_AMERICA", "北美", "Northern America"),
    ("ARAB_STATES", "阿拉伯国家", "Arab States"),
    ("S_ASIA", "南亚", "Southern Asia"),
    ("E_EUROPE", "东欧", "Eastern Europe"),
    ("SE_ASIA", "东南亚和太平洋", "South-Eastern Asia and the Pacific"),
    ("C_W_ASIA", "中亚和西亚", "Central and Western Asia"),
    ("SSA", "撒哈拉以南非洲", "Sub-Saharan Africa"),
    ("LAC", "拉丁美洲和加勒比", "Latin America and the Caribbean"),
    ("N_AFRICA", "北非", "Northern Africa"),
    ("E_ASIA", "东亚", "Eastern Asia"),
    ("WLD", "世界", "World"),
];

fn ilo_publisher() -> Text {
    Text::new(
        "国际劳工组织（ILO）《国际移民工人全球估计》第三版（2021）（新闻转述）",
        "ILO, Global Estimates on International Migrant Workers, 3rd edition (2021), as quoted by the press",
    )
}

fn migrant_workers(sources: &Path) -> Result<Dataset, String> {
    let quotes = press::read(&sources.join(ILO_PRESS))?;
    let mut ds = common::dataset(Meta {
        name: "migrant_workers",
        title: Text::new("2019 年国际移民工人（按地区、性别）", "International migrant workers by region and sex, 2019"),
        unit: Text::new("人", "persons"),
        period: Period::CalendarYear,
        figures: vec![4],
        tables: vec![],
        years: vec![2019],
        sources: vec![],
        notes: vec![
            Text::new(
                "移民工人 = 在目的国就业或正在求职的国际移民（劳动力中的国际移民，15 岁及以上），国际劳工组织 2019 年估计。share_of_labour_force = 移民工人占该地区全部劳动力的百分比。migrants = 全部国际移民，working_age_migrants = 15 岁及以上的国际移民（国际劳工组织同一出版物）。",
                "Migrant workers = international migrants employed or looking for work in the country of destination (international migrants in the labour force, aged 15+), ILO estimates for 2019. share_of_labour_force = migrant workers as a percentage of the region's whole labour force. migrants = all international migrants, working_age_migrants = international migrants aged 15 and over (same ILO publication).",
            ),
            Text::new(
                "国际劳工组织的分地区、分性别表格没有可用的数据文件：世界合计、男女合计、阿拉伯国家及 2.72 亿 / 2.45 亿取自转述该出版物的新闻页面；北欧南欧西欧、北美的合计和南亚、阿拉伯国家的男女人数只见于报告正文。其余地区无数据。新闻页面另给出国际劳工组织大区“欧洲和中亚”6,380 万、“美洲”4,330 万，北美与北欧南欧西欧合计 7,830 万（与报告 4,100 万 + 3,700 万一致），这些大区不在图 4 的分区之列，未收入。",
                "No data file of the ILO's region-by-sex table is available: the world totals, the totals by sex, the Arab States and the 272 / 245 million come from press pages quoting the publication; the totals for Northern, Southern and Western Europe and Northern America and the figures by sex for Southern Asia and the Arab States are only in the report's text. Other regions have no data. The press also gives ILO broad regions (Europe and Central Asia 63.8 million, the Americas 43.3 million) and Northern America plus Northern, Southern and Western Europe together 78.3 million (consistent with the report's 41 + 37 million); those are not figure 4's subregions and are not included.",
            ),
            Text::new(
                "图 4 标题写“2020 年”，数据年份为 2019 年；报告注明来源为 IOM《世界移民报告 2024》，其数字来自国际劳工组织。",
                "Figure 4's title says 2020; the data are for 2019. The report cites IOM's World Migration Report 2024, whose figures are the ILO's.",
            ),
        ],
    });
    // (entity, category, measure, page) — one source per page.
    let cells: &[(&str, &str, &str, &str)] = &[
        ("WLD", "total", "migrant_workers_total", "plenglish.com"),
        ("WLD", "male", "migrant_workers_men", "plenglish.com"),
        ("WLD", "female", "migrant_workers_women", "plenglish.com"),
        ("WLD", "migrants", "international_migrants_total", "ruralindiaonline.org"),
        ("WLD", "working_age_migrants", "migrant_population_15plus", "ucdavis.edu"),
        ("ARAB_STATES", "total", "migrant_workers_Arab_States", "holoniq.com"),
        ("ARAB_STATES", "share_of_labour_force", "migrant_workers_share_of_labour_force_Arab_States", "holoniq.com"),
    ];
    let mut page_index: BTreeMap<String, usize> = BTreeMap::new();
    for &(entity, category, measure, page) in cells {
        let q = press::find(&quotes, measure, Some("2019"), Some(page))?;
        let v = press::value(q).ok_or_else(|| format!("{ILO_PRESS}: {measure}: not a number {:?} {:?}", q.value, q.unit))?;
        let src = *page_index.entry(q.page_url.clone()).or_insert_with(|| {
            ds.sources.push(press::source(ilo_publisher(), q, ILO_PRESS));
            ds.sources.len() - 1
        });
        common::push(&mut ds, entity, category, Kind::Press, src, vec![Some(v.value)]);
    }
    // The report's statements supply these (data-src/statements/global.toml).
    for (entity, category) in [
        ("NSW_EUROPE", "total"),
        ("N_AMERICA", "total"),
        ("S_ASIA", "male"),
        ("S_ASIA", "female"),
        ("ARAB_STATES", "male"),
        ("ARAB_STATES", "female"),
        ("WLD", "basic_services_share"),
    ] {
        common::push_report_frame(&mut ds, entity, category);
    }
    common::set_unit(&mut ds, "share_of_labour_force", "%", "%");
    common::set_unit(&mut ds, "basic_services_share", "%", "%");
    for (c, zh, en) in [
        ("male", "男性移民工人", "Male migrant workers"),
        ("female", "女性移民工人", "Female migrant workers"),
        ("total", "移民工人合计", "Migrant workers, total"),
        ("share_of_labour_force", "占劳动力比例", "Share of the labour force"),
        ("migrants", "国际移民总数", "All international migrants"),
        ("working_age_migrants", "劳动年龄（15 岁及以上）国际移民", "Working-age (15+) international migrants"),
        ("basic_services_share", "从事基础服务行业的比例", "Share working in basic services"),
    ] {
        common::label(&mut ds, c, zh, en);
    }
    let used: Vec<String> = ds.series.iter().map(|s| s.entity.clone()).collect();
    for &(code, zh, en) in ILO_REGIONS.iter().filter(|r| used.iter().any(|u| u == r.0)) {
        common::label(&mut ds, code, zh, en);
    }
    Ok(ds)
}

fn skilled_migration(sources: &Path) -> Result<Dataset, String> {
    let quotes = press::read(&sources.join(BLUE_CARDS_PRESS))?;
    let years: Vec<i32> = (2019..=2023).collect();
    let at = |y: i32, v: f64| -> Vec<Option<f64>> { years.iter().map(|&x| (x == y).then_some(v)).collect() };
    let mut ds = common::dataset(Meta {
        name: "skilled_migration",
        title: Text::new("高技能工作移民：美国职业类移民签证与欧盟蓝卡", "Highly skilled labour migration: US employment-based immigrant visas and EU Blue Cards"),
        unit: Text::new("张", "visas / cards"),
        period: Period::CalendarYear,
        figures: vec![],
        tables: vec![],
        years: years.clone(),
        sources: vec![],
        notes: vec![
            Text::new(
                "eb_consular = 美国国务院在境外签发的职业类移民签证（EB-1 至 EB-5，不含在美国境内调整身份者），美国财年（上年 10 月至当年 9 月），只见于报告正文（引自国务院签证办公室 2023 财年年报表 I）。",
                "eb_consular = employment-based immigrant visas issued abroad by the US State Department (EB-1 to EB-5, not adjustments of status inside the US), US fiscal years (October to September); report text only (it cites the Visa Office's FY2023 annual report, table I).",
            ),
            Text::new(
                "blue_cards = 欧盟成员国发放的欧盟蓝卡（Eurostat migr_resbc1，自然年）。EU27 为欧盟合计；德国、波兰、立陶宛、法国为发放国；印度、俄罗斯、土耳其为持卡人国籍。blue_card_share = 占当年欧盟发放总量的百分比；2023 年由新闻页面给出的卡数计算（卡数 ÷ 欧盟合计 × 100），2022 年只见于报告正文。",
                "blue_cards = EU Blue Cards granted by the member states (Eurostat migr_resbc1, calendar years). EU27 is the EU total; Germany, Poland, Lithuania and France are issuing states; India, Russia and Türkiye are the holders' citizenships. blue_card_share = percentage of the EU total that year; for 2023 computed from the press page's counts (cards ÷ EU total × 100), for 2022 only in the report's text.",
            ),
            Text::new(
                "新闻页面写波兰 2023 年发放 7,402 张（9.2%），但 7,402 ÷ 89,037 = 8.3%；此处份额按卡数计算。Eurostat 的 2022 年按国家分列数字没有可用的数据文件；2022 年的数值全部取自报告（约 82,000 张，与新闻页面由 2023 年增幅推算的约 81,836 张相符）。2023 年为报告之后的新数据。",
                "The press page says Poland issued 7,402 cards in 2023 (9.2%), but 7,402 ÷ 89,037 = 8.3%; the shares here are computed from the counts. No data file of Eurostat's 2022 breakdown is available; every 2022 value is the report's (about 82,000 cards, consistent with the roughly 81,836 implied by the 2023 growth rate the press gives). 2023 is newer than the report.",
            ),
        ],
    });
    // 2023 counts from one page (thinkeurope.de, Eurostat 2023 data).
    let cells: &[(&str, &str)] = &[
        ("EU27", "blue_cards_granted_EU_total"),
        ("DEU", "blue_cards_granted_Germany"),
        ("POL", "blue_cards_granted_Poland"),
        ("LTU", "blue_cards_granted_Lithuania"),
        ("FRA", "blue_cards_granted_France"),
        ("IND", "blue_cards_citizens_India"),
        ("RUS", "blue_cards_citizens_Russia"),
        ("TUR", "blue_cards_citizens_Turkiye"),
    ];
    let mut counts: Vec<(&str, f64)> = Vec::new();
    for &(entity, measure) in cells {
        let q = press::find(&quotes, measure, Some("2023"), None)?;
        let v = press::value(q).ok_or_else(|| format!("{BLUE_CARDS_PRESS}: {measure}: not a number {:?}", q.value))?;
        if ds.sources.is_empty() {
            ds.sources.push(press::source(Text::new("欧盟统计局（Eurostat）（新闻转述）", "Eurostat (as quoted by the press)"), q, BLUE_CARDS_PRESS));
        }
        if ds.sources[0].url.as_deref() != Some(q.page_url.as_str()) {
            return Err(format!("{BLUE_CARDS_PRESS}: {measure} 2023 is from another page"));
        }
        counts.push((entity, v.value));
    }
    let eu = counts[0].1;
    // The page's own rounded shares must agree with the counts (Germany 77.9 %, India 23.8 %; its
    // "7,402 cards (9.2%)" for Poland does not: 8.3 %, see the notes).
    for (entity, stated) in [("DEU", 77.9), ("IND", 23.8)] {
        let c = counts.iter().find(|c| c.0 == entity).unwrap().1;
        if ((c / eu * 100.0) - stated).abs() > 0.05 {
            return Err(format!("{BLUE_CARDS_PRESS}: {entity} share {} ≠ stated {stated}", c / eu * 100.0));
        }
    }
    for &(entity, c) in &counts {
        common::push(&mut ds, entity, "blue_cards", Kind::Press, 0, at(2023, c));
        if entity != "EU27" {
            common::push(&mut ds, entity, "blue_card_share", Kind::Press, 0, at(2023, c / eu * 100.0));
        }
    }
    common::push_report_frame(&mut ds, "USA", "eb_consular");
    common::set_unit(&mut ds, "blue_card_share", "%", "%");
    for (c, zh, en) in [
        ("eb_consular", "职业类移民签证（境外签发）", "Employment-based immigrant visas issued abroad"),
        ("blue_cards", "欧盟蓝卡", "EU Blue Cards"),
        ("blue_card_share", "占欧盟蓝卡总量比例", "Share of all EU Blue Cards"),
    ] {
        common::label(&mut ds, c, zh, en);
    }
    for (code, zh, en) in [
        ("USA", "美国", "United States"),
        ("EU27", "欧盟（27 国）", "EU-27"),
        ("DEU", "德国（发放国）", "Germany (issuing)"),
        ("POL", "波兰（发放国）", "Poland (issuing)"),
        ("LTU", "立陶宛（发放国）", "Lithuania (issuing)"),
        ("FRA", "法国（发放国）", "France (issuing)"),
        ("IND", "印度公民", "Citizens of India"),
        ("RUS", "俄罗斯公民", "Citizens of Russia"),
        ("TUR", "土耳其公民", "Citizens of Türkiye"),
    ] {
        common::label(&mut ds, code, zh, en);
    }
    Ok(ds)
}

pub fn build(sources: &Path) -> Result<Vec<Dataset>, String> {
    let countries = Countries::load()?;
    let pairs = bilateral_2020(sources)?;
    Ok(vec![
        world_migrants(sources)?,
        by_country(sources, &countries, &pairs, true)?,
        by_country(sources, &countries, &pairs, false)?,
        migration_corridors(&countries, &pairs, sources)?,
        migrant_workers(sources)?,
        skilled_migration(sources)?,
    ])
}

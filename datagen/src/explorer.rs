//! `data/niv_explorer.json` (beyond the report): every nationality × every class of the NIV Detail
//! Table, every fiscal year it has, so readers can compare any countries and visa classes.

use crate::niv::NivTable;
use std::collections::BTreeMap;
use talent_flows_model::explorer::{slug, Explorer, Nationality, Row};
use talent_flows_model::Text;

/// The display spelling of a normalised class: the FY2014–2021 sheets' (with hyphens).
fn display_names(niv: &NivTable) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (norm, shown) in &niv.class_spellings {
        // Prefer a hyphenated spelling ("H-1B") when any sheet has one.
        let e = out.entry(norm.clone()).or_insert_with(|| shown.clone());
        if shown.contains('-') && !e.contains('-') {
            *e = shown.clone();
        }
    }
    out
}

/// Nationalities in the order of their English names, the owner map following them.
fn nationalities_sorted(nationalities: &mut [Nationality], owner: &mut BTreeMap<&str, usize>) {
    let mut order: Vec<usize> = (0..nationalities.len()).collect();
    order.sort_by(|a, b| nationalities[*a].label.en.cmp(&nationalities[*b].label.en));
    let new_index: Vec<usize> = {
        let mut v = vec![0; order.len()];
        for (new, old) in order.iter().enumerate() {
            v[*old] = new;
        }
        v
    };
    for i in owner.values_mut() {
        *i = new_index[*i];
    }
    let old: Vec<Nationality> = nationalities.to_vec();
    for (new, o) in order.iter().enumerate() {
        nationalities[new] = old[*o].clone();
    }
}

/// The State Department's region blocks in both languages.
fn region_label(region: &str) -> Text {
    let zh = match region {
        "Africa" => "非洲",
        "Asia" => "亚洲",
        "Europe" => "欧洲",
        "North America" => "北美洲",
        "Oceania" => "大洋洲",
        "South America" => "南美洲",
        _ => "其他",
    };
    Text::new(zh, region)
}

pub fn build(niv: &NivTable) -> Result<Explorer, String> {
    let countries = crate::countries::Countries::load()?;
    let years = niv.years();
    let (first, last) = (years.first().copied().unwrap_or_default(), years.last().copied().unwrap_or_default());
    let names = display_names(niv);
    let mut regions: Vec<String> = Vec::new();
    let mut nationalities: Vec<Nationality> = Vec::new();
    for r in &niv.rows {
        if !regions.contains(&r.region) {
            regions.push(r.region.clone());
        }
    }
    // One nationality per country, whatever the table called it over the years ("Swaziland", then
    // "Eswatini"), named from the country table in both languages; its code is the slug of its
    // latest spelling, the earlier spellings' slugs stay valid (links keep working). A name under
    // two regions in different years keeps its latest.
    let mut by_country: BTreeMap<String, Vec<(i32, &str, &str)>> = BTreeMap::new();
    for r in &niv.rows {
        let iso = countries
            .by_name(&r.nationality)
            .ok_or_else(|| format!("NIV Detail Table FY{}: no code for the nationality {:?} (add its spelling to {})", r.year, r.nationality, crate::countries::FILE))?;
        let spellings = by_country.entry(iso.to_string()).or_default();
        if !spellings.iter().any(|(y, n, _)| *y == r.year && *n == r.nationality) {
            spellings.push((r.year, &r.nationality, &r.region));
        }
    }
    let mut owner: BTreeMap<&str, usize> = BTreeMap::new();
    for (iso, spellings) in &by_country {
        let (_, latest, region) = spellings.iter().max_by_key(|(y, _, _)| *y).copied().unwrap_or_default();
        let mut table_names: Vec<String> = Vec::new();
        for (_, n, _) in spellings {
            if !table_names.iter().any(|x| x == n) {
                table_names.push(n.to_string());
            }
        }
        // Two spellings in one year would be two rows of one country: they would be added twice.
        for (y, n, _) in spellings {
            if spellings.iter().any(|(y2, n2, _)| y2 == y && n2 != n) {
                return Err(format!("NIV Detail Table FY{y}: {n:?} and another row are both {iso}"));
            }
        }
        let code = slug(latest);
        let aliases: Vec<String> = table_names.iter().map(|n| slug(n)).filter(|c| *c != code).collect();
        if nationalities.iter().any(|n| n.code == code || n.aliases.contains(&code)) {
            return Err(format!("two nationalities share the code {code}"));
        }
        let c = countries.get(iso).ok_or_else(|| format!("{iso}: not in {}", crate::countries::FILE))?;
        // The dashboard's own name for China's row: the mainland (Taiwan, Hong Kong and Macao are rows of their own).
        let label = if iso == "CHN" { Text::new("中国大陆", "China (mainland)") } else { Text::new(c.zh.clone(), c.en.clone()) };
        let present = years.iter().enumerate().filter(|(_, y)| spellings.iter().any(|(sy, _, _)| sy == *y)).map(|(i, _)| i).collect();
        for n in &table_names {
            owner.insert(niv.rows.iter().find(|r| r.nationality == *n).map(|r| r.nationality.as_str()).unwrap_or_default(), nationalities.len());
        }
        nationalities.push(Nationality {
            code,
            name: latest.into(),
            label,
            aliases,
            names: table_names,
            region: regions.iter().position(|r| r == region).unwrap(),
            years: present,
        });
    }
    nationalities_sorted(&mut nationalities, &mut owner);
    let classes: Vec<String> = names.keys().cloned().collect();
    let class_years: Vec<Vec<usize>> = classes.iter().map(|c| years.iter().enumerate().filter(|(_, y)| niv.classes_by_year[y].contains(c)).map(|(i, _)| i).collect()).collect();
    let mut cells: BTreeMap<(usize, usize), Vec<Option<f64>>> = BTreeMap::new();
    for r in &niv.rows {
        let n = owner[r.nationality.as_str()];
        let yi = years.iter().position(|y| *y == r.year).unwrap();
        let present = &niv.classes_by_year[&r.year];
        for (ci, class) in classes.iter().enumerate() {
            if !present.contains(class) {
                continue;
            }
            let v = r.issued.get(class).copied().unwrap_or(0.0);
            let row = cells.entry((n, ci)).or_insert_with(|| vec![None; years.len()]);
            row[yi] = Some(v);
        }
    }
    let rows = cells.into_iter().filter(|(_, v)| v.iter().any(|x| x.is_some_and(|x| x != 0.0))).map(|((n, c), v)| Row(n, c, v)).collect();
    let e = Explorer {
        name: "niv_explorer".into(),
        title: Text::new("美国非移民签证签发量：全部国籍 × 全部签证类别", "US nonimmigrant visas issued: every nationality × every visa class"),
        unit: Text::new("张", "visas issued"),
        years,
        sources: vec![crate::work_visas::niv_source(niv)],
        notes: vec![
            Text::new(
                format!("美国国务院非移民签证明细表的全部数据（{first}–{last} 财年），超出报告范围，供自由比较任意国籍和签证类别。"),
                format!("The whole State Department NIV Detail Table (FY{first}–{last}), beyond the report, to compare any nationalities and visa classes."),
            ),
            Text::new(
                "空值表示该年度表格中没有该国籍或该签证类别（类别设立或取消、国家更名）；0 表示表格中为 0。",
                "A gap means that year's sheet has no such nationality or class (classes are created and retired, countries renamed); 0 means the sheet says 0.",
            ),
            Text::new(
                format!("原表中有少数不是非负整数的单元格，按原样保留：{}。", niv.anomalies.join("；")),
                format!("A few cells in the source are not whole non-negative counts and are kept as published: {}.", niv.anomalies.join("; ")),
            ),
            Text::new(
                format!("“全部类别”为各类别之和，等于原表每行的“Grand Total”列（含边境通行卡 BCC）；原表的“Grand Total”和“Total Visas”两列是合计，不是签证类别。原表中合计与各类别之和不符的行：{}。", niv.total_mismatches.join("；")),
                format!("\"All classes\" is the sum of the classes, which equals each row's own \"Grand Total\" column (border crossing cards included); the table's \"Grand Total\" and \"Total Visas\" columns are totals, not visa classes. Rows whose total disagrees with their classes in the source: {}.", niv.total_mismatches.join("; ")),
            ),
            Text::new(
                "类别名称沿用 2014–2021 财年表格的写法（如 H-1B）；2022 财年起表格去掉了连字符。",
                "Class names are spelt as in the FY2014–2021 sheets (H-1B); from FY2022 the table drops the hyphen.",
            ),
        ],
        region_labels: regions.iter().map(|r| region_label(r)).collect(),
        regions,
        nationalities,
        classes: classes.iter().map(|c| names[c].clone()).collect(),
        class_years,
        rows,
    };
    e.validate()?;
    Ok(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{open_workbook_auto, Data, Reader};

    /// Every nationality's all-class total equals the workbook's own "Grand Total" cell, read here
    /// without the pipeline's reader, in every sheet (but the two FY1998 rows the publisher got wrong).
    #[test]
    fn all_class_totals_equal_the_workbooks_grand_total_column() {
        let sources = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/sources");
        if !sources.exists() {
            eprintln!("skipped: {} is not here", sources.display());
            return;
        }
        // The pipeline reads data-src/ from the project's root, as `make data` runs it.
        std::env::set_current_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")).unwrap();
        let niv = NivTable::load(&sources).unwrap();
        let path = sources.join(&niv.file);
        assert_eq!(niv.total_mismatches.len(), 2, "{:?}", niv.total_mismatches);
        let e = build(&niv).unwrap();
        let mut wb = open_workbook_auto(&path).unwrap();
        let mut checked = 0;
        for sheet in wb.sheet_names() {
            let range = wb.worksheet_range(&sheet).unwrap();
            let mut rows = range.rows();
            let header = rows.next().unwrap();
            let year: i32 = header[0].to_string().trim().strip_prefix("Fiscal Year").unwrap().trim().parse().unwrap();
            let gt = header.iter().position(|c| c.to_string().trim() == "Grand Total").expect("a Grand Total column");
            let yi = e.years.iter().position(|&y| y == year).unwrap();
            for row in rows {
                let (Data::String(name), Some(cell)) = (&row[0], row.get(gt)) else { continue };
                let Some(n) = e.nationalities.iter().position(|x| x.names.iter().any(|s| s == name.trim())) else { continue };
                let stated = match cell {
                    Data::Int(i) => *i as f64,
                    Data::Float(f) => *f,
                    _ => continue,
                };
                if niv.total_mismatches.iter().any(|m| m.starts_with(&format!("FY{year} {}:", name.trim()))) {
                    continue;
                }
                assert_eq!(e.total(n, &[])[yi], Some(stated), "FY{year} {name}");
                checked += 1;
            }
        }
        assert!(checked > 5000, "only {checked} rows checked");
    }
}

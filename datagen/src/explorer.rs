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

pub fn build(niv: &NivTable) -> Result<Explorer, String> {
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
    // Nationalities sorted by name; a name under two regions in different years keeps its latest.
    let mut latest: BTreeMap<&str, &str> = BTreeMap::new();
    for r in &niv.rows {
        latest.insert(&r.nationality, &r.region);
    }
    for (name, region) in &latest {
        let code = slug(name);
        if nationalities.iter().any(|n| n.code == code) {
            return Err(format!("two nationalities share the code {code}"));
        }
        let present = years.iter().enumerate().filter(|(_, y)| niv.rows.iter().any(|r| r.year == **y && r.nationality == *name)).map(|(i, _)| i).collect();
        nationalities.push(Nationality { code, name: (*name).into(), region: regions.iter().position(|r| r == region).unwrap(), years: present });
    }
    let classes: Vec<String> = names.keys().cloned().collect();
    let class_years: Vec<Vec<usize>> = classes.iter().map(|c| years.iter().enumerate().filter(|(_, y)| niv.classes_by_year[y].contains(c)).map(|(i, _)| i).collect()).collect();
    let mut cells: BTreeMap<(usize, usize), Vec<Option<f64>>> = BTreeMap::new();
    for r in &niv.rows {
        let n = nationalities.iter().position(|x| x.name == r.nationality).unwrap();
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
                let Some(n) = e.nationalities.iter().position(|x| x.name == name.trim()) else { continue };
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

//! Reads the State Department's NIV Detail Table workbook ("Nonimmigrant Visa Issuances by Visa Class
//! and by Nationality", FY1997–FY2024): one sheet per fiscal year, nationalities grouped under region
//! header rows, one column per visa class.

use calamine::{open_workbook_auto, Data, Reader};
use std::collections::BTreeMap;
use std::path::Path;

/// One nationality row of one fiscal year.
#[derive(Debug, Clone)]
pub struct NivRow {
    pub year: i32,
    pub region: String,
    pub nationality: String,
    /// Visa class (normalised without hyphens, e.g. `H1B`) → issuances.
    pub issued: BTreeMap<String, f64>,
}

#[derive(Debug, Default)]
pub struct NivTable {
    /// The workbook read, relative to the sources folder.
    pub file: String,
    pub rows: Vec<NivRow>,
    /// Cells that are not whole non-negative counts, as "FY2015 Georgia M2: 0.24".
    pub anomalies: Vec<String>,
    /// Rows whose own total column disagrees with the sum of their class columns (a publisher's slip:
    /// FY1998's two Congos), as "FY1998 Congo…: Grand Total 652, classes 2502". Sums use the classes.
    pub total_mismatches: Vec<String>,
    /// Normalised class → a spelling seen in a sheet header ("H1B" → "H-1B").
    pub class_spellings: Vec<(String, String)>,
    /// The classes each year's sheet has a column for (normalised).
    pub classes_by_year: BTreeMap<i32, Vec<String>>,
}

/// Class names changed spelling in FY2022 ("H-1B" → "H1B"); compare them without hyphens or spaces.
pub fn normalise_class(name: &str) -> String {
    name.chars().filter(|c| !matches!(c, '-' | ' ')).collect::<String>().to_uppercase()
}

/// The sheets' own row-total columns ("Grand Total", "Total Visas"): sums of the class columns, not
/// classes. Summing them with the classes counted every visa three times (the explorer's first
/// release did); they are read only to check the class columns against them.
pub fn is_total_column(normalised: &str) -> bool {
    matches!(normalised, "GRANDTOTAL" | "TOTALVISAS" | "TOTAL")
}

fn cell_text(c: &Data) -> Option<String> {
    match c {
        Data::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        _ => None,
    }
}

/// Counts as published. A handful of cells are not whole non-negative numbers (FY2010 Switzerland
/// −1; FY2015 Georgia M-2: 0.24). They are kept as they are, not rounded or clipped, so sums
/// equal the workbook's own totals, and listed in [`NivTable::anomalies`].
fn cell_number(c: &Data) -> Result<Option<f64>, String> {
    match c {
        Data::Empty => Ok(None),
        Data::Int(i) => Ok(Some(*i as f64)),
        Data::Float(f) => Ok(Some(*f)),
        // Some sheets store a few counts as text ("1,234"); anything else is an error, not a zero.
        Data::String(s) => {
            let t = s.trim().replace(',', "");
            if t.is_empty() || t == "-" {
                Ok(None)
            } else {
                t.parse::<f64>().map(Some).map_err(|_| format!("not a count: {s:?}"))
            }
        }
        other => Err(format!("not a count: {other:?}")),
    }
}

fn sheet_year(title: &str) -> Result<i32, String> {
    // Row 1, column A reads "Fiscal Year 2014".
    title.trim().strip_prefix("Fiscal Year").and_then(|y| y.trim().parse().ok()).ok_or_else(|| format!("unexpected sheet title {title:?}"))
}

/// The folder the State Department's workbook is dropped into (one `.xlsx`: a new release replaces
/// the old, whatever its file name says).
pub const FOLDER: &str = "us-visas/niv-detail-table";

/// The one workbook in [`FOLDER`], relative to `sources`.
pub fn find(sources: &Path) -> Result<String, String> {
    let dir = sources.join(FOLDER);
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".xlsx") && !n.starts_with('~'))
        .collect();
    found.sort();
    match found.as_slice() {
        [one] => Ok(format!("{FOLDER}/{one}")),
        [] => Err(format!("{}: no NIV Detail Table workbook (.xlsx)", dir.display())),
        many => Err(format!("{}: {} workbooks ({}); keep only the newest release", dir.display(), many.len(), many.join(", "))),
    }
}

impl NivTable {
    /// Reads the workbook in [`FOLDER`].
    pub fn load(sources: &Path) -> Result<NivTable, String> {
        let file = find(sources)?;
        let mut t = NivTable::read(&sources.join(&file))?;
        t.file = file;
        Ok(t)
    }

    pub fn read(path: &Path) -> Result<NivTable, String> {
        let mut wb = open_workbook_auto(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut table = NivTable::default();
        for sheet in wb.sheet_names() {
            let range = wb.worksheet_range(&sheet).map_err(|e| format!("{sheet}: {e}"))?;
            let mut rows = range.rows();
            let header = rows.next().ok_or_else(|| format!("{sheet}: empty sheet"))?;
            let year = sheet_year(&cell_text(&header[0]).unwrap_or_default()).map_err(|e| format!("{sheet}: {e}"))?;
            let classes: Vec<Option<String>> = header.iter().map(|c| cell_text(c).map(|s| normalise_class(&s))).collect();
            for c in header.iter().skip(1).filter_map(cell_text).filter(|c| !is_total_column(&normalise_class(c))) {
                let pair = (normalise_class(&c), c.clone());
                if !table.class_spellings.contains(&pair) {
                    table.class_spellings.push(pair);
                }
            }
            table.classes_by_year.insert(year, classes.iter().skip(1).flatten().filter(|c| !is_total_column(c)).cloned().collect());
            let body: Vec<&[Data]> = rows.collect();
            // Region headers are the names that have a "Totals for <region>" row; a header row may
            // carry zeros (FY2023's "Asia"), so emptiness alone cannot tell them from nationalities.
            let regions: Vec<String> =
                body.iter().filter_map(|r| r.first().and_then(cell_text)).filter_map(|n| n.strip_prefix("Totals for").map(|r| r.trim().to_string())).collect();
            let mut region: Option<String> = None;
            let mut stated_totals: Vec<(String, BTreeMap<String, f64>)> = Vec::new();
            for row in body {
                let Some(name) = row.first().and_then(cell_text) else { continue };
                if name.starts_with("Grand Total") {
                    continue;
                }
                if regions.contains(&name) {
                    region = Some(name);
                    continue;
                }
                let mut issued = BTreeMap::new();
                let mut row_totals: Vec<(String, f64)> = Vec::new();
                for (i, c) in row.iter().enumerate().skip(1) {
                    let Some(Some(class)) = classes.get(i) else { continue };
                    let number = cell_number(c).map_err(|e| format!("{sheet} {name} {class}: {e}"))?;
                    if is_total_column(class) {
                        row_totals.extend(number.map(|n| (class.clone(), n)));
                        continue;
                    }
                    if let Some(n) = number {
                        if n != 0.0 {
                            if n < 0.0 || n.fract() != 0.0 {
                                table.anomalies.push(format!("FY{year} {name} {class}: {n}"));
                            }
                            *issued.entry(class.clone()).or_insert(0.0) += n;
                        }
                    }
                }
                // "Grand Total" is every class; "Total Visas" leaves out the border crossing cards.
                let sum: f64 = issued.values().sum();
                let bcc = issued.get("BCC").copied().unwrap_or(0.0);
                for (column, n) in &row_totals {
                    let expected = if column == "TOTALVISAS" { sum - bcc } else { sum };
                    if (n - expected).abs() > 1e-6 {
                        table.total_mismatches.push(format!("FY{year} {name}: {} {n}, classes {expected}", if column == "TOTALVISAS" { "Total Visas" } else { "Grand Total" }));
                    }
                }
                if let Some(r) = name.strip_prefix("Totals for") {
                    stated_totals.push((r.trim().to_string(), issued));
                    continue;
                }
                let region = region.clone().ok_or_else(|| format!("{sheet}: row {name:?} before any region"))?;
                table.rows.push(NivRow { year, region, nationality: name, issued });
            }
            table.check_region_totals(year, &stated_totals).map_err(|e| format!("{sheet}: {e}"))?;
        }
        table.rows.sort_by(|a, b| (a.year, &a.region, &a.nationality).cmp(&(b.year, &b.region, &b.nationality)));
        Ok(table)
    }

    /// The workbook's own "Totals for <region>" rows (cached formula values) must equal the sum of
    /// their nationality rows; a mismatch means the sheet was misread.
    fn check_region_totals(&self, year: i32, stated: &[(String, BTreeMap<String, f64>)]) -> Result<(), String> {
        for (region, classes) in stated {
            if classes.is_empty() {
                continue; // formulas without cached values: nothing to compare
            }
            for (class, n) in classes {
                let sum = self.sum(year, |r| &r.region == region, |c| c == class);
                if (sum - n).abs() > 1e-6 {
                    return Err(format!("Totals for {region}, {class}: stated {n}, rows sum to {sum}"));
                }
            }
        }
        Ok(())
    }

    pub fn years(&self) -> Vec<i32> {
        let mut y: Vec<i32> = self.rows.iter().map(|r| r.year).collect();
        y.dedup();
        y
    }

    /// Sum over rows matching `pick`, of classes matching `class`.
    pub fn sum(&self, year: i32, pick: impl Fn(&NivRow) -> bool, class: impl Fn(&str) -> bool) -> f64 {
        self.rows.iter().filter(|r| r.year == year && pick(r)).flat_map(|r| r.issued.iter()).filter(|(c, _)| class(c)).map(|(_, n)| n).sum()
    }
}

//! The policy tables (1, 4, 5) as the reader filters them: which rows match the search, and the
//! CSV of what is shown.

use super::csv::text_csv;
use crate::data::texts::PolicyTable;
use crate::i18n::Lang;

/// Whether row `row` of `t` contains `q` (case-insensitive) in either language.
pub fn matches(t: &PolicyTable, row: usize, q: &str) -> bool {
    let q = q.trim().to_lowercase();
    q.is_empty() || t.rows[row].cells.iter().any(|c| c.zh.to_lowercase().contains(&q) || c.en.to_lowercase().contains(&q))
}

/// The rows that match `q`, by index.
pub fn shown_rows(t: &PolicyTable, q: &str) -> Vec<usize> {
    (0..t.rows.len()).filter(|&r| matches(t, r, q)).collect()
}

/// The shown rows as CSV, in the reader's language.
pub fn csv(t: &PolicyTable, q: &str, lang: Lang) -> String {
    let header: Vec<String> = t.columns.iter().map(|c| lang.pick(c).to_string()).collect();
    let rows: Vec<Vec<String>> = shown_rows(t, q).into_iter().map(|r| t.rows[r].cells.iter().map(|c| lang.pick(c).to_string()).collect()).collect();
    text_csv(&header, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::texts::PolicyRow;
    use crate::data::Text;

    fn table() -> PolicyTable {
        let row = |zh: &str, en: &str| PolicyRow { cells: vec![Text::new(zh, en), Text::new("2019", "2019")] };
        PolicyTable {
            number: 1,
            title: Text::default(),
            source: None,
            columns: vec![Text::new("政策", "Policy"), Text::new("年份", "Year")],
            rows: vec![row("H-1B 签证", "H-1B visas"), row("绿卡", "Green cards, \"EB\"")],
        }
    }

    #[test]
    fn search_either_language_and_write_what_is_shown() {
        let t = table();
        assert_eq!(shown_rows(&t, "h-1b"), vec![0]);
        assert_eq!(shown_rows(&t, "绿卡"), vec![1]);
        assert_eq!(shown_rows(&t, "  "), vec![0, 1]);
        assert_eq!(csv(&t, "green", Lang::En), "\u{feff}Policy,Year\r\n\"Green cards, \"\"EB\"\"\",2019\r\n");
    }
}

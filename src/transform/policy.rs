//! The policy tables (1, 4, 5) as the reader filters them: which rows match the search, and the
//! CSV of what is shown.

use super::csv::text_csv;
use crate::data::texts::PolicyTable;
use crate::i18n::Lang;

/// Text as search compares it: lower case, without spaces, hyphens or dashes ("H-1B", "h1b" and
/// "H 1B" are one).
fn folded(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '‐' | '–' | '—' | '_')).map(super::lower_char).collect()
}

/// Whether row `row` of `t` contains `q` in either language, whatever the case, spaces and hyphens.
pub fn matches(t: &PolicyTable, row: usize, q: &str) -> bool {
    let q = folded(q);
    q.is_empty() || t.rows[row].cells.iter().any(|c| folded(&c.zh).contains(&q) || folded(&c.en).contains(&q))
}

/// Whether a cell is a number or a year (it is right-aligned).
pub fn is_number(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '%' | '–' | '-'))
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
        assert_eq!(shown_rows(&t, "h1b"), vec![0], "hyphens aside");
        assert_eq!(shown_rows(&t, "H 1 B"), vec![0], "spaces aside");
        assert!(is_number("2019") && is_number("1,200") && !is_number("H-1B"));
        assert_eq!(shown_rows(&t, "绿卡"), vec![1]);
        assert_eq!(shown_rows(&t, "  "), vec![0, 1]);
        assert_eq!(csv(&t, "green", Lang::En), "\u{feff}Policy,Year\r\n\"Green cards, \"\"EB\"\"\",2019\r\n");
    }
}

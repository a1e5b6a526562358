//! Press-quote files (`*_press_quotes.csv` under ../shared/sources): numbers typed from stored web
//! pages that quote a publisher, one row per quoted sentence, with the page and the exact snippet.
//! Values are read as written (decimal text, scaled exactly to persons), never re-rounded.

#![allow(dead_code)] // each builder that declares this module uses a different part of it

use crate::common;
use std::path::Path;
use talent_flows_model::{Kind, Source, Text};

#[derive(Clone, Debug)]
pub struct Quote {
    pub measure: String,
    pub year: String,
    pub value: String,
    pub unit: String,
    pub status: String,
    pub page_url: String,
    pub page: String,
    pub quote: String,
    pub note: String,
}

impl Quote {
    /// Stated on the page as a plain number (not approximate, rounded, derived or secondary).
    pub fn stated(&self) -> bool {
        self.status.trim() == "stated"
    }

    pub fn year(&self) -> Option<i32> {
        self.year.trim().parse().ok()
    }
}

pub fn read(path: &Path) -> Result<Vec<Quote>, String> {
    let (h, rows) = common::csv_rows(path)?;
    let c = |n: &str| common::col(&h, n);
    let (m, y, v, u, s, url, p, q, n) = (c("measure")?, c("year")?, c("value")?, c("unit")?, c("status")?, c("page_url")?, c("page_title_or_publisher")?, c("quote")?, c("note")?);
    let get = |r: &Vec<String>, i: usize| r.get(i).cloned().unwrap_or_default();
    Ok(rows
        .iter()
        .map(|r| Quote {
            measure: get(r, m),
            year: get(r, y),
            value: get(r, v),
            unit: get(r, u),
            status: get(r, s),
            page_url: get(r, url),
            page: get(r, p),
            quote: get(r, q),
            note: get(r, n),
        })
        .collect())
}

/// A decimal number as written, times 10^`pow10`: the value and its last stated digit (`ulp`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dec {
    pub value: f64,
    pub ulp: f64,
}

fn pow10(e: i32) -> f64 {
    10f64.powi(e)
}

/// Parses "11.73", "114,663", "52150" or "16万2695" exactly, scaled by 10^`scale` ("万" numbers are
/// taken as whole persons). None for anything else ("about 24", "突破44万").
pub fn decimal(text: &str, scale: i32) -> Option<Dec> {
    let t = text.trim().replace(',', "");
    if let Some((a, b)) = t.split_once('万') {
        let (a, b) = (decimal(a, 4)?, if b.is_empty() { Dec { value: 0.0, ulp: 1e4 } } else { decimal(b, 0)? });
        return Some(Dec { value: a.value + b.value, ulp: b.ulp.min(a.ulp) });
    }
    let (int, frac) = t.split_once('.').unwrap_or((&t, ""));
    if int.is_empty() || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mantissa: i64 = format!("{int}{frac}").parse().ok()?;
    let e = scale - frac.len() as i32;
    let value = if e >= 0 { mantissa as f64 * pow10(e) } else { mantissa as f64 / pow10(-e) };
    Some(Dec { value, ulp: pow10(e) })
}

/// The scale of a unit column: "万人" = 10^4, "million…" = 10^6, persons, cards, % = 1.
pub fn unit_scale(unit: &str) -> Option<i32> {
    let u = unit.trim();
    if u.starts_with("万人") {
        Some(4)
    } else if u.starts_with("million") {
        Some(6)
    } else if u.starts_with('人') || u.starts_with("persons") || u.starts_with("cards") || u == "%" {
        Some(0)
    } else {
        None
    }
}

/// A row's value in plain units (persons, cards, %), exactly as written.
pub fn value(q: &Quote) -> Option<Dec> {
    decimal(&q.value, unit_scale(&q.unit)?)
}

/// The number between `before` and `after` in a quote ("比2017年增加了3,013人" → 3013), scaled.
pub fn number_in(quote: &str, before: &str, after: &str, scale: i32) -> Option<Dec> {
    let rest = &quote[quote.find(before)? + before.len()..];
    decimal(&rest[..rest.find(after)?], scale)
}

/// The one row with this measure (and, if given, this year and a page address containing `page`).
pub fn find<'a>(quotes: &'a [Quote], measure: &str, year: Option<&str>, page: Option<&str>) -> Result<&'a Quote, String> {
    let hits: Vec<&Quote> = quotes.iter().filter(|q| q.measure == measure && year.is_none_or(|y| q.year == y) && page.is_none_or(|p| q.page_url.contains(p))).collect();
    match hits.as_slice() {
        [one] => Ok(one),
        [] => Err(format!("no press quote for {measure} {year:?} {page:?}")),
        _ => Err(format!("{} press quotes for {measure} {year:?} {page:?}", hits.len())),
    }
}

/// A press source: the publisher's release as a web page quotes it.
pub fn source(publisher: Text, page: &Quote, file: &str) -> Source {
    Source {
        kind: Kind::Press,
        publisher,
        table: Text::new(page.page.clone(), page.page.clone()),
        file: file.into(),
        url: page.page_url.starts_with("http").then(|| page.page_url.clone()),
        published: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_scale_exactly() {
        assert_eq!(decimal("11.73", 4).unwrap().value, 117300.0);
        assert_eq!(decimal("33.97", 4).unwrap().value - decimal("5.50", 4).unwrap().value, 284700.0);
        assert_eq!(decimal("24.1", 6).unwrap().value, 24_100_000.0);
        assert_eq!(decimal("114,663", 0).unwrap().value, 114663.0);
        assert_eq!(decimal("16万2695", 0).unwrap().value, 162695.0);
        assert_eq!(decimal("41.4", 0).unwrap().value, 41.4);
        assert_eq!(decimal("13.4", 4).unwrap().ulp, 1000.0);
        assert!(decimal("about 24 each", 6).is_none());
        assert!(decimal("突破44万", 0).is_none());
    }
}

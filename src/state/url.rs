//! URL query string ⇄ [`ViewState`]. Parsing never fails: anything it cannot use becomes the
//! default plus a [`Notice`] that the page shows (as text, never as HTML).
//!
//! Keys: view, chart, regions, classes | levels, from, to, mode, base, scale, type, tab, lang,
//! theme, embed, decal, q, layout, year, top, step, region. Defaults are left out when serialising (except `view`).

use super::{ChartType, Filter, Layout, Mode, Scale, Tab, Theme, View, ViewState, TOP_CHOICES};
use crate::i18n::Lang;

pub const KEYS: &[&str] = &[
    "view", "chart", "regions", "classes", "levels", "from", "to", "mode", "base", "scale", "type", "tab", "lang", "theme", "embed", "decal", "q", "layout", "year", "top", "step",
    "region",
];

/// Keys that hosts and link trackers add; they are ignored without a notice.
fn is_foreign_key(k: &str) -> bool {
    k.starts_with("utm_") || matches!(k, "fbclid" | "gclid" | "ref" | "")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownKey,
    BadValue,
    Duplicate,
    Swapped,
    /// A known key that this view has no use for.
    NotInView,
    /// A year or a code the data do not have (known once they are loaded): left out.
    NotInData,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub key: String,
    /// The offending value, shortened for display.
    pub value: String,
    pub problem: Problem,
}

impl Notice {
    /// `key=value` names what the data do not have, and was left out.
    pub fn not_in_data(key: &str, value: &str) -> Notice {
        Notice { key: key.to_string(), value: shorten(value), problem: Problem::NotInData }
    }
}

/// Years a link may name. Which of them the data have is known only once they are loaded: a year
/// without data is then left out, and said so (`ViewState::drop_years_outside`).
pub const YEARS: std::ops::RangeInclusive<i32> = 1950..=2100;

const SHOW_CHARS: usize = 40;
/// Longest accepted search text and the most entities/categories a link may pick.
const MAX_SEARCH: usize = 100;
const MAX_PICKS: usize = 12;

fn shorten(s: &str) -> String {
    if s.chars().count() > SHOW_CHARS {
        s.chars().take(SHOW_CHARS).collect::<String>() + "…"
    } else {
        s.to_string()
    }
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte; a broken escape is
/// kept literally, and invalid UTF-8 is replaced, so any input decodes to something.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes everything but unreserved characters (and `~`, the list separator).
pub fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Splits a query string (with or without the leading `?`) into decoded key/value pairs, in order.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

/// A code the data may know (explorer nationalities, classes): short, printable, no markup.
fn plausible_code(s: &str) -> bool {
    !s.is_empty() && s.len() <= 60 && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ',' | '/' | '_' | '.'))
}

/// Picks a list of codes from `allowed` (case-insensitively, canonical order), or any plausible
/// code when the data decide. Returns the picks and whether anything was dropped.
fn pick_list(v: &str, allowed: &[&str], data_driven: bool) -> (Vec<String>, bool) {
    let mut picked: Vec<String> = Vec::new();
    let mut dropped = false;
    for code in v.split('~').map(str::trim).filter(|c| !c.is_empty()) {
        let found = if data_driven { plausible_code(code).then(|| code.to_string()) } else { allowed.iter().find(|a| a.eq_ignore_ascii_case(code)).map(|a| a.to_string()) };
        match found {
            Some(c) if !picked.contains(&c) && picked.len() < MAX_PICKS => picked.push(c),
            Some(_) => {}
            None => dropped = true,
        }
    }
    if !data_driven {
        picked.sort_by_key(|x| allowed.iter().position(|a| a == x));
    }
    (picked, dropped)
}

/// A ranking's length: one of the offered choices, or `all`.
fn top(v: &str) -> Option<Option<usize>> {
    if v == "all" {
        return Some(None);
    }
    v.parse::<usize>().ok().filter(|n| TOP_CHOICES.contains(n)).map(Some)
}

/// The values that switch a flag (`embed`, `decal`) on, and off.
pub const FLAG_ON: &[&str] = &["1", "true"];
const FLAG_OFF: &[&str] = &["0", "false"];

fn flag(v: &str) -> Option<bool> {
    if FLAG_ON.contains(&v) {
        Some(true)
    } else if FLAG_OFF.contains(&v) {
        Some(false)
    } else {
        None
    }
}

pub fn parse(query: &str) -> (ViewState, Vec<Notice>) {
    let mut notices = Vec::new();
    let mut values: Vec<(String, String)> = Vec::new();
    for (k, v) in pairs(query) {
        if is_foreign_key(&k) {
            continue;
        }
        if !KEYS.contains(&k.as_str()) {
            notices.push(Notice { key: shorten(&k), value: shorten(&v), problem: Problem::UnknownKey });
        } else if values.iter().any(|(seen, _)| *seen == k) {
            notices.push(Notice { key: k.clone(), value: shorten(&v), problem: Problem::Duplicate });
        } else {
            values.push((k, v));
        }
    }
    let mut bad = |key: &str, v: &str, problem: Problem| notices.push(Notice { key: key.into(), value: shorten(v), problem });
    let get = |key: &str| values.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());

    let view = match get("view") {
        // A chart's id names one figure: a link with the id alone (an embed code cut short) opens
        // the view that has it.
        None => get("chart").and_then(|c| View::ALL.iter().copied().find(|v| v.spec().figure(c).is_some())).unwrap_or(View::DEFAULT),
        Some(v) => View::from_slug(v.trim()).unwrap_or_else(|| {
            bad("view", v, Problem::BadValue);
            View::DEFAULT
        }),
    };
    let spec = view.spec();
    let mut s = ViewState::default_for(view);
    // A key this view has no control for is reported, not silently dropped.
    let usable = |key: &str| match key {
        "regions" => view.has(Filter::Regions),
        "classes" | "levels" => view.has(Filter::Categories) && spec.category_key == key,
        "from" | "to" => view.has(Filter::Years),
        "mode" | "base" => view.has(Filter::Mode),
        "scale" => view.has(Filter::Scale),
        "type" => view.has(Filter::Type),
        "q" => view.has(Filter::Search),
        "layout" | "year" | "top" => view.has(Filter::Layout),
        "step" => view == View::Story,
        "region" => view == View::Profile,
        _ => true,
    };
    for (k, v) in &values {
        if !usable(k) {
            bad(k, v, Problem::NotInView);
        }
    }
    let get = |key: &str| if usable(key) { get(key) } else { None };

    if let Some(v) = get("regions") {
        let (picked, dropped) = pick_list(v, spec.regions, spec.data_entities);
        if dropped || picked.is_empty() {
            bad("regions", v, Problem::BadValue);
        }
        if !picked.is_empty() {
            s.regions = picked;
        }
    }
    if let Some(v) = get(spec.category_key) {
        let (picked, dropped) = pick_list(v, spec.categories, spec.data_categories);
        if dropped || (picked.is_empty() && !spec.data_categories) {
            bad(spec.category_key, v, Problem::BadValue);
        }
        if !picked.is_empty() || spec.data_categories {
            s.categories = picked;
        }
    }

    let year = |v: &str| v.trim().parse::<i32>().ok().filter(|y| YEARS.contains(y));
    if let Some(v) = get("from") {
        match year(v) {
            Some(y) => s.from = Some(y),
            None => bad("from", v, Problem::BadValue),
        }
    }
    if let Some(v) = get("to") {
        match year(v) {
            Some(y) => s.to = Some(y),
            None => bad("to", v, Problem::BadValue),
        }
    }
    if let (Some(from), Some(to)) = (s.from, s.to) {
        if from > to {
            bad("from", &format!("{from}–{to}"), Problem::Swapped);
            std::mem::swap(&mut s.from, &mut s.to);
        }
    }
    s.normalize_years();
    if let Some(v) = get("base") {
        match year(v) {
            Some(y) => s.base = y,
            None => bad("base", v, Problem::BadValue),
        }
    }
    if let Some(v) = get("mode") {
        match Mode::parse(v).filter(|m| spec.modes.contains(m)) {
            Some(m) => s.mode = m,
            None => bad("mode", v, Problem::BadValue),
        }
    }
    macro_rules! simple {
        ($key:literal, $parse:expr, $field:ident) => {
            if let Some(v) = get($key) {
                match $parse(v) {
                    Some(x) => s.$field = x,
                    None => bad($key, v, Problem::BadValue),
                }
            }
        };
    }
    simple!("scale", Scale::parse, scale);
    simple!("type", ChartType::parse, chart_type);
    simple!("tab", Tab::parse, tab);
    simple!("lang", |v: &str| Lang::parse(v).map(Some), lang);
    simple!("theme", |v: &str| Theme::parse(v).map(Some), theme);
    simple!("chart", |v: &str| spec.figure(v).map(|f| Some(f.id)), chart);
    simple!("embed", flag, embed);
    simple!("layout", Layout::parse, layout);
    simple!("year", |v: &str| year(v).map(Some), year);
    simple!("top", top, top);
    simple!("region", |v: &str| spec.regions.iter().find(|r| r.eq_ignore_ascii_case(v.trim())).map(|r| vec![r.to_string()]), regions);
    simple!("step", |v: &str| v.trim().parse::<usize>().ok().filter(|n| crate::catalog::story::step(*n).is_some()), step);
    // The explorer's chart asked for by id decides its layout: an embed of the ranking needs no
    // `layout`, and the lines' id never shows a ranking.
    match s.chart {
        Some(id) if id == crate::catalog::explorer::RANK.id && !s.layout.ranks() => s.layout = Layout::Rank,
        Some(id) if id == crate::catalog::explorer::TOTALS.id => s.layout = Layout::Lines,
        _ => {}
    }
    simple!("decal", flag, decal);
    if let Some(v) = get("q") {
        if v.chars().count() > MAX_SEARCH || v.chars().any(char::is_control) {
            bad("q", v, Problem::BadValue);
        } else {
            s.search = v.to_string();
        }
    }
    (s, notices)
}

/// The query string for a state, without the `?`. `view` is always written, so a link keeps its
/// meaning if the default view changes; everything else only when it differs from the default.
pub fn serialize(s: &ViewState) -> String {
    let spec = s.view.spec();
    let d = ViewState::default_for(s.view);
    let mut parts = vec![format!("view={}", spec.slug)];
    let list = |v: &[String]| v.iter().map(|c| encode(c)).collect::<Vec<_>>().join("~");
    if let Some(c) = &s.chart {
        parts.push(format!("chart={}", encode(c)));
    }
    if s.layout != Layout::Lines {
        parts.push(format!("layout={}", s.layout.code()));
    }
    if let Some(y) = s.year {
        parts.push(format!("year={y}"));
    }
    if s.top != Some(super::TOP_DEFAULT) {
        parts.push(format!("top={}", s.top.map(|n| n.to_string()).unwrap_or_else(|| "all".into())));
    }
    if s.regions != d.regions {
        // A profile shows one origin (`region`); other views compare several (`regions`).
        parts.push(format!("{}={}", if s.view == View::Profile { "region" } else { "regions" }, list(&s.regions)));
    }
    if s.categories != d.categories && !spec.category_key.is_empty() {
        parts.push(format!("{}={}", spec.category_key, list(&s.categories)));
    }
    if let Some(from) = s.from {
        parts.push(format!("from={from}"));
    }
    if let Some(to) = s.to {
        parts.push(format!("to={to}"));
    }
    if s.mode != d.mode {
        parts.push(format!("mode={}", s.mode.code()));
    }
    if s.base != d.base {
        parts.push(format!("base={}", s.base));
    }
    if s.scale != d.scale {
        parts.push(format!("scale={}", s.scale.code()));
    }
    if s.chart_type != d.chart_type {
        parts.push(format!("type={}", s.chart_type.code()));
    }
    if s.tab != d.tab {
        parts.push(format!("tab={}", s.tab.code()));
    }
    if let Some(l) = s.lang {
        parts.push(format!("lang={}", l.code()));
    }
    if let Some(t) = s.theme {
        parts.push(format!("theme={}", t.code()));
    }
    if s.step != d.step {
        parts.push(format!("step={}", s.step));
    }
    if s.embed {
        parts.push("embed=1".into());
    }
    if s.decal {
        parts.push("decal=1".into());
    }
    if !s.search.is_empty() {
        parts.push(format!("q={}", encode(&s.search)));
    }
    parts.join("&")
}

#[cfg(test)]
mod tests;

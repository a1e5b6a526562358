//! URL query string ⇄ [`ViewState`]. Parsing never fails: anything it cannot use becomes the
//! default plus a [`Notice`] that the page shows (as text, never as HTML).

use super::{Mode, Region, Tab, View, ViewState};
use crate::i18n::Lang;

/// Keys this version understands. Later keys (scale, theme, chart, embed, …) are added here.
pub const KEYS: &[&str] = &["view", "regions", "from", "to", "mode", "base", "tab", "lang"];

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
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub key: String,
    /// The offending value, shortened for display.
    pub value: String,
    pub problem: Problem,
}

const SHOW_CHARS: usize = 40;

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

pub fn parse(query: &str) -> (ViewState, Vec<Notice>) {
    let mut notices = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut values: Vec<(String, String)> = Vec::new();
    for (k, v) in pairs(query) {
        if is_foreign_key(&k) {
            continue;
        }
        if !KEYS.contains(&k.as_str()) {
            notices.push(Notice { key: shorten(&k), value: shorten(&v), problem: Problem::UnknownKey });
        } else if seen.contains(&k) {
            notices.push(Notice { key: k.clone(), value: shorten(&v), problem: Problem::Duplicate });
        } else {
            seen.push(k.clone());
            values.push((k, v));
        }
    }
    let mut swapped = None;
    let get = |key: &str| values.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let mut bad = |key: &str, v: &str| notices.push(Notice { key: key.into(), value: shorten(v), problem: Problem::BadValue });

    let view = match get("view") {
        None => View::WorkVisas,
        Some(v) => View::from_slug(v).unwrap_or_else(|| {
            bad("view", v);
            View::WorkVisas
        }),
    };
    let spec = view.spec();
    let mut s = ViewState::default_for(view);

    if let Some(v) = get("regions") {
        let mut picked: Vec<Region> = Vec::new();
        let mut unknown = false;
        for code in v.split(['~', ',', ' ']).filter(|c| !c.is_empty()) {
            match Region::parse(code).filter(|r| spec.regions.contains(r)) {
                Some(r) if !picked.contains(&r) => picked.push(r),
                Some(_) => {}
                None => unknown = true,
            }
        }
        if unknown || picked.is_empty() {
            bad("regions", v);
        }
        if !picked.is_empty() {
            picked.sort_by_key(|r| spec.regions.iter().position(|o| o == r));
            s.regions = picked;
        }
    }

    let year = |v: &str| v.trim().parse::<i32>().ok().filter(|y| (spec.years.0..=spec.years.1).contains(y));
    if let Some(v) = get("from") {
        match year(v) {
            Some(y) => s.from = y,
            None => bad("from", v),
        }
    }
    if let Some(v) = get("to") {
        match year(v) {
            Some(y) => s.to = y,
            None => bad("to", v),
        }
    }
    if s.from > s.to {
        swapped = Some(format!("{}–{}", s.from, s.to));
        std::mem::swap(&mut s.from, &mut s.to);
    }
    if let Some(v) = get("base") {
        match year(v) {
            Some(y) => s.base = y,
            None => bad("base", v),
        }
    }
    if let Some(v) = get("mode") {
        match Mode::parse(v) {
            Some(m) => s.mode = m,
            None => bad("mode", v),
        }
    }
    if let Some(v) = get("tab") {
        match Tab::parse(v) {
            Some(t) => s.tab = t,
            None => bad("tab", v),
        }
    }
    if let Some(v) = get("lang") {
        match Lang::parse(v) {
            Some(l) => s.lang = Some(l),
            None => bad("lang", v),
        }
    }
    if let Some(value) = swapped {
        notices.push(Notice { key: "from".into(), value, problem: Problem::Swapped });
    }
    (s, notices)
}

/// The query string for a state, without the `?`. `view` is always written, so a link keeps its
/// meaning if the default view changes; everything else only when it differs from the default.
pub fn serialize(s: &ViewState) -> String {
    let spec = s.view.spec();
    let d = ViewState::default_for(s.view);
    let mut parts = vec![format!("view={}", spec.slug)];
    if s.regions != d.regions {
        parts.push(format!("regions={}", s.regions.iter().map(|r| r.code()).collect::<Vec<_>>().join("~")));
    }
    if s.from != d.from {
        parts.push(format!("from={}", s.from));
    }
    if s.to != d.to {
        parts.push(format!("to={}", s.to));
    }
    if s.mode != d.mode {
        parts.push(format!("mode={}", s.mode.code()));
    }
    if s.base != d.base {
        parts.push(format!("base={}", s.base));
    }
    if s.tab != d.tab {
        parts.push(format!("tab={}", s.tab.code()));
    }
    if let Some(l) = s.lang {
        parts.push(format!("lang={}", l.code()));
    }
    parts.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_issue_example() {
        let (s, n) = parse("?view=work-visas&regions=CN~EU~IN&from=2014&to=2023&mode=abs&tab=chart");
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(s, ViewState::default());
    }

    #[test]
    fn table_of_queries() {
        use Problem::*;
        // (query, regions, from, to, mode, tab, problems)
        let cases: Vec<(&str, &str, i32, i32, Mode, Tab, Vec<Problem>)> = vec![
            ("", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
            ("regions=IN", "IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
            ("regions=in~cn", "CN~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
            ("regions=CN%7EIN", "CN~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
            ("regions=CN~XX", "CN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
            ("regions=", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
            ("regions=CN~CN", "CN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
            ("from=2016&to=2020", "CN~EU~IN", 2016, 2020, Mode::Abs, Tab::Chart, vec![]),
            ("from=2020&to=2016", "CN~EU~IN", 2016, 2020, Mode::Abs, Tab::Chart, vec![Swapped]),
            ("from=1900", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
            ("to=-5", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
            ("to=99999999999999", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
            ("to=2024", "CN~EU~IN", 2014, 2024, Mode::Abs, Tab::Chart, vec![]),
            ("mode=index", "CN~EU~IN", 2014, 2023, Mode::Index, Tab::Chart, vec![]),
            ("mode=INDEX", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
            ("tab=table", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Table, vec![]),
            ("tab=<script>", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
            ("mode=abs&mode=index", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![Duplicate]),
            ("colour=red", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![UnknownKey]),
            ("utm_source=news&fbclid=x", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
            ("view=nope", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
            ("%E4%B8%AD=%FF%FE&&&=", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![UnknownKey]),
            ("from=%", "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
        ];
        for (q, regions, from, to, mode, tab, problems) in cases {
            let (s, n) = parse(q);
            let got: Vec<&str> = s.regions.iter().map(|r| r.code()).collect();
            assert_eq!(got.join("~"), regions, "{q}");
            assert_eq!((s.from, s.to, s.mode, s.tab), (from, to, mode, tab), "{q}");
            assert_eq!(n.iter().map(|n| n.problem).collect::<Vec<_>>(), problems, "{q}");
        }
    }

    #[test]
    fn notices_are_shortened() {
        let long = "x".repeat(5000);
        let (_, n) = parse(&format!("from={long}"));
        assert!(n[0].value.chars().count() <= SHOW_CHARS + 1);
    }

    #[test]
    fn serialize_omits_defaults_but_keeps_view() {
        assert_eq!(serialize(&ViewState::default()), "view=work-visas");
        let mut s = ViewState::default();
        s.regions = vec![Region::CN, Region::IN];
        s.mode = Mode::Index;
        s.base = 2016;
        s.tab = Tab::Table;
        s.to = 2024;
        s.lang = Some(Lang::En);
        assert_eq!(serialize(&s), "view=work-visas&regions=CN~IN&to=2024&mode=index&base=2016&tab=table&lang=en");
        assert_eq!(parse(&serialize(&s)), (s, vec![]));
    }

    #[test]
    fn decodes_like_a_browser_and_never_panics() {
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("%E4%B8%AD"), "中");
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("%FF"), "\u{fffd}");
    }
}

//! What the reader is looking at, as plain data. The URL query string is its only home:
//! [`url::parse`] reads it (never failing), [`url::serialize`] writes it back without defaults.

pub mod url;

use crate::i18n::Lang;

/// A routed view of the dashboard. `slug` is its `view=` value in the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    WorkVisas,
}

/// What a view accepts and starts with.
pub struct ViewSpec {
    pub slug: &'static str,
    pub regions: &'static [Region],
    pub default_regions: &'static [Region],
    /// Every year the view's data covers.
    pub years: (i32, i32),
    /// The range shown by default: the report's.
    pub default_years: (i32, i32),
    pub default_base: i32,
}

impl View {
    pub const ALL: &'static [View] = &[View::WorkVisas];

    pub fn spec(self) -> &'static ViewSpec {
        match self {
            View::WorkVisas => &ViewSpec {
                slug: "work-visas",
                regions: &[Region::CN, Region::EU, Region::IN],
                default_regions: &[Region::CN, Region::EU, Region::IN],
                years: (2014, 2024),
                default_years: (2014, 2023),
                default_base: 2019,
            },
        }
    }

    pub fn from_slug(s: &str) -> Option<View> {
        View::ALL.iter().copied().find(|v| v.spec().slug == s)
    }
}

/// Regions and countries compared across the dashboard. Codes are the URL's and the data files'.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    CN,
    EU,
    IN,
}

impl Region {
    pub const ALL: &'static [Region] = &[Region::CN, Region::EU, Region::IN];

    pub fn code(self) -> &'static str {
        match self {
            Region::CN => "CN",
            Region::EU => "EU",
            Region::IN => "IN",
        }
    }

    pub fn parse(s: &str) -> Option<Region> {
        Region::ALL.iter().copied().find(|r| r.code().eq_ignore_ascii_case(s.trim()))
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Region::CN, Lang::Zh) => "中国",
            (Region::CN, Lang::En) => "China",
            (Region::EU, Lang::Zh) => "欧洲",
            (Region::EU, Lang::En) => "Europe",
            (Region::IN, Lang::Zh) => "印度",
            (Region::IN, Lang::En) => "India",
        }
    }
}

/// How values are shown: as published, or as an index with a base year = 100.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Abs,
    Index,
}

impl Mode {
    pub const ALL: &'static [Mode] = &[Mode::Abs, Mode::Index];

    pub fn code(self) -> &'static str {
        match self {
            Mode::Abs => "abs",
            Mode::Index => "index",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        Mode::ALL.iter().copied().find(|m| m.code() == s)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Chart,
    Table,
}

impl Tab {
    pub const ALL: &'static [Tab] = &[Tab::Chart, Tab::Table];

    pub fn code(self) -> &'static str {
        match self {
            Tab::Chart => "chart",
            Tab::Table => "table",
        }
    }

    pub fn parse(s: &str) -> Option<Tab> {
        Tab::ALL.iter().copied().find(|t| t.code() == s)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewState {
    pub view: View,
    /// In the canonical order of the view's `regions`, without repeats, never empty.
    pub regions: Vec<Region>,
    pub from: i32,
    pub to: i32,
    pub mode: Mode,
    pub base: i32,
    pub tab: Tab,
    /// `None` = not in the URL: follow the browser.
    pub lang: Option<Lang>,
}

impl ViewState {
    pub fn default_for(view: View) -> ViewState {
        let spec = view.spec();
        ViewState {
            view,
            regions: spec.default_regions.to_vec(),
            from: spec.default_years.0,
            to: spec.default_years.1,
            mode: Mode::Abs,
            base: spec.default_base,
            tab: Tab::Chart,
            lang: None,
        }
    }

    /// Turns a region on or off, keeping the canonical order; the last region cannot be removed.
    pub fn toggle_region(&mut self, r: Region) {
        if self.regions.contains(&r) {
            if self.regions.len() > 1 {
                self.regions.retain(|x| *x != r);
            }
        } else {
            self.regions.push(r);
            let order = self.view.spec().regions;
            self.regions.sort_by_key(|x| order.iter().position(|o| o == x));
        }
    }

    /// Sets one end of the year range, moving the other end if the range would turn inside out.
    pub fn set_from(&mut self, y: i32) {
        let (lo, hi) = self.view.spec().years;
        self.from = y.clamp(lo, hi);
        self.to = self.to.max(self.from);
    }

    pub fn set_to(&mut self, y: i32) {
        let (lo, hi) = self.view.spec().years;
        self.to = y.clamp(lo, hi);
        self.from = self.from.min(self.to);
    }
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState::default_for(View::WorkVisas)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_region_cannot_be_removed_and_order_is_canonical() {
        let mut s = ViewState::default();
        s.toggle_region(Region::CN);
        s.toggle_region(Region::EU);
        assert_eq!(s.regions, vec![Region::IN]);
        s.toggle_region(Region::IN);
        assert_eq!(s.regions, vec![Region::IN]);
        s.toggle_region(Region::CN);
        assert_eq!(s.regions, vec![Region::CN, Region::IN]);
    }

    #[test]
    fn year_ends_push_each_other_and_stay_in_range() {
        let mut s = ViewState::default();
        s.set_from(2020);
        s.set_to(2016);
        assert_eq!((s.from, s.to), (2016, 2016));
        s.set_to(3000);
        assert_eq!(s.to, 2024);
        s.set_from(1900);
        assert_eq!(s.from, 2014);
    }
}

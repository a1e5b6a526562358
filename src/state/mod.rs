//! What the reader is looking at, as plain data. The URL query string is its only home:
//! [`url::parse`] reads it (never failing), [`url::serialize`] writes it back without defaults.

pub mod url;
mod views;

use crate::i18n::Lang;
pub use views::{Filter, View, ViewSpec};

/// How values are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// As published.
    #[default]
    Abs,
    /// Each series as a percentage of the shown series' sum that year.
    Share,
    /// Each series relative to its value in the base year (= 100).
    Index,
    /// Change on the previous year, in percent.
    Yoy,
}

macro_rules! codes {
    ($t:ident { $($v:ident => $c:literal),* $(,)? }) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$($t::$v),*];
            pub fn code(self) -> &'static str {
                match self { $($t::$v => $c),* }
            }
            pub fn parse(s: &str) -> Option<$t> {
                $t::ALL.iter().copied().find(|x| x.code() == s)
            }
        }
    };
}

codes!(Mode { Abs => "abs", Share => "share", Index => "index", Yoy => "yoy" });

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Scale {
    #[default]
    Lin,
    Log,
}
codes!(Scale { Lin => "lin", Log => "log" });

/// How a time series is drawn; `Auto` = the chart's own default (lines for totals, stacked bars
/// for parts of a whole).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ChartType {
    #[default]
    Auto,
    Line,
    Bar,
    Stacked,
}
codes!(ChartType { Auto => "auto", Line => "line", Bar => "bar", Stacked => "stacked" });

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    Chart,
    Table,
}
codes!(Tab { Chart => "chart", Table => "table" });

/// How the explorer draws the chosen classes: its nationalities' lines over the years, or every
/// nationality (or every region group) ranked for one year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Layout {
    #[default]
    Lines,
    Rank,
    RankGroups,
}
codes!(Layout { Lines => "lines", Rank => "rank", RankGroups => "rank-groups" });

impl Layout {
    pub fn ranks(self) -> bool {
        self != Layout::Lines
    }
}

/// How many bars a ranking shows by default, and the other choices (`top=all`: every one).
pub const TOP_DEFAULT: usize = 20;
pub const TOP_CHOICES: [usize; 3] = [10, 20, 50];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
}
codes!(Theme { Light => "light", Dark => "dark" });

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewState {
    pub view: View,
    /// Entity codes, in the view's canonical order where it has one; never empty where the view
    /// has an entity filter.
    pub regions: Vec<String>,
    /// Category codes (`classes` or `levels` in the URL); empty = the view's default.
    pub categories: Vec<String>,
    /// The chosen first and last year; `None` = the default: the report's range where the view
    /// reproduces the report, else every year of the data (see [`ViewState::years_within`]).
    pub from: Option<i32>,
    pub to: Option<i32>,
    pub mode: Mode,
    pub base: i32,
    pub scale: Scale,
    pub chart_type: ChartType,
    pub tab: Tab,
    /// `None` = not in the URL: follow the browser.
    pub lang: Option<Lang>,
    /// `None` = follow the system (prefers-color-scheme).
    pub theme: Option<Theme>,
    /// One chart of the view, by its catalog id (embeds, and the "focus" link of a card).
    pub chart: Option<&'static str>,
    pub embed: bool,
    /// Patterns on bars and areas as well as colours (for readers who cannot tell the colours apart).
    pub decal: bool,
    /// Free-text filter of the policy tables.
    pub search: String,
    /// The explorer's lines or rankings (`layout`).
    pub layout: Layout,
    /// The year a ranking shows (`year`); `None` = the latest the data have.
    pub year: Option<i32>,
    /// How many bars a ranking shows (`top`); `None` = all of them (`top=all`).
    pub top: Option<usize>,
    /// The story's step (`step`), from 1.
    pub step: usize,
}

impl ViewState {
    pub fn default_for(view: View) -> ViewState {
        let spec = view.spec();
        ViewState {
            view,
            regions: spec.default_regions.iter().map(|s| s.to_string()).collect(),
            categories: spec.default_categories.iter().map(|s| s.to_string()).collect(),
            from: None,
            to: None,
            mode: Mode::Abs,
            base: spec.default_base,
            scale: Scale::Lin,
            chart_type: ChartType::Auto,
            tab: Tab::Chart,
            lang: None,
            theme: None,
            chart: None,
            embed: false,
            decal: false,
            search: String::new(),
            layout: Layout::Lines,
            year: None,
            top: Some(TOP_DEFAULT),
            step: 1,
        }
    }

    /// The same reader preferences (language, theme, embed) on another view's defaults.
    pub fn switch_to(&self, view: View) -> ViewState {
        ViewState { lang: self.lang, theme: self.theme, embed: self.embed, decal: self.decal, ..ViewState::default_for(view) }
    }

    fn toggle(list: &mut Vec<String>, code: &str, order: &[&str], keep_one: bool) {
        if list.iter().any(|x| x == code) {
            if !keep_one || list.len() > 1 {
                list.retain(|x| x != code);
            }
        } else {
            list.push(code.to_string());
            if !order.is_empty() {
                list.sort_by_key(|x| order.iter().position(|o| o == x).unwrap_or(usize::MAX));
            }
        }
    }

    /// Turns a region on or off, keeping the canonical order; the last region cannot be removed.
    pub fn toggle_region(&mut self, code: &str) {
        let order = self.view.spec().regions;
        Self::toggle(&mut self.regions, code, order, true);
    }

    pub fn toggle_category(&mut self, code: &str) {
        let order = self.view.spec().categories;
        Self::toggle(&mut self.categories, code, order, true);
    }

    /// The years shown, given the years the data have (`data`: first and last with a value): the
    /// chosen ones, else the report's range, else all of the data's.
    pub fn years_within(&self, data: (i32, i32)) -> (i32, i32) {
        let report = self.view.spec().report_years;
        let from = self.from.or(report.map(|r| r.0)).unwrap_or(data.0);
        let to = self.to.or(report.map(|r| r.1)).unwrap_or(data.1);
        (from, to.max(from))
    }

    /// Leaves out a chosen end the data do not have (`data`: first and last year with a value), as
    /// if the link had not named it: a link's years are known to be in the data only once they
    /// are loaded. A notice for each end left out.
    pub fn drop_years_outside(&mut self, data: (i32, i32)) -> Vec<url::Notice> {
        let mut dropped = Vec::new();
        for (key, end) in [("from", &mut self.from), ("to", &mut self.to)] {
            if let Some(y) = end.filter(|y| !(data.0..=data.1).contains(y)) {
                *end = None;
                dropped.push(url::Notice::not_in_data(key, &y.to_string()));
            }
        }
        dropped
    }

    /// A chosen end equal to the report's is the default again: one URL for one view.
    pub fn normalize_years(&mut self) {
        if let Some((a, b)) = self.view.spec().report_years {
            if self.from == Some(a) {
                self.from = None;
            }
            if self.to == Some(b) {
                self.to = None;
            }
        }
    }

    /// Sets one end of the year range, moving the other end if the range would turn inside out.
    /// `data` is the years the data have, for an end that is still the default.
    pub fn set_from(&mut self, y: i32, data: (i32, i32)) {
        let y = y.clamp(*url::YEARS.start(), *url::YEARS.end());
        let (_, to) = self.years_within(data);
        self.from = Some(y);
        if to < y {
            self.to = Some(y);
        }
        self.normalize_years();
    }

    pub fn set_to(&mut self, y: i32, data: (i32, i32)) {
        let y = y.clamp(*url::YEARS.start(), *url::YEARS.end());
        let (from, _) = self.years_within(data);
        self.to = Some(y);
        if from > y {
            self.from = Some(y);
        }
        self.normalize_years();
    }
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState::default_for(View::DEFAULT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_region_cannot_be_removed_and_order_is_canonical() {
        let mut s = ViewState::default_for(View::WorkVisas);
        s.toggle_region("CN");
        s.toggle_region("EU");
        assert_eq!(s.regions, vec!["IN"]);
        s.toggle_region("IN");
        assert_eq!(s.regions, vec!["IN"]);
        s.toggle_region("CN");
        assert_eq!(s.regions, vec!["CN", "IN"]);
    }

    #[test]
    fn years_the_data_lack_are_left_out_and_said() {
        let data = (2014, 2024);
        let mut s = ViewState::default_for(View::WorkVisas);
        (s.from, s.to) = (Some(2010), Some(2012));
        let left_out = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| url::Notice::not_in_data(k, v)).collect::<Vec<_>>();
        assert_eq!(s.drop_years_outside(data), left_out(&[("from", "2010"), ("to", "2012")]));
        assert_eq!(s.years_within(data), (2014, 2023), "the report's range again, not an empty chart");
        (s.from, s.to) = (Some(1990), Some(2016));
        assert_eq!(s.drop_years_outside(data), left_out(&[("from", "1990")]));
        assert_eq!(s.years_within(data), (2014, 2016));
        (s.from, s.to) = (Some(2016), Some(2030));
        assert_eq!(s.drop_years_outside(data), left_out(&[("to", "2030")]));
        assert_eq!(s.years_within(data), (2016, 2023));
        (s.from, s.to) = (Some(2014), Some(2024));
        assert!(s.drop_years_outside(data).is_empty(), "the data's own ends are kept");
    }

    #[test]
    fn year_ends_push_each_other_and_stay_in_range() {
        let data = (2014, 2024);
        let mut s = ViewState::default_for(View::WorkVisas);
        assert_eq!(s.years_within(data), (2014, 2023), "the report's range by default");
        s.set_from(2020, data);
        s.set_to(2016, data);
        assert_eq!((s.from, s.to), (Some(2016), Some(2016)));
        s.set_to(3000, data);
        assert_eq!(s.to, Some(*url::YEARS.end()));
        s.set_from(1000, data);
        assert_eq!(s.from, Some(*url::YEARS.start()));
        // A view without a report range shows all of the data's years.
        assert_eq!(ViewState::default_for(View::Global).years_within((1970, 2023)), (1970, 2023));
        let mut t = ViewState::default_for(View::WorkVisas);
        t.set_to(2012, data);
        assert_eq!((t.from, t.to), (Some(2012), Some(2012)), "a default start after the new end follows it");
    }

    #[test]
    fn switching_views_keeps_reader_preferences_only() {
        let mut s = ViewState::default_for(View::WorkVisas);
        s.lang = Some(Lang::En);
        s.theme = Some(Theme::Dark);
        s.mode = Mode::Index;
        let t = s.switch_to(View::Students);
        assert_eq!((t.lang, t.theme, t.mode, t.view), (Some(Lang::En), Some(Theme::Dark), Mode::Abs, View::Students));
    }
}

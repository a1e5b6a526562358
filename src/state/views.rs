//! The dashboard's views and what each accepts: its URL slug, entities, categories, years, modes.
//! Which figures each shows is the catalog's (`crate::catalog`).

use super::Mode;
use crate::catalog::{self, Figure};
use crate::i18n::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Overview,
    /// The six findings as a guided sequence (`catalog::story`).
    Story,
    /// One origin's page (`profile`).
    Profile,
    WorkVisas,
    GreenCards,
    Eb1a,
    Students,
    Global,
    China,
    Policy,
    Explorer,
}

/// Controls a view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filter {
    Regions,
    Categories,
    Years,
    Mode,
    Scale,
    Type,
    Search,
    /// The explorer's lines or rankings, and a ranking's year and length (`layout`, `year`, `top`).
    Layout,
}

impl Filter {
    pub const ALL: [Filter; 8] = [Filter::Regions, Filter::Categories, Filter::Years, Filter::Mode, Filter::Scale, Filter::Type, Filter::Search, Filter::Layout];
}

pub struct ViewSpec {
    pub slug: &'static str,
    /// Entities the view compares, in canonical order; empty with `data_entities` when the data
    /// decide (the explorer's nationalities).
    pub regions: &'static [&'static str],
    pub default_regions: &'static [&'static str],
    pub data_entities: bool,
    /// The URL key of the category filter: `classes` or `levels`.
    pub category_key: &'static str,
    pub categories: &'static [&'static str],
    pub default_categories: &'static [&'static str],
    pub data_categories: bool,
    /// The years the report shows, where the view reproduces the report's figures: the range
    /// shown by default. `None`: every year of the data. Which years exist comes from the data
    /// files, never from here.
    pub report_years: Option<(i32, i32)>,
    pub default_base: i32,
    pub modes: &'static [Mode],
    pub filters: &'static [Filter],
    /// The view's figures, from the catalog (the `chart` key focuses or embeds one of them).
    pub figures: &'static [Figure],
    /// The view's name in the navigation and the page title.
    pub name: Msg,
}

/// What a view has unless it says otherwise: no entity or category filter, absolute values only.
const BASE: ViewSpec = ViewSpec {
    slug: "",
    regions: &[],
    default_regions: &[],
    data_entities: false,
    category_key: "",
    categories: &[],
    default_categories: &[],
    data_categories: false,
    report_years: None,
    default_base: 2019,
    modes: &[Mode::Abs],
    filters: &[],
    figures: &[],
    name: Msg::NavOverview,
};

const ALL_MODES: &[Mode] = &[Mode::Abs, Mode::Share, Mode::Index, Mode::Yoy];
const SERIES_FILTERS: &[Filter] = &[Filter::Regions, Filter::Categories, Filter::Years, Filter::Mode, Filter::Scale, Filter::Type];

impl View {
    pub const ALL: &'static [View] =
        &[View::Overview, View::Story, View::Profile, View::WorkVisas, View::GreenCards, View::Eb1a, View::Students, View::Global, View::China, View::Policy, View::Explorer];
    /// A URL without `view=` opens this.
    pub const DEFAULT: View = View::Overview;

    pub fn spec(self) -> &'static ViewSpec {
        match self {
            View::Overview => &ViewSpec { slug: "overview", figures: catalog::overview::FIGURES, name: Msg::NavOverview, ..BASE },
            // Its charts are other views' figures, each in its step's state (`findings::story_state`).
            View::Story => &ViewSpec { slug: "story", name: Msg::NavStory, ..BASE },
            // Its charts are other views' figures for the origin (`profile::PROFILES`); `region`
            // picks the origin.
            View::Profile => &ViewSpec { slug: "profile", name: Msg::NavProfile, regions: &["CN", "IN", "EU"], default_regions: &["CN"], ..BASE },
            View::WorkVisas => &ViewSpec {
                slug: "work-visas",
                figures: catalog::work_visas::FIGURES,
                name: Msg::NavWorkVisas,
                regions: &["CN", "EU", "IN"],
                default_regions: &["CN", "EU", "IN"],
                category_key: "classes",
                categories: &["H", "L", "O", "J", "E"],
                default_categories: &["H", "L", "O", "J", "E"],
                report_years: Some((2014, 2023)),
                modes: ALL_MODES,
                filters: SERIES_FILTERS,
                ..BASE
            },
            View::GreenCards => &ViewSpec {
                slug: "green-cards",
                figures: catalog::green_cards::FIGURES,
                name: Msg::NavGreenCards,
                regions: &["CN", "EU", "IN"],
                default_regions: &["CN", "EU", "IN"],
                category_key: "classes",
                categories: &["EB1", "EB2", "EB3", "EB5"],
                default_categories: &["EB1", "EB2", "EB3", "EB5"],
                report_years: Some((2014, 2023)),
                modes: ALL_MODES,
                filters: SERIES_FILTERS,
                ..BASE
            },
            View::Eb1a => &ViewSpec {
                slug: "eb1a",
                figures: catalog::eb1a::FIGURES,
                name: Msg::NavEb1a,
                regions: &["CN", "IN", "E3"],
                default_regions: &["CN", "IN", "E3"],
                report_years: Some((2010, 2021)),
                default_base: 2010,
                filters: &[Filter::Regions, Filter::Years],
                ..BASE
            },
            View::Students => &ViewSpec {
                slug: "students",
                figures: catalog::students::FIGURES,
                name: Msg::NavStudents,
                regions: &["CN", "IN", "E3", "GB", "FR", "DE"],
                default_regions: &["CN", "IN", "E3"],
                category_key: "levels",
                categories: &["undergraduate", "graduate", "non_degree", "opt", "other"],
                default_categories: &["undergraduate", "graduate", "non_degree", "opt", "other"],
                report_years: Some((2000, 2022)),
                modes: ALL_MODES,
                filters: SERIES_FILTERS,
                ..BASE
            },
            View::Global => &ViewSpec { slug: "global", figures: catalog::global::FIGURES, name: Msg::NavGlobal, default_base: 2000, filters: &[Filter::Years], ..BASE },
            View::China => &ViewSpec { slug: "china", figures: catalog::china::FIGURES, name: Msg::NavChina, default_base: 2000, filters: &[Filter::Years], ..BASE },
            View::Policy => &ViewSpec { slug: "policy", figures: catalog::policy::FIGURES, name: Msg::NavPolicy, filters: &[Filter::Search], ..BASE },
            View::Explorer => &ViewSpec {
                slug: "explorer",
                figures: catalog::explorer::FIGURES,
                name: Msg::NavExplorer,
                // The comparison the dashboard makes everywhere; Europe = the State Department's block.
                default_regions: &["china-mainland", "group-europe", "india"],
                data_entities: true,
                category_key: "classes",
                data_categories: true,
                modes: ALL_MODES,
                filters: &[Filter::Layout, Filter::Regions, Filter::Categories, Filter::Years, Filter::Mode, Filter::Scale, Filter::Type],
                ..BASE
            },
        }
    }

    pub fn from_slug(s: &str) -> Option<View> {
        View::ALL.iter().copied().find(|v| v.spec().slug == s)
    }

    pub fn has(self, f: Filter) -> bool {
        self.spec().filters.contains(&f)
    }

    pub fn name(self) -> Msg {
        self.spec().name
    }
}

impl ViewSpec {
    /// The filters that change `figure` (a chart shown alone, or embedded, shows only these):
    /// the regions where it draws a line per region, the categories where it sums or shows them,
    /// the years where it runs over years, and the mode, scale and chart type where it follows them.
    pub fn filters_of(&self, figure: &Figure) -> Vec<Filter> {
        use crate::catalog::{Cats, Family, Picks};
        let follows = |f: Filter| self.filters.contains(&f);
        let mut out = Vec::new();
        match figure.family {
            Family::Series(s) => {
                let (regions, categories) = match s.picks {
                    Picks::Regions(c) => (true, c == Cats::Selected),
                    Picks::Categories { categories, .. } => (false, categories == Cats::Selected),
                    Picks::Fixed(_) => (false, false),
                };
                out.extend([(Filter::Regions, regions), (Filter::Categories, categories), (Filter::Years, true)].into_iter().filter(|(f, on)| *on && follows(*f)).map(|(f, _)| f));
                if s.follow_filters {
                    out.extend([Filter::Mode, Filter::Scale, Filter::Type].into_iter().filter(|f| follows(*f)));
                }
            }
            Family::Explorer => out.extend(self.filters.iter().copied().filter(|f| *f != Filter::Layout)),
            Family::ExplorerRank => out.extend([Filter::Layout, Filter::Categories, Filter::Mode]),
            Family::Policy { .. } => out.extend([Filter::Search].into_iter().filter(|f| follows(*f))),
            Family::Ranked(_) | Family::Compare(_) => {}
        }
        out
    }

    /// The view's figure with this id.
    pub fn figure(&self, id: &str) -> Option<&'static Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The data files the view's figures read (see `catalog::data_files`).
    pub fn data_files(&self) -> Vec<&'static str> {
        catalog::data_files(self.figures)
    }

    /// The figures shown with `chart=` (`chart`): that one alone where it is this view's, else all.
    pub fn shown(&self, chart: Option<&str>) -> &'static [Figure] {
        chart.and_then(|c| self.figure(c)).map(std::slice::from_ref).unwrap_or(self.figures)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_figures() -> impl Iterator<Item = &'static Figure> {
        View::ALL.iter().flat_map(|v| v.spec().figures.iter())
    }

    #[test]
    fn chart_ids_are_unique_and_url_safe() {
        let ids: Vec<&str> = all_figures().map(|f| f.id).collect();
        for (i, id) in ids.iter().enumerate() {
            assert!(!ids[..i].contains(id), "{id} twice");
            assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "{id}");
        }
        assert!(ids.contains(&"work-visas-totals") && ids.contains(&"explorer-totals"));
    }

    #[test]
    fn every_figure_says_both_languages() {
        for f in all_figures() {
            let region_refs = match f.family {
                crate::catalog::Family::Series(s) => s.region_refs,
                _ => &[],
            };
            for p in [Some(f.title), Some(f.refs), f.note].into_iter().flatten().chain(region_refs.iter().map(|(_, p)| *p)) {
                assert!(!p.zh.is_empty() && !p.en.is_empty(), "{}", f.id);
                assert!(!p.en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{}: Chinese in English: {}", f.id, p.en);
            }
        }
    }

    #[test]
    fn a_regions_own_figures_are_among_its_charts_and_of_its_views_regions() {
        // "figures 23, 24, table 3" → ["f23", "f24", "t3"], in both languages alike.
        let numbers = |p: crate::i18n::Phrase| {
            let digits = |s: &str| s.split(|c: char| !c.is_ascii_digit()).filter(|w| !w.is_empty()).map(String::from).collect::<Vec<_>>();
            let en = p.en;
            assert_eq!(digits(en), digits(p.zh), "{en} / {}", p.zh);
            let mut out = Vec::new();
            let mut table = false;
            for w in en.split([',', ' ']).filter(|w| !w.is_empty()) {
                table = if w.starts_with("table") {
                    true
                } else if w.starts_with("figure") {
                    false
                } else {
                    table
                };
                if let Ok(n) = w.parse::<u32>() {
                    out.push(format!("{}{n}", if table { 't' } else { 'f' }));
                }
            }
            out
        };
        let mut seen = 0;
        for view in View::ALL {
            for f in view.spec().figures {
                let crate::catalog::Family::Series(s) = f.family else { continue };
                if s.region_refs.is_empty() {
                    continue;
                }
                let all = numbers(f.refs);
                for (region, refs) in s.region_refs {
                    assert!(view.spec().regions.contains(region), "{}: {region} is not a region of {}", f.id, view.spec().slug);
                    let own = numbers(*refs);
                    assert!(!own.is_empty() && own.iter().all(|n| all.contains(n)), "{}: {region}'s {own:?} not among {all:?}", f.id);
                    seen += 1;
                }
            }
        }
        assert!(seen >= 16, "{seen}");
    }

    #[test]
    fn a_chart_alone_offers_only_the_filters_that_change_it() {
        use crate::catalog::{eb1a, global, students, work_visas};
        let spec = View::Students.spec();
        assert_eq!(spec.filters_of(&students::F1), [Filter::Regions, Filter::Years, Filter::Mode, Filter::Scale, Filter::Type], "no levels on the F-1 chart");
        assert_eq!(spec.filters_of(&students::BY_LEVEL_CN), [Filter::Categories, Filter::Years, Filter::Mode, Filter::Scale, Filter::Type]);
        assert_eq!(View::WorkVisas.spec().filters_of(&work_visas::TOTALS), View::WorkVisas.spec().filters);
        assert_eq!(View::Eb1a.spec().filters_of(&eb1a::APPROVAL_RATES), [Filter::Regions, Filter::Years]);
        assert_eq!(View::Global.spec().filters_of(&global::DESTINATIONS), []);
    }

    #[test]
    fn a_regions_card_belongs_to_a_region_of_its_view() {
        for v in View::ALL {
            for f in v.spec().figures {
                if let Some(r) = f.region() {
                    assert!(v.spec().regions.contains(&r), "{}: {r}", f.id);
                }
            }
        }
    }
}

//! The dashboard's views and what each accepts: its URL slug, entities, categories, years, modes.

use super::Mode;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Overview,
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
    /// Every year the view's data cover, and the range shown by default (the report's).
    pub years: (i32, i32),
    pub default_years: (i32, i32),
    pub default_base: i32,
    pub modes: &'static [Mode],
    pub filters: &'static [Filter],
    /// The view's chart ids (the `chart` key focuses or embeds one of them).
    pub charts: &'static [&'static str],
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
    years: (2019, 2023),
    default_years: (2019, 2023),
    default_base: 2019,
    modes: &[Mode::Abs],
    filters: &[],
    charts: &[],
};

const ALL_MODES: &[Mode] = &[Mode::Abs, Mode::Share, Mode::Index, Mode::Yoy];
const SERIES_FILTERS: &[Filter] = &[Filter::Regions, Filter::Categories, Filter::Years, Filter::Mode, Filter::Scale, Filter::Type];

impl View {
    pub const ALL: &'static [View] = &[
        View::Overview,
        View::WorkVisas,
        View::GreenCards,
        View::Eb1a,
        View::Students,
        View::Global,
        View::China,
        View::Policy,
        View::Explorer,
    ];
    /// A URL without `view=` opens this.
    pub const DEFAULT: View = View::Overview;

    pub fn spec(self) -> &'static ViewSpec {
        match self {
            View::Overview => &ViewSpec {
                slug: "overview",
                charts: &["overview-table-2", "overview-table-3"],
                years: (2019, 2023),
                default_years: (2019, 2023),
                ..BASE
            },
            View::WorkVisas => &ViewSpec {
                slug: "work-visas",
                charts: &["work-visas-totals", "work-visas-by-class-CN", "work-visas-by-class-EU", "work-visas-by-class-IN"],
                regions: &["CN", "EU", "IN"],
                default_regions: &["CN", "EU", "IN"],
                category_key: "classes",
                categories: &["H", "L", "O", "J", "E"],
                default_categories: &["H", "L", "O", "J", "E"],
                years: (2014, 2024),
                default_years: (2014, 2023),
                modes: ALL_MODES,
                filters: SERIES_FILTERS,
                ..BASE
            },
            View::GreenCards => &ViewSpec {
                slug: "green-cards",
                charts: &["green-cards-totals", "green-cards-combined", "green-cards-by-category-CN", "green-cards-by-category-EU", "green-cards-by-category-IN"],
                regions: &["CN", "EU", "IN"],
                default_regions: &["CN", "EU", "IN"],
                category_key: "classes",
                categories: &["EB1", "EB2", "EB3", "EB5"],
                default_categories: &["EB1", "EB2", "EB3", "EB5"],
                years: (2014, 2024),
                default_years: (2014, 2023),
                modes: ALL_MODES,
                filters: SERIES_FILTERS,
                ..BASE
            },
            View::Eb1a => &ViewSpec {
                slug: "eb1a",
                charts: &["eb1a-approval-rates", "eb1a-petitions", "eb1a-cn-approvals"],
                regions: &["CN", "IN", "E3"],
                default_regions: &["CN", "IN", "E3"],
                years: (2010, 2021),
                default_years: (2010, 2021),
                default_base: 2010,
                filters: &[Filter::Regions, Filter::Years],
                ..BASE
            },
            View::Students => &ViewSpec {
                slug: "students",
                charts: &["students-totals", "students-f1", "students-by-level-CN", "students-by-level-IN", "students-by-level-E3", "students-by-level-GB", "students-by-level-FR", "students-by-level-DE"],
                regions: &["CN", "IN", "E3", "GB", "FR", "DE"],
                default_regions: &["CN", "IN", "E3"],
                category_key: "levels",
                categories: &["undergraduate", "graduate", "non_degree", "opt", "other"],
                default_categories: &["undergraduate", "graduate", "non_degree", "opt", "other"],
                years: (2000, 2024),
                default_years: (2000, 2022),
                modes: ALL_MODES,
                filters: SERIES_FILTERS,
                ..BASE
            },
            View::Global => &ViewSpec {
                slug: "global",
                charts: &["global-migrants", "global-migrant-share", "global-destinations", "global-origins", "global-corridors", "global-workers", "global-eb-consular", "global-blue-cards-states", "global-blue-cards-citizens", "global-students", "global-student-growth", "global-student-destinations", "global-student-origins", "global-outbound"],
                years: (1970, 2022),
                default_years: (1970, 2022),
                default_base: 2000,
                filters: &[Filter::Years],
                ..BASE
            },
            View::China => &ViewSpec {
                slug: "china",
                charts: &["china-migrants", "china-foreigners", "china-permanent-residence", "china-migrant-share", "china-outbound", "china-inbound", "china-inbound-growth", "china-remittances", "china-remittance-ranks"],
                years: (1990, 2022),
                default_years: (1990, 2022),
                default_base: 2000,
                filters: &[Filter::Years],
                ..BASE
            },
            View::Policy => &ViewSpec {
                slug: "policy",
                charts: &["policy-table-1", "policy-table-4", "policy-table-5"],
                years: (2019, 2023),
                default_years: (2019, 2023),
                filters: &[Filter::Search],
                ..BASE
            },
            View::Explorer => &ViewSpec {
                slug: "explorer",
                charts: &["explorer-totals"],
                default_regions: &["china-mainland", "india", "mexico"],
                data_entities: true,
                category_key: "classes",
                data_categories: true,
                years: (1997, 2024),
                default_years: (1997, 2024),
                modes: ALL_MODES,
                filters: SERIES_FILTERS,
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
}

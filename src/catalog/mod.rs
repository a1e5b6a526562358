//! The figure catalog: every chart and table of the dashboard, declared once, as data, in one
//! module per view. Everything else derives from it: a view's chart ids (the `chart=` key and
//! embed ids), the data files a view downloads (the build writes them into the page for the boot
//! script), the cards a view shows, and the browser tests' list of charts (`dist/catalog.json`).
//!
//! Adding a figure to a view is one entry in its module's `FIGURES` (see docs/adding-a-figure.md).
//! Ids, once published in an embed, never change meaning.

pub mod china;
pub mod eb1a;
pub mod explorer;
pub mod global;
pub mod green_cards;
pub mod overview;
pub mod policy;
pub mod story;
pub mod students;
pub mod work_visas;

pub use crate::i18n::{t, Phrase};

/// A bound of a figure's years (`Series::years`) that is its data's own first or last year, not a
/// year of the report: the range is open there (`Figure::through_latest`).
pub const DATA_FIRST: i32 = i32::MIN;
pub const DATA_LAST: i32 = i32::MAX;

/// One figure: a chart (with its table tab) or a text table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    /// The chart id: the `chart=` URL key, `data-chart-id`, download file names. Never reused.
    pub id: &'static str,
    /// The data file (`data/<resource>.json`, a datapackage resource name).
    pub resource: &'static str,
    pub title: Phrase,
    /// The report's figure or table numbers ("图 37" / "figure 37"), shown as "Report figure 37".
    pub refs: Phrase,
    /// A sentence shown above the chart (e.g. "the full series is not published").
    pub note: Option<Phrase>,
    pub family: Family,
}

/// How a figure is drawn; each family has one pure builder in `charts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Values over years: lines, bars, stacked bars or points (`charts::series`).
    Series(Series),
    /// Entities ranked for one year, as horizontal bars (`charts::ranked`).
    Ranked(Ranked),
    /// Two years side by side per entity, the second as a percentage of the first (`charts::compare`).
    Compare(Compare),
    /// The visa explorer's chosen nationalities and classes (`niv_explorer`, drawn as a series).
    Explorer,
    /// The visa explorer's every nationality (or region group) ranked for the chosen classes and
    /// one year (`charts::ranked::explorer_card`).
    ExplorerRank,
    /// One of the report's policy tables (text, searchable).
    Policy { table: u32 },
}

/// How a time series is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Draw {
    Line,
    Bar,
    Stacked,
    /// Symbols only: sparse values stated in the report, never joined across gaps.
    Points,
}

/// Which categories a series figure sums or shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cats {
    /// The view's category filter (`classes` / `levels`).
    Selected,
    Fixed(&'static [&'static str]),
}

/// Which series a series figure draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picks {
    /// One line per selected region: the sum of the categories.
    Regions(Cats),
    /// One series per category of one entity.
    Categories { entity: &'static str, categories: Cats },
    /// Exactly these (entity, category) series.
    Fixed(&'static [(&'static str, &'static str)]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Series {
    pub picks: Picks,
    pub draw: Draw,
    /// Whether the view's `type`, `mode` and `scale` apply (not for sparse points or rates).
    pub follow_filters: bool,
    /// The report's dated events marked on the chart: those tagged with this view slug in
    /// `data/events.json`.
    pub events: Option<&'static str>,
    /// The card belongs to one region: hidden (and kept) while that region is not selected.
    pub region: Option<&'static str>,
    /// The years shown by default, where they differ from the view's report range (the F-1
    /// chart counts calendar years among academic ones). Without it, and without a report range,
    /// a chart shows the years where its data are.
    pub years: Option<(i32, i32)>,
    /// The report's own figure for each region (`Picks::Regions`), cited when that region alone is
    /// drawn (a profile, or a reader's filter): China's EB-1A points are figure 14, not "14, 22,
    /// 32". Empty: the figure's `refs` always.
    pub region_refs: &'static [(&'static str, Phrase)],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ranked {
    /// Categories drawn (stacked when several), e.g. male + female.
    pub parts: &'static [&'static str],
    /// The category that orders the bars.
    pub rank_by: &'static str,
    pub year: i32,
    pub top: usize,
    pub exclude: &'static [&'static str],
    /// When not empty, only these entities (the report's "major countries").
    pub only: &'static [&'static str],
}

impl Ranked {
    /// The `top` entities by `rank_by` in `year`, drawn as `parts`.
    pub const fn top(top: usize, rank_by: &'static str, year: i32, parts: &'static [&'static str]) -> Ranked {
        Ranked { parts, rank_by, year, top, exclude: &[], only: &[] }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Compare {
    pub entities: &'static [&'static str],
    pub years: (i32, i32),
}

impl Figure {
    /// The title before its data are here (loading, or failed): what the data fill in — the
    /// origins drawn (`{regions}`), the explorer's classes (`{classes}`) — is an ellipsis.
    pub fn title_before_data(&self, l: crate::i18n::Lang) -> String {
        crate::i18n::fill(l.pick(&self.title), &[("regions", "…"), ("classes", "…")])
    }

    /// A series figure that follows the view's filters, without events.
    pub const fn series(id: &'static str, resource: &'static str, title: Phrase, refs: Phrase, picks: Picks, draw: Draw) -> Figure {
        let family = Family::Series(Series { picks, draw, follow_filters: true, events: None, region: None, years: None, region_refs: &[] });
        Figure { id, resource, title, refs, note: None, family }
    }

    /// A series figure of fixed series: the view's `mode`, `scale` and `type` do not apply.
    pub const fn fixed(id: &'static str, resource: &'static str, title: Phrase, refs: Phrase, series: &'static [(&'static str, &'static str)], draw: Draw) -> Figure {
        Figure::series(id, resource, title, refs, Picks::Fixed(series), draw).not_following()
    }

    /// One region's categories of `resource`, stacked, under the view's category filter, with the
    /// events tagged `events`; the card shows only while the region is selected (figures 10, 12,
    /// 17…).
    pub const fn region_parts(id: &'static str, resource: &'static str, region: &'static str, title: Phrase, refs: Phrase, events: &'static str) -> Figure {
        Figure::series(id, resource, title, refs, Picks::Categories { entity: region, categories: Cats::Selected }, Draw::Stacked).with_events(events).of_region(region)
    }

    pub const fn ranked(id: &'static str, resource: &'static str, title: Phrase, refs: Phrase, ranked: Ranked) -> Figure {
        Figure { id, resource, title, refs, note: None, family: Family::Ranked(ranked) }
    }

    /// Each region's own figures in the report ([`Series::region_refs`]).
    pub const fn with_region_refs(mut self, refs: &'static [(&'static str, Phrase)]) -> Figure {
        if let Family::Series(s) = &mut self.family {
            s.region_refs = refs;
        }
        self
    }

    /// The report's figures for what is drawn: the region's own figures when `alone` is drawn
    /// alone and the figure lists it ([`Series::region_refs`]), else all of the figure's.
    pub fn refs_for(&self, alone: Option<&str>) -> Phrase {
        match (self.family, alone) {
            (Family::Series(s), Some(one)) => s.region_refs.iter().find(|(r, _)| *r == one).map_or(self.refs, |(_, refs)| *refs),
            _ => self.refs,
        }
    }

    pub const fn with_note(mut self, note: Phrase) -> Figure {
        self.note = Some(note);
        self
    }

    /// Marks the report's events tagged `tag` (a view slug in events.json).
    pub const fn with_events(mut self, tag: &'static str) -> Figure {
        if let Family::Series(s) = &mut self.family {
            s.events = Some(tag);
        }
        self
    }

    /// Only while `region` is selected.
    pub const fn of_region(mut self, region: &'static str) -> Figure {
        if let Family::Series(s) = &mut self.family {
            s.region = Some(region);
        }
        self
    }

    /// Shows `from`–`to` by default (a series figure).
    pub const fn with_years(mut self, from: i32, to: i32) -> Figure {
        if let Family::Series(s) = &mut self.family {
            s.years = Some((from, to));
        }
        self
    }

    /// The figure from its own first year (else its data's first, [`DATA_FIRST`]) to the latest
    /// year its data have ([`DATA_LAST`]), beyond the report's range: a profile's charts reach the
    /// year its headlines quote.
    pub const fn through_latest(mut self) -> Figure {
        if let Family::Series(s) = &mut self.family {
            let from = match s.years {
                Some((from, _)) => from,
                None => DATA_FIRST,
            };
            s.years = Some((from, DATA_LAST));
        }
        self
    }

    /// The view's `mode`, `scale` and `type` do not apply (sparse points, rates, ranks).
    pub const fn not_following(mut self) -> Figure {
        if let Family::Series(s) = &mut self.family {
            s.follow_filters = false;
        }
        self
    }

    /// Ranked figures: leave these entities out, or keep only these.
    pub const fn excluding(mut self, entities: &'static [&'static str]) -> Figure {
        if let Family::Ranked(r) = &mut self.family {
            r.exclude = entities;
        }
        self
    }

    pub const fn only(mut self, entities: &'static [&'static str]) -> Figure {
        if let Family::Ranked(r) = &mut self.family {
            r.only = entities;
        }
        self
    }

    /// The region a card belongs to (hidden while it is off).
    pub fn region(&self) -> Option<&'static str> {
        match self.family {
            Family::Series(s) => s.region,
            _ => None,
        }
    }

    /// The single year a figure shows (rankings), as `data-year` on its card.
    pub fn year(&self) -> Option<i32> {
        match self.family {
            Family::Ranked(r) => Some(r.year),
            _ => None,
        }
    }

    /// The events tag, if the figure marks the report's events.
    pub fn events(&self) -> Option<&'static str> {
        match self.family {
            Family::Series(s) => s.events,
            _ => None,
        }
    }

    pub fn is_chart(&self) -> bool {
        !matches!(self.family, Family::Policy { .. })
    }
}

/// The data files the figures need, in order of first use, each once: their resources and, where a
/// figure marks events, `events`.
pub fn data_files(figures: &[Figure]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let mut events = false;
    for f in figures {
        if !out.contains(&f.resource) {
            out.push(f.resource);
        }
        events |= f.events().is_some();
    }
    if events {
        out.push("events");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_follow_first_use_and_add_events_once() {
        assert_eq!(data_files(green_cards::FIGURES), ["green_cards", "work_and_green_cards", "events"]);
        assert_eq!(data_files(overview::FIGURES), ["work_and_green_cards", "students"]);
        assert_eq!(data_files(global::FIGURES).last(), Some(&"outbound_students"), "no figure of the global view marks events");
    }

    /// A reading that names its line before its value writes them as the English does, "name:
    /// value": in Chinese with a full-width colon, never a bare space ("中国峰值：372,532").
    #[test]
    fn story_readings_name_their_value_with_a_colon() {
        let notes = story::STEPS.iter().flat_map(|s| s.notes).filter(|n| matches!(n, story::Annotation::Point { .. }));
        let mut named = 0;
        for note in notes {
            let text = note.text();
            if text.zh.starts_with("{value}") {
                continue;
            }
            named += 1;
            assert!(text.zh.contains('：') && !text.zh.contains(": ") && text.en.contains(": "), "{text:?}");
        }
        assert!(named >= 8, "{named} named readings");
    }
}

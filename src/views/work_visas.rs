//! Work visas (figures 9–11, 18–20, 27–29, 37): China, Europe and India compared, then each
//! region's classes. Source: the State Department's NIV Detail Table, the report's definition.

use crate::app::use_ctx;
use crate::charts::Draw;
use crate::components::controls::Controls;
use crate::components::series_chart::{Cats, Picks, SeriesChart, SeriesSpec};
use crate::data::Text;
use crate::labels;
use leptos::prelude::*;

/// One region's classes, stacked: figures 10 (China), 19 (Europe), 28 (India).
pub fn by_class(resource: &'static str, id_prefix: &str, region: &str, what: (&str, &str), figures: (&str, &str), events: &'static str) -> SeriesSpec {
    let (zh, en) = (labels::name(region, None, crate::i18n::Lang::Zh), labels::name(region, None, crate::i18n::Lang::En));
    let spec = SeriesSpec::new(
        format!("{id_prefix}-{region}"),
        resource,
        Text::new(format!("{zh}：{}", what.0), format!("{en}: {}", what.1)),
        Text::new(figures.0, figures.1),
        Picks::Categories { entity: region.into(), categories: Cats::Selected },
        Draw::Stacked,
        events,
    );
    SeriesSpec { region: Some(region.into()), ..spec }
}

/// One card per region of the view, hidden while its region is off (kept, so it comes back
/// instantly): each region's categories stacked.
#[component]
pub fn RegionCards(
    resource: &'static str,
    id_prefix: &'static str,
    what: (&'static str, &'static str),
    figures: fn(&str) -> (&'static str, &'static str),
    events: &'static str,
) -> impl IntoView {
    let ctx = use_ctx();
    let all: Vec<String> = ctx.state.with_untracked(|s| s.view.spec().regions.iter().map(|r| r.to_string()).collect());
    view! {
        <For each=move || all.clone() key=|r| r.clone() let:region>
            <SeriesChart spec=by_class(resource, id_prefix, &region, what, figures(&region), events) />
        </For>
    }
}

fn fig_for(region: &str) -> (&'static str, &'static str) {
    match region {
        "CN" => ("图 10、11", "figures 10, 11"),
        "EU" => ("图 19、20", "figures 19, 20"),
        _ => ("图 28、29", "figures 28, 29"),
    }
}

#[component]
pub fn WorkVisas() -> impl IntoView {
    let totals = SeriesSpec::new(
        "work-visas-totals",
        "work_visas",
        Text::new("中国、欧洲、印度公民获得的美国非移民工作签证", "US nonimmigrant work visas issued to citizens of China, Europe and India"),
        Text::new("图 37", "figure 37"),
        Picks::Regions(Cats::Selected),
        Draw::Line,
        "work-visas",
    );
    view! {
        <div class="view" data-view="work-visas">
            <Controls />
            <SeriesChart spec=totals />
            <RegionCards resource="work_visas" id_prefix="work-visas-by-class" what=("按签证类别", "by visa class") figures=fig_for events="work-visas" />
        </div>
    }
}

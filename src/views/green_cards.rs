//! Employment-based green cards (figures 9, 12, 13, 18, 21, 27, 30, 31): EB-1, EB-2, EB-3 and EB-5
//! by region, and work visas plus green cards together. Primary tables stop in FY2018 for totals
//! and EB-5; the report's numbers fill the years after, marked as such.

use crate::app::use_ctx;
use crate::charts::Draw;
use crate::components::controls::Controls;
use crate::components::series_chart::{Cats, Picks, SeriesChart, SeriesSpec};
use crate::data::Text;
use crate::views::work_visas::by_class;
use leptos::prelude::*;

fn fig_for(region: &str) -> (&'static str, &'static str) {
    match region {
        "CN" => ("图 12、13", "figures 12, 13"),
        "EU" => ("图 21", "figure 21"),
        _ => ("图 30、31", "figures 30, 31"),
    }
}

#[component]
pub fn GreenCards() -> impl IntoView {
    let ctx = use_ctx();
    let all_regions: Vec<String> = ctx.state.with_untracked(|s| s.view.spec().regions.iter().map(|r| r.to_string()).collect());
    let totals = SeriesSpec::new(
        "green-cards-totals",
        "green_cards",
        Text::new("中国、欧洲、印度公民获得的美国职业类移民签证", "US employment-based green cards for citizens of China, Europe and India"),
        Text::new("图 12、21、30", "figures 12, 21, 30"),
        Picks::Regions(Cats::Selected),
        Draw::Line,
        "green-cards",
    );
    let combined = SeriesSpec {
        follow_filters: true,
        ..SeriesSpec::new(
            "green-cards-combined",
            "work_and_green_cards",
            Text::new("非移民工作签证与职业类移民签证合计", "Work visas plus employment-based green cards"),
            Text::new("图 9、18、27，表 2", "figures 9, 18, 27, table 2"),
            Picks::Regions(Cats::Fixed(vec!["total".into()])),
            Draw::Line,
            "green-cards",
        )
    };
    view! {
        <div class="view" data-view="green-cards">
            <Controls />
            <SeriesChart spec=totals />
            <SeriesChart spec=combined />
            // One card per region of the view, hidden while its region is off (kept, so it comes back instantly).
            <For each=move || all_regions.clone() key=|r| r.clone() let:region>
                <SeriesChart spec=by_class(
                    "green_cards",
                    "green-cards-by-category",
                    &region,
                    ("按职业移民类别", "by preference category"),
                    fig_for(&region),
                    "green-cards",
                ) />
            </For>
        </div>
    }
}

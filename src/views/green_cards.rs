//! Employment-based green cards (figures 9, 12, 13, 18, 21, 27, 30, 31): EB-1, EB-2, EB-3 and EB-5
//! by region, and work visas plus green cards together. Primary tables stop in FY2018 for totals
//! and EB-5; the report's numbers fill the years after, marked as such.

use crate::charts::Draw;
use crate::components::controls::Controls;
use crate::components::series_chart::{Cats, Picks, SeriesChart, SeriesSpec};
use crate::data::Text;
use crate::views::work_visas::RegionCards;
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
            <RegionCards resource="green_cards" id_prefix="green-cards-by-category" what=("按职业移民类别", "by preference category") figures=fig_for events="green-cards" />
        </div>
    }
}

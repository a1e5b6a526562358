//! Students in the US (figures 15–17, 23–26, 33–35, table 3): totals by place of origin, by
//! academic level, and F-1 visas. Sources: IIE Open Doors; State Department monthly reports.

use crate::charts::Draw;
use crate::components::controls::Controls;
use crate::components::series_chart::{Cats, Picks, SeriesChart, SeriesSpec};
use crate::data::Text;
use crate::views::work_visas::RegionCards;
use leptos::prelude::*;

fn fig_for(region: &str) -> (&'static str, &'static str) {
    match region {
        "CN" => ("图 17", "figure 17"),
        "IN" => ("图 34", "figure 34"),
        _ => ("图 25、26", "figures 25, 26"),
    }
}

#[component]
pub fn Students() -> impl IntoView {
    let totals = SeriesSpec::new(
        "students-totals",
        "students",
        Text::new("在美国高校就读的中国、印度及英法德学生", "Students from China, India, the UK, France and Germany in US higher education"),
        Text::new("图 15、23、24、33，表 3", "figures 15, 23, 24, 33, table 3"),
        Picks::Regions(Cats::Fixed(vec!["total".into()])),
        Draw::Line,
        "students",
    );
    let f1 = SeriesSpec::new(
        "students-f1",
        "f1_visas",
        Text::new("中国、印度学生获得的美国 F-1 签证（自然年）", "US F-1 student visas, China and India (calendar years)"),
        Text::new("图 16、35", "figures 16, 35"),
        Picks::Regions(Cats::Fixed(vec!["F1".into()])),
        Draw::Bar,
        "students",
    );
    view! {
        <div class="view" data-view="students">
            <Controls />
            <SeriesChart spec=totals />
            <SeriesChart spec=f1 />
            <RegionCards resource="students_by_level" id_prefix="students-by-level" what=("按教育层次", "by academic level") figures=fig_for events="students" />
        </div>
    }
}

//! China (figures 38–41, table 6): emigrants and immigrants, migrants' share of population,
//! students going abroad and coming to China, and remittances in and out.

use crate::components::controls::Controls;
use crate::components::ranked_chart::{RankedChart, RankedSpec};
use crate::components::series_chart::{Picks, SeriesChart, SeriesSpec};
use crate::charts::Draw;
use crate::data::Text;
use leptos::prelude::*;

fn fixed(id: &str, resource: &'static str, title: Text, figures: Text, series: &[(&str, &str)], draw: Draw) -> SeriesSpec {
    SeriesSpec {
        follow_filters: false,
        ..SeriesSpec::new(id, resource, title, figures, Picks::Fixed(series.iter().map(|(e, c)| (e.to_string(), c.to_string())).collect()), draw, "china")
    }
}

/// The "major countries" of figure 39.
const MAJOR: &[&str] = &[
    "USA", "DEU", "GBR", "FRA", "ITA", "ESP", "CAN", "AUS", "RUS", "SAU", "ARE", "SGP", "JPN", "KOR", "BRA", "MEX", "ZAF", "IDN", "IND", "CHN",
];

#[component]
pub fn China() -> impl IntoView {
    let t = Text::new;
    let share = RankedSpec {
        only: MAJOR.iter().map(|c| c.to_string()).collect(),
        ..RankedSpec::new(
            "china-migrant-share",
            "migrant_share",
            t("世界主要国家国际移民占总人口比例", "International migrants as a share of population, major countries"),
            t("图 39", "figure 39"),
            &["share_of_population"],
            "share_of_population",
            2020,
            MAJOR.len(),
        )
    };
    let series = vec![
        fixed("china-migrants", "china_migrants", t("中国大陆的海外移民与在华国际移民", "Emigrants from and immigrants in mainland China"), t("图 38", "figure 38"), &[("CHN", "emigrants"), ("CHN", "immigrants")], Draw::Bar),
        fixed("china-foreigners", "china_foreigners", t("人口普查登记的在华外籍人士", "Foreigners in China counted by the census"), t("四（一）1", "section 4.1.1"), &[("CHN", "census_foreigners")], Draw::Points),
        fixed(
            "china-permanent-residence",
            "china_foreigners",
            t("获批中国永久居留的外国人", "Foreigners granted permanent residence in China"),
            t("四（一）1", "section 4.1.1"),
            &[("CHN", "permanent_residence"), ("CHN", "permanent_residence_first_half"), ("CHN", "permanent_residence_2004_2013")],
            Draw::Points,
        ),
    ];
    let students = vec![
        fixed("china-outbound", "china_outbound_students", t("中国当年出国留学与回国人数", "Chinese students going abroad and returning, per year"), t("图 40", "figure 40"), &[("CHN", "outbound"), ("CHN", "returnees")], Draw::Bar),
        fixed("china-inbound", "china_inbound_students", t("来华国际学生人数", "International students in China"), t("图 41", "figure 41"), &[("CHN", "inbound")], Draw::Bar),
        fixed("china-inbound-growth", "china_inbound_students", t("来华国际学生人数年增长率", "Growth of international students in China"), t("图 41", "figure 41"), &[("CHN", "growth")], Draw::Line),
        fixed("china-remittances", "remittances", t("中国大陆接收与汇出的侨汇", "Remittances received and sent by mainland China"), t("表 6", "table 6"), &[("CHN", "inflow"), ("CHN", "outflow")], Draw::Line),
        fixed("china-remittance-ranks", "remittances", t("中国大陆侨汇的世界排名", "Mainland China's world rank in remittances"), t("表 6", "table 6"), &[("CHN", "inflow_rank"), ("CHN", "outflow_rank")], Draw::Line),
    ];
    view! {
        <div class="view" data-view="china">
            <Controls />
            {series.into_iter().map(|spec| view! { <SeriesChart spec=spec /> }).collect_view()}
            <RankedChart spec=share />
            {students.into_iter().map(|spec| view! { <SeriesChart spec=spec /> }).collect_view()}
        </div>
    }
}

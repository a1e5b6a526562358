//! EB-1A, extraordinary ability (figures 14, 22, 32, 36): petitions and approval rates. USCIS
//! has not published this series by country; only the points the report states are drawn, as
//! points, never joined across gaps.

use crate::charts::Draw;
use crate::components::controls::Controls;
use crate::components::series_chart::{Cats, Picks, SeriesChart, SeriesSpec};
use crate::data::Text;
use leptos::prelude::*;

fn not_published() -> Option<Text> {
    Some(Text::new(
        "美国移民局未公布分国别的 EB-1A 完整年度数据；图中只有报告正文给出的数值，以点表示，不连成线。",
        "USCIS has not published the full EB-1A series by country: the chart shows only the values the report's text states, as points, not joined into lines.",
    ))
}

fn points(id: &str, category: &str, title: Text, figures: Text) -> SeriesSpec {
    SeriesSpec {
        follow_filters: false,
        note: not_published(),
        ..SeriesSpec::new(id, "eb1a", title, figures, Picks::Regions(Cats::Fixed(vec![category.into()])), Draw::Points, "eb1a")
    }
}

#[component]
pub fn Eb1a() -> impl IntoView {
    let rates = points(
        "eb1a-approval-rates",
        "approval_rate",
        Text::new("EB-1A 杰出人才移民申请通过率", "EB-1A (extraordinary ability) approval rates"),
        Text::new("图 14、22、32、36", "figures 14, 22, 32, 36"),
    );
    let petitions = points(
        "eb1a-petitions",
        "petitions",
        Text::new("EB-1A 杰出人才移民申请数", "EB-1A petitions"),
        Text::new("图 14、22、32", "figures 14, 22, 32"),
    );
    let approvals = SeriesSpec {
        follow_filters: false,
        ..SeriesSpec::new(
            "eb1a-cn-approvals",
            "eb1a",
            Text::new("中国出生申请人 EB-1A 获批数（美国移民局，经媒体转载）", "EB-1A approvals, born in China (USCIS, via press)"),
            Text::new("图 14 的补充", "a complement to figure 14"),
            Picks::Fixed(vec![("CN".into(), "approvals".into())]),
            Draw::Bar,
            "eb1a",
        )
    };
    view! {
        <div class="view" data-view="eb1a">
            <Controls />
            <SeriesChart spec=rates />
            <SeriesChart spec=petitions />
            <SeriesChart spec=approvals />
        </div>
    }
}

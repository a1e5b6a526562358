//! The story (`view=story&step=N`): the report's six core findings (`findings`) as a guided
//! sequence, each step one chart of the catalog in the state its finding's "show me" link opens,
//! with the report's reading drawn on it. What a step draws is declared here, as data; the numbers
//! in its callouts are read from the chart's own table (`charts::annotate`), never typed.

use super::*;

/// One step: the finding it tells (by its place in `findings::findings`), the chart, what the
/// report says about it, and what the chart marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub figure: &'static Figure,
    /// The report's reading, after the finding's numbers: its words (core findings; section 4.1.1
    /// for the last step), not ours.
    pub says: Phrase,
    pub notes: &'static [Annotation],
}

/// A reading drawn on a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Annotation {
    /// One value of one series, enlarged and labelled. `series` is an entity code ("IN") or a
    /// drawn series' id ("CHN|emigrants"); in `text`, `{value}` is the value as the chart's table
    /// shows it and `{year}` its year.
    Point { series: &'static str, year: i32, text: Phrase, at: Side },
    /// A span of years, shaded and named.
    Span { from: i32, to: i32, text: Phrase },
}

/// Where a point's label sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Above,
    Below,
    Left,
    Right,
    /// Above, ending at the point: for the last years, where a centred label would run off the
    /// chart on a phone.
    AboveLeft,
}

impl Side {
    /// ECharts' label position.
    pub fn code(self) -> &'static str {
        match self {
            Side::Above => "top",
            Side::Below => "bottom",
            Side::Left => "left",
            Side::Right => "right",
            Side::AboveLeft => "top",
        }
    }

    /// ECharts' label alignment where the position's own would not do: text ending at the point.
    pub fn align(self) -> Option<&'static str> {
        (self == Side::AboveLeft).then_some("right")
    }
}

const COVID: Annotation = Annotation::Span { from: 2020, to: 2021, text: t("疫情低谷", "COVID trough") };

pub const STEPS: &[Step] = &[
    Step {
        figure: &green_cards::COMBINED,
        says: t(
            "报告称，美国依然是全球首要的国际人才高地，对顶尖人才和国际学生的吸引力依然强劲。",
            "In the report's words, the US remains the world's leading talent hub, still strongly attractive to top talent and international students.",
        ),
        notes: &[COVID, Annotation::Point { series: "CN", year: 2021, text: t("中国谷底：{value}", "China's low: {value}"), at: Side::Right }],
    },
    Step {
        figure: &students::TOTALS,
        says: t(
            "报告称，疫情之后印度公民获得美国工签、绿卡的人数以及赴美留学的人数均快速增长，印度已成为美国国际人才的第一大来源国。",
            "The report finds that after COVID Indians' US work visas, green cards and enrolments all grew fast: India has become the largest source of talent for the US.",
        ),
        notes: &[
            Annotation::Point { series: "CN", year: 2019, text: t("中国峰值：{value}", "China's peak: {value}"), at: Side::Left },
            Annotation::Point { series: "IN", year: 2019, text: t("印度 {year}：{value}", "India {year}: {value}"), at: Side::Left },
        ],
    },
    Step {
        figure: &eb1a::APPROVAL_RATES,
        says: t(
            "报告指出，各国通过率在 2012–2016 年上升、2016–2020 年下降，趋势一致，说明 USCIS 并未基于国籍区别对待。",
            "The report finds every country's rate rose in 2012–2016 and fell in 2016–2020, the same trend: USCIS did not treat any nationality differently.",
        ),
        // The rates are sparse (the report's own numbers): the peak and the low that the spans
        // stand for, read off the chart's table.
        notes: &[
            Annotation::Span { from: 2012, to: 2016, text: t("上升", "rising") },
            Annotation::Span { from: 2016, to: 2020, text: t("下降", "falling") },
            Annotation::Point { series: "E3", year: 2016, text: t("{value}%", "{value}%"), at: Side::Below },
            Annotation::Point { series: "CN", year: 2020, text: t("{value}%", "{value}%"), at: Side::Below },
        ],
    },
    Step {
        figure: &work_visas::TOTALS,
        says: t(
            "三地的工作签证在疫情期间都跌至近十年最低；此后印度和欧洲迅速回升，中国恢复缓慢。",
            "All three fell to their lowest in a decade during COVID; India and Europe then recovered quickly, China slowly.",
        ),
        notes: &[
            COVID,
            Annotation::Point { series: "IN", year: 2023, text: t("印度：2019 年的 {value}%", "India: {value}% of 2019"), at: Side::Left },
            Annotation::Point { series: "CN", year: 2023, text: t("中国：{value}%", "China: {value}%"), at: Side::Left },
        ],
    },
    Step {
        figure: &green_cards::TOTALS,
        says: t(
            "中国公民获得的职业类移民签证在 2021、2022 年连续攀升，2022 年达到近十年峰值。",
            "Employment green cards for Chinese citizens climbed in 2021 and 2022, reaching a ten-year high in 2022.",
        ),
        notes: &[
            Annotation::Point { series: "CN", year: 2019, text: t("2019 年：{value}", "2019: {value}"), at: Side::Below },
            Annotation::Point { series: "CN", year: 2022, text: t("近十年峰值：{value}", "Ten-year high: {value}"), at: Side::Below },
        ],
    },
    Step {
        figure: &china::MIGRANTS,
        says: t(
            "报告称，2020 年年中在中国大陆的国际移民约 104 万人，约占中国海外移民总数的 10%、大陆总人口的 0.07%。",
            "The report puts immigrants in mainland China at about 1.04 million in mid-2020: about 10% of China's emigrants and 0.07% of its population.",
        ),
        notes: &[
            Annotation::Point { series: "CHN|emigrants", year: 2020, text: t("海外移民：{value}", "Emigrants: {value}"), at: Side::AboveLeft },
            Annotation::Point { series: "CHN|immigrants", year: 2020, text: t("在华移民：{value}", "Immigrants: {value}"), at: Side::AboveLeft },
        ],
    },
];

/// The step `n` (1-based) of the story.
pub fn step(n: usize) -> Option<&'static Step> {
    n.checked_sub(1).and_then(|i| STEPS.get(i))
}

impl Annotation {
    pub fn text(&self) -> Phrase {
        match self {
            Annotation::Point { text, .. } | Annotation::Span { text, .. } => *text,
        }
    }
}

//! The dashboard's own words in Chinese and English. Keys are enum variants, so a missing or
//! misspelt key is a compile error, and every key must have both languages.

use crate::data::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The spellings `lang=` accepts for each language (the page's boot script reads them from
    /// the build, see `page::boot_config`).
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Lang::Zh => &["zh", "zh-cn", "zh-hans", "cn"],
            Lang::En => &["en", "en-us", "en-gb"],
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.aliases().contains(&s.as_str()))
    }

    /// The BCP 47 tag of `<html lang>` and of text marked in this language.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The browser's preferred language (`navigator.language`), reduced to ours: any Chinese → zh,
    /// anything else → en.
    pub fn from_browser(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// A text in this language: a data file's [`Text`], a catalog [`Phrase`], or a [`Msg`].
    pub fn pick<T: Bilingual + ?Sized>(self, text: &T) -> &str {
        text.text_in(self)
    }
}

/// Anything said in both languages. The one way the dashboard translates: data texts, the catalog's
/// phrases and the interface's messages all go through [`Lang::pick`].
pub trait Bilingual {
    fn text_in(&self, lang: Lang) -> &str;
}

impl Bilingual for Text {
    fn text_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// A fixed text in both languages, for declarations made at compile time (the figure catalog).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub zh: &'static str,
    pub en: &'static str,
}

/// `t("中文", "English")`: a [`Phrase`].
pub const fn t(zh: &'static str, en: &'static str) -> Phrase {
    Phrase { zh, en }
}

impl Bilingual for Phrase {
    fn text_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

impl Bilingual for Msg {
    fn text_in(&self, lang: Lang) -> &str {
        self.text(lang)
    }
}

macro_rules! messages {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key),* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            /// A table indexed by the message, not a `match` on it: the match compiled to a
            /// 5.7 KB function in the wasm.
            pub fn text(self, lang: Lang) -> &'static str {
                const TEXTS: &[[&str; 2]] = &[$([$zh, $en]),*];
                TEXTS[self as usize][lang as usize]
            }
        }
    };
}

messages! {
    SiteTitle => "国际人才流动数据看板", "Talent Flows";
    SiteSubtitle => "以美国为枢纽的国际人才流动：中国、欧洲、印度", "International talent mobility with the US as a hub: China, Europe and India";
    Citation => "数据与图表依据：全球化智库（CCG）等，《国际人才流动与治理报告——以美国为枢纽分析2024》，2024 年。", "Based on: Center for China and Globalization (CCG) et al., International Talent Mobility and Governance Report — Analysis with the United States as a Hub 2024 (in Chinese), 2024.";
    NavLabel => "视图", "Views";
    NavOverview => "概览", "Overview";
    NavStory => "六项发现", "The story";
    StoryStepOf => "第 {n} 步，共 {total} 步", "Step {n} of {total}";
    StoryNext => "下一步", "Next";
    StoryPrev => "上一步", "Previous";
    StoryExplore => "在“{view}”中打开完整图表 →", "Open the full chart in “{view}” →";
    StoryHint => "用左右方向键或在手机上左右滑动翻页。", "Use the left and right arrow keys, or swipe on a phone, to move between steps.";
    StoryLink => "按六项核心发现逐步浏览 →", "Walk through the six findings, step by step →";
    StoryEmbed => "嵌入这一步", "Embed this step";
    StoryNav => "六项发现的步骤", "Story steps";
    NavProfile => "国别概况", "Profiles";
    ProfileLede => "本看板关于这一来源地的全部数据：最新数字及其与 2019 年的比较、在全部来源地中的位置，以及各类签证、绿卡、留学生的图表。", "Everything this dashboard knows about one origin: the latest numbers against 2019 and against every other origin, then its work visas, green cards and students, chart by chart.";
    ProfileDefinition => "口径", "Who is counted";
    ProfilePick => "选择来源地", "Choose an origin";
    NavWorkVisas => "工作签证", "Work visas";
    NavGreenCards => "职业移民（绿卡）", "Green cards";
    NavEb1a => "EB-1A 杰出人才", "EB-1A";
    NavStudents => "留学生", "Students";
    NavGlobal => "全球图景", "Global context";
    NavChina => "中国", "China";
    NavPolicy => "政策", "Policy";
    NavExplorer => "签证浏览", "Visa explorer";
    SkipToContent => "跳到正文", "Skip to content";
    DarkMode => "深色模式", "Dark mode";
    Patterns => "图案填充", "Patterns";
    PagesCount => "{who}（{n} 篇，详见“来源与说明”）", "{who} ({n} pages; see Sources & notes)";
    OnePage => "{who}（1 篇，详见“来源与说明”）", "{who} (1 page; see Sources & notes)";
    FooterErrata => "勘误清单", "Errata";
    PrintAddress => "本页链接：", "This page: ";
    SwitchLanguage => "English", "中文";
    SwitchLanguageLabel => "切换到英文", "Switch to Chinese";
    FooterSources => "数据来源：美国国务院、美国国际教育协会（IIE Open Doors）、联合国经济和社会事务部、联合国教科文组织、世界银行、国际劳工组织、中国教育部及报告正文。每个图表下方列出其来源、口径与勘误。", "Data: U.S. Department of State, IIE Open Doors, UN DESA, UNESCO UIS, World Bank–KNOMAD, ILO, China's Ministry of Education, and the report's text. Each chart lists its sources, definitions and errata below it.";
    FooterZip => "全部数据（ZIP：CSV、中英文说明）", "All data (ZIP: CSVs, README in Chinese and English)";
    FooterXlsx => "全部数据（Excel）", "All data (Excel)";
    FooterData => "数据包说明（JSON，Frictionless 数据包格式）", "Data package descriptor (JSON, Frictionless)";
    NoticeTitle => "链接中有无法识别的参数，已改用默认值：", "Some parts of the link were not understood and were replaced by defaults:";
    NoticeUnknownKey => "未知参数", "unknown parameter";
    NoticeBadValue => "无效取值", "invalid value";
    NoticeDuplicate => "重复参数，仅采用第一个", "repeated parameter, only the first is used";
    NoticeSwapped => "起止年份颠倒，已交换", "start and end years were reversed and have been swapped";
    NoticeDismiss => "关闭提示", "Dismiss";
    NoticeNotInView => "此视图不使用该参数", "not used by this view";
    NoticeNotInData => "数据中没有，已忽略", "not in the data, left out";
    Regions => "地区", "Regions";
    Years => "年份", "Years";
    From => "起", "From";
    To => "止", "To";
    Mode => "数值", "Values";
    ModeAbs => "绝对数", "Absolute";
    ModeIndex => "指数（基年 = 100）", "Index (base year = 100)";
    BaseYear => "基年", "Base year";
    ViewAs => "显示", "Show";
    TabChart => "图表", "Chart";
    TabTable => "表格", "Table";
    Year => "年份", "Year";
    Loading => "正在加载数据…", "Loading data…";
    LoadError => "此图表的数据无法加载。", "The data for this chart could not be loaded.";
    Retry => "重试", "Retry";
    ChartError => "图表无法绘制（图表库未加载）。表格仍可使用。", "The chart could not be drawn (the charting library did not load). The table still works.";
    SourcesAndNotes => "来源与说明", "Sources & notes";
    SourceLabel => "来源", "Source";
    RawFile => "原始文件", "Raw file";
    Definitions => "口径与说明", "Definitions and notes";
    Errata => "勘误：报告与原始数据不一致之处", "Errata: where the report differs from the primary data";
    ReportSays => "报告写为", "the report says";
    PrimarySays => "原始表格为", "the primary table says";
    PressSays => "新闻转载的官方数据为", "the publisher's figures, as quoted by the press, give";
    ReportBasedSays => "按本看板数据（其中部分数值取自报告正文）计算为", "the dashboard's data (some of them the report's own numbers) give";
    ShownValue => "图表显示原始表格数值。", "Charts show the primary value.";
    ShownDataValue => "图表显示本看板数据的数值。", "Charts show the dashboard's value.";
    LikelyCause => "可能原因", "Likely cause";
    ErratumMark => "此数值与报告正文不一致，见“勘误”", "This value differs from the report's text; see Errata";
    ErratumNote => "标 † 的数值与报告正文不一致，见", "Values marked † differ from the report's text; see ";
    ErratumMarkSelf => "报告另一处的写法与此不同，见“勘误”", "The report states it otherwise elsewhere; see Errata";
    TooltipTotal => "合计", "Total";
    OnlyCategories => "仅 {names}", "{names} only";
    LogOnlyCounts => "对数刻度只用于数量和指数（非堆叠）", "Log scale: for counts and indexes only (not stacked)";
    FindingErratum => "（报告写为{name} {year} 年 {report}；此处为原始数据 {data}，见勘误）", " (The report says {report} for {name} in {year}; shown here is the data's {data}, see Errata.)";
    KindPrimary => "原始数据", "primary data";
    KindPress => "新闻转载的官方数据", "official data via press";
    KindReport => "仅见于报告正文", "report text only";
    KindDerived => "由报告数值推算", "computed from the report's number";
    Gap => "无数据", "no data";
    NotSplit => "{name}（无细分数据）", "{name} (no breakdown)";
    NoDataShown => "{names}：所示年份没有数据，未绘出。", "{names}: no data for the years shown, not drawn.";
    IndexUnit => "指数（{base} = 100）", "Index ({base} = 100)";
    ShareUnit => "占所示合计的百分比（%）", "Share of the total shown (%)";
    YoyUnit => "较上年变化（%）", "Change on the previous year (%)";
    FigureRef => "对应报告{figs}", "Report {figs}";
    ModeShare => "占比（%）", "Share (%)";
    ModeYoy => "同比变化（%）", "Year on year (%)";
    Scale => "坐标", "Scale";
    ScaleLin => "线性", "Linear";
    ScaleLog => "对数", "Log";
    ChartTypeLabel => "图形", "Chart type";
    TypeAuto => "默认", "Default";
    TypeLine => "折线", "Lines";
    TypeBar => "柱状", "Bars";
    TypeStacked => "堆叠", "Stacked";
    Levels => "教育层次", "Levels";
    Classes => "签证类别", "Visa classes";
    SearchPolicies => "搜索政策（中英文均可）", "Search the policies (Chinese or English)";
    TableN => "表 {n}", "Table {n}:";
    RowsShown => "显示 {n} / {total} 行", "{n} of {total} rows shown";
    ShowMe => "查看图表 →", "Show me →";
    StoryStep => "“六项发现”第 {n} 步 →", "In the story: step {n} →";
    OverviewLede => "报告的六项核心发现，数字直接取自本看板的数据；点击“查看图表”可打开证明该发现的图表。", "The report's six core findings, with their numbers read from this dashboard's data; “Show me” opens the chart that proves each one.";
    PercentOfYear => "{b} 为 {a} 的百分比", "{b} as % of {a}";
    Nationalities => "国籍", "Nationalities";
    AllClasses => "全部签证类别", "all visa classes";
    ExplorerLede => "美国国务院非移民签证明细表的全部数据（自 1997 财年起的每一年，超出报告范围）：选择任意国籍、地区分组与签证类别进行比较，中英文名称均可输入。不选类别即为全部类别之和。", "The whole State Department NIV Detail Table (every fiscal year since 1997, beyond the report): compare any nationalities, region groups and visa classes, typing their names in English or Chinese. No class chosen means all classes together.";
    Remove => "移除", "Remove";
    AddByName => "输入名称添加", "Type a name to add";
    PickerAdded => "已添加：{name}", "Added: {name}";
    PickerRemoved => "已移除：{name}", "Removed: {name}";
    PickerNoMatch => "列表中没有“{text}”：请从建议中选择", "No “{text}” in the list: pick a name from the suggestions";
    PickerWhich => "“{text}”：{names}？请输入完整名称", "“{text}”: {names}? Type the whole name";
    Share => "分享", "Share";
    Embed => "嵌入", "Embed";
    Download => "下载", "Download";
    DownloadViewCsv => "当前视图 CSV", "CSV of this view";
    DownloadFullCsv => "完整数据 CSV", "Full data (CSV)";
    DownloadMetadata => "元数据（来源、说明、勘误）JSON", "Metadata (sources, notes, errata) JSON";
    LinkCopied => "链接已复制。", "Link copied.";
    CodeCopied => "代码已复制。", "Code copied.";
    CopyFailed => "无法自动复制，请手动复制：", "Could not copy automatically; copy it by hand: ";
    EmbedTitle => "嵌入此图表", "Embed this chart";
    EmbedHelp => "把以下代码粘贴到网页中。图表宽度自适应；附带的 embed.js 会自动调整高度（可选）。", "Paste this code into a web page. The chart fills the width; the optional embed.js keeps its height right.";
    CopyCode => "复制代码", "Copy code";
    Close => "关闭", "Close";
    OpenFull => "在国际人才流动数据看板中打开 ↗", "Open in Talent Flows ↗";
    ShowAllCharts => "显示本视图全部图表", "Show all charts of this view";
    Fiscal => "{year} 财年", "FY{year}";
    Academic => "{year}/{next} 学年", "{year}/{next}";
    Calendar => "{year} 年", "{year}";
    Summary => "{first}至{last}，{series}。", "From {first} to {last}: {series}.";
    SummaryRoseFell => "{name}从 {a} 变为 {b}", "{name} went from {a} to {b}";
    ListSep => "；", "; ";
    ItemSep => "，", ", ";
    LabelSep => "：", ": ";
    RegionColumn => "地区", "Region";
    CountryColumn => "国家/地区", "Country or area";
    MeasurePercentOf => "（相对 {base} 的百分比）", " (percent of {base})";
    MeasureGrowth => "（相对 {base} 的增长率 %）", " (growth on {base}, %)";
    MeasureMultiple => "（相对 {base} 的倍数）", " (times {base})";
    MeasureDifference => "（与 {base} 之差）", " (difference from {base})";
    MeasureRank => "（排名）", " (rank)";
    TableSource => "资料来源：{source}", "Source: {source}";
    About => "约", "≈";
    DownloadXlsx => "Excel 表格（.xlsx）", "Excel (.xlsx)";
    XlsxFailed => "未能生成 Excel 表格，请重试。", "The Excel file could not be made; please try again.";
    SheetData => "数据", "Data";
    SheetAbout => "说明", "About";
    AboutTitle => "标题", "Title";
    AboutShows => "内容", "Shows";
    AboutSource => "来源", "Source";
    AboutAddress => "网址", "Address";
    AboutNote => "注", "Note";
    AboutBasedOn => "依据", "Based on";
    PresetSquare => "社交媒体方图 PNG（1080 × 1080）", "Social square PNG (1080 × 1080)";
    PresetPortrait => "社交媒体竖图 PNG（1080 × 1350）", "Social portrait PNG (1080 × 1350)";
    LayoutLabel => "显示", "Show";
    LayoutLines => "历年走势", "Over time";
    LayoutRank => "国籍排名", "Nationalities ranked";
    LayoutRankGroups => "地区排名", "Regions ranked";
    RankYear => "排名年份", "Year ranked";
    Play => "播放", "Play";
    Pause => "暂停", "Pause";
    TopLabel => "显示", "Show";
    TopN => "前 {n} 位", "Top {n}";
    TopAll => "全部", "All";
    RankShareUnit => "占所有国籍该类别签证的百分比（%）", "Share of all nationalities' visas of these classes (%)";
    RankOfNationalities => "{all} 个国籍中的 {n} 个", "{n} of {all} nationalities";
    RankOfGroups => "{all} 个地区中的 {n} 个", "{n} of {all} regions";
    ChangeFloor => "只列出 {year} 签发至少 {n} 份的国籍或地区：份数更少时，几份之差就会排到最前。", "Only origins with at least {n} visas in {year}: for smaller ones a few visas more or less would top the ranking.";
    PresetChinaEuropeIndia => "中国 · 欧洲 · 印度", "China · Europe · India";
    EmbedPinned => "嵌入的图表固定为你现在看到的样子：{lang}，{theme}；在本页切换语言或主题后重新复制即可。", "The embedded chart keeps what you see now: {lang}, {theme}. Switch the language or theme on this page and copy again for another.";
    LanguageName => "中文", "English";
    ThemeDark => "深色", "dark";
    ThemeLight => "浅色", "light";
    ImageFailed => "无法生成图片，请稍后重试。", "The image could not be made; please try again.";
    Filters => "筛选", "Filters";
    CountRegions => "{n} 个地区", "{n} regions";
    CountClasses => "{n} 个签证类别", "{n} classes";
    CountLevels => "{n} 个教育层次", "{n} levels";
    OneRegion => "1 个地区", "1 region";
    CountOrigins => "{n} 个来源地", "{n} origins";
    OneOrigin => "1 个来源地", "1 origin";
    OneClass => "1 个签证类别", "1 class";
    OneLevel => "1 个教育层次", "1 level";
    KeyApprox => "浅色、虚线描边：报告只给出约数（表格与提示中标“约”）", "Faded, dashed outline: a figure the report gives only approximately (≈ in tables and tooltips)";
    KeyHollow => "○ 空心（仅有彩色描边）：报告正文给出的数值或由其推算（原始表格中没有）", "○ Unfilled, outlined in colour: the report's own number, or computed from it (not in the publisher's table)";
    KeyCovid => "阴影：新冠疫情年份（{years}）", "Shaded: the COVID-19 years ({years})";
    KeyGap => "线条或柱形中断：来源中没有该年的数值", "A break: no value in the sources for that year";
    EventsHeading => "图中标注的事件", "Events marked on the chart";
    ToggleSeries => "显示或隐藏", "Show or hide";
    ShowLaterYears => "显示报告之后的年份（至 {year}）", "Show the years after the report (to {year})";
    Cite => "引用", "Cite";
    CiteTitle => "引用此图表", "Cite this chart";
    CiteSite => "引用本看板与报告", "Cite the dashboard and the report";
    CiteHelp => "引用格式采用当前页面语言；链接保留你此刻看到的图表状态，日期为今天（访问日期）。", "In the page's language; the link keeps the chart as you see it now, and the access date is today.";
    CiteDashboard => "本看板", "This dashboard";
    CiteReport => "报告", "The report";
    CiteRebuilds => "据{authors}《{report}》重建", "rebuilt from {authors}, {report}";
    CiteVersion => "数据版本 {version}", "data version {version}";
    CiteGbt => "{site}. {title}（{version}；{rebuilt}）[EB/OL]. ({created})[{accessed}]. {url}.", "{site}. {title} ({version}; {rebuilt})[EB/OL]. ({created})[{accessed}]. {url}.";
    CiteApa => "{site}.（{year}）.{title}［数据集，{version}］. {rebuilt}. 检索于 {date}，来自 {url}", "{site}. ({year}). {title} [Data set, {version}]. {rebuilt}. Retrieved {date}, from {url}";
    CcgPublisher => "全球化智库", "Center for China and Globalization";
    Copy => "复制", "Copy";
    Copied => "已复制。", "Copied.";
    DataAsOf => "数据截至 {date}", "Data as of {date}";
    Published => "发布于 {date}", "published {date}";
    GapWhy => "{name}（{years}）{why}。", "{name}, {years}: {why}.";
    YearNumber => "年份（数值）", "Year (number)";
    ColumnUnit => "{name}（{unit}）", "{name} ({unit})";
    ApproxColumn => "约数（报告原文为概数）", "approximate (the report words it so)";
    ErratumColumn => "与报告正文不一致（见勘误清单）", "differs from the report's text (see Errata)";
}

/// Replaces `{name}` placeholders. Values are plain text; the UI renders them as text, never HTML.
/// Names as a list in running text: "China, Europe and India", "中国、欧洲、印度".
pub fn list(names: &[&str], lang: Lang) -> String {
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(match lang {
                Lang::Zh => "、",
                Lang::En if i + 1 == names.len() => " and ",
                Lang::En => ", ",
            });
        }
        out.push_str(name);
    }
    out
}

pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let han = |c: Option<char>| c.is_some_and(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    let mut out = template.to_string();
    for (k, v) in pairs {
        let key = format!("{{{k}}}");
        let mut from = 0;
        while let Some(at) = out[from..].find(&key).map(|i| i + from) {
            let (mut start, mut end) = (at, at + key.len());
            // Chinese sets no space between two Han characters: a value ending or starting with one
            // drops the template's space on that side ("为 {year} 的" → "为 2019 财年的", but
            // "为 2019 的").
            if han(v.chars().next_back()) && out[end..].starts_with(' ') && han(out[end + 1..].chars().next()) {
                end += 1;
            }
            if han(v.chars().next()) && out[..start].ends_with(' ') && han(out[..start - 1].chars().next_back()) {
                start -= 1;
            }
            out.replace_range(start..end, v);
            from = start + v.len();
        }
    }
    out
}

/// A number as JavaScript's `String(v)` writes it ("442421", "77.89233689365095"), for the page's
/// data attributes and ECharts' keys: through serde_json's formatter, which the wasm has anyway,
/// rather than `f64`'s `Display` (10 KB of the wasm).
pub fn js_number(v: f64) -> String {
    let s = serde_json::to_string(&v).unwrap_or_default();
    match s.strip_suffix(".0") {
        Some("-0") => "0".into(),
        Some(int) => int.to_string(),
        None => s,
    }
}

/// The sign of a negative number as the page writes it: the minus sign (U+2212), as typeset
/// figures have it, not the hyphen, which is narrower than a digit and breaks a line after it.
/// Files for machines (CSV, JSON) keep the hyphen (`js_number`).
pub const MINUS: &str = "\u{2212}";

/// `v` with `d` decimals, a tie rounded away from zero (as JavaScript's `toFixed` does). Integer
/// arithmetic: with no `{:.N}` of a float anywhere, Rust's float formatting (10 KB) stays out of
/// the wasm.
pub fn fixed(v: f64, d: usize) -> String {
    let d = d.min(9);
    let p = 10u64.pow(d as u32);
    let n = (v.abs() * p as f64).round();
    if !n.is_finite() || n >= 9.0e15 {
        return js_number(v);
    }
    let n = n as u64;
    let sign = if v < 0.0 && n != 0 { MINUS } else { "" };
    if d == 0 {
        format!("{sign}{n}")
    } else {
        format!("{sign}{}.{:0w$}", n / p, n % p, w = d)
    }
}

/// Thousands separators, as both languages write counts ("442,421").
pub fn group_thousands(v: f64, decimals: usize) -> String {
    let s = fixed(v.abs(), decimals);
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') { MINUS } else { "" };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_decimals_without_float_formatting() {
        for (v, d, s) in [
            (1.0, 2, "1.00"),
            (0.125, 2, "0.13"),
            (2.5, 0, "3"),
            (-0.04, 1, "0.0"),
            (-1.25, 1, "\u{2212}1.3"),
            (151.18594, 1, "151.2"),
            (442421.0, 0, "442421"),
            (0.07, 2, "0.07"),
            (99.96, 1, "100.0"),
        ] {
            assert_eq!(fixed(v, d), s, "{v} to {d}");
        }
        // Where no tie is involved, as Rust's own formatting.
        for v in [0.1, 1.0 / 3.0, 12947.0, 68.93, 2.81e8, 0.000_5, 77.89233689365095, 102.8716, 23.841773644664578] {
            for d in 0..4 {
                assert_eq!(fixed(v, d), format!("{v:.d$}"), "{v} to {d}");
            }
        }
    }

    #[test]
    fn numbers_as_javascript_writes_them() {
        for (v, s) in [
            (442421.0, "442421"),
            (77.89233689365095, "77.89233689365095"),
            (0.07, "0.07"),
            (-1.5, "-1.5"),
            (-0.0, "0"),
            (1e15, "1000000000000000"),
            (0.1 + 0.2, "0.30000000000000004"),
        ] {
            assert_eq!(js_number(v), s);
        }
    }

    #[test]
    fn filled_chinese_has_no_space_between_two_han_characters() {
        assert_eq!(fill("为 {year} 的 {pct}", &[("year", "2019 财年"), ("pct", "68.9%")]), "为 2019 财年的 68.9%");
        assert_eq!(fill("为 {year} 的 {pct}", &[("year", "2019"), ("pct", "68.9%")]), "为 2019 的 68.9%");
        assert_eq!(fill("{b} 为 {a} 的百分比", &[("a", "2019 财年"), ("b", "2023 财年")]), "2023 财年为 2019 财年的百分比");
        assert_eq!(fill("（相对 {base} 的百分比）", &[("base", "2020/21 学年")]), "（相对 2020/21 学年的百分比）");
        assert_eq!(fill("{a} of {b} {a}", &[("a", "x"), ("b", "y")]), "x of y x", "every place, in English as before");
        assert_eq!(fill("中 {n} 文", &[("n", "国")]), "中国文");
    }

    #[test]
    fn every_message_has_both_languages_and_english_has_no_chinese() {
        for m in Msg::ALL {
            assert!(!m.text(Lang::Zh).is_empty(), "{m:?}");
            let en = m.text(Lang::En);
            assert!(!en.is_empty(), "{m:?}");
            // The language switch shows the other language's name on purpose.
            if *m != Msg::SwitchLanguage {
                assert!(!en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{m:?} has Chinese in English: {en}");
            }
        }
    }

    #[test]
    fn placeholders_are_the_same_in_both_languages() {
        let holes = |s: &str| {
            let mut v: Vec<String> = s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(k, _)| k.to_string())).collect();
            v.sort();
            v
        };
        for m in Msg::ALL {
            assert_eq!(holes(m.text(Lang::Zh)), holes(m.text(Lang::En)), "{m:?}");
        }
    }

    #[test]
    fn groups_thousands() {
        let cases = [
            (442421.0, 0, "442,421"),
            (48388.0, 0, "48,388"),
            (999.0, 0, "999"),
            (1000.0, 0, "1,000"),
            (100.0, 1, "100.0"),
            (51.234, 1, "51.2"),
            (-1234.5, 1, "\u{2212}1,234.5"),
            (0.0, 0, "0"),
            (-0.04, 1, "0.0"),
        ];
        for (v, d, want) in cases {
            assert_eq!(group_thousands(v, d), want, "{v}");
        }
    }

    #[test]
    fn languages_parse_and_follow_the_browser() {
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("zh"), Some(Lang::Zh));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::from_browser("zh-TW"), Lang::Zh);
        assert_eq!(Lang::from_browser("en-US"), Lang::En);
        assert_eq!(Lang::from_browser("de"), Lang::En);
    }
}

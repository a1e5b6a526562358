use super::*;
use proptest::prelude::*;

fn wv(q: &str) -> String {
    format!("view=work-visas&{q}")
}

#[test]
fn reads_the_issue_example() {
    let (s, n) = parse("?view=work-visas&regions=CN~EU~IN&from=2014&to=2023&mode=abs&tab=chart");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(s, ViewState::default_for(View::WorkVisas));
}

#[test]
fn reads_a_ranking_of_the_explorer() {
    let (s, n) = parse("?view=explorer&layout=rank&year=2023&classes=H-1B");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!((s.layout, s.year, s.top, s.categories.clone()), (Layout::Rank, Some(2023), Some(20), vec!["H-1B".to_string()]));
    assert_eq!(serialize(&s), "view=explorer&layout=rank&year=2023&classes=H-1B");
    let (s, n) = parse("?view=explorer&layout=rank-groups&top=all");
    assert_eq!((s.layout, s.top, n.len()), (Layout::RankGroups, None, 0));
    // An embed of the ranking is a ranking; the lines' id shows the lines.
    assert_eq!(parse("view=explorer&chart=explorer-rank&embed=1").0.layout, Layout::Rank);
    assert_eq!(parse("view=explorer&chart=explorer-rank&layout=rank-groups").0.layout, Layout::RankGroups);
    assert_eq!(parse("view=explorer&chart=explorer-totals&layout=rank").0.layout, Layout::Lines);
    // Bad values fall back, said so; the keys mean nothing to other views.
    use Problem::*;
    for (q, problems) in [
        ("view=explorer&layout=map", vec![BadValue]),
        ("view=explorer&top=7", vec![BadValue]),
        ("view=explorer&year=x", vec![BadValue]),
        ("view=work-visas&layout=rank&year=2020", vec![NotInView, NotInView]),
    ] {
        let (s, n) = parse(q);
        assert_eq!((s.layout, s.top, s.year), (Layout::Lines, Some(20), None), "{q}");
        assert_eq!(n.iter().map(|n| n.problem).collect::<Vec<_>>(), problems, "{q}");
    }
}

#[test]
fn reads_a_step_of_the_story() {
    let (s, n) = parse("?view=story&step=4&embed=1");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!((s.view, s.step, s.embed), (View::Story, 4, true));
    assert_eq!(serialize(&s), "view=story&step=4&embed=1");
    assert_eq!(serialize(&parse("view=story&step=1").0), "view=story", "the first step is the default");
    use Problem::*;
    for (q, problems) in
        [("view=story&step=0", vec![BadValue]), ("view=story&step=7", vec![BadValue]), ("view=story&step=<b>", vec![BadValue]), ("view=work-visas&step=2", vec![NotInView])]
    {
        let (s, n) = parse(q);
        assert_eq!(s.step, 1, "{q}");
        assert_eq!(n.iter().map(|n| n.problem).collect::<Vec<_>>(), problems, "{q}");
    }
}

#[test]
fn reads_a_profile() {
    let (s, n) = parse("?view=profile&region=in");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!((s.view, s.regions.clone()), (View::Profile, vec!["IN".to_string()]));
    assert_eq!(serialize(&s), "view=profile&region=IN");
    assert_eq!(serialize(&parse("view=profile&region=CN").0), "view=profile", "China is the default");
    use Problem::*;
    for (q, problems) in [
        ("view=profile&region=US", vec![BadValue]),
        ("view=profile&region=CN~IN", vec![BadValue]),
        ("view=profile&regions=IN", vec![NotInView]),
        ("view=work-visas&region=IN", vec![NotInView]),
    ] {
        let (s, n) = parse(q);
        assert_eq!(n.iter().map(|n| n.problem).collect::<Vec<_>>(), problems, "{q}");
        if s.view == View::Profile {
            assert_eq!(s.regions, ["CN"], "{q}");
        }
    }
}

#[test]
fn no_view_opens_the_overview() {
    let (s, n) = parse("");
    assert_eq!((s.view, n.len()), (View::Overview, 0));
}

#[test]
fn table_of_work_visa_queries() {
    use Problem::*;
    // (query, regions, from, to, mode, tab, problems)
    let cases: Vec<(String, &str, i32, i32, Mode, Tab, Vec<Problem>)> = vec![
        (wv(""), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
        (wv("regions=IN"), "IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
        (wv("regions=in~cn"), "CN~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
        (wv("regions=CN%7EIN"), "CN~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
        (wv("regions=CN~XX"), "CN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
        (wv("regions="), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
        (wv("regions=CN~CN"), "CN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
        (wv("from=2016&to=2020"), "CN~EU~IN", 2016, 2020, Mode::Abs, Tab::Chart, vec![]),
        (wv("from=2020&to=2016"), "CN~EU~IN", 2016, 2020, Mode::Abs, Tab::Chart, vec![Swapped]),
        (wv("from=1900"), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
        (wv("to=-5"), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
        (wv("to=99999999999999"), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
        (wv("to=2024"), "CN~EU~IN", 2014, 2024, Mode::Abs, Tab::Chart, vec![]),
        (wv("mode=index"), "CN~EU~IN", 2014, 2023, Mode::Index, Tab::Chart, vec![]),
        (wv("mode=yoy"), "CN~EU~IN", 2014, 2023, Mode::Yoy, Tab::Chart, vec![]),
        (wv("mode=share"), "CN~EU~IN", 2014, 2023, Mode::Share, Tab::Chart, vec![]),
        (wv("mode=INDEX"), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
        (wv("tab=table"), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Table, vec![]),
        (wv("tab=<script>"), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
        (wv("mode=abs&mode=index"), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![Duplicate]),
        (wv("colour=red"), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![UnknownKey]),
        (wv("levels=graduate"), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![NotInView]),
        (wv("utm_source=news&fbclid=x"), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![]),
        ("view=nope&regions=CN".to_string(), "", 2014, 2024, Mode::Abs, Tab::Chart, vec![BadValue, NotInView]),
        (wv("%E4%B8%AD=%FF%FE&&&="), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![UnknownKey]),
        (wv("from=%"), "CN~EU~IN", 2014, 2023, Mode::Abs, Tab::Chart, vec![BadValue]),
    ];
    for (q, regions, from, to, mode, tab, problems) in cases {
        let (s, n) = parse(&q);
        assert_eq!(s.regions.join("~"), regions, "{q}");
        // The years shown with the work-visa data's years (FY2014–2024).
        assert_eq!((s.years_within((2014, 2024)), s.mode, s.tab), ((from, to), mode, tab), "{q}");
        assert_eq!(n.iter().map(|n| n.problem).collect::<Vec<_>>(), problems, "{q}");
    }
}

#[test]
fn categories_scale_type_theme_chart_embed_and_search() {
    let (s, n) = parse("view=work-visas&classes=j~h&scale=log&type=stacked&theme=dark&chart=work-visas-totals&embed=1");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(s.categories, vec!["H", "J"]);
    assert_eq!((s.scale, s.chart_type, s.theme, s.embed), (Scale::Log, ChartType::Stacked, Some(Theme::Dark), true));
    assert_eq!(s.chart, Some("work-visas-totals"));

    let (s, n) = parse("view=students&levels=graduate~opt&chart=nope&embed=yes&scale=cubic");
    assert_eq!(s.categories, vec!["graduate", "opt"]);
    assert_eq!((s.chart, s.embed, s.scale), (None, false, Scale::Lin));
    assert_eq!(n.len(), 3, "{n:?}");

    let (s, n) = parse("view=policy&q=H-1B%20%E7%AD%BE%E8%AF%81");
    assert!(n.is_empty());
    assert_eq!(s.search, "H-1B 签证");
    let (s, n) = parse(&format!("view=policy&q={}", "x".repeat(500)));
    assert_eq!((s.search.as_str(), n.len()), ("", 1));
}

#[test]
fn the_explorer_takes_codes_the_data_will_check() {
    let (s, n) = parse("view=explorer&regions=china-mainland~korea-south&classes=H-1B~B-1%2C2");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(s.regions, vec!["china-mainland", "korea-south"]);
    assert_eq!(s.categories, vec!["H-1B", "B-1,2"]);
    let (s, n) = parse("view=explorer&regions=%3Cimg%3E~india");
    assert_eq!((s.regions.clone(), n.len()), (vec!["india".to_string()], 1));
    assert_eq!(serialize(&s), "view=explorer&regions=india");
}

#[test]
fn notices_are_shortened() {
    let long = "x".repeat(5000);
    let (_, n) = parse(&wv(&format!("from={long}")));
    assert!(n[0].value.chars().count() <= SHOW_CHARS + 1);
}

#[test]
fn serialize_omits_defaults_but_keeps_view() {
    assert_eq!(serialize(&ViewState::default_for(View::WorkVisas)), "view=work-visas");
    let mut s = ViewState::default_for(View::WorkVisas);
    s.regions = vec!["CN".into(), "IN".into()];
    s.categories = vec!["H".into()];
    s.mode = Mode::Index;
    s.base = 2016;
    s.tab = Tab::Table;
    s.to = Some(2024);
    s.lang = Some(Lang::En);
    s.scale = Scale::Log;
    assert_eq!(serialize(&s), "view=work-visas&regions=CN~IN&classes=H&to=2024&mode=index&base=2016&scale=log&tab=table&lang=en");
    assert_eq!(parse(&serialize(&s)), (s, vec![]));
}

#[test]
fn decodes_like_a_browser_and_never_panics() {
    assert_eq!(decode("a+b%20c"), "a b c");
    assert_eq!(decode("%E4%B8%AD"), "中");
    assert_eq!(decode("%"), "%");
    assert_eq!(decode("%4"), "%4");
    assert_eq!(decode("%zz"), "%zz");
    assert_eq!(decode("%FF"), "\u{fffd}");
    assert_eq!(encode("B-1,2 中"), "B-1%2C2%20%E4%B8%AD");
}

fn any_state() -> impl Strategy<Value = ViewState> {
    (0..View::ALL.len(), any::<u64>(), any::<bool>(), any::<bool>()).prop_map(|(vi, seed, en, dark)| {
        let view = View::ALL[vi];
        let spec = view.spec();
        let mut s = ViewState::default_for(view);
        let mut r = seed;
        let mut next = |n: usize| {
            r = r.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((r >> 33) as usize) % n.max(1)
        };
        if view == View::Profile {
            s.regions = vec![spec.regions[next(spec.regions.len())].to_string()];
        } else if !spec.regions.is_empty() {
            let keep: Vec<String> = spec.regions.iter().filter(|_| next(2) == 0).map(|x| x.to_string()).collect();
            if !keep.is_empty() {
                s.regions = keep;
            }
        }
        if !spec.categories.is_empty() {
            let keep: Vec<String> = spec.categories.iter().filter(|_| next(2) == 0).map(|x| x.to_string()).collect();
            if !keep.is_empty() {
                s.categories = keep;
            }
        }
        let years = (*YEARS.start(), *YEARS.end());
        let year = |k: usize| years.0 + k as i32;
        let span = (years.1 - years.0) as usize + 1;
        if view.has(Filter::Years) {
            let (a, b) = (year(next(span)), year(next(span)));
            s.from = [None, Some(a.min(b))][next(2)];
            s.to = [None, Some(a.max(b))][next(2)];
        }
        if view.has(Filter::Mode) {
            s.mode = spec.modes[next(spec.modes.len())];
            s.base = year(next(span));
        }
        if view.has(Filter::Scale) {
            s.scale = Scale::ALL[next(2)];
        }
        if view.has(Filter::Type) {
            s.chart_type = ChartType::ALL[next(4)];
        }
        if view.has(Filter::Layout) {
            s.layout = Layout::ALL[next(3)];
            s.year = [None, Some(year(next(span)))][next(2)];
            s.top = [None, Some(10), Some(20), Some(50)][next(4)];
        }
        if view == View::Story {
            s.step = 1 + next(crate::catalog::story::STEPS.len());
        }
        s.tab = Tab::ALL[next(2)];
        s.lang = [None, Some(if en { Lang::En } else { Lang::Zh })][next(2)];
        s.theme = [None, Some(if dark { Theme::Dark } else { Theme::Light })][next(2)];
        s.chart = [None, spec.figures.first().map(|f| f.id)][next(2)];
        if s.chart.is_some() && view.has(Filter::Layout) {
            // The explorer's chart id and its layout go together (see `parse`).
            s.chart = Some(crate::catalog::explorer::shown(None, s.layout.ranks()).id);
        }
        s.embed = next(2) == 0;
        s.decal = next(2) == 0;
        s.normalize_years();
        s
    })
}

proptest! {
    /// Any state survives the URL: parse(serialize(s)) == s, with no notices.
    #[test]
    fn round_trip(s in any_state()) {
        let (back, notices) = parse(&serialize(&s));
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(back, s);
    }

    /// Any string at all parses to a usable state, and every notice value is short.
    #[test]
    fn never_panics(q in ".{0,300}") {
        let (s, notices) = parse(&q);
        let spec = s.view.spec();
        prop_assert!(s.from.zip(s.to).is_none_or(|(a, b)| a <= b));
        prop_assert!(spec.regions.is_empty() || spec.data_entities || !s.regions.is_empty());
        for n in notices {
            prop_assert!(n.value.chars().count() <= SHOW_CHARS + 1);
        }
    }

    /// Query strings built from real keys and hostile values never break the parser either.
    #[test]
    fn hostile_values(key in prop::sample::select(KEYS.to_vec()), v in "(<script>|%[0-9A-F]{2}|[\\-~,]|[0-9]{1,12}|\\PC){0,20}") {
        let (s, _) = parse(&format!("view=work-visas&{key}={v}"));
        prop_assert!(s.from.zip(s.to).is_none_or(|(a, b)| a <= b) && !s.regions.is_empty());
    }
}

#[test]
fn a_chart_id_alone_opens_the_view_that_has_it() {
    let (s, n) = parse("chart=green-cards-by-category-CN&embed=1&lang=zh");
    assert!(n.is_empty(), "{n:?}");
    assert_eq!((s.view, s.chart, s.embed), (View::GreenCards, Some("green-cards-by-category-CN"), true));
    assert_eq!(serialize(&s), "view=green-cards&chart=green-cards-by-category-CN&lang=zh&embed=1");
    // An unknown id still falls back to the overview, with its notice.
    let (s, n) = parse("chart=no-such-chart");
    assert_eq!((s.view, s.chart), (View::Overview, None));
    assert_eq!(n.len(), 1);
}

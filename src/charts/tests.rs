use super::*;
use crate::catalog::Draw;
use crate::data::{Kind, Period};
use crate::state::{Mode, Scale};
use crate::transform::{Line as L, Model};
use serde_json::Value;

fn model() -> Model {
    let line = |e: &str, c: &str, v: Vec<Option<f64>>| L {
        entity: e.into(),
        category: c.into(),
        name: format!("{e}-{c}"),
        kind: Kind::Primary,
        kinds: vec![Kind::Primary; v.len()],
        errata: vec![false; v.len()],
        approx: vec![false; v.len()],
        values: v,
    };
    Model {
        period: Period::FiscalYear,
        years: vec![2019, 2020, 2021, 2022],
        lines: vec![
            line("CN", "total", vec![Some(95818.0), Some(31540.0), None, Some(20198.0)]),
            line("IN", "total", vec![Some(292539.0), Some(180641.0), Some(109771.0), Some(341655.0)]),
        ],
        mode: Mode::Abs,
        base: 2019,
    }
}

fn text() -> ChartText {
    ChartText {
        year_labels: vec!["FY2019".into(), "FY2020".into(), "FY2021".into(), "FY2022".into()],
        axis_name: "visas".into(),
        covid: covid_span(&[2019, 2020, 2021, 2022]),
        markers: vec![Marker { index: 3, label: "EB-5 law".into() }],
        animate: false,
        dark: false,
        lang: crate::i18n::Lang::En,
        decal: false,
        width: 760.0,
        ranks: false,
    }
}

fn json(c: &str) -> Value {
    serde_json::from_str(c).unwrap()
}

fn by_region(l: &L) -> &'static str {
    palette::region(&l.entity)
}

/// A committed data file, as the app reads it.
fn real(name: &str) -> crate::data::Dataset {
    serde_json::from_str(&std::fs::read_to_string(format!("{}/data/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap()
}

/// `fig` built from `ds` in `view`'s default state, in English, laid out as on a desktop.
fn built_default(fig: &crate::catalog::Figure, ds: &crate::data::Dataset, view: crate::state::View) -> crate::charts::figure::Built {
    let look = Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width: 0 };
    crate::charts::figure::build(fig, ds, None, &crate::charts::figure::Filters::of(&crate::state::ViewState::default_for(view)), &look).unwrap()
}

#[test]
fn lines_keep_gaps_colours_and_reading_aids() {
    let v = json(&series::build(&model(), &text(), Draw::Line, Scale::Lin, &by_region, &[]));
    let s0 = &v["series"][0];
    let data: Vec<Value> = s0["data"].as_array().unwrap().iter().map(|d| d["value"].clone()).collect();
    assert_eq!(data, vec![Value::from(95818.0), Value::from(31540.0), Value::Null, Value::from(20198.0)]);
    assert_eq!(s0["connectNulls"], false);
    assert_eq!(s0["type"], "line");
    assert_eq!(s0["id"], "CN|total");
    assert_eq!(s0["itemStyle"]["color"], "#D55E00");
    assert_eq!(s0["markArea"]["data"][0][0]["xAxis"], "FY2020");
    assert_eq!(s0["markArea"]["data"][0][1]["xAxis"], "FY2021");
    assert_eq!(s0["markLine"]["data"][0]["xAxis"], "FY2022");
    assert_eq!(s0["markLine"]["data"][0]["name"], "EB-5 law");
    // Events are marked above the plot (the card numbers them); their names are in the tooltip and under the chart.
    assert_eq!(s0["markLine"]["label"]["position"], "end");
    assert!(v["series"][1].get("markArea").is_none(), "reading aids only once");
    let bars = json(&series::build(&model(), &text(), Draw::Stacked, Scale::Lin, &by_region, &[]));
    assert_eq!(bars["series"][0]["markArea"]["data"][0][0]["xAxis"], "FY2020", "bars get the band too");
    // ECharts puts a bar series' band on the axis' ticks: one at every bar's edge, so it spans its
    // years whatever labels the axis has room for (the browser test measures it drawn).
    assert_eq!(bars["xAxis"]["axisTick"]["interval"], 0);
    assert!(v["xAxis"].get("axisTick").is_none(), "lines keep ECharts' ticks");
    assert_eq!(v["xAxis"]["data"][0], "FY2019");
    assert_eq!(v["yAxis"]["name"], "visas");
    assert_eq!(v["yAxis"]["type"], "value");
    assert_eq!(v["animation"], false);
    // Dark: the band shows on the dark card, and an event's line is dimmer than its number.
    assert_eq!(s0["markArea"]["itemStyle"]["color"], "rgba(127,127,127,0.12)");
    assert_eq!(s0["markLine"]["lineStyle"]["opacity"], 1.0);
    let dark = json(&series::build(&model(), &ChartText { dark: true, ..text() }, Draw::Stacked, Scale::Lin, &by_region, &[]));
    assert_eq!(dark["series"][0]["markArea"]["itemStyle"]["color"], "rgba(200,200,200,0.16)");
    assert_eq!(dark["series"][0]["markLine"]["lineStyle"]["opacity"], 0.5);
    assert_eq!(dark["series"][0]["markLine"]["label"]["color"], dark["series"][0]["markLine"]["lineStyle"]["color"], "the number at full strength");
}

#[test]
fn report_values_inside_primary_series_are_hollow() {
    let mut m = model();
    m.lines[0].kinds[3] = Kind::Report;
    let v = json(&series::build(&m, &text(), Draw::Line, Scale::Lin, &by_region, &[]));
    assert_eq!(v["series"][0]["data"][3]["itemStyle"]["color"], "#ffffff");
    assert!(v["series"][0]["data"][0].get("itemStyle").is_none());
}

#[test]
fn draw_types_and_log_scale() {
    let cases = [(Draw::Bar, "bar", None), (Draw::Stacked, "bar", Some("total")), (Draw::Points, "scatter", None), (Draw::Line, "line", None)];
    for (draw, ty, stack) in cases {
        let v = json(&series::build(&model(), &text(), draw, Scale::Lin, &by_region, &[]));
        for s in v["series"].as_array().unwrap() {
            assert_eq!(s["type"], ty, "{draw:?}");
            assert_eq!(s["stack"].as_str(), stack, "{draw:?}");
        }
    }
    let mut m = model();
    m.lines[0].values[1] = Some(0.0);
    let v = json(&series::build(&m, &text(), Draw::Line, Scale::Log, &by_region, &[]));
    assert_eq!(v["yAxis"]["type"], "log");
    assert_eq!(v["series"][0]["data"][1]["value"], Value::Null, "zero has no place on a log axis");
    // Stacks are never drawn on a log axis.
    let v = json(&series::build(&model(), &text(), Draw::Stacked, Scale::Log, &by_region, &[]));
    assert_eq!(v["yAxis"]["type"], "value");
}

#[test]
fn no_covid_band_on_five_yearly_stocks() {
    assert_eq!(covid_span(&[2010, 2015, 2020]), None);
    assert_eq!(covid_span(&[2019, 2020, 2021]), Some((1, 2)));
}

#[test]
fn no_covid_band_outside_covid_years() {
    let mut t = text();
    t.covid = covid_span(&[2016, 2017]);
    assert_eq!(t.covid, None);
    let v = json(&series::build(&model(), &t, Draw::Line, Scale::Lin, &by_region, &[]));
    assert_eq!(v["series"][0]["markArea"]["data"], serde_json::json!([]));
}

#[test]
fn ranked_bars_put_the_largest_on_top_and_stack_parts() {
    let bars = vec![
        ranked::Bar2 { label: "USA".into(), values: vec![Some(25.0), Some(26.0)], focus: None, ends: vec![None, Some("51".into())] },
        ranked::Bar2 { label: "DEU".into(), values: vec![Some(8.0), Some(7.7)], focus: None, ends: vec![None, Some("15.7".into())] },
    ];
    let parts = [ranked::Part { code: "male".into(), name: "male".into(), colour: "#0072B2" }, ranked::Part { code: "female".into(), name: "female".into(), colour: "#E69F00" }];
    let v = json(&ranked::build(&bars, &parts, &text(), &[]));
    assert_eq!(v["yAxis"]["data"], serde_json::json!(["DEU", "USA"]));
    let values = |s: &Value| s["data"].as_array().unwrap().iter().map(|d| d["value"].as_f64()).collect::<Vec<_>>();
    assert_eq!(values(&v["series"][1]), [Some(7.7), Some(26.0)]);
    assert_eq!(v["series"][0]["stack"], "total");
    // Each bar's total at its end, on the last part: none on the parts before.
    assert_eq!(v["series"][1]["data"][1]["label"], serde_json::json!({ "show": true, "formatter": "51" }));
    assert!(v["series"][0]["data"][1].get("label").is_none());
}

#[test]
fn bar_ends_carry_their_numbers_as_the_reader_writes_them() {
    use crate::i18n::Lang;
    use crate::state::Mode;
    let look = |lang, width| Look { lang, dark: false, decal: false, animate: false, width };
    assert_eq!(ranked::end_label(1_255_992.0, Mode::Abs, false, &look(Lang::En, 760)), "1,255,992");
    assert_eq!(ranked::end_label(1_255_992.0, Mode::Abs, false, &look(Lang::En, 280)), "1.26M", "compact where narrow");
    assert_eq!(ranked::end_label(1_255_992.0, Mode::Abs, false, &look(Lang::Zh, 760)), "125.6万");
    assert_eq!(ranked::end_label(2_500.0, Mode::Abs, true, &look(Lang::En, 760)), "≈2,500", "approximate looks approximate");
    assert_eq!(ranked::end_label(12.25, Mode::Share, false, &look(Lang::En, 760)), "12.3%");
    let l = look(Lang::En, 760);
    // Stacked: the total on the last part drawn; none where a part is missing (no total to claim).
    assert_eq!(ranked::ends(&[Some(1.0), Some(2.0)], &[false, true], true, Some(3.0), Mode::Abs, &l), [None, Some("≈3".to_string())]);
    assert_eq!(ranked::ends(&[None, None, Some(9.0)], &[], true, Some(9.0), Mode::Abs, &l), [None, None, Some("9".to_string())]);
    assert_eq!(ranked::ends(&[Some(1.0), None], &[], true, None, Mode::Abs, &l), [None, None]);
    // Side by side: each its own number, a gap none.
    assert_eq!(ranked::ends(&[Some(1.0), None], &[], false, None, Mode::Abs, &l), [Some("1".to_string()), None]);
}

#[test]
fn a_narrow_ranking_gives_its_axis_to_the_numbers_and_leaves_them_room() {
    let bars: Vec<ranked::Bar2> = [("Korea, Republic of", 9_000_000.0), ("Germany", 3_000_000.0)]
        .iter()
        .map(|(n, v)| ranked::Bar2 { label: n.to_string(), values: vec![Some(*v)], focus: None, ends: vec![Some(crate::charts::axis::compact_number(*v, crate::i18n::Lang::En))] })
        .collect();
    let parts = [ranked::Part { code: "total".into(), name: "total".into(), colour: "#0072B2" }];
    let narrow = ChartText { width: 280.0, ..text() };
    let v = json(&ranked::build(&bars, &parts, &narrow, &[]));
    assert_eq!(v["xAxis"]["axisLabel"]["show"], false, "no axis numbers beside the bars' own");
    // "9M" at the end of the longest bar, which reaches the axis' end: its width and a gap.
    let right = v["grid"][0]["right"].as_f64().unwrap();
    assert!(right >= crate::charts::text_width("9M") + 4.0, "{right}");
    assert_eq!(v["yAxis"]["data"][1], "Korea, Republic\nof", "a long name in lines, not half the chart's width");
    let wide = json(&ranked::build(&bars, &parts, &text(), &[]));
    assert_eq!(wide["xAxis"]["axisLabel"]["show"], true);
    assert_eq!(wide["yAxis"]["data"][1], "Korea, Republic of");
    // Twenty bars in a phone's chart have no room for a second line: names stay whole.
    let many: Vec<ranked::Bar2> = (0..20).map(|i| ranked::Bar2 { label: format!("Korea, Republic of {i}"), values: vec![Some(1.0)], focus: None, ends: vec![] }).collect();
    let v = json(&ranked::build(&many, &parts, &narrow, &[]));
    assert!(v["yAxis"]["data"].as_array().unwrap().iter().all(|n| !n.as_str().unwrap().contains('\n')));
    // Below zero, the number is at the bar's left end.
    let neg = vec![ranked::Bar2 { label: "A".into(), values: vec![Some(-5.0)], focus: None, ends: vec![Some("-5".into())] }];
    let v = json(&ranked::build(&neg, &parts, &text(), &[]));
    assert_eq!(v["series"][0]["data"][0]["label"]["position"], "left");
}

#[test]
fn axes_name_their_formatter_and_decals_follow_the_switch() {
    let v = json(&series::build(&model(), &text(), Draw::Line, Scale::Lin, &by_region, &[]));
    assert_eq!(v["yAxis"]["axisLabel"]["formatter"], "tf:axis:en");
    assert_eq!(v["aria"]["decal"]["show"], false);
    let t = ChartText { decal: true, lang: crate::i18n::Lang::Zh, ..text() };
    let v = json(&series::build(&model(), &t, Draw::Bar, Scale::Lin, &by_region, &[]));
    assert_eq!(v["yAxis"]["axisLabel"]["formatter"], "tf:axis:zh");
    assert_eq!((v["aria"]["enabled"].clone(), v["aria"]["label"]["enabled"].clone()), (Value::Bool(true), Value::Bool(false)));
}

#[test]
fn fields_are_added_to_the_option_text_as_valid_json() {
    let mut a = String::from("{}");
    add_field(&mut a, "\"x\":1");
    assert_eq!(a, "{\"x\":1}");
    let s = with_fields(&charming::series::Bar::new().name("\"series\":[{"), "\"markArea\":{},");
    let v: Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v["markArea"], serde_json::json!({}), "{s}");
    assert_eq!(v["name"], "\"series\":[{", "a look-alike inside a string is left alone");
}

#[test]
fn palettes_are_stable_and_distinct_for_the_main_regions() {
    assert_eq!(palette::region("CN"), palette::region("CHN"));
    let main: Vec<&str> = ["CN", "EU", "IN"].iter().map(|c| palette::region(c)).collect();
    assert!(main[0] != main[1] && main[1] != main[2] && main[0] != main[2]);
    assert_eq!(palette::fallback("korea-south"), palette::fallback("korea-south"));
}

#[test]
fn a_gap_where_part_of_the_total_is_known_says_why_under_the_chart() {
    use crate::charts::figure::{build, Filters};
    use crate::state::{View, ViewState};
    let ds: crate::data::Dataset = serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/green_cards.json")).unwrap()).unwrap();
    let state = ViewState::default_for(View::GreenCards);
    let look = Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width: 0 };
    let b = build(&crate::catalog::green_cards::TOTALS, &ds, None, &Filters::of(&state), &look).unwrap();
    assert_eq!(ds.value("IN", "total", 2020), None);
    let india = b.gaps.iter().find(|n| n.starts_with("India,")).expect("India's gap is said");
    assert!(india.starts_with("India, FY2020, FY2021: no total — the sources found do not have EB-5,"), "{india}");
    assert!(!b.gaps.iter().any(|n| n.starts_with("China")), "China's total has no such gap in the report's years");
    // Work visas plus green cards (the story's first step): India's gap names the missing part.
    let wgc: crate::data::Dataset = serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/work_and_green_cards.json")).unwrap()).unwrap();
    let b = build(&crate::catalog::green_cards::COMBINED, &wgc, None, &Filters::of(&state), &look).unwrap();
    let india = b.gaps.iter().find(|n| n.starts_with("India")).expect("India's gap is said");
    assert!(india.starts_with("India, FY2020, FY2021: no total — the work visas are known but not the employment green cards"), "{india}");
    let zh = Look { lang: crate::i18n::Lang::Zh, ..look };
    let b = build(&crate::catalog::green_cards::COMBINED, &wgc, None, &Filters::of(&state), &zh).unwrap();
    assert!(b.gaps.iter().any(|n| n.starts_with("印度（2020 财年，2021 财年）无合计：有工作签证的数值")), "{:?}", b.gaps);
    // A change from the year before has none in the first year shown: that is no gap in the data.
    let wv: crate::data::Dataset = serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/work_visas.json")).unwrap()).unwrap();
    let yoy = ViewState { mode: crate::state::Mode::Yoy, ..ViewState::default_for(View::WorkVisas) };
    let b = build(&crate::catalog::work_visas::TOTALS, &wv, None, &Filters::of(&yoy), &look).unwrap();
    assert!(b.gaps.iter().all(|n| !n.contains("no total")), "{:?}", b.gaps);
}

#[test]
fn long_axis_names_break_at_spaces_to_fit() {
    assert_eq!(wrap("immigrants (visas issued + adjustments of status)", 190.0), "immigrants (visas issued +\nadjustments of status)");
    assert_eq!(wrap("张", 100.0), "张");
    assert_eq!(wrap("visas issued", 1000.0), "visas issued");
}

#[test]
fn approximate_report_values_say_so_in_tooltips_and_tables() {
    use crate::charts::figure::{build, Filters};
    use crate::state::{View, ViewState};
    let ds: crate::data::Dataset = serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/eb1a.json")).unwrap()).unwrap();
    assert!(ds.is_approx("CN", "petitions", 2011), "\"大致 1,200 份左右\"");
    for (lang, mark) in [(crate::i18n::Lang::En, "≈1,200"), (crate::i18n::Lang::Zh, "约1,200")] {
        let look = Look { lang, dark: false, decal: false, animate: false, width: 0 };
        let b = build(&crate::catalog::eb1a::PETITIONS, &ds, None, &Filters::of(&ViewState::default_for(View::Eb1a)), &look).unwrap();
        let row = b.table.rows.iter().find(|r| r.key == "2011").unwrap();
        assert_eq!(row.cells[0].text, mark);
        assert!(row.cells[0].approx);
        assert!(b.option.contains(mark), "the tooltip says it");
        // …and the chart shows it: a faded mark in a dashed outline, explained under the chart.
        let o = json(&b.option);
        let cn = o["series"].as_array().unwrap().iter().find(|s| s["id"] == "CN|petitions").unwrap();
        let at_2011 = &cn["data"][1];
        assert_eq!((at_2011["value"].as_f64(), &at_2011["itemStyle"]["borderType"]), (Some(1200.0), &serde_json::json!("dashed")), "{cn}");
        assert!(cn["data"][7]["itemStyle"].is_null(), "an exact value is drawn plainly: {}", cn["data"][7]);
        // The key's mark is the one tables and tooltips use, not an example number (a chart of
        // percentages has no "about 2,500").
        assert!(b.key.iter().any(|k| k.contains(if lang == crate::i18n::Lang::En { "(≈ in tables" } else { "标“约”" })), "{:?}", b.key);
        assert!(
            crate::transform::csv::table_csv(&b.table, lang).lines().any(|l| l.starts_with("FY2011,2011,1200,") || l.starts_with("2011 财年,2011,1200,")),
            "the CSV keeps the number"
        );
    }
}

#[test]
fn a_ranking_of_twenty_gets_the_height_to_label_every_bar() {
    use crate::charts::figure::{build, Filters};
    use crate::state::{View, ViewState};
    let fig = &crate::catalog::global::DESTINATIONS;
    let ds = real(fig.resource);
    let filters = Filters::of(&ViewState::default_for(View::Global));
    let at = |width| build(fig, &ds, None, &filters, &Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width }).unwrap();
    let (phone, desktop) = (at(280), at(760));
    assert_eq!(phone.table.rows.len(), 20);
    // 17 px a row on a phone, 22 on a desktop, beside the margins: above the defaults (340, 420).
    assert_eq!(phone.height, Some(20 * 17 + 72));
    assert_eq!(desktop.height, Some(20 * 22 + 72));
    // …and every label is drawn (ECharts would drop overlapping ones).
    let option = json(&phone.option);
    assert_eq!(option["yAxis"]["axisLabel"]["interval"].as_f64(), Some(0.0), "{}", option["yAxis"]);
    // A short ranking keeps the page's default height.
    let seven = crate::charts::ranked::height(7, &Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width: 280 });
    assert_eq!(seven, None);
}

#[test]
fn a_bar_known_only_as_a_whole_is_drawn_as_the_whole_and_named_so() {
    use crate::state::View;
    let fig = &crate::catalog::global::WORKERS;
    let ds = real(fig.resource);
    // The report gives Northern America's total only; the Arab States' by sex.
    assert_eq!((ds.value("N_AMERICA", "male", 2019), ds.value("N_AMERICA", "total", 2019)), (None, Some(37e6)));
    let b = built_default(fig, &ds, View::Global);
    assert_eq!(b.table.columns, ["Male", "Female", "Total (no breakdown)"]);
    let row = |k: &str| b.table.rows.iter().find(|r| r.key == k).unwrap().cells.iter().map(|c| c.value).collect::<Vec<_>>();
    assert_eq!(row("N_AMERICA"), [None, None, Some(37e6)]);
    assert_eq!(row("ARAB_STATES"), [Some(19.9e6), Some(4.2e6), None]);
    assert!(b.option.contains("\"id\":\"whole:total\""), "{}", b.option);
    assert_eq!(b.legend.len(), 3);
}

#[test]
fn ranks_read_downward_from_first_place() {
    use crate::charts::figure::{build, Filters};
    use crate::state::{View, ViewState};
    let fig = &crate::catalog::china::REMITTANCE_RANKS;
    let ds = real(fig.resource);
    let b = built_default(fig, &ds, View::China);
    let o = json(&b.option);
    assert_eq!(o["yAxis"]["inverse"], true);
    assert_eq!(o["yAxis"]["min"].as_f64(), Some(1.0), "no rank 0");
    assert_eq!(o["yAxis"]["axisLabel"]["customValues"], serde_json::json!([1.0, 10.0, 20.0, 30.0, 40.0]));
    // Its name and the event markers stay at the top, where the axis starts.
    assert_eq!(o["yAxis"]["nameLocation"], "start");
    assert_eq!(o["series"][0]["markLine"]["label"]["position"], "start");
    // An amount's axis runs upward as ever.
    let amounts = build(
        &crate::catalog::china::REMITTANCES,
        &ds,
        None,
        &Filters::of(&ViewState::default_for(View::China)),
        &Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width: 0 },
    )
    .unwrap();
    assert_eq!(json(&amounts.option)["yAxis"]["inverse"], false);
}

#[test]
fn a_line_with_no_value_shown_is_left_out_and_the_chart_says_so() {
    use crate::charts::figure::{build, Filters};
    use crate::state::{View, ViewState};
    let fig = &crate::catalog::green_cards::BY_CATEGORY_EU;
    let ds = real(fig.resource);
    let mut state = ViewState::default_for(View::GreenCards);
    state.regions = vec!["EU".into()];
    let b = build(fig, &ds, None, &Filters::of(&state), &Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width: 0 }).unwrap();
    // No source gives Europe's EB-1 to EB-3: only EB-5 is drawn, listed and tabled.
    assert_eq!(b.legend.iter().map(|x| x.name.as_str()).collect::<Vec<_>>(), ["EB-5 investors"]);
    assert_eq!(b.table.columns.len(), 1);
    assert!(b.notes.iter().any(|n| n.starts_with("EB-1 priority workers, EB-2") && n.ends_with("no data for the years shown, not drawn.")), "{:?}", b.notes);
}

#[test]
fn an_event_has_the_same_number_on_every_chart_of_a_view() {
    use crate::charts::figure::{build, Filters};
    use crate::state::{View, ViewState};
    let read = |n: &str| std::fs::read_to_string(format!("{}/data/{n}.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let events: crate::data::texts::Events = serde_json::from_str(&read("events")).unwrap();
    let filters = Filters::of(&ViewState::default_for(View::Students));
    let look = Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width: 0 };
    let listed = |fig: &crate::catalog::Figure| {
        let ds: crate::data::Dataset = serde_json::from_str(&read(fig.resource)).unwrap();
        build(fig, &ds, Some(&events), &filters, &look).unwrap().events
    };
    let (long, short) = (listed(&crate::catalog::students::TOTALS), listed(&crate::catalog::students::F1));
    assert!(short.len() < long.len(), "the F-1 chart covers fewer years: {short:?}");
    // "③ 2021-05 …" on one is "③ 2021-05 …" on the other.
    for e in &short {
        assert!(long.contains(e), "{e} is numbered differently: {long:?}");
    }
    assert!(!short[0].starts_with('①'), "{short:?}");
}

#[test]
fn no_covid_band_on_a_few_counts_years_apart() {
    use crate::state::View;
    let fig = &crate::catalog::china::FOREIGNERS;
    let ds = real(fig.resource);
    let b = built_default(fig, &ds, View::China);
    assert!(!b.key.iter().any(|k| k.contains("COVID")), "{:?}", b.key);
    let o = json(&b.option);
    assert_eq!(o["series"][0]["markArea"]["data"], serde_json::json!([]), "{}", o["series"][0]);
}

#[test]
fn a_chart_names_the_sources_of_what_it_draws_not_of_its_whole_file() {
    use crate::charts::figure::{build, Filters};
    use crate::provenance::{source_line, Provenance};
    use crate::state::{View, ViewState};
    let fig = &crate::catalog::global::EB_CONSULAR;
    let ds = real(fig.resource);
    assert!(ds.sources.len() > 1, "the file also holds the Blue Card figures' sources");
    let b = built_default(fig, &ds, View::Global);
    let p = Provenance::of_drawn(&ds, &b.drawn);
    let line = source_line(&p, crate::i18n::Lang::En);
    assert!(line.contains("Center for China and Globalization") && !line.contains("Eurostat"), "{line}");
    // A primary series with the report's values in it names both.
    let fig = &crate::catalog::green_cards::TOTALS;
    let ds = real(fig.resource);
    let b =
        build(fig, &ds, None, &Filters::of(&ViewState::default_for(View::GreenCards)), &Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width: 0 })
            .unwrap();
    let line = source_line(&Provenance::of_drawn(&ds, &b.drawn), crate::i18n::Lang::En);
    assert!(line.contains("Visa Office") && line.contains("Center for China and Globalization"), "{line}");
}

/// The explorer's ranking: the reader's year, measure and length; its bars, table and notes agree.
#[test]
fn the_explorer_ranking_follows_year_measure_and_length() {
    use crate::state::{Layout, View, ViewState};
    let niv: crate::data::explorer::Explorer = serde_json::from_str(&std::fs::read_to_string(format!("{}/data/niv_explorer.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap();
    let ds = crate::transform::explorer::ranking_dataset(&niv, &["H-1B".into()], false);
    let look = Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width: 0 };
    let state = |f: &dyn Fn(&mut ViewState)| {
        let mut s = ViewState { layout: Layout::Rank, categories: vec!["H-1B".into()], ..ViewState::default_for(View::Explorer) };
        f(&mut s);
        crate::charts::figure::build(&crate::catalog::explorer::RANK, &ds, None, &crate::charts::figure::Filters::of(&s), &look).unwrap()
    };
    let b = state(&|_| {});
    assert_eq!(b.title, "US nonimmigrant visas issued, ranked: H-1B");
    assert!(b.subtitle.contains("FY2024") && b.subtitle.contains("20 of"), "{}", b.subtitle);
    let o = json(&b.option);
    let labels = o["yAxis"]["data"].as_array().unwrap();
    assert_eq!(labels.len(), 20);
    assert_eq!(labels.last().unwrap(), "India", "the first bar is at the top");
    assert_eq!(b.table.rows.len(), 20);
    assert_eq!(b.table.rows[0].key, "india");
    assert!(b.notes.is_empty());
    let b = state(&|s| {
        s.year = Some(2010);
        s.top = None;
        s.mode = Mode::Index;
        s.base = 2005;
    });
    assert!(b.subtitle.contains("FY2010") && b.subtitle.contains("2005 = 100"), "{}", b.subtitle);
    assert_eq!(b.table.columns.len(), 2, "the index and the count");
    assert!(b.table.rows.len() > 20 && b.table.rows.len() < niv.nationalities.len(), "all with at least 100 in 2005: {}", b.table.rows.len());
    assert!(b.notes[0].contains("at least 100 visas in FY2005"), "{:?}", b.notes);
    assert_eq!(b.height, ranked::height(b.table.rows.len(), &look));
}

#[test]
fn a_title_that_names_its_origins_names_those_drawn() {
    use crate::catalog::students::F1;
    use crate::i18n::{list, Lang};
    use crate::state::{View, ViewState};
    let ds = real("f1_visas");
    // The students view draws China and India (the data have no F-1 numbers for Europe).
    assert_eq!(built_default(&F1, &ds, View::Students).title, "US F-1 student visas, China and India (calendar years)");
    // A profile draws one origin; so does a reader who keeps one.
    let china = ViewState { regions: vec!["CN".into()], ..ViewState::default_for(View::Students) };
    for (l, want) in [(Lang::En, "US F-1 student visas, China (calendar years)"), (Lang::Zh, "中国学生获得的美国 F-1 签证（自然年）")] {
        let look = Look { lang: l, dark: false, decal: false, animate: false, width: 0 };
        assert_eq!(crate::charts::figure::build(&F1, &ds, None, &crate::charts::figure::Filters::of(&china), &look).unwrap().title, want);
    }
    // Europe's profile: its EB-1A charts say whose numbers they are.
    let e3 = ViewState { regions: vec!["E3".into()], ..ViewState::default_for(View::Eb1a) };
    let look = Look { lang: Lang::En, dark: false, decal: false, animate: false, width: 0 };
    let b = crate::charts::figure::build(&crate::catalog::eb1a::PETITIONS, &real("eb1a"), None, &crate::charts::figure::Filters::of(&e3), &look).unwrap();
    assert_eq!(b.title, "EB-1A petitions, UK + France + Germany");
    // Before the data: an ellipsis, never the placeholder.
    assert_eq!(F1.title_before_data(Lang::En), "US F-1 student visas, … (calendar years)");
    assert_eq!(
        (list(&["China", "Europe", "India"], Lang::En), list(&["中国", "印度"], Lang::Zh), list(&["China"], Lang::En)),
        ("China, Europe and India".into(), "中国、印度".into(), "China".into())
    );
}

#[test]
fn a_region_drawn_alone_keeps_its_colour_and_the_title_says_it_is_alone() {
    use crate::catalog::{green_cards, students, work_visas};
    use crate::i18n::Lang;
    use crate::state::{View, ViewState};
    let look = Look { lang: Lang::En, dark: false, decal: false, animate: false, width: 0 };
    for (fig, view, file) in
        [(&green_cards::TOTALS, View::GreenCards, "green_cards"), (&work_visas::TOTALS, View::WorkVisas, "work_visas"), (&students::F1, View::Students, "f1_visas")]
    {
        let ds = real(file);
        // Every region, by default: the report's title, each line in its region's colour.
        let all = built_default(fig, &ds, view);
        assert!(all.title.contains("China") && all.title.contains("India") && !all.title.contains('{'), "{}", all.title);
        let china = ViewState { regions: vec!["CN".into()], ..ViewState::default_for(view) };
        let b = crate::charts::figure::build(fig, &ds, None, &crate::charts::figure::Filters::of(&china), &look).unwrap();
        let opt = json(&b.option);
        assert_eq!(opt["series"].as_array().unwrap().len(), 1, "{}", fig.id);
        assert_eq!(opt["series"][0]["itemStyle"]["color"], crate::charts::palette::region("CN"), "{}: China's own colour, not a category's", fig.id);
        assert!(b.title.contains("China") && !b.title.contains("India") && !b.title.contains("Europe"), "{}", b.title);
    }
    assert_eq!(built_default(&work_visas::TOTALS, &real("work_visas"), View::WorkVisas).title, "US nonimmigrant work visas issued to citizens of China, Europe and India");
}

#[test]
fn a_region_drawn_alone_cites_its_own_figures_of_the_report() {
    use crate::catalog::{eb1a, green_cards, students, work_visas};
    use crate::i18n::Lang;
    use crate::state::{View, ViewState};
    let subtitle = |fig, file: &str, view: View, regions: &[&str], lang: Lang| {
        let state = ViewState { regions: regions.iter().map(|r| r.to_string()).collect(), ..ViewState::default_for(view) };
        let look = Look { lang, dark: false, decal: false, animate: false, width: 0 };
        crate::charts::figure::build(fig, &real(file), None, &crate::charts::figure::Filters::of(&state), &look).unwrap().subtitle
    };
    let cases: [(&crate::catalog::Figure, &str, View, &[&str], &str); 9] = [
        (&students::F1, "f1_visas", View::Students, &["CN"], "Report figure 16"),
        (&students::F1, "f1_visas", View::Students, &["IN"], "Report figure 35"),
        (&students::F1, "f1_visas", View::Students, &["CN", "IN"], "Report figures 16, 35"),
        // Europe has no F-1 numbers: China's line alone is drawn.
        (&students::F1, "f1_visas", View::Students, &["CN", "E3"], "Report figure 16"),
        (&eb1a::PETITIONS, "eb1a", View::Eb1a, &["E3"], "Report figure 22"),
        (&eb1a::APPROVAL_RATES, "eb1a", View::Eb1a, &["IN"], "Report figures 32, 36"),
        (&green_cards::TOTALS, "green_cards", View::GreenCards, &["EU"], "Report figure 21"),
        (&students::TOTALS, "students", View::Students, &["FR"], "Report figures 23, 24"),
        // A figure with no region of its own: the comparison, whatever is drawn.
        (&work_visas::TOTALS, "work_visas", View::WorkVisas, &["CN"], "Report figure 37"),
    ];
    for (fig, file, view, regions, want) in cases {
        let got = subtitle(fig, file, view, regions, Lang::En);
        assert!(got.ends_with(want), "{} {regions:?}: {got}", fig.id);
    }
    assert!(subtitle(&eb1a::PETITIONS, "eb1a", View::Eb1a, &["CN"], Lang::Zh).ends_with("对应报告图 14"));
}

#[test]
fn a_ranking_of_one_measure_draws_china_and_india_in_their_colours_and_the_rest_grey() {
    use crate::catalog::global;
    use crate::state::View;
    let b = built_default(&global::STUDENT_ORIGINS, &real("student_origins"), View::Global);
    let opt = json(&b.option);
    let labels: Vec<&str> = opt["yAxis"]["data"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let items = opt["series"][0]["data"].as_array().unwrap();
    assert_eq!(labels.len(), items.len());
    let colour_of = |name: &str| items[labels.iter().position(|l| *l == name).unwrap_or_else(|| panic!("{name} in {labels:?}"))]["itemStyle"]["color"].clone();
    assert_eq!(colour_of("India"), palette::region("IN"));
    assert_eq!(colour_of("China"), palette::region("CN"));
    assert_eq!(colour_of("Germany"), ranked::OTHERS);
    assert!(items.iter().all(|i| i["value"].is_number()), "the values stay as they were");
    // Parts side by side or stacked keep their parts' colours.
    let bars = vec![ranked::Bar2 { label: "China".into(), values: vec![Some(1.0), Some(2.0)], focus: ranked::focus("CHN"), ends: vec![] }];
    let parts = [ranked::Part { code: "male".into(), name: "m".into(), colour: "#0072B2" }, ranked::Part { code: "female".into(), name: "f".into(), colour: "#E69F00" }];
    let two = json(&ranked::build(&bars, &parts, &text(), &[String::new()]));
    assert!(two["series"][0]["data"][0].get("itemStyle").is_none(), "{}", two["series"][0]["data"]);
    assert_eq!(two["series"][0]["itemStyle"]["color"], "#0072B2");
}

#[test]
fn end_labels_stay_above_the_x_axis() {
    // Two lines ending at and near zero under one ending high: their labels are spread apart
    // upwards from the axis, not pushed down over it and its years (the students view with the
    // UK ticked, the explorer with five origins).
    let mut m = model();
    m.lines[0].values = vec![Some(90.0), Some(80.0), Some(10.0), Some(2.0)];
    m.lines[1].values = vec![Some(100.0), Some(90.0), Some(50.0), Some(100.0)];
    let mut low = m.lines[0].clone();
    low.entity = "GB".into();
    low.values = vec![Some(5.0), Some(3.0), Some(1.0), Some(0.0)];
    m.lines.push(low);
    let v = json(&series::build(&m, &text(), Draw::Line, Scale::Lin, &by_region, &[]));
    let offset = |i: usize| v["series"][i]["endLabel"]["offset"][1].as_f64().unwrap();
    assert_eq!(offset(1), 0.0, "a label with room stays at its line's end");
    assert!(offset(2) <= -16.0, "the lowest label lifts its half off the axis: {}", offset(2));
    // Its line ends 2% of the plot above the lowest's: lifted a label's height (32 px) above it.
    assert!(offset(0) < -30.0, "the next one above it, a label's height apart: {} {}", offset(0), offset(2));
}

#[test]
fn one_part_drawn_alone_is_named_in_the_subtitle() {
    let ds = real("green_cards");
    let b = built_default(&crate::catalog::green_cards::BY_CATEGORY_EU, &ds, crate::state::View::GreenCards);
    assert!(b.subtitle.starts_with("EB-5 investors · "), "{}", b.subtitle);
    let cn = built_default(&crate::catalog::green_cards::BY_CATEGORY_CN, &ds, crate::state::View::GreenCards);
    assert!(cn.subtitle.starts_with("immigrants"), "several parts have their legend: {}", cn.subtitle);
}

#[test]
fn lines_of_some_categories_say_which_in_the_subtitle() {
    use crate::charts::figure::{build, Filters};
    use crate::state::{View, ViewState};
    let ds = real("work_visas");
    let look = Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width: 760 };
    let some = ViewState { categories: vec!["H".into(), "L".into(), "O".into()], ..ViewState::default_for(View::WorkVisas) };
    let b = build(&crate::catalog::work_visas::TOTALS, &ds, None, &Filters::of(&some), &look).unwrap();
    assert!(b.subtitle.starts_with("H, L and O only · visas issued"), "{}", b.subtitle);
    let zh = Look { lang: crate::i18n::Lang::Zh, ..look };
    let b = build(&crate::catalog::work_visas::TOTALS, &ds, None, &Filters::of(&some), &zh).unwrap();
    assert!(b.subtitle.starts_with("仅 H、L、O · "), "{}", b.subtitle);
    let all = built_default(&crate::catalog::work_visas::TOTALS, &ds, View::WorkVisas);
    assert!(!all.subtitle.contains("only"), "{}", all.subtitle);
}

#[test]
fn a_value_computed_from_the_reports_number_says_so_and_is_not_called_the_reports() {
    use crate::catalog::green_cards;
    use crate::state::View;
    // China's EB-5 in FY2019 is the report's total less Table V's EB-1 to EB-3: the report never
    // states 4,327. FY2023's 6,262 it does state.
    let ds = real("green_cards");
    assert_eq!(ds.kind_of("CN", "EB5", 2019), Some(crate::data::Kind::Derived));
    assert_eq!(ds.kind_of("CN", "EB5", 2023), Some(crate::data::Kind::Report));
    let b = built_default(&green_cards::BY_CATEGORY_CN, &ds, View::GreenCards);
    assert!(b.option.contains("4,327</b> <i>(computed from the report's number)</i>"), "{}", b.option);
    assert!(b.option.contains("6,262</b> <i>(report text only)</i>"));
    assert!(b.key.iter().any(|k| k.contains("or computed from it")), "{:?}", b.key);
    // The report's own table gives India's 468,923, its text 489,000: the mark says the report
    // differs from itself, not that the value differs from the report.
    let both = built_default(&green_cards::COMBINED, &real("work_and_green_cards"), View::GreenCards);
    assert!(both.option.contains("468,923</b> <i>(report text only)</i> † <i>The report states it otherwise elsewhere"), "{}", both.option);
    assert!(!both.option.contains("(report text only)</i> † <i>This value differs"));
}

#[test]
fn a_ranked_value_the_report_states_otherwise_is_marked_in_table_and_tooltip() {
    use crate::catalog::global;
    use crate::state::View;
    // Ukraine → Russia: 3,268,263 in UN DESA's table, "nearly 4 million" in the report; China's
    // students abroad: 1,038,886 against the report's 1,021,000.
    for (fig, resource, entity, shown) in [(&global::CORRIDORS, "migration_corridors", "UKR>RUS", "3,268,263"), (&global::STUDENT_ORIGINS, "student_origins", "CHN", "1,038,886")] {
        let b = built_default(fig, &real(resource), View::Global);
        let row = b.table.rows.iter().find(|r| r.key == entity).unwrap_or_else(|| panic!("{entity} in {}", fig.id));
        assert!(row.cells[0].erratum && row.cells[0].text == shown, "{}: {:?}", fig.id, row.cells[0]);
        assert!(["persons", "students"].iter().any(|u| b.option.contains(&format!("{shown}</b> {u} † <i>This value differs"))), "{}", b.option);
        // The others are not.
        assert!(b.table.rows.iter().filter(|r| r.key != entity).flat_map(|r| &r.cells).filter(|c| c.erratum).count() <= 1, "{}", fig.id);
    }
}

#[test]
fn the_erratum_mark_is_the_counts_not_an_index_computed_from_it() {
    use crate::charts::figure::{build, Filters};
    use crate::state::{Mode, View, ViewState};
    let ds = real("work_visas");
    let look = Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width: 760 };
    let marked = |mode: Mode| {
        let st = ViewState { mode, ..ViewState::default_for(View::WorkVisas) };
        let b = build(&crate::catalog::work_visas::TOTALS, &ds, None, &Filters::of(&st), &look).unwrap();
        b.table.rows.iter().flat_map(|r| r.cells.iter().filter(|c| c.erratum).map(|c| c.text.clone())).collect::<Vec<_>>()
    };
    assert_eq!(marked(Mode::Abs), ["48,388"]);
    assert!(marked(Mode::Index).is_empty() && marked(Mode::Share).is_empty(), "{:?} {:?}", marked(Mode::Index), marked(Mode::Share));
}

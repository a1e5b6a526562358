//! Builds `data/datapackage.json` from the datasets, so the index can never disagree with the files.

use talent_flows_model::explorer::Explorer;
use talent_flows_model::package::{Constraints, DataPackage, Field, License, Resource, Schema};
use talent_flows_model::texts::{Events, Policies};
use talent_flows_model::{Dataset, Period, Text};

fn field(name: &str, kind: &str, description: &str, allowed: Option<Vec<String>>) -> Field {
    Field { name: name.into(), kind: kind.into(), description: description.into(), constraints: allowed.map(|allowed| Constraints { allowed }) }
}

fn unique(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for x in values {
        if !v.contains(&x) {
            v.push(x);
        }
    }
    v
}

/// The entity field: its codes listed as an enum when they are few; for country-level datasets, a
/// description of the code system instead (the enum would dwarf the index).
fn entity_field(ds: &Dataset) -> Field {
    let codes = unique(ds.series.iter().map(|s| s.entity.clone()));
    if codes.len() <= 40 {
        field("entity", "string", "region or country code", Some(codes))
    } else {
        field("entity", "string", &format!("{} codes: ISO 3166-1 alpha-3 countries (WLD = world), or ORIGIN>DEST for corridors; names in the file's `labels`", codes.len()), None)
    }
}

fn resource(ds: &Dataset) -> Resource {
    let year_desc = match ds.period {
        Period::FiscalYear => "US fiscal year (1 October of the previous year to 30 September)",
        Period::CalendarYear => "calendar year",
        Period::AcademicYear => "academic year, named by the year it starts (2022 = 2022/23)",
    };
    Resource {
        name: ds.name.clone(),
        path: format!("{}.json", ds.name),
        shape: "series".into(),
        format: "json".into(),
        mediatype: "application/json".into(),
        title: ds.title.clone(),
        description: Text::new(format!("{}（单位：{}）。", ds.title.zh, ds.unit.zh), format!("{} (unit: {}).", ds.title.en, ds.unit.en)),
        figures: ds.figures.clone(),
        tables: ds.tables.clone(),
        sources: ds.sources.clone(),
        notes: ds.notes.clone(),
        as_of: ds.as_of().map(str::to_string),
        coverage: ds.coverage(),
        schema: Schema {
            fields: vec![
                entity_field(ds),
                field("category", "string", "class, category or level; `total` is the report's total", Some(unique(ds.series.iter().map(|s| s.category.clone())))),
                field("year", "integer", year_desc, None),
                field("value", "number", &format!("{}; null = not in the source (a gap, never a zero)", ds.unit.en), None),
                field(
                    "kind",
                    "string",
                    "primary = the publisher's table; press = a press copy of it; report = the report's text only; derived = computed from the report's number and a table (the point's note says how)",
                    Some(vec!["primary".into(), "press".into(), "report".into(), "derived".into()]),
                ),
                field("approx", "boolean", "true where the report words the value approximately (\"about\", \"约\", \"first exceeded\"): as precise as its wording", None),
            ],
            missing_values: vec!["".into()],
        },
    }
}

/// `errata.json` is data too: where the report's text differs from the primary tables.
fn errata_resource(datasets: &[Dataset]) -> Resource {
    let mut figures: Vec<u32> = datasets.iter().filter(|d| !d.errata.is_empty()).flat_map(|d| d.figures.clone()).collect();
    figures.sort();
    figures.dedup();
    let s = |n: &str, t: &str, d: &str| field(n, t, d, None);
    Resource {
        name: "errata".into(),
        path: "errata.json".into(),
        shape: "errata".into(),
        format: "json".into(),
        mediatype: "application/json".into(),
        title: Text::new("勘误：报告正文与原始数据不一致之处", "Errata: where the report's text differs from the primary data"),
        description: Text::new(
            "将报告正文陈述的每个数字与原始数据比对；不一致者列出两者数值、原文与可能原因。summary 给出比对总数。",
            "Every number the report's text states, compared with the primary data; each disagreement lists both values, the quote and the likely cause. `summary` counts all comparisons.",
        ),
        figures,
        tables: vec![],
        sources: vec![crate::statements::report_source()],
        as_of: None,
        coverage: None,
        notes: vec![Text::new(
            "图表显示原始数据的数值；报告数值列于此处及各图的“来源与说明”。",
            "Charts show the primary value; the report's is listed here and in each chart's Sources & notes.",
        )],
        schema: Schema {
            fields: vec![
                s("dataset", "string", "the resource the statement is about"),
                s("entity", "string", "region or country code"),
                s("category", "string", "class, category or level"),
                s("year", "integer", "the year the statement is about"),
                s("measure", "string", "value (default), percent_of, growth, multiple or rank; relations are to `base`"),
                s("primary", "number", "what the primary data give for the same measure"),
                s("report", "number", "what the report states"),
                s("quote", "string", "the report's sentence, verbatim (Chinese)"),
                s("cause", "object", "likely cause, zh and en"),
            ],
            missing_values: vec!["".into()],
        },
    }
}

/// The first and last fiscal year with any issuance in the explorer's table.
fn explorer_coverage(e: &Explorer) -> Option<[i32; 2]> {
    let with_data: Vec<i32> = e.years.iter().enumerate().filter(|(i, _)| e.rows.iter().any(|r| r.2[*i].is_some())).map(|(_, y)| *y).collect();
    Some([*with_data.first()?, *with_data.last()?])
}

fn explorer_resource(e: &Explorer) -> Resource {
    Resource {
        name: e.name.clone(),
        path: format!("{}.json", e.name),
        shape: "explorer".into(),
        format: "json".into(),
        mediatype: "application/json".into(),
        title: e.title.clone(),
        description: Text::new(
            "列式存储：nationalities 与 classes 为字典，rows 每行为 [国籍序号, 类别序号, 各年数值…]。",
            "Columnar: `nationalities` and `classes` are dictionaries; each of `rows` is [nationality index, class index, one value per year…].",
        ),
        figures: vec![],
        tables: vec![],
        sources: e.sources.clone(),
        notes: e.notes.clone(),
        as_of: crate::releases::latest(&e.sources),
        coverage: explorer_coverage(e),
        schema: Schema {
            fields: vec![
                field("nationality", "string", "nationality as the State Department names it", None),
                field("region", "string", "the State Department's region block", Some(e.regions.clone())),
                field("class", "string", "visa class", None),
                field("year", "integer", "US fiscal year", None),
                field("value", "number", "visas issued; null = not in that year's sheet", None),
            ],
            missing_values: vec!["".into()],
        },
    }
}

fn text_resource(name: &str, shape: &str, title: &Text, sources: &[talent_flows_model::Source], tables: Vec<u32>, fields: Vec<Field>) -> Resource {
    Resource {
        name: name.into(),
        path: format!("{name}.json"),
        shape: shape.into(),
        format: "json".into(),
        mediatype: "application/json".into(),
        title: title.clone(),
        description: title.clone(),
        figures: vec![],
        tables,
        sources: sources.to_vec(),
        notes: vec![Text::new("中文为报告原文；英文为本项目翻译。", "The Chinese is the report's text; the English is this project's translation.")],
        as_of: crate::releases::latest(sources),
        coverage: None,
        schema: Schema { fields, missing_values: vec!["".into()] },
    }
}

pub fn build(release: &crate::releases::Release, datasets: &[Dataset], explorer: &Explorer, policies: &Policies, events: &Events) -> DataPackage {
    DataPackage {
        profile: "data-package".into(),
        name: "talent-flows".into(),
        version: release.version.clone(),
        created: release.created.clone(),
        title: Text::new(
            "国际人才流动与治理报告——以美国为枢纽分析2024：数据",
            "International Talent Mobility and Governance Report — the US as a Hub 2024: data",
        ),
        description: Text::new(
            "CCG《国际人才流动与治理报告——以美国为枢纽分析2024》各图表的数据，由原始发布机构表格重建；每个序列注明来源。",
            "The data behind the figures of CCG's International Talent Mobility and Governance Report 2024, rebuilt from the publishers' own tables; every series names its source.",
        ),
        licenses: vec![License {
            name: "other-pd".into(),
            title: "US government works are in the public domain; other publishers' terms apply to their tables".into(),
        }],
        resources: datasets
            .iter()
            .map(resource)
            .chain([
                explorer_resource(explorer),
                text_resource(
                    &policies.name,
                    "tables",
                    &policies.title,
                    &policies.sources,
                    policies.tables.iter().map(|t| t.number).collect(),
                    vec![
                        field("table", "integer", "report table number", None),
                        field("row", "integer", "row within the table", None),
                        field("cells", "array", "one {zh, en} text per column", None),
                    ],
                ),
                text_resource(
                    &events.name,
                    "events",
                    &events.title,
                    &events.sources,
                    vec![],
                    vec![
                        field("id", "string", "event id", None),
                        field("date", "string", "YYYY-MM-DD, YYYY-MM or YYYY, as precise as the report", None),
                        field("label", "object", "short label, zh and en", None),
                        field("quote", "string", "the report's sentence, verbatim", None),
                        field("views", "array", "views whose charts mark it", None),
                    ],
                ),
                errata_resource(datasets),
            ])
            .collect(),
    }
}

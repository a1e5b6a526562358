//! `data/policies.json` (tables 1, 4, 5) and `data/events.json` (dated events for chart markers),
//! from the hand transcriptions in `data-src/`.

use crate::statements::report_source;
use std::path::Path;
use talent_flows_model::texts::{Events, Policies};
use talent_flows_model::Text;

#[derive(serde::Deserialize)]
struct PolicyFile {
    table: Vec<talent_flows_model::texts::PolicyTable>,
}

#[derive(serde::Deserialize)]
struct EventFile {
    event: Vec<talent_flows_model::texts::Event>,
}

fn read<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn policies(report: &str) -> Result<Policies, String> {
    let f: PolicyFile = read(Path::new("data-src/policies.toml"))?;
    let report = squash(report);
    // Every Chinese line of a cell is the report's own text (table 1's German row, split by
    // footnotes in the source, is the one documented join).
    for t in &f.table {
        for r in &t.rows {
            for c in &r.cells {
                for line in c.zh.lines().filter(|l| !l.trim().is_empty()) {
                    if !report.contains(&squash(line)) && !line.contains("蓝卡法案") {
                        return Err(format!("policies table {}: {line:?} is not in the report", t.number));
                    }
                }
            }
        }
    }
    let p = Policies {
        name: "policies".into(),
        title: Text::new("各国吸引国际人才的政策与美国 STEM 举措（报告表 1、4、5）", "Policies to attract international talent and US STEM measures (report tables 1, 4, 5)"),
        sources: vec![report_source()],
        notes: vec![Text::new(
            "中文为报告原文（含原文笔误）；英文为本项目翻译。表 1 德国一行在原文中被脚注隔断，此处合并。",
            "The Chinese is the report's own text (its slips included); the English is this project's translation. Table 1's German row, split by footnotes in the source, is joined here.",
        )],
        tables: f.table,
    };
    p.validate()?;
    Ok(p)
}

pub fn events(report: &str) -> Result<Events, String> {
    let f: EventFile = read(Path::new("data-src/events.toml"))?;
    let report = squash(report);
    for e in &f.event {
        if !report.contains(&squash(&e.quote)) {
            return Err(format!("event {}: quote not found verbatim in the report", e.id));
        }
        if e.year().is_none() {
            return Err(format!("event {}: bad date {:?}", e.id, e.date));
        }
    }
    Ok(Events {
        name: "events".into(),
        title: Text::new("报告提及的政策与事件（图表标注）", "Policies and events the report mentions (chart markers)"),
        sources: vec![report_source()],
        events: f.event,
    })
}

//! The story's readings drawn on a built chart (`catalog::story`): a point's value enlarged and
//! labelled with its number as the chart's table shows it, a span of years shaded and named. Added
//! to the option the figure's own builder made, so a step's chart is that figure's chart.

use super::figure::Built;
use super::{text_colour, Look};
use crate::catalog::story::Annotation;
use crate::i18n::fill;
use serde_json::{json, Value};

/// The z of a series that carries a reading: above ECharts' markLine (5).
pub const READING_Z: u32 = 6;

/// `built` with `notes` drawn on it; the drawn texts are added to its summary (what a screen
/// reader hears) and returned. A note whose series or year the chart does not show is left out.
pub fn apply(built: &mut Built, notes: &[Annotation], look: &Look) -> Vec<String> {
    let mut said = Vec::new();
    if notes.is_empty() {
        return said;
    }
    let Ok(mut opt) = serde_json::from_str::<Value>(&built.option) else { return said };
    let fg = text_colour(look.dark);
    let card = if look.dark { "#1b1b1b" } else { "#ffffff" };
    let row_of = |year: i32| built.table.rows.iter().position(|r| r.key == year.to_string());
    let x_labels: Vec<String> = opt["xAxis"]["data"].as_array().map(|a| a.iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect()).unwrap_or_default();
    let mut spans = 0;
    for note in notes {
        let phrase = note.text();
        let text = look.lang.pick(&phrase);
        match *note {
            Annotation::Point { series, year, at, .. } => {
                let Some(row) = row_of(year) else { continue };
                let Some(list) = opt["series"].as_array_mut() else { continue };
                let Some(s) = list.iter_mut().find(|s| s["id"].as_str().is_some_and(|id| id == series || id.split('|').next() == Some(series))) else { continue };
                let name = s["name"].as_str().unwrap_or_default().to_string();
                let Some(col) = built.table.columns.iter().position(|c| *c == name) else { continue };
                let (cell, label) = (&built.table.rows[row].cells[col], &built.table.rows[row].label);
                if cell.value.is_none() {
                    continue;
                }
                let colour = s["itemStyle"]["color"].clone();
                let line = fill(text, &[("value", &cell.text), ("year", label)]);
                let item = &mut s["data"][row];
                if !item.is_object() {
                    *item = json!({ "value": item.clone() });
                }
                item["symbol"] = json!("circle");
                item["symbolSize"] = json!(12);
                item["label"] = json!({
                    "show": true, "position": at.code(), "distance": 8, "formatter": line, "color": fg, "fontWeight": "bold",
                    "backgroundColor": card, "borderColor": colour, "borderWidth": 1, "borderRadius": 3, "padding": [3, 5],
                });
                if let Some(align) = at.align() {
                    item["label"]["align"] = json!(align);
                }
                // Moved off that side where it would cover the data (tools/readings.js).
                item["tfReading"] = json!(true);
                // Above the events' lines (ECharts draws a markLine at z 5): the reading's box
                // hides the dashed line where they cross, rather than the line striking it out.
                s["z"] = json!(READING_Z);
                // The reading names the line and says its value: where it is the line's last, it
                // replaces the line's end label.
                if s["data"].as_array().and_then(|d| d.iter().rposition(|v| !v.is_null() && !v.get("value").is_some_and(Value::is_null))) == Some(row) {
                    if let Some(end) = s.get_mut("endLabel") {
                        end["show"] = json!(false);
                    }
                }
                said.push(line);
            }
            Annotation::Span { from, to, .. } => {
                let (Some(a), Some(b)) = (row_of(from), row_of(to)) else { continue };
                let (Some(la), Some(lb)) = (x_labels.get(a), x_labels.get(b)) else { continue };
                let Some(first) = opt["series"].get_mut(0) else { continue };
                if !first["markArea"].is_object() {
                    first["markArea"] = json!({ "silent": true, "data": [] });
                }
                // Spans side by side in two tints, so where one ends and the next begins shows.
                let tint = match (spans % 2, look.dark) {
                    (0, false) => "rgba(40,100,180,0.10)",
                    (0, true) => "rgba(120,170,230,0.16)",
                    (_, false) => "rgba(210,120,30,0.12)",
                    (_, true) => "rgba(240,160,80,0.16)",
                };
                spans += 1;
                let area = json!([
                    { "xAxis": la, "name": text, "itemStyle": { "color": tint }, "label": { "show": true, "position": "insideTop", "color": fg, "fontWeight": "bold", "distance": 4 } },
                    { "xAxis": lb }
                ]);
                if let Some(d) = first["markArea"]["data"].as_array_mut() {
                    d.push(area);
                }
                said.push(format!("{la}–{lb}: {text}"));
            }
        }
    }
    built.option = opt.to_string();
    if !said.is_empty() {
        built.summary = format!("{} {}", built.summary, said.join("; "));
    }
    said
}

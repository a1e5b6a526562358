//! Sources & notes for one dataset: publisher and table, definitions, and errata (where the report's
//! text differs from the primary table).

use crate::data::{Dataset, Kind};
use crate::i18n::{group_thousands, Lang, Msg};
use crate::state::Region;
use crate::transform::year_label;
use leptos::prelude::*;
use std::sync::Arc;

pub fn kind_label(k: Kind, lang: Lang) -> &'static str {
    match k {
        Kind::Primary => Msg::KindPrimary.text(lang),
        Kind::Press => Msg::KindPress.text(lang),
        Kind::Report => Msg::KindReport.text(lang),
    }
}

pub fn entity_label(code: &str, lang: Lang) -> String {
    Region::parse(code).map(|r| r.label(lang).to_string()).unwrap_or_else(|| code.to_string())
}

/// "Source: publisher, table" — the line under every chart.
pub fn source_line(ds: &Dataset, lang: Lang) -> String {
    let list: Vec<String> =
        ds.sources.iter().map(|s| format!("{}，{}", lang.pick(&s.publisher), lang.pick(&s.table))).collect();
    let list = if lang == Lang::En { list.join("; ").replace('，', ", ") } else { list.join("；") };
    format!("{}{}{}", Msg::SourceLabel.text(lang), if lang == Lang::Zh { "：" } else { ": " }, list)
}

#[component]
pub fn SourcesPanel(ds: Arc<Dataset>) -> impl IntoView {
    let lang = crate::app::use_lang();
    let ds = StoredValue::new(ds);
    let body = move || {
        let l = lang.get();
        let ds = ds.get_value();
        let sources = ds
            .sources
            .iter()
            .map(|s| {
                let url = s.url.clone();
                view! {
                    <li>
                        <strong>{l.pick(&s.publisher).to_string()}</strong>
                        " — "
                        {l.pick(&s.table).to_string()}
                        " ("
                        {kind_label(s.kind, l)}
                        ")"
                        {url.map(|u| view! { " " <a href=u.clone() rel="external noopener">{u.clone()}</a> })}
                        <br />
                        <span class="raw-file">{Msg::RawFile.text(l)} ": " <code>{s.file.clone()}</code></span>
                    </li>
                }
            })
            .collect_view();
        let notes = ds.notes.iter().map(|n| view! { <li>{l.pick(n).to_string()}</li> }).collect_view();
        let errata = (!ds.errata.is_empty()).then(|| {
            let items = ds
                .errata
                .iter()
                .map(|e| {
                    view! {
                        <li data-erratum=format!("{}-{}-{}", e.entity, e.category, e.year)>
                            <strong>{entity_label(&e.entity, l)} ", " {year_label(e.year, l)}</strong>
                            ": "
                            {Msg::ReportSays.text(l)}
                            " "
                            <span class="report-value">{group_thousands(e.report, 0)}</span>
                            "; "
                            {Msg::PrimarySays.text(l)}
                            " "
                            <span class="primary-value">{group_thousands(e.primary, 0)}</span>
                            ". "
                            {Msg::ShownValue.text(l)}
                            <blockquote lang="zh-CN">{e.quote.clone()}</blockquote>
                            <p class="erratum-where">{l.pick(&e.location).to_string()}</p>
                            <p>{Msg::LikelyCause.text(l)} ": " {l.pick(&e.cause).to_string()}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h4>{Msg::Errata.text(l)}</h4>
                <ul class="errata">{items}</ul>
            }
        });
        view! {
            <h4>{Msg::SourceLabel.text(l)}</h4>
            <ul>{sources}</ul>
            <h4>{Msg::Definitions.text(l)}</h4>
            <ul>{notes}</ul>
            {errata}
        }
    };
    view! {
        <details class="sources-panel" data-sources=move || ds.with_value(|d| d.name.clone())>
            <summary>{move || Msg::SourcesAndNotes.text(lang.get())}</summary>
            {body}
        </details>
    }
}

//! Sources & notes for one chart: publisher and table, definitions, and errata (where the report's
//! text differs from the primary table).

use crate::data::Kind;
use crate::i18n::{fill, group_thousands, Lang, Msg};
pub use crate::provenance::{erratum_heading, erratum_says, source_line, Provenance};
use crate::transform::{decimals, kind_label};
use leptos::prelude::*;
use std::sync::Arc;

/// `lang` for a text shown in `page`'s language: Chinese titles of Chinese pages stay marked as
/// Chinese on English pages (for screen readers and hyphenation).
fn text_lang(text: &str, page: Lang) -> &'static str {
    let cjk = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if cjk {
        Lang::Zh.tag()
    } else {
        page.tag()
    }
}

#[component]
pub fn SourcesPanel(provenance: Arc<Provenance>) -> impl IntoView {
    let lang = crate::web::ctx::use_lang();
    let p = StoredValue::new(provenance);
    let body = move || {
        let l = lang.get();
        let p = p.get_value();
        let sources = p
            .sources
            .iter()
            .map(|s| {
                let url = s.url.clone();
                view! {
                    <li>
                        <strong>{l.pick(&s.publisher).to_string()}</strong>
                        " — "
                        <span lang=text_lang(l.pick(&s.table), l)>{l.pick(&s.table).to_string()}</span>
                        " ("
                        {kind_label(s.kind, l)}
                        {s.published.as_ref().map(|d| format!("{}{}", Msg::ItemSep.text(l), fill(Msg::Published.text(l), &[("date", d)])))}
                        ")"
                        {url.map(|u| view! { " " <a href=u.clone() target="_blank" rel="external noopener">{u.clone()}</a> })}
                        <br />
                        <span class="raw-file">{Msg::RawFile.text(l)} ": " <code>{s.file.clone()}</code></span>
                    </li>
                }
            })
            .collect_view();
        let notes = p.notes.iter().map(|n| view! { <li lang=text_lang(l.pick(n), l)>{l.pick(n).to_string()}</li> }).collect_view();
        let errata = (!p.errata.is_empty()).then(|| {
            let items = p
                .errata
                .iter()
                .map(|e| {
                    let fmt = |v: f64| group_thousands(v, decimals(v));
                    let (colon, semicolon, stop) = if l == Lang::Zh { ("：", "；", "。") } else { (": ", "; ", ". ") };
                    view! {
                        <li data-erratum=format!("{}-{}-{}", e.entity, e.category, e.year)>
                            <strong>{erratum_heading(e, &p, l)}</strong>
                            {colon}
                            {Msg::ReportSays.text(l)}
                            " "
                            <span class="report-value">{fmt(e.report)}</span>
                            {semicolon}
                            {erratum_says(e.basis).text(l)}
                            " "
                            <span class="primary-value">{fmt(e.primary)}</span>
                            {stop}
                            {if e.basis == Kind::Primary { Msg::ShownValue } else { Msg::ShownDataValue }.text(l)}
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
        <details class="sources-panel" data-sources=move || p.with_value(|d| d.name.clone())>
            <summary>{move || Msg::SourcesAndNotes.text(lang.get())}</summary>
            {body}
        </details>
    }
}

//! Applies the report's stated numbers (`data-src/statements/*.toml`) to the datasets: a statement
//! about a cell the primary data leave empty supplies it (kind `report`, with its quote); every
//! other statement is checked, and a disagreement becomes an erratum — which must say why.

use serde::Serialize;
use std::path::Path;
use talent_flows_model::statements::{Statement, StatementFile};
use talent_flows_model::{Dataset, Erratum, Kind, Point, Source, Text};

pub fn report_source() -> Source {
    Source {
        kind: Kind::Report,
        publisher: Text::new("全球化智库（CCG）等", "Center for China and Globalization (CCG) et al."),
        table: Text::new("《国际人才流动与治理报告——以美国为枢纽分析2024》正文", "International Talent Mobility and Governance Report 2024, text"),
        file: "report/ccg-2024-talent-mobility-report.zh.md".into(),
        url: None,
        published: None,
    }
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads every `*.toml` in `dir` (sorted by name) and checks each quote is verbatim in the report.
pub fn load(dir: &Path, report: &str) -> Result<Vec<Statement>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let report = squash(report);
    let mut all = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        let parsed: StatementFile = toml::from_str(&text).map_err(|e| format!("{}: {e}", f.display()))?;
        for s in &parsed.statement {
            if !report.contains(&squash(&s.quote)) {
                return Err(format!("{}: quote not found verbatim in the report: {:?}", f.display(), s.quote));
            }
        }
        all.extend(parsed.statement);
    }
    Ok(all)
}

#[derive(Default, Serialize)]
pub struct Tally {
    /// Every statement checked: the sum of the five counts below (`unverified` by its length).
    pub statements: usize,
    /// Agree with the data where those rest on the publishers' tables (or their press copies).
    pub agree: usize,
    /// Supply a number no primary table has: the data carry the report's own.
    pub supplied: usize,
    /// Agree with data that rest on another of the report's numbers ("约 11 万" beside its own
    /// 112,480): consistent, but not a check against a table.
    pub consistent: usize,
    pub errata: usize,
    pub unverified: Vec<Unverified>,
}

/// A statement the data cannot check, for the errata page: its sentence, where it is, and why.
#[derive(Serialize)]
pub struct Unverified {
    /// The statement as the pipeline names it (for the build's log).
    pub statement: String,
    pub quote: String,
    pub location: Text,
    pub reason: Text,
}

impl Unverified {
    fn of(s: &Statement, zh: &str, en: &str) -> Unverified {
        Unverified { statement: s.describe(), quote: s.quote.clone(), location: s.location.clone(), reason: Text::new(zh, en) }
    }
}

/// Ensures the dataset cites the report, returning its source index.
fn report_index(ds: &mut Dataset) -> usize {
    if let Some(i) = ds.sources.iter().position(|s| s.kind == Kind::Report) {
        return i;
    }
    ds.sources.push(report_source());
    ds.sources.len() - 1
}

/// Which statements a supply pass uses: precise ones first, so that values derived from them
/// (see green_cards::derive) win over the report's approximate wording ("约 2.5 万").
#[derive(Clone, Copy, PartialEq)]
pub enum Pass {
    Precise,
    Approximate,
}

/// Fills the cells the primary data leave empty with the report's stated values.
pub fn supply(ds: &mut Dataset, statements: &[Statement], tally: &mut Tally, pass: Pass) -> Result<(), String> {
    // The most precise statement about a cell supplies it ("112,480" before "约 11 万"); the
    // others are then checked against it.
    let mut mine: Vec<&Statement> = statements.iter().filter(|s| s.dataset == ds.name && s.can_supply() && s.approx == (pass == Pass::Approximate)).collect();
    mine.sort_by(|a, b| (a.approx, a.rounding()).partial_cmp(&(b.approx, b.rounding())).unwrap_or(std::cmp::Ordering::Equal));
    let mut problems = Vec::new();
    for s in mine {
        if ds.value(&s.entity, &s.category, s.year).is_some() {
            continue;
        }
        let Some(i) = ds.year_index(s.year) else {
            problems.push(format!("{}: year {} is outside the dataset", s.describe(), s.year));
            continue;
        };
        if s.cause.is_some() {
            problems.push(format!("{}: has a `cause` but there is no primary value to differ from", s.describe()));
            continue;
        }
        let src = report_index(ds);
        let Some(series) = ds.series.iter_mut().find(|x| x.entity == s.entity && x.category == s.category) else {
            problems.push(format!("{}: the dataset has no series {}/{}", s.describe(), s.entity, s.category));
            continue;
        };
        if series.kind == Kind::Report {
            series.source = src; // a primary series keeps its source; the point says "report"
        }
        series.values[i] = Some(s.value);
        series.points.retain(|p| p.year != s.year);
        series.points.push(Point { year: s.year, kind: Kind::Report, quote: Some(s.quote.clone()), location: Some(s.location.clone()), note: None, approx: s.approx });
        series.points.sort_by_key(|p| p.year);
        tally.supplied += 1;
    }
    finish(problems)
}

/// Checks every statement about `ds`; a disagreement with a `cause` becomes an erratum.
pub fn check(ds: &mut Dataset, statements: &[Statement], tally: &mut Tally) -> Result<(), String> {
    let mine: Vec<&Statement> = statements.iter().filter(|s| s.dataset == ds.name).collect();
    let mut problems = Vec::new();
    for s in &mine {
        tally.statements += 1;
        let Some(computed) = s.compute(ds) else {
            tally.unverified.push(Unverified::of(s, "本看板的数据无法回答此数", "the dashboard's data cannot answer it"));
            continue;
        };
        if !s.agrees_with(computed) && s.cause.is_none() && s.rests_on_approximation(ds) {
            tally.unverified.push(Unverified::of(s, "它依据报告中的一个约数，无法精确核对", "it rests on a number the report gives approximately"));
            continue;
        }
        match (s.agrees_with(computed), &s.cause) {
            // A statement that supplied its own cell agrees with itself: counted once, as supplied.
            (true, None) if s.can_supply() && ds.point(&s.entity, &s.category, s.year).is_some_and(|p| p.quote.as_deref() == Some(s.quote.as_str())) => {}
            (true, None) if basis(ds, s) == Kind::Report => tally.consistent += 1,
            (true, None) => tally.agree += 1,
            (false, Some(cause)) => {
                tally.errata += 1;
                ds.errata.push(Erratum {
                    entity: s.entity.clone(),
                    category: s.category.clone(),
                    year: s.year,
                    measure: s.measure,
                    base: s.base.clone(),
                    primary: (computed * 1e4).round() / 1e4,
                    basis: basis(ds, s),
                    report: s.value,
                    location: s.location.clone(),
                    quote: s.quote.clone(),
                    cause: cause.clone(),
                });
            }
            (false, None) => problems.push(format!("{}: the data give {computed:.4}; add a `cause`", s.describe())),
            (true, Some(_)) => problems.push(format!("{}: has a `cause` but agrees with the data ({computed:.4})", s.describe())),
        }
    }
    finish(problems)
}

/// What the data's side of an erratum rests on: the publisher's table, unless a cell it reads is
/// itself a press copy or the report's own number (then the weakest of them).
fn basis(ds: &Dataset, s: &Statement) -> Kind {
    let mut kinds = s.cells().into_iter().flat_map(|c| c.entity.split('+').map(|e| ds.kind_of(e, &c.category, c.year)).collect::<Vec<_>>()).flatten();
    let mut out = Kind::Primary;
    for k in kinds.by_ref() {
        match (out, k) {
            (_, Kind::Report | Kind::Derived) => return Kind::Report,
            (Kind::Primary, Kind::Press) => out = Kind::Press,
            _ => {}
        }
    }
    out
}

fn finish(problems: Vec<String>) -> Result<(), String> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{} statement problem(s):\n  {}", problems.len(), problems.join("\n  ")))
    }
}

//! The data pipeline: reads the raw public tables in `../shared/sources/` and the report's stated
//! numbers in `data-src/`, and writes every `data/*.json` the dashboard ships.
//!
//! Usage: `datagen [SOURCES_DIR] [OUT_DIR]` (defaults `../shared/sources` and `data`).

mod changelog;
mod china;
mod common;
mod countries;
mod eb1a;
mod errata;
mod explorer;
mod f1_visas;
mod global_students;
mod green_cards;
mod migration;
mod niv;
mod package;
mod releases;
mod statements;
mod students;
mod texts;
mod work_and_green_cards;
mod work_visas;

use std::path::{Path, PathBuf};
use talent_flows_model::Dataset;

fn write_json(path: &Path, value: &impl serde::Serialize) -> Result<(), String> {
    let mut text = serde_json::to_string(value).map_err(|e| e.to_string())?;
    bare_place_name(&text).map_or(Ok(()), |at| Err(format!("{}: “{at}” — write 中国台湾, 中国香港, 中国澳门", path.display())))?;
    text.push('\n');
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The first Chinese mention of Taiwan, Hong Kong or Macao not written as 中国台湾 / 中国香港 /
/// 中国澳门 (the names a page published in China must use), with a little context.
fn bare_place_name(text: &str) -> Option<String> {
    if let Some(i) = text.find("港澳台") {
        return Some(text[i..].chars().take(8).collect());
    }
    ["台湾", "香港", "澳门"].iter().find_map(|name| {
        text.match_indices(name).find(|(i, _)| !text[..*i].ends_with("中国")).map(|(i, _)| {
            let start = text[..i].char_indices().rev().nth(5).map_or(0, |(j, _)| j);
            text[start..].chars().take(12).collect()
        })
    })
}

fn run(sources: &Path, out: &Path) -> Result<(), String> {
    let report_path = sources.join("../report/ccg-2024-talent-mobility-report.zh.md");
    let report = std::fs::read_to_string(&report_path).map_err(|e| format!("{}: {e}", report_path.display()))?;
    let statements = statements::load(Path::new("data-src/statements"), &report)?;
    let releases = releases::Releases::load(sources)?;

    let mut tally = statements::Tally::default();
    let mut problems = Vec::new();
    let mut supply = |ds: &mut Dataset, tally: &mut statements::Tally, pass: statements::Pass| {
        if let Err(e) = statements::supply(ds, &statements, tally, pass) {
            problems.push(format!("{}: {e}", ds.name));
        }
    };
    use statements::Pass::{Approximate, Precise};

    // US visas. Order matters: the report's combined totals fill the green-card years that the
    // primary tables lack, and the green cards complete the combined totals.
    let niv = niv::NivTable::load(sources)?;
    let mut wv = work_visas::build(&niv)?;
    let mut gc = green_cards::build(sources)?;
    let mut wgc = work_and_green_cards::skeleton(gc.years.clone(), &niv);
    for pass in [Precise, Approximate] {
        supply(&mut wv, &mut tally, pass);
        supply(&mut gc, &mut tally, pass);
        supply(&mut wgc, &mut tally, pass);
        green_cards::derive(&mut gc, &wv, &wgc);
        work_and_green_cards::complete(&mut wgc, &wv, &gc);
    }
    green_cards::explain_gaps(&mut gc);
    work_and_green_cards::explain_gaps(&mut wgc, &wv, &gc);

    let mut datasets: Vec<Dataset> = vec![wv, gc, wgc];
    // Everything else stands alone: primary data, then the report's statements fill the gaps.
    let mut rest = vec![f1_visas::build(sources)?];
    rest.extend(eb1a::build(sources)?);
    rest.extend(students::build(sources)?);
    rest.extend(migration::build(sources)?);
    rest.extend(global_students::build(sources)?);
    rest.extend(china::build(sources)?);
    for mut ds in rest {
        supply(&mut ds, &mut tally, Precise);
        supply(&mut ds, &mut tally, Approximate);
        datasets.push(ds);
    }

    for ds in &mut datasets {
        if let Err(e) = statements::check(ds, &statements, &mut tally) {
            problems.push(format!("{}: {e}", ds.name));
        }
        ds.validate()?;
    }
    // The errata page's lede adds these up: each statement in exactly one count.
    let counted = tally.agree + tally.supplied + tally.consistent + tally.errata + tally.unverified.len();
    if counted != tally.statements {
        problems.push(format!("{} statements checked but {counted} counted (agree, supplied, consistent, errata, unverified)", tally.statements));
    }
    let known: Vec<&str> = datasets.iter().map(|d| d.name.as_str()).collect();
    let orphans = statements.iter().filter(|s| !known.contains(&s.dataset.as_str())).count();
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }

    let mut explorer = explorer::build(&niv)?;
    let mut policies = texts::policies(&report)?;
    let mut events = texts::events(&report)?;
    // Every source dated: the "data as of" of each card and each resource's `as_of`.
    for ds in &mut datasets {
        releases.date(&mut ds.sources)?;
        common::name_column_codes(ds);
    }
    releases.date(&mut explorer.sources)?;
    releases.date(&mut policies.sources)?;
    releases.date(&mut events.sources)?;

    // What changed against the files already there, for the reviewer of `git diff data/`.
    let changes = changelog::lines(out, &datasets);
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    for ds in &datasets {
        write_json(&out.join(format!("{}.json", ds.name)), ds)?;
    }
    write_json(&out.join("niv_explorer.json"), &explorer)?;
    write_json(&out.join("policies.json"), &policies)?;
    write_json(&out.join("events.json"), &events)?;
    write_json(&out.join("datapackage.json"), &package::build(&releases.release, &datasets, &explorer, &policies, &events))?;
    write_json(&out.join("errata.json"), &errata::build(&datasets, &tally))?;
    // The release notes travel with the data (written by hand in data-src/, one entry per release).
    std::fs::copy("data-src/CHANGELOG.md", out.join("CHANGELOG.md")).map_err(|e| format!("data-src/CHANGELOG.md: {e}"))?;
    eprintln!(
        "datagen: wrote {} datasets, datapackage.json and errata.json to {}; report statements: {} checked, {} agree, {} supply report-only values, {} agree with the report's own numbers, {} errata, {} unverified, {} for datasets not built yet",
        datasets.len(),
        out.display(),
        tally.statements,
        tally.agree,
        tally.supplied,
        tally.consistent,
        tally.errata,
        tally.unverified.len(),
        orphans
    );
    for u in &tally.unverified {
        eprintln!("  unverified: {} ({}): {}", u.statement, u.location.en, u.reason.en);
    }
    if changes.is_empty() {
        eprintln!("datagen: no data file changed");
    } else {
        eprintln!("datagen: changes against the files that were there:");
        for c in &changes {
            eprintln!("  {c}");
        }
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sources = PathBuf::from(args.first().map(String::as_str).unwrap_or("../shared/sources"));
    let out = PathBuf::from(args.get(1).map(String::as_str).unwrap_or("data"));
    if let Err(e) = run(&sources, &out) {
        eprintln!("datagen: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::bare_place_name;

    #[test]
    fn place_names_in_chinese_carry_china() {
        assert_eq!(bare_place_name("中国台湾、中国香港、中国澳门另列"), None);
        assert!(bare_place_name("国籍行；台湾、香港另列").unwrap().contains("台湾"));
        assert!(bare_place_name("含中国香港、澳门").unwrap().contains("澳门"));
        assert!(bare_place_name("不含港澳台的数据").is_some());
        assert_eq!(bare_place_name("Taiwan, China"), None);
    }
}

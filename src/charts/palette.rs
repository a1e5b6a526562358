//! Stable colours: one per region/country and one per category, the same in every chart, view,
//! theme and language, so readers learn them. From the Okabe–Ito colour-blind-safe set (and its
//! darker variants), each with at least 3:1 contrast against both the light and the dark
//! background.

pub fn region(code: &str) -> &'static str {
    match code {
        "CN" | "CHN" | "china-mainland" => "#D55E00", // vermillion
        "EU" | "group-europe" => "#0072B2",           // blue
        "IN" | "IND" | "india" => "#009E73",          // bluish green
        "E3" => "#0072B2",
        "GB" | "GBR" => "#CC79A7", // reddish purple
        "FR" | "FRA" => "#56B4E9", // sky blue
        "DE" | "DEU" => "#E69F00", // orange
        "ALL" | "WORLD" | "WLD" => "#7F7F7F",
        "USA" => "#0072B2",
        _ => fallback(code),
    }
}

pub fn category(code: &str) -> &'static str {
    match code {
        "H" | "EB1" | "undergraduate" | "male" | "inflow" | "emigrants" | "petitions" => "#0072B2",
        // Single measures of the global and China charts: one calm blue.
        "migrants" | "students" | "mobile_students" | "share_of_population" | "blue_cards" | "eb_consular" | "outbound" | "inbound" | "F1" | "visas" => "#0072B2",
        "growth" | "share" | "returnees" | "outflow_rank" => "#D55E00",
        "inflow_rank" | "tertiary_enrolment" => "#009E73",
        "L" | "EB2" | "graduate" | "female" | "outflow" | "immigrants" | "approval_rate" => "#E69F00",
        "O" | "EB3" | "non_degree" | "approvals" => "#009E73",
        "J" | "EB5" | "opt" => "#CC79A7",
        "E" | "other" => "#56B4E9",
        "total" => "#7F7F7F",
        _ => fallback(code),
    }
}

/// Any other code (explorer nationalities, countries) gets a stable colour from its name.
pub fn fallback(code: &str) -> &'static str {
    const CYCLE: &[&str] = &["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#7F7F7F"];
    let h = code.bytes().fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32));
    CYCLE[(h as usize) % CYCLE.len()]
}

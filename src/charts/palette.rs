//! Stable colours: one per region and one per class, the same in every chart, view, theme and
//! language, so readers learn them. Taken from the Okabe–Ito colour-blind-safe set, using the
//! members with at least 3:1 contrast against both the light and the dark background.

pub fn region(code: &str) -> &'static str {
    match code {
        "CN" => "#D55E00", // vermillion
        "EU" => "#0072B2", // blue
        "IN" => "#009E73", // bluish green
        _ => "#7F7F7F",
    }
}

pub fn class(code: &str) -> &'static str {
    match code {
        "H" => "#0072B2",
        "L" => "#E69F00",
        "O" => "#009E73",
        "J" => "#CC79A7",
        "E" => "#56B4E9",
        _ => "#7F7F7F",
    }
}

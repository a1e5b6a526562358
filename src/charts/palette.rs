//! Stable colours: one per region/country and one per category, the same in every chart, view,
//! theme and language, so readers learn them. From the Okabe–Ito colour-blind-safe set (and its
//! darker variants), each with at least 3:1 contrast against both the light and the dark
//! background.

pub fn region(code: &str) -> &'static str {
    known_region(code).unwrap_or_else(|| fallback(code))
}

/// The colours of the regions of one chart, `codes` in order: each its own where it has one, the
/// others their stable colour unless a region before them holds it, then the first colour the
/// chart does not use yet (the explorer's Germany and Mexico were the same gold). The same code
/// keeps one colour.
pub fn regions(codes: &[&str]) -> Vec<&'static str> {
    let mut taken: Vec<&'static str> = codes.iter().filter_map(|c| known_region(c)).collect();
    let mut given: Vec<(&str, &'static str)> = Vec::new();
    codes
        .iter()
        .map(|&c| {
            if let Some(k) = known_region(c) {
                return k;
            }
            if let Some((_, g)) = given.iter().find(|(x, _)| *x == c) {
                return g;
            }
            let own = fallback(c);
            let colour = if taken.contains(&own) { fallback_cycle().iter().copied().find(|x| !taken.contains(x)).unwrap_or(own) } else { own };
            taken.push(colour);
            given.push((c, colour));
            colour
        })
        .collect()
}

fn known_region(code: &str) -> Option<&'static str> {
    Some(match code {
        "CN" | "CHN" | "china-mainland" => "#D55E00", // vermillion
        "EU" | "group-europe" => "#0072B2",           // blue
        "IN" | "IND" | "india" => "#009E73",          // bluish green
        "E3" => "#0072B2",
        "GB" | "GBR" => "#CC79A7", // reddish purple
        "FR" | "FRA" => "#56B4E9", // sky blue
        "DE" | "DEU" => "#E69F00", // orange
        "ALL" | "WORLD" | "WLD" => "#7F7F7F",
        "USA" => "#0072B2",
        _ => return None,
    })
}

pub fn category(code: &str) -> &'static str {
    match code {
        // A measure and its rank, a count and its part, share a hue: remittances in and their rank,
        // EB-1A petitions and their approvals (not India's green on a chart of China).
        "H" | "EB1" | "undergraduate" | "male" | "inflow" | "inflow_rank" | "emigrants" | "petitions" => "#0072B2",
        "approvals" => "#56B4E9",
        // Single measures of the global and China charts: one calm blue.
        "migrants" | "students" | "mobile_students" | "share_of_population" | "blue_cards" | "eb_consular" | "outbound" | "inbound" | "F1" | "visas" => "#0072B2",
        "growth" | "share" | "returnees" => "#D55E00",
        "tertiary_enrolment" => "#009E73",
        "L" | "EB2" | "graduate" | "female" | "outflow" | "outflow_rank" | "immigrants" | "approval_rate" => "#E69F00",
        "O" | "EB3" | "non_degree" => "#009E73",
        "J" | "EB5" | "opt" => "#CC79A7",
        "E" | "other" => "#56B4E9",
        "total" => "#7F7F7F",
        _ => fallback(code),
    }
}

/// Any other code (explorer nationalities, countries) gets a stable colour from its name.
pub fn fallback(code: &str) -> &'static str {
    let cycle = fallback_cycle();
    let h = code.bytes().fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32));
    cycle[(h as usize) % cycle.len()]
}

const fn fallback_cycle() -> &'static [&'static str] {
    &["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#7F7F7F"]
}

/// `colour` as text on a chart's card (white, or #1b1b1b in the dark theme): the same hue, darkened
/// or lightened only as far as a contrast of 4.5:1 needs (WCAG AA for small text), so a line's end
/// label reads in its line's colour in either theme. A table, not a computation, so that the app
/// carries no floating-point powers: the test below computes it.
pub fn readable(colour: &str, dark: bool) -> &str {
    READABLE.iter().find(|(c, _, _)| c.eq_ignore_ascii_case(colour)).map_or(colour, |(_, light, on_dark)| if dark { on_dark } else { light })
}

/// (colour, as text on white, as text on #1b1b1b) for every colour of the palette.
const READABLE: [(&str, &str, &str); 8] = [
    ("#D55E00", "#C05500", "#D7660D"),
    ("#0072B2", "#0072B2", "#338EC1"),
    ("#009E73", "#008662", "#009E73"),
    ("#CC79A7", "#A36186", "#CC79A7"),
    ("#56B4E9", "#387597", "#56B4E9"),
    ("#E69F00", "#966700", "#E69F00"),
    ("#7F7F7F", "#727272", "#858585"),
    ("#8C6D31", "#8C6D31", "#9D8350"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The same hue mixed towards black (light theme) or white (dark) in twentieths, the least
    /// that reaches 4.5:1 against the card.
    fn computed(colour: &str, dark: bool) -> String {
        let rgb = parse(colour).unwrap();
        let (card, toward) = if dark { ([0x1b, 0x1b, 0x1b], 255.0) } else { ([0xff, 0xff, 0xff], 0.0) };
        let mix = |t: f64| rgb.map(|c| (f64::from(c) + (toward - f64::from(c)) * t).round() as u8);
        let at = (0..=20).map(|i| mix(f64::from(i) / 20.0)).find(|c| contrast(*c, card) >= 4.5).unwrap();
        format!("#{:02X}{:02X}{:02X}", at[0], at[1], at[2])
    }

    fn parse(hex: &str) -> Option<[u8; 3]> {
        let h = hex.strip_prefix('#').filter(|h| h.len() == 6)?;
        let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
        Some([c(0)?, c(2)?, c(4)?])
    }

    /// WCAG 2 contrast ratio of two sRGB colours.
    fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
        let lum = |c: [u8; 3]| {
            let f = |v: u8| {
                let v = f64::from(v) / 255.0;
                if v <= 0.03928 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2])
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn a_measure_and_its_rank_or_part_share_a_hue_and_none_is_an_origins() {
        assert_eq!((category("inflow"), category("outflow")), (category("inflow_rank"), category("outflow_rank")));
        assert_ne!(category("approvals"), region("IN"), "approvals of China's EB-1A were India's green");
        assert_ne!(category("approvals"), category("petitions"));
    }

    #[test]
    fn the_regions_of_a_chart_each_have_their_own_colour() {
        // The explorer's default three and two more: Germany's own gold was Mexico's.
        let codes = ["china-mainland", "india", "mexico", "germany", "japan"];
        assert_eq!(fallback("mexico"), fallback("germany"), "the clash this guards against");
        let c = regions(&codes);
        assert_eq!(&c[..3], &[region("china-mainland"), region("india"), fallback("mexico")], "known and first-come colours stay");
        let mut unique = c.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), codes.len(), "{c:?}");
        assert_eq!(regions(&["CN", "IN", "CN"]), [region("CN"), region("IN"), region("CN")], "one code, one colour");
        assert_eq!(regions(&["EU", "E3"]), [region("EU"), region("E3")], "the dashboard's own colours are never moved");
    }

    #[test]
    fn the_table_is_the_computation_for_every_colour_of_the_palette() {
        let mut all: Vec<&str> = fallback_cycle().to_vec();
        for code in ["CN", "EU", "IN", "GB", "FR", "DE", "WORLD"] {
            all.push(region(code));
        }
        for code in ["H", "L", "O", "J", "E", "total", "growth", "inflow_rank"] {
            all.push(category(code));
        }
        for c in all {
            assert!(READABLE.iter().any(|r| r.0 == c), "{c} is in the table");
        }
        for (c, light, dark) in READABLE {
            assert_eq!((computed(c, false), computed(c, true)), (light.to_string(), dark.to_string()), "{c}");
        }
    }

    #[test]
    fn every_colour_reads_as_text_in_both_themes_and_keeps_its_hue_where_it_already_does() {
        for c in ["#D55E00", "#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#7F7F7F", "#8C6D31"] {
            for (dark, card) in [(false, [0xff; 3]), (true, [0x1b; 3])] {
                let r = readable(c, dark);
                let ratio = contrast(parse(r).unwrap(), card);
                assert!(ratio >= 4.5, "{c} → {r} in dark={dark}: {ratio:.2}");
                if contrast(parse(c).unwrap(), card) >= 4.5 {
                    assert_eq!(r, c, "already readable: unchanged");
                }
            }
        }
        // Europe's blue on the dark card was 3.3:1; its label is lighter now, the line unchanged.
        assert!(contrast(parse("#0072B2").unwrap(), [0x1b; 3]) < 4.5);
        assert_ne!(readable("#0072B2", true), "#0072B2");
    }
}

//! A chart as an image that stands on its own when shared: its title, subtitle (unit, years,
//! report figure) and legend above the plot, its source line and data date under it. The layout
//! is worked out here, from the texts and the image's width; the web shell draws it with the
//! download build of ECharts.

use super::figure::LegendItem;
use super::text_width;

/// Text sizes in the image, px.
pub const TITLE_SIZE: f64 = 15.0;
pub const SUBTITLE_SIZE: f64 = 12.0;
pub const SOURCE_SIZE: f64 = 11.0;
/// The height of a line of the text under the chart (the footer's room is counted in these).
pub const SOURCE_LINE_HEIGHT: f64 = SOURCE_SIZE + 4.0;
const MARGIN: f64 = 12.0;

/// Images of a set size, for sharing: drawn at half their pixels in CSS px, at twice the
/// resolution (a social square of 1080 × 1080 px is a 540 × 540 chart), the chart laid out for
/// that width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// 1080 × 1080 px.
    Square,
    /// 1080 × 1350 px.
    Portrait,
}

/// The pixels of a CSS px in a preset image.
pub const PRESET_PIXEL_RATIO: f64 = 2.0;

impl Preset {
    pub const ALL: [Preset; 2] = [Preset::Square, Preset::Portrait];

    /// Its size in CSS px (its pixels over [`PRESET_PIXEL_RATIO`]).
    pub fn size(self) -> (f64, f64) {
        match self {
            Preset::Square => (540.0, 540.0),
            Preset::Portrait => (540.0, 675.0),
        }
    }

    /// The layout width its chart is built for (`charts::layout_width` of its width).
    pub fn layout_width(self) -> u32 {
        super::layout_width(self.size().0)
    }

    /// In file names and the download buttons' `data-download`.
    pub fn code(self) -> &'static str {
        match self {
            Preset::Square => "social-square",
            Preset::Portrait => "social-portrait",
        }
    }

    pub fn label(self) -> crate::i18n::Msg {
        match self {
            Preset::Square => crate::i18n::Msg::PresetSquare,
            Preset::Portrait => crate::i18n::Msg::PresetPortrait,
        }
    }
}

/// Where the image's texts go, and how much room they take above and under the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageFrame {
    /// The title and the subtitle, broken into lines that fit.
    pub title: String,
    pub subtitle: String,
    /// Where the legend starts (px from the top), if the chart has one.
    pub legend_top: Option<f64>,
    /// Room added above the chart's own plot, and under it for the source line.
    pub header: f64,
    pub footer: f64,
    /// The source line and data date, broken into lines.
    pub source: String,
}

/// Breaks `text` into lines of at most `width` px at `size` px type, at its own line breaks, at
/// spaces (or anywhere in Chinese, which has none).
fn lines(text: &str, size: f64, width: f64) -> Vec<String> {
    text.split('\n').flat_map(|paragraph| wrap_line(paragraph, size, width)).collect()
}

fn wrap_line(text: &str, size: f64, width: f64) -> Vec<String> {
    let scale = size / 12.0;
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for ch in text.chars() {
        let candidate = format!("{line}{ch}");
        if text_width(&candidate) * scale > width && !line.is_empty() {
            // Break at the line's last opportunity: a space, or beside a Chinese character (which
            // may break anywhere, but not before a closing mark). Breaking at the last space alone
            // once cut "…办公室（2 篇，详见…" at its one space, leaving the line half empty.
            let at = last_break(&candidate);
            match at {
                Some(at) if at > 0 => {
                    let rest = candidate[at..].trim_start().to_string();
                    out.push(candidate[..at].trim_end().to_string());
                    line = rest;
                }
                _ => {
                    out.push(std::mem::take(&mut line));
                    if !ch.is_whitespace() {
                        line.push(ch);
                    }
                }
            }
        } else {
            line.push(ch);
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

/// The byte offset of `text`'s last place to break, before its last character (which overflowed).
fn last_break(text: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    (1..chars.len()).rev().find_map(|i| {
        let (before, after) = (chars[i - 1].1, chars[i].1);
        let ok = match (before, after) {
            (_, ' ') => false,
            (' ', _) => true,
            _ => (is_cjk(before) || is_cjk(after)) && !is_closing(after),
        };
        ok.then_some(chars[i].0)
    })
}

/// Chinese characters and full-width punctuation: a line may break before or after any of them.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// Marks that may not begin a line.
fn is_closing(c: char) -> bool {
    matches!(c, '，' | '。' | '、' | '；' | '：' | '）' | '」' | '』' | '”' | '！' | '？' | ')' | ',' | '.' | ';' | ':')
}

/// The text under an image's chart, so that it reads without the page: the key to its marks
/// (hollow report values, the COVID band), its numbered events, its notes and why a line breaks, then
/// the source line and data date. An image of a set size (`address`: the dashboard's, for the
/// rest) keeps its room for the chart: its key, events and source only (shared alone, a grey band
/// or a hollow point needs its key).
pub fn footer(built: &super::figure::Built, source: &str, address: Option<&str>) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !built.key.is_empty() {
        parts.push(built.key.join("  "));
    }
    if !built.events.is_empty() {
        parts.push(built.events.join("  "));
    }
    if address.is_none() {
        parts.extend(built.notes.iter().chain(&built.gaps).cloned());
    }
    parts.push(source.to_string());
    parts.extend(address.map(str::to_string));
    parts.join("\n")
}

pub fn frame(title: &str, subtitle: &str, legend: &[LegendItem], source: &str, width: f64) -> ImageFrame {
    let room = (width - 2.0 * MARGIN).max(120.0);
    let title_lines = lines(title, TITLE_SIZE, room);
    let subtitle_lines = lines(subtitle, SUBTITLE_SIZE, room);
    let source_lines = lines(source, SOURCE_SIZE, room);
    let mut top = MARGIN + title_lines.len() as f64 * (TITLE_SIZE + 5.0) + subtitle_lines.len() as f64 * (SUBTITLE_SIZE + 4.0) + 10.0;
    let legend_top = (legend.len() > 1).then_some(top);
    if legend.len() > 1 {
        // Legend items flow in rows: a swatch (25 px), the name, a gap (10 px).
        let mut rows = 1.0;
        let mut x = 0.0;
        for item in legend {
            let w = 35.0 + text_width(&item.name);
            if x + w > room && x > 0.0 {
                rows += 1.0;
                x = 0.0;
            }
            x += w;
        }
        top += rows * 22.0 + 4.0;
    }
    ImageFrame {
        title: title_lines.join("\n"),
        subtitle: subtitle_lines.join("\n"),
        legend_top,
        header: top,
        footer: source_lines.len() as f64 * SOURCE_LINE_HEIGHT + MARGIN,
        source: source_lines.join("\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_break_and_make_room() {
        let legend = vec![LegendItem { name: "China".into(), colour: "#D55E00" }, LegendItem { name: "India".into(), colour: "#009E73" }];
        let f = frame(
            "US nonimmigrant work visas issued to citizens of China, Europe and India",
            "visas issued · FY2014–FY2023 · Report figure 37",
            &legend,
            "Source: U.S. Department of State · Data as of 2025-07",
            360.0,
        );
        assert!(f.title.contains('\n'), "{}", f.title);
        assert!(f.title.lines().all(|l| text_width(l) * TITLE_SIZE / 12.0 <= 336.0), "{}", f.title);
        assert_eq!(f.title.replace('\n', " "), "US nonimmigrant work visas issued to citizens of China, Europe and India");
        let top = f.legend_top.unwrap();
        assert!(f.header > top && top > 40.0);
        let wide = frame("中国、欧洲、印度公民获得的美国非移民工作签证", "张", &legend[..1], "来源", 1200.0);
        assert_eq!(wide.legend_top, None, "one series: no legend");
        assert!(!wide.title.contains('\n'));
    }

    #[test]
    fn the_footer_explains_the_marks_events_and_gaps_then_the_source() {
        let ds: crate::data::Dataset = serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/green_cards.json")).unwrap()).unwrap();
        let ev: crate::data::texts::Events = serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/events.json")).unwrap()).unwrap();
        let state = crate::state::ViewState::default_for(crate::state::View::GreenCards);
        let look = crate::charts::Look { lang: crate::i18n::Lang::En, dark: false, decal: false, animate: false, width: 760 };
        let b = crate::charts::figure::build(&crate::catalog::green_cards::TOTALS, &ds, Some(&ev), &crate::charts::figure::Filters::of(&state), &look).unwrap();
        assert!(!b.key.is_empty() && !b.events.is_empty() && !b.gaps.is_empty(), "this chart has all three");
        let text = footer(&b, "Source: U.S. Department of State", None);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], b.key.join("  "));
        assert!(lines[1].starts_with(b.events[0].as_str()));
        assert!(lines.contains(&b.gaps[0].as_str()));
        assert_eq!(lines.last(), Some(&"Source: U.S. Department of State"));
        // A social image: its key, events, source and address; the chart keeps its room.
        let social = footer(&b, "Source: U.S. Department of State", Some("https://example.org/?view=green-cards"));
        assert_eq!(social, format!("{}\n{}\nSource: U.S. Department of State\nhttps://example.org/?view=green-cards", b.key.join("  "), b.events.join("  ")));
    }

    /// A social image: its texts leave the chart room, and the address under the source, on a line
    /// of its own (broken where it is longer than the image is wide).
    #[test]
    fn a_preset_image_keeps_room_for_its_chart_and_address() {
        for preset in Preset::ALL {
            let (w, h) = preset.size();
            assert_eq!((w * PRESET_PIXEL_RATIO, preset.layout_width()), (1080.0, 520));
            let address = "https://example.org/talent-flows/?view=work-visas&chart=work-visas-totals&lang=en";
            let f = frame(
                "US nonimmigrant work visas issued to citizens of China, Europe and India",
                "visas issued · FY2014–FY2023",
                &[],
                &format!("Source: U.S. Department of State · Data as of 2025-07\n{address}"),
                w,
            );
            assert!(f.source.lines().count() >= 2, "{}", f.source);
            assert!(f.source.lines().all(|l| text_width(l) * SOURCE_SIZE / 12.0 <= w - 24.0), "{}", f.source);
            assert!(f.source.lines().skip(1).collect::<String>().contains(address), "the address on lines of its own: {}", f.source);
            assert!(h - f.header - f.footer >= 300.0, "{preset:?}: {} px left for the chart", h - f.header - f.footer);
        }
    }

    #[test]
    fn chinese_breaks_beside_its_characters_not_at_a_far_space_nor_before_a_closing_mark() {
        let source = "来源：美国国务院签证办公室（2 篇，详见“来源与说明”）；美国公民及移民服务局，I-485 申请表统计 · 数据截至 2025-07";
        for width in [200.0, 260.0, 320.0, 400.0] {
            let got = lines(source, SOURCE_SIZE, width);
            assert_eq!(got.concat().replace(' ', ""), source.replace(' ', ""), "nothing lost at {width}");
            for l in &got {
                assert!(text_width(l) * SOURCE_SIZE / 12.0 <= width, "{l} at {width}");
                assert!(!l.starts_with(is_closing), "a line begins with a closing mark at {width}: {got:?}");
            }
            // Every line but the last fills its width to within two characters.
            for l in &got[..got.len() - 1] {
                assert!(text_width(l) * SOURCE_SIZE / 12.0 > width - 2.0 * SOURCE_SIZE - 1.0, "a short line at {width}: {got:?}");
            }
        }
        // English still breaks at spaces.
        let en = lines("Source: U.S. Department of State, Visa Office (2 tables; see Sources & notes)", SOURCE_SIZE, 200.0);
        assert!(en.iter().all(|l| !l.starts_with(' ') && !l.ends_with(' ')), "{en:?}");
        assert_eq!(en.join(" "), "Source: U.S. Department of State, Visa Office (2 tables; see Sources & notes)");
    }
}

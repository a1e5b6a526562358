//! Names of entity and category codes in the reader's language: the dashboard's own for the codes
//! it compares everywhere, the dataset's `labels` for the rest, and the code itself as a last resort.

use crate::data::Dataset;
use crate::i18n::{t, Lang, Phrase};

fn known(code: &str) -> Option<Phrase> {
    let (zh, en) = match code {
        "CN" => ("中国", "China"),
        "EU" => ("欧洲", "Europe"),
        "IN" => ("印度", "India"),
        "GB" => ("英国", "United Kingdom"),
        "FR" => ("法国", "France"),
        "DE" => ("德国", "Germany"),
        "E3" => ("英法德三国", "UK + France + Germany"),
        "ALL" => ("合计", "All shown"),
        "WORLD" => ("全部来源国", "All origins"),
        "WLD" => ("全球", "World"),
        "H" => ("H 类（雇主担保工签）", "H (employer-sponsored)"),
        "L" => ("L 类（跨国公司内部调派）", "L (intracompany transferee)"),
        "O" => ("O 类（杰出人才）", "O (extraordinary ability)"),
        "J" => ("J 类（交流访问学者）", "J (exchange visitor)"),
        "E" => ("E 类（条约贸易/投资）", "E (treaty trader / investor)"),
        "EB1" => ("EB-1 杰出人才、杰出教授与研究人员、跨国高管", "EB-1 priority workers"),
        "EB2" => ("EB-2 高学历专业人士、特殊能力者", "EB-2 advanced degrees, exceptional ability"),
        "EB3" => ("EB-3 技术劳工、专业人员及其他工人", "EB-3 skilled workers, professionals, other workers"),
        "EB5" => ("EB-5 投资移民", "EB-5 investors"),
        "total" => ("合计", "Total"),
        "total_incl_eb4" => ("合计（含 EB-4）", "Total incl. EB-4"),
        "undergraduate" => ("本科", "Undergraduate"),
        "graduate" => ("研究生", "Graduate"),
        "non_degree" => ("非学位", "Non-degree"),
        "opt" => ("OPT 实习", "OPT"),
        "other" => ("其他（2006/07 学年前）", "Other (before 2006/07)"),
        "petitions" => ("申请数", "Petitions"),
        "approval_rate" => ("通过率", "Approval rate"),
        "approvals" => ("获批数", "Approvals"),
        "male" => ("男性", "Male"),
        "female" => ("女性", "Female"),
        "F1" => ("F-1 签证", "F-1 visas"),
        _ => return None,
    };
    Some(t(zh, en))
}

/// The name of `code` in `lang`, from the dashboard's own names, then the dataset's labels.
pub fn name(code: &str, ds: Option<&Dataset>, lang: Lang) -> String {
    name_in(code, ds.map_or(&[], |d| &d.labels), lang)
}

/// [`name`] from a dataset's labels, or from the few a provenance keeps; a sum of codes no label
/// names ("USA+GBR") is the sum of their names ("United States + United Kingdom").
pub fn name_in(code: &str, labels: &[crate::data::Label], lang: Lang) -> String {
    if let Some(p) = known(code) {
        return lang.pick(&p).to_string();
    }
    if let Some(l) = labels.iter().find(|l| l.code == code) {
        return lang.pick(&l.name).to_string();
    }
    if code.contains('+') {
        return code.split('+').map(|c| name_in(c, labels, lang)).collect::<Vec<_>>().join(" + ");
    }
    code.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes_then_dataset_labels_then_the_code() {
        assert_eq!(name("CN", None, Lang::En), "China");
        assert_eq!(name("EB5", None, Lang::Zh), "EB-5 投资移民");
        assert_eq!(name("XYZ", None, Lang::En), "XYZ");
        assert_eq!(name("CN+IN", None, Lang::Zh), "中国 + 印度");
    }
}

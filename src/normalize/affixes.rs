//! Words that say what a party *is* rather than who it is: legal forms and honorifics.
//!
//! They are kept in names (they help a reviewer) but weigh little when scoring, so that
//! "Alpha Trade LLP" and "ТОО Альфа Трейд" agree on what matters, and "Trading LLC" alone
//! never decides a match. All entries are in compare form (see [`super::key`]), which is why
//! the Cyrillic forms appear romanised ("ooo" for ООО, "too" for ТОО).

/// Legal-form words and abbreviations, in compare form. Sources: the forms found in the OFAC,
/// UN, EU and UK lists, plus the Russian/Kazakh company forms traders meet (ООО, ТОО, АО, ПАО,
/// ЗАО, ОАО, ИП, ОДО, ЧП, ГУП, ФГУП, НАО).
pub const LEGAL_FORMS: &[&str] = &[
    "llc",
    "ooo",
    "too",
    "llp",
    "lp",
    "jsc",
    "ao",
    "pao",
    "pjsc",
    "zao",
    "cjsc",
    "oao",
    "ojsc",
    "nao",
    "ip",
    "odo",
    "chp",
    "gup",
    "fgup",
    "mup",
    "tov",
    "pp",
    "gmbh",
    "ag",
    "kg",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "plc",
    "fze",
    "fzco",
    "fzc",
    "fz",
    "llc",
    "sa",
    "sas",
    "sarl",
    "srl",
    "spa",
    "bv",
    "nv",
    "ab",
    "as",
    "oy",
    "sl",
    "pte",
    "pvt",
    "bhd",
    "sdn",
    "kft",
    "doo",
    "sp",
    "zoo",
    "jv",
    "jsc",
    "ojsc",
    "ltda",
    "liability",
    "joint",
    "stock",
    "open",
    "closed",
    "public",
    "private",
    "societe",
    "anonyme",
    "obshchestvo",
    "ogranichennoy",
    "otvetstvennostyu",
    "aktsionernoe",
    "tovarishchestvo",
];

/// Honorifics and titles that precede or follow personal names, in compare form.
pub const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mme", "herr", "frau", "gospodin",
    "gospozha", "sheikh", "shaikh", "haji", "hajji", "mullah", "mawlawi", "maulavi", "qari",
    "general", "colonel", "col", "gen", "capt", "captain", "major", "lt",
];

/// True when `token` (already in compare form) is a legal form.
pub fn is_legal_form(token: &str) -> bool {
    LEGAL_FORMS.contains(&token)
}

/// True when `token` (already in compare form) is an honorific or rank.
pub fn is_honorific(token: &str) -> bool {
    HONORIFICS.contains(&token)
}

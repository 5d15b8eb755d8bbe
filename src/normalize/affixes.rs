//! Words that say what a party *is* rather than who it is: legal forms and honorifics.
//!
//! They are kept in names (they help a reviewer) but weigh little when scoring, so that
//! "Alpha Trade LLP" and "ТОО Альфа Трейд" agree on what matters, and "Trading LLC" alone
//! never decides a match. All entries are in compare form (see [`super::key`]), which is why
//! the Cyrillic forms appear romanised ("ooo" for ООО, "too" for ТОО).

/// Multi-word legal forms, longest first within each family, with the one token they become.
/// Russian and Kazakh forms appear romanised, as [`super::key`] writes them.
pub const LEGAL_PHRASES: &[(&[&str], &str)] = &[
    (&["obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"], "llc"),
    (&["tovarishchestvo", "s", "ogranichennoy", "otvetstvennostyu"], "llp"),
    // A Latin "c" typed for the Cyrillic preposition "с" (a word of its own, so the look-alike
    // rule of `key` does not reach it), and the "-oi" romanisation of "-ой".
    (&["obshchestvo", "c", "ogranichennoy", "otvetstvennostyu"], "llc"),
    (&["obshchestvo", "s", "ogranichennoi", "otvetstvennostyu"], "llc"),
    (&["tovarishchestvo", "c", "ogranichennoy", "otvetstvennostyu"], "llp"),
    (&["tovaristvo", "z", "obmezhenoyu", "vidpovidalnistyu"], "llc"),
    // Belarusian, as the Canadian and EU lists give Belarusian companies: "Адкрытае
    // акцыянернае таварыства" is the Russian "Открытое акционерное общество".
    (&["tavarystva", "z", "abmezhavanay", "adkaznastsyu"], "llc"),
    (&["adkrytae", "aktsyyanernae", "tavarystva"], "ojsc"),
    (&["zakrytae", "aktsyyanernae", "tavarystva"], "cjsc"),
    (&["aktsyyanernae", "tavarystva"], "jsc"),
    // Ukrainian "Публічне/Приватне акціонерне товариство".
    (&["publichne", "aktsionerne", "tovarystvo"], "pjsc"),
    (&["pryvatne", "aktsionerne", "tovarystvo"], "cjsc"),
    (&["aktsionerne", "tovarystvo"], "jsc"),
    (&["tovarystvo", "z", "obmezhenoyu", "vidpovidalnistyu"], "llc"),
    // State enterprises: "ФГУП" is how Russian lists abbreviate "Federal State Unitary
    // Enterprise", "ФГБУ" "Federal State Budgetary Institution"; the English lists spell them
    // out, the Russian names often abbreviate.
    (&["federalnoe", "gosudarstvennoe", "unitarnoe", "predpriyatie"], "fgup"),
    (&["federal", "state", "unitary", "enterprise"], "fgup"),
    (&["federalnoe", "gosudarstvennoe", "byudzhetnoe", "uchrezhdenie"], "fgbu"),
    (&["federal", "state", "budgetary", "institution"], "fgbu"),
    (&["gosudarstvennoe", "unitarnoe", "predpriyatie"], "gup"),
    (&["state", "unitary", "enterprise"], "gup"),
    (&["limited", "liability", "company"], "llc"),
    (&["limited", "liability", "partnership"], "llp"),
    (&["limited", "liability", "co"], "llc"),
    (&["publichnoe", "aktsionernoe", "obshchestvo"], "pjsc"),
    (&["otkrytoe", "aktsionernoe", "obshchestvo"], "ojsc"),
    (&["zakrytoe", "aktsionernoe", "obshchestvo"], "cjsc"),
    (&["aktsionernoe", "obshchestvo"], "jsc"),
    (&["aktsionerne", "tovaristvo"], "jsc"),
    (&["public", "joint", "stock", "company"], "pjsc"),
    (&["open", "joint", "stock", "company"], "ojsc"),
    (&["closed", "joint", "stock", "company"], "cjsc"),
    (&["joint", "stock", "company"], "jsc"),
    (&["public", "limited", "company"], "plc"),
    (&["gesellschaft", "mit", "beschrankter", "haftung"], "gmbh"),
    (&["societe", "anonyme"], "sa"),
    (&["sociedad", "anonima"], "sa"),
    (&["societe", "a", "responsabilite", "limitee"], "sarl"),
    (&["societatea", "cu", "raspundere", "limitata"], "srl"),
    (&["societa", "a", "responsabilita", "limitata"], "srl"),
    (&["sp", "z", "o", "o"], "spzoo"),
    (&["free", "zone", "establishment"], "fze"),
    (&["free", "zone", "company"], "fzco"),
    (&["l", "l", "c"], "llc"),
    (&["l", "l", "p"], "llp"),
    (&["p", "t"], "pt"),
    (&["s", "a"], "sa"),
];

/// Single-word legal forms and the one spelling each becomes. Russian and Kazakh forms are
/// romanised: ООО → "ooo", ТОО → "too", ТОВ (Ukrainian) → "tov".
const LEGAL_SYNONYMS: &[(&str, &str)] = &[
    ("ooo", "llc"),
    // Belarusian ААТ/ЗАТ/ТАА and Ukrainian ПрАТ/ЗАТ, the forms above abbreviated (not the
    // Ukrainian ПАТ and ВАТ: "Pat" is a given name, "VAT" a tax).
    ("aat", "ojsc"),
    ("zat", "cjsc"),
    ("taa", "llc"),
    ("prat", "cjsc"),
    ("fsue", "fgup"),
    ("tov", "llc"),
    ("too", "llp"),
    ("ao", "jsc"),
    ("pao", "pjsc"),
    ("zao", "cjsc"),
    ("oao", "ojsc"),
    ("limited", "ltd"),
    ("corporation", "corp"),
    ("company", "co"),
    ("incorporated", "inc"),
    ("aktiengesellschaft", "ag"),
    ("aktiengeselschaft", "ag"),
    ("spolka", "sp"),
];

/// The one spelling of a single-word legal form, or `None`.
pub fn legal_synonym(token: &str) -> Option<&'static str> {
    LEGAL_SYNONYMS.iter().find(|(t, _)| *t == token).map(|(_, c)| *c)
}

/// Legal-form words and abbreviations, in the forms [`super::name_tokens`] leaves them in.
/// Sources: the forms found in the OFAC, UN, EU and UK lists, plus the Russian/Kazakh company
/// forms traders meet (ООО, ТОО, АО, ПАО, ЗАО, ОАО, ИП, ОДО, ЧП, ГУП, ФГУП, НАО).
pub const LEGAL_FORMS: &[&str] = &[
    "llc", "llp", "lp", "jsc", "pjsc", "cjsc", "ojsc", "nao", "ip", "odo", "chp", "gup", "fgup",
    "mup", "pp", "gmbh", "ag", "kg", "ltd", "inc", "corp", "co", "plc", "fze", "fzco", "fzc", "fz",
    "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "oy", "sl", "pte", "pvt", "bhd",
    "sdn", "kft", "doo", "sp", "spzoo", "zoo", "jv", "ltda", "pt", "tbk", "dmcc", "ooo", "too",
    "ao", "pao", "zao", "oao", "tov", "fgbu", "aat", "zat", "taa", "prat", "fsue",
];
/// Honorifics and titles that precede or follow personal names, in compare form.
pub const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "madam",
    "mme",
    "herr",
    "frau",
    "gospodin",
    "gospozha",
    "sheikh",
    "shaikh",
    "haji",
    "hajji",
    "mullah",
    "mawlawi",
    "maulavi",
    "qari",
    "general",
    "colonel",
    "col",
    "gen",
    "capt",
    "captain",
    "major",
    "lt",
    "president",
    "prasident",
    "presidente",
    "mister",
    "shaykh",
    "imam",
    "academician",
];

/// Particles that join the parts of a name: Arabic articles and kinship words, European
/// nobiliary particles, English function words. They weigh little because they are shared by
/// thousands of unrelated names.
pub const PARTICLES: &[&str] = &[
    "al", "el", "ul", "ud", "ad", "ar", "bin", "ibn", "bint", "ben", "abu", "de", "da", "do",
    "dos", "das", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der", "den", "ter",
    "the", "of", "and", "for", "und", "et", "after", "named",
    // Russian prepositions inside organisation names ("Служба по надзору", "Фонд помощи за
    // ...", "Совет при Президенте"); their English translations are particles too.
    "po", "za", "na", "pri", "dlya", "ot", "iz",
    // Turkic "son of" and "daughter of" after the father's name ("Нургали улы", "Heydar
    // oglu", "Алиев Гейдар кызы").
    "uly", "ulu", "ugly", "ogly", "oglu", "ogli", "kyzy", "kizi", "qizi", "gyzy",
];

/// Words common in organisation names that say little about which organisation it is.
pub const GENERIC: &[&str] = &[
    "trading",
    "trade",
    "group",
    "international",
    "intl",
    "holding",
    "holdings",
    "industries",
    "industrial",
    "industry",
    "enterprise",
    "enterprises",
    "services",
    "service",
    "general",
    "import",
    "export",
    "global",
    "investment",
    "investments",
    "development",
    "technologies",
    "technology",
    "engineering",
    "construction",
    "logistics",
    "shipping",
    "commercial",
    "management",
    "partners",
    "resources",
    "solutions",
    "systems",
    "products",
    "manufacturing",
    "national",
    "state",
    "federal",
    "center",
    "centre",
    "institute",
    "association",
    "foundation",
    "organization",
    "organisation",
    "committee",
    "ministry",
    "department",
    "agency",
    "bureau",
    "office",
    "plant",
    "factory",
    "firm",
    "union",
    "society",
    "trust",
    "fund",
    "bank",
    "network",
    "consulting",
    "project",
    "projects",
    "research",
    "scientific",
    "production",
    "design",
    "limited",
    "corporation",
    "company",
    "business",
    "russia",
    "europe",
    "federation",
    "republic",
    // Russian abbreviations of kinds of organisation, which translations spell out or leave
    // out: НПП, НПО, НПК (research and production enterprise, association, corporation),
    // НИИ, ЦНИИ (research institute, central), КБ, ОКБ, ПКБ, СКБ, МКБ (design bureaus), НТЦ,
    // НПЦ, ФНПЦ, НИЦ, ГНЦ (centres).
    "npp",
    "npo",
    "npk",
    "nii",
    "tsnii",
    "kb",
    "okb",
    "pkb",
    "skb",
    "mkb",
    "ntts",
    "npts",
    "fnpts",
    "nits",
    "gnts",
];

/// True when `token` is a particle (see [`PARTICLES`]).
pub fn is_particle(token: &str) -> bool {
    PARTICLES.contains(&token)
}

/// True when `token` is a generic organisation word (see [`GENERIC`]).
pub fn is_generic(token: &str) -> bool {
    GENERIC.contains(&token)
}

/// True when `token` (already in compare form) is a legal form.
pub fn is_legal_form(token: &str) -> bool {
    LEGAL_FORMS.contains(&token)
}

/// True when `token` (already in compare form) is an honorific or rank.
pub fn is_honorific(token: &str) -> bool {
    HONORIFICS.contains(&token)
}

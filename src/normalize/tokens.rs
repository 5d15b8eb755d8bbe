//! Splits a compare-form key into the tokens the matcher aligns, and says how much each counts.
//!
//! Two rewrites make spellings of the same thing one token, for the index and the query alike
//! (they both call [`name_tokens`]):
//!
//! * **Legal forms**: "Limited Liability Company", "ООО" (→ "ooo"), "Obshchestvo s
//!   ogranichennoy otvetstvennostyu" and "LLC" all become `llc`; "Aktiengesellschaft" and "AG"
//!   become `ag`; see [`affixes::LEGAL_PHRASES`]. A legal form then weighs little
//!   ([`token_weight`]), so it is one compare form and never the deciding evidence.
//! * **Given names across East Slavic languages**: the Russian, Ukrainian and Belarusian forms
//!   of one name ("Oleksandr", "Aliaksandr", "Aleksandr"; "Volodymyr", "Uladzimir", "Vladimir")
//!   become the Russian compare form, and so do the patronymics built on them ("Oleksandrovych"
//!   → "aleksandrovich"). Lists write one person in all three languages (the Canadian list
//!   gives Belarusian officials in Belarusian romanisation, others in Russian), and the forms
//!   are too far apart for fuzzy comparison: "volodymyr"/"vladimir" share two letters in place.

use super::affixes;

/// The tokens of a compare-form key, with legal forms and East Slavic given names rewritten
/// to one form each (see the module docs).
///
/// # Example
/// ```
/// use sanctions_checker::normalize::{key, name_tokens};
/// assert_eq!(name_tokens(&key("Limited Liability Company «Альфа»")), ["llc", "alfa"]);
/// assert_eq!(name_tokens(&key("Siemens Aktiengesellschaft")), ["siemens", "ag"]);
/// assert_eq!(name_tokens(&key("Володимир Олександрович")), ["vladimir", "aleksandrovich"]);
/// ```
pub fn name_tokens(key: &str) -> Vec<String> {
    let raw: Vec<&str> = super::tokens(key).collect();
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    'outer: while i < raw.len() {
        // Longest legal-form phrase starting here; long words of long phrases may be misspelt
        // ("Общество с ограничченной отвественностью"): company registers are typed by hand.
        for (phrase, canonical) in affixes::LEGAL_PHRASES {
            let n = phrase.len();
            let fuzzy = n >= 3;
            if n > 0
                && i + n <= raw.len()
                && raw[i..i + n]
                    .iter()
                    .zip(phrase.iter())
                    .all(|(r, p)| r == p || (fuzzy && p.len() >= 8 && misspelt(r, p)))
            {
                out.push((*canonical).to_string());
                i += n;
                continue 'outer;
            }
        }
        // English phrases lists use for one Russian word ("machine building" for
        // "машиностроительный").
        for (phrase, canonical) in ORG_PHRASES {
            let n = phrase.len();
            if i + n <= raw.len() && raw[i..i + n] == **phrase {
                push_org_word(&mut out, canonical.to_string());
                i += n;
                continue 'outer;
            }
        }
        if let Some((_, words)) = WORDS_FOR_SEVERAL.iter().find(|(short, _)| *short == raw[i]) {
            out.extend(words.iter().map(|w| w.to_string()));
            i += 1;
            continue;
        }
        // A Russian compound with a known head ("радиозавод", "нефтегаз") is its two words.
        if let Some((first, head)) = split_compound(raw[i]) {
            push_org_word(&mut out, first.to_string());
            push_org_word(&mut out, head);
            i += 1;
            continue;
        }
        // "И" beside a word of an organisation's name is "and" ("банк реконструкции и
        // развития", "Bank for Reconstruction and Development"), a particle like "and"; an
        // initial sits beside another initial or a name ("В.И. Козлов", "Иван И. Петров").
        let org_word_at =
            |t: &str| affixes::is_generic(t) || ORG_STEMS.iter().any(|(_, english)| *english == t);
        if raw[i] == "i"
            && i > 0
            && raw[i - 1].len() >= 3
            && raw.get(i + 1).is_some_and(|next| next.len() >= 3)
            && (out.last().is_some_and(|prev| org_word_at(prev))
                || raw.get(i + 1).is_some_and(|next| org_word_at(&canonical_token(next))))
        {
            out.push("and".to_string());
            i += 1;
            continue;
        }
        // "Им." is "имени", "named after", in front of the initials or the name it abbreviates
        // ("им. А.Э. Нудельмана"), or after an organisation word ("Завод им. Горького").
        // Elsewhere "Im" is a Korean surname.
        if raw[i] == "im"
            && (raw.get(i + 1).is_some_and(|next| next.len() == 1)
                || out.last().is_some_and(|prev| org_word_at(prev)))
        {
            out.push("named".to_string());
            i += 1;
            continue;
        }
        let token = canonical_token(raw[i]);
        i += 1;
        // "Железные дороги" is "railways": the road is part of the railway.
        if token == "road" && out.last().is_some_and(|prev| prev == "railway") {
            continue;
        }
        // "Российской Федерации", "Russian Federation" and "РФ" are one word, as "России"
        // and "Russia" are.
        if token == "federation" && out.last().is_some_and(|prev| prev == "russian") {
            out.pop();
            out.push("russia".to_string());
            continue;
        }
        // "Научно-исследовательский" becomes "research research": one word, as the English
        // "Research Institute" has it. Only organisation words: "Mohammed Mohammed" is a name.
        if out.last() == Some(&token) && affixes::is_generic(&token) {
            continue;
        }
        out.push(token);
    }
    out
}

/// Whether `word` is `target` misspelt: within the edit budget of `target`'s length.
fn misspelt(word: &str, target: &str) -> bool {
    use crate::matching::score::{edit_budget, edits};
    let budget = edit_budget(target.len()) as f64;
    word.len().abs_diff(target.len()) as f64 <= budget && edits(word, target, budget) <= budget
}

/// Pushes an organisation word unless it repeats the previous one ("research research").
fn push_org_word(out: &mut Vec<String>, token: String) {
    if out.last() != Some(&token) {
        out.push(token);
    }
}

/// English phrases that translate one Russian organisation word, with the one word both sides
/// end up with: the lists translate "машиностроительный завод" as "Machine-Building Plant" and
/// as "Engineering Plant", "приборостроения" as "Instrument Making" and as "Instrument
/// Engineering".
const ORG_PHRASES: &[(&[&str], &str)] = &[
    (&["machine", "building"], "engineering"),
    (&["machinebuilding"], "engineering"),
    (&["machine", "engineering"], "engineering"),
    (&["instrument", "making"], "instrument"),
    (&["instrument", "engineering"], "instrument"),
    (&["ship", "building"], "shipbuilding"),
    (&["ship", "repair"], "shiprepair"),
    (&["radio", "engineering"], "radiotechnical"),
    (&["non", "commercial"], "nonprofit"),
    (&["non", "profit"], "nonprofit"),
    (&["black", "sea"], "blacksea"),
    // "Всероссийский" is "All-Russian" and "All-Russia".
    (&["all", "russian"], "russian"),
    (&["all", "russia"], "russian"),
    (&["radio", "broadcasting"], "broadcasting"),
    // "Нижегородский" is of Nizhny Novgorod.
    (&["nizhny", "novgorod"], "nizhegorodsk"),
    (&["nizhniy", "novgorod"], "nizhegorodsk"),
    (&["nizhnii", "novgorod"], "nizhegorodsk"),
    (&["nizhnyi", "novgorod"], "nizhegorodsk"),
];

/// First parts of Russian compounds, with the English word the lists translate them with.
/// "Радиозавод" is listed as "Radio Plant" and "Radioworks", "авиазавод" as "Aviation Plant",
/// "нефтегаз" as "Oil and Gas".
const COMPOUND_FIRSTS: &[(&str, &str)] = &[
    ("radio", "radio"),
    ("avia", "aviation"),
    ("elektro", "electro"),
    ("electro", "electro"),
    ("energo", "energy"),
    ("spets", "special"),
    ("nefte", "oil"),
    ("neft", "oil"),
    ("sudo", "ship"),
];

/// Splits a compound of [`COMPOUND_FIRSTS`] and a known head ("radiozavod" → radio + plant,
/// "neftegaz" → oil + gas) into the first part's English word and the head's canonical token.
/// Only heads that are organisation words themselves count, so "Radiotekhnika" or "Aviastar"
/// stay one token.
fn split_compound(token: &str) -> Option<(&'static str, String)> {
    COMPOUND_FIRSTS.iter().find_map(|(first, english)| {
        let head = token.strip_prefix(first)?;
        if head.len() < 3 {
            return None;
        }
        let word = match org_word(head) {
            Some(w) => w,
            None if head == "works" => "plant",
            None if head.starts_with("gaz") && head.len() <= 5 => "gas",
            None => return None,
        };
        // "Neft" + "plant" is not a compound, but "radio" + "plant" is: only heads that name a
        // kind of organisation or of product.
        matches!(word, "plant" | "factory" | "gas" | "instrument" | "engineering" | "shipbuilding")
            .then(|| (*english, word.to_string()))
    })
}

/// One token's canonical spelling: a legal-form synonym, a given name or a patronymic.
fn canonical_token(token: &str) -> String {
    // Words too short for the stem table ("Вооружённых сил", "районный суд").
    match token {
        "sea" => return "marine".to_string(),
        "marin" => return "marine".to_string(),
        // "Частная военная компания", a private military company; "Объединённая
        // двигателестроительная корпорация", the United Engine Corporation.
        "chvk" => return "pmc".to_string(),
        // "Торговый дом", a trading house.
        "dom" | "doma" => return "house".to_string(),
        "odk" => return "uec".to_string(),
        "sil" | "sily" => return "forces".to_string(),
        "sud" | "suda" => return "court".to_string(),
        "rf" => return "russia".to_string(),
        // "Санкт-Петербург", "St. Petersburg", "Saint Petersburg".
        "sankt" | "saint" => return "st".to_string(),
        "tv" => return "television".to_string(),
        _ => {}
    }
    // An English ordinal is its number ("924th State Centre", "924 Государственного центра";
    // "70th Anniversary", "70-летия").
    if let Some(digits) = ["st", "nd", "rd", "th"].iter().find_map(|s| token.strip_suffix(s)) {
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            return digits.to_string();
        }
    }
    if let Some(c) = affixes::legal_synonym(token) {
        return c.to_string();
    }
    if let Some(c) = given_name(token) {
        return c.to_string();
    }
    if let Some(c) = org_word(token) {
        return c.to_string();
    }
    if let Some(p) = patronymic(token) {
        return p;
    }
    if let Some(stem) = adjective_in_sk(token) {
        return stem.to_string();
    }
    // The genitive "-ого" of names in -ой and -ий, as organisations named after someone have
    // them ("Гражданские самолёты Сухого", "Sukhoi Civil Aircraft").
    if token.len() >= 7 {
        if let Some(stem) = token.strip_suffix("ogo") {
            return format!("{stem}oy");
        }
    }
    token.to_string()
}

/// Endings of Russian adjectives in "-sk-" (and their Latin spellings), longest first.
const SK_ENDINGS: &[&str] = &[
    "skogo", "skomu", "skikh", "skaya", "skiye", "skoye", "skiy", "skii", "skij", "skoy", "skoe",
    "skie", "skom", "skim", "skuyu", "sky", "ski", "skyi", "skyy", "skih", "skyh",
];

/// The stem with "sk" of an adjective in "-sk-" ("ulyanovskiy", "ulyanovskaya",
/// "Ulyanovsky" → "ulyanovsk"), or `None`. Russian place adjectives are how organisation
/// names say where they are ("Ульяновский патронный завод" is listed as "Ulyanovsk
/// Cartridge Works"), and surnames in -sky/-skiy/-skii/-skaya are one name in several
/// romanisations. Stems must keep two letters before "sk" ("Omsk", "Tula" → "tulsk").
fn adjective_in_sk(token: &str) -> Option<&str> {
    let ending = SK_ENDINGS.iter().find(|e| token.ends_with(*e))?;
    let stem = &token[..token.len() - ending.len() + 2];
    (stem.len() >= 4).then_some(stem)
}

/// Words of Russian (and Ukrainian, Belarusian) organisation names by the stem they start with,
/// in compare form, with the English word lists use when they translate the name
/// ("Научно-производственное объединение" is listed as "Scientific and Production
/// Association"). Both sides end up with the English word, so a name in one language finds
/// its translation in the other. Only the stem is compared, because Russian inflects
/// ("zavod", "zavoda", "zavodskoy"); stems are long enough not to start ordinary surnames.
/// English spelling variants are folded here too ("centre" → "center").
const ORG_STEMS: &[(&str, &str)] = &[
    // "Научно-исследовательский" and "научно-производственный" are translated "research" as
    // often as "scientific" ("Research and Production Corporation Irkut", "Scientific Research
    // Institute"): both become "research", and a doubled "research research" one word (see
    // `name_tokens`).
    ("nauchno", "research"),
    ("nauchn", "research"),
    ("scientific", "research"),
    // Ukrainian "науково-", Belarusian "навукова-".
    ("naukov", "research"),
    ("navukov", "research"),
    ("issledovatel", "research"),
    ("proizvodstven", "production"),
    ("obedineni", "association"),
    ("predpriyati", "enterprise"),
    ("konstruktorsk", "design"),
    ("proektno", "design"),
    ("proektn", "design"),
    ("byuro", "bureau"),
    ("opytno", "experimental"),
    ("eksperimentaln", "experimental"),
    // "Учреждение" is an "institution", "институт" an "institute": the English word must not
    // fall to the stem below.
    ("institution", "institution"),
    ("instrument", "instrument"),
    ("institut", "institute"),
    ("universitet", "university"),
    // "Имени академика Грушина", "named after Academician Grushin": a title, not the academy.
    ("akademik", "academician"),
    ("akademi", "academy"),
    // "Им. академ. Забабахина".
    ("akadem", "academician"),
    ("zavod", "plant"),
    // "Plant", "works", "factory", "завод", "фабрика", "комбинат": the lists translate each
    // Russian word with each English one ("Yaroslavl Radioworks", "Kazan Synthetic Rubber
    // Plant", "Izhevsk Mechanical Factory"), so all are one word.
    ("fabrik", "plant"),
    ("factory", "plant"),
    ("factories", "plant"),
    ("works", "plant"),
    // "Фонд" is listed as "Fund" and as "Foundation".
    ("foundation", "fund"),
    ("kombinat", "plant"),
    ("tsentraln", "central"),
    ("tsentr", "center"),
    ("centre", "center"),
    ("gosudarstven", "state"),
    ("federaln", "federal"),
    ("federatsi", "federation"),
    ("rossiysk", "russian"),
    ("vserossiysk", "russian"),
    ("ministerstv", "ministry"),
    ("oborony", "defence"),
    ("defense", "defence"),
    ("upravleni", "directorate"),
    ("agentstv", "agency"),
    ("novostey", "news"),
    ("korporatsi", "corp"),
    ("kontsern", "concern"),
    ("gruppa", "group"),
    ("gruppy", "group"),
    ("kholding", "holding"),
    ("kompani", "co"),
    ("morskogo", "marine"),
    ("morskoy", "marine"),
    ("priborostroeni", "instrument"),
    ("priborostroitel", "instrument"),
    ("mashinostroeni", "engineering"),
    ("mashinostroitel", "engineering"),
    ("aviatsion", "aviation"),
    ("raketn", "rocket"),
    ("kosmichesk", "space"),
    ("sistem", "systems"),
    ("informatsion", "information"),
    ("tekhnologi", "technology"),
    ("technologies", "technology"),
    ("elektronik", "electronics"),
    ("svyazi", "communications"),
    ("remont", "repair"),
    ("sudostroitel", "shipbuilding"),
    ("vertoletn", "helicopter"),
    ("khimichesk", "chemical"),
    ("neftyan", "oil"),
    ("energetichesk", "energy"),
    ("atomn", "nuclear"),
    ("yadern", "nuclear"),
    ("voenno", "military"),
    ("voenn", "military"),
    ("vooruzhenn", "armed"),
    ("moskovsk", "moscow"),
    ("gorodsk", "city"),
    ("komitet", "committee"),
    ("soyuz", "union"),
    ("obshchestven", "public"),
    ("organizatsi", "organization"),
    ("organisation", "organization"),
    ("avtonomn", "autonomous"),
    ("nekommerchesk", "nonprofit"),
    ("respublik", "republic"),
    ("natsionaln", "national"),
    ("vyssh", "higher"),
    ("shkola", "school"),
    ("ekonomik", "economics"),
    ("televizion", "television"),
    ("gazet", "newspaper"),
    ("izdatel", "publishing"),
    ("redaktsion", "editorial"),
    ("analitichesk", "analytical"),
    ("stroitel", "construction"),
    ("transportn", "transport"),
    ("torgov", "trading"),
    ("bezopasnost", "security"),
    ("razvitiya", "development"),
    ("razvitie", "development"),
    ("innovatsion", "innovation"),
    ("obrazovateln", "educational"),
    ("byudzhetn", "budgetary"),
    ("uchrezhdeni", "institution"),
    ("pravitelstv", "government"),
    ("prezident", "president"),
    ("mezhdunarodn", "international"),
    ("detsk", "children"),
    ("fond", "fund"),
    // "Banking Corporation" is not "Bank": a word of its own, before "bank" takes it.
    ("banking", "banking"),
    ("bank", "bank"),
    ("imeni", "named"),
    // More words of state bodies and plants, as the English names of the Canadian, EU and UK
    // lists translate them ("Министерство образования и науки" → "Ministry of Education and
    // Science", "Федеральная служба охраны" → "Federal Guard Service").
    ("obrazovani", "education"),
    ("nauk", "science"),
    ("oblast", "region"),
    ("kultur", "culture"),
    ("sluzhb", "service"),
    // "Технический" and "технологический" are translated "technical" and "technology" both
    // ways ("Физико-технический институт" → "Physics and Technology Institute").
    ("tekhnichesk", "technology"),
    ("technical", "technology"),
    ("mekhanichesk", "mechanical"),
    ("fizik", "physics"),
    ("avtomatik", "automation"),
    ("bespilotn", "unmanned"),
    ("blagotvoritel", "charitable"),
    ("spetsialn", "special"),
    ("patronn", "cartridge"),
    ("kompleks", "complex"),
    ("unitarn", "unitary"),
    ("rossii", "russia"),
    ("rossiya", "russia"),
    ("vnutrenn", "internal"),
    ("finans", "finance"),
    ("financial", "finance"),
    ("yustitsi", "justice"),
    ("vneshn", "foreign"),
    ("inostrann", "foreign"),
    ("razvedk", "intelligence"),
    ("okhran", "guard"),
    ("investitsi", "investment"),
    ("strakhov", "insurance"),
    ("nezavisim", "independent"),
    ("obedinenn", "united"),
    ("kommunikatsi", "communications"),
    ("vooruzheni", "armament"),
    ("radioelektron", "radioelectronic"),
    ("elektronn", "electronic"),
    ("vychislitel", "computing"),
    ("optichesk", "optical"),
    ("dvigatel", "engine"),
    ("vertolet", "helicopter"),
    ("aviatsi", "aviation"),
    ("regionaln", "regional"),
    ("severo", "northern"),
    ("zapadn", "western"),
    ("vostochn", "eastern"),
    ("dvizheni", "movement"),
    ("obshchestv", "society"),
    ("geografichesk", "geographical"),
    ("izmeritel", "measurement"),
    ("izmereni", "measurement"),
    // Words of plant and bank names the English names translate ("Казанский завод
    // синтетического каучука" → "Kazan Synthetic Rubber Plant", "Российский
    // сельскохозяйственный банк" → "Russian Agricultural Bank").
    ("sintetichesk", "synthetic"),
    ("kauchuk", "rubber"),
    ("selskokhozyaystven", "agricultural"),
    ("gvardi", "guard"),
    ("platezhn", "payment"),
    ("toplivn", "fuel"),
    ("radiotekhnichesk", "radiotechnical"),
    ("avtomobiln", "automobile"),
    ("traktorn", "tractor"),
    // "Металлургический"/"металлургии" and "Metallurgical"/"Metallurgy" share the stem.
    ("metallurg", "metallurgy"),
    ("promyshlenn", "industrial"),
    ("inzhiniring", "engineering"),
    ("rekonstruktsi", "reconstruction"),
    ("prikladn", "applied"),
    ("elektromekhanichesk", "electromechanical"),
    ("dobrovolts", "volunteers"),
    ("venchurn", "venture"),
    // Belarusian and Ukrainian forms of the words above.
    ("vytvorch", "production"),
    ("vyrobnych", "production"),
    ("pradpryemstv", "enterprise"),
    ("pidpryiemstv", "enterprise"),
    ("pidpryyemstv", "enterprise"),
    ("kanstruktarsk", "design"),
    ("dzyarzhawn", "state"),
    ("dzyarzhaun", "state"),
    ("derzhavn", "state"),
    ("instytut", "institute"),
    // Words of state bodies, banks, plants and movements as the English names translate them
    // ("Российские железные дороги" → "Russian Railways", "Фонд национального
    // благосостояния" → "National Wealth Fund", "Главный центр связи" → "Main
    // Communication Centre", "Следственный комитет" → "Investigative Committee").
    ("zheleznodorozhn", "railway"),
    ("zhelezn", "railway"),
    ("railway", "railway"),
    ("dorog", "road"),
    ("pryam", "direct"),
    ("blagosostoyani", "wealth"),
    ("glavn", "main"),
    ("chief", "main"),
    ("svyaz", "communications"),
    ("communication", "communications"),
    ("sledstven", "investigative"),
    ("izbiratel", "election"),
    ("komissi", "commission"),
    ("narodn", "people"),
    ("spaseni", "salvation"),
    ("poryad", "order"),
    ("gosudarstv", "state"),
    ("mezhgosudarstv", "interstate"),
    ("prava", "law"),
    ("pravo", "law"),
    ("porokhov", "powder"),
    ("emkost", "container"),
    ("iskusstvenn", "artificial"),
    ("volokn", "fibre"),
    ("fiber", "fibre"),
    ("khimi", "chemical"),
    ("chemistry", "chemical"),
    ("elektromekhanik", "electromechanical"),
    ("elektramekhanik", "electromechanical"),
    ("electromechanic", "electromechanical"),
    ("elektrotekhnichesk", "electrotechnical"),
    ("elektrotekhnichn", "electrotechnical"),
    ("elektratekhnichn", "electrotechnical"),
    ("mekhanik", "mechanical"),
    ("mechanic", "mechanical"),
    ("teoretichesk", "theoretical"),
    ("poluprovodnik", "semiconductor"),
    ("pribor", "instrument"),
    ("kvantov", "quantum"),
    ("optik", "optical"),
    ("optics", "optical"),
    ("sovmestn", "joint"),
    ("kompozitsion", "composite"),
    ("material", "materials"),
    ("reaktor", "reactor"),
    ("atomic", "nuclear"),
    ("organichesk", "organic"),
    ("istochnik", "sources"),
    ("radiotekhniki", "radiotechnical"),
    ("oborudovani", "equipment"),
    ("apparatur", "equipment"),
    ("sodruzhestv", "commonwealth"),
    ("gumanitarn", "humanitarian"),
    ("sotrudnichestv", "cooperation"),
    ("missi", "mission"),
    ("grazhdansk", "civil"),
    ("samolet", "aviation"),
    ("aircraft", "aviation"),
    ("patriotichesk", "patriotic"),
    ("molodezh", "youth"),
    ("molodyozh", "youth"),
    ("molod", "youth"),
    ("young", "youth"),
    ("yunosh", "youth"),
    ("stran", "country"),
    ("kazach", "cossack"),
    ("voysk", "troops"),
    ("vozdushn", "air"),
    ("razvedyvatel", "intelligence"),
    ("shtab", "staff"),
    ("generaln", "general"),
    ("sovet", "council"),
    ("edinaya", "united"),
    ("edinoy", "united"),
    ("edinyy", "united"),
    ("edinye", "united"),
    ("edinogo", "united"),
    ("sputnik", "satellite"),
    ("upravlyayushch", "management"),
    ("managing", "management"),
    ("regionov", "regional"),
    ("zashchit", "defence"),
    ("biologichesk", "biological"),
    ("radiatsion", "radiation"),
    ("komandovani", "command"),
    ("orden", "order"),
    ("trudov", "labor"),
    ("labour", "labor"),
    ("krasny", "red"),
    ("krasnogo", "red"),
    ("krasnaya", "red"),
    ("krasnoe", "red"),
    ("znamen", "banner"),
    ("pobed", "victory"),
    ("mestn", "local"),
    ("budget", "budgetary"),
    ("sudoremont", "shiprepair"),
    // "Верфь", "завод" and "yard" are each translated "shipyard" ("Балтийский завод" →
    // "Baltic Shipyard", "Хабаровский судостроительный завод" → "Khabarovsk Shipbuilding
    // Yard"): all are "plant".
    ("verf", "plant"),
    ("shipyard", "plant"),
    ("yard", "plant"),
    ("ammunition", "cartridge"),
    ("spetsializirovann", "specialized"),
    ("specialised", "specialized"),
    ("issledovan", "research"),
    ("studies", "research"),
    ("program", "program"),
    ("prosveshcheni", "education"),
    ("prosvetitel", "educational"),
    ("prokuratur", "prosecutor"),
    ("rayonn", "district"),
    ("moskv", "moscow"),
    ("gorod", "city"),
    ("muze", "museum"),
    ("administratsi", "administration"),
    ("turizm", "tourism"),
    ("russk", "russian"),
    ("otnosheni", "relations"),
    ("politichesk", "political"),
    ("politik", "policy"),
    ("politics", "policy"),
    ("sotsialn", "social"),
    ("socio", "social"),
    ("konservativn", "conservative"),
    ("partnerstv", "partnership"),
    ("initsiativ", "initiative"),
    ("kreativn", "creative"),
    ("diplomati", "diplomacy"),
    ("inzhenern", "engineering"),
    ("morsk", "marine"),
    ("maritime", "marine"),
    ("lazern", "laser"),
    ("komponent", "components"),
    ("okean", "ocean"),
    ("akkumulyator", "battery"),
    ("severn", "northern"),
    ("north", "northern"),
    ("baltiysk", "baltic"),
    ("east", "eastern"),
    ("west", "western"),
    ("yuzhn", "southern"),
    ("south", "southern"),
    ("lyud", "people"),
    ("pomoshch", "help"),
    ("helping", "help"),
    ("spasatel", "rescue"),
    ("studenchesk", "student"),
    ("korpus", "corps"),
    ("investment", "investment"),
    ("affairs", "affairs"),
    ("delam", "affairs"),
    // Belarusian words of plant names ("Мінскі завод колавых цягачоў" → "Minsk Wheel Tractor
    // Plant", "Завод дакладнай электрамеханікі" → "Precision Electromechanics Plant").
    ("kolav", "wheel"),
    ("tsyagach", "tractor"),
    ("tyagach", "tractor"),
    ("dakladn", "precision"),
    ("tochn", "precision"),
    ("vysokotochn", "precision"),
    ("pretsizionn", "precision"),
    ("kiravann", "control"),
    // Russian spellings of English loanwords, as Russian-language names of foreign-style
    // companies write them ("Мидас Ресурс" → "Midas Resources", "ДМТ Трейдинг" → "DMT
    // Trading", "Конкорд Менеджмент и консалтинг").
    ("resurs", "resources"),
    ("treyding", "trading"),
    ("grupp", "group"),
    ("servis", "service"),
    ("service", "service"),
    ("menedzhment", "management"),
    ("konsalting", "consulting"),
    ("kholdyng", "holding"),
    ("kampani", "co"),
    ("tekhnolodzhi", "technology"),
    // Places whose Russian, Ukrainian and English names differ beyond fuzzy matching.
    ("krym", "crimea"),
    ("zaporozh", "zaporizhzhia"),
    ("zaporizh", "zaporizhzhia"),
    ("kiev", "kyiv"),
    ("kyiv", "kyiv"),
    ("kiyev", "kyiv"),
    ("chernomorsk", "blacksea"),
    // More words of institutes, arms plants and broadcasters.
    ("strategichesk", "strategic"),
    ("weapon", "armament"),
    ("oruzh", "armament"),
    ("artiller", "artillery"),
    ("radioveshchatel", "broadcasting"),
    ("commercial", "trading"),
    ("oversiz", "overseas"),
    ("mayning", "mining"),
    ("riteyl", "retail"),
    ("specialn", "special"),
    ("belorussk", "belarusian"),
    ("belorussian", "belarusian"),
    ("byelorussian", "belarusian"),
    ("belaruski", "belarusian"),
    // Words of institutes, state bodies, charities and broadcasters the English names
    // translate ("Общероссийский" → "All-Russian", "содействия развитию" → "for support and
    // development", "краеведческий музей" → "local lore museum", "Сибирского отделения" →
    // "Siberian Branch", "казённое предприятие" → "state enterprise").
    ("obshcherossiysk", "russian"),
    ("avtomatizirovann", "automated"),
    ("aviakompani", "airlines"),
    ("airline", "airlines"),
    ("bazov", "basic"),
    ("detey", "children"),
    ("fizichesk", "physics"),
    ("physical", "physics"),
    ("kraeved", "lore"),
    ("letiya", "anniversary"),
    ("letie", "anniversary"),
    ("munitsipaln", "municipal"),
    ("otdeleni", "branch"),
    ("sibirsk", "siberian"),
    ("sodeystvi", "support"),
    ("podderzhk", "support"),
    ("assist", "support"),
    ("kiruyuch", "management"),
    ("kazenn", "state"),
    ("community", "society"),
    ("tekhnik", "technology"),
    ("teplotekhni", "thermal"),
    ("gidravlik", "hydraulics"),
    ("automatic", "automation"),
    ("spektroskopi", "spectroscopy"),
    ("ispytani", "testing"),
    ("kanal", "channel"),
    ("stividorn", "stevedoring"),
    ("kontrol", "control"),
    ("ekonomichesk", "economic"),
    ("ispolnitel", "executive"),
    ("pervy", "first"),
    ("industr", "industrial"),
    ("additivn", "additive"),
    ("otdykh", "recreation"),
    ("medn", "copper"),
    ("proektirovani", "design"),
    ("mirov", "global"),
    ("world", "global"),
    ("oboronn", "defence"),
    ("devices", "instrument"),
    ("device", "instrument"),
    ("aerodrom", "aerodrome"),
    // After "mashinostroeni" above: "Русские машины" → "Russian Machines".
    ("mashin", "machines"),
    ("machine", "machines"),
    ("golovn", "leading"),
    ("osob", "special"),
    ("naznacheni", "purpose"),
    ("konstruirovani", "design"),
    ("aerokosmichesk", "aerospace"),
    ("ofitser", "officers"),
    ("officer", "officers"),
    ("mezhregional", "interregional"),
    ("mobiln", "mobile"),
    ("ekspluatiruyushch", "operating"),
    ("bunkern", "bunkering"),
    ("oktyabr", "october"),
    ("molni", "lightning"),
    ("klub", "club"),
    ("meditsinsk", "medical"),
    ("geroy", "hero"),
    ("ofitsialn", "official"),
];

/// Single words that stand for several, with the words they stand for: Russian short names
/// of ministries ("Минобороны" is "Министерство обороны", the Ministry of Defence) and English
/// words that translate two Russian ones ("Seaport", "Морской порт").
const WORDS_FOR_SEVERAL: &[(&str, &[&str])] = &[
    ("minoborony", &["ministry", "defence"]),
    ("minfin", &["ministry", "finance"]),
    ("minyust", &["ministry", "justice"]),
    ("minprosveshcheniya", &["ministry", "education"]),
    ("minobrnauki", &["ministry", "education", "and", "science"]),
    ("mintrans", &["ministry", "transport"]),
    ("minzdrav", &["ministry", "health"]),
    ("minenergo", &["ministry", "energy"]),
    ("minkultury", &["ministry", "culture"]),
    ("minpromtorg", &["ministry", "industry", "and", "trade"]),
    ("mintsifry", &["ministry", "digital"]),
    ("minekonomrazvitiya", &["ministry", "economic", "development"]),
    ("minselkhoz", &["ministry", "agriculture"]),
    ("minsport", &["ministry", "sport"]),
    ("seaport", &["marine", "port"]),
];

/// The English word for a stem of [`ORG_STEMS`], or `None`.
fn org_word(token: &str) -> Option<&'static str> {
    if token.len() < 4 {
        return None;
    }
    ORG_STEMS
        .iter()
        .find(|(stem, _)| {
            token.starts_with(stem)
                // Short stems only as whole words with an inflection ("fonda", "banka"), so
                // that "Bankov" or "Fondarenko" stay surnames.
                && (stem.len() >= 6 || token.len() <= stem.len() + 3)
        })
        .map(|(_, english)| *english)
}

/// East Slavic given-name forms (Ukrainian, Belarusian, informal and older romanisations)
/// mapped to the Russian compare form. Only forms too far apart for fuzzy comparison are
/// listed; "sergei"/"sergey" need no entry.
const GIVEN_NAMES: &[(&str, &[&str])] = &[
    (
        "aleksandr",
        &[
            "oleksandr",
            "olexandr",
            "aliaksandr",
            "alyaksandr",
            "aleksander",
            "alexander",
            "alexandr",
            "alaksandr",
            "oleksander",
        ],
    ),
    (
        "aleksey",
        &[
            "oleksiy", "oleksii", "oleksij", "aliaksei", "alyaksey", "alyaksei", "aleksei",
            "alexei", "alexey", "aleksiy", "oleksi",
        ],
    ),
    ("vladimir", &["volodymyr", "volodimir", "uladzimir", "uladimir", "wladimir", "vladymyr"]),
    ("nikolay", &["mykola", "mikola", "mikalai", "mikalay", "nikolai", "nicolai", "nikolaj"]),
    ("mikhail", &["mykhailo", "mykhaylo", "mikhailo", "mikhas", "michail", "mihail", "mikhael"]),
    (
        "sergey",
        &[
            "sergei", "serhiy", "serhii", "sergiy", "siarhei", "siarhey", "serhei", "serguei",
            "syargey", "siargei",
        ],
    ),
    ("andrey", &["andriy", "andrii", "andrij", "andrej", "andrei", "andrus", "andrei"]),
    ("yuliya", &["julia", "yulia", "iuliia", "yuliia", "julija", "juliya", "yulija"]),
    ("nikita", &["mykyta", "mikita"]),
    ("dmitriy", &["dmytro", "dzmitry", "dzmitryi", "dmitri", "dmitry", "dimitri", "dimitry"]),
    (
        "evgeniy",
        &[
            "yevhen", "yevgen", "yauhen", "yaugen", "evhen", "ievgen", "yevgeny", "yevgeniy",
            "evgeny", "evgenii", "yevgenii", "jevgenij",
        ],
    ),
    ("georgiy", &["heorhiy", "heorhii", "hieorhi", "georgy", "georgii", "georgi"]),
    ("grigoriy", &["hryhoriy", "hryhorii", "ryhor", "hryhory", "grigory", "grigorii", "grigori"]),
    ("oleg", &["oleh", "aleh", "alieh"]),
    ("olga", &["olha", "volha", "olha"]),
    ("igor", &["ihor", "ihar", "igar"]),
    ("yuriy", &["yurii", "yury", "iurii", "yuri", "jurij", "juri", "yurij", "yuryi"]),
    ("vasiliy", &["vasyl", "vasil", "vasili", "vasily", "vasilii", "vasilij"]),
    ("pavel", &["pavlo", "paval"]),
    ("petr", &["petro", "piotr", "pyotr", "petar", "piatro"]),
    ("anatoliy", &["anatolii", "anatoly", "anatol", "anatoli"]),
    ("konstantin", &["kostiantyn", "kostyantyn", "kanstantsin", "konstantyn"]),
    ("valentina", &["valyantsina", "valiantsina", "valentyna"]),
    ("valentin", &["valiantsin", "valyantsin", "valentyn"]),
    ("viktor", &["victor", "viktar", "wiktor"]),
    ("natalya", &["nataliya", "natalia", "natallia", "natalija", "nataliia", "natallya"]),
    ("elena", &["olena", "alena", "yelena", "alyona", "jelena", "alena"]),
    ("ekaterina", &["kateryna", "katsiaryna", "katsyaryna", "yekaterina", "katerina", "ekaterina"]),
    ("tatyana", &["tetiana", "tetyana", "tatsiana", "tatsyana", "tatiana", "tatjana"]),
    ("irina", &["iryna", "iryna"]),
    ("mariya", &["maria", "mariia", "marya", "maryia", "mariya"]),
    ("anna", &["hanna", "ganna", "ganna"]),
    ("yakov", &["yakiv", "jakov", "iakov", "yakau"]),
    ("leonid", &["leanid"]),
    ("fedor", &["fyodor", "fedir", "fiodar", "fiodor", "feodor"]),
    ("stepan", &["stsiapan"]),
    ("semen", &["semyon", "semion", "siamion", "semen"]),
    ("timofey", &["tsimafei", "tymofiy", "timofei"]),
    ("kirill", &["kyrylo", "kiryl", "kirill"]),
    ("maksim", &["maksym", "maxim", "maksim", "maksym"]),
    ("artem", &["artyom", "artsiom", "artem"]),
    ("roman", &["raman"]),
    ("boris", &["barys", "borys"]),
    ("vadim", &["vadym", "vadzim"]),
    ("vitaliy", &["vitalii", "vitali", "vitaly", "vital"]),
    ("valeriy", &["valerii", "valery", "valeri", "valer"]),
    ("gennadiy", &["hennadiy", "hennadii", "genadz", "gennady", "gennadii"]),
    ("svetlana", &["svitlana", "sviatlana", "svyatlana"]),
    ("lyudmila", &["liudmyla", "lyudmyla", "liudmila", "ludmila", "lyudmila"]),
    ("vyacheslav", &["viacheslav", "vyachaslau", "viachaslau", "wiaczeslaw"]),
    ("stanislav", &["stanislau", "stanislaw"]),
    ("yaroslav", &["yaraslau", "jaroslav", "iaroslav"]),
    ("vsevolod", &["usevalad"]),
    ("arkadiy", &["arkadii", "arkady", "arkadz"]),
];

/// The Russian compare form of an East Slavic given name, when `token` is a listed variant or
/// spells one with other romanisation habits (the same transliteration skeleton: "mikhaylo"
/// is "mykhaylo", "dzmitryy" is "dzmitry", "aleg" is "aleh"). The table cannot list every
/// spelling of every form; the skeleton folds the habits the matcher folds anyway.
fn given_name(token: &str) -> Option<&'static str> {
    if let Some((canonical, _)) = GIVEN_NAMES.iter().find(|(_, variants)| variants.contains(&token))
    {
        return Some(canonical);
    }
    if token.len() < 4 || GIVEN_NAMES.iter().any(|(c, _)| *c == token) {
        return None;
    }
    static BY_SKELETON: std::sync::OnceLock<std::collections::HashMap<String, &'static str>> =
        std::sync::OnceLock::new();
    let table = BY_SKELETON.get_or_init(|| {
        let mut table = std::collections::HashMap::new();
        for (canonical, variants) in GIVEN_NAMES {
            for form in variants.iter().chain([canonical]) {
                table.entry(skeleton(form)).or_insert(*canonical);
            }
        }
        table
    });
    table.get(&skeleton(token)).copied()
}

/// The transliteration skeleton the matcher compares by (the normaliser uses it only to
/// recognise given names).
fn skeleton(token: &str) -> String {
    crate::matching::score::skeleton(token)
}

/// Patronymic endings: (ending, masculine or feminine). Ukrainian "-ovych/-ivna", Belarusian
/// "-avich/-auna", Russian "-ovich/-evna". The "i"/"y" before an ending ("-ievich",
/// "-iyovych") is part of the stem: [`patronymic`] trims it.
const PATRONYMIC_ENDINGS: &[(&str, bool)] = &[
    ("ovych", true),
    ("evych", true),
    ("ovich", true),
    ("evich", true),
    ("avich", true),
    ("ivna", false),
    ("ovna", false),
    ("evna", false),
    ("auna", false),
    ("euna", false),
    // Belarusian keeps a stressed о before ў: "Пятроўна" (Petrovna), "Сідароўна".
    ("ouna", false),
];

/// Stems of patronymics that differ between the languages, mapped to the Russian stem.
const PATRONYMIC_STEMS: &[(&str, &[&str])] = &[
    ("aleksandr", &["oleksandr", "aliaksandr", "alyaksandr", "alexandr", "aleksandr"]),
    ("alekse", &["oleksiy", "oleksii", "aliakse", "alyakse", "aleksey", "alekse", "aleksei"]),
    ("vladimir", &["volodymyr", "uladzimir", "vladimir"]),
    ("nikola", &["mykola", "mikola", "mikala", "nikola", "nikolay", "nikolai"]),
    ("mikhayl", &["mykhayl", "mykhail", "mikhail", "mikhayl", "mikhal"]),
    ("serge", &["serhiy", "serhii", "siarhe", "serhe", "serge", "sergey", "sergei", "sergiy"]),
    ("andre", &["andriy", "andrii", "andre", "andrei", "andrey"]),
    ("dmitri", &["dmytr", "dzmitr", "dmitri", "dmitr"]),
    ("evgen", &["yevhen", "yauhen", "evgen", "yevgen", "evgeni", "yevgeni"]),
    ("georgi", &["heorhiy", "heorhi", "hieorhi", "georgi"]),
    ("grigor", &["hryhor", "ryhor", "grigor", "grigori"]),
    ("oleg", &["oleh", "aleh", "oleg"]),
    ("igor", &["ihor", "ihar", "igor"]),
    ("yur", &["yuri", "yur", "iur", "jur"]),
    ("vasil", &["vasyl", "vasil", "vasili", "vasily"]),
    ("pavl", &["pavl", "paval", "paul"]),
    ("petr", &["petr", "petr", "piatr"]),
    ("anatol", &["anatoli", "anatol"]),
    ("konstantin", &["kostiantyn", "kanstantsin", "konstantin"]),
    ("viktor", &["viktor", "victor", "viktar"]),
    ("ivan", &["ivan"]),
    ("leonid", &["leanid", "leonid"]),
    ("fedor", &["fedor", "fyodor", "fedir", "fiodar"]),
    ("valentin", &["valentyn", "valiantsin", "valentin"]),
    ("valeri", &["valeri", "valerii", "valery", "valer"]),
    ("vitali", &["vitali", "vitalii", "vital"]),
    ("gennadi", &["hennadi", "hennadiy", "genadz", "gennadi", "gennad"]),
    ("yakov", &["yakov", "yakiv", "yakav"]),
    ("boris", &["borys", "barys", "boris"]),
    ("vadim", &["vadym", "vadzim", "vadim"]),
    ("stepan", &["stepan", "stsiapan"]),
    ("semen", &["semen", "semyon", "siamion"]),
    ("maksim", &["maksym", "maksim", "maxim"]),
    ("roman", &["roman", "raman"]),
    ("vyacheslav", &["viacheslav", "viachaslav", "vyacheslav"]),
    ("stanislav", &["stanislav", "stanislav"]),
    ("yaroslav", &["yaroslav", "yaraslav"]),
    ("arkadi", &["arkadi", "arkadii", "arkadz"]),
];

/// The Russian compare form of a patronymic whose stem differs between the languages
/// ("oleksandrovych" → "aleksandrovich", "mikalaeuna" → "nikolaevna"), or `None`.
fn patronymic(token: &str) -> Option<String> {
    for (ending, masculine) in PATRONYMIC_ENDINGS {
        let Some(stem) = token.strip_suffix(ending) else { continue };
        // "Vitaliyovych", "Vitalievich" and "Vitalevich" differ in how they write the soft
        // sign and the й between stem and ending: compare stems without them.
        let bare = |s: &str| s.trim_end_matches(['i', 'y']).to_string();
        let stem = bare(stem);
        let Some((canonical, _)) =
            PATRONYMIC_STEMS.iter().find(|(_, forms)| forms.iter().any(|f| bare(f) == stem))
        else {
            continue;
        };
        // The Russian ending: "-evich/-evna" after a stem ending in a vowel sound (Nikola-evich,
        // Serge-evich), "-ovich/-ovna" otherwise.
        let soft = canonical.ends_with(['a', 'e', 'i']);
        let ending = match (masculine, soft) {
            (true, true) => "evich",
            (true, false) => "ovich",
            (false, true) => "evna",
            (false, false) => "ovna",
        };
        return Some(format!("{}{ending}", bare(canonical)));
    }
    None
}

/// Compare forms of Russian letters written with more than one Latin letter, longest first.
const DIGRAPH_LETTERS: &[&str] = &["shch", "zh", "kh", "ts", "ch", "sh", "yu", "ya", "ye", "yo"];

/// The first letter of a romanised Russian word, in compare form ("zh" for "zhukov").
pub(crate) fn first_letter(word: &str) -> &str {
    DIGRAPH_LETTERS
        .iter()
        .find(|d| word.starts_with(*d))
        .copied()
        .or_else(|| word.get(..1))
        .unwrap_or("")
}

/// The initials a token of an English organisation name may have in its Russian
/// abbreviation, each option a run of one or more letters in compare form: "railway" is
/// "Ж" or "ЖД" (железная дорога), "research" "Н", "И" or "НИ" (научно-исследовательский),
/// "institute" "И"; a word the stem table does not know is a romanised Russian word, its own
/// first letter ("minsk" → "М"). Used to read "РЖД" as "Russian Railways" (see
/// `matching::compare`).
pub(crate) fn russian_initials(token: &str) -> Vec<Vec<&str>> {
    const SEVERAL: &[(&str, &[&[&str]])] = &[
        ("research", &[&["n"], &["i"], &["n", "i"]]),
        ("railway", &[&["zh"], &["zh", "d"]]),
        ("agricultural", &[&["s"], &["s", "kh"]]),
    ];
    if let Some((_, options)) = SEVERAL.iter().find(|(t, _)| *t == token) {
        return options.iter().map(|o| o.to_vec()).collect();
    }
    let mut out: Vec<Vec<&str>> = Vec::new();
    for (stem, english) in ORG_STEMS {
        if *english == token {
            let letter = first_letter(stem);
            if !out.iter().any(|o| o[0] == letter) {
                out.push(vec![letter]);
            }
        }
    }
    if out.is_empty() {
        // Not a word of the table: its own first letter.
        let letter = first_letter(token);
        if letter.starts_with(|c: char| c.is_ascii_alphabetic()) {
            out.push(vec![letter]);
        }
    }
    out
}

/// How much a token counts when names are compared.
///
/// * Legal forms and honorifics: 0.2 — they say what a party is, not who.
/// * Particles ("al", "bin", "de", "van", "the", "of"): 0.3 — they join names.
/// * Generic words of organisation names ("trading", "group", "international"): 0.4.
/// * East Slavic patronymics: 0.5; common East Slavic given names: 0.7.
/// * Every other token: 1.
///
/// The screening index refines this with how many listed names share the token
/// (see `matching`).
pub fn token_weight(token: &str) -> f64 {
    if affixes::is_legal_form(token) || affixes::is_honorific(token) {
        0.2
    } else if affixes::is_particle(token) {
        0.3
    } else if affixes::is_generic(token) {
        0.4
    } else if token.len() == 1 {
        // An initial stands for a given name or patronymic, which weigh 0.7 and 0.5 spelled
        // out; it cannot count more than the word it abbreviates ("im. A.N. Ganicheva" beside
        // an English name that leaves the initials out).
        0.5
    } else if is_patronymic(token) {
        // Shared by everyone whose fathers had the commonest names.
        0.5
    } else if GIVEN_NAMES.iter().any(|(c, _)| *c == token) {
        // A common given name says less than a surname.
        0.7
    } else {
        1.0
    }
}

/// Endings of the "-ichna" patronymics, made from names in -a ("Ilyinichna" from Ilya,
/// "Kuzminichna", "Nikitichna", "Lukichna", "Savvichna"). Not "-ichna" alone: Ukrainian
/// feminine surnames end so too ("Пшенична", Russian "Пшеничная").
const ICHNA_ENDINGS: &[&str] = &["inichna", "itichna", "kichna", "vvichna"];

/// True for an East Slavic patronymic ("ivanovich", "petrovna", "mykolayovych", "ivanavich").
pub fn is_patronymic(token: &str) -> bool {
    // "-ichna" ("Ilyinichna", "Kuzminichna") is only ever feminine and has no stem to rewrite.
    token.len() > 6
        && (ICHNA_ENDINGS.iter().any(|e| token.ends_with(e))
            || PATRONYMIC_ENDINGS.iter().any(|(e, _)| token.ends_with(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::key;

    fn toks(s: &str) -> Vec<String> {
        name_tokens(&key(s))
    }

    #[test]
    fn legal_form_phrases_become_one_token() {
        assert_eq!(toks("Open Joint Stock Company Gazprom"), ["ojsc", "gazprom"]);
        assert_eq!(toks("OAO Gazprom"), ["ojsc", "gazprom"]);
        assert_eq!(toks("ООО «Ромашка»"), ["llc", "romashka"]);
        // A Latin "c" for "с", and "-oi" for "-ой", as lists write them.
        assert_eq!(toks("Общество c Ограниченной Ответственностью «АТРАН»"), ["llc", "atran"]);
        assert_eq!(
            toks("Obshchestvo s Ogranichennoi Otvetstvennostyu Luchano"),
            ["llc", "luchano"]
        );
        assert_eq!(toks("ТОО Альфа Трейд"), ["llp", "alfa", "treyd"]);
        assert_eq!(toks("Alpha Trade LLP"), ["alpha", "trade", "llp"]);
        assert_eq!(toks("FABERLIC EUROPE Sp. z o.o."), ["faberlic", "europe", "spzoo"]);
        assert_eq!(toks("CRYSTALORD LIMITED"), toks("CRYSTALORD LTD"));
        // Long words of a long phrase may be misspelt; short ones may not.
        assert_eq!(toks("бщество с ограничченной отвтетсвенностью Бесогон"), ["llc", "besogon"]);
        assert_ne!(toks("Общество и ограниченной ответственностью Бесогон")[0], "llc");
    }

    #[test]
    fn im_is_named_after_before_initials_and_after_organisation_words() {
        assert_eq!(toks("им. А.Э. Нудельмана"), ["named", "a", "e", "nudelmana"]);
        assert_eq!(toks("Завод им. Горького"), ["plant", "named", "gorkoy"]);
        // Elsewhere "Im" is a Korean surname.
        assert_eq!(toks("Im Chun Song"), ["im", "chun", "song"]);
    }

    #[test]
    fn ordinals_are_their_numbers_and_one_english_word_may_be_two_russian_ones() {
        assert_eq!(toks("924th Centre"), ["924", "center"]);
        assert_eq!(toks("70-летия"), ["70", "anniversary"]);
        assert_eq!(toks("Vanino Seaport"), ["vanino", "marine", "port"]);
        assert_eq!(toks("Nizhny Novgorod"), toks("Нижегородский"));
        // Not a number with letters that are no ordinal ending.
        assert_eq!(toks("7th 5g"), ["7", "5g"]);
    }

    #[test]
    fn slavic_given_names_and_patronymics_meet() {
        assert_eq!(toks("Олександр Павлович"), toks("Aleksandr Pavlovich"));
        assert_eq!(toks("Мікалай Аляксандравіч"), toks("Nikolay Aleksandrovich"));
        assert_eq!(toks("Валентина Николаевна"), toks("Valyantsina Mikalaeuna"));
        assert_eq!(toks("Oleksiyovych"), toks("Алексеевич"));
        // Belarusian "-оўна" after a stressed о ("Пятроўна", romanised "Piatrouna").
        assert_eq!(toks("Piatrouna"), toks("Petrovna"));
        assert_eq!(toks("Rustamovich"), ["rustamovich"], "unknown stems stay as they are");
    }

    #[test]
    fn adjectives_in_sk_lose_their_ending() {
        // Place adjectives of organisation names and -sky surnames in every romanisation.
        assert_eq!(toks("Ульяновский патронный завод"), toks("Ulyanovsk cartridge plant"));
        assert_eq!(toks("Богуславский"), toks("Boguslavsky"));
        assert_eq!(toks("Богуславский"), toks("Boguslavskii"));
        assert_eq!(toks("Omsk"), ["omsk"], "too short a stem");
    }

    #[test]
    fn given_names_are_recognised_by_their_skeleton() {
        assert_eq!(toks("Михайло"), toks("Mikhail"));
        assert_eq!(toks("Дзмiтрый"), toks("Dmitriy"));
        assert_eq!(toks("Алег"), toks("Oleg"));
        assert_eq!(toks("Yulia"), toks("Юлия"));
    }

    #[test]
    fn belarusian_and_state_legal_forms_are_one_token() {
        assert_eq!(toks("Адкрытае акцыянернае таварыства «Парытэтбанк»"), ["ojsc", "parytetbank"]);
        assert_eq!(toks("ААТ Белаграпрамбанк"), ["ojsc", "belagraprambank"]);
        assert_eq!(
            toks("Федеральное государственное унитарное предприятие «ВНИИА»"),
            toks("Federal State Unitary Enterprise VNIIA")
        );
    }

    #[test]
    fn russian_organisation_words_meet_their_translation() {
        assert_eq!(
            toks("Научно-исследовательский институт"),
            toks("Scientific Research Institute")
        );
        assert_eq!(toks("Научно-исследовательский институт"), toks("Research Institute"));
        assert_eq!(
            toks("Министерство образования и науки"),
            ["ministry", "education", "and", "science"]
        );
    }

    #[test]
    fn words_of_state_bodies_meet_their_translation() {
        assert_eq!(toks("Российские железные дороги"), toks("Russian Railways"));
        assert_eq!(toks("Фонд национального благосостояния"), ["fund", "national", "wealth"]);
        assert_eq!(toks("Российской Федерации"), toks("Russian Federation"));
        assert_eq!(toks("Российской Федерации"), ["russia"]);
        assert_eq!(toks("Вооружённых сил"), toks("Armed Forces"));
        // "И" between words is "and"; beside an initial or a given name it is an initial.
        assert_eq!(toks("банк реконструкции и развития")[2], "and");
        assert_eq!(toks("В. И. Козлова")[1], "i");
        assert_eq!(toks("Иван И. Петров")[1], "i");
    }

    #[test]
    fn compounds_with_a_known_head_are_split() {
        // "Ярославский радиозавод" is listed as "Yaroslavl Radioworks" and "Рязанский
        // радиозавод" as "Ryazan Radio-Plant": the compound is its two words.
        assert_eq!(toks("Ярославский радиозавод"), ["yaroslavsk", "radio", "plant"]);
        assert_eq!(toks("Yaroslavl Radioworks"), ["yaroslavl", "radio", "plant"]);
        assert_eq!(toks("Ryazan Radio-Plant"), ["ryazan", "radio", "plant"]);
        assert_eq!(toks("Улан-Удэнский авиазавод")[2..], ["aviation", "plant"]);
        assert_eq!(toks("Нефтегаз"), ["oil", "gas"]);
        // Without a known head the word stays whole: a brand, not a compound.
        assert_eq!(toks("Радиотехника"), ["radiotekhnika"]);
        assert_eq!(toks("Aviastar"), ["aviastar"]);
    }

    #[test]
    fn english_phrases_for_one_russian_word_are_one_word() {
        // "Машиностроительный завод" is listed as "Machine-Building Plant" and "Engineering
        // Plant"; "приборостроения" as "Instrument Making" and "Instrument Engineering".
        assert_eq!(
            toks("Мытищинский машиностроительный завод")[1..],
            toks("Mytishchi Machine-Building Plant")[1..]
        );
        assert_eq!(toks("Instrument Making"), toks("Instrument Engineering"));
        assert_eq!(toks("Omsk Institute of Instrument Making")[3..], toks("приборостроения"));
    }

    #[test]
    fn plant_works_and_factory_are_one_word() {
        // The lists translate "завод", "фабрика" and "комбинат" with each of these.
        for name in ["Kazan Plant", "Kazan Works", "Kazan Factory", "Казанская фабрика"]
        {
            assert_eq!(toks(name)[1], "plant", "{name}");
        }
        assert_eq!(toks("Charitable Foundation"), toks("Благотворительный фонд"));
        assert_eq!(toks("Военно-промышленная"), toks("Military Industrial"));
    }

    #[test]
    fn weights_order_from_legal_form_to_name() {
        assert!(token_weight("llc") < token_weight("al"));
        assert!(token_weight("al") < token_weight("trading"));
        assert!(token_weight("trading") < token_weight("petrov"));
    }
}

//! Words for the description search: stop words, a light stemmer, trade terms that the
//! nomenclatures do not use, and a small Russian→English glossary.
//!
//! Texts are compared in the one compare form of [`crate::normalize::key`], so Russian arrives
//! here romanised ("подшипники" → "podshipniki"). The stemmer therefore strips English endings
//! and the romanised Russian endings alike; the search's prefix and Jaro-Winkler comparison
//! absorbs what a light stemmer gets wrong ("stanok"/"stanki").

use crate::normalize;

/// Endings stripped from a compare-form word, longest first. A word keeps at least
/// [`MIN_STEM`] characters, so short words ("gas", "oil", "tea") are never cut.
const SUFFIXES: &[&str] = &[
    // romanised Russian (adjective, noun and plural endings)
    "iyami", "yami", "ovykh", "evykh", "ykh", "ikh", "ami", "ogo", "ego", "omu", "emu", "ymi",
    "imi", "aya", "yaya", "oye", "yye", "iye", "ovoy", "evoy", // English
    "ations", "ation", "ings", "ing", "ies", "ied", "ers", "ed", "es",
    // short Russian endings and the English plural last
    "ov", "ev", "ey", "oy", "iy", "yy", "om", "em", "ye", "ya", "yu", "ie", "a", "y", "i", "e", "o",
    "u", "s",
];

/// The shortest stem the stemmer leaves.
pub const MIN_STEM: usize = 4;

/// Strips one inflection ending: "bearings" → "bear", "podshipniki" → "podshipnik",
/// "sharikovye" → "sharikov", "machines" → "machin".
pub fn stem(word: &str) -> String {
    let mut out = strip_ending(word);
    // A final "e" goes too, so that "drone" and "drones" (→ "dron"), "tyre" and "tyres"
    // meet: the ending rules above cannot tell "drones" from "boxes".
    if out.len() >= MIN_STEM && out.is_ascii() && out.ends_with('e') {
        out.pop();
    }
    out
}

fn strip_ending(word: &str) -> String {
    if word.len() < MIN_STEM || !word.is_ascii() {
        return word.to_string();
    }
    // A plural "s" goes even from short words ("ores" → "ore", "nuts" → "nut"), but not
    // from "ss" ("glass") or "us" ("cactus") or "is" ("axis").
    if word.len() <= MIN_STEM + 1 {
        let ok = word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
            && !word.ends_with("is");
        return if ok { word[..word.len() - 1].to_string() } else { word.to_string() };
    }
    for s in SUFFIXES {
        if word.len() >= MIN_STEM + s.len() && word.ends_with(s) {
            let cut = &word[..word.len() - s.len()];
            // "glass" is not a plural.
            if *s == "s" && cut.ends_with('s') {
                return word.to_string();
            }
            return cut.to_string();
        }
    }
    word.to_string()
}

/// Words that say nothing about which goods: connectives of both languages and the
/// nomenclatures' filler ("other", "n.e.s.", "прочие", "whether or not").
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "or",
    "of",
    "the",
    "for",
    "with",
    "without",
    "in",
    "on",
    "by",
    "to",
    "from",
    "as",
    "at",
    "be",
    "its",
    "their",
    "other",
    "others",
    "than",
    "not",
    "whether",
    "nes",
    "n",
    "e",
    "s",
    "incl",
    "including",
    "excl",
    "excluding",
    "kind",
    "used",
    "use",
    "type",
    "types",
    "which",
    "such",
    "like",
    "parts",
    "thereof",
    "etc",
    "more",
    "less",
    "exceeding",
    "but",
    "heading",
    "headings",
    "subheading",
    "chapter",
    "ex",
    "cn",
    "hs",
    "code",
    "codes",
    "и",
    "или",
    "для",
    "из",
    "с",
    "со",
    "в",
    "во",
    "на",
    "по",
    "от",
    "до",
    "не",
    "без",
    "их",
    "прочие",
    "прочий",
    "прочая",
    "прочее",
    "прочих",
    "кроме",
    "либо",
    "том",
    "числе",
    "также",
    "а",
    "к",
    "о",
    "об",
    "части",
    "товарной",
    "позиции",
    "позиций",
    "субпозиции",
    "группы",
];

/// True for a compare-form word that carries no meaning for the search.
pub fn is_stop_word(key_word: &str) -> bool {
    static STOPS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    STOPS.get_or_init(|| STOP_WORDS.iter().map(|w| normalize::key(w)).collect()).contains(key_word)
}

/// Trade words that the nomenclature texts do not use, with the nomenclature's words for the
/// same goods. Keys are compared as stems; a query word that matches a key is searched as its
/// expansion too. Expansions separate alternatives with `|`; the words of one alternative
/// form a phrase that must be found together ("unmanned aircraft").
pub const TRADE_TERMS: &[(&str, &str)] = &[
    ("drone", "unmanned aircraft"),
    ("uav", "unmanned aircraft"),
    ("quadcopter", "unmanned aircraft"),
    ("microcontroller", "processors controllers"),
    ("mcu", "processors controllers"),
    ("microprocessor", "processors controllers"),
    ("cpu", "processors controllers"),
    ("fpga", "integrated circuits logic"),
    ("microchip", "integrated circuits"),
    ("chip", "integrated circuits"),
    ("semiconductor", "semiconductor devices"),
    ("laptop", "portable automatic data processing machines"),
    ("notebook", "portable automatic data processing machines"),
    ("computer", "automatic data processing machines"),
    ("server", "automatic data processing machines"),
    ("smartphone", "telephones cellular networks"),
    ("cellphone", "telephones cellular networks"),
    ("router", "routing apparatus|apparatus transmission data"),
    ("switch", "switching apparatus|switches"),
    ("gps", "radio navigational aid apparatus"),
    ("gnss", "radio navigational aid apparatus"),
    ("antenna", "aerials|antennas"),
    ("radar", "radar apparatus"),
    ("pcb", "printed circuits"),
    ("capacitor", "capacitors"),
    ("resistor", "resistors"),
    ("cnc", "numerically controlled"),
    ("tire", "tyres"),
    ("aluminum", "aluminium"),
    ("sulfur", "sulphur"),
    ("gasoline", "motor spirit"),
    ("car", "motor cars"),
    ("truck", "motor vehicles transport goods"),
    ("lorry", "motor vehicles transport goods"),
    ("thermal", "thermal imaging"),
    ("camera", "cameras"),
    ("lidar", "laser rangefinders"),
    ("battery", "accumulators|batteries"),
    ("lipstick", "lip make-up"),
    ("petrol", "spark-ignition|motor spirit"),
    ("batteries", "accumulators|batteries"),
];

/// Russian word beginnings (Cyrillic, lowercase) with English nomenclature words for them, so
/// a Russian description also reaches the many HS subheadings whose Russian text is missing
/// from the partial TN VED data (its 6-digit lines are absent). The beginnings are chosen so
/// every inflected form starts with them ("подшипник" → "подшипники", "подшипников").
/// Expansions are written as in [`TRADE_TERMS`].
pub const RU_GLOSSARY: &[(&str, &str)] = &[
    ("подшипник", "bearings"),
    ("шарик", "ball|balls"),
    ("ролик", "roller|rollers"),
    ("игольчат", "needle"),
    ("конич", "tapered"),
    ("станок", "machine-tools|machines"),
    ("станк", "machine-tools|machines"),
    ("фрезер", "milling"),
    ("токарн", "lathes|turning"),
    ("сверл", "drilling"),
    ("шлифов", "grinding"),
    ("расточ", "boring"),
    ("резьб", "threading"),
    ("числов", "numerically"),
    ("программн", "numerically controlled"),
    ("насос", "pumps"),
    ("компрессор", "compressors"),
    ("двигател", "engines|motors"),
    ("турбин", "turbines"),
    ("клапан", "valves"),
    ("кран", "taps|cocks|valves|cranes"),
    ("труб", "tubes|pipes"),
    ("кабел", "cables"),
    ("провод", "wire|conductors"),
    ("болт", "bolts"),
    ("винт", "screws"),
    ("гайк", "nuts"),
    ("шайб", "washers"),
    ("пружин", "springs"),
    ("микросхем", "integrated circuits"),
    ("интеграл", "integrated"),
    ("схем", "circuits"),
    ("процессор", "processors"),
    ("контроллер", "controllers"),
    ("микроконтроллер", "processors controllers"),
    ("памят", "memories"),
    ("транзистор", "transistors"),
    ("диод", "diodes"),
    ("конденсатор", "capacitors"),
    ("резистор", "resistors"),
    ("печатн", "printed"),
    ("плата", "printed circuits|boards"),
    ("платы", "printed circuits|boards"),
    ("сера", "sulphur"),
    ("серы", "sulphur"),
    ("угля", "coal"),
    ("вина", "wine"),
    ("печи", "furnaces|ovens"),
    ("печь", "furnaces|ovens"),
    ("шина", "tyres"),
    ("шины", "tyres"),
    ("беспилот", "unmanned aircraft"),
    ("дрон", "unmanned aircraft"),
    ("квадрокоптер", "unmanned aircraft"),
    ("самолет", "aeroplanes|aircraft"),
    ("вертолет", "helicopters"),
    ("летательн", "aircraft"),
    ("антенн", "aerials|antennas"),
    ("радиолокац", "radar"),
    ("навигац", "navigational"),
    ("телефон", "telephones"),
    ("смартфон", "telephones cellular networks"),
    ("сотов", "cellular"),
    ("компьютер", "automatic data processing machines"),
    ("ноутбук", "portable automatic data processing machines"),
    ("вычислительн", "data processing machines"),
    ("камер", "cameras"),
    ("объектив", "objective lenses"),
    ("линз", "lenses"),
    ("оптическ", "optical"),
    ("лазер", "lasers"),
    ("прибор", "instruments|apparatus"),
    ("измерит", "measuring"),
    ("аккумулятор", "accumulators"),
    ("батаре", "batteries|cells|accumulators"),
    ("трансформатор", "transformers"),
    ("генератор", "generators"),
    ("электрогенератор", "generating sets"),
    ("электродвигател", "electric motors"),
    ("электрическ", "electric|electrical"),
    ("автомобил", "motor cars|vehicles"),
    ("грузов", "transport goods"),
    ("трактор", "tractors"),
    ("покрыш", "tyres"),
    ("сталь", "steel"),
    ("стальн", "steel"),
    ("чугун", "cast iron"),
    ("желез", "iron"),
    ("алюмини", "aluminium"),
    ("медн", "copper"),
    ("медь", "copper"),
    ("никел", "nickel"),
    ("титан", "titanium"),
    ("золот", "gold"),
    ("серебр", "silver"),
    ("алмаз", "diamonds"),
    ("бриллиант", "diamonds"),
    ("древесин", "wood"),
    ("деревян", "wood|wooden"),
    ("фанер", "plywood"),
    ("уголь", "coal"),
    ("нефт", "petroleum oils|crude petroleum"),
    ("бензин", "motor spirit"),
    ("дизельн", "diesel"),
    ("топлив", "fuel"),
    ("газ", "gas|gases"),
    ("удобрен", "fertilisers"),
    ("вино", "wine"),
    ("водк", "vodka|spirits"),
    ("пиво", "beer"),
    ("сигар", "cigars"),
    ("духи", "perfumes"),
    ("парфюм", "perfumes"),
    ("косметик", "cosmetics|beauty make-up"),
    ("часы", "watches|clocks"),
    ("наручн", "wrist-watches"),
    ("ювелир", "jewellery"),
    ("ковр", "carpets|rugs"),
    ("ковер", "carpets|rugs"),
    ("одежд", "garments|clothing"),
    ("обув", "footwear"),
    ("пальто", "overcoats|coats"),
    ("куртк", "anoraks|jackets"),
    ("сумк", "handbags|bags"),
    ("оружи", "arms|weapons"),
    ("пистолет", "pistols|revolvers"),
    ("руж", "shotguns|rifles"),
    ("винтовк", "rifles"),
    ("патрон", "cartridges"),
    ("боеприпас", "ammunition"),
    ("взрывчат", "explosives"),
    ("порох", "propellent powders"),
    ("химическ", "chemical"),
    ("кислот", "acid"),
    ("пластмасс", "plastics"),
    ("полимер", "polymers"),
    ("резин", "rubber"),
    ("стекл", "glass"),
    ("цемент", "cement"),
    ("соль", "salt"),
    ("экскаватор", "excavators"),
    ("бульдозер", "bulldozers"),
    ("погрузчик", "loaders|lift trucks"),
    ("подъемн", "lifting"),
    ("гидравлическ", "hydraulic"),
    ("пневматическ", "pneumatic"),
    ("фильтр", "filtering|purifying|filters"),
    ("центрифуг", "centrifuges"),
    ("сварочн", "welding"),
    ("пресс", "presses"),
    ("робот", "robots"),
    ("инструмент", "tools"),
    ("ручн", "hand|manual"),
    ("судн", "vessels|ships"),
    ("катер", "boats"),
    ("яхт", "yachts"),
    ("велосипед", "bicycles"),
    ("мотоцикл", "motorcycles"),
    ("запчаст", "parts|accessories"),
    ("детал", "parts"),
    ("музыкальн", "musical instruments"),
    ("фортепиано", "pianos"),
    ("икра", "caviar"),
    ("икры", "caviar"),
    ("трюфел", "truffles"),
    ("лошад", "horses"),
    ("мяс", "meat"),
    ("рыб", "fish"),
    ("зерн", "cereals|grain"),
    ("пшениц", "wheat"),
    ("сахар", "sugar"),
    ("кофе", "coffee"),
    ("чай", "tea"),
    ("бумаг", "paper"),
    ("картон", "paperboard"),
    ("мебел", "furniture"),
    ("игрушк", "toys"),
    ("спортивн", "sports"),
    ("лыж", "skis|ski"),
    ("гольф", "golf"),
    ("медицинск", "medical"),
    ("фармацевт", "pharmaceutical"),
    ("лекарств", "medicaments"),
    ("гелий", "helium"),
    ("полупроводник", "semiconductor devices"),
    ("светодиод", "light-emitting diodes"),
    ("датчик", "sensors"),
    ("термометр", "thermometers"),
    ("осциллограф", "oscilloscopes"),
    ("микроскоп", "microscopes"),
    ("тепловизор", "thermal imaging cameras"),
    ("приемник", "receivers|reception"),
    ("передатчик", "transmission apparatus"),
    ("радио", "radio"),
    ("телевиз", "television"),
    ("монитор", "monitors"),
    ("принтер", "printers"),
    ("холодильник", "refrigerators"),
    ("кондиционер", "air conditioning machines"),
    ("стиральн", "washing machines"),
    ("чпу", "numerically controlled"),
    ("управлен", "controlled|control"),
    ("дистанцион", "remote-controlled|remote"),
    ("горизонтальн", "horizontal"),
    ("вертикальн", "vertical"),
    ("обратн", "check|nonreturn"),
    ("предохранительн", "safety|relief"),
    ("гусенич", "track-laying|track laying"),
    ("трактор", "tractors"),
    ("легков", "motor cars"),
    ("узелков", "knotted"),
    ("шерст", "wool"),
    ("хлопч", "cotton"),
    ("драгоцен", "precious"),
    ("корпус", "case|cases|housing"),
    ("парашют", "parachutes"),
    ("тропическ", "tropical"),
    ("наружн", "outer"),
    ("слой", "ply|plies|layer"),
    ("сырая", "crude"),
    ("сырой", "crude"),
    ("сырые", "crude|raw"),
    ("необработан", "unwrought|unworked"),
    ("новы", "new"),
    ("мужск", "men's|men"),
    ("женск", "women's|women"),
    ("пассажир", "passengers"),
    ("прокат", "rolled|flat-rolled"),
    ("горячекатан", "hot-rolled"),
    ("холоднокатан", "cold-rolled"),
    ("нержавеющ", "stainless"),
    ("лист", "sheets|flat-rolled"),
    ("проволок", "wire"),
    ("руда", "ores"),
    ("руды", "ores"),
];

/// The English nomenclature words a Russian word stands for, when the glossary knows it.
/// The longest matching beginning wins ("микроконтроллер" before "контроллер").
pub fn ru_glossary(word_lower: &str) -> Option<&'static str> {
    RU_GLOSSARY
        .iter()
        .filter(|(ru, _)| word_lower.starts_with(ru))
        .max_by_key(|(ru, _)| ru.chars().count())
        .map(|(_, en)| *en)
}

/// The nomenclature words a trade term stands for: the key whose stem equals the word's stem,
/// or whose spelling is within a typo (Jaro-Winkler ≥ 0.93, words of 6 letters or more).
pub fn trade_term(stemmed: &str) -> Option<&'static str> {
    let exact = TRADE_TERMS.iter().find(|(k, _)| stem(k) == stemmed);
    exact
        .or_else(|| {
            TRADE_TERMS.iter().find(|(k, _)| {
                k.len() >= 6
                    && stemmed.len() >= 6
                    && strsim::jaro_winkler(&stem(k), stemmed) >= 0.93
            })
        })
        .map(|(_, v)| *v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_agree_across_inflections() {
        assert_eq!(stem("bearings"), stem("bearing"));
        assert_eq!(stem("podshipniki"), stem("podshipnik"));
        assert_eq!(stem("sharikovye"), stem("sharikovyy"));
        assert_eq!(stem("machines"), stem("machine"));
        assert_eq!(stem("gas"), "gas");
        assert_eq!(stem("drone"), stem("drones"));
        assert_eq!(stem("tyre"), stem("tyres"));
        assert_eq!(stem("ores"), "ore");
        assert_eq!(stem("glass"), "glass");
    }

    #[test]
    fn stop_words_are_in_compare_form() {
        assert!(is_stop_word("prochie"));
        assert!(is_stop_word("other"));
        assert!(!is_stop_word("bearing"));
    }

    #[test]
    fn glossary_prefers_the_longest_beginning() {
        assert_eq!(ru_glossary("микроконтроллеры"), Some("processors controllers"));
        assert_eq!(ru_glossary("подшипники"), Some("bearings"));
        assert_eq!(ru_glossary("zzz"), None);
    }

    #[test]
    fn trade_terms_tolerate_a_typo() {
        assert!(trade_term(&stem("drones")).is_some());
        assert!(trade_term(&stem("microcontroler")).is_some());
        assert!(trade_term(&stem("bearing")).is_none());
    }
}

//! Pure similarity functions over compare-form tokens; no index access.
//!
//! A name score is built from a one-to-one alignment of query tokens with listed tokens, so
//! token order never matters ("PETROV Aleksandr" = "Aleksandr Petrov") and every token on
//! either side either finds a partner or counts against the match.

/// Similarity an initial ("a") gets against a word that starts with it ("aleksandr"): high
/// enough to pair them, lower than a spelled-out agreement.
pub const INITIAL_SIMILARITY: f64 = 0.85;

/// Similarity of two different legal forms ("llc"/"ltd"): they pair, so neither counts as a
/// word the other name lacks, but they add little.
pub const LEGAL_FORM_SIMILARITY: f64 = 0.8;

/// Similarity of two tokens that differ only in transliteration habits (see [`skeleton`]):
/// "yevgeniy"/"evgenii", "khusein"/"husein", "gazprom"/"gasprom".
pub const SKELETON_SIMILARITY: f64 = 0.95;

/// The most edits two tokens of `len` characters (the longer one's length) may differ by and
/// still count as one word misspelt. Short tokens get none: "kim"/"kil", "ali"/"ala" are other
/// names, not typos. One edit from four letters ("scholz"/"scholze"), two from nine
/// ("abdurrahman"/"abdurahman"), three from thirteen. A fixed ceiling rather than
/// Jaro-Winkler's sliding scale, which gives 0.87 to "castillo"/"castro" and 0.9 to
/// "lukashevich"/"lukashenko", different families both.
pub fn edit_budget(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=8 => 1,
        9..=12 => 2,
        _ => 3,
    }
}

/// A token's transliteration skeleton: the spelling differences between romanisation
/// systems folded away, so that "yevgeniy", "evgenii" and "ievgenii" meet, as do "khusein" and
/// "husein", "zhukov" and "jukov", "aleksandr" and "alexandr", "tsoi" and "coi".
///
/// Rules, in order: multi-letter spellings of one sound become one letter (shch/sch/sh → s,
/// dzh/zh → j, dz → d, kh → h, ch/tch → c, ts/tz/cz → c, ph → f, qu → kv, igh → ai, then
/// ck/q → k, c → c before e, i, y and k elsewhere, x → ks); g → h; w → v; "u" after a, e or o
/// and not before a vowel → v; y → i; z → s; an "i" before another vowel is dropped ("ia"/"ya"
/// → a, "iu"/"yu" → u); doubled letters collapse.
pub fn skeleton(token: &str) -> String {
    let chars: Vec<char> = token.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    // The patterns are ASCII: compared byte by char, without collecting them.
    let starts = |i: usize, pat: &str| {
        chars.len() >= i + pat.len()
            && chars[i..i + pat.len()].iter().zip(pat.bytes()).all(|(&c, p)| c == char::from(p))
    };
    while i < chars.len() {
        let (c, n) = if starts(i, "shch") {
            ('s', 4)
        } else if starts(i, "dzh") {
            ('j', 3)
        } else if starts(i, "tch") || starts(i, "sch") {
            (if starts(i, "sch") { 's' } else { 'c' }, 3)
        } else if starts(i, "sh") {
            ('s', 2)
        } else if starts(i, "dz") {
            // Belarusian writes дз where Russian has д ("Dzmitry"/"Dmitry",
            // "Mashadziyeu"/"Mashadiev").
            ('d', 2)
        } else if starts(i, "zh") {
            ('j', 2)
        } else if starts(i, "kh") {
            ('h', 2)
        } else if starts(i, "ch") || starts(i, "ts") || starts(i, "tz") || starts(i, "cz") {
            ('c', 2)
        } else if starts(i, "ph") {
            ('f', 2)
        } else if starts(i, "igh") {
            // "Light"/"Лайт", "Knight"/"Найт": English "igh" is the Russian "ай".
            out.push('a');
            ('i', 3)
        } else if starts(i, "qu") {
            // "Aquarius"/"Аквариус", "Quantum"/"Квант": the English "qu" is the Russian "кв".
            out.push('k');
            ('v', 2)
        } else if starts(i, "ck") {
            ('k', 2)
        } else {
            let c = match chars[i] {
                // A Latin "c" before e, i or y is the sound Russian writes ц ("Cyclone"/
                // "Циклон", "Centaur"/"Центавр"): the skeleton of "ts".
                'c' if chars.get(i + 1).is_some_and(|&n| matches!(n, 'e' | 'i' | 'y')) => 'c',
                'q' | 'c' => 'k',
                // Ukrainian and Belarusian write г as "h" where Russian has "g" ("Heorhiy"/
                // "Georgiy", "Bohatyriova"/"Bogatyreva"), and Russian writes the h of other
                // languages as г ("Гамид" for Hamid): one letter. "kh" is folded above.
                'g' => 'h',
                'w' => 'v',
                // Belarusian ў after a vowel is the Russian в ("Nazarau"/"Nazarov",
                // "Brueu"/"Bruev"); only before a consonant or at the end, where "u" cannot be
                // a vowel of its own.
                'u' if i > 0
                    && matches!(chars[i - 1], 'a' | 'e' | 'o')
                    && chars
                        .get(i + 1)
                        .is_none_or(|&n| !matches!(n, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')) =>
                {
                    'v'
                }
                'y' => 'i',
                'z' => 's',
                'x' => {
                    out.push('k');
                    's'
                }
                c => c,
            };
            (c, 1)
        };
        out.push(c);
        i += n;
    }
    // An "i" gliding into a vowel ("ya", "iu", "ie") is how systems differ on я/ю/е.
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'o' | 'u' | 'i');
    let mut folded: Vec<char> = Vec::with_capacity(out.len());
    for (k, &c) in out.iter().enumerate() {
        if c == 'i' && out.get(k + 1).is_some_and(|&n| vowel(n) && n != 'i') {
            continue;
        }
        if folded.last() == Some(&c) {
            continue;
        }
        folded.push(c);
    }
    folded.into_iter().collect()
}

/// Similarity of two compare-form tokens in [0, 1].
///
/// * Equal tokens: 1.
/// * Tokens with digits must be equal (numbers in names are never fuzzy: "Bank 1" ≠ "Bank 7").
/// * A one-letter token is an initial and pairs with a word of two or more letters that starts
///   with it ([`INITIAL_SIMILARITY`]).
/// * Equal transliteration skeletons: [`SKELETON_SIMILARITY`].
/// * Otherwise the fewest edits (insertions, deletions, substitutions, transpositions of
///   neighbours) between the tokens or, one edit dearer, between their skeletons, if within
///   [`edit_budget`]: `1 - edits / (2 × length)`; beyond the budget, 0.
///
/// # Example
/// ```
/// use sanctions_checker::matching::score::token_similarity;
/// assert_eq!(token_similarity("petrov", "petrov"), 1.0);
/// assert!(token_similarity("aleksandr", "alexandr") > 0.9);
/// assert!(token_similarity("scholz", "scholze") > 0.9);
/// assert_eq!(token_similarity("bank1", "bank7"), 0.0);
/// assert_eq!(token_similarity("castillo", "castro"), 0.0);
/// ```
pub fn token_similarity(a: &str, b: &str) -> f64 {
    similarity_with(a, &skeleton(a), b, &skeleton(b))
}

/// [`token_similarity`] with both tokens' [`skeleton`]s already known: the index keeps the
/// skeleton of every listed token, so screening never recomputes them.
pub fn similarity_with(a: &str, sa: &str, b: &str, sb: &str) -> f64 {
    Probe::new(a, sa).similarity(b, sb, b.chars().count())
}

/// One token prepared for comparison with many others ([`similarity_with`] with `a` fixed):
/// what the rules need to know about it (length, digits, legal form, patronymic, the
/// diminutives it belongs with) is worked out once instead of once per pair. Candidate
/// generation compares each query token with hundreds of vocabulary tokens.
#[derive(Debug, Clone)]
pub(crate) struct Probe<'a> {
    text: &'a str,
    skeleton: &'a str,
    chars: usize,
    digits: bool,
    /// Whether the token is a legal form; only asked of tokens of up to six letters.
    legal_form: bool,
    /// Whether the token is a recognised patronymic, or ends like one.
    patronymic: bool,
    patronymic_shaped: bool,
    /// The skeletons this one is a diminutive of, and the skeletons of its diminutives.
    full_forms: &'static [String],
    short_forms: &'static [String],
    /// Letter counts of the token and of its skeleton (see [`LetterCounts`]).
    letters: LetterCounts,
    skeleton_letters: LetterCounts,
    /// The token and its skeleton in the short form [`Probe::rejects`] compares.
    summary: TokenSummary,
    /// Whether a rule other than the edit distance could pair this token with a far-off one
    /// (see [`Probe::rejects`]).
    special: bool,
}

impl<'a> Probe<'a> {
    /// Prepares `text`, whose [`skeleton`] is `skeleton`.
    pub(crate) fn new(text: &'a str, skeleton: &'a str) -> Probe<'a> {
        let chars = text.chars().count();
        let (full_forms, short_forms) = diminutive_forms(skeleton);
        let legal_form = chars <= 6 && crate::normalize::affixes::is_legal_form(text);
        let summary = TokenSummary::of(text, skeleton);
        Probe {
            text,
            skeleton,
            chars,
            digits: text.bytes().any(|c| c.is_ascii_digit()),
            legal_form,
            patronymic: crate::normalize::is_patronymic(text),
            patronymic_shaped: patronymic_shaped(text),
            full_forms,
            short_forms,
            letters: LetterCounts::of(text),
            skeleton_letters: LetterCounts::of(skeleton),
            special: chars <= 1
                || legal_form
                || summary.flags & TokenSummary::ENDS_SK != 0
                || !full_forms.is_empty()
                || !short_forms.is_empty(),
            summary,
        }
    }

    /// Whether [`Probe::similarity`] is certainly 0 for a token summarised as `other`, decided
    /// from the summaries alone: candidate generation asks this of every vocabulary token that
    /// shares enough bigrams with the query token, and most are far from it.
    ///
    /// Only the edit rules are decided here, and only when no other rule can apply: neither
    /// token is an initial or ends in "-sk" (place adjectives), and this one is no legal form
    /// and no diminutive or full form of one. Then the similarity is 0 when the length gap
    /// exceeds the edit budget, when one token is a patronymic and the other is not, or when
    /// both the spelling and the skeleton are further apart than the budget allows by
    /// [`TokenSummary::edits_at_least`] (a distance above 0 also rules out equal tokens and
    /// equal skeletons).
    pub(crate) fn rejects(&self, other: &TokenSummary) -> bool {
        let lb = other.chars as usize;
        if self.special || lb <= 1 || lb == u16::MAX as usize {
            return false;
        }
        if other.flags & TokenSummary::ENDS_SK != 0 {
            return false;
        }
        let budget = edit_budget(self.chars.max(lb));
        if self.chars.abs_diff(lb) > budget + 2 {
            return true;
        }
        let patronymic = other.flags & TokenSummary::PATRONYMIC != 0;
        let shaped = other.flags & TokenSummary::PATRONYMIC_SHAPED != 0;
        if self.patronymic != patronymic && !(self.patronymic_shaped && shaped) {
            return true;
        }
        let limit = budget as f64;
        let skeletons = TokenSummary::edits_at_least(
            self.summary.skeleton_consonants,
            self.summary.skeleton_vowels,
            other.skeleton_consonants,
            other.skeleton_vowels,
        );
        skeletons > 0.0
            && skeletons + SKELETON_EDIT > limit
            && TokenSummary::edits_at_least(
                self.summary.consonants,
                self.summary.vowels,
                other.consonants,
                other.vowels,
            ) > limit
    }

    /// The prepared token's similarity with `b` (skeleton `sb`, `lb` characters long): exactly
    /// [`similarity_with`]`(text, skeleton, b, sb)`, rule for rule.
    pub(crate) fn similarity(&self, b: &str, sb: &str, lb: usize) -> f64 {
        let (a, sa, la) = (self.text, self.skeleton, self.chars);
        if a == b {
            return 1.0;
        }
        if self.digits || b.bytes().any(|c| c.is_ascii_digit()) {
            return 0.0;
        }
        // Legal forms are one compare form: "LLC" against "Ltd" says nothing either way. (All
        // are short, which spares the list look-up for most pairs.)
        if la <= 6 && lb <= 6 && self.legal_form && crate::normalize::affixes::is_legal_form(b) {
            return LEGAL_FORM_SIMILARITY;
        }
        if let Some(s) = place_adjective_similarity(a, b) {
            return s;
        }
        if la == 1 || lb == 1 {
            let (initial, word) = if la == 1 { (a, b) } else { (b, a) };
            return if la != lb && word.starts_with(initial) { INITIAL_SIMILARITY } else { 0.0 };
        }
        // Diminutives, by skeleton (see `diminutive_forms`). Short forms are short: pairs of
        // long tokens cannot be one.
        if sa.len().min(sb.len()) <= 8
            && (self.full_forms.iter().any(|f| f == sb) || self.short_forms.iter().any(|f| f == sb))
        {
            return DIMINUTIVE_SIMILARITY;
        }
        let len = la.max(lb);
        let budget = edit_budget(len);
        // No edit count can bridge a larger length gap (each edit changes the length by one).
        if la.abs_diff(lb) > budget + 2 {
            return 0.0;
        }
        // A patronymic is not a surname built on the same name ("aleksandrovich"/"aleksandrov").
        // Two words that both end like patronymics are compared, though one of them is a
        // misspelt or unusual form the normaliser does not know ("yurivich"/"yurievich",
        // "vladimirovitch"/"vladimirovich", "lvovna"/"lyvovna"): lists contain such typos.
        if self.patronymic != crate::normalize::is_patronymic(b)
            && !(self.patronymic_shaped && patronymic_shaped(b))
        {
            return 0.0;
        }
        if sa == sb {
            return SKELETON_SIMILARITY;
        }
        if budget == 0 {
            return 0.0;
        }
        let limit = budget as f64;
        // Most pairs reaching this point are far apart: the letter counts prove it without
        // running the edit distance (an infinite distance here is one beyond `limit`, which is
        // all the test below asks).
        let spelt =
            if self.letters.edits_at_least(b) > limit { f64::INFINITY } else { edits(a, b, limit) };
        // Skeletons differ, so comparing them costs at least a quarter edit more than
        // SKELETON_EDIT: they cannot beat a spelling this close, nor anything above `limit`.
        let edits = if spelt <= SKELETON_EDIT + AKANYE_EDIT {
            spelt
        } else {
            let bound = spelt.min(limit) - SKELETON_EDIT;
            if self.skeleton_letters.edits_at_least(sb) > bound {
                spelt
            } else {
                spelt.min(edits(sa, sb, bound) + SKELETON_EDIT)
            }
        };
        if edits > limit {
            return 0.0;
        }
        1.0 - edits / (2.0 * len as f64)
    }
}

/// What [`Probe::rejects`] needs to know about a token, in 16 bytes: the index keeps one per
/// vocabulary token, so that most comparisons end without reading either string.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokenSummary {
    /// The non-vowels present in the token and in its skeleton (bit 0 to 25 for "a" to "z",
    /// bit 26 for any other character; vowel bits stay clear).
    consonants: u32,
    skeleton_consonants: u32,
    /// Length in characters (at most `u16::MAX`: longer tokens are never rejected).
    pub(crate) chars: u16,
    /// Vowels (a, e, i, o, u, y), at most 255 counted.
    vowels: u8,
    skeleton_vowels: u8,
    /// [`TokenSummary::ENDS_SK`], [`TokenSummary::PATRONYMIC`],
    /// [`TokenSummary::PATRONYMIC_SHAPED`].
    flags: u8,
}

impl TokenSummary {
    /// The token ends in "sk" (a place adjective may pair it with a place).
    const ENDS_SK: u8 = 1;
    /// The token is a patronymic ([`crate::normalize::is_patronymic`]).
    const PATRONYMIC: u8 = 2;
    /// The token ends like a patronymic (`patronymic_shaped`).
    const PATRONYMIC_SHAPED: u8 = 4;

    /// Summarises a token whose [`skeleton`] is `skeleton`.
    pub(crate) fn of(token: &str, skeleton: &str) -> TokenSummary {
        let letters = |s: &str| {
            let (mut consonants, mut vowels) = (0u32, 0u8);
            for c in s.chars() {
                let slot = if c.is_ascii_lowercase() { c as u32 - 'a' as u32 } else { 26 };
                if LetterCounts::VOWELS >> slot & 1 == 1 {
                    vowels = vowels.saturating_add(1);
                } else {
                    consonants |= 1 << slot;
                }
            }
            (consonants, vowels)
        };
        let (consonants, vowels) = letters(token);
        let (skeleton_consonants, skeleton_vowels) = letters(skeleton);
        let flag = |on: bool, flag: u8| if on { flag } else { 0 };
        TokenSummary {
            consonants,
            skeleton_consonants,
            chars: token.chars().count().min(u16::MAX as usize) as u16,
            vowels,
            skeleton_vowels,
            flags: flag(token.ends_with("sk"), Self::ENDS_SK)
                | flag(crate::normalize::is_patronymic(token), Self::PATRONYMIC)
                | flag(patronymic_shaped(token), Self::PATRONYMIC_SHAPED),
        }
    }

    /// A lower bound of [`edits`] from which non-vowels two tokens have and how many vowels:
    /// [`LetterCounts::edits_at_least`] with presence in place of counts (a non-vowel one token
    /// has and the other lacks differs in count by one at least), so never more than it.
    /// Vowel counts capped at 255 differ no more than the true counts do.
    fn edits_at_least(consonants: u32, vowels: u8, other_consonants: u32, other_vowels: u8) -> f64 {
        f64::from(
            (consonants ^ other_consonants).count_ones() + u32::from(vowels.abs_diff(other_vowels)),
        ) / 2.0
    }
}

/// How many times each letter occurs in a token, for a lower bound of [`edits`]: "a" to "z"
/// one count each, every other character in one shared count.
#[derive(Debug, Clone, Copy)]
struct LetterCounts {
    counts: [u16; 32],
    /// Characters, and vowels among them (a, e, i, o, u, y: those of [`edits`]).
    chars: u32,
    vowels: u32,
}

impl LetterCounts {
    /// Where each byte is counted: 0 to 25 for "a" to "z", 26 for any other character's first
    /// byte, 27 for the bytes that continue a character (not counted: each character counts
    /// once).
    const SLOT: [u8; 256] = {
        let mut slots = [26u8; 256];
        let mut b = 0;
        while b < 256 {
            if b >= b'a' as usize && b <= b'z' as usize {
                slots[b] = (b - b'a' as usize) as u8;
            } else if b >= 0x80 && b < 0xC0 {
                slots[b] = 27;
            }
            b += 1;
        }
        slots
    };
    /// The slots of the vowels, as bits.
    const VOWELS: u32 = 1 << 0 | 1 << 4 | 1 << 8 | 1 << 14 | 1 << 20 | 1 << 24;

    fn of(token: &str) -> LetterCounts {
        let mut letters = LetterCounts { counts: [0; 32], chars: 0, vowels: 0 };
        for b in token.bytes() {
            let slot = Self::SLOT[b as usize];
            if slot != 27 {
                letters.counts[slot as usize] = letters.counts[slot as usize].saturating_add(1);
                letters.chars += 1;
                letters.vowels += Self::VOWELS >> slot & 1;
            }
        }
        letters
    }

    /// A lower bound of [`edits`] between this token and `other`, from letter counts alone.
    /// Every operation that costs less than a whole edit (a vowel for a vowel) leaves both the
    /// count of each non-vowel and the number of vowels as they are; every whole edit
    /// (insertion, deletion, substitution; a transposition changes no count) changes them by
    /// two units at most. So the distance is at least half of: the differences in each
    /// non-vowel's count, plus the difference in the number of vowels. Counting every other
    /// character as one letter only lowers the bound. (Counts saturate only for tokens far
    /// longer than `edits` accepts, which it finds infinitely apart anyway.)
    fn edits_at_least(&self, other: &str) -> f64 {
        // The non-vowels the two share: what is left of this token's counts pays for them.
        let mut left = self.counts;
        let (mut chars, mut vowels, mut shared) = (0u32, 0u32, 0u32);
        for b in other.bytes() {
            let slot = Self::SLOT[b as usize];
            if slot == 27 {
                continue;
            }
            chars += 1;
            if Self::VOWELS >> slot & 1 == 1 {
                vowels += 1;
            } else if left[slot as usize] > 0 {
                left[slot as usize] -= 1;
                shared += 1;
            }
        }
        let non_vowels = (self.chars - self.vowels) + (chars - vowels) - 2 * shared;
        f64::from(non_vowels + self.vowels.abs_diff(vowels)) / 2.0
    }
}

/// Whether a token ends like an East Slavic patronymic, recognised or not: "-vich", "-vych",
/// "-vitch" (French and older English spellings), "-vna". Wider than
/// [`crate::normalize::is_patronymic`], which only knows the endings it can rewrite.
fn patronymic_shaped(t: &str) -> bool {
    t.len() >= 6 && ["vich", "vych", "vitch", "vna"].iter().any(|e| t.ends_with(e))
}

/// Similarity of a given name and one of its everyday short forms ("kolya"/"nikolay",
/// "katya"/"ekaterina", "bill"/"william"): high enough that a full name with the short form
/// still meets the listed full form, lower than the name itself, because a short form can
/// stand for more than one name ("sasha" is Aleksandr and Aleksandra, "zhenya" Evgeniy and
/// Evgeniya).
pub const DIMINUTIVE_SIMILARITY: f64 = 0.9;

/// Common diminutives and nicknames, in compare form, with the given names they stand for
/// (in compare form too: the normaliser has already turned "Nikolai" into "nikolay"). East
/// Slavic short forms are how people are named in the press and in many Russian-language
/// documents; English nicknames are how they are named in everyday use. Only forms that no
/// fuzzy measure could bridge; the short form must be a whole token.
const DIMINUTIVES: &[(&str, &[&str])] = &[
    ("sasha", &["aleksandr", "aleksandra"]),
    ("sanya", &["aleksandr", "aleksandra"]),
    ("shura", &["aleksandr", "aleksandra"]),
    ("sandra", &["aleksandra"]),
    ("lesha", &["aleksey"]),
    ("alesha", &["aleksey"]),
    ("alyosha", &["aleksey"]),
    ("kolya", &["nikolay"]),
    ("misha", &["mikhail"]),
    ("dima", &["dmitriy"]),
    ("volodya", &["vladimir"]),
    ("vova", &["vladimir"]),
    ("seryozha", &["sergey"]),
    ("serezha", &["sergey"]),
    ("andryusha", &["andrey"]),
    ("zhenya", &["evgeniy", "evgeniya"]),
    ("yura", &["yuriy"]),
    ("vasya", &["vasiliy"]),
    ("petya", &["petr"]),
    ("pasha", &["pavel"]),
    ("tolya", &["anatoliy"]),
    ("kostya", &["konstantin"]),
    ("vitya", &["viktor"]),
    ("slava", &["vyacheslav", "stanislav", "yaroslav", "vladislav"]),
    ("fedya", &["fedor"]),
    ("grisha", &["grigoriy"]),
    ("gosha", &["georgiy"]),
    ("zhora", &["georgiy"]),
    ("lyonya", &["leonid"]),
    ("lenya", &["leonid"]),
    ("borya", &["boris"]),
    ("valera", &["valeriy"]),
    ("vitalik", &["vitaliy"]),
    ("gena", &["gennadiy"]),
    ("styopa", &["stepan"]),
    ("tima", &["timofey", "timur"]),
    ("maks", &["maksim"]),
    ("igorek", &["igor"]),
    ("ilyusha", &["ilya"]),
    ("vanya", &["ivan"]),
    ("katya", &["ekaterina"]),
    ("katia", &["ekaterina"]),
    ("lena", &["elena"]),
    ("natasha", &["natalya"]),
    ("tanya", &["tatyana"]),
    ("olya", &["olga"]),
    ("masha", &["mariya"]),
    ("anya", &["anna"]),
    ("ira", &["irina"]),
    ("sveta", &["svetlana"]),
    ("lyuda", &["lyudmila"]),
    ("mila", &["lyudmila"]),
    ("galya", &["galina"]),
    ("valya", &["valentina", "valentin"]),
    ("nadya", &["nadezhda"]),
    ("lyuba", &["lyubov"]),
    ("dasha", &["darya"]),
    ("nastya", &["anastasiya"]),
    ("yulya", &["yuliya"]),
    ("ksyusha", &["kseniya"]),
    ("lora", &["larisa"]),
    ("lara", &["larisa"]),
    ("bill", &["william"]),
    ("will", &["william"]),
    ("billy", &["william"]),
    ("bob", &["robert"]),
    ("bobby", &["robert"]),
    ("rob", &["robert"]),
    ("ted", &["edward", "theodore"]),
    ("ed", &["edward"]),
    ("eddie", &["edward"]),
    ("jim", &["james"]),
    ("jimmy", &["james"]),
    ("mike", &["michael"]),
    ("dick", &["richard"]),
    ("rick", &["richard"]),
    ("tom", &["thomas"]),
    ("tony", &["anthony"]),
    ("joe", &["joseph"]),
    ("jack", &["john"]),
    ("johnny", &["john"]),
    ("chuck", &["charles"]),
    ("charlie", &["charles"]),
    ("dave", &["david"]),
    ("steve", &["stephen", "steven"]),
    ("dan", &["daniel"]),
    ("danny", &["daniel"]),
    ("alex", &["alexander", "aleksandr", "aleksey"]),
    ("nick", &["nicholas", "nikolay"]),
    ("pete", &["peter"]),
    ("matt", &["matthew"]),
    ("chris", &["christopher"]),
    ("andy", &["andrew"]),
    ("ben", &["benjamin"]),
    ("bibi", &["benjamin"]),
    ("liz", &["elizabeth"]),
    ("beth", &["elizabeth"]),
    ("kate", &["katherine", "catherine"]),
    ("peggy", &["margaret"]),
    ("maggie", &["margaret"]),
    ("sue", &["susan"]),
    ("jenny", &["jennifer"]),
];

/// For a token's skeleton: the skeletons of the full names it is a diminutive of, and those of
/// its diminutives ([`DIMINUTIVES`], both ways). By skeleton, so that every romanisation of
/// both forms is covered ("katia"/"katya", "alexandra"/"aleksandra").
fn diminutive_forms(skeleton_: &str) -> (&'static [String], &'static [String]) {
    type Table = std::collections::HashMap<String, Vec<String>>;
    static TABLES: std::sync::OnceLock<(Table, Table)> = std::sync::OnceLock::new();
    let (full, short) = TABLES.get_or_init(|| {
        let (mut full, mut short) = (Table::new(), Table::new());
        for (diminutive, names) in DIMINUTIVES {
            let d = skeleton(diminutive);
            for name in names.iter().map(|n| skeleton(n)) {
                full.entry(d.clone()).or_default().push(name.clone());
                short.entry(name).or_default().push(d.clone());
            }
        }
        (full, short)
    });
    let get = |table: &'static Table| table.get(skeleton_).map_or(&[][..], Vec::as_slice);
    (get(full), get(short))
}

/// Similarity of a place name and the "-sk-" adjective made from it, after the normaliser cut
/// the adjective's ending ("ulyanovsk" stays, "tulskiy" → "tulsk"): "tulsk"/"tula",
/// "ryazansk"/"ryazan", "yaroslavsk"/"yaroslavl". Russian organisation names say "Тульский
/// патронный завод" where the English says "Tula Cartridge Works". Not for stems in -ov, -ev
/// and -in, which are surnames as often as towns: "Petrovsky" is not "Petrov".
pub const PLACE_ADJECTIVE_SIMILARITY: f64 = 0.9;

fn place_adjective_similarity(a: &str, b: &str) -> Option<f64> {
    let (adjective, place) = if a.ends_with("sk") { (a, b) } else { (b, a) };
    let stem = adjective.strip_suffix("sk")?;
    // Towns in -an and -en are common ("Ryazan", "Kazan", "Tyumen") and surnames in them are
    // not: only -in is left out with -ov and -ev.
    if stem.len() < 3 || place.ends_with("sk") || stem.ends_with('v') {
        return None;
    }
    // A stem in -in is a surname ("Ilyinsky"/"Ilyin") unless the place ends in -i and the
    // adjective adds the "n" ("Мытищинский" from "Mytishchi").
    if stem.ends_with("in") {
        return (place.len() + 1 == stem.len() && stem.starts_with(place) && place.len() >= 5)
            .then_some(PLACE_ADJECTIVE_SIMILARITY);
    }
    // The place is the stem, or the stem with one more or one less letter at the end
    // ("tul" + "a", "yaroslav" + "l"; "zaporozh" / "zaporozhye" is beyond this).
    let fits = |stem: &str| fits_pair(stem, place);
    // Russian turns a town's "г" into "ж" before "-ский" ("Калуга" → "Калужский", "Волга" →
    // "Волжский").
    let softened = stem.strip_suffix("zh").map(|s| format!("{s}g"));
    (fits(stem) || softened.is_some_and(|s| fits(&s)) || {
        // Spelt differently in the two names' romanisations ("Африканский" / "Africa").
        let (ss, sp) = (skeleton(stem), skeleton(place));
        (ss != stem || sp != place) && fits_pair(&ss, &sp)
    })
    .then_some(PLACE_ADJECTIVE_SIMILARITY)
}

/// Whether `place` is `stem` or `stem` with one more or one less letter at its end.
fn fits_pair(stem: &str, place: &str) -> bool {
    let common = stem.bytes().zip(place.bytes()).take_while(|(x, y)| x == y).count();
    common >= 3
        && common + 1 >= stem.len()
        && place.len() <= common + 1
        && stem.len().abs_diff(place.len()) <= 1
}

/// What comparing skeletons instead of spellings costs, in edits: the skeleton folds real
/// differences too ("orbach" and "orban" are one edit apart as skeletons).
const SKELETON_EDIT: f64 = 0.5;

/// What "a" for "o" (or back) costs in [`edits`]: a quarter of an edit. Unstressed "o" is
/// said as "a" in Russian and written "а" in Belarusian ("Марозаў" for Морозов, "Рассалай" for
/// Россолай), so romanisations from Belarusian or by ear swap the two letters more than any
/// other pair of vowels: "marozau"/"morozov" differ by two such swaps. Only in words of six
/// letters or more.
const AKANYE_EDIT: f64 = 0.25;

/// Optimal-string-alignment distance (insertions, deletions, substitutions, transpositions of
/// neighbours) in which replacing a vowel by another vowel costs half an edit (a by o a
/// quarter, see `AKANYE_EDIT`): romanisation
/// systems and ear-spellings disagree on vowels far more than on consonants ("solovev"/
/// "solovyov", "mikhail"/"mikhael", "muhammad"/"mohammed"). Exact up to `limit`; above it,
/// only known to be more than `limit` (it stops early once every path costs more).
pub fn edits(a: &str, b: &str, limit: f64) -> f64 {
    const MAX: usize = 64;
    let mut abuf = ['\0'; MAX];
    let mut bbuf = ['\0'; MAX];
    let (mut n, mut m) = (0, 0);
    for c in a.chars() {
        if n == MAX {
            return f64::INFINITY;
        }
        abuf[n] = c;
        n += 1;
    }
    for c in b.chars() {
        if m == MAX {
            return f64::INFINITY;
        }
        bbuf[m] = c;
        m += 1;
    }
    if (n as f64 - m as f64).abs() > limit {
        return f64::INFINITY;
    }
    let (a, b) = (&abuf[..n], &bbuf[..m]);
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    // Akanye needs an unstressed syllable: not in one- or two-syllable words, where "zhou" and
    // "zhao" are different Chinese surnames.
    let long = n.min(m) >= 6;
    // Costs in quarter edits, so that every sum is an exact integer.
    const EDIT: u32 = 4;
    const VOWEL_FOR_VOWEL: u32 = EDIT / 2;
    const AKANYE: u32 = (AKANYE_EDIT * EDIT as f64) as u32;
    const FAR: u32 = 1 << 30;
    // A cell (i, j) costs at least |i - j| (each step off the diagonal is an insertion or a
    // deletion), so only the band |i - j| <= k can hold a cost within `limit`; cells outside it
    // read as FAR. Inside the band a cell's cost is exact whenever it is within `limit`.
    let k = if limit.is_nan() { MAX } else { limit.clamp(0.0, MAX as f64) as usize };
    // Three rolling rows: two back for transpositions. They rotate by swapping references,
    // not by copying rows.
    let mut rows = [[FAR; MAX + 1]; 3];
    let [r0, r1, r2] = &mut rows;
    let (mut prev2, mut prev, mut cur) = (&mut r0[..=m], &mut r1[..=m], &mut r2[..=m]);
    for (j, v) in prev.iter_mut().enumerate().take(k.min(m) + 1) {
        *v = j as u32 * EDIT;
    }
    if k < m {
        prev[k + 1] = FAR;
    }
    for i in 1..=n {
        let (lo, hi) = (i.saturating_sub(k).max(1), (i + k).min(m));
        cur[0] = if i <= k { i as u32 * EDIT } else { FAR };
        if lo >= 2 && lo <= m + 1 {
            cur[lo - 1] = FAR;
        }
        if hi < m {
            cur[hi + 1] = FAR;
        }
        let mut row_min = cur[0];
        for j in lo..=hi {
            let sub = if a[i - 1] == b[j - 1] {
                0
            } else if long && matches!((a[i - 1], b[j - 1]), ('a', 'o') | ('o', 'a')) {
                AKANYE
            } else if vowel(a[i - 1]) && vowel(b[j - 1]) {
                VOWEL_FOR_VOWEL
            } else {
                EDIT
            };
            let mut best = (prev[j] + EDIT).min(cur[j - 1] + EDIT).min(prev[j - 1] + sub);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(prev2[j - 2] + EDIT);
            }
            cur[j] = best;
            row_min = row_min.min(best);
        }
        if f64::from(row_min) / EDIT as f64 > limit {
            return f64::INFINITY;
        }
        // prev2 <- prev <- cur; the old prev2 is overwritten as the next cur.
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    if prev[m] >= FAR {
        return f64::INFINITY;
    }
    f64::from(prev[m]) / EDIT as f64
}

/// Highest name score when only common words pair and a distinctive word does not (see
/// [`Alignment::score`]): below any threshold worth using.
pub const COMMON_WORDS_ONLY_CAP: f64 = 0.7;

/// Tokens weighing this much or less are minor words (see [`Penalties::minor_conflict`]).
const MINOR_WEIGHT: f64 = 0.4;

/// Tokens weighing this much or less are joining words: particles, legal forms, honorifics.
pub(crate) const JOINING_WEIGHT: f64 = 0.3;

/// A token with the weight it carries in a name.
#[derive(Debug, Clone, Copy)]
pub struct Weighted<'a> {
    /// Compare-form token.
    pub text: &'a str,
    /// How much it counts (see [`crate::normalize::token_weight`]).
    pub weight: f64,
}

/// How unpaired words count against a name score (see [`Alignment::score`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Penalties {
    /// Weight of a query word with no partner, when the listed name has none left over either
    /// (the listed name is contained in the query).
    pub extra_query: f64,
    /// Weight of a listed word with no partner, when the query has none left over (the query
    /// leaves out a middle name or patronymic).
    pub extra_listed: f64,
    /// Weight of words left over on *both* sides: "Vladimir Putin" against "Vladimir Biliy"
    /// is not missing information but contradicting information.
    pub conflict: f64,
    /// Weight of words left over on both sides when the words are minor ones (weight 0.4 or
    /// less: organisation words, legal forms, particles): "Tula Cartridge Works" against
    /// "Тульский патронный завод" ("plant") disagree on how to translate a word, not on which
    /// party it is, while the distinctive words agree.
    pub minor_conflict: f64,
    /// Score taken off per pair of crossed words beyond a rotation (see
    /// [`Alignment::inversions`]), and the most taken off.
    pub order: f64,
    /// Ceiling of the order penalty.
    pub order_cap: f64,
    /// Whether a query pairing only one or two words pays more for listed words it leaves out
    /// (screening: a surname alone is not a name; see `Alignment::listed_scale`).
    pub scale_short_queries: bool,
}

/// A one-to-one pairing of query tokens with listed tokens (a token may also pair with two or
/// three neighbours run together: "ramimakhlouf" with "rami" + "makhlouf").
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// (query position, listed position, similarity), best pairs first; a run-together token
    /// appears once per partner.
    pub pairs: Vec<(usize, usize, f64)>,
    /// Weighted share of the query that found a partner, in [0, 1].
    pub query_coverage: f64,
    /// Weighted share of the listed name that found a partner, in [0, 1].
    pub listed_coverage: f64,
    /// Crossed pairs left after the best rotation of the listed name: "SALMAN BIN MUHAMMAD"
    /// against "MUHAMMAD BIN SALMAN" has crossings; "PUTIN Vladimir" against "Vladimir PUTIN"
    /// is a rotation and has none.
    pub inversions: usize,
    /// Whether the father's name after "bin" (or "ibn", "bint") in one name pairs with another
    /// word of the other: "Salman bin Muhammad" is Salman, son of Muhammad, and "Muhammad bin
    /// Salman" another man.
    pub lineage_crossed: bool,
    /// Whether some paired token is distinctive (weight 1: a surname, a company's own word),
    /// and whether some unpaired one is.
    distinctive_paired: bool,
    distinctive_unpaired: bool,
    /// Query tokens with a partner.
    paired_count: usize,
    matched_q: f64,
    paired_q: f64,
    unpaired_q: f64,
    matched_l: f64,
    paired_l: f64,
    unpaired_l: f64,
    /// Unpaired weight of minor words (see [`Penalties::minor_conflict`]).
    unpaired_minor_q: f64,
    unpaired_minor_l: f64,
    /// Unpaired weight of joining words (particles, legal forms, honorifics: weight 0.3 or
    /// less), which never contradict anything (see [`Alignment::score`]).
    unpaired_joining_q: f64,
    unpaired_joining_l: f64,
}

impl Alignment {
    /// How much more a left-out listed word costs when the query pairs few words: one word
    /// ("Ivanov") against "Sergey Ivanov" is a surname shared by thousands, not a name with its
    /// patronymic left out. Three paired words or more: 1; two: 1.5; one: 3.
    fn listed_scale(&self) -> f64 {
        (3.0 / self.paired_count.max(1) as f64).max(1.0)
    }

    /// Name score in [0, 1]: matched weight over paired weight plus what the unpaired words
    /// cost (see [`Penalties`]), less the order penalty.
    pub fn score(&self, p: &Penalties) -> f64 {
        // Joining words left over are extras, never a contradiction: "the" and "of" of "The
        // Belarus Ministry of Defence" do not contradict the "Republic" of "Министерство
        // обороны Республики Беларусь" that the English leaves out.
        let conflict = (self.unpaired_q - self.unpaired_joining_q)
            .min(self.unpaired_l - self.unpaired_joining_l)
            .max(0.0);
        let minor = (self.unpaired_minor_q - self.unpaired_joining_q)
            .min(self.unpaired_minor_l - self.unpaired_joining_l)
            .min(conflict)
            .max(0.0);
        // Joining words left over cost nothing: whether a name says "of the" or "JSC" is
        // how its language writes it, not who it is.
        let denominator = self.paired_q
            + self.paired_l
            + p.extra_query * (self.unpaired_q - self.unpaired_joining_q - conflict).max(0.0)
            + p.extra_listed
                * if p.scale_short_queries { self.listed_scale() } else { 1.0 }
                * (self.unpaired_l - self.unpaired_joining_l - conflict).max(0.0)
            + 2.0 * p.conflict * (conflict - minor)
            + 2.0 * p.minor_conflict * minor;
        if denominator <= 0.0 {
            return 0.0;
        }
        let mut base = (self.matched_q + self.matched_l) / denominator;
        // Only common words agree (given names, a patronymic, "trading", a legal form) while a
        // distinctive word such as the surname finds no partner: "Sergei Petrovich" is not
        // "Sergei Petrovich Ivanov", however well the common words agree.
        if (!self.distinctive_paired && self.distinctive_unpaired) || self.lineage_crossed {
            base = base.min(COMMON_WORDS_ONLY_CAP);
        }
        let order = (p.order * self.inversions as f64).min(p.order_cap);
        (base - order).clamp(0.0, 1.0)
    }
}

/// Aligns two token lists: greedily by descending similarity, one partner per token; then
/// tokens still unpaired on one side are tried against two or three neighbouring unpaired
/// tokens of the other run together ("Goodwill" / "Good Will", "Bashiruddin" / "Bashir Ud Din").
///
/// Greedy is exact enough here: names have a handful of tokens, and a better pair never loses
/// its tokens to a worse one because pairs are taken best first.
pub fn align(query: &[Weighted<'_>], listed: &[Weighted<'_>]) -> Alignment {
    align_with(query, listed, |i, j| token_similarity(query[i].text, listed[j].text))
}

/// [`align`] with the token similarities supplied by the caller (`sim(i, j)` for query token
/// `i` and listed token `j`): screening already knows them from candidate generation.
pub fn align_with(
    query: &[Weighted<'_>],
    listed: &[Weighted<'_>],
    sim: impl Fn(usize, usize) -> f64,
) -> Alignment {
    let mut candidates = Vec::with_capacity(query.len() * 2);
    for i in 0..query.len() {
        for j in 0..listed.len() {
            let s = sim(i, j);
            if s > 0.0 {
                candidates.push((i, j, s));
            }
        }
    }
    // Best first; ties by position so results are deterministic.
    candidates.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut sim_q = vec![0.0; query.len()];
    let mut sim_l = vec![0.0; listed.len()];
    let mut pairs = Vec::new();
    for (i, j, s) in candidates {
        if sim_q[i] == 0.0 && sim_l[j] == 0.0 {
            sim_q[i] = s;
            sim_l[j] = s;
            pairs.push((i, j, s));
        }
    }
    let one_to_one = pairs.clone();
    join_runs(query, listed, &mut sim_q, &mut sim_l, &mut pairs, false);
    join_runs(listed, query, &mut sim_l, &mut sim_q, &mut pairs, true);

    let distinctive = |tokens: &[Weighted<'_>], sims: &[f64], paired: bool| {
        tokens.iter().zip(sims).any(|(t, &s)| t.weight >= 1.0 && (s > 0.0) == paired)
    };
    let distinctive_paired = distinctive(query, &sim_q, true) || distinctive(listed, &sim_l, true);
    let distinctive_unpaired =
        distinctive(query, &sim_q, false) || distinctive(listed, &sim_l, false);
    let sum = |tokens: &[Weighted<'_>], sims: &[f64], f: &dyn Fn(f64) -> f64| -> f64 {
        tokens.iter().zip(sims).map(|(t, &s)| t.weight * f(s)).sum()
    };
    let total_q: f64 = query.iter().map(|t| t.weight).sum();
    let total_l: f64 = listed.iter().map(|t| t.weight).sum();
    let matched_q = sum(query, &sim_q, &|s| s);
    let matched_l = sum(listed, &sim_l, &|s| s);
    let paired_q = sum(query, &sim_q, &|s| if s > 0.0 { 1.0 } else { 0.0 });
    let paired_l = sum(listed, &sim_l, &|s| if s > 0.0 { 1.0 } else { 0.0 });
    let unpaired_up_to = |tokens: &[Weighted<'_>], sims: &[f64], most: f64| -> f64 {
        tokens
            .iter()
            .zip(sims)
            .filter(|(t, &s)| s == 0.0 && t.weight <= most)
            .map(|(t, _)| t.weight)
            .sum()
    };
    Alignment {
        inversions: inversions(&one_to_one, listed.len()),
        lineage_crossed: lineage_crossed(query, listed, &one_to_one),
        pairs,
        query_coverage: if total_q > 0.0 { matched_q / total_q } else { 0.0 },
        listed_coverage: if total_l > 0.0 { matched_l / total_l } else { 0.0 },
        distinctive_paired,
        distinctive_unpaired,
        paired_count: sim_q.iter().filter(|&&s| s > 0.0).count(),
        matched_q,
        paired_q,
        unpaired_q: total_q - paired_q,
        matched_l,
        paired_l,
        unpaired_l: total_l - paired_l,
        unpaired_minor_q: unpaired_up_to(query, &sim_q, MINOR_WEIGHT),
        unpaired_minor_l: unpaired_up_to(listed, &sim_l, MINOR_WEIGHT),
        unpaired_joining_q: unpaired_up_to(query, &sim_q, JOINING_WEIGHT),
        unpaired_joining_l: unpaired_up_to(listed, &sim_l, JOINING_WEIGHT),
    }
}

/// Pairs each unpaired token of `one` with a run of two or three neighbouring unpaired tokens
/// of `other` whose letters, run together, match it. `swapped` says `one` is the listed side,
/// so pairs are recorded as (query, listed).
fn join_runs(
    one: &[Weighted<'_>],
    other: &[Weighted<'_>],
    sim_one: &mut [f64],
    sim_other: &mut [f64],
    pairs: &mut Vec<(usize, usize, f64)>,
    swapped: bool,
) {
    for i in 0..one.len() {
        if sim_one[i] > 0.0 || one[i].text.len() < 4 {
            continue;
        }
        'runs: for start in 0..other.len() {
            for n in 2..=3 {
                let end = start + n;
                if end > other.len()
                    || other[start..end].iter().zip(&sim_other[start..end]).any(|(_, &s)| s > 0.0)
                {
                    continue 'runs;
                }
                // Lengths first: most runs cannot match, and building strings is the cost.
                let joined_len: usize = other[start..end].iter().map(|t| t.text.len()).sum();
                let own = one[i].text.len();
                if joined_len.abs_diff(own) > edit_budget(own.max(joined_len)) {
                    continue;
                }
                if other[start].text.chars().next() != one[i].text.chars().next() {
                    continue;
                }
                let joined: String = other[start..end].iter().map(|t| t.text).collect();
                let s = token_similarity(one[i].text, &joined);
                if s > 0.0 {
                    sim_one[i] = s;
                    for (j, slot) in sim_other.iter_mut().enumerate().take(end).skip(start) {
                        *slot = s;
                        pairs.push(if swapped { (j, i, s) } else { (i, j, s) });
                    }
                    break 'runs;
                }
            }
        }
    }
}

/// Whether the word after the one "bin" (or "ibn", "bint") of one name, the father's name,
/// pairs with a word of the other name that is not its father's name (see
/// [`Alignment::lineage_crossed`]). "bin Salman Mohammed" is "Mohammed bin Salman" written
/// father's name first. Names with no such word, or more than one, say nothing.
fn lineage_crossed(
    query: &[Weighted<'_>],
    listed: &[Weighted<'_>],
    pairs: &[(usize, usize, f64)],
) -> bool {
    let father = |tokens: &[Weighted<'_>]| {
        let mut at = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| matches!(t.text, "bin" | "ibn" | "bint"))
            .map(|(i, _)| i + 1);
        match (at.next(), at.next()) {
            (Some(i), None) if i < tokens.len() => Some(i),
            _ => None,
        }
    };
    let (Some(fq), Some(fl)) = (father(query), father(listed)) else {
        return false;
    };
    pairs.iter().any(|&(i, j, _)| (i == fq) != (j == fl))
}

/// Crossed pairs of a one-to-one alignment, after the rotation of the listed name that leaves
/// the fewest: names are written surname first or last, so a rotation is no evidence, but
/// other reorderings are ("Salman bin Muhammad" is not "Muhammad bin Salman").
fn inversions(pairs: &[(usize, usize, f64)], listed_len: usize) -> usize {
    if pairs.len() < 3 || listed_len == 0 {
        return 0;
    }
    let mut ordered: Vec<(usize, usize)> = pairs.iter().map(|&(i, j, _)| (i, j)).collect();
    ordered.sort_unstable();
    (0..listed_len)
        .map(|r| {
            let seq: Vec<usize> =
                ordered.iter().map(|&(_, j)| (j + listed_len - r) % listed_len).collect();
            let mut n = 0;
            for a in 0..seq.len() {
                for b in a + 1..seq.len() {
                    if seq[a] > seq[b] {
                        n += 1;
                    }
                }
            }
            n
        })
        .min()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(tokens: &[&'static str]) -> Vec<Weighted<'static>> {
        tokens.iter().map(|t| Weighted { text: t, weight: 1.0 }).collect()
    }

    #[test]
    fn token_order_does_not_matter() {
        let a = align(&w(&["petrov", "aleksandr"]), &w(&["aleksandr", "petrov"]));
        assert_eq!(a.score(&crate::matching::COMPARE_PENALTIES), 1.0);
    }

    #[test]
    fn a_missing_listed_token_lowers_listed_coverage_only() {
        let a = align(&w(&["aleksandr", "petrov"]), &w(&["aleksandr", "ivanovich", "petrov"]));
        assert_eq!(a.query_coverage, 1.0);
        assert!((a.listed_coverage - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn each_token_pairs_once() {
        let a = align(&w(&["ali", "ali"]), &w(&["ali"]));
        assert_eq!(a.pairs.len(), 1);
        assert_eq!(a.query_coverage, 0.5);
    }

    #[test]
    fn place_adjectives_meet_their_place() {
        assert_eq!(token_similarity("tulsk", "tula"), PLACE_ADJECTIVE_SIMILARITY);
        assert_eq!(token_similarity("yaroslavsk", "yaroslavl"), PLACE_ADJECTIVE_SIMILARITY);
        assert_eq!(token_similarity("uralsk", "ural"), PLACE_ADJECTIVE_SIMILARITY);
        // Towns in -an ("Рязанский радиозавод", "Ryazan Radio-Plant"; "Kazan").
        assert_eq!(token_similarity("ryazansk", "ryazan"), PLACE_ADJECTIVE_SIMILARITY);
        assert_eq!(token_similarity("kazansk", "kazan"), PLACE_ADJECTIVE_SIMILARITY);
        // A town in -i whose adjective adds "n" ("Мытищинский" from "Mytishchi").
        assert_eq!(token_similarity("mytishchinsk", "mytishchi"), PLACE_ADJECTIVE_SIMILARITY);
        // Surname stems: "Petrovsky" is not "Petrov", "Ilyinsky" is not "Ilyin".
        assert_eq!(token_similarity("petrovsk", "petrov"), 0.0);
        assert_eq!(token_similarity("ilyinsk", "ilyin"), 0.0);
    }

    #[test]
    fn belarusian_and_ukrainian_spellings_share_a_skeleton() {
        assert_eq!(skeleton("nazarau"), skeleton("nazarav"));
        assert!(token_similarity("nazarau", "nazarov") > 0.9);
        assert!(token_similarity("brueu", "bruev") > 0.9);
        assert_eq!(skeleton("heorhiy"), skeleton("georgiy"));
        assert_eq!(skeleton("dzmitriy"), skeleton("dmitriy"));
    }

    #[test]
    fn english_spellings_of_russian_sounds_share_a_skeleton() {
        // "c" before e, i, y is "ц"; elsewhere "к".
        assert_eq!(skeleton("cyclon"), skeleton("tsiklon"));
        assert_eq!(skeleton("centavr"), skeleton("tsentavr"));
        assert_eq!(skeleton("cobalt"), skeleton("kobalt"));
        assert_eq!(skeleton("aquarius"), skeleton("akvarius"));
        assert_eq!(skeleton("light"), skeleton("layt"));
        assert_ne!(skeleton("michelle"), skeleton("mitchell"));
    }

    #[test]
    fn diminutives_meet_their_full_name_below_an_exact_match() {
        // Press and everyday forms of listed given names (issue 4: "Коля Лукашенко", "Катя").
        assert_eq!(token_similarity("kolya", "nikolay"), DIMINUTIVE_SIMILARITY);
        assert_eq!(token_similarity("ekaterina", "katya"), DIMINUTIVE_SIMILARITY);
        assert_eq!(token_similarity("sasha", "aleksandr"), DIMINUTIVE_SIMILARITY);
        assert_eq!(token_similarity("bob", "robert"), DIMINUTIVE_SIMILARITY);
        assert_eq!(token_similarity("ted", "theodore"), DIMINUTIVE_SIMILARITY);
        // Only the names a short form stands for.
        assert_eq!(token_similarity("kolya", "mikhail"), 0.0);
        assert_eq!(token_similarity("bob", "roberta"), 0.0);
    }

    #[test]
    fn akanye_swaps_of_a_and_o_are_cheap_in_long_words() {
        // Belarusian "Марозаў" is Russian "Морозов"; "Рассалай" is "Россолай".
        assert!(token_similarity("marozau", "morozov") > 0.9);
        assert!(token_similarity("rassalai", "rossolay") > 0.9);
        // Short words keep the ordinary vowel cost: "zhou" and "zhao" are two surnames.
        assert!(token_similarity("zhou", "zhao") < token_similarity("marozau", "morozov"));
        assert_eq!(edits("zhou", "zhao", 2.0), 1.0);
    }

    #[test]
    fn misspelt_patronymics_pair_with_patronymics() {
        // Typos in listed patronymics ("Yurivich", "Vladimirovitch", "Lvovna" of six letters).
        assert!(token_similarity("yurivich", "yurievich") > 0.9);
        assert!(token_similarity("vladimirovitch", "vladimirovich") > 0.9);
        assert!(token_similarity("lvovna", "lyvovna") > 0.9);
        // Still no surname for a patronymic.
        assert_eq!(token_similarity("aleksandrov", "aleksandrovich"), 0.0);
    }

    #[test]
    fn organisation_words_that_contradict_cost_less_in_compare_for_organisations() {
        let org = |t: &[(&'static str, f64)]| -> Vec<Weighted<'static>> {
            t.iter().map(|&(text, weight)| Weighted { text, weight }).collect()
        };
        // "Tula Cartridge Works" against "Тульский патронный завод" (plant).
        let a = org(&[("tula", 1.0), ("cartridge", 1.0), ("works", 0.4)]);
        let b = org(&[("tula", 1.0), ("cartridge", 1.0), ("plant", 0.4)]);
        let al = align(&a, &b);
        let person = al.score(&crate::matching::COMPARE_PENALTIES);
        let company = al.score(&crate::matching::COMPARE_ORG_PENALTIES);
        assert!(company > person && company >= 0.85, "{company} vs {person}");
        // A distinctive word contradicting keeps the full cost.
        let c = org(&[("tula", 1.0), ("arms", 1.0), ("plant", 0.4)]);
        let al = align(&b, &c);
        assert_eq!(
            al.score(&crate::matching::COMPARE_ORG_PENALTIES),
            al.score(&crate::matching::COMPARE_PENALTIES)
        );
    }

    #[test]
    fn initials_pair_with_words_that_start_with_them() {
        assert_eq!(token_similarity("a", "aleksandr"), INITIAL_SIMILARITY);
        assert_eq!(token_similarity("a", "b"), 0.0);
        assert_eq!(token_similarity("a", "boris"), 0.0);
    }
}

/// The shortcuts screening takes (the banded, early-stopping [`edits`], the letter-count
/// bounds, [`Probe::rejects`]) against plain computations: they may only save work, never
/// change a similarity.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod shortcut_tests {
    use super::*;
    use proptest::prelude::*;

    /// [`edits`] without band or early stop: the full table.
    fn edits_plain(a: &str, b: &str) -> f64 {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        let long = a.len().min(b.len()) >= 6;
        let mut d = vec![vec![0.0f64; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i as f64;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j as f64;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let (x, y) = (a[i - 1], b[j - 1]);
                let sub = if x == y {
                    0.0
                } else if long && matches!((x, y), ('a', 'o') | ('o', 'a')) {
                    AKANYE_EDIT
                } else if vowel(x) && vowel(y) {
                    0.5
                } else {
                    1.0
                };
                let mut best =
                    (d[i - 1][j] + 1.0).min(d[i][j - 1] + 1.0).min(d[i - 1][j - 1] + sub);
                if i > 1 && j > 1 && x == b[j - 2] && a[i - 2] == y {
                    best = best.min(d[i - 2][j - 2] + 1.0);
                }
                d[i][j] = best;
            }
        }
        d[a.len()][b.len()]
    }

    /// Tokens over a small alphabet (vowels, a/o, consonants, a non-ASCII letter), so that
    /// random pairs are often close.
    fn token() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop::sample::select(vec!['a', 'o', 'e', 'i', 'y', 'k', 'h', 's', 'v', 'n', 'é']),
            0..14,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        #[test]
        fn edits_is_exact_within_its_limit_and_above_it_beyond(
            a in token(),
            b in token(),
            quarters in 0u32..16,
        ) {
            let limit = f64::from(quarters) / 4.0;
            let (plain, banded) = (edits_plain(&a, &b), edits(&a, &b, limit));
            if plain <= limit {
                prop_assert_eq!(banded, plain);
            } else {
                prop_assert!(banded > limit, "{} vs {}: {} <= {}", a, b, banded, limit);
            }
        }

        #[test]
        fn letter_bounds_never_exceed_the_distance(a in token(), b in token()) {
            let plain = edits_plain(&a, &b);
            let counts = LetterCounts::of(&a).edits_at_least(&b);
            prop_assert!(counts <= plain, "{} vs {}: {} > {}", a, b, counts, plain);
            let (sa, sb) = (TokenSummary::of(&a, &a), TokenSummary::of(&b, &b));
            let presence =
                TokenSummary::edits_at_least(sa.consonants, sa.vowels, sb.consonants, sb.vowels);
            prop_assert!(presence <= counts, "{} vs {}: {} > {}", a, b, presence, counts);
        }

        #[test]
        fn a_rejected_pair_has_similarity_zero(a in token(), b in token()) {
            let (ska, skb) = (skeleton(&a), skeleton(&b));
            let probe = Probe::new(&a, &ska);
            let summary = TokenSummary::of(&b, &skb);
            let similarity = probe.similarity(&b, &skb, b.chars().count());
            prop_assert!(!probe.rejects(&summary) || similarity == 0.0, "{} vs {}", a, b);
            // The probe's similarity is the pairwise one.
            prop_assert_eq!(similarity, similarity_with(&a, &ska, &b, &skb));
        }
    }

    #[test]
    fn rejects_leaves_other_rules_to_the_full_comparison() {
        for (a, b) in [
            ("tulsk", "tula"),
            ("kolya", "nikolay"),
            ("a", "aleksandr"),
            ("llc", "ltd"),
            ("yevgeniy", "evgenii"),
        ] {
            let (sa, sb) = (skeleton(a), skeleton(b));
            assert!(token_similarity(a, b) > 0.0, "{a}/{b}");
            assert!(!Probe::new(a, &sa).rejects(&TokenSummary::of(b, &sb)), "{a}/{b}");
        }
    }
}

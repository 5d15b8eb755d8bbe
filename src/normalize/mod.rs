//! The one normaliser: every name in the index and every query goes through [`key`].
//!
//! If the index and the query were normalised by two different functions, they would drift
//! apart and the drift would show up as silent false negatives. So there is exactly one, it
//! runs in the engine (not in JavaScript), and the index applies it when it loads, never at
//! build time, so an old dataset cannot carry an old normalisation.

pub mod affixes;
mod tokens;

pub(crate) use tokens::{first_letter, russian_initials};
pub use tokens::{is_patronymic, name_tokens, token_weight};

use crate::translit;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// The keys an identifier is compared by: its letters and digits only, upper case (so
/// `AB 12-34.56` and `ab123456` agree); and, when it starts with a short letter prefix such as
/// `IMO`, `INN` or `No`, also without it (a listed `IMO 9187629` and a typed `9187629` agree).
/// Identifiers shorter than five characters give no key: such numbers identify nobody.
///
/// # Example
/// ```
/// use sanctions_checker::normalize::identifier_keys;
/// assert_eq!(identifier_keys("IMO 9187629"), vec!["IMO9187629", "9187629"]);
/// assert_eq!(identifier_keys("ab 12-34.56"), vec!["AB123456"]);
/// assert!(identifier_keys("12-3").is_empty());
/// ```
pub fn identifier_keys(number: &str) -> Vec<String> {
    let full: String =
        number.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_uppercase).collect();
    if full.chars().count() < 5 {
        return Vec::new();
    }
    let mut keys = vec![full.clone()];
    let prefix = full.chars().take_while(|c| c.is_alphabetic()).count();
    let rest: String = full.chars().skip(prefix).collect();
    // Only a short word before a long number is a prefix; "AB123456" keeps its series letters
    // when the number after them is short.
    if (2..=4).contains(&prefix)
        && rest.chars().count() >= 7
        && rest.chars().all(|c| c.is_ascii_digit())
    {
        keys.push(rest);
    }
    keys
}

/// Turns a name into its compare form: one string of lowercase ASCII letters, digits and
/// single spaces for Latin and Cyrillic input.
///
/// What it does, in order, for each character:
/// * lowercases it;
/// * romanises Cyrillic letters with [`translit::cyrillic`] *before* Unicode decomposition,
///   because NFKD would split "й" into "и" + breve and lose the difference;
/// * applies compatibility decomposition (NFKD: full-width forms, ligatures, "ﬁ") and drops
///   combining marks (accents: "Müller" → "muller", "Ð"/"ß"/"Æ" get explicit spellings);
/// * removes apostrophes and quote marks inside words ("O'Brien" → "obrien", "Ma’ruf" → "maruf");
/// * writes "&" as the word "and";
/// * turns every other non-alphanumeric character (hyphens, dots, commas, « ») into a space.
///
/// Finally it collapses runs of spaces and trims.
///
/// # Guarantees
/// * Idempotent: `key(&key(s)) == key(s)`.
/// * Never panics, on any string.
/// * Letters of other scripts (Greek, Arabic, Han, …) are romanised with deunicode's tables,
///   a rough sound fallback (Arabic loses its short vowels: "محمد" → "mhmd").
///
/// # Example
/// ```
/// use sanctions_checker::normalize::key;
/// assert_eq!(key("  PETROV,  Aleksandr-Ivanovich "), "petrov aleksandr ivanovich");
/// assert_eq!(key("Щукин Андрей"), "shchukin andrey");
/// assert_eq!(key("Jürgen O’Brien"), "jurgen obrien");
/// ```
pub fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    // Starts true so leading separators are dropped.
    let mut pending_space = false;
    let push = |out: &mut String, piece: &str, pending_space: &mut bool| {
        if piece.is_empty() {
            return;
        }
        if *pending_space && !out.is_empty() {
            out.push(' ');
        }
        *pending_space = false;
        out.push_str(piece);
    };
    let lowered: Vec<char> = name.chars().flat_map(char::to_lowercase).collect();
    let read_as_cyrillic = mixed_script_words(&lowered);
    for (i, &c) in lowered.iter().enumerate() {
        {
            // A Latin look-alike inside a Cyrillic word is the Cyrillic letter (see
            // `mixed_script_words`).
            let c = if read_as_cyrillic[i] { cyrillic_lookalike(c).unwrap_or(c) } else { c };
            // Cyrillic first, on the undecomposed letter (see above: "й").
            if let Some(latin) = translit::cyrillic(c) {
                push(&mut out, latin, &mut pending_space);
                continue;
            }
            // Kana are spelt whole: decomposition would split "バ" into "ハ" and a voicing mark
            // that is no accent ("バラク" is "baraku", not "haraku").
            if matches!(c as u32, 0x3041..=0x3096 | 0x30A1..=0x30FA) {
                push_fallback(&mut out, c, &mut pending_space);
                continue;
            }
            let mut buf = [0u8; 4];
            decompose_compatible(c, |d| {
                if is_combining_mark(d) || is_apostrophe(d) {
                    return;
                }
                // Compatibility forms can decompose into capitals ("ℌ" → "H"), and into letters
                // that need their own spelling ("Ǣ" → "Æ" + macron, "ѐ" → "е" + grave).
                for l in d.to_lowercase() {
                    if let Some(piece) = translit::cyrillic(l).or_else(|| special_latin(l)) {
                        push(&mut out, piece, &mut pending_space);
                    } else if l.is_ascii_alphanumeric() {
                        push(&mut out, l.encode_utf8(&mut buf), &mut pending_space);
                    } else if l.is_alphanumeric() {
                        push_fallback(&mut out, l, &mut pending_space);
                    } else if l == '&' {
                        // "Procter & Gamble" is "Procter and Gamble".
                        pending_space = true;
                        push(&mut out, "and", &mut pending_space);
                        pending_space = true;
                    } else {
                        pending_space = true;
                    }
                }
            });
        }
    }
    read_digits_between_letters(out)
}

/// `key` with each digit that stands between two letters read as the letter it looks like
/// ("Sech1n" → "sechin", "I9or" → "igor"): people type, and lists OCR, such names. A digit
/// beside another digit or at a word's edge is a number ("Bank 1", "T-72B3", "AHL1") and stays.
fn read_digits_between_letters(key: String) -> String {
    let b = key.as_bytes();
    if !b.iter().any(u8::is_ascii_digit) {
        return key;
    }
    let letter = |i: usize| b.get(i).is_some_and(u8::is_ascii_lowercase);
    let mut out = String::with_capacity(key.len());
    for (i, c) in key.char_indices() {
        let read = match c {
            '0' => 'o',
            '1' => 'i',
            '3' => 'e',
            '4' => 'a',
            '5' => 's',
            '7' => 't',
            '8' => 'b',
            '9' => 'g',
            _ => c,
        };
        // `i` is a byte offset; digits are ASCII, so neighbours are one byte away.
        out.push(if read != c && i > 0 && letter(i - 1) && letter(i + 1) { read } else { c });
    }
    out
}

/// For each character of `chars` (lowercase), whether it is a Latin letter inside a word that
/// also has Cyrillic letters. Lists and users type Cyrillic names with Latin look-alikes mixed
/// in ("Pаїса" with a Latin "P", "oткрытое" with a Latin "o"), and such a word is Cyrillic:
/// romanising its "p" as "p" instead of "r" loses the name. Only whole words of letters count,
/// so "Альфа-Bank" keeps its Latin word.
fn mixed_script_words(chars: &[char]) -> Vec<bool> {
    let mut out = vec![false; chars.len()];
    let mut start = 0;
    while start < chars.len() {
        let end = chars[start..]
            .iter()
            .position(|c| !c.is_alphabetic() && !is_apostrophe(*c))
            .map_or(chars.len(), |n| start + n);
        let word = &chars[start..end];
        if word.iter().any(|&c| translit::is_cyrillic(c))
            && word.iter().any(|&c| c.is_ascii_alphabetic())
        {
            for (slot, &c) in out[start..end].iter_mut().zip(word) {
                *slot = c.is_ascii_alphabetic();
            }
        }
        start = end + 1;
    }
    out
}

/// The Cyrillic letter a lowercase Latin letter looks like, for [`mixed_script_words`].
fn cyrillic_lookalike(c: char) -> Option<char> {
    Some(match c {
        'a' => 'а',
        'c' => 'с',
        'e' => 'е',
        'i' => 'і',
        'k' => 'к',
        'm' => 'м',
        'o' => 'о',
        'p' => 'р',
        'x' => 'х',
        'y' => 'у',
        'h' => 'н',
        'b' => 'в',
        't' => 'т',
        _ => return None,
    })
}

/// Romanises a letter no table of ours covers (Latin Extended-B, the rarer Cyrillic letters,
/// Greek, Arabic, Hebrew, Georgian, Han, …) with deunicode's tables, so every script ends up in
/// one comparable alphabet. Letters deunicode does not know are kept as they are.
fn push_fallback(out: &mut String, letter: char, pending_space: &mut bool) {
    let Some(ascii) = deunicode::deunicode_char(letter) else {
        if *pending_space && !out.is_empty() {
            out.push(' ');
        }
        *pending_space = false;
        out.push(letter);
        return;
    };
    for a in ascii.chars() {
        if a.is_ascii_alphanumeric() {
            if *pending_space && !out.is_empty() {
                out.push(' ');
            }
            *pending_space = false;
            out.push(a.to_ascii_lowercase());
        } else {
            // deunicode spells Han syllables with a trailing space: one token each.
            *pending_space = true;
        }
    }
}

/// Latin letters that compatibility decomposition leaves alone but people write differently.
fn special_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' | 'ð' => "d",
        'ł' => "l",
        'ı' => "i",
        'þ' => "th",
        'ŧ' => "t",
        'ħ' => "h",
        _ => return None,
    })
}

/// Apostrophes and quote marks that sit inside names and must not split them.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | '`' | '´' | 'ʹ' | 'ʿ' | 'ʾ')
}

/// The tokens of a compare-form key (see [`key`]).
pub fn tokens(key: &str) -> impl Iterator<Item = &str> {
    key.split(' ').filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_punctuation_fold_away() {
        assert_eq!(key("Ñandú  Ferreira-Gómez"), "nandu ferreira gomez");
        // A voicing mark on kana is part of the syllable.
        assert_eq!(key("バラク・オバマ"), "baraku obama");
        assert_eq!(key("«Альфа Трейд»"), "alfa treyd");
        assert_eq!(key("AL-QAIDA"), "al qaida");
        assert_eq!(key("Straße"), "strasse");
    }

    #[test]
    fn cyrillic_short_i_keeps_its_y() {
        assert_eq!(key("Андрей Йошкин"), "andrey yoshkin");
    }

    #[test]
    fn latin_lookalikes_inside_cyrillic_words_read_as_cyrillic() {
        // Real list entries: a Latin "P" in "Раїса", Latin "o" and "c" in "Открытое", "Сбер".
        assert_eq!(key("Pаїса"), key("Раїса"));
        assert_eq!(key("oткрытое Cбер"), "otkrytoe sber");
        // A Latin word next to a Cyrillic one is left alone.
        assert_eq!(key("Альфа-Bank"), "alfa bank");
    }

    #[test]
    fn compatibility_forms_fold_to_plain_letters() {
        assert_eq!(key("ＰＵＴＩＮ"), "putin");
        assert_eq!(key("ﬁrm"), "firm");
    }

    #[test]
    fn punctuation_only_input_gives_empty_key() {
        assert_eq!(key(" -- ,, ''"), "");
        assert_eq!(key(""), "");
    }

    #[test]
    fn legal_forms_weigh_little() {
        assert!(token_weight("llc") < 0.5);
        assert!(token_weight(&key("ООО")) < 0.5);
        assert!(token_weight(&key("ТОО")) < 0.5);
        assert_eq!(token_weight("petrov"), 1.0);
    }
}

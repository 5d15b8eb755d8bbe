//! Romanisation of non-Latin scripts, so that a name typed in one script finds the same name
//! listed in another.
//!
//! [`cyrillic`] maps one lowercase Cyrillic letter to the Latin spelling the normaliser uses as
//! its single compare form. The form follows the passport/BGN habits most lists use for Russian
//! names ("Андрей" → "andrey", "Щукин" → "shchukin"), with the extra letters of Ukrainian,
//! Belarusian and Kazakh mapped to the Latin letters people really write for them in Russian-
//! and English-language documents (Қ → k, Ұ/Ү → u, Ә → a, Ғ → g, Ң → n, Ө → o, Һ → h, І → i).
//! Spelling variants between systems (Yevgeny/Evgeny/Evgenii) are not produced here: the
//! matcher's fuzzy token comparison absorbs them.

/// The compare-form Latin spelling of one lowercase Cyrillic letter, or `None` when `c` is not
/// a Cyrillic letter this table knows. Soft and hard signs map to the empty string.
///
/// # Example
/// ```
/// use sanctions_checker::translit::cyrillic;
/// assert_eq!(cyrillic('щ'), Some("shch"));
/// assert_eq!(cyrillic('қ'), Some("k"));
/// assert_eq!(cyrillic('q'), None);
/// ```
pub fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        // Ukrainian and Belarusian.
        'і' => "i",
        'ї' => "yi",
        'є' => "ye",
        'ґ' => "g",
        'ў' => "u",
        // Kazakh (also Tatar, Bashkir and Kyrgyz share most of these).
        'ә' => "a",
        'ғ' => "g",
        'қ' => "k",
        'ң' => "n",
        'ө' => "o",
        'ұ' => "u",
        'ү' => "u",
        'һ' => "h",
        // Serbian and Macedonian letters that appear in Balkan listings.
        'ђ' => "dj",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "c",
        'џ' => "dz",
        'ѓ' => "gj",
        'ќ' => "kj",
        'ѕ' => "dz",
        _ => return None,
    })
}

/// True for characters of the Cyrillic blocks (U+0400–U+052F).
pub fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{052F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_russian_letter_has_a_spelling() {
        for c in "абвгдеёжзийклмнопрстуфхцчшщъыьэюя".chars() {
            assert!(cyrillic(c).is_some(), "{c}");
        }
    }

    #[test]
    fn kazakh_letters_map_to_plain_latin() {
        let out: String = "әғқңөұүһі".chars().map(|c| cyrillic(c).unwrap()).collect();
        assert_eq!(out, "agknouuhi");
    }
}

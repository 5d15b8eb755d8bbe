//! Canada's Consolidated Special Economic Measures Act (SEMA) list, XML (`sema-lmes.xml`).
//!
//! Schema (no namespace): `<data-set>` holds `<record>` elements with `Country` (the regime,
//! bilingual: `Russia / Russie`), `LastName`, `GivenName`, `EntityOrShip`, `TitleOrShip`,
//! `ShipIMONumber`, `DateOfBirthOrShipBuildDate`, `Aliases`, `Schedule`, `Item` and
//! `DateOfListing` (ISO).
//!
//! * Ids: `Schedule` + `Item` repeat across regimes (767 clashes in 2025-05), so the id is
//!   `ca-sema:<regime>/<schedule>/<item>`: the regime as its ISO code (`RU`) or, for the
//!   thematic regimes, a short slug (`JVCFOR`, `hamas-terrorist-attacks`); the schedule as a
//!   slug (`1, Part 1` → `1-part-1`, missing → `none`). No part contains a `/`.
//! * Kind: a person when `LastName` or `GivenName` is present, a vessel when there is an IMO
//!   number, otherwise an organization.
//! * `Aliases` is free text: names separated by `;`, by commas between names, by ` or ` and
//!   by spaced slashes, often prefixed with a language label (`Russian: …`, kept as the name's
//!   `lang`). Line breaks are mostly wraps inside one long name (`Акционерное общество\n
//!   «Радиотехнический институт…`: 20 of the 25 multi-line values), so a line break separates
//!   names only where the script changes or a label follows. For people, one-word alternatives
//!   (`Карниенко or Карниенка`, `Aleksander/ Aleksandr … Karnienko`) are expanded into whole
//!   names by substituting the word into the neighbouring full name.
//! * The file has no publication date: `published` is the newest `DateOfListing`.

use super::sheet::{self, clean};
use super::xml::{stream_records, Node, RecordSink};
use super::ParsedList;
use crate::countries;
use crate::error::{Error, Result};
use crate::model::{Entity, EntityKind, IdKind, Identifier, ListId, Name, NameKind, Vessel};

const LIST: &str = "Canada SEMA list";

/// True when the start of a file looks like the SEMA XML.
pub fn sniff(head: &str) -> bool {
    head.contains("<data-set") && head.contains("<record") && head.contains("<Country>")
}

/// Parses a whole SEMA XML file. A malformed record is skipped and reported; a file that is not
/// well-formed XML is an error.
pub fn parse(bytes: &[u8], file: &str) -> Result<ParsedList> {
    let mut sink = Sink { entities: Vec::new(), problems: Vec::new(), n: 0, root: false };
    stream_records(bytes, &mut sink).map_err(|e| Error::list_file(file, e))?;
    if !sink.root {
        return Err(Error::list_file(file, "not a Canada SEMA list (no <data-set>)"));
    }
    let published = sink.entities.iter().filter_map(|e| e.listed_on.clone()).max();
    Ok(ParsedList {
        list: ListId::CaSema,
        published,
        entities: sink.entities,
        problems: sink.problems,
        files: Vec::new(),
    })
}

struct Sink {
    entities: Vec<Entity>,
    problems: Vec<Error>,
    n: usize,
    root: bool,
}

impl RecordSink for Sink {
    fn is_record(&self, ancestors: &[String], name: &str) -> bool {
        ancestors.len() == 1 && name == "record"
    }

    fn on_header(&mut self, node: &Node) {
        if node.name == "data-set" {
            self.root = true;
        }
    }

    fn on_record(&mut self, node: Node) {
        self.n += 1;
        match record(&node, self.n) {
            Ok(e) => self.entities.push(e),
            Err(e) => self.problems.push(e),
        }
    }
}

/// A lowercase slug with `-` for runs of anything but letters, digits and dots.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() || c == '.' {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The regime part of an id: the ISO code of a country regime, the acronym a thematic regime
/// gives in brackets, or a slug of its English name.
fn regime_key(country: &str) -> String {
    if let Some(code) = countries::code_for(country) {
        return code.to_string();
    }
    let english = english_half(country);
    if let (Some(open), true) = (english.rfind('('), english.ends_with(')')) {
        let acronym = &english[open + 1..english.len() - 1];
        if !acronym.is_empty() && acronym.chars().all(|c| c.is_ascii_uppercase()) {
            return acronym.to_string();
        }
    }
    slug(english)
}

/// The English half of a bilingual `English / Français` value.
fn english_half(s: &str) -> &str {
    s.split(" / ").next().unwrap_or(s).trim()
}

fn record(node: &Node, n: usize) -> Result<Entity> {
    let text = |f: &str| node.text_of(f);
    let country =
        text("Country").ok_or_else(|| Error::list_record(LIST, n, "Country", "missing"))?;
    let item = text("Item").ok_or_else(|| Error::list_record(LIST, n, "Item", "missing"))?;
    let schedule = text("Schedule").map_or_else(|| "none".to_string(), |s| slug(&s));
    let own_id = format!("{}/{}/{}", regime_key(&country), schedule, slug(&item));

    let last = text("LastName");
    let given = text("GivenName");
    let imo = text("ShipIMONumber");
    let kind = if last.is_some() || given.is_some() {
        EntityKind::Person
    } else if imo.is_some() {
        EntityKind::Vessel
    } else {
        EntityKind::Organization
    };
    let mut e = Entity::new(ListId::CaSema, &own_id, kind);
    let primary = match kind {
        EntityKind::Person => {
            let full = given.iter().chain(&last).cloned().collect::<Vec<_>>().join(" ");
            Name { given, family: last, ..Name::new(full, NameKind::Primary) }
        }
        _ => {
            let name = text("EntityOrShip")
                .ok_or_else(|| Error::list_record(LIST, n, "EntityOrShip", "no name"))?;
            Name::new(name, NameKind::Primary)
        }
    };
    let primary_full = primary.full.clone();
    e.names.push(primary);
    if let Some(aliases) = node.child("Aliases").map(|a| a.text.clone()) {
        for (alias, lang) in split_aliases(&aliases, kind == EntityKind::Person) {
            if alias == primary_full || e.names.iter().any(|n| n.full == alias) {
                continue;
            }
            let original_script = sheet::script_of(&alias).is_some();
            e.names.push(Name { original_script, lang, ..Name::new(alias, NameKind::Alias) });
        }
    }
    let dates = text("DateOfBirthOrShipBuildDate").map(|d| sheet::dates_in(&d)).unwrap_or_default();
    if kind == EntityKind::Vessel {
        e.vessel = Some(Vessel {
            vessel_type: text("TitleOrShip"),
            build_year: dates.first().map(|d| d.year_from),
            ..Vessel::default()
        });
        if let Some(imo) = imo {
            e.identifiers.push(Identifier {
                kind: IdKind::Imo,
                label: "IMO number".into(),
                number: imo,
                country: None,
                note: None,
            });
        }
    } else if let Some(title) = text("TitleOrShip") {
        e.positions.push(title);
    }
    e.birth_dates = dates;
    e.programs.push(english_half(&country).to_string());
    e.listed_on = text("DateOfListing").and_then(|d| sheet::dmy_to_iso(&d));
    Ok(e)
}

/// True for a language label such as `Russian`, `Belarussian`, `Arabic` (one or two Latin
/// words, nothing else).
fn is_label(s: &str) -> bool {
    let s = s.trim();
    let words = s.split_whitespace().count();
    (1..=2).contains(&words)
        && s.len() <= 20
        && s.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
        && s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

/// Splits `Russian: Иван …` into the label and the rest.
fn strip_label(s: &str) -> (Option<String>, &str) {
    if let Some(colon) = s.find(':') {
        let (label, rest) = (&s[..colon], s[colon + 1..].trim());
        if is_label(label) && !rest.is_empty() {
            return (Some(label.trim().to_string()), rest);
        }
    }
    (None, s.trim())
}

fn latin(s: &str) -> bool {
    sheet::script_of(s).is_none()
}

/// Legal-form abbreviations that follow a comma inside one company name (`Co., Ltd.`).
const LEGAL_FORMS: &[&str] = &[
    "LTD", "LTD.", "LLC", "INC", "INC.", "JSC", "CO", "CO.", "SA", "S.A.", "AG", "GMBH", "PLC",
    "OOO", "AO", "PAO", "ZAO", "OAO", "LLP", "BV", "NV", "PJSC", "CJSC", "OJSC", "АО", "ООО",
    "ПАО", "ОАО", "ЗАО",
];

/// Splits one `Aliases` value into names, each with the language label it was given.
pub fn split_aliases(text: &str, person: bool) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for chunk in text.split(';') {
        for piece in join_wrapped_lines(chunk) {
            for part in split_commas(&piece) {
                let (label, rest) = strip_label(&part);
                for name in alternatives(rest, person) {
                    let name = name
                        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
                        .to_string();
                    let name = name
                        .strip_prefix("or ")
                        .or_else(|| name.strip_prefix("and "))
                        .map(str::to_string)
                        .unwrap_or(name);
                    let name = balance_brackets(&name);
                    if let Some(name) = clean(&name) {
                        if name.chars().any(char::is_alphanumeric)
                            && !out.iter().any(|(n, _)| *n == name)
                        {
                            out.push((name, label.clone()));
                        }
                    }
                }
            }
        }
    }
    out
}

/// Drops a bracket left open or closed by the splitting (`(Юрий Николаевич ГОВТВИН`).
fn balance_brackets(name: &str) -> String {
    let mut s = name.trim();
    if s.starts_with('(') && !s.contains(')') {
        s = s[1..].trim_start();
    }
    if s.ends_with(')') && !s.contains('(') {
        s = s[..s.len() - 1].trim_end();
    }
    s.to_string()
}

/// Joins the lines of a chunk back into names: a line break is a wrap unless the next line
/// starts with a language label or is in another script than the text before it.
fn join_wrapped_lines(chunk: &str) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    for line in chunk.split('\n') {
        let Some(line) = clean(line) else { continue };
        let starts_label = strip_label(&line).0.is_some();
        let script_change = pieces.last().is_some_and(|prev| {
            let prev_last = prev.chars().rev().find(|c| c.is_alphabetic());
            let next_first = line.chars().find(|c| c.is_alphabetic());
            match (prev_last, next_first) {
                (Some(a), Some(b)) => latin(&a.to_string()) != latin(&b.to_string()),
                _ => false,
            }
        });
        match pieces.last_mut() {
            Some(prev) if !starts_label && !script_change => {
                prev.push(' ');
                prev.push_str(&line);
            }
            _ => pieces.push(line),
        }
    }
    pieces
}

/// Splits at commas that separate names rather than sit inside one: the text after the comma
/// starts with a label, has two or more words, or is a capitalised acronym that is not a legal
/// form (`IRGC, Army of the Guardians …, IRG`).
fn split_commas(s: &str) -> Vec<String> {
    let segments: Vec<&str> = s.split(',').collect();
    let mut out: Vec<String> = Vec::new();
    for seg in segments {
        let t = seg.trim();
        let words = t.split_whitespace().count();
        let acronym = words == 1
            && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && t.chars().all(|c| !c.is_lowercase())
            && !LEGAL_FORMS.contains(&t.to_uppercase().as_str());
        // ", or …" continues the alternatives of the text before it ("Alexander, or Alexandr
        // Valerievich Kalinin").
        let continues = t.starts_with("or ") || t.starts_with("OR ");
        // A comma inside brackets never separates names ("машиностроения (ЦНИИМаш, АО)").
        let inside_brackets = out.last().is_some_and(|prev| {
            prev.matches(['(', '«']).count() > prev.matches([')', '»']).count()
        });
        let separate =
            !continues && !inside_brackets && (words >= 2 || acronym || strip_label(t).0.is_some());
        match out.last_mut() {
            Some(prev) if !separate => {
                prev.push(',');
                prev.push_str(seg);
            }
            _ => out.push(seg.to_string()),
        }
    }
    out.into_iter().filter_map(|p| clean(&p)).collect()
}

/// Splits ` or ` and spaced-slash alternatives. For people, a one-word alternative stands for
/// one word of the neighbouring full name (`Александр Владимирович Карниенко or Карниенка`):
/// before that name it replaces the first word, after it the last.
fn alternatives(s: &str, person: bool) -> Vec<String> {
    let mut segments: Vec<String> = Vec::new();
    for or_part in split_or(s) {
        segments.extend(split_spaced_slash(&or_part));
    }
    let segments: Vec<String> =
        segments.iter().filter_map(|x| clean(x.trim().trim_matches([',', ';']))).collect();
    if !person || segments.len() < 2 {
        return segments;
    }
    let words = |x: &str| x.split_whitespace().count();
    let Some(anchor) = segments.iter().position(|x| words(x) >= 2) else { return segments };
    let anchor_words: Vec<&str> = segments[anchor].split_whitespace().collect();
    segments
        .iter()
        .enumerate()
        .map(|(i, seg)| {
            if words(seg) >= 2 {
                return seg.clone();
            }
            let mut w: Vec<&str> = anchor_words.clone();
            if i < anchor {
                w[0] = seg;
            } else {
                let last = w.len() - 1;
                w[last] = seg;
            }
            w.join(" ")
        })
        .collect()
}

fn split_or(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        // Searched in the original text (a lowercased copy can shift byte offsets).
        let found = [" or ", " OR ", " Or "].iter().filter_map(|p| rest.find(p)).min();
        match found {
            Some(i) => {
                out.push(rest[..i].to_string());
                rest = &rest[i + 4..];
            }
            None => {
                out.push(rest.to_string());
                return out;
            }
        }
    }
}

/// Splits at `/` with white space on at least one side (`A / B`, `Aleksander/ Aleksandr`), but
/// not inside a word (`A/O`, `Eslami/GRI`).
fn split_spaced_slash(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in s.match_indices('/') {
        let before = s[..i].chars().next_back();
        let after = s[i + 1..].chars().next();
        if before.is_some_and(char::is_whitespace) || after.is_some_and(char::is_whitespace) {
            out.push(s[start..i].to_string());
            start = i + 1;
        }
    }
    out.push(s[start..].to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, person: bool) -> Vec<String> {
        split_aliases(text, person).into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn labelled_aliases_keep_their_language() {
        let got = split_aliases(
            "Sviatlana Aliaksandrauna BANDARENKA, Belarusian: Святлана Аляксандраўна БАНДАРЭНКА, \
             Russian\u{a0}: Светлана Александровна БОНДАРЕНКО",
            true,
        );
        assert_eq!(got.len(), 3);
        assert_eq!(got[1].0, "Святлана Аляксандраўна БАНДАРЭНКА");
        assert_eq!(got[1].1.as_deref(), Some("Belarusian"));
        assert_eq!(got[2].1.as_deref(), Some("Russian"));
    }

    #[test]
    fn one_word_alternatives_expand_for_people_only() {
        assert_eq!(
            names("Russian: Александр Владимирович Карниенко or Карниенка", true),
            ["Александр Владимирович Карниенко", "Александр Владимирович Карниенка"]
        );
        assert_eq!(
            names("Aleksander/ Aleksandr or Alexander /Alexandr Vladimirovich Karnienko", true),
            [
                "Aleksander Vladimirovich Karnienko",
                "Aleksandr Vladimirovich Karnienko",
                "Alexander Vladimirovich Karnienko",
                "Alexandr Vladimirovich Karnienko"
            ]
        );
        assert_eq!(
            names("Министерство финансов or МинФин; MinFin", false),
            ["Министерство финансов", "МинФин", "MinFin"]
        );
    }

    #[test]
    fn wrapped_lines_join_and_script_changes_split() {
        assert_eq!(
            names("Акционерное общество\n«Вятское машиностроительное\nпредприятие «АВИТЕК»", false),
            ["Акционерное общество «Вятское машиностроительное предприятие «АВИТЕК»"]
        );
        assert_eq!(
            names("Ali Ahmed Karti \nArabic: علي أحمد كرتي", true),
            ["Ali Ahmed Karti", "علي أحمد كرتي"]
        );
        assert_eq!(
            names("Myanma Five Star Line Company\nLimited", false),
            ["Myanma Five Star Line Company Limited"]
        );
    }

    #[test]
    fn commas_split_names_but_not_legal_forms() {
        assert_eq!(
            names("King Royal Technologies Co., Ltd., King Royal Ltd.", false),
            ["King Royal Technologies Co., Ltd.", "King Royal Ltd."]
        );
        assert_eq!(
            names("IRGC, Army of the Guardians, IRG, Sepah-e Eslami/GRI", false),
            ["IRGC", "Army of the Guardians", "IRG", "Sepah-e Eslami/GRI"]
        );
    }

    #[test]
    fn or_after_a_comma_and_stray_brackets_are_handled() {
        assert_eq!(
            names("Центральный институт машиностроения (ЦНИИМаш, АО)", false),
            ["Центральный институт машиностроения (ЦНИИМаш, АО)"]
        );
        assert_eq!(
            names("Alexander, or Alexandr Valerievich Kalinin", true),
            ["Alexander Valerievich Kalinin", "Alexandr Valerievich Kalinin"]
        );
        assert_eq!(
            names("(Юрий Николаевич ГОВТВИН / Юрiй Миколайович ГОВТВIН)", true),
            ["Юрий Николаевич ГОВТВИН", "Юрiй Миколайович ГОВТВIН"]
        );
        assert_eq!(
            names("Следственный Комитет Российской Федерации or СКР)", false),
            ["Следственный Комитет Российской Федерации", "СКР"]
        );
    }

    #[test]
    fn ids_are_slash_safe() {
        assert_eq!(regime_key("Russia / Russie"), "RU");
        assert_eq!(
            regime_key(
                "Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR) / Règlement \
                 relatif à la justice pour les victimes de dirigeants étrangers corrompus (RJVDEC)"
            ),
            "JVCFOR"
        );
        assert_eq!(
            regime_key("Hamas Terrorist Attacks / Attaques terroristes du Hamas"),
            "hamas-terrorist-attacks"
        );
        assert_eq!(slug("1, Part 1"), "1-part-1");
        assert_eq!(slug("1,Part 3"), "1-part-3");
        assert_eq!(slug("1.1"), "1.1");
    }
}

//! OFAC's labelled facts, shared by the legacy CSV and the XML parsers.
//!
//! OFAC keeps one database and prints it twice. The XML puts each identity document, birth
//! date and the like in its own element (`<id><idType>Passport</idType>…`), while the legacy
//! CSV writes the very same facts into the free-text Remarks column
//! (`DOB 12 Mar 1961; Passport 123 (Russia); Linked To: X.`). The labels are the same strings
//! in both (`idType` = the words before the number in a Remarks segment), so both parsers go
//! through the functions here: one date reader ([`date`]), one label table ([`id_label`]) and
//! one place that decides the [`IdKind`] ([`apply_id`]). A fix for one format fixes the other.
//!
//! Remarks segments understood by [`apply_remarks`] (each optionally preceded by `alt. `; the
//! counts are occurrences in the 2023-12-29 SDN set, after joining `sdn_comments.csv`):
//!
//! | segment | goes to | count |
//! |---|---|---|
//! | `DOB 12 Mar 1961`, `DOB Mar 1961`, `DOB 1961`, `DOB circa 1961`, `DOB 1960 to 1962`, `DOB 01 Jan 1961 to 31 Dec 1962`, `DOB circa 1979-1982` | `birth_dates` | 7,312 |
//! | `POB Moscow, Russia` | `birth_places` | 4,207 |
//! | `nationality Russia` | `nationalities` (ISO) | 4,624 |
//! | `citizen Russia` | `citizenships` (ISO) | 1,121 |
//! | `Gender Male` | `gender` | 4,003 |
//! | `a.k.a. 'NAME'`, `f.k.a. 'NAME'`, `n.k.a. 'NAME'` | `names`, kind Weak | 3,393 |
//! | `Linked To: NAME` | `links` | 5,968 |
//! | `Vessel Year of Build 1999` | `vessel.build_year` | 6 |
//! | a label from [`ID_LABELS`] + number, optional `(Country)`, `issued …`, `expires …` (`Passport`, `National ID No.`, `Tax ID No.`, `Registration Number`, `Registration ID`, `Vessel Registration Identification`, `MMSI`, `SWIFT/BIC`, `Legal Entity Number`, `Digital Currency Address - XBT`, `Cedula No.`, `C.U.R.P.`, `R.F.C.`, `NIT #`, aircraft tail and serial numbers, …; the most frequent: `Tax ID No.` 2,202, `Registration Number` 2,088, `Passport` 2,048, `National ID No.` 1,046, `Vessel Registration Identification` 771, `Digital Currency Address - …` 579) | `identifiers` | 13,807 |
//!
//! Everything else (`Secondary sanctions risk: …`, `Organization Established Date …`,
//! `Email Address …`, `Target Type …`, positions written in prose, …) stays only in `remarks`,
//! which always keeps the whole text.
//!
//! Why the Remarks aliases are Weak and not Alias/Former: OFAC writes its *weak* (low-quality)
//! aliases only into Remarks; the strong ones go to alt.csv. The consolidated set proves it:
//! cons_prim.csv (2025-12-19) holds 72 `a.k.a./f.k.a. '…'` segments and the XML of the same
//! list holds exactly 72 `<aka>` with `<category>weak</category>` (69 a.k.a., 3 f.k.a.). Both
//! formats therefore give these names the same kind.

use crate::countries;
use crate::model::{BirthDate, Entity, EntityKind, IdKind, Identifier, Name, NameKind};

/// Reads a date as OFAC writes it: `12 Mar 1961`, `Mar 1961`, `1961`, `circa 1961`,
/// `1960 to 1962`, `01 Jan 1961 to 31 Dec 1962`, `Mar 1962 to Feb 1963`, `circa 1979-1982`,
/// with or without a final full stop. ISO `1961-03-12` is accepted too. A range keeps only
/// what both ends share (the model stores a year range plus one month and day).
pub(crate) fn date(text: &str) -> Option<BirthDate> {
    let s = text.trim().trim_end_matches('.').trim();
    let (approximate, s) = match s.strip_prefix("circa ") {
        Some(rest) => (true, rest.trim()),
        None => (false, s),
    };
    let range = s.split_once(" to ").or_else(|| year_dash_year(s));
    let mut d = match range {
        Some((a, b)) => {
            let (a, b) = (point(a)?, point(b)?);
            let (from, to) = (a.year_from.min(b.year_from), a.year_to.max(b.year_to));
            let same_month = from == to && a.month == b.month;
            BirthDate {
                year_from: from,
                year_to: to,
                month: if same_month { a.month } else { None },
                day: if same_month && a.day == b.day { a.day } else { None },
                approximate: false,
            }
        }
        None => point(s)?,
    };
    d.approximate = approximate;
    Some(d)
}

/// `1979-1982` (once, under `circa`): two bare years joined by a hyphen. An ISO date also has
/// hyphens, hence the length checks.
fn year_dash_year(s: &str) -> Option<(&str, &str)> {
    let (a, b) = s.split_once('-')?;
    (a.len() == 4 && b.len() == 4 && !b.contains('-')).then_some((a, b))
}

/// One date without range or `circa`: `12 Mar 1961`, `Mar 1961`, `1961` or ISO.
fn point(s: &str) -> Option<BirthDate> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    let iso = match parts.as_slice() {
        [year] => (*year).to_string(),
        [mon, year] => format!("{year}-{:02}", super::month_number(mon)?),
        [day, mon, year] if day.len() <= 2 => {
            format!("{year}-{:02}-{:02}", super::month_number(mon)?, day.parse::<u8>().ok()?)
        }
        _ => return None,
    };
    // parse_iso checks that the month and day exist, so "31 Feb 1960" is refused here too.
    BirthDate::parse_iso(&iso)
}

/// The ISO code of a country as OFAC writes it: the shared table knows OFAC's own spellings
/// (`Palestinian`, `Man, Isle of`, …); only the `Region: Gaza` form (19 times in the 2023-12-29
/// set, naming Gaza, West Bank or Crimea) needs its label removed first.
pub(crate) fn country(name: &str) -> Option<&'static str> {
    let name = name.trim().trim_end_matches('.').trim();
    // "Region: Crimea" and the like name a territory; countries knows them without the label.
    let name = name.strip_prefix("Region: ").unwrap_or(name);
    countries::code_for(name)
}

/// What an OFAC identifier label says the number is, before the number and country refine it
/// (see [`apply_id`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// A number of this kind.
    Id(IdKind),
    /// `Vessel Registration Identification`: an IMO number, written `IMO 1234567` or bare.
    VesselRegistration,
    /// `Digital Currency Address - XBT`: the currency code follows the label.
    Crypto,
}

/// OFAC identifier labels (lowercase, without a trailing colon) and what they are. Only labels
/// that name a number of the party itself are here: phone numbers, e-mail addresses and
/// websites are not identifiers of the model and stay in the remarks, and so does the Chinese
/// Commercial Code, which spells a name, not a party. The list covers every identifier label
/// occurring at least 5 times in the 2023-12-29 SDN set, plus the rarer passport and
/// national-ID variants.
pub(crate) const ID_LABELS: &[(&str, Label)] = &[
    ("passport", Label::Id(IdKind::Passport)),
    ("diplomatic passport", Label::Id(IdKind::Passport)),
    ("passport booklet", Label::Id(IdKind::Passport)),
    ("british national overseas passport", Label::Id(IdKind::Passport)),
    ("stateless person passport", Label::Id(IdKind::Passport)),
    ("national id no.", Label::Id(IdKind::NationalId)),
    ("identification number", Label::Id(IdKind::NationalId)),
    ("cedula no.", Label::Id(IdKind::NationalId)),
    ("c.u.r.p.", Label::Id(IdKind::NationalId)),
    ("d.n.i.", Label::Id(IdKind::NationalId)),
    ("national foreign id number", Label::Id(IdKind::NationalId)),
    ("personal id card", Label::Id(IdKind::NationalId)),
    ("kenyan id no.", Label::Id(IdKind::NationalId)),
    ("turkish identification number", Label::Id(IdKind::NationalId)),
    ("numero de identidad", Label::Id(IdKind::NationalId)),
    ("c.u.i.", Label::Id(IdKind::NationalId)),
    ("c.u.i.p.", Label::Id(IdKind::NationalId)),
    ("electoral registry no.", Label::Id(IdKind::NationalId)),
    ("credencial electoral", Label::Id(IdKind::NationalId)),
    ("i.f.e.", Label::Id(IdKind::NationalId)),
    ("ssn", Label::Id(IdKind::NationalId)),
    ("residency number", Label::Id(IdKind::NationalId)),
    ("refugee id card", Label::Id(IdKind::NationalId)),
    ("tazkira national id card", Label::Id(IdKind::NationalId)),
    ("moroccan personal id no.", Label::Id(IdKind::NationalId)),
    ("bosnian personal id no.", Label::Id(IdKind::NationalId)),
    ("stateless person id card", Label::Id(IdKind::NationalId)),
    ("tax id no.", Label::Id(IdKind::TaxId)),
    ("r.f.c.", Label::Id(IdKind::TaxId)),
    ("rfc", Label::Id(IdKind::TaxId)),
    ("nit #", Label::Id(IdKind::TaxId)),
    ("ruc #", Label::Id(IdKind::TaxId)),
    ("rif #", Label::Id(IdKind::TaxId)),
    ("rtn", Label::Id(IdKind::TaxId)),
    ("v.a.t. number", Label::Id(IdKind::TaxId)),
    ("c.u.i.t.", Label::Id(IdKind::TaxId)),
    ("us fein", Label::Id(IdKind::TaxId)),
    ("italian fiscal code", Label::Id(IdKind::TaxId)),
    ("registration number", Label::Id(IdKind::Registration)),
    ("registration id", Label::Id(IdKind::Registration)),
    ("business registration number", Label::Id(IdKind::Registration)),
    ("business registration document #", Label::Id(IdKind::Registration)),
    ("commercial registry number", Label::Id(IdKind::Registration)),
    ("company number", Label::Id(IdKind::Registration)),
    ("uk company number", Label::Id(IdKind::Registration)),
    ("c.r. no.", Label::Id(IdKind::Registration)),
    ("trade license no.", Label::Id(IdKind::Registration)),
    ("folio mercantil no.", Label::Id(IdKind::Registration)),
    ("matricula mercantil no", Label::Id(IdKind::Registration)),
    ("unified social credit code (uscc)", Label::Id(IdKind::Registration)),
    ("united social credit code certificate (usccc)", Label::Id(IdKind::Registration)),
    ("economic register number (cbls)", Label::Id(IdKind::Registration)),
    ("chamber of commerce number", Label::Id(IdKind::Registration)),
    ("business number", Label::Id(IdKind::Registration)),
    ("central registration system number", Label::Id(IdKind::Registration)),
    ("istanbul chamber of comm. no.", Label::Id(IdKind::Registration)),
    ("public registration number", Label::Id(IdKind::Registration)),
    ("enterprise number", Label::Id(IdKind::Registration)),
    ("certificate of incorporation number", Label::Id(IdKind::Registration)),
    ("registered charity no.", Label::Id(IdKind::Registration)),
    ("branch unit number", Label::Id(IdKind::Registration)),
    ("dubai chamber of commerce membership no.", Label::Id(IdKind::Registration)),
    ("government gazette number", Label::Id(IdKind::Registration)),
    ("le number", Label::Id(IdKind::Registration)),
    ("d-u-n-s number", Label::Id(IdKind::Registration)),
    ("vessel registration identification", Label::VesselRegistration),
    ("mmsi", Label::Id(IdKind::Mmsi)),
    ("swift/bic", Label::Id(IdKind::Swift)),
    ("legal entity number", Label::Id(IdKind::Lei)),
    ("lei", Label::Id(IdKind::Lei)),
    ("digital currency address -", Label::Crypto),
    ("aircraft tail number", Label::Id(IdKind::Other)),
    ("aircraft manufacturer's serial number (msn)", Label::Id(IdKind::Other)),
    ("aircraft construction number (also called l/n or s/n or f/n)", Label::Id(IdKind::Other)),
    ("birth certificate number", Label::Id(IdKind::Other)),
    ("travel document number", Label::Id(IdKind::Other)),
    ("cartilla de servicio militar nacional", Label::Id(IdKind::Other)),
    ("driver's license no.", Label::Id(IdKind::Other)),
    ("bik (ru)", Label::Id(IdKind::Other)),
    ("isin", Label::Id(IdKind::Other)),
    ("license", Label::Id(IdKind::Other)),
];

/// The [`Label`] for an XML `idType` (or a whole Remarks label), ignoring case and a trailing
/// colon; crypto labels carry their currency code (`Digital Currency Address - ETH`).
pub(crate) fn id_label(label: &str) -> Option<Label> {
    let l = label.trim().trim_end_matches(':').trim_end().to_ascii_lowercase();
    if l.starts_with("digital currency address -") {
        return Some(Label::Crypto);
    }
    ID_LABELS.iter().find(|(name, _)| *name == l).map(|&(_, kind)| kind)
}

/// Splits a Remarks segment into a known identifier label and the rest
/// (`Tax ID No. 7707083893 (Russia)` → (`Tax ID No.`, `7707083893 (Russia)`)). The longest
/// label wins, so `Passport Booklet: A1` is not read as a passport numbered `Booklet: A1`.
fn split_id_segment(seg: &str) -> Option<(&str, &str)> {
    // "Digital Currency Address - XBT 1abc": the label includes the currency code.
    const CRYPTO: &str = "digital currency address - ";
    if seg.get(..CRYPTO.len()).is_some_and(|head| head.eq_ignore_ascii_case(CRYPTO)) {
        let code_end = seg[CRYPTO.len()..].find(' ')? + CRYPTO.len();
        return Some((&seg[..code_end], seg[code_end..].trim()));
    }
    let mut best: Option<(&str, &str)> = None;
    for (name, _) in ID_LABELS {
        let n = name.len();
        if seg.len() <= n || !seg.is_char_boundary(n) || !seg[..n].eq_ignore_ascii_case(name) {
            continue;
        }
        // The label must end at a word boundary: "RFC" must not match "RFCX 12".
        let rest = &seg[n..];
        let rest = rest.strip_prefix(':').unwrap_or(rest);
        if !rest.starts_with(' ') {
            continue;
        }
        if best.is_none_or(|(l, _)| l.len() < n) {
            best = Some((&seg[..n], rest.trim()));
        }
    }
    best.filter(|(_, rest)| !rest.is_empty())
}

/// Adds one identifier (label, number, country as written, issue/expiry notes) to `e`,
/// deciding its kind from the label, the number's shape and the country:
///
/// * an `IMO 1234567` number is an IMO number whatever the label (OFAC writes company IMO
///   numbers under `Identification Number` and `Company Number`);
/// * a Russian tax number of 10 or 12 digits is an INN, a Russian registration number of 13
///   or 15 digits an OGRN;
/// * a Kazakh 12-digit tax or registration number is a BIN (organisations) or IIN (people).
///
/// Returns false, adding nothing, for labels that are not identifiers.
pub(crate) fn apply_id(
    e: &mut Entity,
    label: &str,
    number: &str,
    country: Option<&str>,
    note: Option<String>,
) -> bool {
    let Some(kind) = id_label(label) else { return false };
    let mut number = number.trim().trim_end_matches('.').trim();
    let mut country = country;
    if country.is_none() {
        // The XML sometimes has no idCountry and the country in the number instead:
        // <idNumber>33556474 (Russia)</idNumber>, written as the CSV Remarks write it.
        (number, country, _) = split_id_value(number);
    }
    if number.is_empty() {
        return false;
    }
    let code = country.and_then(self::country);
    let digits = number.len();
    let all_digits = number.bytes().all(|b| b.is_ascii_digit());
    let imo = number
        .strip_prefix("IMO ")
        .map(str::trim)
        .filter(|n| n.len() == 7 && n.bytes().all(|b| b.is_ascii_digit()));
    let (kind, number) = match (kind, imo) {
        (_, Some(n)) => (IdKind::Imo, n),
        (Label::VesselRegistration, None) if digits == 7 && all_digits => (IdKind::Imo, number),
        (Label::VesselRegistration, None) => (IdKind::Registration, number),
        (Label::Crypto, None) => (IdKind::Crypto, number),
        (Label::Id(IdKind::TaxId), None)
            if code == Some("RU") && all_digits && (digits == 10 || digits == 12) =>
        {
            (IdKind::Inn, number)
        }
        (Label::Id(IdKind::Registration), None)
            if code == Some("RU") && all_digits && (digits == 13 || digits == 15) =>
        {
            (IdKind::Ogrn, number)
        }
        (Label::Id(IdKind::TaxId | IdKind::Registration), None)
            if code == Some("KZ") && all_digits && digits == 12 =>
        {
            let person = e.kind == EntityKind::Person;
            (if person { IdKind::Iin } else { IdKind::Bin }, number)
        }
        (Label::Id(kind), None) => (kind, number),
    };
    let id = Identifier {
        kind,
        label: label.trim().trim_end_matches(':').to_string(),
        number: number.to_string(),
        country: code.map(str::to_string),
        note,
    };
    push_unique(&mut e.identifiers, id);
    true
}

/// Reads the value part of a Remarks identifier: `123 (Russia) issued 01 Jan 2001 expires
/// 01 Jan 2011` → number `123`, country `Russia`, note `issued 01 Jan 2001; expires …`.
/// A bracketed group that is not a country (`HRA 738077 (Stuttgart) (Germany)`) stays in the
/// number, as written.
fn split_id_value(value: &str) -> (&str, Option<&str>, Option<String>) {
    let value = value.trim().trim_end_matches('.').trim_end();
    let mut notes = Vec::new();
    let mut rest = value;
    // "issued" comes before "expires" when both are there; cut from the right.
    for word in [" expires ", " issued "] {
        if let Some(i) = rest.find(word) {
            notes.insert(0, rest[i + 1..].trim().to_string());
            rest = rest[..i].trim_end();
        }
    }
    let mut written_country = None;
    if rest.ends_with(')') {
        if let Some(open) = rest.rfind('(') {
            let inner = rest[open + 1..rest.len() - 1].trim();
            if country(inner).is_some() {
                written_country = Some(inner);
                rest = rest[..open].trim_end();
            }
        }
    }
    let note = (!notes.is_empty()).then(|| notes.join("; "));
    (rest, written_country, note)
}

/// Reads the whole Remarks text of an OFAC record into `e` (see the module doc for the
/// segments understood) and keeps the text in `e.remarks`. Segments are separated by `;`
/// (OFAC writes `; `, but once `;` alone); an XML remark may wrap a segment in brackets,
/// `(Linked To: HAMAS)`.
pub(crate) fn apply_remarks(e: &mut Entity, text: &str) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    for raw in without_final_stop(text).split(';') {
        let seg = raw.trim();
        let seg = seg.strip_prefix('(').and_then(|s| s.strip_suffix(')')).unwrap_or(seg);
        let seg = seg.strip_prefix("alt. ").unwrap_or(seg).trim();
        apply_segment(e, seg);
    }
    e.remarks = Some(match e.remarks.take() {
        Some(before) => format!("{before}; {text}"),
        None => text.to_string(),
    });
}

/// The Remarks end with a full stop that belongs to the whole text, not to its last value
/// (`…; Linked To: HAMAS.`); inside, a value keeps its own (`Linked To: ABC CO., LTD.; …`).
/// OFAC writes one stop where a last value ends in an abbreviation (`Linked To: HUAWEI
/// TECHNOLOGIES CO., LTD.`, which the XML of the same list writes with its stop), so a stop
/// after an abbreviation stays.
fn without_final_stop(text: &str) -> &str {
    let Some(body) = text.strip_suffix('.') else { return text };
    let last = body.rsplit([' ', ',']).next().unwrap_or("");
    const ABBREVIATIONS: [&str; 10] =
        ["LTD", "CO", "CORP", "INC", "JR", "SR", "BHD", "LDA", "LTDA", "CIA"];
    let abbreviation =
        last.contains('.') || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(last));
    if abbreviation {
        text
    } else {
        body
    }
}

/// One Remarks segment; unknown segments are left alone (they stay in the remarks text).
fn apply_segment(e: &mut Entity, seg: &str) {
    let value = |prefix: &str| seg.strip_prefix(prefix).map(str::trim);
    if let Some(v) = value("DOB ") {
        if let Some(d) = date(v) {
            push_unique(&mut e.birth_dates, d);
        }
    } else if let Some(v) = value("POB ") {
        push_unique(&mut e.birth_places, v.to_string());
    } else if let Some(v) = value("nationality ") {
        if let Some(code) = country(v) {
            push_unique(&mut e.nationalities, code.to_string());
        }
    } else if let Some(v) = value("citizen ") {
        if let Some(code) = country(v) {
            push_unique(&mut e.citizenships, code.to_string());
        }
    } else if let Some(v) = value("Gender ") {
        e.gender = Some(v.to_string());
    } else if let Some(v) = value("Linked To: ") {
        push_unique(&mut e.links, v.to_string());
    } else if let Some(name) = quoted_alias(seg) {
        let name = person_name(name, NameKind::Weak, e.kind == EntityKind::Person);
        e.names.push(name);
    } else if let Some(v) = value("Vessel Year of Build ") {
        if let Ok(year) = v.parse::<u16>() {
            e.vessel.get_or_insert_with(Default::default).build_year = Some(year);
        }
    } else if let Some((label, rest)) = split_id_segment(seg) {
        let (number, country, note) = split_id_value(rest);
        apply_id(e, label, number, country, note);
    }
}

/// `a.k.a. 'NAME'` (also `f.k.a.`, `n.k.a.`) → `NAME`. The name runs to the *last* quote, as
/// names carry apostrophes themselves (`a.k.a. 'SHAYKH SA'ID'`).
fn quoted_alias(seg: &str) -> Option<&str> {
    let rest = ["a.k.a. '", "f.k.a. '", "n.k.a. '"].iter().find_map(|p| seg.strip_prefix(p))?;
    let end = rest.rfind('\'')?;
    let name = rest[..end].trim();
    (!name.is_empty()).then_some(name)
}

/// A name as OFAC writes it. For people, `SURNAME, Given Names` fills `family` and `given`
/// while `full` stays as written (the matcher does not depend on token order). Generational
/// suffixes (`DELOS REYES, Feliciano Semborio, Jr.`) are not given names and are left out of
/// `given`.
pub(crate) fn person_name(full: &str, kind: NameKind, person: bool) -> Name {
    let mut name = Name::new(full.trim(), kind);
    if person {
        let mut parts = full.split(',').map(str::trim).filter(|p| !p.is_empty());
        if let Some(family) = parts.next() {
            let given: Vec<&str> = parts.filter(|p| !is_suffix(p)).collect();
            if !given.is_empty() {
                name.family = Some(family.to_string());
                name.given = Some(given.join(" "));
            }
        }
    }
    name
}

fn is_suffix(part: &str) -> bool {
    matches!(part.to_ascii_lowercase().as_str(), "jr." | "jr" | "sr." | "sr" | "ii" | "iii" | "iv")
}

/// Pushes unless an equal item is there already: OFAC repeats facts (`DOB 1962; alt. DOB
/// 1962.`), and a list of equal values only adds noise to explanations.
pub(crate) fn push_unique<T: PartialEq>(v: &mut Vec<T>, item: T) {
    if !v.contains(&item) {
        v.push(item);
    }
}

/// Splits an XML id's free-standing note fields into one note (`issued …; expires …`).
pub(crate) fn id_note(issued: Option<String>, expires: Option<String>) -> Option<String> {
    let notes: Vec<String> =
        [issued.map(|d| format!("issued {d}")), expires.map(|d| format!("expires {d}"))]
            .into_iter()
            .flatten()
            .collect();
    (!notes.is_empty()).then(|| notes.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ListId;

    fn d(s: &str) -> String {
        date(s).map_or_else(|| "none".into(), |d| d.to_string())
    }

    #[test]
    fn every_ofac_date_form_is_read() {
        assert_eq!(d("12 Mar 1961"), "1961-03-12");
        assert_eq!(d("Mar 1961"), "1961-03");
        assert_eq!(d("1961"), "1961");
        assert_eq!(d("1961."), "1961");
        assert_eq!(d("circa 1960"), "circa 1960");
        assert_eq!(d("circa 07 Jul 1966"), "circa 1966-07-07");
        assert_eq!(d("1960 to 1962"), "1960–1962");
        assert_eq!(d("01 Jan 1961 to 31 Dec 1962"), "1961–1962");
        assert_eq!(d("26 Sep 1946 to 07 Dec 1946."), "1946");
        assert_eq!(d("Mar 1962 to Feb 1963"), "1962–1963");
        assert_eq!(d("circa 1979-1982"), "circa 1979–1982");
        assert_eq!(d("1961-03-12"), "1961-03-12");
    }

    #[test]
    fn impossible_or_foreign_dates_are_refused() {
        for bad in ["31 Feb 1960", "Marx 1961", "12 13 1961", "", "circa", "1960 to", "19 61"] {
            assert_eq!(date(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn id_values_split_into_number_country_and_dates() {
        assert_eq!(split_id_value("7707083893 (Russia)"), ("7707083893", Some("Russia"), None));
        let (n, c, note) = split_id_value("L 191609 issued 28 Feb 1996 expires 27 Feb 2001.");
        assert_eq!((n, c), ("L 191609", None));
        assert_eq!(note.as_deref(), Some("issued 28 Feb 1996; expires 27 Feb 2001"));
        let (n, c, _) = split_id_value("HRA 738077 (Stuttgart) (Germany)");
        assert_eq!((n, c), ("HRA 738077 (Stuttgart)", Some("Germany")));
    }

    #[test]
    fn russian_and_kazakh_numbers_get_their_precise_kinds() {
        let mut e = Entity::new(ListId::UsOfacSdn, "1", EntityKind::Organization);
        apply_remarks(
            &mut e,
            "Tax ID No. 7707083893 (Russia); Registration Number 1027700132195 (Russia); \
             Registration Number 1268139 (United Arab Emirates); Registration Number \
             110140012405 (Kazakhstan); Tax ID No. 7707083893 (Ukraine).",
        );
        let kinds: Vec<_> = e.identifiers.iter().map(|i| (i.kind, i.number.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (IdKind::Inn, "7707083893"),
                (IdKind::Ogrn, "1027700132195"),
                (IdKind::Registration, "1268139"),
                (IdKind::Bin, "110140012405"),
                (IdKind::TaxId, "7707083893"),
            ]
        );
        assert_eq!(e.identifiers[0].country.as_deref(), Some("RU"));
    }

    #[test]
    fn imo_numbers_are_found_under_any_label() {
        let mut e = Entity::new(ListId::UsOfacSdn, "1", EntityKind::Vessel);
        apply_remarks(
            &mut e,
            "Vessel Registration Identification IMO 7406784; Identification Number IMO \
             5342883; MMSI 572469210; Vessel Year of Build 1999.",
        );
        let ids: Vec<_> = e.identifiers.iter().map(|i| (i.kind, i.number.as_str())).collect();
        assert_eq!(
            ids,
            [(IdKind::Imo, "7406784"), (IdKind::Imo, "5342883"), (IdKind::Mmsi, "572469210")]
        );
        assert_eq!(e.vessel.and_then(|v| v.build_year), Some(1999));
    }

    #[test]
    fn remarks_segments_fill_the_fields_and_the_text_is_kept() {
        let mut e = Entity::new(ListId::UsOfacSdn, "1", EntityKind::Person);
        let text = "DOB 12 Mar 1961; alt. DOB 1962; POB Moscow, Russia; nationality Russia; \
                    citizen Cyprus; Gender Male; Passport 720000123 (Russia) expires 01 Jan \
                    2030; alt. Digital Currency Address - XBT 1AbC; a.k.a. 'SA'ID, Abu'; \
                    Secondary sanctions risk: section 1(b); Linked To: SOME BANK, JSC.";
        apply_remarks(&mut e, text);
        assert_eq!(e.birth_dates.len(), 2);
        assert_eq!(e.birth_places, ["Moscow, Russia"]);
        assert_eq!(
            (e.nationalities.as_slice(), e.citizenships.as_slice()),
            (&["RU".to_string()][..], &["CY".to_string()][..])
        );
        assert_eq!(e.gender.as_deref(), Some("Male"));
        assert_eq!(e.identifiers[0].note.as_deref(), Some("expires 01 Jan 2030"));
        assert_eq!(e.identifiers[1].kind, IdKind::Crypto);
        assert_eq!(e.identifiers[1].label, "Digital Currency Address - XBT");
        assert_eq!(e.names[0].full, "SA'ID, Abu");
        assert_eq!(
            (e.names[0].family.as_deref(), e.names[0].kind),
            (Some("SA'ID"), NameKind::Weak)
        );
        assert_eq!(e.links, ["SOME BANK, JSC"]);
        assert_eq!(e.identifiers.len(), 2, "the sanctions-risk note is not an identifier");
        assert_eq!(e.remarks.as_deref(), Some(text));
    }

    #[test]
    fn the_final_stop_is_dropped_unless_it_ends_an_abbreviation() {
        assert_eq!(without_final_stop("Linked To: HAMAS."), "Linked To: HAMAS");
        assert_eq!(without_final_stop("Linked To: X CO., LTD."), "Linked To: X CO., LTD.");
        assert_eq!(without_final_stop("Linked To: X, S.A."), "Linked To: X, S.A.");
        assert_eq!(without_final_stop("DOB 1947."), "DOB 1947");
        assert_eq!(without_final_stop("Gender Male"), "Gender Male");
    }

    #[test]
    fn labels_need_a_word_boundary_and_the_longest_wins() {
        assert_eq!(
            split_id_segment("Passport Booklet: A5199819"),
            Some(("Passport Booklet", "A5199819"))
        );
        assert_eq!(split_id_segment("RFCX 12"), None);
        assert_eq!(split_id_segment("Passport"), None);
        assert_eq!(id_label("Tax ID No."), Some(Label::Id(IdKind::TaxId)));
        assert_eq!(id_label("Secondary sanctions risk:"), None);
    }
}

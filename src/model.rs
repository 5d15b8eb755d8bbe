//! The one entity model every list parser produces and every other layer reads.
//!
//! Types here are stored in the binary dataset with `postcard`, which is not self-describing:
//! so no `skip_serializing_if`, `flatten` or untagged enums on these types. Empty vectors and
//! `None` cost a byte each, which is cheaper than the bugs a conditional field would bring.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Which official list a record comes from. The string forms (`un-sc`, …) are the stable ids
/// used in entity ids, the manifest and the command-line output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ListId {
    /// US OFAC Specially Designated Nationals and Blocked Persons list.
    #[serde(rename = "us-ofac-sdn")]
    UsOfacSdn,
    /// US OFAC Consolidated (non-SDN) lists.
    #[serde(rename = "us-ofac-cons")]
    UsOfacCons,
    /// UN Security Council Consolidated List.
    #[serde(rename = "un-sc")]
    UnSc,
    /// EU Consolidated Financial Sanctions List.
    #[serde(rename = "eu-fsf")]
    EuFsf,
    /// UK OFSI Consolidated List of asset freeze targets.
    #[serde(rename = "uk-ofsi")]
    UkOfsi,
    /// Canada Special Economic Measures Act list.
    #[serde(rename = "ca-sema")]
    CaSema,
    /// Australia DFAT Consolidated List.
    #[serde(rename = "au-dfat")]
    AuDfat,
    /// US trade.gov Consolidated Screening List.
    #[serde(rename = "us-csl")]
    UsCsl,
}

impl ListId {
    /// Every list id, in display order.
    pub const ALL: [ListId; 8] = [
        ListId::UsOfacSdn,
        ListId::UsOfacCons,
        ListId::UnSc,
        ListId::EuFsf,
        ListId::UkOfsi,
        ListId::CaSema,
        ListId::AuDfat,
        ListId::UsCsl,
    ];

    /// The stable short id, e.g. `un-sc`.
    pub fn as_str(self) -> &'static str {
        match self {
            ListId::UsOfacSdn => "us-ofac-sdn",
            ListId::UsOfacCons => "us-ofac-cons",
            ListId::UnSc => "un-sc",
            ListId::EuFsf => "eu-fsf",
            ListId::UkOfsi => "uk-ofsi",
            ListId::CaSema => "ca-sema",
            ListId::AuDfat => "au-dfat",
            ListId::UsCsl => "us-csl",
        }
    }

    /// The list's official title, for people.
    pub fn title(self) -> &'static str {
        match self {
            ListId::UsOfacSdn => "US OFAC Specially Designated Nationals (SDN) List",
            ListId::UsOfacCons => "US OFAC Consolidated (non-SDN) Sanctions List",
            ListId::UnSc => "UN Security Council Consolidated List",
            ListId::EuFsf => "EU Consolidated Financial Sanctions List",
            ListId::UkOfsi => "UK OFSI Consolidated List",
            ListId::CaSema => "Canada SEMA Consolidated Sanctions List",
            ListId::AuDfat => "Australia DFAT Consolidated List",
            ListId::UsCsl => "US Consolidated Screening List (trade.gov)",
        }
    }

    /// Parses the short id (`un-sc`).
    pub fn parse(s: &str) -> Option<ListId> {
        ListId::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

impl fmt::Display for ListId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of party a record describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A natural person.
    Person,
    /// A company, organisation, group or other legal entity.
    Organization,
    /// A ship.
    Vessel,
    /// An aircraft.
    Aircraft,
    /// The list does not say.
    #[default]
    Unknown,
}

impl EntityKind {
    /// The lowercase name used in files and JSON (`person`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Vessel => "vessel",
            EntityKind::Aircraft => "aircraft",
            EntityKind::Unknown => "unknown",
        }
    }

    /// Reads a kind as users and evaluation files write it. `any`, `unknown` and the empty
    /// string mean "no preference" and give `None`; FollowTheMoney schema names (`Person`,
    /// `Company`, `LegalEntity`, …) are understood too.
    pub fn parse_query(s: &str) -> Result<Option<EntityKind>, String> {
        let kind = match s.trim().to_ascii_lowercase().as_str() {
            "" | "any" | "unknown" | "thing" => return Ok(None),
            "person" | "individual" => EntityKind::Person,
            "organization" | "organisation" | "company" | "entity" | "legalentity"
            | "publicbody" => EntityKind::Organization,
            "vessel" | "ship" => EntityKind::Vessel,
            "aircraft" | "airplane" => EntityKind::Aircraft,
            other => {
                return Err(format!(
                    "unknown type {other:?}; use person, organization, vessel, aircraft or any"
                ))
            }
        };
        Ok(Some(kind))
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a name stands on the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NameKind {
    /// The list's main name for the party.
    Primary,
    /// A good-quality alias ("a.k.a.").
    Alias,
    /// A former name ("f.k.a.").
    Former,
    /// A low-quality or weak alias: broad, often a nickname; counts less when it matches.
    Weak,
}

/// One name of a listed party, as the list writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Name {
    /// The whole name as written (given names first where the list allows it).
    pub full: String,
    /// Its standing on the list.
    pub kind: NameKind,
    /// True when the list gives this as the name in its original (non-Latin) script.
    pub original_script: bool,
    /// Language or script the list names for it (`ru`, `Arabic`, …), when it says.
    pub lang: Option<String>,
    /// Given name(s), where the source separates them from the family name.
    pub given: Option<String>,
    /// Family name, where the source separates it.
    pub family: Option<String>,
}

impl Name {
    /// A name of the given kind with no script, language or name-part information.
    pub fn new(full: impl Into<String>, kind: NameKind) -> Name {
        Name {
            full: full.into(),
            kind,
            original_script: false,
            lang: None,
            given: None,
            family: None,
        }
    }
}

/// A birth date as precise as the list gives it: an exact day, a month, a year, or a range of
/// years; possibly marked approximate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BirthDate {
    /// First possible year.
    pub year_from: u16,
    /// Last possible year (equal to `year_from` unless the list gives a range).
    pub year_to: u16,
    /// Month (1–12), when known.
    pub month: Option<u8>,
    /// Day of month (1–31), when known.
    pub day: Option<u8>,
    /// The list says "approximately" / "circa".
    pub approximate: bool,
}

impl BirthDate {
    /// A single year.
    pub fn year(year: u16) -> BirthDate {
        BirthDate { year_from: year, year_to: year, month: None, day: None, approximate: false }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO order), checking that the parts exist
    /// (month 1–12, the day exists in that month, year 1800–2100).
    pub fn parse_iso(s: &str) -> Option<BirthDate> {
        let mut parts = s.trim().splitn(3, '-');
        let year: u16 = parse_digits(parts.next()?, 4)?;
        if !(1800..=2100).contains(&year) {
            return None;
        }
        let month = match parts.next() {
            Some(m) => Some(parse_digits::<u8>(m, 2).filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day = match (parts.next(), month) {
            (Some(d), Some(m)) => {
                Some(parse_digits::<u8>(d, 2).filter(|&d| d >= 1 && d <= days_in(year, m))?)
            }
            _ => None,
        };
        Some(BirthDate { year_from: year, year_to: year, month, day, approximate: false })
    }
}

fn parse_digits<T: std::str::FromStr>(s: &str, len: usize) -> Option<T> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn days_in(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for BirthDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            f.write_str("circa ")?;
        }
        if self.year_from != self.year_to {
            return write!(f, "{}–{}", self.year_from, self.year_to);
        }
        write!(f, "{:04}", self.year_from)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// What an identifier is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdKind {
    /// Passport number.
    Passport,
    /// National identity document or number.
    NationalId,
    /// A tax number not covered by a more precise kind.
    TaxId,
    /// Russian taxpayer number (ИНН).
    Inn,
    /// Kazakh business identification number (БИН).
    Bin,
    /// Kazakh individual identification number (ИИН).
    Iin,
    /// Russian state registration number (ОГРН).
    Ogrn,
    /// Company or other registration number.
    Registration,
    /// IMO ship or company number.
    Imo,
    /// Maritime Mobile Service Identity.
    Mmsi,
    /// SWIFT/BIC code.
    Swift,
    /// Legal Entity Identifier.
    Lei,
    /// A digital currency address.
    Crypto,
    /// Anything else; the list's label is kept in [`Identifier::label`].
    Other,
}

/// An identifying number of a listed party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identifier {
    /// What it is.
    pub kind: IdKind,
    /// The list's own label for it (e.g. "National Identification Number").
    pub label: String,
    /// The number as written.
    pub number: String,
    /// Issuing country, ISO 3166-1 alpha-2, when known.
    pub country: Option<String>,
    /// Extra text from the list (issue date, "expired", …).
    pub note: Option<String>,
}

/// A postal address of a listed party.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Address {
    /// Street lines.
    pub street: Option<String>,
    /// City or town.
    pub city: Option<String>,
    /// State, province or region.
    pub region: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Country, ISO 3166-1 alpha-2, when the list's country name could be read.
    pub country: Option<String>,
    /// The country exactly as the list writes it.
    pub country_name: Option<String>,
    /// Extra text ("as of 2016").
    pub note: Option<String>,
}

/// Descriptive details of a listed ship (identifying numbers such as IMO and MMSI are kept in
/// [`Entity::identifiers`], where identifier matching looks for them).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Vessel {
    /// Radio call sign.
    pub call_sign: Option<String>,
    /// Type of vessel ("Crude Oil Tanker").
    pub vessel_type: Option<String>,
    /// Flag state, ISO alpha-2, when the list's name could be read.
    pub flag: Option<String>,
    /// Flag state as the list writes it.
    pub flag_name: Option<String>,
    /// Tonnage as written.
    pub tonnage: Option<String>,
    /// Gross registered tonnage as written.
    pub gross_registered_tonnage: Option<String>,
    /// Owner or operator as written.
    pub owner: Option<String>,
    /// Year built, when given.
    pub build_year: Option<u16>,
}

/// A listed party: a person, company, vessel or aircraft, with everything the list says of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// `<list id>:<the list's own id>`, e.g. `un-sc:QDi.001`; stable across rebuilds.
    pub id: String,
    /// The list it comes from.
    pub list: ListId,
    /// Person, organization, vessel, aircraft or unknown.
    pub kind: EntityKind,
    /// All names; the first is the primary name.
    pub names: Vec<Name>,
    /// Birth dates (people) or build dates (vessels), as precise as the list gives them.
    pub birth_dates: Vec<BirthDate>,
    /// Places of birth as written.
    pub birth_places: Vec<String>,
    /// Nationalities, ISO alpha-2.
    pub nationalities: Vec<String>,
    /// Citizenships, ISO alpha-2 (lists that distinguish them from nationality).
    pub citizenships: Vec<String>,
    /// Addresses.
    pub addresses: Vec<Address>,
    /// Identity documents and registration numbers.
    pub identifiers: Vec<Identifier>,
    /// Sanctions programmes or regimes (e.g. `DPRK`, `RUSSIA-EO14024`).
    pub programs: Vec<String>,
    /// Titles, designations and positions.
    pub positions: Vec<String>,
    /// Gender as the list gives it.
    pub gender: Option<String>,
    /// Date of listing, ISO `YYYY-MM-DD` when known.
    pub listed_on: Option<String>,
    /// Free-text remarks from the list.
    pub remarks: Option<String>,
    /// Ship details, for vessels.
    pub vessel: Option<Vessel>,
    /// Parties the list links this one to ("Linked To: …" in OFAC remarks, parent companies),
    /// as the list writes them.
    pub links: Vec<String>,
}

impl Entity {
    /// An empty entity with an id, list and kind; parsers fill in the rest.
    pub fn new(list: ListId, own_id: &str, kind: EntityKind) -> Entity {
        Entity {
            id: format!("{}:{}", list.as_str(), own_id),
            list,
            kind,
            names: Vec::new(),
            birth_dates: Vec::new(),
            birth_places: Vec::new(),
            nationalities: Vec::new(),
            citizenships: Vec::new(),
            addresses: Vec::new(),
            identifiers: Vec::new(),
            programs: Vec::new(),
            positions: Vec::new(),
            gender: None,
            listed_on: None,
            remarks: None,
            vessel: None,
            links: Vec::new(),
        }
    }

    /// The primary name (the first one), or an empty string for a record without names.
    pub fn primary_name(&self) -> &str {
        self.names.first().map_or("", |n| n.full.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_parse_at_each_precision() {
        assert_eq!(BirthDate::parse_iso("1971"), Some(BirthDate::year(1971)));
        let d = BirthDate::parse_iso("1966-07-06").unwrap();
        assert_eq!((d.year_from, d.month, d.day), (1966, Some(7), Some(6)));
        let m = BirthDate::parse_iso("1966-07").unwrap();
        assert_eq!((m.month, m.day), (Some(7), None));
    }

    #[test]
    fn impossible_dates_are_refused() {
        for bad in
            ["", "71", "19711", "1971-13", "1971-02-30", "2023-02-29", "abcd", "1700", "1971-1-1"]
        {
            assert_eq!(BirthDate::parse_iso(bad), None, "{bad:?}");
        }
        assert!(BirthDate::parse_iso("2024-02-29").is_some());
    }

    #[test]
    fn list_ids_round_trip_through_their_short_form() {
        for id in ListId::ALL {
            assert_eq!(ListId::parse(id.as_str()), Some(id));
            let json = serde_json::to_string(&id).unwrap();
            assert_eq!(json, format!("\"{}\"", id.as_str()));
        }
    }

    #[test]
    fn query_kinds_accept_schema_names() {
        assert_eq!(EntityKind::parse_query("Company"), Ok(Some(EntityKind::Organization)));
        assert_eq!(EntityKind::parse_query("LegalEntity"), Ok(Some(EntityKind::Organization)));
        assert_eq!(EntityKind::parse_query(""), Ok(None));
        assert!(EntityKind::parse_query("banana").is_err());
    }
}

//! The countries served, as data: one folder each, `data/countries/<CC>/`:
//! - `country.toml`: its currency and decimals and how customers write it, its languages in order of preference, its time
//!   zones, its calling code, and its plan-change rules;
//! - `catalogue.toml`: its plans and add-ons (TMF620), named and described in English and in
//!   each of its languages ([`crate::tariff::catalogue`]);
//! - `shops.toml`: its shops' usual weekly hours, streets, address and phone formats, and how
//!   its shops write prices; `holidays.toml`: its public holidays, by day;
//! - `towns.tsv`: its towns and districts for the locator, and how many demo shops each has;
//! - `customers.toml`: its demo customers and their lines (the demo's sign-in chooser).
//!
//! Adding a country is adding a folder; no code names a country. The files are embedded at
//! build time (`build.rs`) and checked when the server starts, which refuses to start on a
//! missing or malformed file and names it (with the line, for a syntax error; with the field
//! or the offering, for a value out of bounds). The plan-change rules are written to the
//! database at every start (`seed::sync_country_rules`), so a changed folder takes effect with
//! a deployment; the catalogue, shops and holidays seed a new database.

use crate::tariff::catalogue::Offering;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The files of a country's folder, each required and none empty.
pub const FILES: [&str; 6] = [
    "country.toml",
    "catalogue.toml",
    "shops.toml",
    "holidays.toml",
    "towns.tsv",
    "customers.toml",
];

include!(concat!(env!("OUT_DIR"), "/countries_data.rs"));

/// One country, as its file says.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2, the folder's name.
    #[serde(skip_deserializing)]
    pub code: String,
    /// ISO 4217.
    pub currency: String,
    /// Minor units of the currency: 2 for the euro, 3 for the Jordanian dinar, 0 for the CFA franc.
    pub currency_decimals: u8,
    /// How customers write the currency in a message ("zł", "fcfa", "دينار"): the assistant
    /// reads an amount as a number beside one of them. A word several countries use ("lei",
    /// "dinar") is the customer's own country's currency.
    #[serde(default)]
    pub currency_words: Vec<String>,
    /// BCP 47 tags, the country's default first.
    pub languages: Vec<String>,
    /// IANA time zones, the capital's first.
    pub time_zones: Vec<String>,
    /// The clock its times are written on where CLDR's default for its languages is not it
    /// (Unicode's `hc`: `h23` for 24 hours, `h12`); none: CLDR's.
    #[serde(default)]
    pub hour_cycle: Option<String>,
    /// The digits its customers read in Arabic where they are not Latin (`arab`: Arabic-Indic,
    /// as CLDR's default for `ar-EG`); none: Latin. For the assistant's own numbers, as the
    /// widget's Intl writes the rest.
    #[serde(default)]
    pub digits: Option<String>,
    /// The international calling code, digits only.
    pub calling_code: String,
    /// May a line move between prepaid and postpaid.
    pub payment_change: bool,
    /// Days between two plan changes of a line.
    pub days_between_changes: u32,
    /// Its plans and add-ons (`catalogue.toml`).
    #[serde(skip)]
    pub catalogue: Vec<Offering>,
    /// How its shops keep hours and write addresses and prices (`shops.toml`).
    #[serde(skip)]
    pub shops: Shops,
    /// Its public holidays: day (`2026-12-25`) → name in its first language (`holidays.toml`).
    #[serde(skip)]
    pub holidays: BTreeMap<String, String>,
    /// Its places for the locator (`towns.tsv`), the country itself first.
    #[serde(skip)]
    pub towns: Vec<Town>,
    /// Its demo customers (`customers.toml`).
    #[serde(skip)]
    pub customers: Vec<crate::seed::CustomerData>,
    /// Demo scratch cards for its prepaid lines (`[[voucher]]` of `customers.toml`).
    #[serde(skip)]
    pub vouchers: Vec<crate::seed::VoucherData>,
}

/// A country's shop conventions (`shops.toml`).
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Shops {
    /// Weekly hours (`1 0900-1900,6 1000-1300`: ISO weekday, then its periods), the usual
    /// first; the seed gives each shop one of them.
    pub hours: Vec<String>,
    /// Streets the demo shops are on; after `|`, the same street in another of the country's
    /// languages (`Rue Neuve|nl:Nieuwstraat`, `Tahrir Street|شارع التحرير`: see [`name_in`]).
    pub streets: Vec<String>,
    /// How an address is written: `{n}` the number, `{street}` the street.
    pub address: String,
    /// How it is written in another of its languages, where that differs (`ar = "{n} {street}"`).
    #[serde(default)]
    pub address_in: BTreeMap<String, String>,
    /// The streets of a town's shops, and its districts', where they are its own (a town of
    /// `towns.tsv` by its main name): `Brussel = ["Rue Neuve|nl:Nieuwstraat"]`. Other towns'
    /// shops are on `streets`.
    #[serde(default)]
    pub streets_in: BTreeMap<String, Vec<String>>,
    /// A shop's phone number, `#` for each digit the seed makes up.
    pub phone: String,
    /// Do its shops say how many of a product they have (or only "in stock")?
    pub show_quantity: bool,
    /// Do most of its shops take mobile money?
    pub mobile_money: bool,
    /// Shop prices: minor units of the currency per euro of a product's reference price, the
    /// step prices are rounded up to and what they end on below it (`price_step = 1000`,
    /// `price_ending = 100`: 1 899 zł).
    pub per_euro: f64,
    pub price_step: i64,
    pub price_ending: i64,
    /// Days every shop keeps other hours (`"2026-12-24" = "1000-1600"`; empty: closed).
    #[serde(default)]
    pub short_days: BTreeMap<String, String>,
}

/// A place of `towns.tsv`.
#[derive(Clone, Debug, PartialEq)]
pub struct Town {
    /// `country`, `town` or `district`.
    pub kind: String,
    /// The first name is the main one; the others are the same place in other languages (all
    /// of them found by the locator's search).
    pub names: Vec<String>,
    /// The language each name is tagged with in the file (`fr:Bruxelles`), if it is.
    pub tags: Vec<Option<String>>,
    pub postcode: Option<String>,
    pub lat: f64,
    pub lon: f64,
    /// The town a district is in.
    pub parent: Option<String>,
    /// How many demo shops the seed places there.
    pub shops: u32,
}

/// Every country's files (country code, path, contents; a missing file is empty) parsed and
/// checked, by code; or what is wrong, naming the file and line.
pub fn load(files: &[(&str, &str, &str)]) -> Result<Vec<Country>, String> {
    let mut codes: Vec<&str> = files.iter().map(|f| f.0).collect();
    codes.dedup();
    let mut countries = Vec::with_capacity(codes.len());
    for code in codes {
        let file = |name: &str| {
            files
                .iter()
                .find(|f| f.0 == code && f.1.ends_with(&format!("/{name}")))
                .map(|f| (f.1, f.2))
                .ok_or_else(|| format!("data/countries/{code}/{name}: missing"))
        };
        let toml_file = |name: &str| -> Result<(&str, &str), String> {
            let (path, text) = file(name)?;
            if text
                .lines()
                .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
            {
                return Err(format!("{path}: missing or empty"));
            }
            Ok((path, text))
        };
        let syntax =
            |path: &str, e: toml::de::Error| format!("{path}: {}", e.to_string().trim_end());
        let (path, text) = toml_file("country.toml")?;
        let mut country: Country = toml::from_str(text).map_err(|e| syntax(path, e))?;
        country.code = code.to_owned();
        check(&country).map_err(|e| format!("{path}: {e}"))?;

        let (path, text) = toml_file("catalogue.toml")?;
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Catalogue {
            offering: Vec<Offering>,
        }
        let catalogue: Catalogue = toml::from_str(text).map_err(|e| syntax(path, e))?;
        country.catalogue = catalogue.offering;
        crate::tariff::catalogue::check(&country).map_err(|e| format!("{path}: {e}"))?;

        let (path, text) = toml_file("shops.toml")?;
        country.shops = toml::from_str(text).map_err(|e| syntax(path, e))?;
        check_shops(&country.shops).map_err(|e| format!("{path}: {e}"))?;

        let (path, text) = toml_file("holidays.toml")?;
        country.holidays = toml::from_str(text).map_err(|e| syntax(path, e))?;
        for (day, name) in &country.holidays {
            if !is_day(day) || name.trim().is_empty() {
                return Err(format!("{path}: {day:?} = {name:?} is not a day (2026-12-25) of 2026 to 2030 with a name"));
            }
        }

        let (path, text) = toml_file("towns.tsv")?;
        country.towns = towns(text).map_err(|e| format!("{path}: {e}"))?;
        if let Some(lang) = country.shops.address_in.keys().find(|l| {
            !country
                .languages
                .iter()
                .any(|c| crate::server::validate::language(c) == l.as_str())
        }) {
            return Err(format!("data/countries/{code}/shops.toml: address_in: {lang:?} is not one of the country's languages"));
        }
        if let Some(town) = country.shops.streets_in.keys().find(|t| {
            !country
                .towns
                .iter()
                .any(|g| g.kind == "town" && &g.names[0] == *t)
        }) {
            return Err(format!("data/countries/{code}/shops.toml: streets_in: {town:?} is not the main name of a town of towns.tsv"));
        }

        let (path, text) = toml_file("customers.toml")?;
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Customers {
            customer: Vec<crate::seed::CustomerData>,
            #[serde(default)]
            voucher: Vec<crate::seed::VoucherData>,
        }
        let customers: Customers = toml::from_str(text).map_err(|e| syntax(path, e))?;
        country.customers = customers.customer;
        country.vouchers = customers.voucher;
        crate::seed::check_customers(&country).map_err(|e| format!("{path}: {e}"))?;
        countries.push(country);
    }
    if countries.is_empty() {
        return Err("data/countries: no country".to_owned());
    }
    Ok(countries)
}

/// A day written `2026-12-25`, of 2026 to 2030.
fn is_day(day: &str) -> bool {
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok_and(|d| {
        d.format("%Y-%m-%d").to_string() == day
            && (2026..=2030).contains(&chrono::Datelike::year(&d))
    })
}

fn check_shops(s: &Shops) -> Result<(), String> {
    if s.hours.is_empty() || s.streets.is_empty() {
        return Err("hours and streets need one at least".to_owned());
    }
    if let Some(week) = s
        .hours
        .iter()
        .find(|w| crate::server::hours::parse_week(w).is_none())
    {
        return Err(format!(
            "hours {week:?} is not `1 0900-1900,6 1000-1300` (ISO weekday, then its periods)"
        ));
    }
    for address in std::iter::once(&s.address).chain(s.address_in.values()) {
        if !address.contains("{n}") || !address.contains("{street}") {
            return Err(format!("address {address:?} needs {{n}} and {{street}}"));
        }
    }
    if s.streets_in.values().any(Vec::is_empty) {
        return Err("streets_in: a town with no street".to_owned());
    }
    if let Some(street) = s
        .streets
        .iter()
        .chain(s.streets_in.values().flatten())
        .find(|s| untag(s.split('|').next().unwrap_or_default()).0.is_some())
    {
        return Err(format!(
            "street {street:?}: its main name has a language tag"
        ));
    }
    if let Some(street) = s
        .streets
        .iter()
        .chain(s.streets_in.values().flatten())
        .find(|s| {
            s.split('|')
                .map(|n| untag(n).1)
                .any(|n| n.trim().is_empty() || n.trim() != n)
        })
    {
        return Err(format!(
            "street {street:?} has an empty name or spaces around one"
        ));
    }
    if !s.phone.starts_with('+') || !s.phone.contains('#') {
        return Err(format!(
            "phone {:?} is not an international number with # for digits",
            s.phone
        ));
    }
    if !(1e-3..=1e6).contains(&s.per_euro)
        || !(1..=1_000_000).contains(&s.price_step)
        || !(0..s.price_step).contains(&s.price_ending)
    {
        return Err(format!(
            "per_euro = {}, price_step = {}, price_ending = {}: per_euro is 0.001 to 1,000,000, price_step 1 to 1,000,000, price_ending from 0 to below price_step",
            s.per_euro, s.price_step, s.price_ending
        ));
    }
    for (day, hours) in &s.short_days {
        if !is_day(day) || crate::server::hours::parse_periods(hours).is_none() {
            return Err(format!("short_days: {day:?} = {hours:?} is not a day and its hours (`1000-1600`, empty: closed)"));
        }
    }
    Ok(())
}

/// Parses `towns.tsv`: kind, names (`|` between), postcode, lat, lon, parent, shops; `-` for none.
fn towns(text: &str) -> Result<Vec<Town>, String> {
    let mut towns: Vec<Town> = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let bad = |what: &str| format!("line {}: {what}", n + 1);
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 7 {
            return Err(bad(&format!("{} tab-separated fields, not 7", f.len())));
        }
        let opt = |s: &str| (s != "-").then(|| s.to_owned());
        let kind = f[0].to_owned();
        if !["country", "town", "district"].contains(&kind.as_str()) {
            return Err(bad(&format!(
                "kind {kind:?} is not country, town or district"
            )));
        }
        let (lat, lon) = (f[3].parse::<f64>(), f[4].parse::<f64>());
        let (Ok(lat), Ok(lon)) = (lat, lon) else {
            return Err(bad("latitude and longitude are numbers"));
        };
        if !(-85.0..=85.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(bad(&format!(
                "latitude {lat} or longitude {lon} out of range (±85, ±180)"
            )));
        }
        let parent = opt(f[5]);
        if let Some(p) = &parent {
            if !towns.iter().any(|t| t.names.contains(p)) {
                return Err(bad(&format!("the parent {p:?} is not a place above")));
            }
        }
        let shops: u32 = f[6]
            .parse()
            .ok()
            .filter(|n| *n <= 1000)
            .ok_or_else(|| bad(&format!("shops {:?} is not a count up to 1,000", f[6])))?;
        let (tags, names): (Vec<Option<String>>, Vec<String>) = f[1]
            .split('|')
            .map(untag)
            .map(|(t, n)| (t.map(str::to_owned), n.to_owned()))
            .unzip();
        if names.iter().any(|n| n.trim().is_empty()) || tags[0].is_some() {
            return Err(bad("an empty name, or a language tag on the main name"));
        }
        // Its shops' ids are made of its first name in Latin letters: one, and its own.
        if shops > 0 {
            let slug = crate::server::text::fold(&names[0]);
            if !slug.bytes().any(|b| b.is_ascii_alphanumeric()) {
                return Err(bad(&format!(
                    "a place with shops has a first name in Latin letters, not {:?}",
                    names[0]
                )));
            }
            if towns
                .iter()
                .any(|t| t.shops > 0 && crate::server::text::fold(&t.names[0]) == slug)
            {
                return Err(bad(&format!(
                    "another place with shops has the name {:?}",
                    names[0]
                )));
            }
        }
        towns.push(Town {
            kind,
            names,
            tags,
            postcode: opt(f[2]),
            lat,
            lon,
            parent,
            shops,
        });
    }
    if towns.first().is_none_or(|t| t.kind != "country") {
        return Err("the first place is the country".to_owned());
    }
    if towns.iter().all(|t| t.shops == 0) {
        return Err("no place has shops".to_owned());
    }
    Ok(towns)
}

fn check(c: &Country) -> Result<(), String> {
    let upper = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_uppercase());
    if !upper(&c.code, 2) {
        return Err(format!(
            "the folder's name {:?} is not a country code (two capital letters)",
            c.code
        ));
    }
    if !upper(&c.currency, 3) {
        return Err(format!("currency {:?} is not an ISO 4217 code", c.currency));
    }
    if c.currency_decimals > 3 {
        return Err(format!(
            "currency_decimals {} is more than 3",
            c.currency_decimals
        ));
    }
    // One word as the assistant reads messages (folded), or a sign it keeps ("€").
    if let Some(word) = c.currency_words.iter().find(|w| {
        w.is_empty()
            || w.contains(char::is_whitespace)
            || crate::server::text::fold(w).contains(' ')
    }) {
        return Err(format!("currency_words: {word:?} is not one word"));
    }
    if c.languages.is_empty() {
        return Err("languages is empty".to_owned());
    }
    for tag in &c.languages {
        let parsed: Result<unic_langid::LanguageIdentifier, _> = tag.parse();
        if parsed.is_err() || !tag.contains('-') {
            return Err(format!(
                "language {tag:?} is not a BCP 47 tag with a region (such as fr-SN)"
            ));
        }
    }
    if c.time_zones.is_empty() {
        return Err("time_zones is empty".to_owned());
    }
    for zone in &c.time_zones {
        if zone.parse::<chrono_tz::Tz>().is_err() {
            return Err(format!("time zone {zone:?} is not in the IANA database"));
        }
    }
    if let Some(cycle) = c
        .hour_cycle
        .as_deref()
        .filter(|h| !["h11", "h12", "h23", "h24"].contains(h))
    {
        return Err(format!(
            "hour_cycle {cycle:?} is not one of h11, h12, h23, h24"
        ));
    }
    if let Some(digits) = c.digits.as_deref().filter(|d| *d != "arab") {
        return Err(format!(
            "digits {digits:?} is not arab (Latin digits need no line)"
        ));
    }
    if c.calling_code.is_empty()
        || c.calling_code.len() > 3
        || !c.calling_code.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(format!(
            "calling_code {:?} is not one to three digits",
            c.calling_code
        ));
    }
    if c.days_between_changes > 365 {
        return Err(format!(
            "days_between_changes {} is more than a year",
            c.days_between_changes
        ));
    }
    Ok(())
}

/// `text` with its digits as customers of `country` read them in `lang` (Arabic-Indic in
/// Arabic where the country's data says so: "٥٠", not "50").
pub fn digits_in(country: &str, lang: &str, text: &str) -> String {
    let arab = lang == "ar" && get(country).is_some_and(|c| c.digits.as_deref() == Some("arab"));
    if !arab {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(char::is_ascii_digit)
    };
    (0..chars.len())
        .map(|i| match chars[i] {
            c if c.is_ascii_digit() => char::from_u32(0x660 + (c as u32 - '0' as u32)).unwrap_or(c),
            // The Arabic decimal separator between digits.
            '.' if digit(i.checked_sub(1)) && digit(Some(i + 1)) => '\u{66b}',
            c => c,
        })
        .collect()
}

/// Is `lang` written in another script than the Latin alphabet, and which (a test of a letter)?
fn script(lang: &str) -> Option<fn(char) -> bool> {
    match lang {
        "ar" => Some(|c| ('\u{600}'..='\u{6ff}').contains(&c)),
        "ru" => Some(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
        _ => None,
    }
}

/// A name as the data writes it, and the language it is tagged with (`fr:Bruxelles`), if any.
pub fn untag(written: &str) -> (Option<&str>, &str) {
    match written.split_once(':') {
        Some((tag, name))
            if (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase()) =>
        {
            (Some(tag), name)
        }
        _ => (None, written),
    }
}

/// A place's or street's name in `lang`, among its names (the main one first, the others
/// after it, each with its tag): the one tagged `lang`, else, where `lang` is written in
/// another script than Latin (Arabic, Cyrillic), the first untagged name written in it;
/// `None` where the main name serves.
pub fn name_in<'a>(
    names: impl IntoIterator<Item = (Option<&'a str>, &'a str)> + Clone,
    lang: &str,
) -> Option<&'a str> {
    if let Some((_, name)) = names
        .clone()
        .into_iter()
        .find(|(tag, _)| *tag == Some(lang))
    {
        return Some(name);
    }
    let written = script(lang)?;
    names
        .into_iter()
        .find(|(tag, n)| tag.is_none() && n.chars().any(written))
        .map(|(_, n)| n)
}

impl Town {
    /// Its name in `lang` ([`name_in`]).
    pub fn name_in(&self, lang: &str) -> Option<&str> {
        name_in(
            self.tags
                .iter()
                .map(Option::as_deref)
                .zip(self.names.iter().map(String::as_str)),
            lang,
        )
    }
}

/// A town or district of `country` known by any of its names, as a screen in `lang` names it:
/// in `lang` where that is one of the country's languages and the data has the name in it
/// ([`Town::name_in`]), else by its main name; `None` for a place the data does not have.
pub fn place_named(country: &str, name: &str, lang: &str) -> Option<&'static str> {
    let c = get(country)?;
    let town = c
        .towns
        .iter()
        .find(|t| t.kind != "country" && t.names.iter().any(|n| n == name))?;
    let spoken = c
        .languages
        .iter()
        .any(|l| crate::server::validate::language(l) == lang);
    Some(
        spoken
            .then(|| town.name_in(lang))
            .flatten()
            .unwrap_or(&town.names[0]),
    )
}

/// A street's name in `lang` ([`name_in`]): `Nieuwstraat|fr:Rue Neuve`.
pub fn street_in<'a>(street: &'a str, lang: &str) -> Option<&'a str> {
    name_in(street.split('|').skip(1).map(untag), lang)
}

static COUNTRIES: LazyLock<Result<Vec<Country>, String>> = LazyLock::new(|| load(COUNTRY_FILES));

/// At start-up: the countries' files are all there and well formed, or what is wrong.
pub fn check_all() -> Result<usize, String> {
    COUNTRIES.as_ref().map(Vec::len).map_err(Clone::clone)
}

/// Every country served (none if their files are wrong: the server does not start then).
pub fn all() -> &'static [Country] {
    COUNTRIES.as_deref().unwrap_or(&[])
}

/// A country by its code (any case).
pub fn get(code: &str) -> Option<&'static Country> {
    all().iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

/// A country's main time zone (its capital's), UTC for a country not served.
pub fn zone(code: &str) -> chrono_tz::Tz {
    get(code)
        .and_then(|c| c.time_zones.first())
        .and_then(|z| z.parse().ok())
        .unwrap_or(chrono_tz::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_file_is_well_formed() {
        let countries = load(COUNTRY_FILES).unwrap();
        let codes: Vec<&str> = countries.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "BE", "BF", "BW", "CD", "CF", "CI", "CM", "EG", "ES", "FR", "GN", "GW", "JO", "LR",
                "LU", "MA", "MD", "MG", "ML", "PL", "RE", "RO", "SK", "SL", "SN", "TN"
            ]
        );
        for (code, decimals) in [
            ("JO", 3),
            ("TN", 3),
            ("SN", 0),
            ("CM", 0),
            ("GN", 0),
            ("MG", 0),
            ("MA", 2),
            ("CD", 2),
        ] {
            assert_eq!(get(code).unwrap().currency_decimals, decimals, "{code}");
        }
        // Every country says how its customers write its currency (the assistant's amounts).
        for c in &countries {
            assert!(
                !c.currency_words.is_empty(),
                "{}: no currency_words",
                c.code
            );
        }
        assert_eq!(get("EG").unwrap().languages[0], "ar-EG");
        assert_eq!(get("MA").unwrap().languages, ["ar-MA", "fr-MA"]);
        assert_eq!(get("MD").unwrap().languages, ["ro-MD", "ru-MD"]);
        assert_eq!(
            get("CD").unwrap().time_zones,
            ["Africa/Kinshasa", "Africa/Lubumbashi"]
        );
        assert_eq!(get("MA").unwrap().time_zones, ["Africa/Casablanca"]);
        assert!(get("ZZ").is_none());
        // The assistant's own numbers in Arabic: Arabic-Indic in Egypt and Jordan, Latin in
        // Morocco and Tunisia, and in any other language.
        assert_eq!(
            digits_in("EG", "ar", "50.50 EGP, …2549."),
            "٥٠٫٥٠ EGP, …٢٥٤٩."
        );
        assert_eq!(digits_in("JO", "ar", "3"), "٣");
        assert_eq!(digits_in("MA", "ar", "50"), "50");
        assert_eq!(digits_in("TN", "ar", "50"), "50");
        assert_eq!(digits_in("EG", "en", "50"), "50");
    }

    #[test]
    fn a_malformed_or_missing_file_is_named_with_its_line() {
        let bad =
            "currency = \"EUR\"\ncurrency_decimals = 2\nlanguages = [\"fr-FR\"\ntime_zones = []\n";
        let err = load(&[("FR", "data/countries/FR/country.toml", bad)]).unwrap_err();
        assert!(err.starts_with("data/countries/FR/country.toml: "), "{err}");
        assert!(err.contains("at line 4, column 1"), "{err}");
        let err = load(&[("XK", "data/countries/XK/country.toml", "")]).unwrap_err();
        assert_eq!(err, "data/countries/XK/country.toml: missing or empty");
        let fr = "currency = \"EUR\"\ncurrency_decimals = 2\nlanguages = [\"fr-FR\"]\ntime_zones = [\"Europe/Paris\"]\ncalling_code = \"33\"\npayment_change = true\ndays_between_changes = 30\n";
        let err = load(&[("FR", "data/countries/FR/country.toml", fr)]).unwrap_err();
        assert_eq!(err, "data/countries/FR/catalogue.toml: missing");
        let towns = "# kind\tnames\tpostcode\tlat\tlon\tparent\tshops\ncountry\tFrance\t-\t48.8\t2.3\t-\t0\ntown\tLyon\t69001\t45.7\t4.8\tParis\t4\n";
        let err = load(&[
            ("FR", "data/countries/FR/country.toml", fr),
            (
                "FR",
                "data/countries/FR/catalogue.toml",
                include_str!("../data/countries/FR/catalogue.toml"),
            ),
            (
                "FR",
                "data/countries/FR/shops.toml",
                include_str!("../data/countries/FR/shops.toml"),
            ),
            (
                "FR",
                "data/countries/FR/holidays.toml",
                "\"2027-02-30\" = \"Noël\"\n",
            ),
            ("FR", "data/countries/FR/towns.tsv", towns),
        ])
        .unwrap_err();
        assert!(
            err.starts_with("data/countries/FR/holidays.toml: \"2027-02-30\""),
            "{err}"
        );
        let err = load(&[
            ("FR", "data/countries/FR/country.toml", fr),
            (
                "FR",
                "data/countries/FR/catalogue.toml",
                include_str!("../data/countries/FR/catalogue.toml"),
            ),
            (
                "FR",
                "data/countries/FR/shops.toml",
                include_str!("../data/countries/FR/shops.toml"),
            ),
            (
                "FR",
                "data/countries/FR/holidays.toml",
                "\"2027-07-14\" = \"Fête nationale\"\n",
            ),
            ("FR", "data/countries/FR/towns.tsv", towns),
        ])
        .unwrap_err();
        assert_eq!(
            err,
            "data/countries/FR/towns.tsv: line 3: the parent \"Paris\" is not a place above"
        );
        let zone = "currency = \"EUR\"\ncurrency_decimals = 2\nlanguages = [\"fr-FR\"]\ntime_zones = [\"Europe/Pariss\"]\ncalling_code = \"33\"\npayment_change = true\ndays_between_changes = 30\n";
        let err = load(&[("FR", "data/countries/FR/country.toml", zone)]).unwrap_err();
        assert!(err.contains("Europe/Pariss"), "{err}");
        // A demo customer's home is a town of the country's, by its main name.
        let file = |name: &'static str, text: &'static str| ("FR", name, text);
        let customers = include_str!("../data/countries/FR/customers.toml")
            .replace("home = \"Lyon\"", "home = \"Lione\"");
        let err = load(&[
            file(
                "data/countries/FR/country.toml",
                include_str!("../data/countries/FR/country.toml"),
            ),
            file(
                "data/countries/FR/catalogue.toml",
                include_str!("../data/countries/FR/catalogue.toml"),
            ),
            file(
                "data/countries/FR/shops.toml",
                include_str!("../data/countries/FR/shops.toml"),
            ),
            file(
                "data/countries/FR/holidays.toml",
                include_str!("../data/countries/FR/holidays.toml"),
            ),
            file(
                "data/countries/FR/towns.tsv",
                include_str!("../data/countries/FR/towns.tsv"),
            ),
            ("FR", "data/countries/FR/customers.toml", &customers),
        ])
        .unwrap_err();
        assert!(
            err.contains("home \"Lione\" is not the main name of a town"),
            "{err}"
        );
    }

    #[test]
    fn names_in_another_script_are_the_first_written_in_it() {
        let names = |written: &'static str| written.split('|').map(untag).collect::<Vec<_>>();
        let cairo = names("Cairo|القاهرة|Le Caire");
        assert_eq!(name_in(cairo.clone(), "ar"), Some("القاهرة"));
        // A language in Latin letters reads the main name unless one is tagged with it; Russian
        // has none here.
        assert_eq!(name_in(cairo.clone(), "fr"), None);
        assert_eq!(name_in(cairo, "ru"), None);
        assert_eq!(
            name_in(names("Chișinău|Кишинёв|Chisinau"), "ru"),
            Some("Кишинёв")
        );
        let brussels = names("Brussel|fr:Bruxelles|de:Brüssel|Brussels");
        assert_eq!(name_in(brussels.clone(), "fr"), Some("Bruxelles"));
        assert_eq!(name_in(brussels.clone(), "de"), Some("Brüssel"));
        assert_eq!(name_in(brussels, "nl"), None);
        assert_eq!(
            street_in("Nieuwstraat|fr:Rue Neuve", "fr"),
            Some("Rue Neuve")
        );
        assert_eq!(
            street_in("Tahrir Street|شارع التحرير", "ar"),
            Some("شارع التحرير")
        );
        assert_eq!(street_in("Meir", "fr"), None);
        // A place named as the locator names it: in the screen's language if the country
        // speaks it, whichever of its names the data gave.
        assert_eq!(place_named("EG", "Nasr City", "ar"), Some("مدينة نصر"));
        assert_eq!(place_named("JO", "عمّان", "en"), Some("Amman"));
        assert_eq!(place_named("CM", "Douala", "ar"), Some("Douala"));
        assert_eq!(place_named("BE", "Brussel", "fr"), Some("Bruxelles"));
        assert_eq!(place_named("BE", "Atlantis", "fr"), None);
        // Every street and place of a country with Arabic or Russian among its languages has
        // its name in that script.
        for c in all() {
            for lang in c
                .languages
                .iter()
                .map(|l| crate::server::validate::language(l))
                .filter(|l| ["ar", "ru"].contains(l))
            {
                for street in c
                    .shops
                    .streets
                    .iter()
                    .chain(c.shops.streets_in.values().flatten())
                {
                    assert!(
                        street_in(street, lang).is_some(),
                        "{}: {street} in {lang}",
                        c.code
                    );
                }
                for town in &c.towns {
                    assert!(
                        town.name_in(lang).is_some(),
                        "{}: {:?} in {lang}",
                        c.code,
                        town.names
                    );
                }
            }
        }
    }
}

//! The countries served, as data: one folder each, `data/countries/<CC>/country.toml` (its
//! currency and decimals, its languages in order of preference, its time zones, its calling
//! code, and its plan-change rules). Adding a country is adding a folder; the files are
//! embedded at build time (`build.rs`) and checked when the server starts, which refuses to
//! start on a missing or malformed file and names it (with the line, for a syntax error; with
//! the field, for a value out of bounds). The plan-change rules are written to the database at
//! every start (`seed::sync_country_rules`), so a changed folder takes effect with a deployment.

use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

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
    /// BCP 47 tags, the country's default first.
    pub languages: Vec<String>,
    /// IANA time zones, the capital's first.
    pub time_zones: Vec<String>,
    /// The international calling code, digits only.
    pub calling_code: String,
    /// May a line move between prepaid and postpaid.
    pub payment_change: bool,
    /// Days between two plan changes of a line.
    pub days_between_changes: u32,
}

/// Every country's file parsed and checked, by code; or what is wrong, naming the file and line.
pub fn load(files: &[(&str, &str, &str)]) -> Result<Vec<Country>, String> {
    let mut countries = Vec::with_capacity(files.len());
    for (code, file, text) in files {
        let mut country: Country = toml::from_str(text).map_err(|e| format!("{file}: {}", e.to_string().trim_end()))?;
        country.code = (*code).to_owned();
        check(&country).map_err(|e| format!("{file}: {e}"))?;
        countries.push(country);
    }
    if countries.is_empty() {
        return Err("data/countries: no country".to_owned());
    }
    Ok(countries)
}

fn check(c: &Country) -> Result<(), String> {
    let upper = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_uppercase());
    if !upper(&c.code, 2) {
        return Err(format!("the folder's name {:?} is not a country code (two capital letters)", c.code));
    }
    if !upper(&c.currency, 3) {
        return Err(format!("currency {:?} is not an ISO 4217 code", c.currency));
    }
    if c.currency_decimals > 3 {
        return Err(format!("currency_decimals {} is more than 3", c.currency_decimals));
    }
    if c.languages.is_empty() {
        return Err("languages is empty".to_owned());
    }
    for tag in &c.languages {
        let parsed: Result<unic_langid::LanguageIdentifier, _> = tag.parse();
        if parsed.is_err() || !tag.contains('-') {
            return Err(format!("language {tag:?} is not a BCP 47 tag with a region (such as fr-SN)"));
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
    if c.calling_code.is_empty() || c.calling_code.len() > 3 || !c.calling_code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("calling_code {:?} is not one to three digits", c.calling_code));
    }
    if c.days_between_changes > 365 {
        return Err(format!("days_between_changes {} is more than a year", c.days_between_changes));
    }
    Ok(())
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
    get(code).and_then(|c| c.time_zones.first()).and_then(|z| z.parse().ok()).unwrap_or(chrono_tz::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_file_is_well_formed() {
        let countries = load(COUNTRY_FILES).unwrap();
        let codes: Vec<&str> = countries.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, ["CI", "EG", "FR", "JO", "PL", "RO", "SN"]);
        assert_eq!(get("jo").unwrap().currency_decimals, 3, "the dinar has three decimals");
        assert_eq!(get("SN").unwrap().currency_decimals, 0, "the CFA franc has none");
        assert_eq!(get("EG").unwrap().languages[0], "ar-EG");
        assert!(get("ZZ").is_none());
    }

    #[test]
    fn a_malformed_or_missing_file_is_named_with_its_line() {
        let bad = "currency = \"EUR\"\ncurrency_decimals = 2\nlanguages = [\"fr-FR\"\ntime_zones = []\n";
        let err = load(&[("FR", "data/countries/FR/country.toml", bad)]).unwrap_err();
        assert!(err.starts_with("data/countries/FR/country.toml: "), "{err}");
        assert!(err.contains("at line 4, column 1"), "{err}");
        let err = load(&[("XK", "data/countries/XK/country.toml", "")]).unwrap_err();
        assert!(err.starts_with("data/countries/XK/country.toml: ") && err.contains("missing field `currency`"), "{err}");
        let zone = "currency = \"EUR\"\ncurrency_decimals = 2\nlanguages = [\"fr-FR\"]\ntime_zones = [\"Europe/Pariss\"]\ncalling_code = \"33\"\npayment_change = true\ndays_between_changes = 30\n";
        let err = load(&[("FR", "data/countries/FR/country.toml", zone)]).unwrap_err();
        assert!(err.contains("Europe/Pariss"), "{err}");
    }
}

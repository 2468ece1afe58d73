//! The catalogue (TMF620): each country's plans and add-ons, as its folder's `catalogue.toml`
//! says (`data/countries/<CC>/`), in its currency, named and described in English and in each
//! of the country's languages (and in any other language its copywriters wrote).
//!
//! The texts are written to `offering_texts`, one row per language, so that an operator's real
//! catalogue (with its copywriters' texts) loads into the same tables; a screen in a language
//! the catalogue has no text in shows the English one.

use crate::api::Payment;
use crate::countries::Country;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::LazyLock;

pub const GB: i64 = 1_000_000_000;
pub const MINUTE: i64 = 60;

/// An allowance as a catalogue writes it: an amount, or `"unlimited"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Allowance {
    Amount(i64),
    Unlimited,
}

impl<'de> Deserialize<'de> for Allowance {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Amount(i64),
            Word(String),
        }
        match Written::deserialize(d)? {
            Written::Amount(n) if n >= 0 => Ok(Allowance::Amount(n)),
            Written::Word(w) if w == "unlimited" => Ok(Allowance::Unlimited),
            _ => Err(serde::de::Error::custom(
                "an allowance is a number (0: not included) or \"unlimited\"",
            )),
        }
    }
}

impl Allowance {
    /// In `unit`s (bytes of a GB, seconds of a minute); `None`: unlimited.
    fn times(self, unit: i64) -> Option<i64> {
        match self {
            Allowance::Amount(n) => Some(n * unit),
            Allowance::Unlimited => None,
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Plan,
    Addon,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum PaymentWord {
    Prepaid,
    Postpaid,
}

#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Segment {
    #[default]
    Consumer,
    Business,
}

/// An introductory price for the first months.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Promo {
    pub price: i64,
    pub months: u32,
}

/// An offering as `catalogue.toml` writes it. Prices are in minor units of the country's
/// currency; a plan says its data, minutes and texts (`"unlimited"`, or 0 for none), an add-on
/// its extra or roaming data and the days it is valid.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Offering {
    pub id: String,
    pub kind: Kind,
    pub payment: PaymentWord,
    #[serde(default)]
    pub segment: Segment,
    pub price: i64,
    #[serde(default)]
    pub promo: Option<Promo>,
    #[serde(default)]
    pub data_gb: Option<Allowance>,
    #[serde(default)]
    pub voice_minutes: Option<Allowance>,
    #[serde(default)]
    pub sms: Option<Allowance>,
    #[serde(default)]
    pub roaming_gb: i64,
    #[serde(default)]
    pub term_months: u32,
    #[serde(default)]
    pub validity_days: Option<u32>,
    /// Download and upload, Mbit/s.
    #[serde(default = "mobile_speeds")]
    pub speeds_mbps: (u32, u32),
    /// `false` for what only comes with something else (a family's shared bonus): it has
    /// names, but no one can order it.
    #[serde(default = "sellable")]
    pub sellable: bool,
    /// Where it is sold: `website`, `kiosk`, `portal`, or `partner:<id>`.
    #[serde(default)]
    pub channels: Vec<String>,
    /// Language (`fr`) → text.
    pub name: BTreeMap<String, String>,
    pub description: BTreeMap<String, String>,
}

fn mobile_speeds() -> (u32, u32) {
    (150, 50)
}
fn sellable() -> bool {
    true
}

/// A catalogue entry as the seed writes it. Allowances: `None` unlimited, `Some(0)` not included.
#[derive(Clone, Debug)]
pub struct SeedOffering {
    pub id: String,
    pub country: String,
    pub currency: String,
    pub is_addon: bool,
    pub payment: Payment,
    pub business: bool,
    /// Space-separated channels, empty when not sold.
    pub channels: String,
    pub price: i64,
    pub promo: Option<(i64, u32)>,
    pub data: Option<i64>,
    pub voice: Option<i64>,
    pub sms: Option<i64>,
    pub roaming_data: i64,
    pub term_months: u32,
    pub validity_days: Option<u32>,
    /// Download and upload speeds, Mbit/s.
    pub speeds: (u32, u32),
    pub sellable: bool,
    /// (language, name, description), English among them.
    pub texts: Vec<(String, String, String)>,
}

impl SeedOffering {
    fn of(country: &Country, o: &Offering) -> SeedOffering {
        let addon = o.kind == Kind::Addon;
        let none = Some(Allowance::Amount(0));
        SeedOffering {
            id: o.id.clone(),
            country: country.code.clone(),
            currency: country.currency.clone(),
            is_addon: addon,
            payment: match o.payment {
                PaymentWord::Prepaid => Payment::Prepaid,
                PaymentWord::Postpaid => Payment::Postpaid,
            },
            business: o.segment == Segment::Business,
            channels: o.channels.join(" "),
            price: o.price,
            promo: o.promo.map(|p| (p.price, p.months)),
            data: o
                .data_gb
                .or(if addon { none } else { None })
                .and_then(|a| a.times(GB)),
            voice: o
                .voice_minutes
                .or(if addon { none } else { None })
                .and_then(|a| a.times(MINUTE)),
            sms: o
                .sms
                .or(if addon { none } else { None })
                .and_then(|a| a.times(1)),
            roaming_data: o.roaming_gb * GB,
            term_months: o.term_months,
            validity_days: o.validity_days,
            speeds: o.speeds_mbps,
            sellable: o.sellable,
            texts: o
                .name
                .iter()
                .map(|(lang, name)| {
                    (
                        lang.clone(),
                        name.clone(),
                        o.description.get(lang).cloned().unwrap_or_default(),
                    )
                })
                .collect(),
        }
    }

    /// The name in `lang`, else in English.
    pub fn name(&self, lang: &str) -> &str {
        let text = |l: &str| self.texts.iter().find(|t| t.0 == l).map(|t| t.1.as_str());
        text(lang).or_else(|| text("en")).unwrap_or(&self.id)
    }
}

static ALL: LazyLock<Vec<SeedOffering>> = LazyLock::new(|| {
    crate::countries::all()
        .iter()
        .flat_map(|c| c.catalogue.iter().map(move |o| SeedOffering::of(c, o)))
        .collect()
});

/// Every country's catalogue, as its data says (made once). The demo lines' plans are among these.
pub fn all() -> &'static [SeedOffering] {
    &ALL
}

/// `n` more French plans, for benchmarks of eligibility on a large catalogue (the benchmark
/// asks for the offers of a French line; named in English and French).
pub fn generated_catalogue(n: u32) -> Vec<SeedOffering> {
    let Some(country) = crate::countries::get("FR") else {
        return Vec::new();
    };
    (0..n)
        .map(|i| {
            let gb = i64::from(10 + i % 190);
            SeedOffering {
                id: format!("{}-gen-{i}", country.code.to_ascii_lowercase()),
                country: country.code.clone(),
                currency: country.currency.clone(),
                is_addon: false,
                payment: Payment::Postpaid,
                business: i % 7 == 0,
                channels: (if i % 5 == 0 {
                    "website"
                } else {
                    "website kiosk portal"
                })
                .to_owned(),
                price: 990 + i64::from(i % 60) * 100,
                promo: None,
                data: Some(gb * GB),
                voice: None,
                sms: None,
                roaming_data: i64::from(i % 20) * GB,
                term_months: [0, 12, 24][i as usize % 3],
                validity_days: None,
                speeds: if gb >= 100 { (1000, 100) } else { (150, 50) },
                sellable: true,
                texts: vec![
                    (
                        "en".to_owned(),
                        format!("Series {gb} GB"),
                        format!("{gb} GB of data, unlimited calls, unlimited texts."),
                    ),
                    (
                        "fr".to_owned(),
                        format!("Série {gb} Go"),
                        format!("{gb} Go d’internet, appels et SMS illimités."),
                    ),
                ],
            }
        })
        .collect()
}

/// The languages any catalogue has texts in.
static LANGUAGES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut languages: Vec<&'static str> = crate::countries::all()
        .iter()
        .flat_map(|c| {
            c.catalogue
                .iter()
                .flat_map(|o| o.name.keys().map(String::as_str))
        })
        .collect();
    languages.sort_unstable();
    languages.dedup();
    languages
});

/// The catalogue language for a locale (`pl-PL` → `pl`) when a catalogue has texts in it,
/// English otherwise.
pub fn lang(locale: &str) -> &'static str {
    let language = crate::server::validate::language(locale);
    LANGUAGES
        .iter()
        .find(|l| **l == language)
        .copied()
        .unwrap_or("en")
}

/// A country's catalogue is complete and consistent, or what is wrong with which offering.
pub fn check(country: &Country) -> Result<(), String> {
    let prefix = format!("{}-", country.code.to_ascii_lowercase());
    // English, and each of the country's languages.
    let mut languages = vec!["en"];
    languages.extend(
        country
            .languages
            .iter()
            .filter_map(|tag| tag.split('-').next()),
    );
    if !country
        .catalogue
        .iter()
        .any(|o| o.kind == Kind::Plan && o.sellable)
    {
        return Err("no plan for sale".to_owned());
    }
    let mut ids: Vec<&str> = country.catalogue.iter().map(|o| o.id.as_str()).collect();
    ids.sort_unstable();
    if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
        return Err(format!("offering {:?}: the id is used twice", w[0]));
    }
    // Bounds that keep every amount far from overflowing once in bytes or seconds.
    let within = |a: Option<Allowance>| !matches!(a, Some(Allowance::Amount(n)) if n > 1_000_000);
    for o in &country.catalogue {
        let bad = |what: String| Err(format!("offering {:?}: {what}", o.id));
        if !o.id.starts_with(&prefix)
            || !o
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return bad(format!(
                "the id starts with {prefix:?} and has lowercase letters, digits and hyphens only"
            ));
        }
        if !(0..=1_000_000_000).contains(&o.price)
            || o.promo
                .is_some_and(|p| p.price < 0 || p.price >= o.price || !(1..=24).contains(&p.months))
        {
            return bad(format!("price = {}, promo = {:?}: a price is 0 to 1,000,000,000 minor units; a promotion is cheaper, for 1 to 24 months", o.price, o.promo));
        }
        if !within(o.data_gb)
            || !within(o.voice_minutes)
            || !within(o.sms)
            || !(0..=1_000_000).contains(&o.roaming_gb)
        {
            return bad("an allowance is 0 to 1,000,000".to_owned());
        }
        if ![0, 12, 24].contains(&o.term_months) {
            return bad(format!("term_months {} is not 0, 12 or 24", o.term_months));
        }
        if o.speeds_mbps.0 == 0 || o.speeds_mbps.1 == 0 {
            return bad(format!(
                "speeds_mbps = {:?}: both speeds must be above zero",
                o.speeds_mbps
            ));
        }
        match o.kind {
            Kind::Plan => {
                if o.data_gb.is_none()
                    || o.voice_minutes.is_none()
                    || o.sms.is_none()
                    || o.validity_days.is_some()
                {
                    return bad(
                        "a plan says data_gb, voice_minutes and sms, and no validity_days"
                            .to_owned(),
                    );
                }
            }
            Kind::Addon => {
                let extra = matches!(o.data_gb, Some(Allowance::Amount(n)) if n > 0);
                if extra == (o.roaming_gb > 0)
                    || o.voice_minutes.is_some()
                    || o.sms.is_some()
                    || o.validity_days.is_none_or(|d| d == 0)
                    || o.term_months != 0
                {
                    return bad("an add-on gives data_gb or roaming_gb (one of them), for validity_days, with no term".to_owned());
                }
            }
        }
        if o.sellable == o.channels.is_empty() {
            return bad(
                "an offering for sale has channels; one not for sale (sellable = false) has none"
                    .to_owned(),
            );
        }
        if let Some(c) = o.channels.iter().find(|c| {
            !["website", "kiosk", "portal"].contains(&c.as_str()) && !c.starts_with("partner:")
        }) {
            return bad(format!(
                "channel {c:?} is not website, kiosk, portal or partner:<id>"
            ));
        }
        if o.name.keys().ne(o.description.keys()) {
            return bad("names and descriptions are in the same languages".to_owned());
        }
        if let Some(lang) = languages.iter().find(|l| !o.name.contains_key(**l)) {
            return bad(format!("no name and description in {lang:?} (English and each of the country's languages are needed)"));
        }
        if let Some((lang, _)) = o
            .name
            .iter()
            .chain(&o.description)
            .find(|(_, t)| t.trim().is_empty())
        {
            return bad(format!("an empty text in {lang:?}"));
        }
        // The headline amount is in every name and description: a text cannot say 20 GB of a
        // 30 GB plan.
        let headline = match (o.kind, o.data_gb) {
            (Kind::Addon, Some(Allowance::Amount(n))) if n > 0 => Some(n),
            (Kind::Addon, _) => Some(o.roaming_gb),
            (Kind::Plan, Some(Allowance::Amount(n))) => Some(n),
            (Kind::Plan, _) => None,
        };
        if let Some(n) = headline {
            let digits = n.to_string();
            if let Some((lang, text)) = o
                .name
                .iter()
                .chain(&o.description)
                .find(|(_, t)| !t.contains(&digits))
            {
                return bad(format!("the {lang:?} text {text:?} does not say {digits}"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::{self, get};

    #[test]
    fn every_country_has_four_to_eight_plans_addons_and_texts_in_its_languages() {
        let catalogue = all();
        for country in countries::all() {
            let plans = catalogue
                .iter()
                .filter(|o| o.country == country.code && !o.is_addon)
                .count();
            let addons = catalogue
                .iter()
                .filter(|o| o.country == country.code && o.is_addon)
                .count();
            assert!((4..=8).contains(&plans), "{}: {plans} plans", country.code);
            assert!(addons >= 2, "{}: {addons} add-ons", country.code);
        }
        for o in catalogue {
            assert_eq!(o.currency, get(&o.country).unwrap().currency, "{}", o.id);
        }
        let named = |id: &str, lang: &str| {
            catalogue
                .iter()
                .find(|o| o.id == id)
                .unwrap()
                .name(lang)
                .to_owned()
        };
        assert_eq!(named("fr-decouverte-100", "fr"), "Découverte 100 Go");
        assert_eq!(named("fr-decouverte-100", "en"), "Découverte 100 GB");
        assert_eq!(named("jo-sahl-40", "ar"), "سهل 40 غيغابايت");
        assert_eq!(named("sn-pass-mois-10", "ar"), "باقة الشهر 10 غيغابايت");
        // A language the catalogue has no text in: English.
        assert_eq!(named("fr-decouverte-100", "sk"), "Découverte 100 GB");
        assert_eq!(lang("pl-PL"), "pl");
        assert_eq!(lang("sk-SK"), "sk");
        assert_eq!(lang("ja-JP"), "en");
        assert_eq!(lang("x'; --"), "en");
    }

    #[test]
    fn a_catalogue_that_contradicts_itself_is_refused_naming_the_offering() {
        let mut country = get("FR").unwrap().clone();
        country.catalogue[0]
            .name
            .insert("fr".to_owned(), "Essentiel 30 Go".to_owned());
        let err = check(&country).unwrap_err();
        assert!(
            err.contains("fr-essentiel-20") && err.contains("does not say 20"),
            "{err}"
        );
        let mut country = get("PL").unwrap().clone();
        country.catalogue[0].name.remove("pl");
        assert!(check(&country)
            .unwrap_err()
            .contains("names and descriptions are in the same languages"));
        country.catalogue[0].description.remove("pl");
        assert!(check(&country)
            .unwrap_err()
            .contains("no name and description in \"pl\""));
        let mut country = get("PL").unwrap().clone();
        country.catalogue[0].term_months = 18;
        assert!(check(&country).unwrap_err().contains("term_months 18"));
        // A malformed allowance names its line.
        let text = "[[offering]]\nid = \"fr-x\"\nkind = \"plan\"\npayment = \"postpaid\"\nprice = 999\ndata_gb = \"lots\"\n";
        let err = countries::load(&[
            (
                "FR",
                "data/countries/FR/country.toml",
                include_str!("../../data/countries/FR/country.toml"),
            ),
            ("FR", "data/countries/FR/catalogue.toml", text),
        ])
        .unwrap_err();
        assert!(
            err.starts_with("data/countries/FR/catalogue.toml: ") && err.contains("line 6"),
            "{err}"
        );
    }
}

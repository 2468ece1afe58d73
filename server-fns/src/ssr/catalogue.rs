//! The demo catalogue (TMF620): plans and add-ons of the demo countries, in local currencies,
//! with names and descriptions in every language the widget ships, and each country's rules.
//!
//! Names are the brand and the headline allowance; descriptions say the allowances, roaming
//! and commitment in a sentence per language. Both are written to `offering_texts` so that an
//! operator's real catalogue (with copywriters' texts) loads into the same tables.

use crate::api::Payment;

pub const GB: i64 = 1_000_000_000;
pub const MINUTE: i64 = 60;
/// Languages the catalogue texts are written in (the widget's locales).
pub const LANGS: [&str; 3] = ["en", "fr", "ar"];

/// A catalogue entry as seeded. Allowances: `None` unlimited, `Some(0)` not included.
#[derive(Clone, Debug)]
pub struct SeedOffering {
    pub id: String,
    pub country: &'static str,
    pub currency: &'static str,
    pub brand: &'static str,
    pub is_addon: bool,
    pub payment: Payment,
    pub business: bool,
    pub channels: &'static str,
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
    /// Sold on some channel; `false` for what only comes with something else (a family's
    /// shared bonus): it has names, but no one can order it.
    pub sellable: bool,
}

const ALL: &str = "website kiosk portal";
const G4: (u32, u32) = (150, 50);
const G5: (u32, u32) = (1000, 100);

struct Country {
    code: &'static str,
    currency: &'static str,
}

impl Country {
    #[allow(clippy::too_many_arguments)]
    fn plan(&self, id: &str, brand: &'static str, payment: Payment, price: i64, data: Option<i64>, voice: Option<i64>, sms: Option<i64>, roaming: i64, term: u32, speeds: (u32, u32)) -> SeedOffering {
        SeedOffering {
            id: format!("{}-{id}", self.code.to_ascii_lowercase()),
            country: self.code,
            currency: self.currency,
            brand,
            is_addon: false,
            payment,
            business: false,
            channels: ALL,
            price,
            promo: None,
            data,
            voice,
            sms,
            roaming_data: roaming,
            term_months: term,
            validity_days: None,
            speeds,
            sellable: true,
        }
    }

    fn post(&self, id: &str, brand: &'static str, price: i64, data: Option<i64>, voice: Option<i64>, roaming: i64, term: u32) -> SeedOffering {
        let speeds = if data.is_none_or(|d| d >= 100 * GB) { G5 } else { G4 };
        self.plan(id, brand, Payment::Postpaid, price, data, voice, None, roaming, term, speeds)
    }

    fn pre(&self, id: &str, brand: &'static str, price: i64, data: i64, voice: i64, sms: i64) -> SeedOffering {
        self.plan(id, brand, Payment::Prepaid, price, Some(data), Some(voice), Some(sms), 0, 0, G4)
    }

    /// An add-on: extra data (`roaming: false`) or roaming data, valid `days`.
    fn addon(&self, id: &str, brand: &'static str, payment: Payment, price: i64, amount: i64, roaming: bool, days: u32) -> SeedOffering {
        SeedOffering {
            is_addon: true,
            data: Some(if roaming { 0 } else { amount }),
            voice: Some(0),
            sms: Some(0),
            roaming_data: if roaming { amount } else { 0 },
            validity_days: Some(days),
            ..self.plan(id, brand, payment, price, None, None, None, 0, 0, G4)
        }
    }
}

/// Not sold: it comes with something else (a shared allowance of several lines).
fn unsold(o: SeedOffering) -> SeedOffering {
    SeedOffering { sellable: false, channels: "", ..o }
}
fn business(o: SeedOffering) -> SeedOffering {
    SeedOffering { business: true, ..o }
}
fn channels(channels: &'static str, o: SeedOffering) -> SeedOffering {
    SeedOffering { channels, ..o }
}
fn promo(price: i64, months: u32, o: SeedOffering) -> SeedOffering {
    SeedOffering { promo: Some((price, months)), ..o }
}

/// The demo catalogue. The demo lines' plans are among these (see `seed.rs`).
pub fn demo_catalogue() -> Vec<SeedOffering> {
    use Payment::{Postpaid, Prepaid};
    let fr = Country { code: "FR", currency: "EUR" };
    let pl = Country { code: "PL", currency: "PLN" };
    let ro = Country { code: "RO", currency: "RON" };
    let eg = Country { code: "EG", currency: "EGP" };
    let jo = Country { code: "JO", currency: "JOD" };
    let sn = Country { code: "SN", currency: "XOF" };
    let ci = Country { code: "CI", currency: "XOF" };
    let m = MINUTE;
    vec![
        fr.post("essentiel-20", "Essentiel", 999, Some(20 * GB), Some(120 * m), 0, 0),
        channels("website", fr.post("essentiel-web-60", "Essentiel Web", 1499, Some(60 * GB), None, 10 * GB, 0)),
        fr.post("decouverte-100", "Découverte", 2499, Some(100 * GB), None, 20 * GB, 12),
        promo(1999, 6, fr.post("decouverte-200", "Découverte", 2999, Some(200 * GB), None, 25 * GB, 12)),
        channels("website kiosk", fr.post("premium", "Premium", 4999, None, None, 50 * GB, 24)),
        business(fr.post("pro-150", "Pro", 3499, Some(150 * GB), None, 30 * GB, 12)),
        channels("partner:partner-souk", fr.post("partenaire-40", "Partenaire", 1299, Some(40 * GB), None, 10 * GB, 0)),
        fr.pre("mobicarte-10", "Mobicarte", 1000, 10 * GB, 120 * m, 100),
        fr.addon("booster-5", "Booster", Postpaid, 500, 5 * GB, false, 7),
        fr.addon("booster-20", "Booster", Postpaid, 1000, 20 * GB, false, 30),
        fr.addon("pass-europe-5", "Pass Europe", Postpaid, 700, 5 * GB, true, 7),
        fr.addon("pass-monde-2", "Pass Monde", Postpaid, 1500, 2 * GB, true, 7),
        fr.addon("mobicarte-booster-5", "Booster", Prepaid, 500, 5 * GB, false, 7),
        unsold(fr.addon("bonus-famille-10", "Bonus famille", Postpaid, 0, 10 * GB, false, 30)),
        pl.post("plan-s", "Plan S", 3000, Some(20 * GB), None, 3 * GB, 0),
        pl.post("plan-m", "Plan M", 4500, Some(50 * GB), None, 5 * GB, 12),
        pl.post("plan-l", "Plan L", 6000, Some(150 * GB), None, 10 * GB, 24),
        promo(6000, 3, pl.post("plan-xl", "Plan XL", 8000, None, None, 15 * GB, 24)),
        business(pl.post("firma", "Firma", 5500, Some(100 * GB), None, 10 * GB, 12)),
        pl.pre("karta-10", "Karta", 2500, 10 * GB, 300 * m, 300),
        pl.addon("booster-10", "Booster", Postpaid, 1500, 10 * GB, false, 30),
        pl.addon("roaming-3", "Roaming UE", Postpaid, 2000, 3 * GB, true, 7),
        ro.post("start", "Start", 2000, Some(15 * GB), None, 5 * GB, 0),
        ro.post("plus", "Plus", 2900, Some(50 * GB), None, 8 * GB, 12),
        ro.post("nelimitat", "Nelimitat", 3900, None, None, 10 * GB, 0),
        ro.post("nelimitat-5g", "Nelimitat 5G", 4900, None, None, 20 * GB, 24),
        business(ro.post("business", "Business", 4500, None, None, 15 * GB, 12)),
        ro.pre("prepay-10", "Prepay", 1000, 10 * GB, 300 * m, 300),
        ro.addon("booster-10", "Booster", Postpaid, 1000, 10 * GB, false, 30),
        ro.addon("roaming-5", "Roaming", Postpaid, 1500, 5 * GB, true, 7),
        eg.pre("flex-5", "Flex", 7000, 5 * GB, 200 * m, 100),
        eg.pre("flex-15", "Flex", 15_000, 15 * GB, 500 * m, 200),
        eg.pre("flex-40", "Flex", 30_000, 40 * GB, 1500 * m, 500),
        channels("kiosk", eg.pre("flex-100", "Flex", 50_000, 100 * GB, 3000 * m, 1000)),
        eg.post("red-30", "Red", 40_000, Some(30 * GB), Some(2000 * m), GB, 12),
        eg.post("red-80", "Red", 70_000, Some(80 * GB), None, 3 * GB, 12),
        eg.addon("booster-2", "Booster", Prepaid, 2500, 2 * GB, false, 7),
        eg.addon("booster-10", "Booster", Prepaid, 9000, 10 * GB, false, 30),
        eg.addon("roaming-1", "Roaming", Prepaid, 20_000, GB, true, 7),
        jo.post("sahl-20", "Sahl", 10_000, Some(20 * GB), Some(500 * m), 0, 0),
        jo.post("sahl-40", "Sahl", 15_500, Some(40 * GB), Some(1000 * m), 0, 12),
        jo.post("sahl-100", "Sahl", 22_500, Some(100 * GB), None, 2 * GB, 12),
        jo.post("sahl-max", "Sahl Max", 35_000, None, None, 5 * GB, 24),
        business(jo.post("business", "Business", 25_000, Some(150 * GB), None, 5 * GB, 12)),
        jo.pre("prepaid-10", "Prepaid", 5_000, 10 * GB, 300 * m, 100),
        jo.addon("booster-5", "Booster", Postpaid, 3_000, 5 * GB, false, 7),
        jo.addon("roaming-2", "Roaming", Postpaid, 7_500, 2 * GB, true, 7),
        sn.pre("pass-mois-5", "Pass Mois", 3_000, 5 * GB, 150 * m, 50),
        sn.pre("pass-mois-10", "Pass Mois", 5_000, 10 * GB, 300 * m, 100),
        sn.pre("pass-mois-25", "Pass Mois", 10_000, 25 * GB, 600 * m, 200),
        sn.post("forfait-30", "Forfait", 15_000, Some(30 * GB), Some(1000 * m), 0, 12),
        sn.addon("booster-2", "Booster", Prepaid, 1_000, 2 * GB, false, 7),
        sn.addon("booster-5", "Booster", Prepaid, 2_000, 5 * GB, false, 30),
        ci.post("liberte-10", "Liberté", 5_000, Some(10 * GB), Some(300 * m), 0, 0),
        ci.post("liberte-25", "Liberté", 10_000, Some(25 * GB), Some(600 * m), 0, 0),
        ci.post("liberte-60", "Liberté", 20_000, Some(60 * GB), None, GB, 12),
        business(ci.post("pro-100", "Pro", 30_000, Some(100 * GB), None, 2 * GB, 12)),
        ci.pre("pass-5", "Pass", 2_500, 5 * GB, 100 * m, 50),
        ci.addon("booster-5", "Booster", Postpaid, 2_000, 5 * GB, false, 7),
        ci.addon("roaming-1", "Roaming", Postpaid, 5_000, GB, true, 7),
    ]
}

/// `n` more French plans, for benchmarks of eligibility on a large catalogue.
pub fn generated_catalogue(n: u32) -> Vec<SeedOffering> {
    let fr = Country { code: "FR", currency: "EUR" };
    (0..n)
        .map(|i| {
            let data = i64::from(10 + i % 190) * GB;
            let mut o = fr.post("x", "Série", 990 + i64::from(i % 60) * 100, Some(data), None, i64::from(i % 20) * GB, [0, 12, 24][i as usize % 3]);
            o.id = format!("fr-gen-{i}");
            if i % 7 == 0 {
                o.business = true;
            }
            if i % 5 == 0 {
                o.channels = "website";
            }
            o
        })
        .collect()
}

/// The catalogue language for a locale (`fr-SN` → `fr`), English otherwise.
pub fn lang(locale: &str) -> &'static str {
    let lang = locale.split('-').next().unwrap_or("");
    LANGS.iter().find(|l| **l == lang).copied().unwrap_or("en")
}

/// A quantity of data for a name or description: "100 GB", "100 Go", "100 غيغابايت" (the
/// unit's name the widget's `Intl` writes in Arabic; the widget writes the digits as the
/// customer's country does, "١٠٠" in Egypt).
fn gigabytes(lang: &str, bytes: i64) -> String {
    let n = bytes / GB;
    match lang {
        "fr" => format!("{n} Go"),
        "ar" => format!("{n} غيغابايت"),
        _ => format!("{n} GB"),
    }
}

/// A brand in `lang`: trade names stay as they are; brands that are words are said in the
/// language ("Roaming" is "Itinérance" in French, "Pass Mois" "باقة الشهر" in Arabic).
fn brand(brand: &'static str, lang: &str) -> &'static str {
    const BRANDS: &[(&str, &str, &str, &str)] = &[
        // brand, English, French, Arabic
        ("Roaming", "Roaming", "Itinérance", "تجوال"),
        ("Roaming UE", "EU Roaming", "Itinérance UE", "تجوال أوروبا"),
        ("Pass", "Pass", "Pass", "باقة"),
        ("Pass Mois", "Monthly Pass", "Pass Mois", "باقة الشهر"),
        ("Pass Europe", "Europe Pass", "Pass Europe", "باقة أوروبا"),
        ("Pass Monde", "World Pass", "Pass Monde", "باقة العالم"),
        ("Booster", "Booster", "Booster", "باقة إضافية"),
        ("Prepaid", "Prepaid", "Prépayé", "مسبقة الدفع"),
        ("Forfait", "Plan", "Forfait", "باقة"),
        ("Business", "Business", "Business", "أعمال"),
        ("Bonus famille", "Family Bonus", "Bonus famille", "مكافأة العائلة"),
        ("Sahl", "Sahl", "Sahl", "سهل"),
        ("Sahl Max", "Sahl Max", "Sahl Max", "سهل ماكس"),
        ("Flex", "Flex", "Flex", "فليكس"),
        ("Red", "Red", "Red", "ريد"),
    ];
    match BRANDS.iter().find(|b| b.0 == brand) {
        Some((_, en, fr, ar)) => match lang {
            "fr" => fr,
            "ar" => ar,
            _ => en,
        },
        None => brand,
    }
}

/// The offering's name in `lang`: its brand and headline allowance.
pub fn name(o: &SeedOffering, lang: &str) -> String {
    let amount = if o.is_addon { Some(o.data.unwrap_or(0).max(o.roaming_data)) } else { o.data };
    let brand = brand(o.brand, lang);
    match amount {
        Some(bytes) => format!("{brand} {}", gigabytes(lang, bytes)),
        None => match lang {
            "fr" => format!("{brand} Illimité"),
            "ar" => format!("{brand} غير محدود"),
            _ => format!("{brand} Unlimited"),
        },
    }
}

/// The offering's description in `lang`: allowances, roaming and commitment in words.
pub fn description(o: &SeedOffering, lang: &str) -> String {
    let data = o.data.map(|d| gigabytes(lang, d));
    let minutes = |v: Option<i64>| v.map(|s| s / MINUTE);
    if o.is_addon {
        let days = o.validity_days.unwrap_or(0);
        let amount = gigabytes(lang, o.data.unwrap_or(0).max(o.roaming_data));
        let roaming = o.roaming_data > 0;
        return match (lang, roaming) {
            ("fr", false) => format!("{amount} de données en plus, valables {days} jours."),
            ("fr", true) => format!("{amount} de données en itinérance, valables {days} jours."),
            ("ar", false) => format!("{amount} إضافية من البيانات صالحة لمدة {days} يومًا."),
            ("ar", true) => format!("{amount} من بيانات التجوال صالحة لمدة {days} يومًا."),
            (_, false) => format!("{amount} of extra data, valid for {days} days."),
            (_, true) => format!("{amount} of roaming data, valid for {days} days."),
        };
    }
    let mut parts: Vec<String> = Vec::new();
    match lang {
        "fr" => {
            parts.push(data.map_or("Internet illimité".into(), |d| format!("{d} d’internet")));
            parts.push(minutes(o.voice).map_or("appels illimités".into(), |m| format!("{m} minutes d’appels")));
            parts.push(o.sms.map_or("SMS illimités".into(), |s| format!("{s} SMS")));
            let roaming = if o.roaming_data > 0 { format!("dont {} en Europe", gigabytes(lang, o.roaming_data)) } else { "sans itinérance".into() };
            format!("{}, {}.", parts.join(", "), roaming)
        }
        "ar" => {
            parts.push(data.map_or("إنترنت غير محدود".into(), |d| format!("{d} إنترنت")));
            parts.push(minutes(o.voice).map_or("مكالمات غير محدودة".into(), |m| format!("{m} دقيقة مكالمات")));
            parts.push(o.sms.map_or("رسائل غير محدودة".into(), |s| format!("{s} رسالة")));
            let roaming = if o.roaming_data > 0 { format!("منها {} للتجوال", gigabytes(lang, o.roaming_data)) } else { "بدون تجوال".into() };
            format!("{}، {}.", parts.join("، "), roaming)
        }
        _ => {
            parts.push(data.map_or("Unlimited data".into(), |d| format!("{d} of data")));
            parts.push(minutes(o.voice).map_or("unlimited calls".into(), |m| format!("{m} minutes of calls")));
            parts.push(o.sms.map_or("unlimited texts".into(), |s| format!("{s} texts")));
            let roaming = if o.roaming_data > 0 { format!("including {} for roaming", gigabytes(lang, o.roaming_data)) } else { "no roaming".into() };
            format!("{}, {}.", parts.join(", "), roaming)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The demo catalogue's prices are in each country's currency, as its data says.
    #[test]
    fn offerings_are_in_their_countrys_currency() {
        for o in demo_catalogue() {
            let country = crate::ssr::countries::get(o.country).unwrap_or_else(|| panic!("{}: no data/countries folder", o.country));
            assert_eq!(o.currency, country.currency, "{}", o.id);
        }
    }

    #[test]
    fn every_country_has_four_to_eight_plans_addons_and_rules() {
        let catalogue = demo_catalogue();
        for country in super::super::countries::all().iter().map(|c| c.code.as_str()) {
            let plans = catalogue.iter().filter(|o| o.country == country && !o.is_addon).count();
            let addons = catalogue.iter().filter(|o| o.country == country && o.is_addon).count();
            assert!((4..=8).contains(&plans), "{country}: {plans} plans");
            assert!(addons >= 2, "{country}: {addons} add-ons");
        }
        let mut ids: Vec<&str> = catalogue.iter().map(|o| o.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), catalogue.len(), "offering ids are unique");
        assert!(catalogue.iter().all(|o| [0, 12, 24].contains(&o.term_months)));
    }

    #[test]
    fn texts_in_every_language() {
        let o = &demo_catalogue()[2];
        assert_eq!(name(o, "fr"), "Découverte 100 Go");
        assert_eq!(name(o, "en"), "Découverte 100 GB");
        assert_eq!(name(o, "ar"), "Découverte 100 غيغابايت");
        let named = |id: &str, lang: &str| name(demo_catalogue().iter().find(|o| o.id == id).unwrap(), lang);
        assert_eq!(named("jo-sahl-40", "ar"), "سهل 40 غيغابايت");
        assert_eq!(named("jo-sahl-40", "en"), "Sahl 40 GB");
        assert_eq!(named("sn-pass-mois-10", "ar"), "باقة الشهر 10 غيغابايت");
        assert_eq!(named("ro-roaming-5", "fr"), "Itinérance 5 Go");
        // The commitment has a line of its own on the card: not said twice.
        assert_eq!(description(o, "en"), "100 GB of data, unlimited calls, unlimited texts, including 20 GB for roaming.");
        assert_eq!(description(o, "fr"), "100 Go d’internet, appels illimités, SMS illimités, dont 20 Go en Europe.");
        assert!(description(o, "ar").contains("للتجوال") && !description(o, "ar").contains("التزام"));
    }
}

//! Demo data of the store locator: the gazetteer (`data/gazetteer.tsv`), shops placed in its
//! towns with each country's usual hours (Friday prayer in Egypt, Jordan and Senegal, Sunday
//! closing in France and Poland, malls open every day in Romania, late hours in Cairo), public
//! holidays, a few exceptional closures, the product catalogue and stock per shop.
//! `generated` adds shops and products for benchmarks (`--seed-stores`, `--seed-products`).

use super::db::{Backend, Db};
use super::seed::{fnv, insert, Value};
use super::text::fold;
use crate::api::{product_display_name, HOUSE_BRAND};
use chrono::{Duration, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const GAZETTEER: &str = include_str!("../../data/gazetteer.tsv");

/// One row of the gazetteer.
#[derive(Debug, Clone)]
pub struct GazetteerEntry {
    pub country: &'static str,
    pub kind: &'static str,
    /// The first name is the main one; the others are the same place in other languages.
    pub names: Vec<&'static str>,
    pub postcode: Option<&'static str>,
    pub lat: f64,
    pub lon: f64,
    pub parent: Option<&'static str>,
    pub shops: u32,
}

pub fn gazetteer() -> Vec<GazetteerEntry> {
    GAZETTEER
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let opt = |s: &'static str| (s != "-").then_some(s);
            Some(GazetteerEntry {
                country: f.first()?,
                kind: f.get(1)?,
                names: f.get(2)?.split('|').collect(),
                postcode: opt(f.get(3)?),
                lat: f.get(4)?.parse().ok()?,
                lon: f.get(5)?.parse().ok()?,
                parent: opt(f.get(6)?),
                shops: f.get(7)?.parse().ok()?,
            })
        })
        .collect()
}

/// A country's shop conventions.
struct CountryShops {
    country: &'static str,
    time_zone: &'static str,
    /// Weekly hours, chosen per shop in turn; the first is the usual one.
    hours: &'static [&'static str],
    streets: &'static [&'static str],
    /// `{n}` is the number: before or after the street as the country writes it.
    address: &'static str,
    phone: &'static str,
    show_quantity: bool,
    mobile_money: bool,
    holidays: &'static [(&'static str, &'static str)],
    /// Shop prices: the currency, its minor units per euro of the catalogue's reference
    /// price, and the step prices end on (`49 €`, `1 899 zł`, `24 999 EGP`, `299 500 FCFA`):
    /// a price is rounded up to the step, less `ending`.
    currency: &'static str,
    per_euro: f64,
    step: i64,
    ending: i64,
}

const COUNTRIES: [CountryShops; 7] = [
    CountryShops {
        country: "FR",
        time_zone: "Europe/Paris",
        hours: &[
            "1 1000-1900,2 1000-1900,3 1000-1900,4 1000-1900,5 1000-1900,6 1000-1900",
            "2 0930-1230 1400-1900,3 0930-1230 1400-1900,4 0930-1230 1400-1900,5 0930-1230 1400-1900,6 0930-1230 1400-1900",
            "1 1000-2000,2 1000-2000,3 1000-2000,4 1000-2000,5 1000-2000,6 1000-2000,7 1100-1900",
        ],
        streets: &["rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue du Commerce", "place de la Gare", "rue Nationale", "cours Gambetta"],
        address: "{n} {street}",
        phone: "+33 1 ## ## ## ##",
        show_quantity: false,
        mobile_money: false,
        holidays: &[("2026-12-25", "Noël"), ("2027-01-01", "Jour de l’an"), ("2027-03-29", "Lundi de Pâques"), ("2027-05-01", "Fête du Travail"),
            ("2027-05-06", "Ascension"), ("2027-05-08", "Victoire 1945"), ("2027-05-17", "Lundi de Pentecôte"), ("2027-07-14", "Fête nationale"),
            ("2027-08-15", "Assomption"), ("2027-11-01", "Toussaint"), ("2027-11-11", "Armistice"), ("2027-12-25", "Noël")],
        currency: "EUR",
        per_euro: 100.0,
        step: 100,
        ending: 0,
    },
    CountryShops {
        country: "PL",
        time_zone: "Europe/Warsaw",
        hours: &[
            "1 1000-2100,2 1000-2100,3 1000-2100,4 1000-2100,5 1000-2100,6 1000-2100",
            "1 0900-1800,2 0900-1800,3 0900-1800,4 0900-1800,5 0900-1800,6 0900-1400",
        ],
        streets: &["ul. Marszałkowska", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Długa", "ul. Świętokrzyska", "ul. Grunwaldzka"],
        address: "{street} {n}",
        phone: "+48 22 ### ## ##",
        show_quantity: true,
        mobile_money: false,
        holidays: &[("2026-12-24", "Wigilia"), ("2026-12-25", "Boże Narodzenie"), ("2026-12-26", "Drugi dzień Bożego Narodzenia"),
            ("2027-01-01", "Nowy Rok"), ("2027-01-06", "Trzech Króli"), ("2027-03-28", "Wielkanoc"), ("2027-03-29", "Poniedziałek Wielkanocny"),
            ("2027-05-01", "Święto Pracy"), ("2027-05-03", "Święto Konstytucji 3 Maja"), ("2027-05-27", "Boże Ciało"), ("2027-08-15", "Wniebowzięcie"),
            ("2027-11-01", "Wszystkich Świętych"), ("2027-11-11", "Święto Niepodległości")],
        currency: "PLN",
        per_euro: 430.0,
        step: 1000,
        ending: 100,
    },
    CountryShops {
        country: "RO",
        time_zone: "Europe/Bucharest",
        hours: &[
            "1 1000-2200,2 1000-2200,3 1000-2200,4 1000-2200,5 1000-2200,6 1000-2200,7 1000-2200",
            "1 0900-2000,2 0900-2000,3 0900-2000,4 0900-2000,5 0900-2000,6 1000-1400",
        ],
        streets: &["Calea Victoriei", "Bulevardul Unirii", "Strada Republicii", "Bulevardul Independenței", "Strada Mihai Eminescu", "Calea Dorobanților"],
        address: "{street} {n}",
        phone: "+40 21 ### ## ##",
        show_quantity: true,
        mobile_money: false,
        holidays: &[("2026-11-30", "Sfântul Andrei"), ("2026-12-01", "Ziua Națională"), ("2026-12-25", "Crăciunul"), ("2026-12-26", "A doua zi de Crăciun"),
            ("2027-01-01", "Anul Nou"), ("2027-01-02", "Anul Nou"), ("2027-01-06", "Boboteaza"), ("2027-01-07", "Sfântul Ioan"), ("2027-01-24", "Unirea Principatelor"),
            ("2027-04-30", "Vinerea Mare"), ("2027-05-01", "Ziua Muncii"), ("2027-05-02", "Paștele"), ("2027-05-03", "A doua zi de Paște"),
            ("2027-06-01", "Ziua Copilului"), ("2027-06-20", "Rusaliile"), ("2027-06-21", "A doua zi de Rusalii"), ("2027-08-15", "Adormirea Maicii Domnului")],
        currency: "RON",
        per_euro: 500.0,
        step: 1000,
        ending: 1,
    },
    CountryShops {
        country: "EG",
        time_zone: "Africa/Cairo",
        hours: &[
            // Saturday to Thursday; Friday around the noon prayer.
            "6 1000-2200,7 1000-2200,1 1000-2200,2 1000-2200,3 1000-2200,4 1000-2200,5 1000-1130 1330-2200",
            // Late shops: until 2 a.m., Friday after the prayer.
            "6 1000-2600,7 1000-2600,1 1000-2600,2 1000-2600,3 1000-2600,4 1000-2600,5 1400-2600",
        ],
        streets: &["Tahrir Street", "26th of July Street", "Abbas El Akkad Street", "Gamaat El Dowal Street", "Corniche Road", "Salah Salem Street"],
        address: "{n} {street}",
        phone: "+20 2 #### ####",
        show_quantity: false,
        mobile_money: true,
        holidays: &[("2027-01-07", "عيد الميلاد المجيد"), ("2027-01-25", "عيد الشرطة"), ("2027-03-10", "عيد الفطر"), ("2027-03-11", "عيد الفطر"),
            ("2027-04-25", "عيد تحرير سيناء"), ("2027-05-01", "عيد العمال"), ("2027-05-16", "عيد الأضحى"), ("2027-05-17", "عيد الأضحى"),
            ("2027-06-30", "ثورة 30 يونيو"), ("2027-07-23", "عيد الثورة"), ("2027-10-06", "عيد القوات المسلحة")],
        currency: "EGP",
        per_euro: 5800.0,
        step: 10000,
        ending: 100,
    },
    CountryShops {
        country: "JO",
        time_zone: "Asia/Amman",
        hours: &[
            "6 0900-2100,7 0900-2100,1 0900-2100,2 0900-2100,3 0900-2100,4 0900-2100",
            "6 1000-2200,7 1000-2200,1 1000-2200,2 1000-2200,3 1000-2200,4 1000-2200,5 1400-2200",
        ],
        streets: &["Mecca Street", "Zahran Street", "Wasfi Al-Tal Street", "Queen Rania Street", "King Abdullah II Street", "Al-Madina Al-Munawwara Street"],
        address: "{n} {street}",
        phone: "+962 6 ### ####",
        show_quantity: true,
        mobile_money: true,
        holidays: &[("2027-01-01", "رأس السنة الميلادية"), ("2027-03-10", "عيد الفطر"), ("2027-03-11", "عيد الفطر"), ("2027-05-01", "عيد العمال"),
            ("2027-05-16", "عيد الأضحى"), ("2027-05-17", "عيد الأضحى"), ("2027-05-25", "عيد الاستقلال"), ("2027-12-25", "عيد الميلاد المجيد")],
        currency: "JOD",
        per_euro: 800.0,
        step: 1000,
        ending: 0,
    },
    CountryShops {
        country: "SN",
        time_zone: "Africa/Dakar",
        hours: &[
            "1 0830-1900,2 0830-1900,3 0830-1900,4 0830-1900,5 0830-1300 1500-1900,6 0900-1300",
            "1 0900-2000,2 0900-2000,3 0900-2000,4 0900-2000,5 0900-1300 1500-2000,6 0900-2000,7 1000-1400",
        ],
        streets: &["avenue Léopold Sédar Senghor", "boulevard de la République", "avenue Cheikh Anta Diop", "rue Carnot", "route de Ouakam", "avenue Blaise Diagne"],
        address: "{n} {street}",
        phone: "+221 33 ### ## ##",
        show_quantity: true,
        mobile_money: true,
        holidays: &[("2026-12-25", "Noël"), ("2027-01-01", "Jour de l’an"), ("2027-03-10", "Korité"), ("2027-03-29", "Lundi de Pâques"),
            ("2027-04-04", "Fête de l’Indépendance"), ("2027-05-01", "Fête du Travail"), ("2027-05-16", "Tabaski"), ("2027-08-15", "Assomption")],
        currency: "XOF",
        per_euro: 656.0,
        step: 500,
        ending: 0,
    },
    CountryShops {
        country: "CI",
        time_zone: "Africa/Abidjan",
        hours: &[
            "1 0800-1800,2 0800-1800,3 0800-1800,4 0800-1800,5 0800-1800,6 0900-1300",
            "1 0900-2100,2 0900-2100,3 0900-2100,4 0900-2100,5 0900-2100,6 0900-2100,7 1000-2000",
        ],
        streets: &["boulevard de la République", "rue des Jardins", "boulevard Valéry Giscard d'Estaing", "avenue Chardy", "boulevard Latrille", "rue du Commerce"],
        address: "{street}, lot {n}",
        phone: "+225 27 ## ## ## ##",
        show_quantity: true,
        mobile_money: true,
        holidays: &[("2026-12-25", "Noël"), ("2027-01-01", "Jour de l’an"), ("2027-03-10", "Fin du Ramadan"), ("2027-03-29", "Lundi de Pâques"),
            ("2027-05-01", "Fête du Travail"), ("2027-05-16", "Tabaski"), ("2027-08-07", "Fête de l’Indépendance"), ("2027-11-15", "Journée de la paix")],
        currency: "XOF",
        per_euro: 656.0,
        step: 500,
        ending: 0,
    },
];

/// Services a shop offers, as bits of `stores.services`.
pub const REPAIRS: i64 = 1;
pub const SIM: i64 = 2;
pub const FINANCING: i64 = 4;
pub const MOBILE_MONEY: i64 = 8;
pub const STEP_FREE: i64 = 16;

/// A product of the demo catalogue: kind, brand, name, colours, storage sizes, and the
/// reference price in euros of each storage size (of the product when it has none).
type SeedProduct = (&'static str, &'static str, &'static str, &'static [&'static str], &'static [i64], &'static [i64]);

const PRODUCTS: &[SeedProduct] = &[
    ("device", "Samsung", "Galaxy A55 5G", &["navy", "lilac", "blue"], &[128, 256], &[449, 509]),
    ("device", "Samsung", "Galaxy S25", &["black", "silver", "blue"], &[128, 256, 512], &[899, 959, 1079]),
    ("device", "Samsung", "Galaxy A16", &["black", "grey"], &[128], &[199]),
    ("device", "Apple", "iPhone 16", &["black", "white", "pink", "teal"], &[128, 256], &[969, 1099]),
    ("device", "Apple", "iPhone 16 Pro", &["black", "white", "gold"], &[256, 512], &[1229, 1479]),
    ("device", "Apple", "iPhone 15", &["black", "blue"], &[128], &[769]),
    ("device", "Google", "Pixel 9", &["black", "white"], &[128, 256], &[899, 999]),
    ("device", "Xiaomi", "Redmi Note 14", &["black", "blue", "green"], &[128, 256], &[219, 259]),
    ("device", "Xiaomi", "14T", &["black", "grey"], &[256], &[649]),
    ("device", "Motorola", "moto g85 5G", &["blue", "grey"], &[256], &[299]),
    ("device", "Nokia", "G42 5G", &["purple", "grey"], &[128], &[199]),
    ("device", "Tecno", "Spark 30", &["black", "white"], &[128], &[149]),
    ("device", "Infinix", "Hot 50", &["black", "green"], &[128], &[139]),
    ("device", "Honor", "200", &["black", "green"], &[256], &[499]),
    ("device", "Samsung", "Galaxy Tab A9+", &["grey", "silver"], &[64, 128], &[229, 279]),
    ("device", "Apple", "iPad 10.9", &["blue", "silver"], &[64, 256], &[409, 589]),
    ("device", "Huawei", "4G Router B535", &["white"], &[], &[149]),
    ("sim", HOUSE_BRAND, "Prepaid SIM card", &[], &[], &[5]),
    ("sim", HOUSE_BRAND, "Postpaid SIM card", &[], &[], &[10]),
    ("sim", HOUSE_BRAND, "Data-only SIM card", &[], &[], &[10]),
    ("accessory", "Samsung", "25 W USB-C charger", &["black", "white"], &[], &[25]),
    ("accessory", "Anker", "USB-C to USB-C cable 1 m", &["black"], &[], &[15]),
    ("accessory", "Belkin", "Screen protector for Galaxy A55", &[], &[], &[20]),
    ("accessory", "Samsung", "Clear case for Galaxy A55", &[], &[], &[25]),
    ("accessory", "Samsung", "Galaxy Buds FE", &["black", "white"], &[], &[109]),
    ("accessory", "Apple", "AirPods 4", &["white"], &[], &[149]),
    ("accessory", "Xiaomi", "Power bank 10,000 mAh", &["black"], &[], &[29]),
];

/// Text as an id: `Plateau (Abidjan)` → `plateau-abidjan`.
fn slug(text: &str) -> String {
    fold(text).replace(' ', "-").chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect()
}

/// The id of a product from its brand and name: `samsung-galaxy-a55-5g`, `prepaid-sim-card`.
pub fn product_id(brand: &str, name: &str) -> String {
    slug(&product_display_name(brand, name))
}

/// Seeds the locator if it has no shops yet: the gazetteer, `extra_stores` generated shops
/// beside the demo ones, the demo products and `extra_products` generated ones, and stock.
/// Exceptional closures are placed relative to `today`.
pub async fn seed_if_empty(db: &Db, today: NaiveDate, extra_stores: u32, extra_products: u32) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stores").fetch_one(&db.pool).await?;
    if n > 0 {
        // A database seeded before shops had prices gets them now.
        seed_prices_if_empty(db).await?;
        return Ok(false);
    }
    let gazetteer = gazetteer();
    let mut places = Vec::new();
    for (i, g) in gazetteer.iter().enumerate() {
        let rank = i64::from(g.shops) + if g.kind == "country" { 100 } else if g.kind == "town" { 10 } else { 0 };
        let parent = g.parent.map(str::to_owned);
        for (j, name) in g.names.iter().enumerate() {
            places.push(vec![
                format!("{}-{i}-{j}", g.country.to_lowercase()).into(), g.country.into(), g.kind.into(), (*name).into(),
                parent.clone().into(), fold(name).into(), g.lat.into(), g.lon.into(), rank.into(),
            ]);
        }
        if let Some(postcode) = g.postcode.filter(|_| g.kind != "country") {
            places.push(vec![
                format!("{}-{i}-pc", g.country.to_lowercase()).into(), g.country.into(), "postcode".into(), postcode.into(),
                Some(g.names[0].to_owned()).into(), fold(postcode).into(), g.lat.into(), g.lon.into(), rank.into(),
            ]);
        }
    }

    let mut rng = ChaCha8Rng::seed_from_u64(fnv("stores"));
    let mut stores = Vec::new();
    let mut exceptions = Vec::new();
    let towns: Vec<&GazetteerEntry> = gazetteer.iter().filter(|g| g.shops > 0).collect();
    let total_weight: u32 = towns.iter().map(|g| g.shops).sum();
    // `k`: the demo shop's number in its place; `None` for a generated shop.
    let add_store = |rng: &mut ChaCha8Rng, g: &GazetteerEntry, k: Option<u32>, spread_km: f64, stores: &mut Vec<Vec<Value>>| {
        let n = stores.len() + 1;
        let c = COUNTRIES.iter().find(|c| c.country == g.country).expect("a demo country");
        let cc = c.country.to_lowercase();
        // Demo shops are named after their place (`store-sn-plateau-1`), generated ones numbered.
        let id = match k {
            Some(k) => format!("store-{cc}-{}-{k}", slug(g.names[0])),
            None => format!("store-{cc}-g{n}"),
        };
        let lat = g.lat + rng.gen_range(-1.0..1.0) * spread_km / 111.32;
        let lon = g.lon + rng.gen_range(-1.0..1.0) * spread_km / (111.32 * g.lat.to_radians().cos());
        let street = c.streets[rng.gen_range(0..c.streets.len())];
        let number = rng.gen_range(1..180).to_string();
        let address = c.address.replace("{n}", &number).replace("{street}", street);
        let town = g.parent.unwrap_or(g.names[0]);
        let place = g.names[0];
        let name = format!("{place} – {}", street.trim_start_matches("ul. ").trim_start_matches("al. "));
        let phone: String = c.phone.chars().map(|ch| if ch == '#' { char::from(b'0' + rng.gen_range(0..10)) } else { ch }).collect();
        // Capitals' districts and malls get the long hours; a few shops the second pattern.
        let pattern = if g.kind == "district" && rng.gen_bool(0.5) || rng.gen_bool(0.2) { 1 + rng.gen_range(0..c.hours.len()) } else { 0 };
        let hours = c.hours[pattern % c.hours.len()];
        let mut services = SIM;
        for (bit, p) in [(REPAIRS, 0.4), (FINANCING, 0.5), (STEP_FREE, 0.7)] {
            if rng.gen_bool(p) {
                services |= bit;
            }
        }
        if c.mobile_money && rng.gen_bool(0.8) {
            services |= MOBILE_MONEY;
        }
        stores.push(vec![
            id.clone().into(), format!("{}{n:05}", c.country).into(), c.country.into(), name.into(), address.into(),
            g.postcode.unwrap_or("").into(), town.into(), phone.into(), lat.into(), lon.into(), ((lat * 10.0).floor() as i64).into(),
            c.time_zone.into(), hours.into(), services.into(), i64::from(c.show_quantity).into(),
        ]);
        id
    };
    for g in &towns {
        for k in 1..=g.shops {
            let id = add_store(&mut rng, g, Some(k), 2.5, &mut stores);
            // Some shops keep other hours: one closed for works until the day after
            // tomorrow, shops closing early on 24 and 31 December.
            if stores.len() % 97 == 5 {
                for d in 0..3 {
                    exceptions.push(vec![id.clone().into(), (today + Duration::days(d)).to_string().into(), "".into()]);
                }
            } else if g.country == "FR" || g.country == "RO" {
                for day in ["2026-12-24", "2026-12-31"] {
                    exceptions.push(vec![id.clone().into(), day.into(), "1000-1600".into()]);
                }
            }
        }
    }
    for _ in 0..extra_stores {
        // Generated shops spread around the towns in proportion to their demo shops.
        let mut pick = rng.gen_range(0..total_weight);
        let g = towns.iter().find(|g| if pick < g.shops { true } else { pick -= g.shops; false }).expect("a town");
        add_store(&mut rng, g, None, 40.0, &mut stores);
    }
    let holidays: Vec<Vec<Value>> = COUNTRIES
        .iter()
        .flat_map(|c| c.holidays.iter().map(|(day, name)| vec![c.country.into(), (*day).into(), (*name).into()]))
        .collect();

    let mut products = Vec::new();
    let mut skus: Vec<(String, i64)> = Vec::new();
    let mut sku_rows = Vec::new();
    let mut add_product = |kind: &str, brand: &str, name: &str, colours: &[&str], storage: &[i64], sort: i64| {
        let id = product_id(brand, name);
        products.push(vec![id.clone().into(), kind.into(), brand.into(), name.into(), fold(&format!("{brand} {name}")).into(), sort.into()]);
        let colours: Vec<Option<&str>> = if colours.is_empty() { vec![None] } else { colours.iter().copied().map(Some).collect() };
        let storage: Vec<Option<i64>> = if storage.is_empty() { vec![None] } else { storage.iter().copied().map(Some).collect() };
        for colour in &colours {
            for gb in &storage {
                let mut sku = id.clone();
                if let Some(gb) = gb {
                    sku.push_str(&format!("-{gb}"));
                }
                if let Some(colour) = colour {
                    sku.push_str(&format!("-{colour}"));
                }
                let max = if kind == "device" { 2 } else { 5 };
                sku_rows.push(vec![sku.clone().into(), id.clone().into(), colour.map(str::to_owned).into(), (*gb).into(), max.into()]);
                // Shops keep dozens of SIM cards, a few of each phone.
                skus.push((sku, match kind { "device" => 1, "sim" => 10, _ => 3 }));
            }
        }
    };
    for (i, (kind, brand, name, colours, storage, _)) in PRODUCTS.iter().enumerate() {
        add_product(kind, brand, name, colours, storage, i as i64);
    }
    for i in 0..extra_products {
        add_product("device", "Generated", &format!("Phone {i:03}"), &[], &[], 1000 + i64::from(i));
    }

    // Stock: a demo shop stocks most of the catalogue; a generated one about 40 SKUs. Some
    // are out, some few left.
    let mut stock = Vec::new();
    let demo_stores = stores.len() - extra_stores as usize;
    for (n, store) in stores.iter().enumerate() {
        let Value::Text(store_id) = &store[0] else { continue };
        let mut rng = ChaCha8Rng::seed_from_u64(fnv(store_id));
        let share = if n < demo_stores { 0.85 } else { (40.0 / skus.len() as f64).min(1.0) };
        for (sku, scale) in &skus {
            if !rng.gen_bool(share) {
                continue;
            }
            let roll: f64 = rng.gen_range(0.0..1.0);
            let available = if roll < 0.2 { 0 } else if roll < 0.4 { rng.gen_range(1..=3) } else { rng.gen_range(4..=15) * scale };
            stock.push(vec![store_id.clone().into(), sku.clone().into(), available.into()]);
        }
    }

    let mut tx = db.pool.begin().await?;
    insert(&mut tx, "places", &["id", "country", "kind", "name", "parent", "folded", "lat", "lon", "rank"], &places).await?;
    insert(&mut tx, "stores", &["id", "code", "country", "name", "street", "postcode", "city", "phone", "lat", "lon", "lat_band",
        "time_zone", "hours", "services", "show_quantity"], &stores).await?;
    insert(&mut tx, "holidays", &["country", "day", "name"], &holidays).await?;
    insert(&mut tx, "store_exceptions", &["store_id", "day", "hours"], &exceptions).await?;
    insert(&mut tx, "products", &["id", "kind", "brand", "name", "folded", "sort"], &products).await?;
    insert(&mut tx, "skus", &["id", "product_id", "colour", "storage_gb", "max_per_customer"], &sku_rows).await?;
    insert(&mut tx, "stock", &["store_id", "sku", "available"], &stock).await?;
    tx.commit().await?;
    seed_prices_if_empty(db).await?;
    if db.backend == Backend::Postgres {
        sqlx::query("ANALYZE").execute(&db.pool).await?;
    }
    Ok(true)
}

/// The reference price in euros of a product's SKU: the demo catalogue's, or for a
/// generated product one of 149 to 499 €.
fn euro_price(product: &str, storage_gb: Option<i64>) -> i64 {
    let demo = PRODUCTS.iter().find(|(_, brand, name, ..)| product_id(brand, name) == product);
    match demo {
        Some((_, _, _, _, storage, prices)) => {
            let i = storage_gb.and_then(|gb| storage.iter().position(|s| *s == gb)).unwrap_or(0);
            prices[i.min(prices.len() - 1)]
        }
        None => 149 + (fnv(product) % 8) as i64 * 50,
    }
}

/// A reference price in a country's currency, as its shops write it: rounded up to the
/// country's step, less its ending (a tenth of both under twenty steps).
fn local_price(c: &CountryShops, euros: i64) -> i64 {
    let raw = (euros as f64 * c.per_euro).round() as i64;
    let (step, ending) = if raw < 20 * c.step { ((c.step / 10).max(1), c.ending / 10) } else { (c.step, c.ending) };
    ((raw + ending + step - 1) / step) * step - ending
}

/// Seeds every SKU's price in every demo country when no price is known yet.
pub async fn seed_prices_if_empty(db: &Db) -> Result<(), sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sku_prices").fetch_one(&db.pool).await?;
    if n > 0 {
        return Ok(());
    }
    let skus: Vec<(String, String, Option<i64>)> =
        sqlx::query_as("SELECT id, product_id, storage_gb FROM skus ORDER BY id").fetch_all(&db.pool).await?;
    let mut rows = Vec::new();
    for (sku, product, storage_gb) in &skus {
        let euros = euro_price(product, *storage_gb);
        for c in &COUNTRIES {
            rows.push(vec![sku.clone().into(), c.country.into(), c.currency.into(), local_price(c, euros).into()]);
        }
    }
    let mut tx = db.pool.begin().await?;
    insert(&mut tx, "sku_prices", &["sku", "country", "currency", "amount"], &rows).await?;
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The demo shops' countries agree with the countries' data (until issue 18 moves the
    /// shops into the country folders).
    #[test]
    fn shops_agree_with_the_countries_data() {
        for c in &COUNTRIES {
            let country = crate::ssr::countries::get(c.country).unwrap_or_else(|| panic!("{}: no data/countries folder", c.country));
            assert!(country.time_zones.iter().any(|z| z == c.time_zone), "{}: {}", c.country, c.time_zone);
            assert_eq!(country.currency, c.currency, "{}", c.country);
        }
    }

    #[test]
    fn gazetteer_and_countries() {
        let g = gazetteer();
        assert!(g.iter().map(|e| e.shops).sum::<u32>() >= 300);
        for c in &COUNTRIES {
            assert!(c.time_zone.parse::<chrono_tz::Tz>().is_ok(), "{}", c.time_zone);
            for week in c.hours {
                assert!(super::super::hours::parse_week(week).is_some(), "{week}");
            }
            assert!(g.iter().any(|e| e.country == c.country && e.kind == "country"));
        }
        for e in &g {
            assert!((-90.0..=90.0).contains(&e.lat) && (-180.0..=180.0).contains(&e.lon), "{:?}", e.names);
            if let Some(parent) = e.parent {
                assert!(g.iter().any(|p| p.names.contains(&parent)), "parent {parent}");
            }
        }
        assert_eq!(product_id("Samsung", "Galaxy A55 5G"), "samsung-galaxy-a55-5g");
        assert_eq!(product_id(HOUSE_BRAND, "Prepaid SIM card"), "prepaid-sim-card");
        assert_eq!(slug("Plateau (Abidjan)"), "plateau-abidjan");
    }

    #[test]
    fn prices_as_each_country_writes_them() {
        let country = |code: &str| COUNTRIES.iter().find(|c| c.country == code).expect("a demo country");
        let a55 = euro_price("samsung-galaxy-a55-5g", Some(128));
        assert_eq!(a55, 449);
        assert_eq!(euro_price("samsung-galaxy-a55-5g", Some(256)), 509);
        assert_eq!(euro_price("prepaid-sim-card", None), 5);
        assert_eq!(local_price(country("FR"), a55), 44_900);
        assert_eq!(local_price(country("PL"), a55), 193_900);
        assert_eq!(local_price(country("RO"), a55), 224_999);
        assert_eq!(local_price(country("EG"), a55), 2_609_900);
        assert_eq!(local_price(country("JO"), a55), 360_000);
        assert_eq!(local_price(country("SN"), a55), 295_000);
        // A small price keeps a small step: a SIM card is not rounded up to 10 zł.
        assert_eq!(local_price(country("PL"), 5), 2_190);
        assert_eq!(local_price(country("SN"), 5), 3_300);
        for c in &COUNTRIES {
            for (_, brand, name, _, storage, prices) in PRODUCTS {
                assert_eq!(prices.len(), storage.len().max(1), "{brand} {name}");
                assert!(local_price(c, prices[0]) > 0);
            }
        }
    }
}

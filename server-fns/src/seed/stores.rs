//! Demo data of the store locator, from each country's folder (`data/countries/<CC>/`): its
//! places (`towns.tsv`), shops placed in its towns with its usual hours (`shops.toml`: Friday
//! prayer in Egypt, Jordan and Senegal, Sunday closing in France and Poland, malls open every
//! day in Romania, late hours in Cairo), its public holidays (`holidays.toml`), a few
//! exceptional closures; the product catalogue and stock per shop.
//! `generated` adds shops and products for benchmarks (`--seed-stores`, `--seed-products`).

use super::{fnv, insert, Value};
use crate::api::{product_display_name, HOUSE_BRAND};
use crate::countries::{self, Country, Shops, Town};
use crate::server::db::{Backend, Db};
use crate::server::text::fold;
use crate::stores::domain::{FINANCING, MOBILE_MONEY, REPAIRS, SIM, STEP_FREE};
use chrono::{Duration, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A product of the demo catalogue: kind, brand, name, colours, storage sizes, and the
/// reference price in euros of each storage size (of the product when it has none).
type SeedProduct = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [i64],
    &'static [i64],
);

const PRODUCTS: &[SeedProduct] = &[
    (
        "device",
        "Samsung",
        "Galaxy A55 5G",
        &["navy", "lilac", "blue"],
        &[128, 256],
        &[449, 509],
    ),
    (
        "device",
        "Samsung",
        "Galaxy S25",
        &["black", "silver", "blue"],
        &[128, 256, 512],
        &[899, 959, 1079],
    ),
    (
        "device",
        "Samsung",
        "Galaxy A16",
        &["black", "grey"],
        &[128],
        &[199],
    ),
    (
        "device",
        "Apple",
        "iPhone 16",
        &["black", "white", "pink", "teal"],
        &[128, 256],
        &[969, 1099],
    ),
    (
        "device",
        "Apple",
        "iPhone 16 Pro",
        &["black", "white", "gold"],
        &[256, 512],
        &[1229, 1479],
    ),
    (
        "device",
        "Apple",
        "iPhone 15",
        &["black", "blue"],
        &[128],
        &[769],
    ),
    (
        "device",
        "Google",
        "Pixel 9",
        &["black", "white"],
        &[128, 256],
        &[899, 999],
    ),
    (
        "device",
        "Xiaomi",
        "Redmi Note 14",
        &["black", "blue", "green"],
        &[128, 256],
        &[219, 259],
    ),
    (
        "device",
        "Xiaomi",
        "14T",
        &["black", "grey"],
        &[256],
        &[649],
    ),
    (
        "device",
        "Motorola",
        "moto g85 5G",
        &["blue", "grey"],
        &[256],
        &[299],
    ),
    (
        "device",
        "Nokia",
        "G42 5G",
        &["purple", "grey"],
        &[128],
        &[199],
    ),
    (
        "device",
        "Tecno",
        "Spark 30",
        &["black", "white"],
        &[128],
        &[149],
    ),
    (
        "device",
        "Infinix",
        "Hot 50",
        &["black", "green"],
        &[128],
        &[139],
    ),
    (
        "device",
        "Honor",
        "200",
        &["black", "green"],
        &[256],
        &[499],
    ),
    (
        "device",
        "Samsung",
        "Galaxy Tab A9+",
        &["grey", "silver"],
        &[64, 128],
        &[229, 279],
    ),
    (
        "device",
        "Apple",
        "iPad 10.9",
        &["blue", "silver"],
        &[64, 256],
        &[409, 589],
    ),
    (
        "device",
        "Huawei",
        "4G Router B535",
        &["white"],
        &[],
        &[149],
    ),
    ("sim", HOUSE_BRAND, "Prepaid SIM card", &[], &[], &[5]),
    ("sim", HOUSE_BRAND, "Postpaid SIM card", &[], &[], &[10]),
    ("sim", HOUSE_BRAND, "Data-only SIM card", &[], &[], &[10]),
    (
        "accessory",
        "Samsung",
        "25 W USB-C charger",
        &["black", "white"],
        &[],
        &[25],
    ),
    (
        "accessory",
        "Anker",
        "USB-C to USB-C cable 1 m",
        &["black"],
        &[],
        &[15],
    ),
    (
        "accessory",
        "Belkin",
        "Screen protector for Galaxy A55",
        &[],
        &[],
        &[20],
    ),
    (
        "accessory",
        "Samsung",
        "Clear case for Galaxy A55",
        &[],
        &[],
        &[25],
    ),
    (
        "accessory",
        "Samsung",
        "Galaxy Buds FE",
        &["black", "white"],
        &[],
        &[109],
    ),
    ("accessory", "Apple", "AirPods 4", &["white"], &[], &[149]),
    (
        "accessory",
        "Xiaomi",
        "Power bank 10,000 mAh",
        &["black"],
        &[],
        &[29],
    ),
];

/// Text as an id: `Plateau (Abidjan)` → `plateau-abidjan`.
fn slug(text: &str) -> String {
    fold(text)
        .replace(' ', "-")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// The id of a product from its brand and name: `samsung-galaxy-a55-5g`, `prepaid-sim-card`.
pub fn product_id(brand: &str, name: &str) -> String {
    slug(&product_display_name(brand, name))
}

/// Adds a shop in place `g` of country `c` (`k`: the demo shop's number in its place; `None`
/// for a generated shop), within `spread_km` of its centre; returns its id.
/// `n` numbers it in its country (its code, `FR00012`). Its name, street and town in the
/// country's other languages, where the data has them ([`countries::name_in`]), go to `texts`.
#[allow(clippy::too_many_arguments)]
fn add_store(
    rng: &mut ChaCha8Rng,
    c: &Country,
    g: &Town,
    k: Option<u32>,
    n: usize,
    spread_km: f64,
    stores: &mut Vec<Vec<Value>>,
    texts: &mut Vec<Vec<Value>>,
) -> String {
    let s = &c.shops;
    let cc = c.code.to_lowercase();
    // Demo shops are named after their place (`store-sn-plateau-1`), generated ones numbered.
    let id = match k {
        Some(k) => format!("store-{cc}-{}-{k}", slug(&g.names[0])),
        None => format!("store-{cc}-g{n}"),
    };
    let lat = g.lat + rng.gen_range(-1.0..1.0) * spread_km / 111.32;
    let lon = g.lon + rng.gen_range(-1.0..1.0) * spread_km / (111.32 * g.lat.to_radians().cos());
    let place = g.names[0].as_str();
    let town = g.parent.as_deref().unwrap_or(place);
    // A street of the country's list, drawn as ever (every shop after it keeps its place);
    // a town with streets of its own draws one of them from a generator of the shop's own.
    let mut written = &s.streets[rng.gen_range(0..s.streets.len())];
    if let Some(own) = s.streets_in.get(town) {
        written = &own[ChaCha8Rng::seed_from_u64(fnv(&id)).gen_range(0..own.len())];
    }
    let number = rng.gen_range(1..180).to_string();
    let address =
        |template: &str, street: &str| template.replace("{n}", &number).replace("{street}", street);
    let shop_name = |place: &str, street: &str| {
        format!(
            "{place} – {}",
            street.trim_start_matches("ul. ").trim_start_matches("al. ")
        )
    };
    let street = countries::untag(written.split('|').next().unwrap_or_default()).1;
    let town_of = g
        .parent
        .as_ref()
        .and_then(|p| {
            c.towns
                .iter()
                .find(|t| t.kind != "country" && t.names.contains(p))
        })
        .unwrap_or(g);
    let name = shop_name(place, street);
    // In the country's other languages, where the data names the place, street or town in it.
    for lang in c
        .languages
        .iter()
        .map(|l| crate::server::validate::language(l))
    {
        let (place_in, street_in, town_in) = (
            g.name_in(lang),
            countries::street_in(written, lang),
            town_of.name_in(lang),
        );
        if place_in.is_none() && street_in.is_none() && town_in.is_none() {
            continue;
        }
        let street_in = street_in.unwrap_or(street);
        let written = |text: String| countries::digits_in(&c.code, lang, &text);
        texts.push(vec![
            id.clone().into(),
            lang.into(),
            written(shop_name(place_in.unwrap_or(place), street_in)).into(),
            written(address(
                s.address_in.get(lang).unwrap_or(&s.address),
                street_in,
            ))
            .into(),
            town_in.unwrap_or(town).to_owned().into(),
        ]);
    }
    let address = address(&s.address, street);
    let phone: String = s
        .phone
        .chars()
        .map(|ch| {
            if ch == '#' {
                char::from(b'0' + rng.gen_range(0..10))
            } else {
                ch
            }
        })
        .collect();
    // Capitals' districts and malls get the long hours; a few shops the second pattern.
    let pattern = if g.kind == "district" && rng.gen_bool(0.5) || rng.gen_bool(0.2) {
        1 + rng.gen_range(0..s.hours.len())
    } else {
        0
    };
    let hours = &s.hours[pattern % s.hours.len()];
    let mut services = SIM;
    for (bit, p) in [(REPAIRS, 0.4), (FINANCING, 0.5), (STEP_FREE, 0.7)] {
        if rng.gen_bool(p) {
            services |= bit;
        }
    }
    if s.mobile_money && rng.gen_bool(0.8) {
        services |= MOBILE_MONEY;
    }
    let time_zone = c.time_zones.first().cloned().unwrap_or_default();
    stores.push(vec![
        id.clone().into(),
        format!("{}{n:05}", c.code).into(),
        c.code.clone().into(),
        name.into(),
        address.into(),
        g.postcode.clone().unwrap_or_default().into(),
        town.to_owned().into(),
        phone.into(),
        lat.into(),
        lon.into(),
        ((lat * 10.0).floor() as i64).into(),
        time_zone.into(),
        hours.clone().into(),
        services.into(),
        i64::from(s.show_quantity).into(),
    ]);
    id
}

/// The demo shops and their texts in the countries' other languages, as the seed makes them
/// (the backfill of an earlier database makes them again alike); `each` is told of every
/// shop: its country, its number in the country (from 1) and its id.
fn demo_shops(mut each: impl FnMut(&Country, usize, &str)) -> (Vec<Vec<Value>>, Vec<Vec<Value>>) {
    let (mut stores, mut texts) = (Vec::new(), Vec::new());
    for c in countries::all() {
        // Each country's shops from a generator of its own: adding a country moves no other's.
        let mut rng = ChaCha8Rng::seed_from_u64(fnv(&format!("stores-{}", c.code)));
        let shops = c
            .towns
            .iter()
            .filter(|g| g.shops > 0)
            .flat_map(|g| (1..=g.shops).map(move |k| (g, k)));
        for (n, (g, k)) in shops.enumerate() {
            let id = add_store(&mut rng, c, g, Some(k), n + 1, 2.5, &mut stores, &mut texts);
            each(c, n + 1, &id);
        }
    }
    (stores, texts)
}

/// Seeds the locator if it has no shops yet: the gazetteer, `extra_stores` generated shops
/// beside the demo ones, the demo products and `extra_products` generated ones, and stock.
/// Exceptional closures are placed relative to `today`.
pub async fn seed_if_empty(
    db: &Db,
    today: NaiveDate,
    extra_stores: u32,
    extra_products: u32,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stores")
        .fetch_one(&db.pool)
        .await?;
    if n > 0 {
        // A database seeded before shops had prices, or names in other languages, gets them
        // now (the demo shops' names and streets as the data gives them today, with them).
        seed_prices_if_empty(db).await?;
        let texts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM store_texts")
            .fetch_one(&db.pool)
            .await?;
        if texts == 0 {
            let (stores, texts) = demo_shops(|_, _, _| {});
            let mut tx = db.pool.begin().await?;
            for row in &stores {
                let [Value::Text(id), _, _, Value::Text(name), Value::Text(street), ..] =
                    row.as_slice()
                else {
                    continue;
                };
                sqlx::query("UPDATE stores SET name = $1, street = $2 WHERE id = $3")
                    .bind(name)
                    .bind(street)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            insert(
                &mut tx,
                "store_texts",
                &["store_id", "lang", "name", "street", "city"],
                &texts,
            )
            .await?;
            tx.commit().await?;
        }
        return Ok(false);
    }
    let mut places = Vec::new();
    let mut exceptions = Vec::new();
    let mut holidays: Vec<Vec<Value>> = Vec::new();
    let (mut stores, mut texts) = demo_shops(|c, n, id| {
        // A country's twelfth shop (and every 97th after it) is closed for works until the day
        // after tomorrow; every other keeps the country's short days (24 and 31 December in
        // France).
        if n % 97 == 12 {
            for d in 0..3 {
                exceptions.push(vec![
                    id.into(),
                    (today + Duration::days(d)).to_string().into(),
                    "".into(),
                ]);
            }
        } else {
            for (day, hours) in &c.shops.short_days {
                exceptions.push(vec![id.into(), day.clone().into(), hours.clone().into()]);
            }
        }
    });
    for c in countries::all() {
        let cc = c.code.to_lowercase();
        for (i, g) in c.towns.iter().enumerate() {
            let rank = i64::from(g.shops)
                + if g.kind == "country" {
                    100
                } else if g.kind == "town" {
                    10
                } else {
                    0
                };
            for (j, name) in g.names.iter().enumerate() {
                places.push(vec![
                    format!("{cc}-{i}-{j}").into(),
                    c.code.clone().into(),
                    g.kind.clone().into(),
                    name.clone().into(),
                    g.parent.clone().into(),
                    fold(name).into(),
                    g.lat.into(),
                    g.lon.into(),
                    rank.into(),
                ]);
            }
            if let Some(postcode) = g.postcode.as_ref().filter(|_| g.kind != "country") {
                places.push(vec![
                    format!("{cc}-{i}-pc").into(),
                    c.code.clone().into(),
                    "postcode".into(),
                    postcode.clone().into(),
                    Some(g.names[0].clone()).into(),
                    fold(postcode).into(),
                    g.lat.into(),
                    g.lon.into(),
                    rank.into(),
                ]);
            }
        }
        holidays.extend(c.holidays.iter().map(|(day, name)| {
            vec![
                c.code.clone().into(),
                day.clone().into(),
                name.clone().into(),
            ]
        }));
    }
    // Generated shops (benchmarks) spread around the towns in proportion to their demo shops,
    // numbered after the demo ones.
    let towns: Vec<(&Country, &Town)> = countries::all()
        .iter()
        .flat_map(|c| c.towns.iter().filter(|g| g.shops > 0).map(move |g| (c, g)))
        .collect();
    let total_weight: u32 = towns.iter().map(|(_, g)| g.shops).sum();
    let mut rng = ChaCha8Rng::seed_from_u64(fnv("stores-generated"));
    for _ in 0..extra_stores {
        let mut pick = rng.gen_range(0..total_weight.max(1));
        let Some((c, g)) = towns.iter().find(|(_, g)| {
            if pick < g.shops {
                true
            } else {
                pick -= g.shops;
                false
            }
        }) else {
            break;
        };
        add_store(
            &mut rng,
            c,
            g,
            None,
            50_000 + stores.len(),
            40.0,
            &mut stores,
            &mut texts,
        );
    }

    let mut products = Vec::new();
    let mut skus: Vec<(String, i64)> = Vec::new();
    let mut sku_rows = Vec::new();
    let mut add_product =
        |kind: &str, brand: &str, name: &str, colours: &[&str], storage: &[i64], sort: i64| {
            let id = product_id(brand, name);
            products.push(vec![
                id.clone().into(),
                kind.into(),
                brand.into(),
                name.into(),
                fold(&format!("{brand} {name}")).into(),
                sort.into(),
            ]);
            let colours: Vec<Option<&str>> = if colours.is_empty() {
                vec![None]
            } else {
                colours.iter().copied().map(Some).collect()
            };
            let storage: Vec<Option<i64>> = if storage.is_empty() {
                vec![None]
            } else {
                storage.iter().copied().map(Some).collect()
            };
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
                    sku_rows.push(vec![
                        sku.clone().into(),
                        id.clone().into(),
                        colour.map(str::to_owned).into(),
                        (*gb).into(),
                        max.into(),
                    ]);
                    // Shops keep dozens of SIM cards, a few of each phone.
                    skus.push((
                        sku,
                        match kind {
                            "device" => 1,
                            "sim" => 10,
                            _ => 3,
                        },
                    ));
                }
            }
        };
    for (i, (kind, brand, name, colours, storage, _)) in PRODUCTS.iter().enumerate() {
        add_product(kind, brand, name, colours, storage, i as i64);
    }
    for i in 0..extra_products {
        add_product(
            "device",
            "Generated",
            &format!("Phone {i:03}"),
            &[],
            &[],
            1000 + i64::from(i),
        );
    }

    // Stock: a demo shop stocks most of the catalogue; a generated one about 40 SKUs. Some
    // are out, some few left.
    let mut stock = Vec::new();
    let demo_stores = stores.len() - extra_stores as usize;
    for (n, store) in stores.iter().enumerate() {
        let Value::Text(store_id) = &store[0] else {
            continue;
        };
        let mut rng = ChaCha8Rng::seed_from_u64(fnv(store_id));
        let share = if n < demo_stores {
            0.85
        } else {
            (40.0 / skus.len() as f64).min(1.0)
        };
        for (sku, scale) in &skus {
            if !rng.gen_bool(share) {
                continue;
            }
            let roll: f64 = rng.gen_range(0.0..1.0);
            let available = if roll < 0.2 {
                0
            } else if roll < 0.4 {
                rng.gen_range(1..=3)
            } else {
                rng.gen_range(4..=15) * scale
            };
            stock.push(vec![
                store_id.clone().into(),
                sku.clone().into(),
                available.into(),
            ]);
        }
    }

    let mut tx = db.pool.begin().await?;
    insert(
        &mut tx,
        "places",
        &[
            "id", "country", "kind", "name", "parent", "folded", "lat", "lon", "rank",
        ],
        &places,
    )
    .await?;
    insert(
        &mut tx,
        "stores",
        &[
            "id",
            "code",
            "country",
            "name",
            "street",
            "postcode",
            "city",
            "phone",
            "lat",
            "lon",
            "lat_band",
            "time_zone",
            "hours",
            "services",
            "show_quantity",
        ],
        &stores,
    )
    .await?;
    insert(
        &mut tx,
        "store_texts",
        &["store_id", "lang", "name", "street", "city"],
        &texts,
    )
    .await?;
    insert(&mut tx, "holidays", &["country", "day", "name"], &holidays).await?;
    insert(
        &mut tx,
        "store_exceptions",
        &["store_id", "day", "hours"],
        &exceptions,
    )
    .await?;
    insert(
        &mut tx,
        "products",
        &["id", "kind", "brand", "name", "folded", "sort"],
        &products,
    )
    .await?;
    insert(
        &mut tx,
        "skus",
        &[
            "id",
            "product_id",
            "colour",
            "storage_gb",
            "max_per_customer",
        ],
        &sku_rows,
    )
    .await?;
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
    let demo = PRODUCTS
        .iter()
        .find(|(_, brand, name, ..)| product_id(brand, name) == product);
    match demo {
        Some((_, _, _, _, storage, prices)) => {
            let i = storage_gb
                .and_then(|gb| storage.iter().position(|s| *s == gb))
                .unwrap_or(0);
            prices[i.min(prices.len() - 1)]
        }
        None => 149 + (fnv(product) % 8) as i64 * 50,
    }
}

/// A reference price in a country's currency, as its shops write it: rounded up to the
/// country's step, less its ending (a tenth of both under twenty steps).
fn local_price(c: &Shops, euros: i64) -> i64 {
    let raw = (euros as f64 * c.per_euro).round() as i64;
    let (step, ending) = if raw < 20 * c.price_step {
        ((c.price_step / 10).max(1), c.price_ending / 10)
    } else {
        (c.price_step, c.price_ending)
    };
    ((raw + ending + step - 1) / step) * step - ending
}

/// Seeds every SKU's price in every demo country when no price is known yet.
pub async fn seed_prices_if_empty(db: &Db) -> Result<(), sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sku_prices")
        .fetch_one(&db.pool)
        .await?;
    if n > 0 {
        return Ok(());
    }
    let skus: Vec<(String, String, Option<i64>)> =
        sqlx::query_as("SELECT id, product_id, storage_gb FROM skus ORDER BY id")
            .fetch_all(&db.pool)
            .await?;
    let mut rows = Vec::new();
    for (sku, product, storage_gb) in &skus {
        let euros = euro_price(product, *storage_gb);
        for c in countries::all() {
            rows.push(vec![
                sku.clone().into(),
                c.code.clone().into(),
                c.currency.clone().into(),
                local_price(&c.shops, euros).into(),
            ]);
        }
    }
    let mut tx = db.pool.begin().await?;
    insert(
        &mut tx,
        "sku_prices",
        &["sku", "country", "currency", "amount"],
        &rows,
    )
    .await?;
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every country has at least five towns and ten shops, and its places are its own.
    #[test]
    fn every_country_has_towns_and_shops() {
        assert!(
            countries::all()
                .iter()
                .flat_map(|c| &c.towns)
                .map(|t| t.shops)
                .sum::<u32>()
                >= 300
        );
        for c in countries::all() {
            let towns = c.towns.iter().filter(|t| t.kind == "town").count();
            let shops: u32 = c.towns.iter().map(|t| t.shops).sum();
            assert!(
                towns >= 5 && shops >= 10,
                "{}: {towns} towns, {shops} shops",
                c.code
            );
            assert!(!c.holidays.is_empty(), "{}: no public holidays", c.code);
        }
        assert_eq!(
            product_id("Samsung", "Galaxy A55 5G"),
            "samsung-galaxy-a55-5g"
        );
        assert_eq!(
            product_id(HOUSE_BRAND, "Prepaid SIM card"),
            "prepaid-sim-card"
        );
        assert_eq!(slug("Plateau (Abidjan)"), "plateau-abidjan");
    }

    #[test]
    fn prices_as_each_country_writes_them() {
        let country = |code: &str| &countries::get(code).expect("a country").shops;
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
        for c in countries::all() {
            for (_, brand, name, _, storage, prices) in PRODUCTS {
                assert_eq!(prices.len(), storage.len().max(1), "{brand} {name}");
                assert!(local_price(&c.shops, prices[0]) > 0);
            }
        }
    }
}

//! The demo's advisors, the network incidents near its customers, and its customers' home
//! towns: written by the seed, read by nothing else (the demo sign-in reads the advisors).

use crate::advisor::domain::Skills;
use crate::server::clock::rfc3339;
use crate::server::db::Db;
use chrono::{Duration, NaiveDate};
use sqlx::Row;

/// The demo advisors: id, name, skills. Moussa works in the Dakar Plateau shop (the demo
/// kiosk's).
pub const DEMO_ADVISORS: &[(&str, &str, Skills<'static>)] = &[
    (
        "adv-amina",
        "Amina",
        Skills {
            languages: "fr ar",
            countries: "FR SN CI EG JO",
            stores: "",
        },
    ),
    (
        "adv-tom",
        "Tom",
        Skills {
            languages: "en",
            countries: "FR PL RO EG JO SN CI",
            stores: "",
        },
    ),
    (
        "adv-karim",
        "Karim",
        Skills {
            languages: "ar en",
            countries: "EG JO",
            stores: "",
        },
    ),
    (
        "adv-moussa",
        "Moussa",
        Skills {
            languages: "fr en",
            countries: "SN",
            stores: "store-sn-plateau-1",
        },
    ),
    // The queues of the countries' own languages: Polish, Romanian, Wolof.
    (
        "adv-ola",
        "Ola",
        Skills {
            languages: "pl en",
            countries: "PL",
            stores: "",
        },
    ),
    (
        "adv-andrei",
        "Andrei",
        Skills {
            languages: "ro ru en",
            countries: "RO",
            stores: "",
        },
    ),
    (
        "adv-fatou",
        "Fatou",
        Skills {
            languages: "wo fr",
            countries: "SN",
            stores: "",
        },
    ),
    // The other countries' queues: each of their languages, and English.
    (
        "adv-carmen",
        "Carmen",
        Skills {
            languages: "es ca en",
            countries: "ES",
            stores: "",
        },
    ),
    (
        "adv-pieter",
        "Pieter",
        Skills {
            languages: "nl fr de en",
            countries: "BE LU",
            stores: "",
        },
    ),
    (
        "adv-zuzana",
        "Zuzana",
        Skills {
            languages: "sk en",
            countries: "SK",
            stores: "",
        },
    ),
    (
        "adv-mihai",
        "Mihai",
        Skills {
            languages: "ro ru en",
            countries: "MD",
            stores: "",
        },
    ),
    (
        "adv-salma",
        "Salma",
        Skills {
            languages: "ar fr en",
            countries: "MA TN",
            stores: "",
        },
    ),
    (
        "adv-mariam",
        "Mariam",
        Skills {
            languages: "fr en",
            countries: "RE CM ML BF GN CD CF",
            stores: "",
        },
    ),
    (
        "adv-joao",
        "João",
        Skills {
            languages: "pt en",
            countries: "GW",
            stores: "",
        },
    ),
    (
        "adv-grace",
        "Grace",
        Skills {
            languages: "en",
            countries: "SL LR BW",
            stores: "",
        },
    ),
    (
        "adv-hery",
        "Hery",
        Skills {
            languages: "mg fr en",
            countries: "MG",
            stores: "",
        },
    ),
];

/// Demo incidents: id, country, place (folded), category, status, impact, radius (m),
/// started (hours from today 10:00 UTC), expected end (hours), then name and description in
/// en, fr, ar.
type DemoIncident = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    i64,
    i64,
    Option<i64>,
    [(&'static str, &'static str); 3],
);
const INCIDENTS: &[DemoIncident] = &[
    ("sp-sn-dakar-data", "SN", "dakar", "mobile-data", "inProgress", "major", 8_000, -3, Some(6), [
        ("Mobile data outage", "4G data is down or very slow in central Dakar after damage to a fibre link. Calls and texts work."),
        ("Panne de l’internet mobile", "L’internet 4G est coupé ou très lent dans le centre de Dakar après la coupure d’une fibre. Les appels et SMS fonctionnent."),
        ("انقطاع الإنترنت عبر الجوال", "الإنترنت 4G متوقف أو بطيء جدا في وسط داكار بعد تلف وصلة ألياف. المكالمات والرسائل تعمل."),
    ]),
    ("sp-eg-nasr-voice", "EG", "nasr city", "voice", "acknowledged", "minor", 4_000, -20, Some(28), [
        ("Dropped calls", "Some calls drop in Nasr City while a mast is being upgraded."),
        ("Appels coupés", "Certains appels coupent à Nasr City pendant la modernisation d’une antenne."),
        ("انقطاع المكالمات", "تنقطع بعض المكالمات في مدينة نصر أثناء تحديث أحد الأبراج."),
    ]),
    ("sp-fr-lyon-5g", "FR", "lyon", "mobile-data", "inProgress", "minor", 6_000, -1, Some(3), [
        ("Slow 5G", "5G is slower than usual in Lyon during planned maintenance; 4G is not affected."),
        ("5G ralentie", "La 5G est plus lente que d’habitude à Lyon pendant une maintenance prévue ; la 4G n’est pas touchée."),
        ("بطء الجيل الخامس", "شبكة الجيل الخامس أبطأ من المعتاد في ليون أثناء صيانة مجدولة، والجيل الرابع لا يتأثر."),
    ]),
    ("sp-jo-amman-sms", "JO", "عمان", "sms", "inProgress", "minor", 10_000, -2, None, [
        ("Delayed texts", "Text messages may arrive late in Amman."),
        ("SMS en retard", "Les SMS peuvent arriver en retard à Amman."),
        ("تأخر الرسائل", "قد تصل الرسائل النصية متأخرة في عمّان."),
    ]),
    ("sp-ci-abidjan-resolved", "CI", "abidjan", "voice", "resolved", "major", 10_000, -30, Some(-24), [
        ("Call outage (resolved)", "Calls failed in Abidjan yesterday morning; resolved."),
        ("Panne des appels (résolue)", "Les appels échouaient à Abidjan hier matin ; c’est résolu."),
        ("انقطاع المكالمات (تم الحل)", "تعذرت المكالمات في أبيدجان صباح أمس، وتم الحل."),
    ]),
];

/// A place of `country` by its folded name (the largest of that name; never the country).
fn place(
    country: &str,
    folded: String,
) -> sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments<'_>> {
    sqlx::query("SELECT id, name, lat, lon FROM places WHERE country = $1 AND folded = $2 AND kind <> 'country' ORDER BY rank DESC, id LIMIT 1")
        .bind(country)
        .bind(folded)
}

/// The demo customers' homes (`home` in their country's `customers.toml`), for those who have
/// none yet: at every start, so a database seeded by an earlier version gets them too.
async fn seed_homes(db_: &Db) -> Result<(), sqlx::Error> {
    let mut tx = db_.pool.begin().await?;
    for (country, customer) in crate::countries::all()
        .iter()
        .flat_map(|c| c.customers.iter().map(move |d| (c, d)))
    {
        let id = customer.id.as_str();
        let known: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM customers c WHERE c.id = $1 AND NOT EXISTS (SELECT 1 FROM customer_places p WHERE p.customer_id = c.id)")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        if let (1, Some(row)) = (
            known,
            place(&country.code, crate::server::text::fold(&customer.home))
                .fetch_optional(&mut *tx)
                .await?,
        ) {
            let place_id: String = row.try_get("id")?;
            // Another server process starting at the same moment may have written it first.
            sqlx::query("INSERT INTO customer_places (customer_id, place_id) VALUES ($1, $2) ON CONFLICT (customer_id) DO NOTHING")
                .bind(id)
                .bind(place_id)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await
}

/// Seeds the demo advisors and the incidents (relative to `today`) once, and the customers'
/// home towns they lack.
pub async fn seed_if_empty(db_: &Db, today: NaiveDate) -> Result<(), sqlx::Error> {
    seed_homes(db_).await?;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM advisors")
        .fetch_one(&db_.pool)
        .await?;
    if n > 0 {
        return Ok(());
    }
    let mut tx = db_.pool.begin().await?;
    for (id, name, skills) in DEMO_ADVISORS {
        sqlx::query("INSERT INTO advisors (id, name, languages, countries, stores) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(name)
            .bind(skills.languages)
            .bind(skills.countries)
            .bind(skills.stores)
            .execute(&mut *tx)
            .await?;
    }
    let base = today.and_hms_opt(10, 0, 0).unwrap_or_default().and_utc();
    for (id, country, folded, category, status, impact, radius, started, end, texts) in INCIDENTS {
        let Some(row) = place(country, folded.to_string())
            .fetch_optional(&mut *tx)
            .await?
        else {
            continue;
        };
        let (name, lat, lon): (String, f64, f64) = (
            row.try_get("name")?,
            row.try_get("lat")?,
            row.try_get("lon")?,
        );
        let at = |h: i64| rfc3339(base + Duration::hours(h));
        sqlx::query(
            "INSERT INTO service_problems (id, country, category, status, impact, place_name, lat, lon, radius_m, started_at, expected_end, resolved_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(id)
        .bind(country)
        .bind(category)
        .bind(status)
        .bind(impact)
        .bind(name)
        .bind(lat)
        .bind(lon)
        .bind(radius)
        .bind(at(*started))
        .bind(end.map(at))
        .bind((*status == "resolved").then(|| end.map(at)).flatten())
        .execute(&mut *tx)
        .await?;
        for (lang, (name, description)) in ["en", "fr", "ar"].iter().zip(texts) {
            sqlx::query("INSERT INTO service_problem_texts (problem_id, lang, name, description) VALUES ($1, $2, $3, $4)")
                .bind(id)
                .bind(lang)
                .bind(name)
                .bind(description)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await
}

#[cfg(test)]
mod tests {
    /// In the demo, every queue a conversation can wait in (a country's languages and English)
    /// has an advisor who serves it.
    #[test]
    fn every_demo_queue_has_an_advisor() {
        for country in crate::countries::all() {
            let languages = country
                .languages
                .iter()
                .filter_map(|tag| tag.split('-').next())
                .chain(["en"]);
            for language in languages {
                let served = super::DEMO_ADVISORS.iter().any(|(_, _, s)| {
                    s.countries.split(' ').any(|c| c == country.code)
                        && s.languages.split(' ').any(|l| l == language)
                });
                assert!(served, "no demo advisor serves {}:{language}", country.code);
            }
        }
    }
}

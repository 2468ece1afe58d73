//! Reservations for collection in a shop: made for the signed-in customer (a replay of the
//! same key answers the first), held until closing time of the shop's next open day,
//! cancelled by their customer, expired when the hold has passed; shown with their shop and
//! product, and a QR code of the pick-up code.

use super::domain::{calendars, site};
use super::storage::{Find, NewReservation, ReservationRow, Reserved, Shops, Site, Sku};
use crate::api::{product_display_name, ErrorId, Reservation, ReservationState};
use crate::server::clock::rfc3339;
use crate::server::error::Error;
use crate::tariff::sql::Audit;
use chrono::{DateTime, Duration, Utc};

/// What a reservation asks for.
pub struct ReserveRequest<'a> {
    pub store_id: &'a str,
    pub sku: &'a str,
    pub quantity: i64,
    pub idempotency_key: &'a str,
    /// The language shown, for the shop's name.
    pub lang: &'a str,
}

/// Reservations as the customer sees them: each shop named in `lang` where the data has it,
/// each product by its name (`known`: a shop and a SKU already read). A hold that has passed
/// shows as expired even before the backend's sweep ends it.
async fn shown(
    shops: &dyn Shops,
    rows: Vec<ReservationRow>,
    lang: &str,
    now: DateTime<Utc>,
    known: Option<(&Site, &Sku)>,
) -> Result<Vec<Reservation>, Error> {
    let (mut sites, mut skus): (Vec<Site>, Vec<Sku>) = match known {
        Some((site, sku)) => (vec![site.clone()], vec![sku.clone()]),
        None => (Vec::new(), Vec::new()),
    };
    let mut store_ids: Vec<&str> = rows
        .iter()
        .map(|r| r.store_id.as_str())
        .filter(|id| !sites.iter().any(|s| s.id == *id))
        .collect();
    store_ids.sort_unstable();
    store_ids.dedup();
    let mut sku_ids: Vec<&str> = rows
        .iter()
        .map(|r| r.sku.as_str())
        .filter(|id| !skus.iter().any(|k| k.id == *id))
        .collect();
    sku_ids.sort_unstable();
    sku_ids.dedup();
    if !store_ids.is_empty() {
        sites.extend(shops.sites(&store_ids, lang, None).await?);
    }
    if !sku_ids.is_empty() {
        skus.extend(shops.skus(&sku_ids).await?);
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let site = sites.iter().find(|s| s.id == r.store_id);
            let sku = skus.iter().find(|k| k.id == r.sku);
            if site.is_none() || sku.is_none() {
                // A shop closed for good or a product no longer sold: the reservation is still
                // the customer's, shown by what is known of it.
                tracing::warn!(reservation = %r.id, "a reservation's shop or product is not found");
            }
            let held = r
                .hold_until
                .parse::<DateTime<Utc>>()
                .is_ok_and(|until| until > now);
            let state = match r.state.as_str() {
                "active" if held => ReservationState::Active,
                "active" | "expired" => ReservationState::Expired,
                "cancelled" => ReservationState::Cancelled,
                _ => ReservationState::Collected,
            };
            let (qr_path, qr_size) = if state == ReservationState::Active {
                qr(&r.code)
            } else {
                (String::new(), 0)
            };
            let (store_name, store_address, time_zone) = match site {
                Some(site) => {
                    let postcode = crate::countries::digits_in(&site.country, lang, &site.postcode);
                    (
                        site.name.clone(),
                        [
                            site.street.clone(),
                            format!("{postcode} {}", site.city).trim().to_owned(),
                        ]
                        .join(", "),
                        site.tz.name().to_owned(),
                    )
                }
                None => (r.store_id.clone(), String::new(), "UTC".to_owned()),
            };
            Reservation {
                id: r.id,
                code: r.code,
                qr_path,
                qr_size,
                state,
                store_id: r.store_id,
                store_name,
                store_address,
                time_zone,
                product_name: sku.map_or_else(
                    || r.sku.clone(),
                    |k| product_display_name(&k.brand, &k.name),
                ),
                colour: sku.and_then(|k| k.colour.clone()),
                storage_gb: sku.and_then(|k| k.storage_gb),
                sku: r.sku,
                quantity: r.quantity,
                unit_price: r.unit_price,
                created_at: r.created_at,
                hold_until: r.hold_until,
            }
        })
        .collect())
}

async fn shown_one(
    shops: &dyn Shops,
    row: ReservationRow,
    lang: &str,
    now: DateTime<Utc>,
    known: Option<(&Site, &Sku)>,
) -> Result<Reservation, Error> {
    shown(shops, vec![row], lang, now, known)
        .await?
        .pop()
        .ok_or_else(|| ErrorId::Internal.into())
}

/// The QR code of `text` as SVG path data (one `h` run per row of dark modules) and its size
/// in modules with a quiet zone of four.
pub fn qr(text: &str) -> (String, i64) {
    use qrcode::{Color, EcLevel, QrCode};
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) else {
        return (String::new(), 0);
    };
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == Color::Dark {
                let start = x;
                while x < width && colors[y * width + x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + 4,
                    y + 4,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    (path, width as i64 + 8)
}

/// Reserves units of a SKU in a shop for `customer`, held until closing time of the shop's
/// next open day. A replay of the same key answers the first reservation and writes nothing.
pub async fn reserve(
    shops: &dyn Shops,
    audit: &Audit,
    r: &ReserveRequest<'_>,
    now: DateTime<Utc>,
) -> Result<Reservation, Error> {
    let customer = audit.customer_id.as_str();
    // None is not a quantity; more than five is over the limit a customer may hold.
    if r.quantity < 1 {
        return Err(ErrorId::BadRequest.into());
    }
    if r.quantity > 5 {
        return Err(ErrorId::ReservationLimit.into());
    }
    // A replay within the window gets the first reservation; the same key for another request,
    // or after the window (a stale retry, never a new reservation), is refused — as orders are.
    let replay = |first: ReservationRow| -> Result<ReservationRow, Error> {
        if !(first.store_id == r.store_id && first.sku == r.sku && first.quantity == r.quantity) {
            return Err(ErrorId::IdempotencyKeyReused.into());
        }
        let made: DateTime<Utc> = first
            .created_at
            .parse()
            .map_err(|_| Error::from(ErrorId::Internal))?;
        if now - made > Duration::hours(crate::tariff::domain::KEY_WINDOW_HOURS) {
            return Err(ErrorId::IdempotencyKeyExpired.into());
        }
        Ok(first)
    };
    if let Some(first) = shops
        .reservation(customer, Find::Key(r.idempotency_key))
        .await?
    {
        return shown_one(shops, replay(first)?, r.lang, now, None).await;
    }
    let store = site(shops, r.store_id, r.lang, now).await?;
    let sku = shops
        .skus(&[r.sku])
        .await?
        .pop()
        .ok_or(ErrorId::ProductNotFound)?;
    if r.quantity > sku.max_per_customer {
        return Err(ErrorId::ReservationLimit.into());
    }
    let cals = calendars(shops, &[&store], now).await?;
    let hold_until = cals.of(&store).hold_until(now);
    let new = NewReservation {
        idempotency_key: r.idempotency_key.to_owned(),
        store_id: r.store_id.to_owned(),
        sku: r.sku.to_owned(),
        quantity: r.quantity,
        created_at: rfc3339(now),
        hold_until: rfc3339(hold_until),
        // The shop's price now: the receipt keeps it.
        unit_price: sku.prices.get(&store.country).cloned(),
        audit: audit.clone(),
    };
    let row = match shops.reserve(&new, sku.max_per_customer).await? {
        Reserved::New(row) => row,
        // The same key at the same moment: the other request wrote it.
        Reserved::Existing(first) => replay(first)?,
        Reserved::OverLimit => return Err(ErrorId::ReservationLimit.into()),
        Reserved::OutOfStock => return Err(ErrorId::OutOfStock.into()),
    };
    shown_one(shops, row, r.lang, now, Some((&store, &sku))).await
}

/// Cancels the customer's active reservation; its units are free again at once.
pub async fn cancel(
    shops: &dyn Shops,
    audit: &Audit,
    id: &str,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Reservation, Error> {
    let existing = shops
        .reservation(&audit.customer_id, Find::Id(id))
        .await?
        .ok_or(ErrorId::ReservationNotFound)?;
    if existing.state != "active"
        || !shops
            .end_reservation(id, "cancelled", now, Some(audit))
            .await?
    {
        return Err(ErrorId::ReservationNotCancellable.into());
    }
    let row = shops
        .reservation(&audit.customer_id, Find::Id(id))
        .await?
        .ok_or(ErrorId::Internal)?;
    shown_one(shops, row, lang, now, None).await
}

/// Expires the reservations whose hold has passed at `now` (of one customer, or all), giving
/// their units back. Returns how many this call expired; another process expiring the same
/// reservation at the same moment makes one of the two count it, never both.
pub async fn release_expired(
    shops: &dyn Shops,
    customer: Option<&str>,
    now: DateTime<Utc>,
) -> Result<u64, Error> {
    let mut released = 0;
    for id in shops.expired(customer, now).await? {
        if shops.end_reservation(&id, "expired", now, None).await? {
            released += 1;
        }
    }
    Ok(released)
}

/// The customer's reservations, newest first (expired ones released first).
pub async fn list(
    shops: &dyn Shops,
    customer: &str,
    lang: &str,
    now: DateTime<Utc>,
) -> Result<Vec<Reservation>, Error> {
    release_expired(shops, Some(customer), now).await?;
    let rows = shops.reservations(customer).await?;
    shown(shops, rows, lang, now, None).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_codes_are_squares_with_a_quiet_zone() {
        let (path, size) = qr("7KQ2M9XD");
        assert_eq!(size, 21 + 8);
        assert!(path.starts_with("M4 4h7v1h-7z"), "{path}"); // the finder pattern's top row
        let code = crate::stores::sql::pickup_code();
        assert_eq!(code.len(), 8);
        assert!(
            code.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
                && !code.contains(['I', 'L', 'O', 'U'])
        );
    }
}

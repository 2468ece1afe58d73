//! [`Shops`] over an operator's TMF674 sites, TMF687 stock and reservations and TMF620 device
//! specifications. The countries' public holidays are the widget's own (`local_shops`).
//!
//! A reservation carries the widget's idempotency key as `externalId`: a retried one is
//! never made twice. The BSS expires the reservations whose hold has passed, as it completes
//! its orders: `expired` finds none here.

use super::TmfClient;
use crate::server::error::Error;
use crate::stores::storage::{
    BoxQuery, Find, NewReservation, ReservationRow, Reserved, Shops, Site, Sku, Spot,
};
use crate::tariff::sql::Audit;
use crate::tmf::resources::shops::{
    service_name, GeographicSite, ProductSpecification, ProductStock, ReservationPatch,
    ReserveItem, ReserveProductStock,
};
use crate::tmf::resources::{parties, Money, Quantity, Ref, TimePeriod, TmfError};
use crate::tmf::{CATALOG, SITE, STOCK};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use reqwest::{Method, StatusCode};
use std::collections::HashMap;

/// Ids asked for in one call, as a comma-separated list.
const IDS_PER_CALL: usize = 100;

impl TmfClient {
    /// The reservation if it is the customer's.
    fn theirs(customer: &str, r: ReserveProductStock) -> Result<Option<ReservationRow>, Error> {
        let row = ReservationRow::try_from(r)?;
        Ok((row.customer_id == customer).then_some(row))
    }
}

#[async_trait]
impl Shops for TmfClient {
    async fn in_box(&self, q: &BoxQuery<'_>) -> Result<Vec<Spot>, Error> {
        let (lat_lo, lat_hi, lon_lo, lon_hi) = (
            q.lat.0.to_string(),
            q.lat.1.to_string(),
            q.lon.0.to_string(),
            q.lon.1.to_string(),
        );
        let mut query = vec![
            ("fields", "id,place"),
            ("place.geographicLocation.y.gte", lat_lo.as_str()),
            ("place.geographicLocation.y.lte", lat_hi.as_str()),
            ("place.geographicLocation.x.gte", lon_lo.as_str()),
            ("place.geographicLocation.x.lte", lon_hi.as_str()),
        ];
        if let Some(service) = q.service.and_then(service_name) {
            query.push(("services", service));
        }
        if let Some(sku) = q.in_stock {
            query.push(("inStock", sku));
        }
        let answer = self.get(&format!("{SITE}/geographicSite"), &query).await?;
        let spots: Vec<Spot> = self
            .list::<GeographicSite, Spot>(answer, "sites")
            .await?
            .into_iter()
            // Whatever filter the BSS applied, only what is in the box.
            .filter(|s| {
                (q.lat.0..=q.lat.1).contains(&s.lat) && (q.lon.0..=q.lon.1).contains(&s.lon)
            })
            .collect();
        Ok(spots)
    }

    async fn sites(
        &self,
        ids: &[&str],
        lang: &str,
        days: Option<(NaiveDate, NaiveDate)>,
    ) -> Result<Vec<Site>, Error> {
        let days = days.map(|(from, to)| (from.to_string(), to.to_string()));
        let mut out = Vec::new();
        for chunk in ids.chunks(IDS_PER_CALL) {
            let ids = chunk.join(",");
            let mut query = vec![("id", ids.as_str())];
            if let Some((from, to)) = &days {
                query.push(("calendar.day.gte", from.as_str()));
                query.push(("calendar.day.lte", to.as_str()));
            }
            let lang = (!lang.is_empty()).then_some(lang);
            let answer = self
                .call(
                    Method::GET,
                    &format!("{SITE}/geographicSite"),
                    &query,
                    lang,
                    None,
                )
                .await?;
            out.extend(
                self.list::<GeographicSite, Site>(answer, "sites")
                    .await?
                    .into_iter()
                    .filter(|s| chunk.contains(&s.id.as_str())),
            );
        }
        Ok(out)
    }

    async fn holidays(
        &self,
        countries: &[&str],
        days: (NaiveDate, NaiveDate),
    ) -> Result<HashMap<String, HashMap<NaiveDate, String>>, Error> {
        self.local_shops.holidays(countries, days).await
    }

    async fn stock(&self, sku: &str, ids: &[&str]) -> Result<HashMap<String, i64>, Error> {
        let mut stock = HashMap::new();
        for chunk in ids.chunks(IDS_PER_CALL) {
            let ids = chunk.join(",");
            let query = [("stockedProduct.id", sku), ("place.id", ids.as_str())];
            let answer = self.get(&format!("{STOCK}/productStock"), &query).await?;
            if !answer.status.is_success() {
                return answer.unexpected("stock");
            }
            for s in answer.json::<Vec<ProductStock>>()? {
                if s.stocked_product.id == sku && chunk.contains(&s.place.id.as_str()) {
                    stock.insert(s.place.id, s.product_stock_level.amount.max(0));
                }
            }
        }
        Ok(stock)
    }

    async fn skus(&self, ids: &[&str]) -> Result<Vec<Sku>, Error> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = ids.join(",");
        let answer = self
            .get(
                &format!("{CATALOG}/productSpecification"),
                &[("sku.id", list.as_str())],
            )
            .await?;
        if !answer.status.is_success() {
            return answer.unexpected("skus");
        }
        Ok(answer
            .json::<Vec<ProductSpecification>>()?
            .iter()
            .flat_map(ProductSpecification::to_skus)
            .filter(|k| ids.contains(&k.id.as_str()))
            .collect())
    }

    async fn products(
        &self,
        folded: &str,
        country: Option<&str>,
    ) -> Result<Vec<crate::api::Product>, Error> {
        let mut query = vec![("name", folded)];
        if let Some(c) = country {
            query.push(("place.id", c));
        }
        let answer = self
            .get(&format!("{CATALOG}/productSpecification"), &query)
            .await?;
        if !answer.status.is_success() {
            return answer.unexpected("products");
        }
        Ok(answer
            .json::<Vec<ProductSpecification>>()?
            .iter()
            .map(|p| p.to_product(country))
            .collect())
    }

    async fn reservation(
        &self,
        customer: &str,
        find: Find<'_>,
    ) -> Result<Option<ReservationRow>, Error> {
        match find {
            Find::Id(id) => {
                let answer = self
                    .get(
                        &format!("{STOCK}/reserveProductStock/{id}"),
                        &[("relatedParty.id", customer)],
                    )
                    .await?;
                match answer.status {
                    StatusCode::NOT_FOUND => Ok(None),
                    s if s.is_success() => Self::theirs(customer, answer.json()?),
                    _ => answer.unexpected("reservation"),
                }
            }
            Find::Key(key) => {
                let answer = self
                    .get(
                        &format!("{STOCK}/reserveProductStock"),
                        &[("relatedParty.id", customer), ("externalId", key)],
                    )
                    .await?;
                if !answer.status.is_success() {
                    return answer.unexpected("reservation by key");
                }
                for r in answer.json::<Vec<ReserveProductStock>>()? {
                    if r.external_id == key {
                        if let Some(row) = Self::theirs(customer, r)? {
                            return Ok(Some(row));
                        }
                    }
                }
                Ok(None)
            }
        }
    }

    async fn reservations(&self, customer: &str) -> Result<Vec<ReservationRow>, Error> {
        let answer = self
            .get(
                &format!("{STOCK}/reserveProductStock"),
                &[("relatedParty.id", customer), ("limit", "20")],
            )
            .await?;
        if !answer.status.is_success() {
            return answer.unexpected("reservations");
        }
        let mut rows = Vec::new();
        for r in answer.json::<Vec<ReserveProductStock>>()? {
            rows.extend(Self::theirs(customer, r)?);
        }
        rows.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(a.id.cmp(&b.id)));
        rows.truncate(20);
        Ok(rows)
    }

    /// The BSS holds the customer's limits: `max` is the widget's check, made before.
    async fn reserve(&self, r: &NewReservation, _max: i64) -> Result<Reserved, Error> {
        let (related_party, channel) = parties(&r.audit);
        let quantity = Quantity {
            amount: r.quantity,
            units: "unit".into(),
        };
        let resource = ReserveProductStock {
            id: String::new(),
            external_id: r.idempotency_key.clone(),
            creation_date: r.created_at.clone(),
            place: Ref::to(&r.store_id),
            related_party,
            channel,
            valid_for: TimePeriod {
                start_date_time: Some(r.created_at.clone()),
                end_date_time: Some(r.hold_until.clone()),
            },
            state: "accepted".into(),
            reserve_product_stock_item: vec![ReserveItem {
                requested_product: Ref::to(&r.sku),
                quantity_requested: quantity,
                quantity_reserved: None,
                reserve_product_stock_state: None,
            }],
            reservation_state: None,
            pickup_code: None,
            unit_price: r
                .unit_price
                .as_ref()
                .map(|m| Money::from_minor(m.amount, &m.currency)),
            kind: "SelfcareReservation".into(),
        };
        let answer = self
            .post(&format!("{STOCK}/reserveProductStock"), &resource)
            .await?;
        let customer = r.audit.customer_id.as_str();
        let mine = |answer: &super::Answer| -> Result<ReservationRow, Error> {
            Self::theirs(customer, answer.json::<ReserveProductStock>()?)?
                .ok_or_else(|| Error::Backend("a reservation of another customer".into()))
        };
        match answer.status {
            StatusCode::CREATED => Ok(Reserved::New(mine(&answer)?)),
            StatusCode::OK => Ok(Reserved::Existing(mine(&answer)?)),
            StatusCode::UNPROCESSABLE_ENTITY => {
                match answer.json::<TmfError>().map(|e| e.code).as_deref() {
                    Ok("outOfStock") => Ok(Reserved::OutOfStock),
                    Ok("overLimit") => Ok(Reserved::OverLimit),
                    _ => answer.unexpected("reserve"),
                }
            }
            _ => answer.unexpected("reserve"),
        }
    }

    /// Only a cancellation is asked of the BSS (it expires holds itself). A cancellation
    /// whose first answer was lost finds it cancelled: it counts as done.
    async fn end_reservation(
        &self,
        id: &str,
        state: &str,
        now: DateTime<Utc>,
        audit: Option<&Audit>,
    ) -> Result<bool, Error> {
        let Some(audit) = audit.filter(|_| state == "cancelled") else {
            return Ok(false);
        };
        let (related_party, channel) = parties(audit);
        let patch = ReservationPatch {
            reservation_state: state.to_owned(),
            related_party,
            channel,
            date: crate::server::clock::rfc3339(now),
        };
        let body = serde_json::to_value(&patch).map_err(|e| Error::Backend(e.to_string()))?;
        let answer = self
            .call(
                Method::PATCH,
                &format!("{STOCK}/reserveProductStock/{id}"),
                &[],
                None,
                Some(body),
            )
            .await?;
        match answer.status {
            s if s.is_success() => Ok(true),
            StatusCode::CONFLICT => Ok(self
                .reservation(&audit.customer_id, Find::Id(id))
                .await?
                .is_some_and(|r| r.state == state)),
            StatusCode::NOT_FOUND => Ok(false),
            _ => answer.unexpected("cancel reservation"),
        }
    }

    async fn expired(
        &self,
        _customer: Option<&str>,
        _now: DateTime<Utc>,
    ) -> Result<Vec<String>, Error> {
        Ok(Vec::new())
    }
}

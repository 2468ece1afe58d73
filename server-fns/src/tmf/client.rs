//! The `tmf` backend: [`Storage`] (and, in `shops`, the shops' [`Shops`]) over an operator's
//! TM Forum Open APIs.
//!
//! [`Shops`]: crate::stores::storage::Shops
//!
//! - Authenticated with OAuth 2.0 client credentials at the operator's token endpoint; the
//!   token is kept until shortly before it expires, and asked again once when refused.
//! - Every call ends within the configured timeout (`tmf_timeout_ms`), retries included: a
//!   slow or unreachable BSS becomes [`Error::Backend`], which the customer sees as
//!   `unavailable`, never a hang.
//! - A call that fails on the way (no connection, a timeout, 502, 503, 504) is tried again, up
//!   to three times, reads and writes alike; a 500 is not (the BSS's own fault would repeat).
//!   An order, a top-up and a reservation carry the widget's idempotency key as `externalId`
//!   and a usage record its mediation id, so a retried one is never made twice; a retried
//!   cancellation that finds the order (or reservation) already cancelled reads it back as
//!   cancelled.
//! - What comes back is checked to be the customer's: lines, orders, top-ups and reservations of another
//!   customer are dropped, whatever filter the BSS applied.
//! - A circuit breaker: after [`TRIP_AFTER`] calls in a row failed, calls fail at once for
//!   [`COOL_DOWN`] instead of piling onto a BSS that is down; `/readyz` reports it.
//! - What only the widget has stays in its own database (`local`, `local_shops`): the
//!   countries' plan-change rules it enforces, its count of wrong voucher codes and the
//!   countries' public holidays.

use crate::api::When;

mod shops;
use crate::server::config::Config;
use crate::server::error::Error;
use crate::tariff::sql::{Audit, CountryRules, NewOrder, OfferingRow, OrderRow, Placed};
use crate::tmf::resources::{
    action_str, item_prices, parties, Bucket, CancelProductOrder, ConsumptionCriteria, CycleDays,
    Product, ProductOffering, ProductOrder, ProductOrderItem, ProductRefOrValue,
    QueryUsageConsumption, Ref, TimePeriod, TopupBalanceResource, Usage,
};
use crate::tmf::{CATALOG, CONSUMPTION, CUSTOMER, INVENTORY, ORDERING, PREPAY, SCOPE, USAGE};
use crate::usage::storage::{BucketRow, CustomerRow, DailyRow, LineRow, Storage, UsageRecord};
use crate::usage::topup::{NewTopup, Redeemed, TopupRow};
use async_trait::async_trait;
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Calls failed in a row after which the breaker opens.
pub const TRIP_AFTER: u32 = 5;
/// How long an open breaker refuses calls before letting one through again.
pub const COOL_DOWN: Duration = Duration::from_secs(10);
/// Tries of one call (the first and two retries), within the timeout.
const TRIES: u32 = 3;

/// Fails fast while the BSS is down. Timing, not business time: `Instant`, monotonic.
#[derive(Default)]
struct Breaker {
    failures: AtomicU32,
    open_until: Mutex<Option<Instant>>,
}

impl Breaker {
    fn is_open(&self) -> bool {
        let until = self.open_until.lock().map(|u| *u).unwrap_or(None);
        until.is_some_and(|until| Instant::now() < until)
    }

    fn succeeded(&self) {
        self.failures.store(0, Ordering::Relaxed);
        if let Ok(mut until) = self.open_until.lock() {
            *until = None;
        }
    }

    fn failed(&self) {
        let failures = self.failures.fetch_add(1, Ordering::Relaxed) + 1;
        if failures >= TRIP_AFTER {
            if let Ok(mut until) = self.open_until.lock() {
                if until.is_none_or(|u| Instant::now() >= u) {
                    tracing::warn!(failures, "the operator's systems fail: calls paused");
                }
                *until = Some(Instant::now() + COOL_DOWN);
            }
        }
    }
}

/// A call's outcome the caller decides on: its status and body.
struct Answer {
    status: StatusCode,
    body: bytes::Bytes,
}

impl Answer {
    fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        serde_json::from_slice(&self.body)
            .map_err(|e| Error::Backend(format!("an answer that is not TMF: {e}")))
    }

    fn unexpected<T>(&self, what: &str) -> Result<T, Error> {
        Err(Error::Backend(format!(
            "{what}: {} {}",
            self.status,
            String::from_utf8_lossy(&self.body)
        )))
    }
}

pub struct TmfClient {
    http: reqwest::Client,
    base: String,
    token_url: String,
    client_id: String,
    client_secret: String,
    timeout: Duration,
    token: tokio::sync::Mutex<Option<(String, Instant)>>,
    breaker: Breaker,
    local: Arc<dyn Storage>,
    /// The widget's own shop data it keeps whatever the backend: the countries' holidays.
    local_shops: Arc<dyn crate::stores::storage::Shops>,
}

impl TmfClient {
    /// The client the configuration describes (`backend = "tmf"`); `local` and `local_shops`
    /// are the widget's own database.
    pub fn new(
        config: &Config,
        local: Arc<dyn Storage>,
        local_shops: Arc<dyn crate::stores::storage::Shops>,
    ) -> Result<TmfClient, Error> {
        let missing = |what: &str| Error::Backend(format!("{what} is not configured"));
        let timeout = Duration::from_millis(config.tmf_timeout_ms);
        Ok(TmfClient {
            http: reqwest::Client::builder()
                .timeout(timeout)
                .connect_timeout(timeout)
                .build()
                .map_err(|e| Error::Backend(e.to_string()))?,
            base: config
                .tmf_url
                .clone()
                .ok_or_else(|| missing("tmf_url"))?
                .trim_end_matches('/')
                .to_owned(),
            token_url: config
                .tmf_token_url
                .clone()
                .ok_or_else(|| missing("tmf_token_url"))?,
            client_id: config
                .tmf_client_id
                .clone()
                .ok_or_else(|| missing("tmf_client_id"))?,
            client_secret: config
                .tmf_client_secret
                .clone()
                .ok_or_else(|| missing("tmf_client_secret"))?,
            timeout,
            token: tokio::sync::Mutex::default(),
            breaker: Breaker::default(),
            local,
            local_shops,
        })
    }

    /// A valid access token: the one kept, or a new one when there is none, it has expired, or
    /// it is the one the BSS just `refused` (a token another call renewed meanwhile is used as
    /// it is).
    async fn token(&self, refused: Option<&str>) -> Result<String, Error> {
        let mut kept = self.token.lock().await;
        if let Some((token, until)) = kept.as_ref() {
            if Instant::now() < *until && refused != Some(token.as_str()) {
                return Ok(token.clone());
            }
        }
        #[derive(serde::Deserialize)]
        struct Granted {
            access_token: String,
            expires_in: u64,
        }
        let answer = self
            .http
            .post(&self.token_url)
            .basic_auth(&self.client_id, Some(&self.client_secret))
            .form(&[("grant_type", "client_credentials"), ("scope", SCOPE)])
            .send()
            .await
            .map_err(|e| Error::Backend(format!("token: {e}")))?;
        if !answer.status().is_success() {
            return Err(Error::Backend(format!(
                "token refused: {}",
                answer.status()
            )));
        }
        let granted: Granted = answer
            .json()
            .await
            .map_err(|e| Error::Backend(format!("token: {e}")))?;
        let lasts = Duration::from_secs(granted.expires_in.saturating_sub(30).max(1));
        *kept = Some((granted.access_token.clone(), Instant::now() + lasts));
        Ok(granted.access_token)
    }

    /// One call, tried up to [`TRIES`] times within the timeout; the breaker counts it.
    async fn call(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        lang: Option<&str>,
        body: Option<serde_json::Value>,
    ) -> Result<Answer, Error> {
        if self.breaker.is_open() {
            return Err(Error::Backend(
                "calls paused: the operator's systems are failing".into(),
            ));
        }
        let tries = async {
            let mut last = String::new();
            let mut refused: Option<String> = None;
            for attempt in 0..TRIES {
                if attempt > 0 {
                    tokio::time::sleep(Duration::from_millis(50 * u64::from(attempt))).await;
                }
                let token = match self.token(refused.as_deref()).await {
                    Ok(t) => t,
                    Err(err) => {
                        last = err.to_string();
                        continue;
                    }
                };
                let mut request = self
                    .http
                    .request(method.clone(), format!("{}{path}", self.base))
                    .bearer_auth(&token)
                    .query(query);
                if let Some(lang) = lang {
                    request = request.header(reqwest::header::ACCEPT_LANGUAGE, lang);
                }
                if let Some(body) = &body {
                    request = request.json(body);
                }
                match request.send().await {
                    // Once: a token revoked or expired early is asked again.
                    Ok(answer)
                        if answer.status() == StatusCode::UNAUTHORIZED && refused.is_none() =>
                    {
                        refused = Some(token);
                        last = "token refused".into();
                    }
                    // Passing trouble on the way (a gateway, an overloaded BSS): tried again.
                    Ok(answer)
                        if matches!(
                            answer.status(),
                            StatusCode::BAD_GATEWAY
                                | StatusCode::SERVICE_UNAVAILABLE
                                | StatusCode::GATEWAY_TIMEOUT
                        ) =>
                    {
                        last = format!("{path} answered {}", answer.status());
                    }
                    // A fault of the BSS's own: trying again would fail again.
                    Ok(answer) if answer.status().is_server_error() => {
                        return Err(Error::Backend(format!(
                            "{path} answered {}",
                            answer.status()
                        )));
                    }
                    Ok(answer) => {
                        let status = answer.status();
                        match answer.bytes().await {
                            Ok(body) => return Ok(Answer { status, body }),
                            Err(e) => last = e.to_string(),
                        }
                    }
                    Err(e) => last = format!("{path}: {e}"),
                }
            }
            Err(Error::Backend(last))
        };
        let result = match tokio::time::timeout(self.timeout, tries).await {
            Ok(result) => result,
            Err(_) => Err(Error::Backend(format!(
                "{path}: no answer within {} ms",
                self.timeout.as_millis()
            ))),
        };
        match &result {
            Ok(_) => self.breaker.succeeded(),
            Err(_) => self.breaker.failed(),
        }
        result
    }

    async fn get(&self, path: &str, query: &[(&str, &str)]) -> Result<Answer, Error> {
        self.call(Method::GET, path, query, None, None).await
    }

    async fn post<T: serde::Serialize>(&self, path: &str, body: &T) -> Result<Answer, Error> {
        let body = serde_json::to_value(body).map_err(|e| Error::Backend(e.to_string()))?;
        self.call(Method::POST, path, &[], None, Some(body)).await
    }

    /// A list answer, converted.
    async fn list<R, T>(&self, answer: Answer, what: &str) -> Result<Vec<T>, Error>
    where
        R: DeserializeOwned,
        T: TryFrom<R, Error = Error>,
    {
        if !answer.status.is_success() {
            return answer.unexpected(what);
        }
        answer
            .json::<Vec<R>>()?
            .into_iter()
            .map(T::try_from)
            .collect()
    }

    /// One resource, `None` when the BSS has no such one.
    fn one<R, T>(answer: &Answer, what: &str) -> Result<Option<T>, Error>
    where
        R: DeserializeOwned,
        T: TryFrom<R, Error = Error>,
    {
        match answer.status {
            StatusCode::NOT_FOUND => Ok(None),
            s if s.is_success() => T::try_from(answer.json::<R>()?).map(Some),
            _ => answer.unexpected(what),
        }
    }
}

/// The order to place, as TMF622 carries it.
fn order_resource(o: &NewOrder) -> ProductOrder {
    let (related_party, channel) = parties(&o.audit);
    let item_price = item_prices(o.one_time, o.recurring, &o.currency);
    ProductOrder {
        id: o.id.clone(),
        external_id: o.idempotency_key.clone(),
        state: "acknowledged".into(),
        order_date: o.today.to_string(),
        requested_start_date: o.effective.to_string(),
        completion_date: None,
        channel,
        related_party,
        product_order_item: vec![ProductOrderItem {
            id: "1".into(),
            action: action_str(o.action).into(),
            state: "acknowledged".into(),
            product: ProductRefOrValue {
                id: o.line_id.clone(),
                product_offering: o.from_offering.as_deref().map(Ref::to),
            },
            product_offering: Ref {
                id: o.offering.id.clone(),
                name: Some(o.offering.name.clone()),
                role: None,
            },
            item_price,
        }],
        kind: "SelfcareProductOrder".into(),
        creation_date: o.audit.at.clone(),
        request: o.request.clone(),
        line_version: Some(o.line_version),
        when: Some(
            match o.when {
                When::Now => "now",
                When::NextCycle => "next-cycle",
            }
            .into(),
        ),
        cycle: Some(CycleDays {
            start_date: o.cycle.start.to_string(),
            end_date: o.cycle.end.to_string(),
        }),
        from_balance: o.from_balance,
        commitment_end: o.commitment_end.clone(),
    }
}

#[async_trait]
impl Storage for TmfClient {
    /// The widget's own database answers, then the BSS answers an authorised call with what it
    /// should (a catalogue query: a wrong `tmf_url` answers 404 and is caught here). Fails at
    /// once while the breaker is open.
    async fn ping(&self) -> Result<(), Error> {
        self.local.ping().await?;
        let answer = self
            .get(&format!("{CATALOG}/productOffering"), &[("place.id", "ZZ")])
            .await?;
        if !answer.status.is_success() {
            return answer.unexpected("readiness");
        }
        answer.json::<Vec<serde_json::Value>>().map(|_| ())
    }

    async fn customer(&self, customer_id: &str) -> Result<Option<CustomerRow>, Error> {
        let answer = self
            .get(&format!("{CUSTOMER}/customer/{customer_id}"), &[])
            .await?;
        Self::one::<crate::tmf::resources::Customer, _>(&answer, "customer")
    }

    async fn lines_of(&self, customer_id: &str) -> Result<Vec<LineRow>, Error> {
        let answer = self
            .get(
                &format!("{INVENTORY}/product"),
                &[("relatedParty.id", customer_id)],
            )
            .await?;
        let lines: Vec<LineRow> = self.list::<Product, _>(answer, "products").await?;
        Ok(lines
            .into_iter()
            .filter(|l| l.customer_id == customer_id)
            .collect())
    }

    async fn buckets(&self, line_id: &str, from: &str, to: &str) -> Result<Vec<BucketRow>, Error> {
        let query = QueryUsageConsumption {
            search_criteria: ConsumptionCriteria {
                product: Ref::to(line_id),
                valid_for: TimePeriod {
                    start_date_time: Some(from.into()),
                    end_date_time: Some(to.into()),
                },
            },
            bucket: Vec::new(),
        };
        let answer = self
            .post(&format!("{CONSUMPTION}/queryUsageConsumption"), &query)
            .await?;
        if !answer.status.is_success() {
            return answer.unexpected("usage consumption");
        }
        answer
            .json::<QueryUsageConsumption>()?
            .bucket
            .into_iter()
            .map(|b: Bucket| BucketRow::try_from(b))
            .collect()
    }

    async fn daily_usage(
        &self,
        line_id: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<DailyRow>, Error> {
        let answer = self
            .get(
                &format!("{USAGE}/usage"),
                &[
                    ("product.id", line_id),
                    ("usageDate.gte", from),
                    ("usageDate.lte", to),
                ],
            )
            .await?;
        if !answer.status.is_success() {
            return answer.unexpected("usage");
        }
        answer
            .json::<Vec<Usage>>()?
            .iter()
            .map(Usage::to_daily)
            .collect()
    }

    /// Each record to TMF635 in turn (the BSS counts a record delivered twice once). Unlike the
    /// SQL backend, a batch is not one transaction: the records before a refused one stay.
    async fn ingest(&self, records: &[UsageRecord]) -> Result<u64, Error> {
        let mut new = 0;
        for record in records {
            let answer = self
                .post(&format!("{USAGE}/usage"), &Usage::record(record))
                .await?;
            match answer.status {
                StatusCode::CREATED => new += 1,
                StatusCode::OK => {}
                _ => return answer.unexpected("usage record"),
            }
        }
        Ok(new)
    }

    async fn country_rules(&self, country: &str) -> Result<Option<CountryRules>, Error> {
        self.local.country_rules(country).await
    }

    async fn offerings(&self, country: &str, lang: &str) -> Result<Vec<OfferingRow>, Error> {
        let answer = self
            .call(
                Method::GET,
                &format!("{CATALOG}/productOffering"),
                &[("place.id", country)],
                Some(lang),
                None,
            )
            .await?;
        self.list::<ProductOffering, _>(answer, "offerings").await
    }

    async fn offering(&self, id: &str, lang: &str) -> Result<Option<OfferingRow>, Error> {
        let answer = self
            .call(
                Method::GET,
                &format!("{CATALOG}/productOffering/{id}"),
                &[],
                Some(lang),
                None,
            )
            .await?;
        Self::one::<ProductOffering, _>(&answer, "offering")
    }

    /// The line's plan change ordered and not yet in effect: a `modify` order still in
    /// progress.
    async fn open_change(&self, line_id: &str) -> Result<Option<OrderRow>, Error> {
        let answer = self
            .get(
                &format!("{ORDERING}/productOrder"),
                &[
                    ("productOrderItem.product.id", line_id),
                    ("productOrderItem.action", "modify"),
                    ("state", "inProgress"),
                ],
            )
            .await?;
        Ok(self
            .list::<ProductOrder, OrderRow>(answer, "open change")
            .await?
            .into_iter()
            .find(|o| {
                o.order.line_id == line_id
                    && o.order.action == crate::api::OrderAction::Modify
                    && matches!(
                        o.order.state,
                        crate::api::OrderState::Acknowledged | crate::api::OrderState::InProgress
                    )
            }))
    }

    async fn order(&self, customer_id: &str, order_id: &str) -> Result<Option<OrderRow>, Error> {
        let answer = self
            .get(
                &format!("{ORDERING}/productOrder/{order_id}"),
                &[("relatedParty.id", customer_id)],
            )
            .await?;
        let order: Option<OrderRow> = Self::one::<ProductOrder, _>(&answer, "order")?;
        Ok(order.filter(|o| o.customer_id == customer_id))
    }

    async fn order_by_key(&self, customer_id: &str, key: &str) -> Result<Option<OrderRow>, Error> {
        let answer = self
            .get(
                &format!("{ORDERING}/productOrder"),
                &[("relatedParty.id", customer_id), ("externalId", key)],
            )
            .await?;
        Ok(self
            .list::<ProductOrder, OrderRow>(answer, "order by key")
            .await?
            .into_iter()
            .find(|o| o.customer_id == customer_id))
    }

    async fn place_order(&self, order: &NewOrder) -> Result<Placed, Error> {
        let answer = self
            .post(&format!("{ORDERING}/productOrder"), &order_resource(order))
            .await?;
        match answer.status {
            StatusCode::CREATED => Ok(Placed::New(answer.json::<ProductOrder>()?.try_into()?)),
            StatusCode::OK => Ok(Placed::Existing(answer.json::<ProductOrder>()?.try_into()?)),
            StatusCode::CONFLICT => Ok(Placed::Conflict),
            StatusCode::UNPROCESSABLE_ENTITY
                if answer.body.windows(19).any(|w| w == b"insufficientBalance") =>
            {
                Ok(Placed::InsufficientBalance)
            }
            _ => answer.unexpected("order"),
        }
    }

    /// Only the customer's own order is asked to be cancelled; when the BSS finds nothing to
    /// cancel because a first try that seemed lost did cancel it, the cancelled order is read
    /// back.
    async fn cancel_order(
        &self,
        customer_id: &str,
        order_id: &str,
        today: &str,
        audit: &Audit,
    ) -> Result<Option<OrderRow>, Error> {
        if self.order(customer_id, order_id).await?.is_none() {
            return Ok(None);
        }
        let (related_party, channel) = parties(audit);
        let cancel = CancelProductOrder {
            product_order: Ref::to(order_id),
            requested_cancellation_date: today.into(),
            related_party,
            channel,
            creation_date: audit.at.clone(),
            state: "acknowledged".into(),
            cancelled: None,
        };
        let answer = self
            .post(&format!("{ORDERING}/cancelProductOrder"), &cancel)
            .await?;
        match answer.status {
            StatusCode::NOT_FOUND => Ok(self
                .order(customer_id, order_id)
                .await?
                .filter(|o| o.order.state == crate::api::OrderState::Cancelled)),
            s if s.is_success() => answer
                .json::<CancelProductOrder>()?
                .cancelled
                .map(OrderRow::try_from)
                .transpose(),
            _ => answer.unexpected("cancel order"),
        }
    }

    /// Nothing to do here: the operator's systems complete their own orders when they fall
    /// due (the stand-in, `tmf::serve`, before it answers about a line).
    async fn complete_due(
        &self,
        _line_id: &str,
        _now: chrono::DateTime<chrono::Utc>,
    ) -> Result<u32, Error> {
        Ok(0)
    }

    async fn topup_by_key(&self, customer_id: &str, key: &str) -> Result<Option<TopupRow>, Error> {
        let answer = self
            .get(
                &format!("{PREPAY}/topupBalance"),
                &[("relatedParty.id", customer_id), ("externalId", key)],
            )
            .await?;
        let customer_of = |t: &TopupBalanceResource| {
            t.related_party
                .iter()
                .any(|p| p.id == customer_id && p.role.as_deref() == Some("customer"))
        };
        if !answer.status.is_success() {
            return answer.unexpected("top-up by key");
        }
        answer
            .json::<Vec<TopupBalanceResource>>()?
            .into_iter()
            .find(customer_of)
            .map(TopupRow::try_from)
            .transpose()
    }

    async fn voucher_failures_since(&self, customer_id: &str, since: &str) -> Result<i64, Error> {
        self.local.voucher_failures_since(customer_id, since).await
    }

    async fn record_voucher_failure(&self, customer_id: &str, at: &str) -> Result<(), Error> {
        self.local.record_voucher_failure(customer_id, at).await
    }

    async fn redeem_voucher(&self, topup: &NewTopup) -> Result<Redeemed, Error> {
        let (related_party, channel) = parties(&topup.audit);
        let resource = TopupBalanceResource {
            id: topup.id.clone(),
            external_id: topup.idempotency_key.clone(),
            product: Ref::to(&topup.line_id),
            related_party,
            channel,
            status: "acknowledged".into(),
            request: topup.request.clone(),
            creation_date: topup.audit.at.clone(),
            amount: None,
            balance_after: None,
            balance_valid_until: None,
            voucher_hash: Some(topup.code_hash.clone()),
            voucher_end: topup.code_end.clone(),
            country: Some(topup.country.clone()),
            business_date: Some(topup.today.to_string()),
        };
        let answer = self
            .post(&format!("{PREPAY}/topupBalance"), &resource)
            .await?;
        let row = |a: &Answer| a.json::<TopupBalanceResource>()?.try_into();
        match answer.status {
            StatusCode::CREATED => Ok(Redeemed::New(row(&answer)?)),
            StatusCode::OK => Ok(Redeemed::Existing(row(&answer)?)),
            StatusCode::NOT_FOUND => Ok(Redeemed::NotFound),
            StatusCode::CONFLICT => Ok(Redeemed::Used),
            StatusCode::UNPROCESSABLE_ENTITY => Ok(Redeemed::NotPrepaid),
            _ => answer.unexpected("top-up"),
        }
    }
}

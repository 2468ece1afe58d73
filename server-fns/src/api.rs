//! The types that cross the wire between the widget and the server.
//!
//! Widget and server are deployed separately, so these types are versioned on purpose: every
//! server function lives under [`API_PREFIX`] (`/api/v1`), and within a version a change may
//! only add optional fields. A breaking change is a new version with its own prefix, served
//! beside the old one until no deployed widget uses it.
//!
//! Shapes follow the TM Forum Open APIs where they fit: TMF677 usage consumption buckets
//! (remaining value, used counters, validity), TMF637 products and their terms. Quantities are
//! integers in base units (bytes, seconds, messages), money is integer minor units of the
//! currency, dates are ISO 8601 calendar dates (`2026-11-26`); the widget formats all of them
//! with the browser's `Intl` for the customer's locale.

use miniserde::{Deserialize as MiniDeserialize, Serialize as MiniSerialize};
use serde::{Deserialize, Serialize};

/// Where the server functions of this API version are mounted.
pub const API_PREFIX: &str = "/api/v1";

/// An error a server function answers with: an id the widget translates (`error-<id>` in
/// Fluent), never free text. The HTTP status comes from [`ErrorId::status`].
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub struct ApiError {
    pub error: ErrorId,
}

#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum ErrorId {
    /// No bearer token, or one whose signature, issuer or audience is wrong.
    #[serde(rename = "unauthenticated")]
    Unauthenticated,
    /// A valid token that has expired: the widget asks the host for a fresh one.
    #[serde(rename = "token-expired")]
    TokenExpired,
    /// The line does not exist or does not belong to the signed-in customer (the two are not
    /// told apart, so line ids cannot be probed).
    #[serde(rename = "line-not-found")]
    LineNotFound,
    /// The request body or an argument is malformed.
    #[serde(rename = "bad-request")]
    BadRequest,
    /// The request never reached the server or its answer was lost (set by the client).
    #[serde(rename = "network")]
    Network,
    /// The server cannot serve now (database unreachable); retrying later may work.
    #[serde(rename = "unavailable")]
    Unavailable,
    /// Anything else: a bug on the server. Details are in the server log, never in the answer.
    #[serde(rename = "internal")]
    Internal,
    /// The offering does not exist, is not sold in the customer's country, or is retired.
    #[serde(rename = "offering-not-found")]
    OfferingNotFound,
    /// The order does not exist or is not the customer's.
    #[serde(rename = "order-not-found")]
    OrderNotFound,
    /// The customer may not take this offering now; the reasons come with the offers.
    #[serde(rename = "not-eligible")]
    NotEligible,
    /// Another change of the same line was ordered at the same moment and went first.
    #[serde(rename = "conflict")]
    Conflict,
    /// The price or charge the customer agreed to is not the catalogue's any more.
    #[serde(rename = "price-changed")]
    PriceChanged,
    /// The idempotency key was used for a different request.
    #[serde(rename = "idempotency-key-reused")]
    IdempotencyKeyReused,
    /// The idempotency key is older than the replay window: a stale retry, never a new order.
    #[serde(rename = "idempotency-key-expired")]
    IdempotencyKeyExpired,
    /// The order has completed or was cancelled and cannot be cancelled now.
    #[serde(rename = "order-not-cancellable")]
    OrderNotCancellable,
    /// The customer did not give the explicit consent the order needs.
    #[serde(rename = "consent-required")]
    ConsentRequired,
    /// Latitude or longitude outside the Earth (or not a number).
    #[serde(rename = "bad-coordinates")]
    BadCoordinates,
    /// A search radius larger than the locator serves (200 km) or not positive.
    #[serde(rename = "radius-too-large")]
    RadiusTooLarge,
    /// A search text that is empty once spaces and punctuation are removed, or too long.
    #[serde(rename = "query-empty")]
    QueryEmpty,
    /// The store does not exist.
    #[serde(rename = "store-not-found")]
    StoreNotFound,
    /// The product or variant does not exist.
    #[serde(rename = "product-not-found")]
    ProductNotFound,
    /// The store has fewer units free than asked for (someone else may just have taken them).
    #[serde(rename = "out-of-stock")]
    OutOfStock,
    /// More units of this product than one customer may hold, or a quantity out of range.
    #[serde(rename = "reservation-limit")]
    ReservationLimit,
    /// The reservation does not exist or is not the customer's.
    #[serde(rename = "reservation-not-found")]
    ReservationNotFound,
    /// The reservation has ended (collected, cancelled or expired).
    #[serde(rename = "reservation-not-cancellable")]
    ReservationNotCancellable,
    /// The conversation does not exist or is not the caller's.
    #[serde(rename = "conversation-not-found")]
    ConversationNotFound,
    /// A chat message that is empty once spaces are trimmed.
    #[serde(rename = "message-empty")]
    MessageEmpty,
    /// A chat message longer than [`MAX_MESSAGE_CHARS`].
    #[serde(rename = "message-too-long")]
    MessageTooLong,
    /// A chat message with control characters (other than line breaks and tabs).
    #[serde(rename = "message-invalid")]
    MessageInvalid,
    /// Too many messages from this conversation or this address in a short time.
    #[serde(rename = "rate-limited")]
    RateLimited,
    /// The conversation has ended: a new one is needed.
    #[serde(rename = "conversation-closed")]
    ConversationClosed,
    /// The caller's token does not give the role this needs (an advisor's, say), or a
    /// partner has no delegation from the customer for this.
    #[serde(rename = "forbidden")]
    Forbidden,
    /// A delegation code that is wrong, used or expired.
    #[serde(rename = "delegation-invalid")]
    DelegationInvalid,
    /// A one-time code that is wrong or has expired.
    #[serde(rename = "code-invalid")]
    CodeInvalid,
    /// Too many wrong codes: a new one must be asked for.
    #[serde(rename = "code-locked")]
    CodeLocked,
    /// A kiosk's QR sign-in that does not exist, was used or has expired: scan again.
    #[serde(rename = "pairing-not-found")]
    PairingNotFound,
    /// A voucher code that is not 10 to 20 digits (spaces and hyphens aside).
    #[serde(rename = "voucher-invalid")]
    VoucherInvalid,
    /// No voucher of the customer's country has this code.
    #[serde(rename = "voucher-not-found")]
    VoucherNotFound,
    /// The voucher was credited before, to this line or another.
    #[serde(rename = "voucher-used")]
    VoucherUsed,
    /// Too many wrong voucher codes from this customer in the last 24 hours.
    #[serde(rename = "voucher-attempts")]
    VoucherAttempts,
    /// A voucher tops up a prepaid line; this one is postpaid.
    #[serde(rename = "line-not-prepaid")]
    LineNotPrepaid,
}

impl ErrorId {
    /// The HTTP status the server answers with for this error.
    pub fn status(self) -> u16 {
        match self {
            ErrorId::Unauthenticated | ErrorId::TokenExpired => 401,
            ErrorId::LineNotFound => 404,
            ErrorId::BadRequest => 400,
            ErrorId::Network | ErrorId::Unavailable => 503,
            ErrorId::Internal => 500,
            ErrorId::OfferingNotFound | ErrorId::OrderNotFound => 404,
            ErrorId::Conflict | ErrorId::IdempotencyKeyReused | ErrorId::OrderNotCancellable => 409,
            ErrorId::NotEligible
            | ErrorId::PriceChanged
            | ErrorId::IdempotencyKeyExpired
            | ErrorId::ConsentRequired => 422,
            ErrorId::BadCoordinates | ErrorId::RadiusTooLarge | ErrorId::QueryEmpty => 400,
            ErrorId::StoreNotFound | ErrorId::ProductNotFound | ErrorId::ReservationNotFound => 404,
            ErrorId::OutOfStock | ErrorId::ReservationNotCancellable => 409,
            ErrorId::ReservationLimit => 422,
            ErrorId::ConversationNotFound => 404,
            ErrorId::MessageEmpty | ErrorId::MessageInvalid => 400,
            ErrorId::MessageTooLong => 413,
            ErrorId::RateLimited => 429,
            ErrorId::ConversationClosed => 409,
            ErrorId::Forbidden => 403,
            ErrorId::DelegationInvalid | ErrorId::CodeInvalid => 400,
            ErrorId::PairingNotFound => 404,
            ErrorId::CodeLocked => 429,
            ErrorId::VoucherInvalid => 400,
            ErrorId::VoucherNotFound => 404,
            ErrorId::VoucherUsed | ErrorId::LineNotPrepaid => 409,
            ErrorId::VoucherAttempts => 429,
        }
    }
}

impl From<ErrorId> for ApiError {
    fn from(error: ErrorId) -> Self {
        ApiError { error }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.error)
    }
}

impl server_fn::error::FromServerFnError for ApiError {
    type Encoder = crate::codec::MiniJsonEncoding;

    fn from_server_fn_error(value: server_fn::error::ServerFnErrorErr) -> Self {
        use server_fn::error::ServerFnErrorErr as E;
        let error = match value {
            E::Args(_) | E::MissingArg(_) | E::UnsupportedRequestMethod(_) => ErrorId::BadRequest,
            E::Request(_) | E::Response(_) => ErrorId::Network,
            E::Deserialization(_) => ErrorId::BadRequest,
            _ => ErrorId::Internal,
        };
        ApiError { error }
    }

    /// On the server, encoding the error is where the answer gets the status its id stands for
    /// (`crate::server::error::respond`).
    #[cfg(feature = "ssr")]
    fn ser(&self) -> bytes::Bytes {
        use server_fn::Encodes;
        crate::server::error::respond(self);
        Self::Encoder::encode(self)
            .unwrap_or_else(|_| bytes::Bytes::from_static(br#"{"error":"internal"}"#))
    }
}

/// How a line is paid for.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum Payment {
    #[serde(rename = "prepaid")]
    Prepaid,
    #[serde(rename = "postpaid")]
    Postpaid,
}

/// Everything the usage view shows, in one answer (`get_usage`): one round trip on a slow network.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct UsageResponse {
    pub profile: Profile,
    /// The asked-for line, else the customer's first line; `None` when they have no line.
    pub line: Option<LineUsage>,
}

/// One line's current cycle, past cycles and contract.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct LineUsage {
    pub cycle: UsageOverview,
    /// The last six completed cycles, newest first (those since the line started).
    pub history: Vec<CycleSummary>,
    pub contract: Contract,
    /// A tariff change ordered for the next cycle, cancellable until it takes effect.
    pub pending_change: Option<ProductOrder>,
}

/// The signed-in customer and their lines.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub given_name: String,
    /// ISO 3166 alpha-2 country of the customer's contract.
    pub country: String,
    /// ISO 4217 currency of the contract.
    pub currency: String,
    pub lines: Vec<LineSummary>,
}

#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct LineSummary {
    pub id: String,
    /// The last four digits of the phone number: enough to tell lines apart, never the number.
    pub number_ending: String,
    pub plan_name: String,
    pub payment: Payment,
}

/// What a bucket counts (TMF677 `usageType`).
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq, Hash,
)]
pub enum UsageType {
    #[serde(rename = "data")]
    Data,
    #[serde(rename = "voice")]
    Voice,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "roaming-data")]
    RoamingData,
}

/// The unit of a bucket's amounts.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum Unit {
    #[serde(rename = "bytes")]
    Bytes,
    #[serde(rename = "seconds")]
    Seconds,
    #[serde(rename = "messages")]
    Messages,
}

/// How close a bucket is to its allowance: EU rules ask for notice at a threshold and when
/// it is used up.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum Threshold {
    #[serde(rename = "normal")]
    Normal,
    /// 80 % or more used.
    #[serde(rename = "warning")]
    Warning,
    /// Nothing left.
    #[serde(rename = "exhausted")]
    Exhausted,
}

/// A usage consumption bucket (TMF677): an allowance valid for a period, with what was used.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    pub id: String,
    /// The name the catalogue gives (a product name, not translated), e.g. "Roaming Europe 5 GB".
    pub name: String,
    pub usage_type: UsageType,
    pub unit: Unit,
    /// `None` for an unlimited bucket.
    pub allowance: Option<i64>,
    /// The `used` bucket counter.
    pub used: i64,
    /// Remaining value; `None` for an unlimited bucket.
    pub remaining: Option<i64>,
    /// True when the allowance is shared between several lines of the customer.
    pub is_shared: bool,
    /// How many lines share it (1 when not shared).
    pub shared_lines: u32,
    /// True for add-ons (boosters, passes) bought on top of the plan.
    pub is_addon: bool,
    pub valid_from: String,
    /// Last day of validity, inclusive.
    pub valid_to: String,
    pub threshold: Threshold,
    /// At the pace of this cycle so far, what will be used by `valid_to`, and the day the
    /// allowance runs out if that comes first.
    pub projection: Option<Projection>,
}

#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Projection {
    pub projected_used: i64,
    /// The day the allowance would be used up at this pace, when it is before the end.
    pub runs_out_on: Option<String>,
}

/// One day's usage of a line (from the daily roll-ups).
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct DailyUsage {
    pub day: String,
    pub data_bytes: i64,
    pub voice_seconds: i64,
    pub sms: i64,
}

/// The current billing cycle of a line.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct UsageOverview {
    pub line_id: String,
    pub payment: Payment,
    pub cycle_start: String,
    /// Last day of the cycle, inclusive.
    pub cycle_end: String,
    /// The day the figures are for, in the server's calendar.
    pub today: String,
    pub days_left: u32,
    pub buckets: Vec<Bucket>,
    /// Every day of the cycle up to today, oldest first.
    pub daily: Vec<DailyUsage>,
}

/// One past billing cycle.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct CycleSummary {
    pub start: String,
    pub end: String,
    pub data_bytes: i64,
    /// The data allowance of the cycle; `None` when unlimited.
    pub data_allowance: Option<i64>,
    pub voice_seconds: i64,
    pub sms: i64,
}

/// How a contract continues at the end of its term.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum Renewal {
    /// Rolls on month by month, cancellable with notice.
    #[serde(rename = "monthly")]
    Monthly,
    /// Prepaid: nothing renews; the customer tops up.
    #[serde(rename = "none")]
    None,
}

/// The line's product and its terms (TMF637), and for prepaid lines the balance (TMF654).
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Contract {
    pub line_id: String,
    pub plan_name: String,
    pub payment: Payment,
    pub currency: String,
    /// Monthly price in minor units of `currency`; `None` for prepaid plans bought per period.
    pub monthly_price: Option<i64>,
    /// Price of a prepaid plan's period, in minor units.
    pub period_price: Option<i64>,
    pub start_date: String,
    /// End of the commitment (TMF637 product term), if the customer is committed.
    pub commitment_end: Option<String>,
    pub renewal: Renewal,
    pub prepaid_balance: Option<PrepaidBalance>,
}

#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct PrepaidBalance {
    /// In minor units of the contract's currency.
    pub amount: i64,
    /// The day the balance and the plan's buckets expire unless topped up.
    pub expires_on: String,
}

/// A prepaid top-up (TMF654 `topupBalance`): a voucher credited to a line's balance.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct TopupBalance {
    pub id: String,
    pub line_id: String,
    /// The voucher's last four digits ("…4821"), as a receipt shows it.
    pub voucher: String,
    /// Credited, in minor units of `currency`.
    pub amount: i64,
    pub currency: String,
    /// The line's balance after the top-up, and the day it is valid until.
    pub balance: PrepaidBalance,
    /// When it was credited (RFC 3339, the business clock).
    pub requested_date: String,
}

// ---------------------------------------------------------------------------------------------
// Tariff change and add-ons: the catalogue (TMF620), eligibility (TMF679), orders (TMF622).

/// Where the widget runs: what the catalogue is sold through (TMF620 `channel`).
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum Channel {
    #[serde(rename = "website")]
    Website,
    #[serde(rename = "kiosk")]
    Kiosk,
    #[serde(rename = "portal")]
    Portal,
}

/// A plan or an add-on (TMF620 `ProductOffering`, flattened): prices in minor units of the
/// currency, allowances per cycle in base units with `None` for unlimited and `Some(0)` for
/// not included.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Offering {
    pub id: String,
    /// In the language asked for (else English).
    pub name: String,
    pub description: String,
    pub is_addon: bool,
    pub payment: Payment,
    /// Recurring monthly price (postpaid plans), price of a 30-day period (prepaid plans), or
    /// one-time price (add-ons).
    pub price: i64,
    /// A promotional price for the first `promo_months` months.
    pub promo_price: Option<i64>,
    pub promo_months: Option<u32>,
    pub data: Option<i64>,
    pub voice: Option<i64>,
    pub sms: Option<i64>,
    /// Data usable when roaming in the EU / the zone, `Some(0)` when not included.
    pub roaming_data: Option<i64>,
    /// Commitment in months (TMF620 `productOfferingTerm`), 0 for none.
    pub term_months: u32,
    /// How long an add-on is valid, in days.
    pub validity_days: Option<u32>,
    /// Maximum download and upload speeds in Mbit/s (EU contract summary).
    pub download_mbps: u32,
    pub upload_mbps: u32,
}

/// Why an offering cannot be taken (TMF679 `eligibilityUnavailabilityReason`): an id the
/// widget translates (`reason-<id>`), with the date it refers to when there is one.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Unavailability {
    pub code: ReasonId,
    pub date: Option<String>,
}

#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum ReasonId {
    /// It is the line's plan.
    #[serde(rename = "current-plan")]
    CurrentPlan,
    /// Committed until `date`: only plans at the same price or above until then.
    #[serde(rename = "commitment")]
    Commitment,
    /// A bill is overdue.
    #[serde(rename = "unpaid-bill")]
    UnpaidBill,
    #[serde(rename = "business-only")]
    BusinessOnly,
    #[serde(rename = "consumer-only")]
    ConsumerOnly,
    /// Not sold on the website / in shops / by this partner.
    #[serde(rename = "not-online")]
    NotOnline,
    #[serde(rename = "not-in-shops")]
    NotInShops,
    #[serde(rename = "not-with-partner")]
    NotWithPartner,
    /// Moving between prepaid and postpaid is not offered in this country.
    #[serde(rename = "payment-change")]
    PaymentChange,
    /// The plan was changed recently: the next change is possible from `date`.
    #[serde(rename = "recent-change")]
    RecentChange,
    /// A change is already scheduled: cancel it first.
    #[serde(rename = "pending-change")]
    PendingChange,
    /// A prepaid balance below the add-on's price.
    #[serde(rename = "insufficient-balance")]
    InsufficientBalance,
}

/// When a change takes effect.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum When {
    #[serde(rename = "now")]
    Now,
    #[serde(rename = "next-cycle")]
    NextCycle,
}

/// What a change would cost if it took effect `when`: computed by the server from the
/// catalogue, in minor units.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub when: When,
    pub effective_date: String,
    /// Charged once (positive) or credited (negative) on the next bill, or taken from the
    /// prepaid balance: the price difference for the rest of the cycle.
    pub one_time: i64,
    /// Days from the effective date to the end of the cycle, and the cycle's length.
    pub days_charged: u32,
    pub cycle_days: u32,
    /// The new monthly (or period) amount.
    pub recurring: i64,
    /// New recurring amount minus the current one.
    pub difference: i64,
}

/// One offering's qualification (TMF679 `productOfferingQualificationItem`).
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Qualification {
    pub offering: Offering,
    pub qualified: bool,
    pub reasons: Vec<Unavailability>,
    /// The ways it may take effect, each with its price; empty when not qualified.
    pub quotes: Vec<Quote>,
}

/// What a line may move to or add (`get_offers`).
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct OffersResponse {
    pub line_id: String,
    pub currency: String,
    /// The line's current plan, for the comparison.
    pub current: Offering,
    pub commitment_end: Option<String>,
    pub plans: Vec<Qualification>,
    pub addons: Vec<Qualification>,
    pub pending_change: Option<ProductOrder>,
}

/// TMF622 order states used here.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum OrderState {
    #[serde(rename = "acknowledged")]
    Acknowledged,
    #[serde(rename = "inProgress")]
    InProgress,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "rejected")]
    Rejected,
    #[serde(rename = "cancelled")]
    Cancelled,
}

/// TMF622 `productOrderItem.action`.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum OrderAction {
    /// A tariff change: the line's product toward another offering.
    #[serde(rename = "modify")]
    Modify,
    /// An add-on.
    #[serde(rename = "add")]
    Add,
}

/// A product order (TMF622) with its one item, flattened.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct ProductOrder {
    /// The order reference the customer quotes.
    pub id: String,
    pub state: OrderState,
    pub action: OrderAction,
    pub line_id: String,
    /// The product the item modifies: the line's offering before the change.
    pub from_offering: Option<String>,
    pub offering_id: String,
    pub offering_name: String,
    pub order_date: String,
    pub effective_date: String,
    pub completion_date: Option<String>,
    pub currency: String,
    pub one_time: i64,
    pub recurring: Option<i64>,
}

// ---------------------------------------------------------------------------------------
// Store locator, stock and reservations (TMF674 geographic sites, TMF687 stock).

/// A place of the gazetteer a typed text matches (a suggestion).
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq)]
pub struct Place {
    pub id: String,
    /// ISO 3166 alpha-2.
    pub country: String,
    pub kind: PlaceKind,
    /// The name as matched, in the language it was typed in when the gazetteer has it.
    pub name: String,
    /// The town a district or postcode belongs to.
    pub parent: Option<String>,
    pub lat: f64,
    pub lon: f64,
}

#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum PlaceKind {
    #[serde(rename = "country")]
    Country,
    #[serde(rename = "town")]
    Town,
    #[serde(rename = "district")]
    District,
    #[serde(rename = "postcode")]
    Postcode,
}

/// A service a shop offers.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum StoreService {
    #[serde(rename = "repairs")]
    Repairs,
    #[serde(rename = "sim")]
    Sim,
    #[serde(rename = "financing")]
    Financing,
    #[serde(rename = "mobile-money")]
    MobileMoney,
    /// Step-free access for wheelchairs and prams.
    #[serde(rename = "step-free")]
    StepFree,
}

impl StoreService {
    pub const ALL: [StoreService; 5] = [
        StoreService::Repairs,
        StoreService::Sim,
        StoreService::Financing,
        StoreService::MobileMoney,
        StoreService::StepFree,
    ];
    /// Its id on the wire and in message ids (`service-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            StoreService::Repairs => "repairs",
            StoreService::Sim => "sim",
            StoreService::Financing => "financing",
            StoreService::MobileMoney => "mobile-money",
            StoreService::StepFree => "step-free",
        }
    }
    pub fn from_id(id: &str) -> Option<StoreService> {
        StoreService::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Why a shop keeps other hours today.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum Special {
    #[serde(rename = "holiday")]
    Holiday,
    #[serde(rename = "exceptional")]
    Exceptional,
}

/// Open or closed now, in the shop's own time zone.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    pub open: bool,
    /// When it closes (open) or next opens (closed), an instant (RFC 3339, UTC); the widget
    /// shows it in `time_zone`. `None`: open round the clock, or closed for the coming week.
    pub change_at: Option<String>,
    /// Local days from today to `change_at`: 0 today, 1 tomorrow.
    pub change_day: Option<i64>,
    pub special: Option<Special>,
    /// The public holiday's name, in the country's language.
    pub holiday: Option<String>,
}

/// One local day of a shop's calendar.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct DayHours {
    /// The local date (`2026-11-27`).
    pub date: String,
    /// Opening periods in local time, `HH:MM`; an end past midnight is written as it is on the
    /// clock (`02:00`). Empty: closed.
    pub periods: Vec<HourPeriod>,
    pub special: Option<Special>,
    pub holiday: Option<String>,
}

#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct HourPeriod {
    pub from: String,
    pub to: String,
}

/// Units of a product in a shop (TMF687 product stock): a level, and the quantity where
/// the operator shows it.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum StockStatus {
    #[serde(rename = "inStock")]
    InStock,
    /// Three units or fewer.
    #[serde(rename = "lowStock")]
    LowStock,
    #[serde(rename = "outOfStock")]
    OutOfStock,
}

#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct StockLevel {
    pub sku: String,
    pub status: StockStatus,
    pub quantity: Option<i64>,
    /// What one unit costs in this shop (its country's price); `None` when it has none.
    pub price: Option<Money>,
}

/// An amount of money: minor units of an ISO 4217 currency (`44900` `EUR` is 449,00 €).
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Money {
    pub amount: i64,
    pub currency: String,
}

/// A shop (TMF674 geographic site) as the locator lists it.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq)]
pub struct Store {
    pub id: String,
    pub code: String,
    pub name: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub country: String,
    /// E.164 with spaces as the country writes it.
    pub phone: String,
    pub lat: f64,
    pub lon: f64,
    /// IANA time zone of the shop's calendar.
    pub time_zone: String,
    /// From the searched point, in metres.
    pub distance_m: i64,
    pub services: Vec<StoreService>,
    pub opening: Opening,
    /// The calendar of the coming seven local days, today first (TMF674 `calendar`: hour
    /// periods per day, holidays and exceptions applied).
    pub week: Vec<DayHours>,
    /// The stock of the asked-for SKU, when one was asked for.
    pub stock: Option<StockLevel>,
    /// The kiosk's own shop (`store` attribute): listed first.
    pub here: bool,
}

#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq)]
pub struct StoresResponse {
    pub stores: Vec<Store>,
    /// How far the search looked, in metres.
    pub radius_m: i64,
    /// The deployment's map tiles, when it has a tile server (else the list stands alone).
    pub map: Option<MapTiles>,
}

/// A slippy-map tile server: `template` has `{z}`, `{x}` and `{y}`.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct MapTiles {
    pub template: String,
    pub attribution: Option<String>,
}

#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum ProductKind {
    #[serde(rename = "device")]
    Device,
    #[serde(rename = "sim")]
    Sim,
    #[serde(rename = "accessory")]
    Accessory,
}

/// A product shops sell, with its variants.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Product {
    pub id: String,
    pub kind: ProductKind,
    pub brand: String,
    pub name: String,
    /// Path of the product's picture on the server (`/images/products/<id>.svg`).
    pub image: String,
    pub variants: Vec<Variant>,
}

/// The brand of the operator's own products (SIM cards), which their names leave out.
pub const HOUSE_BRAND: &str = "Selfcare";

/// A product's name as customers read it: "Samsung Galaxy A55 5G", "Prepaid SIM card".
pub fn product_display_name(brand: &str, name: &str) -> String {
    if brand == HOUSE_BRAND {
        name.to_owned()
    } else {
        format!("{brand} {name}")
    }
}

impl Product {
    pub fn display_name(&self) -> String {
        product_display_name(&self.brand, &self.name)
    }
}

/// One SKU of a product: a colour (an id the widget translates: `colour-<id>`) and a storage size.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub sku: String,
    pub colour: Option<String>,
    pub storage_gb: Option<i64>,
    /// The most units one customer may hold reserved.
    pub max_per_customer: i64,
    /// The shop price in the country asked for; `None` when none was asked or it is not sold there.
    pub price: Option<Money>,
}

/// TMF687 reservation states.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum ReservationState {
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "cancelled")]
    Cancelled,
    #[serde(rename = "expired")]
    Expired,
    #[serde(rename = "collected")]
    Collected,
}

/// Units held in a shop for a customer to collect (TMF687 reserve product stock).
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Reservation {
    pub id: String,
    /// What the customer shows in the shop; the QR code encodes it.
    pub code: String,
    /// The QR code of `code` as SVG path data over a square of `qr_size` modules (quiet zone
    /// included): the widget draws it without a QR encoder of its own. Empty (and 0) once the
    /// reservation has ended: there is nothing to collect.
    pub qr_path: String,
    pub qr_size: i64,
    pub state: ReservationState,
    pub store_id: String,
    pub store_name: String,
    pub store_address: String,
    pub time_zone: String,
    pub sku: String,
    pub product_name: String,
    pub colour: Option<String>,
    pub storage_gb: Option<i64>,
    pub quantity: i64,
    /// The price of one unit when it was reserved, paid in the shop on collection.
    pub unit_price: Option<Money>,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// Held until this instant (closing time of the shop's next open day), RFC 3339, UTC.
    pub hold_until: String,
}

/// The longest chat message, in characters.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// Who wrote a chat message.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum Author {
    #[serde(rename = "customer")]
    Customer,
    #[serde(rename = "assistant")]
    Assistant,
    #[serde(rename = "advisor")]
    Advisor,
    /// What happens in the conversation: queue position, an advisor joining or leaving.
    #[serde(rename = "system")]
    System,
}

/// What a rich card in the conversation shows. The widget fills it through the same server
/// functions as its other views (usage, offers, stores), so the card is always current.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum CardKind {
    /// The customer's usage this cycle (`get_usage`).
    #[serde(rename = "usage")]
    Usage,
    /// The prepaid balance and until when it is valid (`get_usage`): after a top-up.
    #[serde(rename = "balance")]
    Balance,
    /// Plans cheaper than the customer's (`get_offers`), up to `max_price`, or why there are none.
    #[serde(rename = "plans")]
    Plans,
    /// Plans the customer may move to, at any price, with the way to compare them all.
    #[serde(rename = "change-plan")]
    ChangePlan,
    /// Add-ons the customer may buy for the line, with the way to buy one.
    #[serde(rename = "addons")]
    Addons,
    /// Shops near `place`, with `sku` in stock when given (`stores`).
    #[serde(rename = "stores")]
    Stores,
    /// A knowledge-base article: `title` and `body`.
    #[serde(rename = "article")]
    Article,
    /// The customer's place in the advisors' queue.
    #[serde(rename = "queue")]
    Queue,
    /// The 1–5 satisfaction rating.
    #[serde(rename = "rating")]
    Rating,
}

#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq)]
pub struct Card {
    pub kind: CardKind,
    pub title: Option<String>,
    pub body: Option<String>,
    pub place: Option<Place>,
    /// A product's variant to find in stock, and the product's display name.
    pub sku: Option<String>,
    pub product: Option<String>,
    /// Minor units of the customer's currency.
    pub max_price: Option<i64>,
    pub position: Option<i64>,
    pub wait_minutes: Option<i64>,
    /// A usage card about one kind of allowance only ("how much data is left"); the rest is
    /// one tap away.
    pub meter: Option<UsageType>,
}

impl Card {
    pub fn new(kind: CardKind) -> Card {
        Card {
            kind,
            title: None,
            body: None,
            place: None,
            sku: None,
            product: None,
            max_price: None,
            position: None,
            wait_minutes: None,
            meter: None,
        }
    }
}

/// A choice offered under a message; choosing it sends `label` with `intent`.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct QuickReply {
    pub label: String,
    pub intent: String,
}

/// One message of a conversation. `seq` orders a conversation's messages without gaps: a
/// client that has seen up to `seq` asks for what comes after it.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq)]
pub struct ChatMessage {
    pub id: String,
    pub seq: i64,
    pub author: Author,
    /// The advisor's given name; none for the customer and the assistant.
    pub name: Option<String>,
    /// Plain text: never markup.
    pub text: String,
    /// RFC 3339.
    pub at: String,
    pub card: Option<Card>,
    pub replies: Vec<QuickReply>,
    /// The customer's own id for a message they sent (its idempotency key).
    pub client_id: Option<String>,
}

/// Where a conversation stands.
#[derive(
    Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, Copy, PartialEq, Eq,
)]
pub enum ChatState {
    /// With the assistant.
    #[serde(rename = "assistant")]
    Assistant,
    /// Waiting for an advisor.
    #[serde(rename = "queued")]
    Queued,
    /// An advisor is in the conversation.
    #[serde(rename = "advisor")]
    Advisor,
    /// Outside advisors' hours: the next message is left for them.
    #[serde(rename = "leave-message")]
    LeaveMessage,
    /// A message was left as a ticket; the answer comes here.
    #[serde(rename = "ticket")]
    Ticket,
    #[serde(rename = "closed")]
    Closed,
}

/// What changed in a conversation since a sequence number.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq)]
pub struct ChatUpdate {
    pub state: ChatState,
    pub messages: Vec<ChatMessage>,
}

/// A conversation as its customer sees it.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq)]
pub struct Conversation {
    pub id: String,
    /// Opens the live stream of this conversation (`/api/v1/chat/stream`), and lets an
    /// anonymous customer come back to it for the page's life.
    pub key: String,
    pub lang: String,
    pub state: ChatState,
    pub messages: Vec<ChatMessage>,
}

// ---------------------------------------------------------------------------------------------
// The advisors' console (its own bundle; nothing below is used by the customer's widget).

/// A conversation in an advisor's lists: waiting in a queue they serve, or theirs.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq)]
pub struct QueueEntry {
    pub conversation: String,
    pub state: ChatState,
    /// `<country>:<lang>`.
    pub queue: String,
    pub country: String,
    pub lang: String,
    /// The customer's given name; none for an anonymous visitor.
    pub customer: Option<String>,
    /// Since when it waits (RFC 3339).
    pub since: String,
    /// The customer's last message.
    pub last_text: String,
    /// For a shop's queue (`store:<id>`), the shop's name: the advisor goes to the customer
    /// at its kiosk.
    pub shop: Option<String>,
}

/// A message left outside advisors' hours (TMF621 TroubleTicket, flattened).
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct TroubleTicket {
    pub id: String,
    pub conversation: String,
    pub customer: Option<String>,
    pub country: String,
    pub lang: String,
    pub description: String,
    /// submitted, acknowledged, inProgress, resolved, closed.
    pub status: String,
    pub created_at: String,
}

/// A ready-made answer in a language.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct CannedAnswer {
    pub lang: String,
    pub title: String,
    pub text: String,
}

/// Everything the console's queue view shows, in one answer.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq)]
pub struct AdvisorDesk {
    pub advisor: String,
    pub name: String,
    pub languages: Vec<String>,
    pub countries: Vec<String>,
    /// Oldest first.
    pub waiting: Vec<QueueEntry>,
    pub mine: Vec<QueueEntry>,
    pub tickets: Vec<TroubleTicket>,
    pub canned: Vec<CannedAnswer>,
    /// The queues an advisor may transfer to.
    pub queues: Vec<String>,
}

/// A known network incident (TMF656 ServiceProblem, flattened), in one language.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Incident {
    pub id: String,
    pub name: String,
    pub description: String,
    /// mobile-data, voice, sms.
    pub category: String,
    /// acknowledged, inProgress, resolved.
    pub status: String,
    /// critical, major, minor.
    pub impact: String,
    pub place: String,
    pub started_at: String,
    pub expected_end: Option<String>,
    /// From the place asked about.
    pub distance_m: i64,
}

/// One of the customer's recent orders.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct OrderBrief {
    pub id: String,
    pub offering: String,
    pub state: String,
    pub created_at: String,
}

/// The customer at a glance, for the advisor.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq)]
pub struct CustomerContext {
    pub name: String,
    pub country: String,
    pub home: Option<String>,
    pub currency: String,
    /// Each line with its current cycle.
    pub lines: Vec<LineUsage>,
    pub orders: Vec<OrderBrief>,
    pub reservations: Vec<Reservation>,
    pub incidents: Vec<Incident>,
}

/// A conversation as an advisor sees it.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq)]
pub struct AdvisorConversation {
    pub conversation: Conversation,
    pub queue: String,
    pub country: String,
    /// Whose it is: none while it waits.
    pub advisor: Option<String>,
    pub customer: Option<CustomerContext>,
    /// What the assistant understood of the customer's messages, newest last.
    pub intents: Vec<String>,
}

/// A consent code the customer reads out to a partner.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct DelegationCode {
    pub code: String,
    pub partner: String,
    pub partner_name: String,
    pub scopes: String,
    pub expires_at: String,
}

/// What a partner may now do for a customer.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct Delegation {
    pub customer: String,
    pub scopes: String,
    pub expires_at: String,
}

/// A kiosk sign-in under way: the code went to `masked_number` (never the whole number).
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct KioskChallenge {
    pub challenge: String,
    pub masked_number: String,
    pub expires_at: String,
}

/// A kiosk-scoped token: short-lived, for the kiosk channel.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct KioskSession {
    pub token: String,
    pub expires_in: i64,
}

/// "Continue on your phone": a short-lived link to a view and its QR code. The link holds a
/// random id only; what it opens (a shop and a product, the plans, the reservations) is public.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct PhoneLink {
    pub url: String,
    /// The QR code of `url` as SVG path data over `qr_size` modules (quiet zone included).
    pub qr_path: String,
    pub qr_size: i64,
    pub expires_at: String,
}

/// Signing in at a kiosk from a phone where the customer is signed in: the kiosk shows
/// `link` as a QR code and asks with `secret` whether the phone approved.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct KioskPairing {
    pub pairing: String,
    pub secret: String,
    pub link: PhoneLink,
}

/// What the phone is asked to approve: the kiosk's shop, when it said which.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct PairingInfo {
    pub store_name: Option<String>,
    pub expires_at: String,
}

/// The kiosk's question "did the phone approve?": `session` once it did (given once).
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct PairingStatus {
    pub session: Option<KioskSession>,
}

/// A partner a customer may let act for them, and what it may be allowed to do.
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct PartnerInfo {
    pub id: String,
    pub name: String,
    /// Space-separated: the scopes its client may ask for.
    pub scopes: String,
}

/// A partner the customer lets act for them (the customer's view).
#[derive(Serialize, Deserialize, MiniSerialize, MiniDeserialize, Debug, Clone, PartialEq, Eq)]
pub struct DelegationGrant {
    pub partner: String,
    pub partner_name: String,
    pub scopes: String,
    pub granted_at: String,
    pub expires_at: String,
}

//! Tariff change and add-ons: eligibility (TMF679), prices and proration, ordering (TMF622),
//! cancelling a scheduled change. Plain async functions over [`Storage`]; every rule is
//! enforced here, at order time too, whatever the widget showed.

use crate::api::{
    Channel, ErrorId, Offering, OffersResponse, OrderAction, OrderState, Payment, ProductOrder,
    Qualification, Quote, ReasonId, Unavailability, When,
};
use crate::server::error::Error;
use crate::tariff::sql::{
    commitment_after, Audit, CountryRules, NewOrder, OfferingRow, OrderRow, Placed,
};
use crate::usage::domain::{iso, Cycle};
use crate::usage::storage::{CustomerRow, LineRow, Storage};
use chrono::{Days, NaiveDate};

/// How long an idempotency key is honoured: a replay within it returns the first order; after
/// it, the key is refused rather than taken for a new order.
pub const KEY_WINDOW_HOURS: i64 = 24;

/// Who asks, through what, on which day and at which instant (the request's clock).
#[derive(Debug, Clone, Copy)]
pub struct Caller<'a> {
    pub customer: &'a str,
    pub partner: Option<&'a str>,
    pub channel: Channel,
    pub today: NaiveDate,
    pub now: chrono::DateTime<chrono::Utc>,
}

impl Caller<'_> {
    pub(crate) fn audit(&self) -> Audit {
        Audit {
            actor: self
                .partner
                .map_or_else(|| self.customer.to_owned(), |p| format!("partner:{p}")),
            customer_id: self.customer.to_owned(),
            channel: channel_str(self.channel),
            partner_id: self.partner.map(str::to_owned),
            at: self.now.to_rfc3339(),
        }
    }
}

pub fn channel_str(c: Channel) -> &'static str {
    match c {
        Channel::Website => "website",
        Channel::Kiosk => "kiosk",
        Channel::Portal => "portal",
    }
}

/// What eligibility is decided on, read fresh for each request.
pub struct LineContext {
    pub customer: CustomerRow,
    pub line: LineRow,
    pub rules: CountryRules,
    pub current: OfferingRow,
    pub pending: Option<OrderRow>,
}

/// The line's tariff change not yet in effect. One that has come due by `today` is completed
/// first, and then `true` says the line changed and must be read again. One query when nothing
/// is due (a line has at most one open change).
pub async fn pending_change(
    storage: &dyn Storage,
    line_id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(Option<OrderRow>, bool), Error> {
    match storage.open_change(line_id).await? {
        Some(open)
            if open.order.state == OrderState::InProgress
                && open.order.effective_date <= iso(now.date_naive()) =>
        {
            storage.complete_due(line_id, now).await?;
            Ok((storage.open_change(line_id).await?, true))
        }
        open => Ok((open, false)),
    }
}

/// The customer's line `line_id` (never another customer's), with due changes completed.
pub async fn load(
    storage: &dyn Storage,
    caller: Caller<'_>,
    line_id: &str,
    lang: &str,
) -> Result<LineContext, Error> {
    let customer = storage
        .customer(caller.customer)
        .await?
        .ok_or(Error::from(ErrorId::Unauthenticated))?;
    let owned = |lines: Vec<LineRow>| {
        lines
            .into_iter()
            .find(|l| l.id == line_id)
            .ok_or(Error::from(ErrorId::LineNotFound))
    };
    let mut line = owned(storage.lines_of(caller.customer).await?)?;
    let (pending, changed) = pending_change(storage, &line.id, caller.now).await?;
    if changed {
        line = owned(storage.lines_of(caller.customer).await?)?;
    }
    let rules = storage
        .country_rules(&customer.country)
        .await?
        .unwrap_or(CountryRules {
            payment_change: false,
            min_days_between: 30,
        });
    let offering_id = line.offering_id.clone().ok_or_else(|| {
        tracing::error!(line = %line.id, "line without an offering");
        Error::from(ErrorId::Internal)
    })?;
    let current = storage
        .offering(&offering_id, lang)
        .await?
        .ok_or(Error::from(ErrorId::Internal))?;
    Ok(LineContext {
        customer,
        line,
        rules,
        current,
        pending,
    })
}

/// The line's price now: what the customer pays a month (or a prepaid period).
fn current_price(line: &LineRow) -> i64 {
    line.monthly_price.or(line.period_price).unwrap_or(0)
}

/// The recurring price of an offering as it would be billed from now: its promotion first.
pub fn recurring_price(o: &Offering) -> i64 {
    o.promo_price.unwrap_or(o.price)
}

/// `(new - old) × days / cycle_days`, rounded half away from zero to the currency's minor
/// unit: a prorated charge (positive) or credit (negative). Exact in integers for any currency
/// (0, 2 or 3 decimals: amounts are already in minor units).
pub fn prorate(old: i64, new: i64, days: i64, cycle_days: i64) -> i64 {
    if cycle_days <= 0 {
        return 0;
    }
    let num = i128::from(new - old) * i128::from(days);
    let den = i128::from(cycle_days);
    let rounded = (2 * num.abs() + den) / (2 * den);
    (num.signum() * rounded) as i64
}

/// The ways a plan change may take effect and their prices.
pub fn plan_quotes(line: &LineRow, o: &Offering, today: NaiveDate) -> Vec<Quote> {
    let cycle = Cycle::containing(today, line.cycle_day);
    let cycle_days = (cycle.end - cycle.start).num_days() + 1;
    let old = current_price(line);
    let new = recurring_price(o);
    let next = Quote {
        when: When::NextCycle,
        effective_date: iso(cycle.end + Days::new(1)),
        one_time: 0,
        days_charged: 0,
        cycle_days: cycle_days as u32,
        recurring: new,
        difference: new - old,
    };
    // Postpaid plans change at once with the rest of the cycle prorated. Prepaid periods are
    // paid in advance and whole, and a move between prepaid and postpaid needs a new billing
    // account: both at the next cycle only.
    if line.payment == Payment::Postpaid && o.payment == Payment::Postpaid {
        let days = (cycle.end - today).num_days() + 1;
        let now = Quote {
            when: When::Now,
            effective_date: iso(today),
            one_time: prorate(old, new, days, cycle_days),
            days_charged: days as u32,
            ..next.clone()
        };
        vec![now, next]
    } else {
        vec![next]
    }
}

fn addon_quote(o: &Offering, today: NaiveDate) -> Quote {
    let days = o.validity_days.unwrap_or(1);
    Quote {
        when: When::Now,
        effective_date: iso(today),
        one_time: o.price,
        days_charged: days,
        cycle_days: days,
        recurring: 0,
        difference: 0,
    }
}

/// Is the offering sold where the caller is? `Err` when it is not to be shown at all (a
/// partner's own catalogue elsewhere), else the reason it cannot be taken here, if any.
fn channel_reason(
    channels: &str,
    channel: Channel,
    partner: Option<&str>,
) -> Result<Option<ReasonId>, ()> {
    let mut list = channels.split_whitespace();
    let sold_here = match channel {
        Channel::Website => list.any(|c| c == "website"),
        Channel::Kiosk => list.any(|c| c == "kiosk"),
        Channel::Portal => list.any(|c| {
            c == "portal" || partner.is_some_and(|p| c.strip_prefix("partner:") == Some(p))
        }),
    };
    if sold_here {
        return Ok(None);
    }
    if channels
        .split_whitespace()
        .all(|c| c.starts_with("partner:"))
    {
        return Err(());
    }
    Ok(Some(match channel {
        Channel::Website => ReasonId::NotOnline,
        Channel::Kiosk => ReasonId::NotInShops,
        Channel::Portal => ReasonId::NotWithPartner,
    }))
}

fn reason(code: ReasonId) -> Unavailability {
    Unavailability { code, date: None }
}

/// The qualification of one offering for the line, or `None` when the customer is not to see
/// it at all (another country, another partner's, the line's own plan, add-ons for the other
/// kind of line).
pub fn qualify(ctx: &LineContext, caller: Caller<'_>, row: &OfferingRow) -> Option<Qualification> {
    let o = &row.offering;
    let (customer, line) = (&ctx.customer, &ctx.line);
    if row.country != customer.country || !row.sellable || o.id == ctx.current.offering.id {
        return None;
    }
    if o.is_addon && o.payment != line.payment {
        return None;
    }
    let mut reasons = Vec::new();
    match channel_reason(&row.channels, caller.channel, caller.partner) {
        Err(()) => return None,
        Ok(Some(code)) => reasons.push(reason(code)),
        Ok(None) => {}
    }
    let business = customer.segment == "business";
    if row.business && !business {
        reasons.push(reason(ReasonId::BusinessOnly));
    } else if !row.business && business {
        reasons.push(reason(ReasonId::ConsumerOnly));
    }
    if customer.overdue_amount > 0 {
        reasons.push(reason(ReasonId::UnpaidBill));
    }
    let today = iso(caller.today);
    if o.is_addon {
        if line.payment == Payment::Prepaid && line.balance.unwrap_or(0) < o.price {
            reasons.push(reason(ReasonId::InsufficientBalance));
        }
    } else {
        if o.payment != line.payment && !ctx.rules.payment_change {
            reasons.push(reason(ReasonId::PaymentChange));
        }
        if let Some(end) = line.commitment_end.as_ref().filter(|end| **end > today) {
            // While committed, only plans at the same list price or above.
            if o.price < current_price(line) {
                reasons.push(Unavailability {
                    code: ReasonId::Commitment,
                    date: Some(end.clone()),
                });
            }
        }
        if let Some(last) = line
            .last_change_date
            .as_ref()
            .and_then(|d| d.parse::<NaiveDate>().ok())
        {
            let next = last + Days::new(u64::from(ctx.rules.min_days_between));
            if next > caller.today {
                reasons.push(Unavailability {
                    code: ReasonId::RecentChange,
                    date: Some(iso(next)),
                });
            }
        }
        if ctx.pending.is_some() {
            reasons.push(reason(ReasonId::PendingChange));
        }
    }
    let qualified = reasons.is_empty();
    let quotes = match (qualified, o.is_addon) {
        (false, _) => Vec::new(),
        (true, true) => vec![addon_quote(o, caller.today)],
        (true, false) => plan_quotes(line, o, caller.today),
    };
    Some(Qualification {
        offering: o.clone(),
        qualified,
        reasons,
        quotes,
    })
}

/// What the line may move to or add, each with its reasons or prices.
pub async fn offers(
    storage: &dyn Storage,
    caller: Caller<'_>,
    line_id: &str,
    lang: &str,
) -> Result<OffersResponse, Error> {
    let ctx = load(storage, caller, line_id, lang).await?;
    let catalogue = storage.offerings(&ctx.customer.country, lang).await?;
    let (mut plans, mut addons) = (Vec::new(), Vec::new());
    for row in &catalogue {
        if let Some(q) = qualify(&ctx, caller, row) {
            if q.offering.is_addon {
                addons.push(q)
            } else {
                plans.push(q)
            }
        }
    }
    Ok(OffersResponse {
        line_id: ctx.line.id.clone(),
        currency: ctx.customer.currency.clone(),
        commitment_end: ctx
            .line
            .commitment_end
            .clone()
            .filter(|end| *end > iso(caller.today)),
        current: ctx.current.offering,
        plans,
        addons,
        pending_change: ctx.pending.map(|p| p.order),
    })
}

/// An order as the widget asks for it.
#[derive(Debug, Clone)]
pub struct OrderRequest<'a> {
    pub line_id: &'a str,
    pub offering_id: &'a str,
    pub when: When,
    pub idempotency_key: &'a str,
    /// What the customer saw and agreed to; checked against the catalogue, never charged.
    pub expected_one_time: i64,
    pub expected_recurring: i64,
    pub consent: bool,
    pub lang: &'a str,
}

/// Places an order: replays return the first order; everything else is checked again now.
pub async fn place(
    storage: &dyn Storage,
    caller: Caller<'_>,
    r: &OrderRequest<'_>,
) -> Result<ProductOrder, Error> {
    if !r.consent {
        return Err(ErrorId::ConsentRequired.into());
    }
    let when = match r.when {
        When::Now => "now",
        When::NextCycle => "next-cycle",
    };
    let fingerprint = format!(
        "{}|{}|{when}|{}",
        r.line_id,
        r.offering_id,
        channel_str(caller.channel)
    );
    if let Some(existing) = storage
        .order_by_key(caller.customer, r.idempotency_key)
        .await?
    {
        return replay(existing, &fingerprint, caller.now);
    }
    let ctx = load(storage, caller, r.line_id, r.lang).await?;
    let row = storage
        .offering(r.offering_id, r.lang)
        .await?
        .ok_or(Error::from(ErrorId::OfferingNotFound))?;
    if row.country != ctx.customer.country || !row.sellable {
        return Err(ErrorId::OfferingNotFound.into());
    }
    if row.offering.id == ctx.current.offering.id {
        return Err(ErrorId::NotEligible.into());
    }
    let q = qualify(&ctx, caller, &row).ok_or(Error::from(ErrorId::OfferingNotFound))?;
    if !q.qualified {
        return Err(ErrorId::NotEligible.into());
    }
    let quote = q
        .quotes
        .iter()
        .find(|quote| quote.when == r.when)
        .ok_or(Error::from(ErrorId::NotEligible))?;
    if quote.one_time != r.expected_one_time || quote.recurring != r.expected_recurring {
        return Err(ErrorId::PriceChanged.into());
    }
    let effective: NaiveDate = quote
        .effective_date
        .parse()
        .map_err(|_| Error::from(ErrorId::Internal))?;
    let o = row.offering;
    let action = if o.is_addon {
        OrderAction::Add
    } else {
        OrderAction::Modify
    };
    let order = NewOrder {
        id: order_reference(),
        idempotency_key: r.idempotency_key.to_owned(),
        request: fingerprint.clone(),
        line_id: ctx.line.id.clone(),
        line_version: ctx.line.version,
        action,
        when: r.when,
        from_offering: (action == OrderAction::Modify).then(|| ctx.current.offering.id.clone()),
        today: caller.today,
        effective,
        cycle: Cycle::containing(effective, ctx.line.cycle_day),
        currency: ctx.customer.currency.clone(),
        one_time: quote.one_time,
        recurring: (action == OrderAction::Modify).then_some(quote.recurring),
        from_balance: (o.is_addon && ctx.line.payment == Payment::Prepaid).then_some(o.price),
        commitment_end: commitment_after(ctx.line.commitment_end.clone(), o.term_months, effective),
        offering: o,
        audit: caller.audit(),
    };
    match storage.place_order(&order).await? {
        Placed::New(row) => {
            tracing::info!(order = %row.order.id, line = %row.order.line_id, offering = %row.order.offering_id, "order placed");
            Ok(row.order)
        }
        Placed::Existing(row) => replay(row, &fingerprint, caller.now),
        Placed::Conflict => Err(ErrorId::Conflict.into()),
        Placed::InsufficientBalance => Err(ErrorId::NotEligible.into()),
    }
}

/// The answer to a replayed idempotency key at `now` (the business clock that stamped the
/// order: measured with the wall clock, a test's or a demo's fixed day would expire at once).
fn replay(
    existing: OrderRow,
    fingerprint: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<ProductOrder, Error> {
    if existing.request != fingerprint {
        return Err(ErrorId::IdempotencyKeyReused.into());
    }
    let age = chrono::DateTime::parse_from_rfc3339(&existing.created_at)
        .map(|at| now.signed_duration_since(at))
        .map_err(|_| Error::from(ErrorId::Internal))?;
    if age > chrono::Duration::hours(KEY_WINDOW_HOURS) {
        return Err(ErrorId::IdempotencyKeyExpired.into());
    }
    Ok(existing.order)
}

/// An order reference a customer can read out: `ORD-` and 10 characters of Crockford base32.
fn order_reference() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let bits = uuid::Uuid::new_v4().as_u128();
    let code: String = (0..10)
        .map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char)
        .collect();
    format!("ORD-{code}")
}

pub async fn cancel(
    storage: &dyn Storage,
    caller: Caller<'_>,
    order_id: &str,
) -> Result<ProductOrder, Error> {
    let existing = storage
        .order(caller.customer, order_id)
        .await?
        .ok_or(Error::from(ErrorId::OrderNotFound))?;
    if existing.order.state == OrderState::Cancelled {
        return Ok(existing.order); // cancelling twice is cancelling once
    }
    match storage
        .cancel_order(
            caller.customer,
            order_id,
            &iso(caller.today),
            &caller.audit(),
        )
        .await?
    {
        Some(row) => Ok(row.order),
        None => Err(ErrorId::OrderNotCancellable.into()),
    }
}

pub async fn order(
    storage: &dyn Storage,
    caller: Caller<'_>,
    order_id: &str,
) -> Result<ProductOrder, Error> {
    let existing = storage
        .order(caller.customer, order_id)
        .await?
        .ok_or(Error::from(ErrorId::OrderNotFound))?;
    // Reading an order is when a scheduled change that has come due is completed.
    if storage
        .complete_due(&existing.order.line_id, caller.now)
        .await?
        > 0
    {
        return Ok(storage
            .order(caller.customer, order_id)
            .await?
            .ok_or(Error::from(ErrorId::OrderNotFound))?
            .order);
    }
    Ok(existing.order)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proration_rounds_half_away_from_zero_in_minor_units() {
        // EUR: 10.00 more a month, 16 of 30 days left: 5.333… → 5.33.
        assert_eq!(prorate(2499, 3499, 16, 30), 533);
        assert_eq!(prorate(3499, 2499, 16, 30), -533);
        // Half a cent rounds away from zero, both ways.
        assert_eq!(prorate(0, 1, 1, 2), 1);
        assert_eq!(prorate(1, 0, 1, 2), -1);
        // XOF has no decimals: 5 000 F more, 10 of 31 days: 1 612.9 → 1 613.
        assert_eq!(prorate(10_000, 15_000, 10, 31), 1613);
        // JOD has three: 7.000 JD more, 7 of 30 days: 1.6333 → 1.633.
        assert_eq!(prorate(15_500, 22_500, 7, 30), 1633);
        // The whole cycle costs the whole difference; no days, nothing.
        assert_eq!(prorate(999, 2499, 31, 31), 1500);
        assert_eq!(prorate(999, 2499, 0, 31), 0);
    }

    fn line(cycle_day: u32, payment: Payment, price: i64) -> LineRow {
        LineRow {
            id: "l".into(),
            customer_id: "c".into(),
            msisdn: "+33600000000".into(),
            payment,
            plan_name: "p".into(),
            monthly_price: (payment == Payment::Postpaid).then_some(price),
            period_price: (payment == Payment::Prepaid).then_some(price),
            cycle_day,
            start_date: "2025-01-01".into(),
            commitment_end: None,
            balance: None,
            balance_expires: None,
            offering_id: Some("o".into()),
            last_change_date: None,
            version: 0,
        }
    }

    fn offering(price: i64, payment: Payment) -> Offering {
        Offering {
            id: "n".into(),
            name: "n".into(),
            description: String::new(),
            is_addon: false,
            payment,
            price,
            promo_price: None,
            promo_months: None,
            data: None,
            voice: None,
            sms: None,
            roaming_data: Some(0),
            term_months: 0,
            validity_days: None,
            download_mbps: 1,
            upload_mbps: 1,
        }
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn quotes_at_cycle_boundaries_and_in_leap_years() {
        let l = line(5, Payment::Postpaid, 1000);
        let o = offering(4000, Payment::Postpaid);
        // First day of the cycle (5 Nov – 4 Dec, 30 days): the whole difference.
        let q = plan_quotes(&l, &o, day("2026-11-05"));
        assert_eq!(
            (q[0].when, q[0].one_time, q[0].days_charged, q[0].cycle_days),
            (When::Now, 3000, 30, 30)
        );
        assert_eq!(
            (q[1].when, q[1].effective_date.as_str(), q[1].one_time),
            (When::NextCycle, "2026-12-05", 0)
        );
        // Last day: one day of thirty.
        assert_eq!(plan_quotes(&l, &o, day("2026-12-04"))[0].one_time, 100);
        // February 2028 has 29 days (5 Feb – 4 Mar): 1 day left of 29.
        let q = plan_quotes(&l, &o, day("2028-03-04"));
        assert_eq!((q[0].one_time, q[0].cycle_days), (103, 29));
        // February 2027: 28 days.
        assert_eq!(plan_quotes(&l, &o, day("2027-03-04"))[0].cycle_days, 28);
        // A downgrade is a credit.
        assert_eq!(
            plan_quotes(
                &line(5, Payment::Postpaid, 4000),
                &offering(1000, Payment::Postpaid),
                day("2026-11-05")
            )[0]
            .one_time,
            -3000
        );
        // Prepaid, or a move between prepaid and postpaid: next cycle only.
        assert_eq!(
            plan_quotes(
                &line(5, Payment::Prepaid, 1000),
                &offering(2000, Payment::Prepaid),
                day("2026-11-20")
            )
            .len(),
            1
        );
        assert_eq!(
            plan_quotes(&l, &offering(2000, Payment::Prepaid), day("2026-11-20"))[0].when,
            When::NextCycle
        );
    }

    #[test]
    fn partner_catalogues_are_only_shown_to_their_partner() {
        assert_eq!(
            channel_reason("website kiosk", Channel::Website, None),
            Ok(None)
        );
        assert_eq!(
            channel_reason("website", Channel::Kiosk, None),
            Ok(Some(ReasonId::NotInShops))
        );
        assert_eq!(
            channel_reason("kiosk", Channel::Website, None),
            Ok(Some(ReasonId::NotOnline))
        );
        assert_eq!(
            channel_reason("partner:acme", Channel::Portal, Some("acme")),
            Ok(None)
        );
        assert_eq!(
            channel_reason("partner:acme", Channel::Portal, Some("other")),
            Err(())
        );
        assert_eq!(
            channel_reason("partner:acme", Channel::Website, None),
            Err(())
        );
        assert_eq!(
            channel_reason("website", Channel::Portal, Some("acme")),
            Ok(Some(ReasonId::NotWithPartner))
        );
    }

    #[test]
    fn order_references_are_readable() {
        let r = order_reference();
        assert_eq!(r.len(), 14);
        assert!(
            r.starts_with("ORD-")
                && r[4..]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        );
        assert_ne!(r, order_reference());
    }
}

//! Usage domain logic: plain async functions over [`Storage`], testable without HTTP.

use crate::api::{
    Bucket, Contract, CycleSummary, DailyUsage, ErrorId, LineSummary, LineUsage, Payment,
    PrepaidBalance, Profile, Projection, Renewal, Threshold, Unit, UsageOverview, UsageResponse,
    UsageType,
};
use crate::server::error::Error;
use crate::usage::storage::{BucketRow, DailyRow, LineRow, Storage};
use chrono::{Datelike, Months, NaiveDate};

/// How many completed cycles the history shows.
pub const HISTORY_CYCLES: u32 = 6;

/// Offerings' names in one language, each read once.
struct Names<'a> {
    storage: &'a dyn Storage,
    lang: &'a str,
    known: Vec<(String, String)>,
}

impl Names<'_> {
    /// The name of `offering` in the language, else `fallback` (a name stored with the row).
    async fn of(&mut self, offering: Option<&str>, fallback: String) -> Result<String, Error> {
        let Some(id) = offering else {
            return Ok(fallback);
        };
        if let Some((_, name)) = self.known.iter().find(|(k, _)| k == id) {
            return Ok(name.clone());
        }
        let name = self
            .storage
            .offering(id, self.lang)
            .await?
            .map_or(fallback, |o| o.offering.name);
        self.known.push((id.to_owned(), name.clone()));
        Ok(name)
    }
}

/// The usage view of `line_id` (else the first line) of `customer_id`, with plans and add-ons
/// named in `lang` (else the customer's language), whatever language they were bought in.
pub async fn overview(
    storage: &dyn Storage,
    customer_id: &str,
    line_id: Option<&str>,
    lang: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<UsageResponse, Error> {
    let today = now.date_naive();
    // A verified token for a customer the database does not know is not a customer here.
    let customer = storage
        .customer(customer_id)
        .await?
        .ok_or(Error::from(ErrorId::Unauthenticated))?;
    let mut lines = storage.lines_of(customer_id).await?;
    let line_index = match line_id {
        // Only the customer's own lines: another customer's line is "not found".
        Some(id) => Some(
            lines
                .iter()
                .position(|l| l.id == id)
                .ok_or(Error::from(ErrorId::LineNotFound))?,
        ),
        None => (!lines.is_empty()).then_some(0),
    };
    // A scheduled change that has come due takes effect before the line is shown.
    let mut pending = None;
    if let Some(i) = line_index {
        let (open, changed) =
            crate::tariff::domain::pending_change(storage, &lines[i].id, now).await?;
        pending = open.map(|o| o.order);
        if changed {
            // The same lines in the same order (by id): the index still points at this one.
            lines = storage.lines_of(customer_id).await?;
        }
    }
    let lang = lang.unwrap_or_else(|| crate::tariff::catalogue::lang(&customer.locale));
    let mut names = Names {
        storage,
        lang,
        known: Vec::new(),
    };
    for line in &mut lines {
        line.plan_name = names
            .of(
                line.offering_id.as_deref(),
                std::mem::take(&mut line.plan_name),
            )
            .await?;
    }
    let line = match line_index.and_then(|i| lines.get(i)) {
        Some(line) => {
            let cycle = current_cycle(storage, line, today, &mut names).await?;
            if let Some(order) = pending.as_mut() {
                order.offering_name = names
                    .of(
                        Some(&order.offering_id),
                        std::mem::take(&mut order.offering_name),
                    )
                    .await?;
            }
            Some(LineUsage {
                cycle,
                history: history(storage, line, today).await?,
                contract: contract(line, &customer.currency),
                pending_change: pending,
            })
        }
        None => None,
    };
    Ok(UsageResponse {
        profile: Profile {
            given_name: customer.given_name,
            country: customer.country,
            currency: customer.currency,
            lines: lines
                .into_iter()
                .map(|line| LineSummary {
                    number_ending: number_ending(&line.msisdn),
                    id: line.id,
                    plan_name: line.plan_name,
                    payment: line.payment,
                })
                .collect(),
        },
        line,
    })
}

async fn current_cycle(
    storage: &dyn Storage,
    line: &LineRow,
    today: NaiveDate,
    names: &mut Names<'_>,
) -> Result<UsageOverview, Error> {
    let cycle = Cycle::containing(today, line.cycle_day);
    let (from, to) = (iso(cycle.start), iso(cycle.end));
    let mut buckets = storage.buckets(&line.id, &from, &to).await?;
    for b in &mut buckets {
        b.name = names
            .of(b.offering_id.as_deref(), std::mem::take(&mut b.name))
            .await?;
    }
    let daily = storage.daily_usage(&line.id, &from, &iso(today)).await?;
    Ok(UsageOverview {
        line_id: line.id.clone(),
        payment: line.payment,
        cycle_start: from,
        cycle_end: to,
        today: iso(today),
        days_left: u32::try_from((cycle.end - today).num_days()).unwrap_or(0),
        buckets: {
            // The plan's own allowances first (data, calls, texts, roaming), then what is
            // shared with other lines, then add-ons.
            let mut buckets: Vec<Bucket> = buckets.into_iter().map(|b| bucket(b, today)).collect();
            buckets.sort_by_key(|b| (b.is_addon, b.is_shared, b.usage_type as u8));
            buckets
        },
        daily: daily_series(cycle.start, today, &daily),
    })
}

pub async fn history(
    storage: &dyn Storage,
    line: &LineRow,
    today: NaiveDate,
) -> Result<Vec<CycleSummary>, Error> {
    let current = Cycle::containing(today, line.cycle_day);
    let cycles: Vec<Cycle> = (1..=HISTORY_CYCLES).map(|n| current.before(n)).collect();
    let (Some(oldest), Some(newest)) = (cycles.last(), cycles.first()) else {
        return Ok(Vec::new());
    };
    let buckets = storage
        .buckets(&line.id, &iso(oldest.start), &iso(newest.end))
        .await?;
    Ok(cycles
        .iter()
        .filter_map(|cycle| {
            let (start, end) = (iso(cycle.start), iso(cycle.end));
            let of_cycle: Vec<&BucketRow> = buckets
                .iter()
                .filter(|b| b.valid_from >= start && b.valid_from <= end)
                .collect();
            if of_cycle.is_empty() {
                return None; // before the line existed
            }
            let used = |t: UsageType| {
                of_cycle
                    .iter()
                    .filter(|b| b.usage_type == t)
                    .map(|b| b.used)
                    .sum()
            };
            let data_plan: Vec<&&BucketRow> = of_cycle
                .iter()
                .filter(|b| b.usage_type == UsageType::Data && !b.is_addon)
                .collect();
            let data_allowance =
                if data_plan.is_empty() || data_plan.iter().any(|b| b.allowance.is_none()) {
                    None
                } else {
                    Some(data_plan.iter().filter_map(|b| b.allowance).sum())
                };
            Some(CycleSummary {
                start,
                end,
                data_bytes: used(UsageType::Data),
                data_allowance,
                voice_seconds: used(UsageType::Voice),
                sms: used(UsageType::Sms),
            })
        })
        .collect())
}

pub fn contract(line: &LineRow, currency: &str) -> Contract {
    let prepaid_balance = match (line.payment, line.balance, &line.balance_expires) {
        (Payment::Prepaid, Some(amount), Some(expires_on)) => Some(PrepaidBalance {
            amount,
            expires_on: expires_on.clone(),
        }),
        _ => None,
    };
    Contract {
        line_id: line.id.clone(),
        plan_name: line.plan_name.clone(),
        payment: line.payment,
        currency: currency.to_owned(),
        monthly_price: line.monthly_price,
        period_price: line.period_price,
        start_date: line.start_date.clone(),
        commitment_end: line.commitment_end.clone(),
        renewal: match line.payment {
            Payment::Postpaid => Renewal::Monthly,
            Payment::Prepaid => Renewal::None,
        },
        prepaid_balance,
    }
}

/// A billing cycle: from the cycle day of one month to the day before it in the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
}

impl Cycle {
    /// The cycle that contains `day`, for cycles starting on `cycle_day` (1–28).
    pub fn containing(day: NaiveDate, cycle_day: u32) -> Cycle {
        let cycle_day = cycle_day.clamp(1, 28);
        let this_month = day.with_day(cycle_day).unwrap_or(day);
        let start = if day.day() >= cycle_day {
            this_month
        } else {
            this_month - Months::new(1)
        };
        Cycle::starting(start)
    }

    fn starting(start: NaiveDate) -> Cycle {
        let end = (start + Months::new(1)).pred_opt().unwrap_or(start);
        Cycle { start, end }
    }

    /// The cycle `n` cycles before this one.
    pub fn before(self, n: u32) -> Cycle {
        Cycle::starting(self.start - Months::new(n))
    }
}

pub fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

fn number_ending(msisdn: &str) -> String {
    let digits: Vec<char> = msisdn.chars().filter(char::is_ascii_digit).collect();
    digits[digits.len().saturating_sub(4)..].iter().collect()
}

fn unit_of(t: UsageType) -> Unit {
    match t {
        UsageType::Data | UsageType::RoamingData => Unit::Bytes,
        UsageType::Voice => Unit::Seconds,
        UsageType::Sms => Unit::Messages,
    }
}

fn bucket(row: BucketRow, today: NaiveDate) -> Bucket {
    let threshold = threshold(row.used, row.allowance);
    let projection = projection(&row, today);
    Bucket {
        unit: unit_of(row.usage_type),
        remaining: row.allowance.map(|a| (a - row.used).max(0)),
        is_shared: row.shared_lines > 1,
        shared_lines: row.shared_lines.max(1),
        id: row.id,
        name: row.name,
        usage_type: row.usage_type,
        allowance: row.allowance,
        used: row.used,
        is_addon: row.is_addon,
        valid_from: row.valid_from,
        valid_to: row.valid_to,
        threshold,
        projection,
    }
}

/// 80 % used is a warning, all of it is exhausted; an unlimited bucket is always normal.
pub fn threshold(used: i64, allowance: Option<i64>) -> Threshold {
    match allowance {
        None => Threshold::Normal,
        Some(a) if used >= a => Threshold::Exhausted,
        Some(a) if i128::from(used) * 100 >= i128::from(a) * 80 => Threshold::Warning,
        Some(_) => Threshold::Normal,
    }
}

/// Extends this bucket's pace so far (used per elapsed day, today included) to its last day.
pub fn projection(row: &BucketRow, today: NaiveDate) -> Option<Projection> {
    let from = NaiveDate::parse_from_str(&row.valid_from, "%Y-%m-%d").ok()?;
    let to = NaiveDate::parse_from_str(&row.valid_to, "%Y-%m-%d").ok()?;
    if today < from || today > to {
        return None;
    }
    let elapsed = i128::from((today - from).num_days() + 1);
    let left = i128::from((to - today).num_days());
    let used = i128::from(row.used);
    let projected_used = used + used * left / elapsed;
    let runs_out_on = match row.allowance.map(i128::from) {
        Some(allowance) if used > 0 && used < allowance && projected_used > allowance => {
            // Days from today until the remaining allowance is used at `used / elapsed` a day.
            let remaining = allowance - used;
            let days = (remaining * elapsed + used - 1) / used;
            let day = today + chrono::Days::new(u64::try_from(days).ok()?);
            (day <= to).then(|| iso(day))
        }
        _ => None,
    };
    Some(Projection {
        projected_used: i64::try_from(projected_used).unwrap_or(i64::MAX),
        runs_out_on,
    })
}

fn daily_series(start: NaiveDate, today: NaiveDate, rows: &[DailyRow]) -> Vec<DailyUsage> {
    start
        .iter_days()
        .take_while(|d| *d <= today)
        .map(|d| {
            let day = iso(d);
            let total = |t: UsageType| {
                rows.iter()
                    .filter(|r| r.day == day && r.usage_type == t)
                    .map(|r| r.amount)
                    .sum()
            };
            DailyUsage {
                data_bytes: total(UsageType::Data),
                voice_seconds: total(UsageType::Voice),
                sms: total(UsageType::Sms),
                day,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn cycles_start_on_the_cycle_day() {
        let c = Cycle::containing(day("2026-11-26"), 5);
        assert_eq!((c.start, c.end), (day("2026-11-05"), day("2026-12-04")));
        let c = Cycle::containing(day("2026-11-03"), 5);
        assert_eq!((c.start, c.end), (day("2026-10-05"), day("2026-11-04")));
        let c = Cycle::containing(day("2026-03-01"), 1);
        assert_eq!((c.start, c.end), (day("2026-03-01"), day("2026-03-31")));
        assert_eq!(c.before(1).start, day("2026-02-01"));
        assert_eq!(c.before(1).end, day("2026-02-28"));
    }

    #[test]
    fn thresholds_at_80_and_100_percent() {
        assert_eq!(threshold(79, Some(100)), Threshold::Normal);
        assert_eq!(threshold(80, Some(100)), Threshold::Warning);
        assert_eq!(threshold(100, Some(100)), Threshold::Exhausted);
        assert_eq!(threshold(150, Some(100)), Threshold::Exhausted);
        assert_eq!(threshold(i64::MAX, None), Threshold::Normal);
    }

    fn row(used: i64, allowance: Option<i64>) -> BucketRow {
        BucketRow {
            id: "b".into(),
            name: "Data".into(),
            usage_type: UsageType::Data,
            allowance,
            used,
            is_addon: false,
            valid_from: "2026-11-01".into(),
            valid_to: "2026-11-30".into(),
            shared_lines: 1,
            offering_id: None,
        }
    }

    #[test]
    fn projection_finds_the_day_the_allowance_runs_out() {
        // 10 days elapsed (1st to 10th), 50 used: 5 a day; 100 allowance lasts 10 more days.
        let p = projection(&row(50, Some(100)), day("2026-11-10")).unwrap();
        assert_eq!(p.projected_used, 50 + 50 * 20 / 10);
        assert_eq!(p.runs_out_on.as_deref(), Some("2026-11-20"));
        // At a slow pace nothing runs out.
        let p = projection(&row(10, Some(100)), day("2026-11-10")).unwrap();
        assert_eq!(p.runs_out_on, None);
        assert_eq!(p.projected_used, 30);
        // Already exhausted: no future day.
        assert_eq!(
            projection(&row(100, Some(100)), day("2026-11-10"))
                .unwrap()
                .runs_out_on,
            None
        );
        // Outside its validity a bucket has no projection.
        assert_eq!(projection(&row(1, Some(100)), day("2026-12-01")), None);
    }

    #[test]
    fn number_ending_keeps_four_digits() {
        assert_eq!(number_ending("+33 6 12 34 56 78"), "5678");
        assert_eq!(number_ending("12"), "12");
    }
}

//! The business clock: the one source of "now" and "today" for every decision the server
//! makes and every instant it stores (orders, idempotency windows, reservations and their
//! holds, codes, links, pairings, delegations, chat messages and queues, scheduled changes).
//!
//! Architecture invariant: outside this module no server code reads the wall clock to decide
//! or stamp anything (`tests/clock.rs` fails on a new `Utc::now()`, `SystemTime::now()` or
//! `Local::now()` elsewhere, unless the line says `wall clock:` and why).
//!
//! A fixed clock (`today`/`SELFCARE_TODAY`, for tests and reproducible demos) starts at 10:00
//! UTC of its day — so that tests know which shops are open — and then moves: by the time
//! elapsed since it was made (so that what happens later is stamped later, as with a real
//! clock) and by whatever a test adds with [`Clock::advance`] ("25 hours later", without
//! editing a row).

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// An instant as the server stores and sends it: RFC 3339 in UTC, to the second
/// (`2026-12-07T10:00:00Z`), so that stored instants sort as text.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The server's clock; cheap to clone, and every clone is the same clock.
#[derive(Clone, Debug)]
pub struct Clock(Arc<Source>);

#[derive(Debug)]
enum Source {
    /// Production: the system's clock, in UTC.
    System,
    /// Tests and reproducible demos.
    Fixed {
        start: DateTime<Utc>,
        /// When the clock was made: the fixed clock runs on from `start` as time passes.
        began: Instant,
        /// What [`Clock::advance`] added, in milliseconds.
        advanced_ms: AtomicI64,
    },
}

impl Clock {
    /// The system's clock.
    pub fn system() -> Clock {
        Clock(Arc::new(Source::System))
    }

    /// A clock that starts at 10:00:00 UTC on `day` and runs from there.
    pub fn starting_on(day: NaiveDate) -> Clock {
        let start = day.and_hms_opt(10, 0, 0).unwrap_or_default().and_utc();
        Clock(Arc::new(Source::Fixed {
            start,
            began: Instant::now(),
            advanced_ms: AtomicI64::new(0),
        }))
    }

    /// The configured clock: fixed on `today` when one is set, else the system's.
    pub fn from_config(today: Option<NaiveDate>) -> Clock {
        today.map_or_else(Clock::system, Clock::starting_on)
    }

    /// The instant, in UTC.
    pub fn now(&self) -> DateTime<Utc> {
        match &*self.0 {
            Source::System => Utc::now(),
            Source::Fixed {
                start,
                began,
                advanced_ms,
            } => {
                let elapsed = chrono::Duration::from_std(began.elapsed()).unwrap_or_default();
                *start
                    + elapsed
                    + chrono::Duration::milliseconds(advanced_ms.load(Ordering::SeqCst))
            }
        }
    }

    /// Today's date in UTC (the date of [`Clock::now`]).
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// Whether this clock is fixed (tests and reproducible demos), and so may be advanced.
    pub fn is_fixed(&self) -> bool {
        matches!(&*self.0, Source::Fixed { .. })
    }

    /// Moves a fixed clock `by` ahead (every clone sees it); the system's clock is never
    /// moved: `false`.
    pub fn advance(&self, by: Duration) -> bool {
        match &*self.0 {
            Source::System => false,
            Source::Fixed { advanced_ms, .. } => {
                let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
                advanced_ms.fetch_add(ms, Ordering::SeqCst);
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_starts_at_ten_and_moves_when_advanced() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let clock = Clock::starting_on(day);
        let start = day.and_hms_opt(10, 0, 0).unwrap().and_utc();
        let first = clock.now();
        assert!(
            first >= start && first - start < chrono::Duration::minutes(1),
            "{first}"
        );
        assert!(clock.now() >= first, "a clock never goes back");
        let same = clock.clone();
        assert!(same.advance(Duration::from_secs(25 * 3600)));
        assert!(
            clock.now() - first >= chrono::Duration::hours(25),
            "every clone is the same clock"
        );
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
        );
        assert!(clock.is_fixed());
    }

    #[test]
    fn the_system_clock_is_never_advanced() {
        let clock = Clock::system();
        assert!(!clock.is_fixed());
        assert!(!clock.advance(Duration::from_secs(3600)));
        assert!((clock.now() - Utc::now()).num_seconds().abs() < 5);
    }
}

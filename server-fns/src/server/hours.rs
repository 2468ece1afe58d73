//! Opening hours in a shop's own time zone (TMF674 calendar): the weekly hours, public
//! holidays of the country and the shop's own exceptions, and from them whether the shop is
//! open at an instant, when that changes, and how long a reservation is held.
//!
//! Periods are minutes from local midnight; an end past 24:00 runs into the next day
//! (overnight hours). Local times become instants through the IANA zone, so a period keeps
//! its wall-clock hours across daylight-saving changes; a start in the spring-forward gap
//! moves to the first minute that exists.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use std::collections::HashMap;

/// One opening period: minutes from local midnight, `end` up to 48:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: u16,
    pub end: u16,
}

/// The weekly hours: index 0 is Monday.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Week(pub [Vec<Period>; 7]);

/// Parses `0900-1230 1400-1900` (empty: closed).
pub fn parse_periods(text: &str) -> Option<Vec<Period>> {
    text.split_whitespace()
        .map(|p| {
            let (a, b) = p.split_once('-')?;
            let minutes = |t: &str| -> Option<u16> {
                if t.len() != 4 {
                    return None;
                }
                let n: u16 = t.parse().ok()?;
                let (h, m) = (n / 100, n % 100);
                (m < 60 && h <= 48).then_some(h * 60 + m)
            };
            let (start, end) = (minutes(a)?, minutes(b)?);
            (start < end && start < 24 * 60 && end <= 48 * 60).then_some(Period { start, end })
        })
        .collect()
}

/// Parses `1 0900-1900,6 1000-1300` (ISO weekday 1–7, then its periods).
pub fn parse_week(text: &str) -> Option<Week> {
    let mut week = Week::default();
    for day in text.split(',').map(str::trim).filter(|d| !d.is_empty()) {
        let (weekday, periods) = day.split_once(' ')?;
        let index: usize = weekday.parse().ok().filter(|d| (1..=7).contains(d))?;
        week.0[index - 1] = parse_periods(periods)?;
    }
    Some(week)
}

/// Why a shop keeps other hours on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Special {
    /// A public holiday of the country, with its name.
    Holiday(String),
    /// The shop's own exceptional closure or hours.
    Exceptional,
}

/// A shop's calendar: its zone, week and the days that differ.
pub struct Calendar<'a> {
    pub tz: Tz,
    pub week: &'a Week,
    /// Public holidays of the shop's country: closed all day unless the shop has an exception.
    pub holidays: &'a HashMap<NaiveDate, String>,
    pub exceptions: &'a HashMap<NaiveDate, Vec<Period>>,
}

/// Open or closed at an instant, and when that changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenState {
    pub open: bool,
    /// When the shop closes (open) or opens next (closed); none within a week: closed for now.
    pub change_at: Option<DateTime<Utc>>,
    /// Days from the shop's local today to the local day of `change_at` (0 today, 1 tomorrow).
    pub change_day: Option<i64>,
    /// Why today is not an ordinary day of the week, if it is not.
    pub today: Option<Special>,
}

impl Calendar<'_> {
    /// The periods of a local day and why they differ from the week, if they do.
    pub fn day(&self, date: NaiveDate) -> (Vec<Period>, Option<Special>) {
        if let Some(periods) = self.exceptions.get(&date) {
            return (periods.clone(), Some(Special::Exceptional));
        }
        if let Some(name) = self.holidays.get(&date) {
            return (Vec::new(), Some(Special::Holiday(name.clone())));
        }
        (
            self.week.0[date.weekday().num_days_from_monday() as usize].clone(),
            None,
        )
    }

    fn instant(&self, date: NaiveDate, minutes: u16, latest: bool) -> DateTime<Utc> {
        let mut local: NaiveDateTime =
            date.and_hms_opt(0, 0, 0).unwrap_or_default() + Duration::minutes(i64::from(minutes));
        // A gap (spring forward) is at most a few hours: move to the first minute that exists.
        for _ in 0..240 {
            match self.tz.from_local_datetime(&local) {
                LocalResult::Single(t) => return t.with_timezone(&Utc),
                LocalResult::Ambiguous(a, b) => {
                    return if latest { b } else { a }.with_timezone(&Utc)
                }
                LocalResult::None => local += Duration::minutes(1),
            }
        }
        Utc.from_utc_datetime(&local)
    }

    /// Open intervals starting on local days `from ..= from + days`, merged when they touch.
    pub fn intervals(&self, from: NaiveDate, days: i64) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
        let mut out: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
        for offset in 0..=days {
            let date = from + Duration::days(offset);
            for p in self.day(date).0 {
                let (start, end) = (
                    self.instant(date, p.start, false),
                    self.instant(date, p.end, true),
                );
                match out.last_mut() {
                    Some(last) if start <= last.1 => last.1 = last.1.max(end),
                    _ => out.push((start, end)),
                }
            }
        }
        out
    }

    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.tz).date_naive()
    }

    /// Whether the shop is open at `now`, and when that changes (looking a week ahead).
    pub fn state(&self, now: DateTime<Utc>) -> OpenState {
        let today = self.local_date(now);
        let intervals = self.intervals(today - Duration::days(1), 8);
        let current = intervals.iter().find(|(s, e)| *s <= now && now < *e);
        let change_at = match current {
            Some((_, end)) => Some(*end),
            None => intervals.iter().map(|(s, _)| *s).find(|s| *s > now),
        };
        OpenState {
            open: current.is_some(),
            change_at,
            change_day: change_at.map(|t| (self.local_date(t) - today).num_days()),
            today: self.day(today).1,
        }
    }

    /// Until when a reservation made at `now` is held: closing time of the next day after
    /// today on which the shop opens; 48 hours if it does not open within a week.
    pub fn hold_until(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let today = self.local_date(now);
        (1..=7)
            .map(|d| today + Duration::days(d))
            .find_map(|date| {
                let periods = self.day(date).0;
                let last = periods.iter().map(|p| p.end).max()?;
                Some(self.instant(date, last, true))
            })
            .unwrap_or(now + Duration::hours(48))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn calendar<'a>(
        tz: &str,
        week: &'a Week,
        holidays: &'a HashMap<NaiveDate, String>,
        exceptions: &'a HashMap<NaiveDate, Vec<Period>>,
    ) -> Calendar<'a> {
        Calendar {
            tz: tz.parse().unwrap(),
            week,
            holidays,
            exceptions,
        }
    }

    #[test]
    fn parses_and_refuses() {
        let week = parse_week("1 0900-1900,5 0900-1230 1400-1900,6 2000-2600").unwrap();
        assert_eq!(
            week.0[0],
            vec![Period {
                start: 540,
                end: 1140
            }]
        );
        assert_eq!(week.0[4].len(), 2);
        assert_eq!(
            week.0[5],
            vec![Period {
                start: 1200,
                end: 1560
            }]
        );
        assert!(week.0[6].is_empty());
        for bad in ["8 0900-1900", "1 1900-0900", "1 0960-1000", "1 0900", "x"] {
            assert_eq!(parse_week(bad), None, "{bad}");
        }
    }

    #[test]
    fn open_and_closing_in_paris_across_daylight_saving() {
        let week =
            parse_week("1 1000-1900,2 1000-1900,3 1000-1900,4 1000-1900,5 1000-1900,6 1000-1900")
                .unwrap();
        let (h, e) = (HashMap::new(), HashMap::new());
        let paris = calendar("Europe/Paris", &week, &h, &e);
        // Thursday 26 November 2026, 10:00 UTC = 11:00 in Paris (UTC+1): open until 19:00 = 18:00 UTC.
        let s = paris.state(at("2026-11-26T10:00:00Z"));
        assert!(s.open);
        assert_eq!(s.change_at, Some(at("2026-11-26T18:00:00Z")));
        assert_eq!(s.change_day, Some(0));
        // Saturday 27 March 2027 18:30 UTC = 19:30 local: closed; Sunday closed; opens Monday
        // 29 March 10:00, which is 08:00 UTC after the clocks went forward on Sunday.
        let s = paris.state(at("2027-03-27T18:30:00Z"));
        assert!(!s.open);
        assert_eq!(s.change_at, Some(at("2027-03-29T08:00:00Z")));
        assert_eq!(s.change_day, Some(2));
        // Summer time: 17:30 UTC on Monday 29 March is 19:30 local: closed (in winter it would be open).
        assert!(!paris.state(at("2027-03-29T17:30:00Z")).open);
        assert!(paris.state(at("2027-03-26T17:30:00Z")).open);
        // Back to winter time on 31 October 2027: Monday 1 November 18:30 UTC is 19:30 → closed;
        // 17:30 UTC is 18:30 → open.
        assert!(!paris.state(at("2027-11-01T18:30:00Z")).open);
    }

    #[test]
    fn utc_zero_and_utc_plus_three() {
        let week = parse_week(
            "1 0830-1900,2 0830-1900,3 0830-1900,4 0830-1900,5 0830-1300 1500-1900,6 0900-1300",
        )
        .unwrap();
        let (h, e) = (HashMap::new(), HashMap::new());
        let dakar = calendar("Africa/Dakar", &week, &h, &e);
        // Friday 27 November 2026 13:30 UTC = 13:30 in Dakar: the prayer break between two periods.
        let s = dakar.state(at("2026-11-27T13:30:00Z"));
        assert!(!s.open);
        assert_eq!(s.change_at, Some(at("2026-11-27T15:00:00Z")));
        assert_eq!(s.change_day, Some(0));
        assert!(dakar.state(at("2026-11-27T15:00:00Z")).open);
        // Amman is UTC+3 all year: 06:00 UTC is 09:00, opening time.
        let jo = parse_week(
            "1 0900-2100,2 0900-2100,3 0900-2100,4 0900-2100,6 0900-2100,7 0900-2100,5 1400-2100",
        )
        .unwrap();
        let amman = calendar("Asia/Amman", &jo, &h, &e);
        assert!(!amman.state(at("2026-11-26T05:59:00Z")).open);
        let s = amman.state(at("2026-11-26T06:00:00Z"));
        assert!(s.open);
        assert_eq!(s.change_at, Some(at("2026-11-26T18:00:00Z")));
        // Friday: opens after the prayer, 14:00 local = 11:00 UTC.
        let s = amman.state(at("2026-11-27T08:00:00Z"));
        assert!(!s.open);
        assert_eq!(s.change_at, Some(at("2026-11-27T11:00:00Z")));
    }

    #[test]
    fn overnight_hours_run_into_the_next_day() {
        // Cairo (UTC+2 in November): 10:00–02:00 every day.
        let week = parse_week(
            "1 1000-2600,2 1000-2600,3 1000-2600,4 1000-2600,5 1400-2600,6 1000-2600,7 1000-2600",
        )
        .unwrap();
        let (h, e) = (HashMap::new(), HashMap::new());
        let cairo = calendar("Africa/Cairo", &week, &h, &e);
        // Friday 27 November 01:30 local (Thursday's hours): open, closes at 02:00 today.
        let s = cairo.state(at("2026-11-26T23:30:00Z"));
        assert!(s.open);
        assert_eq!(s.change_at, Some(at("2026-11-27T00:00:00Z")));
        assert_eq!(s.change_day, Some(0));
        // 03:00 local Friday: closed, opens at 14:00 after the prayer.
        let s = cairo.state(at("2026-11-27T01:00:00Z"));
        assert!(!s.open);
        assert_eq!(s.change_at, Some(at("2026-11-27T12:00:00Z")));
    }

    #[test]
    fn holidays_and_exceptions() {
        let week =
            parse_week("1 0900-1800,2 0900-1800,3 0900-1800,4 0900-1800,5 0900-1800").unwrap();
        let holidays = HashMap::from([("2026-12-25".parse().unwrap(), "Noël".to_owned())]);
        let mut exceptions = HashMap::new();
        let paris = calendar("Europe/Paris", &week, &holidays, &exceptions);
        // Christmas is a Friday: closed all day, opens Monday 28th at 09:00 (08:00 UTC).
        let s = paris.state(at("2026-12-25T10:00:00Z"));
        assert!(!s.open);
        assert_eq!(s.today, Some(Special::Holiday("Noël".into())));
        assert_eq!(s.change_at, Some(at("2026-12-28T08:00:00Z")));
        assert_eq!(s.change_day, Some(3));
        // Christmas Eve, Thursday: the shop closes early by exception; the 24th's hold runs to
        // Monday's closing (Friday is the holiday, the weekend closed).
        exceptions.insert(
            "2026-12-24".parse().unwrap(),
            parse_periods("0900-1400").unwrap(),
        );
        exceptions.insert("2026-12-26".parse().unwrap(), Vec::new());
        let paris = calendar("Europe/Paris", &week, &holidays, &exceptions);
        assert!(paris.state(at("2026-12-24T12:30:00Z")).open);
        let s = paris.state(at("2026-12-24T13:30:00Z"));
        assert!(!s.open);
        assert_eq!(s.today, Some(Special::Exceptional));
        assert_eq!(
            paris.hold_until(at("2026-12-24T09:00:00Z")),
            at("2026-12-28T17:00:00Z")
        );
        // A shop that opens on the holiday by exception.
        exceptions.insert(
            "2026-12-25".parse().unwrap(),
            parse_periods("1000-1300").unwrap(),
        );
        let paris = calendar("Europe/Paris", &week, &holidays, &exceptions);
        assert!(paris.state(at("2026-12-25T10:00:00Z")).open);
    }

    #[test]
    fn hold_until_closing_time_tomorrow() {
        let week =
            parse_week("1 1000-1900,2 1000-1900,3 1000-1900,4 1000-1900,5 1000-1900,6 1000-1900")
                .unwrap();
        let (h, e) = (HashMap::new(), HashMap::new());
        let paris = calendar("Europe/Paris", &week, &h, &e);
        // Thursday → Friday 19:00 local.
        assert_eq!(
            paris.hold_until(at("2026-11-26T10:00:00Z")),
            at("2026-11-27T18:00:00Z")
        );
        // Saturday → Monday (closed on Sunday).
        assert_eq!(
            paris.hold_until(at("2026-11-28T10:00:00Z")),
            at("2026-11-30T18:00:00Z")
        );
        // Never open: 48 hours.
        let closed = Week::default();
        let never = calendar("Europe/Paris", &closed, &h, &e);
        assert_eq!(
            never.hold_until(at("2026-11-26T10:00:00Z")),
            at("2026-11-28T10:00:00Z")
        );
        assert_eq!(never.state(at("2026-11-26T10:00:00Z")).change_at, None);
    }
}

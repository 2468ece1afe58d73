//! Numbers, money, data amounts, durations and dates, formatted by the browser's `Intl` for
//! the locale (digits, separators, currency decimals and unit names come from CLDR there).
//! Nothing is formatted by hand.
//!
//! `locale` is always a tag the widget built itself (a language it offers, optionally with a
//! validated region), so the `Intl` constructors never see an invalid tag.

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn locales(locale: &str) -> Array {
    Array::of1(&JsValue::from_str(locale))
}

fn call(format: Function, value: &JsValue) -> String {
    call_on(format, &JsValue::NULL, value)
}

fn call_on(format: Function, this: &JsValue, value: &JsValue) -> String {
    format
        .call1(this, value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

thread_local! {
    /// The `Intl` objects made so far, by kind, locale and options, with a number that goes
    /// with one (a currency's decimals). Making one costs far more than using it (ICU data is
    /// loaded each time), and a view formats hundreds of values with a few dozen of them: made
    /// anew for each value, they were most of the main thread's time when the usage view first
    /// rendered.
    static MADE: RefCell<Vec<(String, JsValue, f64)>> = const { RefCell::new(Vec::new()) };
}

/// The `Intl` object for `kind`, `locale` and `options`, made by `make` the first time.
/// Not generic over `make`: one copy of this function in the module, whatever makes the object.
fn made(
    kind: &str,
    locale: &str,
    options: &Object,
    make: &dyn Fn() -> Option<(JsValue, f64)>,
) -> Option<(JsValue, f64)> {
    let key = format!(
        "{kind}|{locale}|{}",
        js_sys::JSON::stringify(options)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    );
    if let Some(found) = MADE.with(|m| {
        m.borrow()
            .iter()
            .find(|(k, ..)| *k == key)
            .map(|(_, v, n)| (v.clone(), *n))
    }) {
        return Some(found);
    }
    let value = make()?;
    MADE.with(|m| m.borrow_mut().push((key, value.0.clone(), value.1)));
    Some(value)
}

/// A cached `Intl.NumberFormat`'s `format` function and its maximum fraction digits.
fn number_format(locale: &str, pairs: &[(&str, JsValue)]) -> (Function, f64) {
    let options = options(pairs);
    let make = || {
        let format = Intl::NumberFormat::new(&locales(locale), &options);
        let digits = Reflect::get(
            &format.resolved_options(),
            &JsValue::from_str("maximumFractionDigits"),
        )
        .ok()
        .and_then(|d| d.as_f64());
        Some((format.format().into(), digits.unwrap_or(2.0)))
    };
    let (format, digits) = made("n", locale, &options, &make).unwrap_or((JsValue::UNDEFINED, 2.0));
    (format.unchecked_into(), digits)
}

fn number_with(locale: &str, value: f64, pairs: &[(&str, JsValue)]) -> String {
    call(number_format(locale, pairs).0, &JsValue::from_f64(value))
}

/// Makes, one task each after the current one, the `Intl` objects the first views use in
/// `locale`, while the widget waits for its data: the first of each costs tens of
/// milliseconds on a slow phone (ICU loads its data), which would otherwise all land in the
/// one task that renders the data — a long task for the host page.
pub fn prepare(locale: String) {
    fn next(locale: String, step: u8) {
        let done = match step {
            0 => date(&locale, "2026-01-01"),
            1 => day_month(&locale, "2026-01-01"),
            2 => number(&locale, 1.5),
            3 => plural_category(&locale, 1.0),
            4 => bytes(&locale, 1_500_000_000),
            5 => bytes(&locale, 1_500_000),
            6 => minutes(&locale, 60),
            _ => return,
        };
        drop(done);
        leptos::prelude::set_timeout(move || next(locale, step + 1), std::time::Duration::ZERO);
    }
    leptos::prelude::set_timeout(move || next(locale, 0), std::time::Duration::ZERO);
}

/// A plain number (also what Fluent shows for numeric arguments).
pub fn number(locale: &str, value: f64) -> String {
    number_with(locale, value, &[])
}

pub fn percent(locale: &str, ratio: f64) -> String {
    number_with(
        locale,
        ratio,
        &[
            ("style", "percent".into()),
            ("maximumFractionDigits", 0.into()),
        ],
    )
}

fn unit(locale: &str, value: f64, unit: &str, fraction_digits: u32) -> String {
    // Arabic's short units are initials ("غ.ب", "د"): its long names are what people read,
    // and what plan names say ("٤٠ غيغابايت").
    let display = if locale.starts_with("ar") {
        "long"
    } else {
        "short"
    };
    number_with(
        locale,
        value,
        &[
            ("style", "unit".into()),
            ("unit", unit.into()),
            ("unitDisplay", display.into()),
            ("maximumFractionDigits", fraction_digits.into()),
        ],
    )
}

/// A data amount in the largest unit that keeps it readable: 12.3 GB, 450 MB, 80 kB.
pub fn bytes(locale: &str, bytes: i64) -> String {
    bytes_at(locale, bytes, byte_step(bytes))
}

/// The step a data amount is shown to by default: 1 GB from 100 GB, 0.1 GB from 1 GB, 1 MB,
/// else 1 kB.
pub fn byte_step(bytes: i64) -> i64 {
    match bytes {
        100_000_000_000.. => 1_000_000_000,
        1_000_000_000.. => 100_000_000,
        1_000_000.. => 1_000_000,
        _ => 1_000,
    }
}

/// A data amount in the largest unit that keeps it readable, with the decimals that show a
/// multiple of `step` bytes exactly (1.95 GB at a step of 1 MB).
pub fn bytes_at(locale: &str, bytes: i64, step: i64) -> String {
    // Nothing, in the unit of the amounts it is shown with ("0 GB of 20 GB", not "0 kB").
    let (size, name) = match if bytes == 0 {
        step.saturating_mul(10)
    } else {
        bytes
    } {
        1_000_000_000.. => (1_000_000_000, "gigabyte"),
        1_000_000.. => (1_000_000, "megabyte"),
        _ => (1_000, "kilobyte"),
    };
    // The decimals a step needs in that unit: none for a step of a unit or more, up to 3.
    let digits = match size / step.max(1) {
        1000.. => 3,
        100.. => 2,
        10.. => 1,
        _ => 0,
    };
    unit(locale, bytes as f64 / size as f64, name, digits)
}

/// Call time in whole minutes, rounded up as operators bill them.
pub fn minutes(locale: &str, seconds: i64) -> String {
    unit(locale, (seconds as f64 / 60.0).ceil(), "minute", 0)
}

/// An amount in minor units of `currency`: the currency's own number of decimals (3 for JOD,
/// none for XOF) comes from `Intl`.
/// Differences and credits are said in words, never with a sign (`tariff/`).
pub fn money(locale: &str, currency: &str, minor: i64) -> String {
    let (format, digits) = number_format(
        locale,
        &[("style", "currency".into()), ("currency", currency.into())],
    );
    // Minor units per major unit: the currency's decimals are 0 to 4 (ISO 4217); a table, not
    // `powf`, which would bring 2 KB of libm into the bundle.
    let per_unit = [1.0, 10.0, 100.0, 1000.0, 10000.0]
        .get(digits as usize)
        .copied()
        .unwrap_or(100.0);
    call(format, &JsValue::from_f64(minor as f64 / per_unit))
}

/// A calendar date (`2026-11-26`), in UTC so the day never shifts with the device's zone.
fn date_value(iso: &str) -> Option<Date> {
    let mut parts = iso.split('-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let ms = Date::utc(f64::from(y), f64::from(m) - 1.0);
    let date = Date::new(&JsValue::from_f64(ms));
    date.set_utc_date(d);
    Some(date)
}

fn date_with(locale: &str, iso: &str, pairs: &[(&str, JsValue)]) -> String {
    let Some(date) = date_value(iso) else {
        return iso.to_owned();
    };
    let mut all = vec![("timeZone", JsValue::from_str("UTC"))];
    all.extend(pairs.iter().cloned());
    let text = date_time_format(locale, &all)
        .map(|f| call(f, &date))
        .unwrap_or_else(|| iso.to_owned());
    // French writes the first of the month as an ordinal: "1er juin", "lundi 1er".
    if locale.starts_with("fr") && iso.ends_with("-01") {
        if let Some(rest) = text.strip_prefix("1 ") {
            return format!("1er {rest}");
        }
        if text.ends_with(" 1") {
            return text + "er";
        }
    }
    text
}

/// Digits in a name or description from the server as the locale writes numbers: "Sahl 40"
/// is "سهل ٤٠" in Egypt, where the figures around it are Arabic-Indic too.
pub fn localise_digits(locale: &str, text: &mut String) {
    // Numbering systems' digits are consecutive code points: the locale's zero gives them all.
    let zero = number(locale, 0.0).chars().next().unwrap_or('0');
    if zero != '0' && text.bytes().any(|b| b.is_ascii_digit()) {
        *text = text
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .and_then(|d| char::from_u32(zero as u32 + d))
                    .unwrap_or(c)
            })
            .collect();
    }
}

/// Items as the locale lists them: "A, B and C", "A وB" (`Intl.ListFormat`).
pub fn list(locale: &str, items: &[String]) -> String {
    let options = options(&[("type", "conjunction".into())]);
    let make = || {
        let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        let class: Function = Reflect::get(&intl, &JsValue::from_str("ListFormat"))
            .ok()?
            .dyn_into()
            .ok()?;
        Some((
            Reflect::construct(&class, &Array::of2(&locales(locale), &options)).ok()?,
            0.0,
        ))
    };
    let array = Array::new();
    for item in items {
        array.push(&JsValue::from_str(item));
    }
    // Where the browser has no `Intl.ListFormat`, the items as they are, side by side.
    let Some((list, _)) = made("l", locale, &options, &make) else {
        return array.join(", ").into();
    };
    let format: Function = Reflect::get(&list, &JsValue::from_str("format"))
        .unwrap_or(JsValue::UNDEFINED)
        .unchecked_into();
    call_on(format, &list, &array)
}

/// "26 November 2026".
pub fn date(locale: &str, iso: &str) -> String {
    date_with(locale, iso, &[("dateStyle", "long".into())])
}

/// "Thursday 26".
pub fn weekday(locale: &str, iso: &str) -> String {
    date_with(
        locale,
        iso,
        &[("weekday", "long".into()), ("day", "numeric".into())],
    )
}

/// A wall-clock time (`19:00`) as the locale writes it ("19:00", "7:00 PM").
pub fn clock(locale: &str, hh_mm: &str) -> String {
    time_in(
        locale,
        &format!("1970-01-01T{hh_mm}:00Z"),
        "UTC",
        false,
        false,
    )
}

/// "26 Nov".
pub fn day_month(locale: &str, iso: &str) -> String {
    date_with(
        locale,
        iso,
        &[("day", "numeric".into()), ("month", "short".into())],
    )
}

/// The CLDR plural category of `value` in `locale` (for the messages' plural variants).
pub fn plural_category(locale: &str, value: f64) -> String {
    let none = Object::new();
    let rules = made("p", locale, &none, &|| {
        Some((Intl::PluralRules::new(&locales(locale), &none).into(), 0.0))
    });
    rules
        .map(|(r, _)| r.unchecked_into::<Intl::PluralRules>().select(value).into())
        .unwrap_or_default()
}

/// A cached `Intl.DateTimeFormat`'s `format` function, made through `Reflect::construct`, so
/// that a time zone the browser does not know is an error here rather than an exception
/// through WebAssembly.
fn date_time_format(locale: &str, pairs: &[(&str, JsValue)]) -> Option<Function> {
    let options = options(pairs);
    let make = || {
        let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        let constructor: Function = Reflect::get(&intl, &JsValue::from_str("DateTimeFormat"))
            .ok()?
            .into();
        let args = Array::of2(&JsValue::from_str(locale), &options);
        let format: Intl::DateTimeFormat = Reflect::construct(&constructor, &args).ok()?.into();
        Some((format.format().into(), 0.0))
    };
    made("d", locale, &options, &make).map(|(f, _)| f.unchecked_into())
}

/// An instant (RFC 3339) as wall-clock time in `time_zone`, the IANA zone of a shop: "19:00",
/// "7:00 PM". `weekday` and `date` add the day's name and date.
pub fn time_in(locale: &str, instant: &str, time_zone: &str, weekday: bool, date: bool) -> String {
    let mut pairs = vec![
        ("timeZone", JsValue::from_str(time_zone)),
        ("hour", "numeric".into()),
        ("minute", "2-digit".into()),
    ];
    if weekday {
        pairs.push(("weekday", "long".into()));
    }
    if date {
        pairs.extend([("day", "numeric".into()), ("month", "long".into())]);
    }
    let value = Date::new(&JsValue::from_str(instant));
    date_time_format(locale, &pairs)
        .map(|f| call(f, &value))
        .unwrap_or_else(|| instant.to_owned())
}

/// A distance: metres to the nearest ten under a kilometre, else kilometres (one decimal
/// under ten).
pub fn distance(locale: &str, metres: i64) -> String {
    let m = metres as f64;
    if m < 1_000.0 {
        unit(locale, (m / 10.0).round() * 10.0, "meter", 0)
    } else {
        unit(
            locale,
            m / 1_000.0,
            "kilometer",
            if m < 10_000.0 { 1 } else { 0 },
        )
    }
}

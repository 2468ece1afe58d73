//! Checks on what a request gives, before anything reads or writes.

use crate::api::ErrorId;
use crate::server::error::Error;

/// A line id as the seed and any import writes them: 1–64 ASCII letters, digits and `-`.
pub fn line_id(id: &str) -> Result<&str, Error> {
    self::id(id)
}

/// An id of a line, offering or order: 1–64 ASCII letters, digits and `-`.
/// A quick reply's intent (`cheaper_plan`, `human_shop`): lowercase letters, digits and `_`.
pub fn intent(intent: &str) -> Result<&str, Error> {
    let well_formed = !intent.is_empty()
        && intent.len() <= 40
        && intent
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if well_formed {
        Ok(intent)
    } else {
        Err(ErrorId::BadRequest.into())
    }
}

pub fn id(id: &str) -> Result<&str, Error> {
    let well_formed = !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if well_formed {
        Ok(id)
    } else {
        Err(ErrorId::BadRequest.into())
    }
}

/// An idempotency key the widget made (a UUID): 16–64 ASCII letters, digits and `-`.
pub fn idempotency_key(key: &str) -> Result<&str, Error> {
    if key.len() >= 16 {
        id(key)
    } else {
        Err(ErrorId::BadRequest.into())
    }
}

/// An ISO 3166 alpha-2 country code.
pub fn country(code: &str) -> Result<&str, Error> {
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(ErrorId::BadRequest.into())
    }
}

/// The language subtag of a locale (`pl-PL` → `pl`) when it is one (2–3 lowercase ASCII
/// letters), else `en`: the assistant answers in it if it speaks it.
pub fn language(locale: &str) -> &str {
    let language = locale.split(['-', '_']).next().unwrap_or_default();
    let well_formed =
        (2..=3).contains(&language.len()) && language.bytes().all(|b| b.is_ascii_lowercase());
    if well_formed {
        language
    } else {
        "en"
    }
}

/// The catalogue language for a UI locale: its language if a catalogue has texts in it (`pl`),
/// else `en`.
pub fn lang(locale: &str) -> &'static str {
    crate::tariff::catalogue::lang(locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ids() {
        assert!(line_id("line-fr-0001-1").is_ok());
        for bad in [
            "",
            "a b",
            "x'; DROP TABLE lines;--",
            &"a".repeat(65),
            "ligne-é",
        ] {
            assert!(line_id(bad).unwrap_err().is(ErrorId::BadRequest), "{bad}");
        }
        assert!(idempotency_key("3f1c2a9e-6a34-4c1b-9a55-0d3e0b1f2c4d").is_ok());
        assert!(idempotency_key("short").is_err());
        assert_eq!(lang("ar-EG"), "ar");
        assert_eq!(lang("pl"), "pl");
        assert_eq!(lang("ja-JP"), "en");
        assert_eq!(language("pl-PL"), "pl");
        assert_eq!(language("wo"), "wo");
        assert_eq!(language("x'; --"), "en");
        assert_eq!(language("PL"), "en");
    }
}

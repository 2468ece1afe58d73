//! The widget's messages: which locales exist, how one is chosen, and formatting with Fluent.
//!
//! Messages live in `locales/{tag}/{area}.ftl`; English is the source and every locale has
//! every message of it with the same variables (checked by this crate's tests). The build
//! joins a locale's files into one `{tag}.ftl` that the widget downloads when it needs it, so
//! only the active locale's messages are ever fetched.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;
use unic_langid::LanguageIdentifier;

/// The locale every message is written in first.
pub const SOURCE_LOCALE: &str = "en";

/// The locales the widget offers, in the order of the language switcher.
pub const LOCALES: &[&str] = &["en", "fr", "ar"];

/// A pseudo-locale built from English (accented, elongated) that the browser tests use to
/// find text that does not come from the messages. Never negotiated, only asked for by name.
pub const PSEUDO_LOCALE: &str = "en-XA";

/// The message areas, one `.ftl` file each in every locale.
pub const AREAS: &[&str] = &["common", "usage"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The writing direction of a language tag.
pub fn direction(tag: &str) -> Direction {
    let language = tag.split(['-', '_']).next().unwrap_or("");
    match language {
        "ar" | "he" | "fa" | "ur" => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// The locale the widget uses: the first of `requested` (the `locale` attribute, then the
/// browser's languages, then the country's language) that it offers, matched by the whole
/// tag or by language; else English. Returns one of [`LOCALES`] or [`PSEUDO_LOCALE`].
pub fn negotiate<'a>(requested: impl IntoIterator<Item = &'a str>) -> &'static str {
    for tag in requested {
        if tag.eq_ignore_ascii_case(PSEUDO_LOCALE) {
            return PSEUDO_LOCALE;
        }
        let language = tag.split(['-', '_']).next().unwrap_or("");
        if let Some(found) = LOCALES.iter().find(|l| l.eq_ignore_ascii_case(language)) {
            return found;
        }
    }
    SOURCE_LOCALE
}

/// The main language of a country of the group (ISO 3166 alpha-2), for negotiation.
pub fn country_language(country: &str) -> Option<&'static str> {
    let upper = country.to_ascii_uppercase();
    Some(match upper.as_str() {
        "EG" | "JO" | "MA" | "TN" => "ar",
        "FR" | "RE" | "GP" | "MQ" | "GF" | "YT" | "BE" | "LU" | "SN" | "CI" | "CM" | "ML" | "BF" | "GN"
        | "MG" | "CD" | "CF" => "fr",
        "ES" => "es",
        "PL" => "pl",
        "RO" | "MD" => "ro",
        "SK" => "sk",
        "GW" => "pt",
        "SL" | "LR" | "BW" => "en",
        _ => return None,
    })
}

/// A message argument.
pub enum Arg<'a> {
    /// Text shown as it is (already formatted by `Intl`, or a product name).
    Text(&'a str),
    /// A number: selects plural variants, and is shown through the number formatter.
    Number(f64),
}

/// Shows numbers as the locale writes them (the widget plugs in the browser's `Intl`).
pub type NumberFormatter = fn(locale: &str, value: f64) -> String;

thread_local! {
    static FORMATTING: RefCell<Option<(String, NumberFormatter)>> = const { RefCell::new(None) };
}

fn format_value(value: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => FORMATTING.with_borrow(|f| f.as_ref().map(|(locale, format)| format(locale, n.value))),
        _ => None,
    }
}

/// One locale's messages.
pub struct Messages {
    locale: String,
    bundle: FluentBundle<FluentResource>,
    number_formatter: Option<NumberFormatter>,
}

impl Messages {
    /// Parses a locale's joined `.ftl` source. Any syntax error or duplicate id is an error.
    pub fn parse(locale: &str, source: String) -> Result<Messages, Vec<String>> {
        let langid: LanguageIdentifier = locale.parse().map_err(|_| vec![format!("bad locale {locale:?}")])?;
        let resource = FluentResource::try_new(source)
            .map_err(|(_, errors)| errors.iter().map(|e| format!("{locale}: {e:?}")).collect::<Vec<_>>())?;
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_formatter(Some(format_value));
        bundle
            .add_resource(resource)
            .map_err(|errors| errors.iter().map(|e| format!("{locale}: {e:?}")).collect::<Vec<_>>())?;
        Ok(Messages { locale: locale.into(), bundle, number_formatter: None })
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    pub fn set_number_formatter(&mut self, formatter: NumberFormatter) {
        self.number_formatter = Some(formatter);
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` (or its attribute `attribute`) with `args`. A missing message shows
    /// its id, so a gap is visible rather than blank; the tests keep that from happening.
    pub fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
        let Some(message) = self.bundle.get_message(id) else { return id.to_owned() };
        let pattern = match attribute {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else { return id.to_owned() };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(*s)),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let previous = FORMATTING.replace(self.number_formatter.map(|f| (self.locale.clone(), f)));
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        FORMATTING.set(previous);
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_attribute_then_browser_then_country() {
        assert_eq!(negotiate(["fr-SN", "en"]), "fr");
        assert_eq!(negotiate(["de-DE", "ar-EG"]), "ar");
        assert_eq!(negotiate(["de-DE"]), "en");
        assert_eq!(negotiate(["en-XA"]), PSEUDO_LOCALE);
        assert_eq!(negotiate(["pl", country_language("JO").unwrap()]), "ar");
        assert_eq!(direction("ar-JO"), Direction::Rtl);
        assert_eq!(direction("fr"), Direction::Ltr);
    }

    #[test]
    fn plurals_follow_each_language() {
        let ar = Messages::parse(
            "ar",
            "days = { $n ->\n [zero] z\n [one] o\n [two] t\n [few] f\n [many] m\n *[other] x\n }\n".into(),
        )
        .unwrap();
        let pick = |n: f64| ar.format("days", None, &[("n", Arg::Number(n))]);
        assert_eq!([pick(0.0), pick(1.0), pick(2.0), pick(3.0), pick(11.0), pick(100.0)], ["z", "o", "t", "f", "m", "x"]);
    }

    #[test]
    fn numbers_go_through_the_formatter() {
        let mut m = Messages::parse("ar", "n = N: { $n }\n".into()).unwrap();
        m.set_number_formatter(|locale, v| format!("{locale}:{v}"));
        assert_eq!(m.format("n", None, &[("n", Arg::Number(3.0))]), "N: \u{2068}ar:3\u{2069}");
        assert_eq!(m.format("missing", None, &[]), "missing");
    }
}

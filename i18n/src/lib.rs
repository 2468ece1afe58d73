//! The widget's messages: which locales exist, how one is chosen, and formatting.
//!
//! Messages are written in Fluent, in `locales/{tag}/{area}.ftl`; English is the source and
//! every locale has every message of it with the same variables (checked by this crate's
//! tests). The build compiles a locale's files with the Fluent parser into one small
//! catalogue ([`compile`], feature `compile`) that the widget downloads when it needs it, so
//! only the active locale's messages are fetched, and the widget carries neither Fluent's
//! parser nor its plural and number data: [`Messages`] formats a compiled catalogue with the
//! browser's `Intl` for numbers and plural categories.

#[cfg(feature = "compile")]
pub mod compile;

/// The locale every message is written in first.
pub const SOURCE_LOCALE: &str = "en";

/// The locales the widget offers, in the order of the language switcher.
pub const LOCALES: &[&str] = &[
    "en", "fr", "ar", "es", "ca", "pl", "ro", "nl", "de", "sk", "ru", "pt", "mg", "wo",
];

/// A pseudo-locale built from English (accented, elongated) that the browser tests use to
/// find text that does not come from the messages. Never negotiated, only asked for by name.
pub const PSEUDO_LOCALE: &str = "en-XA";

/// The message areas, one `.ftl` file each in every locale.
pub const AREAS: &[&str] = &["common", "usage", "tariff", "stores", "chat", "kiosk"];
/// The areas whose words come with the part of the widget that shows them
/// (`i18n/<locale>.<area>.messages`, downloaded when the part is first opened); the others
/// make the locale's first file (`i18n/<locale>.messages`), what the first view needs.
pub const PART_AREAS: &[&str] = &["tariff", "stores", "chat"];

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

include!(concat!(env!("OUT_DIR"), "/countries.rs"));

/// A message argument.
pub enum Arg<'a> {
    /// Text shown as it is (already formatted by `Intl`, or a product name).
    Text(&'a str),
    /// A number: selects plural variants, and is shown through the number formatter.
    Number(f64),
}

/// Shows a number as the locale writes it (the widget plugs in the browser's `Intl`).
pub type NumberFormatter = fn(locale: &str, value: f64) -> String;
/// The CLDR plural category of a number: `zero`, `one`, `two`, `few`, `many` or `other`.
pub type PluralRule = fn(locale: &str, value: f64) -> String;

// Control characters of the compiled format (see `compile`).
const ENTRY: char = '\u{1E}';
const VAR_START: char = '\u{1}';
const VAR_END: char = '\u{2}';
const SELECT_START: char = '\u{3}';
const VARIANT: char = '\u{4}';
const VARIANT_VALUE: char = '\u{5}';
const SELECT_END: char = '\u{6}';

/// One locale's compiled messages.
pub struct Messages {
    locale: String,
    /// Sorted by id. (A sorted list rather than a map: no hashing code in the bundle.)
    entries: Vec<(String, String)>,
    number: NumberFormatter,
    plural: PluralRule,
}

impl Messages {
    /// Reads a compiled catalogue; `number` and `plural` give the locale's number formats and
    /// plural rules (the browser's `Intl` in the widget).
    pub fn parse(
        locale: &str,
        compiled: &str,
        number: NumberFormatter,
        plural: PluralRule,
    ) -> Messages {
        // The compiler writes entries sorted by id (no sorting code in the bundle).
        let entries = compiled
            .split(ENTRY)
            .filter_map(|entry| entry.split_once('='))
            .map(|(id, pattern)| (id.to_owned(), pattern.to_owned()))
            .collect();
        Messages {
            locale: locale.into(),
            entries,
            number,
            plural,
        }
    }

    fn pattern(&self, key: &str) -> Option<&str> {
        let found = self
            .entries
            .binary_search_by(|(id, _)| id.as_str().cmp(key))
            .ok()?;
        Some(&self.entries[found].1)
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The message `id` (or its attribute `attribute`) with `args`. A missing message shows
    /// its id, so a gap is visible rather than blank; the tests keep that from happening.
    pub fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
        self.format_in(&self.locale, id, attribute, args)
    }

    /// [`Messages::format`] with numbers and plural rules of `format_locale` (the language
    /// with a region, such as `ar-JO`, whose digits differ from plain `ar`).
    pub fn format_in(
        &self,
        format_locale: &str,
        id: &str,
        attribute: Option<&str>,
        args: &[(&str, Arg)],
    ) -> String {
        self.lookup(format_locale, id, attribute, args)
            .unwrap_or_else(|| id.to_owned())
    }

    /// [`Messages::format_in`], or `None` when this catalogue has no such message (it may be
    /// in another of the locale's catalogues: the widget loads a part's words with the part).
    pub fn lookup(
        &self,
        format_locale: &str,
        id: &str,
        attribute: Option<&str>,
        args: &[(&str, Arg)],
    ) -> Option<String> {
        let key = match attribute {
            Some(a) => format!("{id}.{a}"),
            None => id.to_owned(),
        };
        let pattern = self.pattern(&key)?;
        let mut out = String::with_capacity(pattern.len());
        self.write(&mut out, format_locale, pattern, args);
        Some(out)
    }

    fn arg<'a>(args: &'a [(&str, Arg<'a>)], name: &str) -> Option<&'a Arg<'a>> {
        args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    fn write(&self, out: &mut String, locale: &str, pattern: &str, args: &[(&str, Arg)]) {
        let mut rest = pattern;
        while let Some(at) = rest.find([VAR_START, SELECT_START]) {
            out.push_str(&rest[..at]);
            let marker = rest[at..].chars().next().unwrap_or(VAR_START);
            rest = &rest[at + marker.len_utf8()..];
            if marker == VAR_START {
                let end = rest.find(VAR_END).unwrap_or(rest.len());
                match Self::arg(args, &rest[..end]) {
                    Some(Arg::Text(t)) => out.push_str(t),
                    Some(Arg::Number(n)) => out.push_str(&(self.number)(locale, *n)),
                    // A whole number written in the message (no variable's name is a number;
                    // read digit by digit: a float parser would add kilobytes to the widget).
                    None => match whole_number(&rest[..end]) {
                        Some(n) => out.push_str(&(self.number)(locale, n)),
                        // Fluent shows a missing variable as its name in braces.
                        None => {
                            out.push_str("{$");
                            out.push_str(&rest[..end]);
                            out.push('}');
                        }
                    },
                }
                rest = rest.get(end + 1..).unwrap_or("");
            } else {
                let (variant, after) = self.select(locale, rest, args);
                self.write(out, locale, variant, args);
                rest = after;
            }
        }
        out.push_str(rest);
    }

    /// Picks the variant of the select expression at the start of `s` (after its marker):
    /// an exact numeric or string key, else the number's plural category, else the default.
    /// Returns it and the text after the expression.
    fn select<'p>(&self, locale: &str, s: &'p str, args: &[(&str, Arg)]) -> (&'p str, &'p str) {
        let end = matching_end(s);
        let body = &s[..end];
        let after = s.get(end + SELECT_END.len_utf8()..).unwrap_or("");
        let mut parts = split_top(body, VARIANT).into_iter();
        let name = parts.next().unwrap_or("");
        let variants: Vec<(&str, &str)> =
            parts.filter_map(|v| v.split_once(VARIANT_VALUE)).collect();
        let arg = Self::arg(args, name);
        let category = match arg {
            Some(Arg::Number(n)) => Some((self.plural)(locale, *n)),
            _ => None,
        };
        let chosen = variants.iter().find(|(key, _)| {
            let key = key.trim_start_matches('*');
            match arg {
                // Numeric keys are whole numbers (`[0]`); parsing them as integers keeps float
                // parsing out of the bundle.
                Some(Arg::Number(n)) => {
                    key.parse::<i64>().is_ok_and(|k| k as f64 == *n)
                        || category.as_deref() == Some(key)
                }
                Some(Arg::Text(t)) => key == *t,
                None => false,
            }
        });
        let chosen = chosen.or_else(|| variants.iter().find(|(key, _)| key.starts_with('*')));
        (chosen.map_or("", |(_, value)| value), after)
    }
}

/// The index of the `SELECT_END` closing a select whose start marker was just consumed.
/// `s` as a whole number if it is one ("30").
fn whole_number(s: &str) -> Option<f64> {
    let digits = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| s.bytes().fold(0.0, |n, b| n * 10.0 + f64::from(b - b'0')))
}

fn matching_end(s: &str) -> usize {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            SELECT_START => depth += 1,
            SELECT_END if depth == 0 => return i,
            SELECT_END => depth -= 1,
            _ => {}
        }
    }
    s.len()
}

/// Splits on `separator` outside nested select expressions.
fn split_top(s: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in s.char_indices() {
        match c {
            SELECT_START => depth += 1,
            SELECT_END => depth -= 1,
            c if c == separator && depth == 0 => {
                parts.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_attribute_then_browser_then_country() {
        assert_eq!(negotiate(["fr-SN", "en"]), "fr");
        assert_eq!(negotiate(["ja-JP", "ar-EG"]), "ar");
        assert_eq!(negotiate(["ja-JP"]), "en");
        assert_eq!(negotiate(["en-XA"]), PSEUDO_LOCALE);
        assert_eq!(negotiate(["pl-PL", "en"]), "pl");
        assert_eq!(negotiate(["ru-MD", "ro-MD"]), "ru");
        assert_eq!(negotiate(["nl-BE"]), "nl");
        assert_eq!(negotiate(["pt-GW"]), "pt");
        assert_eq!(negotiate(["gl-ES", "es-ES"]), "es");
        assert_eq!(direction("ar-JO"), Direction::Rtl);
        assert_eq!(direction("fr"), Direction::Ltr);
    }

    /// Every country's languages come from its data: Senegal's French then Wolof, Egypt's
    /// Arabic then English; a country not served has none.
    #[test]
    fn a_countrys_languages_come_from_its_data() {
        let languages = |country: &str| {
            COUNTRY_LANGUAGES
                .iter()
                .find(|(c, _)| *c == country)
                .map(|(_, l)| *l)
        };
        assert_eq!(languages("SN"), Some(&["fr", "wo"][..]));
        assert_eq!(languages("EG"), Some(&["ar", "en"][..]));
        assert_eq!(languages("BE"), Some(&["nl", "fr", "de"][..]));
        assert_eq!(languages("XX"), None);
        // Tunisia writes times on the 24-hour clock, whatever CLDR says for ar-TN and fr-TN.
        assert_eq!(COUNTRY_HOUR_CYCLES, [("TN", "h23")]);
        for (country, languages) in COUNTRY_LANGUAGES {
            assert!(!languages.is_empty(), "{country} has no language");
            for language in *languages {
                assert!(
                    LOCALES.contains(language),
                    "{country}: {language} is not a locale the widget ships"
                );
            }
        }
    }
}

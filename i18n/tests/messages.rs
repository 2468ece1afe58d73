//! The messages stay whole: every locale compiles, has every message and attribute of English
//! with the same variables, every message id the widget's code names exists, and the widget's
//! runtime formats every message exactly as `fluent-bundle` does.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use fluent_syntax::parser::parse;
use selfcare_i18n::compile::compile;
use selfcare_i18n::{Arg, Messages, AREAS, LOCALES, SOURCE_LOCALE};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn source(locale: &str, area: &str) -> String {
    let path = locales_dir().join(locale).join(format!("{area}.ftl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// message id (or `id.attribute`) → the variables it uses.
fn shape(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for area in AREAS {
        let text = source(locale, area);
        let resource = parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{locale}/{area}.ftl: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let id = m.id.name.to_string();
                if let Some(value) = &m.value {
                    out.insert(id.clone(), variables(value));
                }
                for attribute in &m.attributes {
                    out.insert(
                        format!("{id}.{}", attribute.id.name),
                        variables(&attribute.value),
                    );
                }
            }
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect(expression, &mut found);
        }
    }
    found
}

fn collect(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    let inline = |e: &InlineExpression<&str>, found: &mut BTreeSet<String>| {
        if let InlineExpression::VariableReference { id } = e {
            found.insert(id.name.to_string());
        }
    };
    match expression {
        Expression::Inline(e) => inline(e, found),
        Expression::Select { selector, variants } => {
            inline(selector, found);
            for variant in variants {
                found.extend(variables(&variant.value));
            }
        }
    }
}

fn joined(locale: &str) -> String {
    AREAS.iter().map(|a| source(locale, a) + "\n").collect()
}

#[test]
fn every_locale_compiles() {
    for locale in LOCALES {
        if let Err(errors) = compile(&joined(locale)) {
            panic!("{locale}: {errors:?}");
        }
        // fluent-bundle accepts it too: no duplicate ids, no syntax errors.
        let resource = FluentResource::try_new(joined(locale))
            .unwrap_or_else(|(_, e)| panic!("{locale}: {e:?}"));
        let mut bundle = FluentBundle::new(vec![locale.parse().unwrap()]);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{locale}: {e:?}"));
    }
}

fn plural(locale: &str, n: f64) -> String {
    use intl_pluralrules::{PluralCategory as C, PluralRuleType, PluralRules};
    let rules = PluralRules::create(
        locale.parse::<unic_langid::LanguageIdentifier>().unwrap(),
        PluralRuleType::CARDINAL,
    )
    .unwrap();
    match rules.select(n).unwrap() {
        C::ZERO => "zero",
        C::ONE => "one",
        C::TWO => "two",
        C::FEW => "few",
        C::MANY => "many",
        C::OTHER => "other",
    }
    .into()
}

fn shown(_: &str, n: f64) -> String {
    format!("<{n}>")
}

/// The widget's runtime against fluent-bundle, for every message and attribute of every
/// locale, with every variable a number (each plural category of the language) or a text.
#[test]
fn the_runtime_formats_as_fluent_does() {
    // Every plural category of every language: zero, one, two, few (3, 22, 102), many (11,
    // 25; 1.5 in Slovak; a million in French, Spanish, Portuguese and Catalan), other.
    let numbers = [
        0.0,
        1.0,
        2.0,
        3.0,
        5.0,
        11.0,
        21.0,
        22.0,
        25.0,
        100.0,
        102.0,
        1.5,
        1_000_000.0,
    ];
    for locale in LOCALES {
        let ours = Messages::parse(locale, &compile(&joined(locale)).unwrap(), shown, plural);
        let mut bundle = FluentBundle::new(vec![locale.parse().unwrap()]);
        bundle.set_formatter(Some(|v, _| match v {
            FluentValue::Number(n) => Some(format!("<{}>", n.value)),
            _ => None,
        }));
        bundle
            .add_resource(FluentResource::try_new(joined(locale)).unwrap())
            .unwrap();
        let mut compared = 0;
        for (key, vars) in shape(locale) {
            let (id, attribute) = match key.split_once('.') {
                Some((id, a)) => (id.to_owned(), Some(a.to_owned())),
                None => (key.clone(), None),
            };
            let message = bundle.get_message(&id).unwrap();
            let pattern = match &attribute {
                Some(a) => message.get_attribute(a).unwrap().value(),
                None => message.value().unwrap(),
            };
            let mut cases: Vec<Vec<(String, Option<f64>)>> = numbers
                .iter()
                .map(|n| vars.iter().map(|v| (v.clone(), Some(*n))).collect())
                .collect();
            cases.push(vars.iter().map(|v| (v.clone(), None)).collect());
            for case in cases {
                let mut fluent_args = FluentArgs::new();
                let texts: Vec<String> = case.iter().map(|(v, _)| format!("«{v}»")).collect();
                let mut our_args = Vec::new();
                for ((name, number), text) in case.iter().zip(&texts) {
                    match number {
                        Some(n) => {
                            fluent_args.set(name.as_str(), FluentValue::from(*n));
                            our_args.push((name.as_str(), Arg::Number(*n)));
                        }
                        None => {
                            fluent_args.set(name.as_str(), FluentValue::from(text.as_str()));
                            our_args.push((name.as_str(), Arg::Text(text)));
                        }
                    }
                }
                let mut errors = Vec::new();
                let expected = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                assert!(errors.is_empty(), "{locale} {key}: {errors:?}");
                let actual = ours.format(&id, attribute.as_deref(), &our_args);
                assert_eq!(actual, expected, "{locale} {key} with {case:?}");
                compared += 1;
            }
        }
        assert!(compared > 500, "{locale}: only {compared} comparisons");
    }
}

#[test]
fn every_locale_has_the_messages_and_variables_of_english() {
    let english = shape(SOURCE_LOCALE);
    assert!(
        english.len() > 50,
        "English has only {} messages",
        english.len()
    );
    for locale in LOCALES.iter().filter(|l| **l != SOURCE_LOCALE) {
        let other = shape(locale);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{locale}: missing {missing:?}, not in English {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(&other[id], vars, "{locale}: variables of {id}");
        }
    }
}

/// Message ids in the widget's code: string literals of the shape `area-words`, whose first
/// word is one English uses as a message prefix.
#[test]
fn every_id_the_widget_uses_exists() {
    let english = shape(SOURCE_LOCALE);
    let prefixes: BTreeSet<&str> = english.keys().filter_map(|k| k.split('-').next()).collect();
    let widget = Path::new(env!("CARGO_MANIFEST_DIR")).join("../widget/src");
    let mut used = BTreeSet::new();
    let mut stack = vec![widget];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let code = std::fs::read_to_string(&path).unwrap();
                for literal in code.split('"').skip(1).step_by(2) {
                    let looks_like_id = literal.contains('-')
                        && literal
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                        && literal
                            .split('-')
                            .next()
                            .is_some_and(|p| prefixes.contains(p));
                    if looks_like_id {
                        used.insert(literal.to_owned());
                    }
                }
            }
        }
    }
    assert!(
        used.len() > 30,
        "found only {} ids in the widget: is the scan broken?",
        used.len()
    );
    let defined = |id: &str| {
        english.contains_key(id)
            || english
                .keys()
                .any(|k| k.strip_prefix(id).is_some_and(|rest| rest.starts_with('.')))
    };
    let missing: Vec<_> = used.iter().filter(|id| !defined(id)).collect();
    assert!(
        missing.is_empty(),
        "ids used in the widget but missing in English: {missing:?}"
    );
}

/// The CLDR cardinal plural categories of each language the widget ships (CLDR 49, as
/// `../shared/LOCALES.md` lists them).
fn plural_categories(locale: &str) -> &'static [&'static str] {
    match locale {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "pl" | "sk" | "ru" => &["one", "few", "many", "other"],
        "ro" => &["one", "few", "other"],
        "fr" | "es" | "pt" | "ca" => &["one", "many", "other"],
        "en" | "de" | "nl" | "mg" => &["one", "other"],
        "wo" => &["other"],
        other => panic!("{other}: say which plural categories it has"),
    }
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The variant keys of every plural select (one whose keys are all plural categories or
/// numbers) in a pattern, nested ones included.
fn plural_selects(pattern: &Pattern<&str>, found: &mut Vec<Vec<String>>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { variants, .. },
        } = element
        {
            let keys: Vec<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    VariantKey::Identifier { name } => Some(name.to_string()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if keys.iter().all(|k| CATEGORIES.contains(&k.as_str())) {
                found.push(keys);
            }
            for variant in variants {
                plural_selects(&variant.value, found);
            }
        }
    }
}

/// Every message with a count has a variant for each plural category of its language, and
/// none for a category the language does not have (it would never be chosen).
#[test]
fn every_count_has_the_plural_categories_of_its_language() {
    for locale in LOCALES {
        let wanted = plural_categories(locale);
        let mut problems = Vec::new();
        let mut selects = 0;
        for area in AREAS {
            let text = source(locale, area);
            let resource = parse(text.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{locale}/{area}.ftl: {errors:?}"));
            for entry in resource.body {
                let Entry::Message(m) = entry else { continue };
                let mut found = Vec::new();
                if let Some(value) = &m.value {
                    plural_selects(value, &mut found);
                }
                for attribute in &m.attributes {
                    plural_selects(&attribute.value, &mut found);
                }
                for keys in found {
                    selects += 1;
                    let missing: Vec<_> = wanted
                        .iter()
                        .filter(|c| !keys.iter().any(|k| k == *c))
                        .collect();
                    let unknown: Vec<_> = keys
                        .iter()
                        .filter(|k| !wanted.contains(&k.as_str()))
                        .collect();
                    if !missing.is_empty() || !unknown.is_empty() {
                        problems.push(format!("{area}.ftl {}: missing {missing:?}, not categories of {locale}: {unknown:?}", m.id.name));
                    }
                }
            }
        }
        assert!(
            selects > 10,
            "{locale}: only {selects} plural selects found: is the scan broken?"
        );
        assert!(problems.is_empty(), "{locale}:\n{}", problems.join("\n"));
    }
}

/// Words that are the same in English and in the languages that borrowed them.
const INTERNATIONAL: &[&str] = &[
    "SMS", "OK", "Internet", "Roaming", "Selfcare", "PIN", "PUK", "eSIM", "SIM", "QR", "GB", "MB",
    "km", "m", "min", "Email", "e-mail", "Hotline", "Online", "Business", "Pass", "Booster",
];

/// Words a language writes as English does (a French "Service", a German "Status"): a
/// message of only these in that language is its own, not left untranslated.
const SAME_AS_ENGLISH: &[(&str, &[&str])] = &[
    (
        "fr",
        &[
            "Assistant",
            "Conversation",
            "Code",
            "Mobile",
            "money",
            "Service",
            "Services",
        ],
    ),
    ("pl", &["Partner"]),
    (
        "nl",
        &["Chat", "Code", "Data", "Partner", "Product", "Status"],
    ),
    ("de", &["Chat", "Code", "Gold", "Partner", "Status"]),
    ("sk", &["Chat"]),
];

/// Nothing of a locale is left in English: a message (or attribute) that reads as English
/// does, with every variable shown as its name, is allowed only when all its words are
/// international ones (`SMS`, `Internet`) or it has none (`{ $a } × { $b }`).
#[test]
fn nothing_is_left_in_english() {
    let no_number = |_: &str, _: f64| String::new();
    let english = Messages::parse(
        SOURCE_LOCALE,
        &compile(&joined(SOURCE_LOCALE)).unwrap(),
        no_number,
        plural,
    );
    let shapes = shape(SOURCE_LOCALE);
    let mut problems = Vec::new();
    for locale in LOCALES.iter().filter(|l| **l != SOURCE_LOCALE) {
        let ours = Messages::parse(
            locale,
            &compile(&joined(locale)).unwrap(),
            no_number,
            plural,
        );
        let mut left = Vec::new();
        for (key, vars) in &shapes {
            let (id, attribute) = match key.split_once('.') {
                Some((id, a)) => (id, Some(a)),
                None => (key.as_str(), None),
            };
            let names: Vec<String> = vars.iter().map(|v| format!("«{v}»")).collect();
            let args: Vec<(&str, Arg)> = vars
                .iter()
                .zip(&names)
                .map(|(v, n)| (v.as_str(), Arg::Text(n)))
                .collect();
            let theirs = ours.format(id, attribute, &args);
            if theirs != english.format(id, attribute, &args) {
                continue;
            }
            let without_vars: String = names
                .iter()
                .fold(theirs.clone(), |t, n| t.replace(n.as_str(), " "));
            let words = without_vars
                .split(|c: char| !c.is_alphabetic() && c != '-')
                .filter(|w| w.chars().any(char::is_alphabetic));
            let same = SAME_AS_ENGLISH
                .iter()
                .find(|(l, _)| l == locale)
                .map_or(&[][..], |(_, w)| w);
            if words
                .clone()
                .any(|w| !INTERNATIONAL.contains(&w) && !same.contains(&w))
            {
                left.push(format!("{key} = {theirs}"));
            }
        }
        if !left.is_empty() {
            problems.push(format!("{locale}: left in English:\n{}", left.join("\n")));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

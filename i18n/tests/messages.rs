//! The messages stay whole: every locale parses, has every message and attribute of English
//! with the same variables, and every message id the widget's code names exists.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;
use selfcare_i18n::{Messages, AREAS, LOCALES, SOURCE_LOCALE};
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
        let resource = parse(text.as_str()).unwrap_or_else(|(_, errors)| panic!("{locale}/{area}.ftl: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let id = m.id.name.to_string();
                if let Some(value) = &m.value {
                    out.insert(id.clone(), variables(value));
                }
                for attribute in &m.attributes {
                    out.insert(format!("{id}.{}", attribute.id.name), variables(&attribute.value));
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

#[test]
fn every_locale_parses_into_a_bundle() {
    for locale in LOCALES {
        let joined: String = AREAS.iter().map(|a| source(locale, a) + "\n").collect();
        if let Err(errors) = Messages::parse(locale, joined) {
            panic!("{locale}: {errors:?}");
        }
    }
}

#[test]
fn every_locale_has_the_messages_and_variables_of_english() {
    let english = shape(SOURCE_LOCALE);
    assert!(english.len() > 50, "English has only {} messages", english.len());
    for locale in LOCALES.iter().filter(|l| **l != SOURCE_LOCALE) {
        let other = shape(locale);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{locale}: missing {missing:?}, not in English {extra:?}");
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
                        && literal.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                        && literal.split('-').next().is_some_and(|p| prefixes.contains(p));
                    if looks_like_id {
                        used.insert(literal.to_owned());
                    }
                }
            }
        }
    }
    assert!(used.len() > 30, "found only {} ids in the widget: is the scan broken?", used.len());
    let defined = |id: &str| english.contains_key(id) || english.keys().any(|k| k.strip_prefix(id).is_some_and(|rest| rest.starts_with('.')));
    let missing: Vec<_> = used.iter().filter(|id| !defined(id)).collect();
    assert!(missing.is_empty(), "ids used in the widget but missing in English: {missing:?}");
}

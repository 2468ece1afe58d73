//! Compiles Fluent sources into the widget's message format.
//!
//! The build parses every locale with the Fluent project's own parser (`fluent-syntax`), so
//! the widget downloads no Fluent syntax and carries no Fluent parser: a compiled catalogue is
//! a list of entries `id=pattern` (or `id.attribute=pattern`), sorted by id and separated by
//! U+001E, where a pattern is text with
//!
//! - `U+0001 name U+0002` for a variable,
//! - `U+0003 name U+0004 key U+0005 pattern U+0004 … U+0006` for a select expression (the
//!   default variant's key starts with `*`),
//!
//! and with terms and message references resolved, and Unicode isolation marks (U+2068, U+2069)
//! written where Fluent would write them. `tests/messages.rs` checks that the runtime formats
//! every message exactly as `fluent-bundle` does.

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use std::collections::HashMap;

pub const ENTRY: char = '\u{1E}';
pub const VAR_START: char = '\u{1}';
pub const VAR_END: char = '\u{2}';
pub const SELECT_START: char = '\u{3}';
pub const VARIANT: char = '\u{4}';
pub const VARIANT_VALUE: char = '\u{5}';
pub const SELECT_END: char = '\u{6}';

struct Compiler<'s> {
    terms: HashMap<&'s str, &'s Pattern<&'s str>>,
    term_attributes: HashMap<(&'s str, &'s str), &'s Pattern<&'s str>>,
    messages: HashMap<&'s str, &'s Pattern<&'s str>>,
    errors: Vec<String>,
}

/// Compiles one locale's Fluent source (its areas joined).
pub fn compile(source: &str) -> Result<String, Vec<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .map_err(|(_, errors)| errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>())?;
    let mut compiler = Compiler {
        terms: HashMap::new(),
        term_attributes: HashMap::new(),
        messages: HashMap::new(),
        errors: Vec::new(),
    };
    for entry in &resource.body {
        match entry {
            Entry::Term(t) => {
                compiler.terms.insert(t.id.name, &t.value);
                for a in &t.attributes {
                    compiler
                        .term_attributes
                        .insert((t.id.name, a.id.name), &a.value);
                }
            }
            Entry::Message(m) => {
                if let Some(value) = &m.value {
                    if compiler.messages.insert(m.id.name, value).is_some() {
                        compiler
                            .errors
                            .push(format!("duplicate message {}", m.id.name));
                    }
                }
            }
            _ => {}
        }
    }
    let mut entries: Vec<(String, &Pattern<&str>)> = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            if let Some(value) = &m.value {
                entries.push((m.id.name.to_owned(), value));
            }
            for a in &m.attributes {
                entries.push((format!("{}.{}", m.id.name, a.id.name), &a.value));
            }
        }
    }
    // Sorted by id: the runtime finds a message by binary search.
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::new();
    for (id, pattern) in entries {
        compiler.entry(&mut out, &id, pattern);
    }
    if compiler.errors.is_empty() {
        Ok(out)
    } else {
        Err(compiler.errors)
    }
}

impl<'s> Compiler<'s> {
    fn entry(&mut self, out: &mut String, id: &str, pattern: &Pattern<&'s str>) {
        if !out.is_empty() {
            out.push(ENTRY);
        }
        out.push_str(id);
        out.push('=');
        self.pattern(out, pattern, 0);
    }

    fn pattern(&mut self, out: &mut String, pattern: &Pattern<&'s str>, depth: u32) {
        if depth > 10 {
            self.errors
                .push("references nested too deeply (a cycle?)".into());
            return;
        }
        let isolate_placeables = pattern.elements.len() > 1;
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    if value.contains(|c: char| ('\u{1}'..='\u{6}').contains(&c) || c == ENTRY) {
                        self.errors
                            .push(format!("control character in text {value:?}"));
                    }
                    out.push_str(value);
                }
                PatternElement::Placeable { expression } => {
                    // Fluent isolates placeables in patterns of several elements, except
                    // references to messages and terms, and string literals.
                    let isolated = isolate_placeables
                        && !matches!(
                            expression,
                            Expression::Inline(
                                InlineExpression::MessageReference { .. }
                                    | InlineExpression::TermReference { .. }
                                    | InlineExpression::StringLiteral { .. }
                            )
                        );
                    if isolated {
                        out.push('\u{2068}');
                    }
                    self.expression(out, expression, depth);
                    if isolated {
                        out.push('\u{2069}');
                    }
                }
            }
        }
    }

    fn expression(&mut self, out: &mut String, expression: &Expression<&'s str>, depth: u32) {
        match expression {
            Expression::Inline(inline) => self.inline(out, inline, depth),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    self.errors
                        .push("only variables can select variants".into());
                    return;
                };
                out.push(SELECT_START);
                out.push_str(id.name);
                for variant in variants {
                    out.push(VARIANT);
                    if variant.default {
                        out.push('*');
                    }
                    match &variant.key {
                        VariantKey::Identifier { name } => out.push_str(name),
                        VariantKey::NumberLiteral { value } => out.push_str(value),
                    }
                    out.push(VARIANT_VALUE);
                    self.pattern(out, &variant.value, depth + 1);
                }
                out.push(SELECT_END);
            }
        }
    }

    fn inline(&mut self, out: &mut String, inline: &InlineExpression<&'s str>, depth: u32) {
        match inline {
            InlineExpression::StringLiteral { value } => out.push_str(value),
            // A number written in the message ("{ 30 } days") is shown as the locale writes
            // numbers ("٣٠" in Egypt): the runtime formats a "variable" whose name is a number.
            InlineExpression::NumberLiteral { value } => {
                if value.parse::<u32>().is_err() {
                    self.errors.push(format!(
                        "only whole numbers can be written in a message: {value}"
                    ));
                }
                out.push(VAR_START);
                out.push_str(value);
                out.push(VAR_END);
            }
            InlineExpression::VariableReference { id } => {
                out.push(VAR_START);
                out.push_str(id.name);
                out.push(VAR_END);
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments: None,
            } => {
                let found = match attribute {
                    Some(a) => self.term_attributes.get(&(id.name, a.name)).copied(),
                    None => self.terms.get(id.name).copied(),
                };
                match found {
                    Some(p) => self.pattern(out, p, depth + 1),
                    None => self.errors.push(format!("unknown term -{}", id.name)),
                }
            }
            InlineExpression::MessageReference {
                id,
                attribute: None,
            } => match self.messages.get(id.name).copied() {
                Some(p) => self.pattern(out, p, depth + 1),
                None => self.errors.push(format!("unknown message {}", id.name)),
            },
            InlineExpression::Placeable { expression } => self.expression(out, expression, depth),
            other => self
                .errors
                .push(format!("not supported by the widget's runtime: {other:?}")),
        }
    }
}

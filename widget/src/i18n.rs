//! The active locale and its messages: negotiated from the `locale` attribute, the browser's
//! languages and the country; switched by the user; downloaded only when needed (one `.ftl`
//! per locale, shared by every widget on the page).

use crate::config::WidgetConfig;
use leptos::prelude::*;
use selfcare_i18n::{country_language, direction, negotiate, Arg, Messages, PSEUDO_LOCALE};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static LOADED: RefCell<HashMap<&'static str, Rc<Messages>>> = RefCell::new(HashMap::new());
}

async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

async fn load(base: String, locale: &'static str) -> Option<Rc<Messages>> {
    if let Some(found) = LOADED.with_borrow(|l| l.get(locale).cloned()) {
        return Some(found);
    }
    let source = fetch_text(&format!("{base}i18n/{locale}.ftl")).await?;
    let mut messages = Messages::parse(locale, source).ok()?;
    messages.set_number_formatter(crate::format::number);
    let messages = Rc::new(messages);
    LOADED.with_borrow_mut(|l| l.insert(locale, messages.clone()));
    Some(messages)
}

fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    window.navigator().languages().iter().filter_map(|l| l.as_string()).collect()
}

/// The widget's locale and messages; `Copy`, provided as context.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The user's choice in the language switcher, over everything else.
    pub chosen: RwSignal<Option<&'static str>>,
    pub locale: Memo<&'static str>,
    /// The tag `Intl` formats with: the locale's language with the country's region, so that
    /// `ar` in Egypt writes Arabic-Indic digits and `fr` in Senegal groups as Senegal does.
    pub format_locale: Memo<String>,
    messages: LocalResource<Option<Rc<Messages>>>,
}

impl I18n {
    pub fn new(config: WidgetConfig) -> I18n {
        let chosen = RwSignal::new(None);
        // A new `locale` attribute from the host overrides the user's earlier choice.
        Effect::new(move |previous: Option<Option<String>>| {
            let attribute = config.locale.get();
            if previous.is_some_and(|p| p != attribute) {
                chosen.set(None);
            }
            attribute
        });
        let locale = Memo::new(move |_| {
            if let Some(c) = chosen.get() {
                return c;
            }
            let attribute = config.locale.get();
            let country = config.country.get();
            let browser = browser_languages();
            let requested = attribute.iter().map(String::as_str)
                .chain(browser.iter().map(String::as_str))
                .chain(country.as_deref().and_then(country_language));
            negotiate(requested)
        });
        let format_locale = Memo::new(move |_| {
            let language = match locale.get() {
                PSEUDO_LOCALE => "en",
                other => other,
            };
            let attribute_region = config.locale.get().and_then(|tag| {
                let mut parts = tag.split(['-', '_']);
                let same_language = parts.next().is_some_and(|l| l.eq_ignore_ascii_case(language));
                parts.find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
                    .filter(|_| same_language)
                    .map(str::to_ascii_uppercase)
            });
            match attribute_region.or_else(|| config.country.get()) {
                Some(region) => format!("{language}-{region}"),
                None => language.to_owned(),
            }
        });
        let base = config.asset_base.get_value();
        let messages = LocalResource::new(move || load(base.clone(), locale.get()));
        I18n { chosen, locale, format_locale, messages }
    }

    /// Messages of the current locale, once loaded (the previous locale's while switching).
    pub fn ready(&self) -> bool {
        self.messages.get().flatten().is_some()
    }

    /// Did loading the messages fail (rather than not finish yet)?
    pub fn failed(&self) -> bool {
        matches!(self.messages.get(), Some(None))
    }

    pub fn retry(&self) {
        self.messages.refetch();
    }

    pub fn dir(&self) -> &'static str {
        direction(self.locale.get()).as_str()
    }

    pub fn lang(&self) -> &'static str {
        self.locale.get()
    }

    fn with<R>(&self, f: impl FnOnce(&Messages) -> R, fallback: impl FnOnce() -> R) -> R {
        match self.messages.get().flatten() {
            Some(messages) => f(&messages),
            None => fallback(),
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.with(|m| m.format(id, None, args), String::new)
    }

    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.with(|m| m.format(id, Some(attribute), &[]), String::new)
    }

    /// The locale to format numbers and dates with (tracked).
    pub fn fl(&self) -> String {
        self.format_locale.get()
    }
}

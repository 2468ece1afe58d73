//! The active locale and its messages: negotiated from the `locale` attribute, the browser's
//! languages and the country; switched by the user; downloaded only when needed (one compiled
//! catalogue per locale, shared by every widget on the page).

use crate::config::WidgetConfig;
use leptos::prelude::*;
use selfcare_i18n::{direction, negotiate, Arg, Messages, LOCALES, PSEUDO_LOCALE, SOURCE_LOCALE};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static LOADED: RefCell<Vec<(&'static str, Rc<Messages>)>> = const { RefCell::new(Vec::new()) };
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
    if let Some(found) = LOADED.with_borrow(|l| l.iter().find(|(tag, _)| *tag == locale).map(|(_, m)| m.clone())) {
        return Some(found);
    }
    let compiled = fetch_text(&format!("{base}i18n/{locale}.messages")).await?;
    let messages = Messages::parse(locale, &compiled, crate::format::number, crate::format::plural_category);
    let messages = Rc::new(messages);
    LOADED.with_borrow_mut(|l| l.push((locale, messages.clone())));
    Some(messages)
}

fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    window.navigator().languages().iter().filter_map(|l| l.as_string()).collect()
}

/// The widget's locale and messages; `Copy`, provided as context.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The user's choice in the language switcher, over everything else until the host
    /// sets another `locale` attribute.
    pub chosen: RwSignal<Option<&'static str>>,
    config: WidgetConfig,
    messages: crate::fetched::Fetched<Option<Rc<Messages>>>,
}

impl I18n {
    pub fn new(config: WidgetConfig) -> I18n {
        let chosen = config.chosen_locale;
        let base = config.asset_base.get_value();
        let messages = crate::fetched::Fetched::new(move || {
            let wanted = requested(config);
            let base = base.clone();
            // The formatters of the first views, made while the messages and data load.
            crate::format::prepare(format_locale(config, wanted));
            Some(async move {
                // A locale asked for earlier may finish loading after one asked for later: what
                // is returned is always the locale asked for now (loaded ones are cached).
                let mut locale = wanted;
                let messages = loop {
                    let messages = load(base.clone(), locale).await;
                    let now = untrack(|| requested(config));
                    if now == locale {
                        break messages;
                    }
                    locale = now;
                };
                // `selfcare:ready` once, when the widget first has words to show.
                if messages.is_some() && !config.announced.get_value() {
                    config.announced.set_value(true);
                    let locale = messages.as_ref().map(|m| m.locale().to_owned()).unwrap_or_default();
                    config.host.try_with_value(|h| crate::events::dispatch(h, "selfcare:ready", &[("locale", &locale)]));
                }
                messages
            })
        });
        I18n { chosen, config, messages }
    }

    /// Did loading the messages fail (rather than not finish yet)? Tracked.
    pub fn failed(&self) -> bool {
        matches!(self.messages.get(), Some(None))
    }

    pub fn retry(&self) {
        self.messages.refetch();
    }

    /// The locale shown: the loaded messages' (until another locale's have loaded). Tracked.
    /// The tag `Intl` formats with for the language shown (tracked): "ar-EG".
    pub fn format_tag(&self) -> String {
        format_locale(self.config, self.lang())
    }

    pub fn lang(&self) -> &'static str {
        match self.messages.get().flatten() {
            Some(m) => LOCALES.iter().chain([&PSEUDO_LOCALE]).find(|l| **l == m.locale()).copied().unwrap_or(SOURCE_LOCALE),
            None => requested(self.config),
        }
    }

    pub fn dir(&self) -> &'static str {
        direction(self.lang()).as_str()
    }

    /// The current messages and the locale to format with, once loaded (the previous
    /// locale's while switching, so words and numbers never mix two languages). Tracked: a
    /// view built from it is built again when either changes.
    pub fn snapshot(&self) -> Option<Tr> {
        let messages = self.messages.get().flatten()?;
        let fl = format_locale(self.config, messages.locale());
        Some(Tr { messages, fl })
    }
}

/// The locale asked for (tracked): the user's choice, else the first of the `locale`
/// attribute, the browser's languages and the country's language that the widget offers.
/// What is shown is the locale of the messages loaded last.
fn requested(config: WidgetConfig) -> &'static str {
    if let Some(chosen) = config.chosen_locale.get() {
        return chosen;
    }
    let attribute = config.locale.get();
    let country = config.country_languages.get();
    let browser = browser_languages();
    let requested = attribute
        .iter()
        .map(String::as_str)
        .chain(browser.iter().map(String::as_str))
        .chain(country.as_deref().and_then(|languages| languages.split(' ').next()));
    negotiate(requested)
}

/// The tag `Intl` formats with: the language shown with the country's region, so that `ar`
/// in Egypt writes Arabic-Indic digits and `fr` in Senegal groups as Senegal does. The region
/// comes from the `locale` attribute when its language is the one shown, else from `country`.
pub fn format_locale(config: WidgetConfig, shown: &str) -> String {
    // The browser's `Intl` has no Malagasy or Wolof data (it would write American dates and
    // numbers): Madagascar and Senegal write them as French does, which it knows.
    let language = match shown {
        PSEUDO_LOCALE => SOURCE_LOCALE,
        "mg" | "wo" => "fr",
        _ => shown,
    };
    let attribute_region = config.locale.get().and_then(|tag| {
        let mut parts = tag.split(['-', '_']);
        let same_language = parts.next().is_some_and(|l| l.eq_ignore_ascii_case(language) || l.eq_ignore_ascii_case(shown));
        parts
            .find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
            .filter(|_| same_language)
            .map(str::to_ascii_uppercase)
    });
    match attribute_region.or_else(|| config.country.get()) {
        Some(region) => format!("{language}-{region}"),
        None => language.to_owned(),
    }
}

/// Messages and formatting locale at one moment: what a view is rendered with.
#[derive(Clone)]
pub struct Tr {
    messages: Rc<Messages>,
    /// The tag `Intl` formats with.
    pub fl: String,
}

impl Tr {
    pub fn t(&self, id: &str) -> String {
        self.t_with(id, &[])
    }

    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.messages.format_in(&self.fl, id, None, args)
    }

    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.messages.format_in(&self.fl, id, Some(attribute), &[])
    }

    /// The `aria-label` attribute of a message, with arguments.
    pub fn label(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.messages.format_in(&self.fl, id, Some("aria-label"), args)
    }
}

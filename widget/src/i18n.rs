//! The active locale and its messages: negotiated from the `locale` attribute, the browser's
//! languages and the country; switched by the user; downloaded only when needed (a locale's
//! first file, and a part's words with the part: `need`), shared by every widget on the page.

use crate::config::WidgetConfig;
use leptos::prelude::*;
use selfcare_i18n::{direction, negotiate, Arg, Messages, LOCALES, PSEUDO_LOCALE, SOURCE_LOCALE};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The catalogues loaded on this page, shared by its widgets: a locale's first file
    /// (area `""`) and its parts' areas.
    static LOADED: RefCell<Vec<(&'static str, &'static str, Rc<Messages>)>> = const { RefCell::new(Vec::new()) };
    /// The areas the page's parts have needed so far: every locale loaded from then on comes
    /// with them.
    static WANTED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

fn cached(locale: &str, area: &str) -> Option<Rc<Messages>> {
    LOADED.with_borrow(|l| {
        l.iter()
            .find(|(t, a, _)| *t == locale && *a == area)
            .map(|(_, _, m)| m.clone())
    })
}

/// A catalogue: cached, or its download started now (all of a locale's start at once) and
/// awaited by the future.
fn catalogue(
    base: &str,
    locale: &'static str,
    area: &'static str,
) -> impl std::future::Future<Output = Option<Rc<Messages>>> {
    let found = cached(locale, area);
    let file = if area.is_empty() {
        locale.to_owned()
    } else {
        format!("{locale}.{area}")
    };
    let request = found.is_none().then(|| {
        web_sys::window()
            .map(|w| JsFuture::from(w.fetch_with_str(&format!("{base}i18n/{file}.messages"))))
    });
    async move {
        if found.is_some() {
            return found;
        }
        let response: web_sys::Response = request.flatten()?.await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        let compiled = JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()?;
        // (Another widget of the page may have loaded it meanwhile: the first one kept.)
        if let Some(found) = cached(locale, area) {
            return Some(found);
        }
        let messages = Rc::new(Messages::parse(
            locale,
            &compiled,
            crate::format::number,
            crate::format::plural_category,
        ));
        LOADED.with_borrow_mut(|l| l.push((locale, area, messages.clone())));
        Some(messages)
    }
}

/// A locale's first file, once the areas wanted so far are loaded too.
async fn load(base: String, locale: &'static str) -> Option<Rc<Messages>> {
    let areas: Vec<_> = WANTED.with_borrow(|w| {
        w.iter()
            .map(|area| catalogue(&base, locale, area))
            .collect()
    });
    let first = catalogue(&base, locale, "");
    for area in areas {
        area.await?;
    }
    first.await
}

/// Loads `areas`' words in the locale asked for (and with every locale from now on): what a
/// part needs before its views are shown. `true` once they are here. Starts the downloads at
/// once, beside the part's module.
pub fn need(
    config: WidgetConfig,
    areas: &'static [&'static str],
) -> impl std::future::Future<Output = bool> {
    let base = config.asset_base.get_value();
    let locale = untrack(|| requested(config));
    let loading: Vec<_> = areas
        .iter()
        .map(|area| {
            WANTED.with_borrow_mut(|w| {
                if !w.contains(area) {
                    w.push(area)
                }
            });
            catalogue(&base, locale, area)
        })
        .collect();
    async move {
        for area in loading {
            if area.await.is_none() {
                return false;
            }
        }
        true
    }
}

fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect()
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
                    let locale = messages
                        .as_ref()
                        .map(|m| m.locale().to_owned())
                        .unwrap_or_default();
                    config.host.try_with_value(|h| {
                        crate::events::dispatch(h, "selfcare:ready", &[("locale", &locale)])
                    });
                }
                messages
            })
        });
        I18n {
            chosen,
            config,
            messages,
        }
    }

    /// Did loading the messages fail (rather than not finish yet)? Tracked.
    pub fn failed(&self) -> bool {
        matches!(self.messages.get(), Some(None))
    }

    pub fn retry(&self) {
        self.messages.refetch();
    }

    /// The tag the server names plans and add-ons with (tracked): the language shown with the
    /// country's region ("wo-SN", where `Intl` formats with "fr-SN").
    pub fn names_tag(&self) -> String {
        names_locale(self.config, self.lang())
    }

    /// The locale shown: the loaded messages' (until another locale's have loaded). Tracked.
    pub fn lang(&self) -> &'static str {
        match self.messages.get().flatten() {
            Some(m) => LOCALES
                .iter()
                .chain([&PSEUDO_LOCALE])
                .find(|l| **l == m.locale())
                .copied()
                .unwrap_or(SOURCE_LOCALE),
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
        .chain(
            country
                .as_deref()
                .and_then(|languages| languages.split(' ').next()),
        );
    negotiate(requested)
}

/// The tag `Intl` formats with: the language shown with the country's region, so that `ar`
/// in Egypt writes Arabic-Indic digits and `fr` in Senegal groups as Senegal does. The region
/// comes from the `locale` attribute when its language is the one shown, else from `country`.
pub fn format_locale(config: WidgetConfig, shown: &str) -> String {
    tag(config, shown, true)
}

/// [`format_locale`] for the server: the language itself, which names plans ("wo-SN").
pub fn names_locale(config: WidgetConfig, shown: &str) -> String {
    tag(config, shown, false)
}

fn tag(config: WidgetConfig, shown: &str, intl: bool) -> String {
    // The browser's `Intl` has no Malagasy or Wolof data (it would write American dates and
    // numbers): Madagascar and Senegal write them as French does, which it knows.
    let language = match shown {
        PSEUDO_LOCALE => SOURCE_LOCALE,
        "mg" | "wo" if intl => "fr",
        _ => shown,
    };
    let attribute_region = config.locale.get().and_then(|tag| {
        let mut parts = tag.split(['-', '_']);
        let same_language = parts
            .next()
            .is_some_and(|l| l.eq_ignore_ascii_case(language) || l.eq_ignore_ascii_case(shown));
        parts
            .find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
            .filter(|_| same_language)
            .map(str::to_ascii_uppercase)
    });
    let tag = match attribute_region.or_else(|| config.country.get()) {
        Some(region) => format!("{language}-{region}"),
        None => language.to_owned(),
    };
    // The country's clock where CLDR's default for its languages is not it (Tunisia writes
    // "18:30", not "6:30 PM"): its data's Unicode extension, after its languages.
    let languages = intl
        .then(|| config.country_languages.get())
        .flatten()
        .unwrap_or_default();
    match languages.split(' ').find(|t| t.starts_with("u-")) {
        Some(extension) => format!("{tag}-{extension}"),
        None => tag,
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
        self.format(id, None, args)
    }

    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.format(id, Some(attribute), &[])
    }

    /// The `aria-label` attribute of a message, with arguments.
    pub fn label(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.format(id, Some("aria-label"), args)
    }

    /// From the locale's first file, else from its parts' areas loaded so far. A message found
    /// nowhere shows its id, and says so in the console (where the browser tests see it).
    fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
        let locale = self.messages.locale();
        self.messages
            .lookup(&self.fl, id, attribute, args)
            .or_else(|| {
                LOADED.with_borrow(|l| {
                    l.iter()
                        .filter(|(t, a, _)| *t == locale && !a.is_empty())
                        .find_map(|(_, _, m)| m.lookup(&self.fl, id, attribute, args))
                })
            })
            .unwrap_or_else(|| {
                leptos::logging::error!("selfcare: no message {id} in {locale}");
                id.to_owned()
            })
    }
}

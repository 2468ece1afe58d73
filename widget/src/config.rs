//! The element's attributes as signals, so that changing one after mount updates the widget.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Website,
    Kiosk,
    Portal,
}

/// The features a host may ask for (`features="usage tariffs stores chat"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Features {
    pub usage: bool,
    /// Tariff change and add-ons (`tariffs`), reached from the usage view.
    pub tariffs: bool,
    /// The store locator, stock and reservations (`stores`).
    pub stores: bool,
    /// The chat with the assistant and advisors (`chat`).
    pub chat: bool,
}

impl Features {
    fn parse(value: Option<&str>) -> Features {
        match value {
            None => Features { usage: true, tariffs: true, stores: true, chat: true },
            Some(list) => {
                let has = |name: &str| list.split_whitespace().any(|f| f == name);
                Features { usage: has("usage"), tariffs: has("tariffs"), stores: has("stores"), chat: has("chat") }
            }
        }
    }
}

/// Everything the widget knows about its element; `Copy`, provided as context.
#[derive(Clone, Copy)]
pub struct WidgetConfig {
    pub host: StoredValue<HtmlElement, LocalStorage>,
    pub asset_base: StoredValue<String>,
    script_origin: StoredValue<String>,
    pub api: RwSignal<Option<String>>,
    pub locale: RwSignal<Option<String>>,
    pub country: RwSignal<Option<String>>,
    pub mode: RwSignal<Mode>,
    pub features: RwSignal<Features>,
    pub store: RwSignal<Option<String>>,
    pub launcher: RwSignal<bool>,
    /// Bumped when the host changes the token: everything personal is fetched again.
    pub auth_version: RwSignal<u32>,
    /// The language the user picked in the switcher; a new `locale` attribute clears it.
    pub chosen_locale: RwSignal<Option<&'static str>>,
    /// Whether `selfcare:ready` was sent.
    pub announced: StoredValue<bool>,
}

fn attribute(attributes: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(attributes, &JsValue::from_str(name)).ok().and_then(|v| v.as_string())
}

fn parse_mode(value: Option<&str>) -> Mode {
    match value {
        Some("kiosk") => Mode::Kiosk,
        Some("portal") => Mode::Portal,
        _ => Mode::Website,
    }
}

/// An ISO 3166 alpha-2 code, upper-cased; anything else is ignored.
fn parse_country(value: Option<String>) -> Option<String> {
    value.filter(|v| v.len() == 2 && v.bytes().all(|b| b.is_ascii_alphabetic())).map(|v| v.to_ascii_uppercase())
}

impl WidgetConfig {
    pub fn new(host: HtmlElement, attributes: &JsValue, asset_base: String, script_origin: String) -> WidgetConfig {
        let get = |name| attribute(attributes, name);
        WidgetConfig {
            host: StoredValue::new_local(host),
            asset_base: StoredValue::new(asset_base),
            script_origin: StoredValue::new(script_origin),
            api: RwSignal::new(get("api")),
            locale: RwSignal::new(get("locale")),
            country: RwSignal::new(parse_country(get("country"))),
            mode: RwSignal::new(parse_mode(get("mode").as_deref())),
            features: RwSignal::new(Features::parse(get("features").as_deref())),
            store: RwSignal::new(get("store")),
            launcher: RwSignal::new(get("launcher").as_deref() == Some("true")),
            auth_version: RwSignal::new(0),
            chosen_locale: RwSignal::new(None),
            announced: StoredValue::new(false),
        }
    }

    pub fn set_attribute(&self, name: &str, value: Option<String>) {
        match name {
            "api" => {
                self.api.set(value);
                // Everything comes again from the new server.
                self.auth_version.update(|v| *v += 1);
            }
            "locale" => {
                self.chosen_locale.set(None);
                self.locale.set(value);
            }
            "country" => self.country.set(parse_country(value)),
            "mode" => self.mode.set(parse_mode(value.as_deref())),
            "features" => self.features.set(Features::parse(value.as_deref())),
            "store" => self.store.set(value),
            "launcher" => self.launcher.set(value.as_deref() == Some("true")),
            _ => {}
        }
    }

    /// The server's origin: the `api` attribute, else the origin the script came from.
    /// The sales channel the widget runs in (the `mode`): what the catalogue offers here.
    pub fn channel(&self) -> &'static str {
        match self.mode.get_untracked() {
            Mode::Website => "website",
            Mode::Kiosk => "kiosk",
            Mode::Portal => "portal",
        }
    }

    pub fn api_origin(&self) -> String {
        let api = self.api.get_untracked().filter(|a| !a.is_empty());
        api.unwrap_or_else(|| self.script_origin.get_value()).trim_end_matches('/').to_owned()
    }
}

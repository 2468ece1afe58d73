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
            None => Features {
                usage: true,
                tariffs: true,
                stores: true,
                chat: true,
            },
            Some(list) => {
                let has = |name: &str| list.split_whitespace().any(|f| f == name);
                Features {
                    usage: has("usage"),
                    tariffs: has("tariffs"),
                    stores: has("stores"),
                    chat: has("chat"),
                }
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
    /// The country's languages in its order of preference ("fr wo"), as the module script's
    /// list of the countries served says (none for a country not served).
    pub country_languages: RwSignal<Option<String>>,
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
    /// Kiosk: seconds without a touch before "Do you need more time?" (`idle`, default 90),
    /// and how long that question waits for an answer (`idle-warning`, at least 20, default 30).
    pub idle: RwSignal<(u32, u32)>,
    /// What a link opened on a phone asked to show first (`view`: `usage`, `plans`, `stores`,
    /// `reservations`, `chat`) and the product to look for (`product`).
    pub view: RwSignal<Option<String>>,
    pub product: RwSignal<Option<String>>,
    /// Portal mode: the customer a partner's token acts for (`customer`), sent as
    /// `X-Selfcare-Customer`; the server allows it only within the customer's delegation.
    pub customer: RwSignal<Option<String>>,
    /// A kiosk's sign-in waiting for this (signed-in) phone's approval (`pairing`).
    pub pairing: RwSignal<Option<String>>,
    /// The token a kiosk signed the customer in with (never the host's; memory only).
    pub session_token: RwSignal<Option<String>>,
    /// Bumped when a kiosk session ends: every view and state of the customer's is rebuilt.
    pub session: RwSignal<u32>,
    /// Whether the browser is online, and a count of reconnections (resources that failed
    /// offline fetch again when it changes).
    pub online: RwSignal<bool>,
    pub reconnects: RwSignal<u32>,
    /// Aborts the widget's requests when it is removed (`api::send`).
    pub requests: StoredValue<Option<web_sys::AbortController>, LocalStorage>,
    /// What the customer's last action did ("Your reservation is cancelled."), in the
    /// panel's live region until they go elsewhere (`app::said`).
    pub said: RwSignal<Option<String>>,
    /// Where prepaid customers top up (`top-up`): the operator's page, or `event` for the
    /// host to handle `selfcare:top-up-requested` alone.
    pub top_up: RwSignal<Option<String>>,
}

fn parse_idle(idle: Option<String>, warning: Option<String>) -> (u32, u32) {
    let idle = idle
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|v| *v > 0)
        .unwrap_or(90);
    // WCAG 2.2.1: at least twenty seconds to say "more time".
    let warning = warning
        .and_then(|v| v.trim().parse::<u32>().ok())
        .unwrap_or(30)
        .max(20);
    (idle, warning)
}

fn attribute(attributes: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(attributes, &JsValue::from_str(name))
        .ok()
        .and_then(|v| v.as_string())
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
    value
        .filter(|v| v.len() == 2 && v.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(|v| v.to_ascii_uppercase())
}

impl WidgetConfig {
    pub fn new(
        host: HtmlElement,
        attributes: &JsValue,
        asset_base: String,
        script_origin: String,
    ) -> WidgetConfig {
        let get = |name| attribute(attributes, name);
        let requests = StoredValue::new_local(web_sys::AbortController::new().ok());
        // Removed from the page: no request of the widget's stays open.
        on_cleanup(move || {
            if let Some(Some(controller)) = requests.try_with_value(Clone::clone) {
                controller.abort();
            }
        });
        WidgetConfig {
            requests,
            host: StoredValue::new_local(host),
            asset_base: StoredValue::new(asset_base),
            script_origin: StoredValue::new(script_origin),
            api: RwSignal::new(get("api")),
            locale: RwSignal::new(get("locale")),
            country: RwSignal::new(parse_country(get("country"))),
            country_languages: RwSignal::new(get("country-languages")),
            mode: RwSignal::new(parse_mode(get("mode").as_deref())),
            features: RwSignal::new(Features::parse(get("features").as_deref())),
            store: RwSignal::new(get("store")),
            launcher: RwSignal::new(get("launcher").as_deref() == Some("true")),
            auth_version: RwSignal::new(0),
            chosen_locale: RwSignal::new(None),
            announced: StoredValue::new(false),
            idle: RwSignal::new(parse_idle(get("idle"), get("idle-warning"))),
            view: RwSignal::new(get("view")),
            product: RwSignal::new(get("product")),
            pairing: RwSignal::new(get("pairing")),
            customer: RwSignal::new(get("customer")),
            session_token: RwSignal::new(None),
            session: RwSignal::new(0),
            online: RwSignal::new(web_sys::window().is_none_or(|w| w.navigator().on_line())),
            reconnects: RwSignal::new(0),
            said: RwSignal::new(None),
            top_up: RwSignal::new(get("top-up")),
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
            "country-languages" => self.country_languages.set(value),
            "mode" => self.mode.set(parse_mode(value.as_deref())),
            "features" => self.features.set(Features::parse(value.as_deref())),
            "store" => self.store.set(value),
            "launcher" => self.launcher.set(value.as_deref() == Some("true")),
            "idle" => self
                .idle
                .update(|(idle, _)| *idle = parse_idle(value, None).0),
            "idle-warning" => self
                .idle
                .update(|(_, warning)| *warning = parse_idle(None, value).1),
            "view" => self.view.set(value),
            "product" => self.product.set(value),
            "pairing" => self.pairing.set(value),
            "top-up" => self.top_up.set(value),
            "customer" => {
                self.customer.set(value);
                // Another customer: everything personal is fetched again.
                self.auth_version.update(|v| *v += 1);
            }
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

    pub fn kiosk(&self) -> bool {
        self.mode.get_untracked() == Mode::Kiosk
    }

    pub fn api_origin(&self) -> String {
        let api = self.api.get_untracked().filter(|a| !a.is_empty());
        api.unwrap_or_else(|| self.script_origin.get_value())
            .trim_end_matches('/')
            .to_owned()
    }
}

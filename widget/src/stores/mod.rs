//! The store locator: where (a typed town, district or postcode with suggestions, or the
//! device's position on request), which product (a searchable catalogue with variants), the
//! nearest shops with distance, address, phone, services, opening state in the shop's own
//! time zone, stock and directions; reserving for collection with a pick-up code and its QR
//! code, and the customer's reservations.
//!
//! Searching and stock are public calls (no token); reserving needs a signed-in customer.
//! A reservation carries an idempotency key made once per confirmation, as orders do.

use crate::api::{call, form, public};
use crate::config::WidgetConfig;
use crate::events::dispatch;
use crate::format;
use crate::i18n::Tr;
use crate::tariff::new_key;
use crate::ui::{error_alert, focus_later, sign_in_notice};
use leptos::prelude::*;
use selfcare_i18n::Arg;
use selfcare_server_fns::api::{
    ErrorId, MapTiles, Money, Opening, Place, Product, Reservation, ReservationState, Special,
    StockStatus, Store, StoreService, StoresResponse, Variant,
};
use selfcare_server_fns::stores::{
    CancelReservation, FindProducts, MyReservations, Reserve, SuggestPlaces,
};
use server_fn::ServerFn;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The locator's views: the part loaded when it is first opened (`parts.rs`).
pub(crate) mod view;

/// A coordinate as text through JavaScript's own number formatting: Rust's float formatting
/// would add 16 KB to the module.
pub(crate) fn number_text(x: f64) -> String {
    js_sys::Number::from(x)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

/// How far a search looks, in metres.
const RADIUS_M: &str = "100000";

/// No `PartialEq`: comparing whole shops and reservations cost the module almost 1 KB; the
/// step is told by `matches!`.
#[derive(Clone)]
enum Step {
    List,
    Reserve(Store),
    Receipt(Reservation),
    Mine,
}

/// Where the search is around.
#[derive(Clone, PartialEq)]
struct Origin {
    lat: f64,
    lon: f64,
}

/// The locator's state: signals only, `Copy`.
#[derive(Clone, Copy)]
pub struct Locator {
    query: RwSignal<String>,
    /// The places suggested for what is typed now (`None`: no list open — nothing typed yet,
    /// or a place was chosen).
    places: RwSignal<Option<Vec<Place>>>,
    origin: RwSignal<Option<Origin>>,
    /// A message id about the device's position (refused, unavailable, locating).
    geo: RwSignal<Option<&'static str>>,
    open_now: RwSignal<bool>,
    service: RwSignal<Option<StoreService>>,
    product_query: RwSignal<String>,
    products: RwSignal<Option<Result<Vec<Product>, ErrorId>>>,
    product: RwSignal<Option<Product>>,
    /// The country of the place searched around: the catalogue's prices are that country's.
    country: RwSignal<Option<String>>,
    sku: RwSignal<Option<String>>,
    in_stock: RwSignal<bool>,
    results: crate::fetched::Fetched<Option<Result<StoresResponse, ErrorId>>>,
    step: RwSignal<Step>,
    quantity: RwSignal<i64>,
    key: StoredValue<String>,
    busy: RwSignal<bool>,
    error: RwSignal<Option<ErrorId>>,
    mine: RwSignal<Option<Result<Vec<Reservation>, ErrorId>>>,
    /// The map's centre (world pixels at zoom 0) and zoom once the customer moved it; `None`:
    /// fitted to the results.
    map_view: RwSignal<Option<(f64, f64, i32)>>,
    /// The customer asked for a search when the results had had this many answers: the next
    /// answer takes focus (and comes into view) when it arrives.
    focus_results: StoredValue<Option<u32>>,
    /// The locator's views, loaded when the customer first points at its tab.
    pub part: crate::parts::Part<crate::parts::StoresPart>,
    /// A link asked for the customer's reservations before the part was here.
    wants_mine: StoredValue<bool>,
    /// Shops are named in the language shown where the server has them in it.
    i18n: crate::i18n::I18n,
}

impl Locator {
    pub fn new(config: WidgetConfig, i18n: crate::i18n::I18n) -> Locator {
        let origin = RwSignal::new(None::<Origin>);
        let open_now = RwSignal::new(false);
        let service = RwSignal::new(None::<StoreService>);
        let sku = RwSignal::new(None::<String>);
        let in_stock = RwSignal::new(false);
        let part = crate::parts::stores();
        let results = crate::fetched::Fetched::new(move || {
            let (origin, open_now, service, sku, in_stock, here) = (
                origin.get(),
                open_now.get(),
                service.get(),
                sku.get(),
                in_stock.get(),
                config.store.get(),
            );
            let lang = i18n.names_tag();
            config.reconnects.track();
            // The request (and reading its answer) is the locator's part's: asked once it is here.
            let find = part.ready()?.find;
            Some(async move {
                // A kiosk searches around its own shop until the customer says otherwise.
                if origin.is_none() && here.is_none() {
                    return None;
                }
                let (lat, lon) = origin
                    .map(|o| (number_text(o.lat), number_text(o.lon)))
                    .unwrap_or_default();
                let mut args = vec![
                    ("radius_m", RADIUS_M),
                    ("limit", "20"),
                    ("open_now", if open_now { "true" } else { "false" }),
                    ("lang", &lang),
                ];
                args.push((
                    "in_stock",
                    if in_stock && sku.is_some() {
                        "true"
                    } else {
                        "false"
                    },
                ));
                if !lat.is_empty() {
                    args.extend([("lat", lat.as_str()), ("lon", lon.as_str())]);
                }
                if let Some(s) = service {
                    args.push(("service", s.id()));
                }
                if let Some(s) = &sku {
                    args.push(("sku", s));
                }
                if let Some(h) = &here {
                    args.push(("here", h));
                }
                Some(find(config, form(&args)).await)
            })
        });
        let step = RwSignal::new(Step::List);
        let mine = RwSignal::new(None);
        // Another customer, or nobody: their reservation and receipt are gone from view.
        Effect::new(move |ran: Option<()>| {
            config.auth_version.track();
            if ran.is_some() {
                step.set(Step::List);
                mine.set(None);
            }
        });
        Locator {
            query: RwSignal::new(String::new()),
            places: RwSignal::new(None),
            origin,
            geo: RwSignal::new(None),
            open_now,
            service,
            product_query: RwSignal::new(String::new()),
            products: RwSignal::new(None),
            product: RwSignal::new(None),
            country: RwSignal::new(None),
            sku,
            in_stock,
            results,
            step,
            quantity: RwSignal::new(1),
            key: StoredValue::new(String::new()),
            busy: RwSignal::new(false),
            error: RwSignal::new(None),
            part,
            wants_mine: StoredValue::new(false),
            i18n,
            mine,
            map_view: RwSignal::new(None),
            focus_results: StoredValue::new(None),
        }
    }

    fn go(&self, config: WidgetConfig, step: Step) {
        self.error.set(None);
        config.said.set(None);
        self.step.set(step);
        focus_later(config, "#sc-stores-title");
    }

    /// Back to the search (its tab pressed again).
    pub fn home(&self) {
        self.error.set(None);
        self.step.set(Step::List);
    }

    /// Looks for the stock of `sku` (a link from a kiosk asked for it).
    pub fn preset_product(&self, sku: String) {
        self.in_stock.set(true);
        self.sku.set(Some(sku));
    }

    /// The customer's reservations (a link from a kiosk asked for them): asked for by the
    /// locator's part when it shows them.
    pub fn show_mine(&self) {
        self.mine.set(None);
        self.wants_mine.set_value(true);
        self.step.set(Step::Mine);
    }

    /// Searches around `place`, for the stock of `sku` when given (the chat's stores card).
    pub fn show_place(&self, place: &Place, sku: Option<String>) {
        self.query.set(place.name.clone());
        self.places.set(None);
        self.product.set(None);
        self.country.set(Some(place.country.clone()));
        self.in_stock.set(sku.is_some());
        self.sku.set(sku);
        self.step.set(Step::List);
        self.map_view.set(None);
        self.origin.set(Some(Origin {
            lat: place.lat,
            lon: place.lon,
        }));
    }

    /// Suggestions for what is typed; an answer for an older text is dropped. With `pick`
    /// (Enter in the field), the first suggestion is searched around at once.
    fn suggest(&self, config: WidgetConfig, text: String, pick: bool) {
        self.query.set(text.clone());
        let (query, places, l) = (self.query, self.places, *self);
        if text.trim().chars().count() < 2 {
            places.set(None);
            return;
        }
        leptos::task::spawn_local(async move {
            let found: Result<Vec<Place>, ErrorId> =
                public(config, SuggestPlaces::PATH, &form(&[("q", &text)])).await;
            if query.get_untracked() == text {
                let found = found.unwrap_or_default();
                match found.first() {
                    Some(first) if pick => l.choose(first),
                    _ => places.set(Some(found)),
                }
            }
        });
    }

    /// Searches around a suggested place; the results are focused when they arrive.
    fn choose(&self, place: &Place) {
        self.query.set(place.name.clone());
        self.places.set(None);
        self.country.set(Some(place.country.clone()));
        self.map_view.set(None);
        self.origin.set(Some(Origin {
            lat: place.lat,
            lon: place.lon,
        }));
        self.focus_results.set_value(Some(self.results.answers()));
    }

    /// The catalogue for what is typed, with prices in the country searched in: the chosen
    /// place's, else the nearest shop's, else the page's.
    fn search_products(&self, config: WidgetConfig, text: String) {
        self.product_query.set(text.clone());
        let (query, products) = (self.product_query, self.products);
        let country = self
            .country
            .get_untracked()
            .or_else(|| {
                self.results.with(|r| {
                    r.as_ref()?
                        .as_ref()?
                        .as_ref()
                        .ok()?
                        .stores
                        .first()
                        .map(|s| s.country.clone())
                })
            })
            .or_else(|| config.country.get_untracked());
        leptos::task::spawn_local(async move {
            let mut args = vec![("q", text.as_str())];
            if let Some(c) = &country {
                args.push(("country", c));
            }
            let found = public(config, FindProducts::PATH, &form(&args)).await;
            if query.get_untracked() == text {
                products.set(Some(found));
            }
        });
    }

    /// Asks the browser for the device's position (only now, on the customer's request).
    fn locate(&self, config: WidgetConfig) {
        let (origin, geo, places, map_view, focus_results, results, country) = (
            self.origin,
            self.geo,
            self.places,
            self.map_view,
            self.focus_results,
            self.results,
            self.country,
        );
        let geolocation = web_sys::window()
            .and_then(|w| {
                js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("geolocation")).ok()
            })
            .filter(|g| !g.is_undefined() && !g.is_null());
        let Some(geolocation) = geolocation else {
            geo.set(Some("stores-geo-unavailable"));
            return;
        };
        geo.set(Some("stores-geo-locating"));
        let success = Closure::once_into_js(move |position: JsValue| {
            let coords = js_sys::Reflect::get(&position, &JsValue::from_str("coords"))
                .unwrap_or(JsValue::UNDEFINED);
            let read = |name: &str| {
                js_sys::Reflect::get(&coords, &JsValue::from_str(name))
                    .ok()
                    .and_then(|v| v.as_f64())
            };
            match (read("latitude"), read("longitude")) {
                (Some(lat), Some(lon)) => {
                    geo.set(None);
                    places.set(None);
                    country.set(None);
                    origin.set(Some(Origin { lat, lon }));
                    map_view.set(None);
                    focus_results.set_value(Some(results.answers()));
                }
                _ => geo.set(Some("stores-geo-unavailable")),
            }
        });
        let failure = Closure::once_into_js(move |error: JsValue| {
            let code = js_sys::Reflect::get(&error, &JsValue::from_str("code"))
                .ok()
                .and_then(|c| c.as_f64());
            geo.set(Some(if code == Some(1.0) {
                "stores-geo-denied"
            } else {
                "stores-geo-unavailable"
            }));
            focus_later(config, ".sc-geo-message");
        });
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &options,
            &JsValue::from_str("timeout"),
            &JsValue::from_f64(15_000.0),
        );
        let _ = js_sys::Reflect::set(
            &options,
            &JsValue::from_str("maximumAge"),
            &JsValue::from_f64(60_000.0),
        );
        let asked = js_sys::Reflect::get(&geolocation, &JsValue::from_str("getCurrentPosition"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .map(|f| f.call3(&geolocation, &success, &failure, &options));
        if !matches!(asked, Some(Ok(_))) {
            geo.set(Some("stores-geo-unavailable"));
        }
    }

    fn load_mine(&self, config: WidgetConfig) {
        self.wants_mine.set_value(false);
        let (mine, lang) = (self.mine, self.i18n.names_tag());
        leptos::task::spawn_local(async move {
            mine.set(Some(
                call(config, MyReservations::PATH, &form(&[("lang", &lang)])).await,
            ));
        });
    }
}

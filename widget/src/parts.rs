//! The features loaded when first opened: each `#[wasm_split]` function below is the way
//! into one part of the application, which `cargo xtask widget` splits off the main module
//! into a file of its own (`split_<name>.wasm`, with `chunk_*.wasm` for code several parts
//! share). The main module holds the frame, the usage view and the state the frame reads;
//! a part's views, and the code only they reach, arrive when the customer opens it (or shows
//! the intent to, pointing at its tab).
//!
//! A part's download can fail (a train's tunnel): that part's view says so, in the
//! customer's language, with "try again", and the rest of the widget goes on. The fallible
//! form of the split matters: with `panic = "abort"`, an infallible one would take down every
//! widget of the page on one failed fetch.

use crate::chat::Chat;
use crate::config::WidgetConfig;
use crate::i18n::Tr;
#[cfg(not(feature = "kiosk"))]
use crate::partners::Partners;
use crate::stores::Locator;
use crate::tariff::Tariff;
use crate::ui::{error_alert, focus_later};
use crate::usage::UsageData;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use selfcare_server_fns::api::ErrorId;
use server_fn::ServerFn;
use std::future::Future;
use std::pin::Pin;

/// A part's module could not be fetched or instantiated.
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}

type Loading<T> = Pin<Box<dyn Future<Output = Result<T, NotLoaded>>>>;

/// A request made by a part's code: the main module holds no code to ask it or read its answer.
pub type Answer<T> = Pin<Box<dyn Future<Output = Result<T, ErrorId>>>>;

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Loading,
    Ready,
    Failed,
}

/// What a part's loading is at, whatever the part: one copy of this code for all of them.
#[derive(Clone, Copy)]
struct Loader {
    status: RwSignal<Status>,
    /// What to focus once it has loaded, when the customer asked for it (`Part::asked`).
    focus: &'static str,
    /// The customer asked for the part (pressed its tab or button, or "try again").
    waited: StoredValue<bool>,
    /// The connection's comebacks when the download last started (`WidgetConfig::reconnects`).
    started_at: StoredValue<u32>,
}

impl Loader {
    /// Whether to start loading now (not when loaded or loading); if so, marked as loading.
    fn begin(self, config: WidgetConfig) -> bool {
        if !matches!(self.status.get_untracked(), Status::Idle | Status::Failed) {
            return false;
        }
        self.status.set(Status::Loading);
        self.started_at.set_value(config.reconnects.get_untracked());
        true
    }

    /// Runs the download (`true` once the part is here and stored) in a task of its own, and
    /// asks the module script for the part's stylesheet at the same moment: the few hundred
    /// bytes of CSS arrive before the module they style.
    fn run(
        self,
        config: WidgetConfig,
        style_name: &'static str,
        download: Pin<Box<dyn Future<Output = bool>>>,
    ) {
        if !style_name.is_empty() {
            use wasm_bindgen::JsCast;
            config
                .host
                .try_with_value(|host| host.unchecked_ref::<Element>().selfcare_style(style_name));
        }
        leptos::task::spawn_local(async move {
            let ready = download.await;
            self.end(config, ready);
        });
    }

    fn end(self, config: WidgetConfig, ready: bool) {
        self.status
            .try_set(if ready { Status::Ready } else { Status::Failed });
        // The customer asked for it and waited: their place is its title now (a tab's title
        // is focused when it opens, and there was none yet) — unless they have gone on to
        // something else of the page meanwhile.
        if ready && self.waited.try_get_value() == Some(true) && !self.focus.is_empty() {
            self.waited.set_value(false);
            let document = web_sys::window().and_then(|w| w.document());
            let active = document.as_ref().and_then(|d| d.active_element());
            let body = document
                .as_ref()
                .and_then(|d| d.body())
                .map(web_sys::Element::from);
            let host = config
                .host
                .try_with_value(|h| web_sys::Element::from(h.clone()));
            if active.is_none() || active == body || active == host {
                focus_later(config, self.focus);
            }
        }
    }

    /// What is shown until the part is here (tracked): "loading", or the network error with
    /// `retry`; and whether to start loading (first shown, or the connection came back since
    /// the download failed: tried again by itself, as the data is).
    fn placeholder(
        self,
        config: WidgetConfig,
        tr: &Tr,
        retry: crate::ui::Retry,
    ) -> (AnyView, bool) {
        let status = self.status.get();
        if status == Status::Failed && config.reconnects.get() == self.started_at.get_value() {
            return (error_alert(tr, ErrorId::Network, retry).into_any(), false);
        }
        (
            view! { <p class="sc-loading" role="status">{tr.t("loading")}</p> }.into_any(),
            true,
        )
    }
}

/// One part of the application, for one widget: loaded once per page (the browser keeps the
/// module, and every widget of the page shares it), asked for by each widget that needs it.
pub struct Part<T: Copy + Send + Sync + 'static> {
    loader: Loader,
    value: StoredValue<Option<T>>,
    load: fn() -> Loading<T>,
    /// The part's stylesheet (`<name>.css` beside its module), or "" when it has none.
    style: &'static str,
    /// The message areas its views use beyond the first file's (`selfcare_i18n::PART_AREAS`),
    /// downloaded beside its module.
    areas: &'static [&'static str],
}

impl<T: Copy + Send + Sync + 'static> Clone for Part<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Copy + Send + Sync + 'static> Copy for Part<T> {}

impl<T: Copy + Send + Sync + 'static> Part<T> {
    fn new(
        load: fn() -> Loading<T>,
        focus: &'static str,
        style: &'static str,
        areas: &'static [&'static str],
    ) -> Part<T> {
        let loader = Loader {
            status: RwSignal::new(Status::Idle),
            focus,
            waited: StoredValue::new(false),
            started_at: StoredValue::new(0),
        };
        Part {
            loader,
            value: StoredValue::new(None),
            load,
            style,
            areas,
        }
    }

    /// The part once it has loaded (tracked): what the main module's state asks through it.
    pub fn ready(self) -> Option<T> {
        self.loader.status.track();
        self.value.get_value()
    }

    /// The customer asked for the part (pressed its tab or its button): it starts loading, and
    /// its title takes focus when it arrives.
    pub fn asked(self, config: WidgetConfig) {
        self.loader.waited.set_value(true);
        self.start(config);
    }

    /// Starts loading the part unless it is loaded or loading (on intent, or when shown).
    pub fn start(self, config: WidgetConfig) {
        if !self.loader.begin(config) {
            return;
        }
        let words = crate::i18n::need(config, self.areas);
        self.loader.run(
            config,
            self.style,
            Box::pin(async move {
                let loaded = (self.load)().await.ok();
                // Its views are shown with their words or not at all.
                let loaded = if words.await { loaded } else { None };
                let ready = loaded.is_some();
                // (`None`: stored; the widget is still there.)
                self.value.try_set_value(loaded).is_none() && ready
            }),
        );
    }

    /// The part's view from `show` once it has loaded (tracked); until then "loading", or the
    /// network error with "try again" if its download failed.
    pub fn view(self, config: WidgetConfig, tr: &Tr, show: impl FnOnce(T) -> AnyView) -> AnyView {
        if let Some(part) = self.ready() {
            return show(part);
        }
        let (view, start) = self.loader.placeholder(
            config,
            tr,
            Some(Box::new(move |_: leptos::ev::MouseEvent| {
                self.asked(config)
            })),
        );
        if start {
            self.start(config);
        }
        view
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The `<selfcare-widget>` element, as the module script defines it.
    type Element;
    /// Adds a part's stylesheet to this widget's shadow root (the module script fetches it
    /// once per page).
    #[wasm_bindgen(method, js_name = selfcareStyle)]
    fn selfcare_style(this: &Element, name: &str);
}

/// The parts, each owned by the state of its feature.
pub fn stores() -> Part<StoresPart> {
    Part::new(
        || Box::pin(stores_part()),
        "#sc-stores-title",
        "stores",
        &["stores"],
    )
}

/// (With the tariff flow's words: its cards name plans and add-ons as the flow does.)
pub fn chat() -> Part<ChatPart> {
    Part::new(
        || Box::pin(chat_part()),
        "#sc-chat-title",
        "chat",
        &["chat", "tariff"],
    )
}

pub fn tariff() -> Part<TariffPart> {
    Part::new(
        || Box::pin(tariff_part()),
        "#sc-tariff-title",
        "tariff",
        &["tariff"],
    )
}

/// The phone approving a kiosk's QR sign-in.
pub fn pairing() -> Part<PairingPart> {
    Part::new(|| Box::pin(pairing_part()), "", "", &[])
}

/// The pairing's approval: what the phone shows once the kiosk's code is read.
type Approve = fn(
    WidgetConfig,
    &Tr,
    Option<Result<selfcare_server_fns::api::PairingInfo, ErrorId>>,
    RwSignal<Option<Result<(), ErrorId>>>,
) -> AnyView;

#[derive(Clone, Copy)]
pub struct PairingPart {
    pub approve: Approve,
    pub info: fn(WidgetConfig, String) -> Answer<selfcare_server_fns::api::PairingInfo>,
}

#[wasm_split(pairing, wasm_split_path = ::leptos::wasm_split, fallible)]
fn pairing_part() -> Result<PairingPart, NotLoaded> {
    Ok(PairingPart {
        approve: |config, tr, info, done| {
            crate::pairing::approve_pairing(config, tr, info, done).into_any()
        },
        info: crate::pairing::info,
    })
}

/// The store locator: search, stock, the map, reservations.
#[derive(Clone, Copy)]
pub struct StoresPart {
    pub body: fn(WidgetConfig, Locator, &Tr) -> AnyView,
    /// The shops for a search (its form).
    pub find: fn(WidgetConfig, String) -> Answer<selfcare_server_fns::api::StoresResponse>,
}

#[wasm_split(stores, wasm_split_path = ::leptos::wasm_split, fallible)]
fn stores_part() -> Result<StoresPart, NotLoaded> {
    Ok(StoresPart {
        body: |config, locator, tr| {
            crate::stores::view::stores_body(config, locator, tr).into_any()
        },
        find: |config, form| {
            Box::pin(async move {
                crate::api::public(config, selfcare_server_fns::stores::FindStores::PATH, &form)
                    .await
            })
        },
    })
}

/// The chat: the conversation and its live stream, the composer, cards, the advisor.
#[derive(Clone, Copy)]
pub struct ChatPart {
    pub body: fn(WidgetConfig, Chat, crate::app::Shared, &'static str, &Tr) -> AnyView,
}

#[wasm_split(chat, wasm_split_path = ::leptos::wasm_split, fallible)]
fn chat_part() -> Result<ChatPart, NotLoaded> {
    Ok(ChatPart {
        body: |config, chat, shared, lang, tr| {
            chat.ensure_open(config, lang);
            if let Some(text) = chat.top_up.try_update(Option::take).flatten() {
                chat.send(config, text, Some("top_up".into()));
            }
            crate::chat::view::chat_body(config, chat, shared, tr).into_any()
        },
    })
}

/// The tariff flow: plans and add-ons, their comparison, the review and the order.
#[derive(Clone, Copy)]
pub struct TariffPart {
    pub body: fn(WidgetConfig, Tariff, UsageData, &Tr) -> AnyView,
    /// The plans and add-ons for a line, in a locale.
    pub offers:
        fn(WidgetConfig, String, String) -> Answer<selfcare_server_fns::api::OffersResponse>,
}

#[wasm_split(tariff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn tariff_part() -> Result<TariffPart, NotLoaded> {
    Ok(TariffPart {
        body: |config, tariff, data, tr| {
            crate::tariff::view::tariff_body(config, tariff, data, tr).into_any()
        },
        offers: |config, line, locale| {
            Box::pin(async move {
                crate::api::get_offers(config, line, config.channel(), &locale).await
            })
        },
    })
}

/// Partner access: the customer's consent codes and the partners who may act for them (not
/// in the kiosk build: `partners/off.rs`).
#[cfg(not(feature = "kiosk"))]
pub fn partners() -> Part<PartnersPart> {
    Part::new(
        || Box::pin(partners_part()),
        "#sc-partners-title",
        "partners",
        &[],
    )
}

#[cfg(not(feature = "kiosk"))]
#[derive(Clone, Copy)]
pub struct PartnersPart {
    pub panel: fn(WidgetConfig, Partners, &Tr) -> AnyView,
    /// The partners and the customer's delegations.
    pub lists: fn(WidgetConfig) -> Answer<crate::partners::Lists>,
}

#[cfg(not(feature = "kiosk"))]
#[wasm_split(partners, wasm_split_path = ::leptos::wasm_split, fallible)]
fn partners_part() -> Result<PartnersPart, NotLoaded> {
    Ok(PartnersPart {
        panel: |config, partners, tr| crate::partners::view::panel(config, partners, tr).into_any(),
        lists: |config| Box::pin(crate::partners::lists(config)),
    })
}

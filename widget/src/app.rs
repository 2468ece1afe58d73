//! The widget's frame: language and direction, the launcher, the panel header with the
//! language switcher, and the features the host asked for.
//!
//! Views are rendered as whole regions from a snapshot of the messages and the data, and
//! rendered again when either changes, rather than with a reactive closure per text: the
//! WebAssembly grows with every reactive closure, and locale or data changes are rare.

use crate::chat::Chat;
use crate::config::{Mode, WidgetConfig};
use crate::i18n::{I18n, Tr};
use crate::kiosk::{self, Kiosk};
use crate::partners::Partners;
use crate::stores::Locator;
use crate::tariff::Tariff;
use crate::ui::focus_later;
use crate::usage::{usage_body, UsageData};
use crate::{network, pairing};
use leptos::ev;
use leptos::prelude::*;
use selfcare_i18n::LOCALES;

/// Each language named in itself, as language switchers do.
pub fn autonym(locale: &str) -> &'static str {
    match locale {
        "fr" => "Français",
        "ar" => "العربية",
        "es" => "Español",
        "ca" => "Català",
        "pl" => "Polski",
        "ro" => "Română",
        "nl" => "Nederlands",
        "de" => "Deutsch",
        "sk" => "Slovenčina",
        "ru" => "Русский",
        "pt" => "Português",
        "mg" => "Malagasy",
        "wo" => "Wolof",
        _ => "English",
    }
}

/// The sections a customer moves between when the host asked for several.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Usage,
    Stores,
    Chat,
}

impl Tab {
    fn message(self) -> &'static str {
        match self {
            Tab::Usage => "nav-usage",
            Tab::Stores => "nav-stores",
            Tab::Chat => "nav-chat",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Tab::Usage => "#sc-usage-title",
            Tab::Stores => "#sc-stores-title",
            Tab::Chat => "#sc-chat-title",
        }
    }
}

/// What the chat reads of the other features (signals only, `Copy`, one argument): the tariff
/// flow and the locator its cards open, and the tab they switch to. Whether the host asked for
/// a feature is `config.features`. (Not a context: `provide_context` would bring the context
/// machinery into the main module, 1 KiB brotli measured.)
#[derive(Clone, Copy)]
pub struct Shared {
    pub tariff: Tariff,
    pub locator: Locator,
    pub tab: RwSignal<Option<Tab>>,
    /// The usage view's data, fetched again when a card shows it has changed.
    pub usage: crate::usage::UsageData,
}

/// The widget: what outlives a kiosk session (the network watch, the kiosk's shop) and the
/// session itself, built anew when it ends — every signal and view of the last customer's is
/// disposed of with it.
#[component]
pub fn Root(config: WidgetConfig) -> impl IntoView {
    network::watch_network(config);
    let here = RwSignal::new(None);
    kiosk::load_here(config, here);
    // What the last customer's action did is not the next one's to read.
    Effect::new(move |_| {
        config.session.track();
        config.auth_version.track();
        config.said.set(None);
    });
    move || {
        config.session.track();
        view! { <App config=config here=here /> }
    }
}

/// The tab a link opened on a phone asked for (`view`).
fn link_tab(view: Option<&str>) -> Option<Tab> {
    match view {
        Some("stores" | "reservations") => Some(Tab::Stores),
        Some("chat") => Some(Tab::Chat),
        Some("usage" | "plans") => Some(Tab::Usage),
        _ => None,
    }
}

#[component]
fn App(
    config: WidgetConfig,
    here: RwSignal<Option<selfcare_server_fns::api::StoresResponse>>,
) -> impl IntoView {
    let i18n = I18n::new(config);
    let open = RwSignal::new(false);
    // Behind a launcher, the panel's views are built, and the customer's data fetched, when it
    // is first opened, not while the host page loads.
    let opened = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false) || open.get() || !config.launcher.get()
    });
    let data = UsageData::new(config, i18n, opened);
    let tariff = Tariff::new(config, i18n);
    let locator = Locator::new(config, i18n);
    let chat = Chat::new(config);
    let partners = Partners::new(config);
    let k = Kiosk::new(config, chat);
    let pairing = pairing::Pairing::new(config);
    // Which feature is shown when the host asked for several (the first of usage, stores and
    // chat it asked for, until the customer picks another tab, or the one a link asked for).
    let tab = RwSignal::new(None::<Tab>);
    // A link from a kiosk (a view, a sign-in to approve) opens the panel on what it asked for,
    // whether the host set the attributes before the widget loaded or after.
    Effect::new(move |_| {
        let view = config.view.get();
        if let Some(sku) = config.product.get() {
            locator.preset_product(sku);
        }
        if let Some(t) = link_tab(view.as_deref()) {
            tab.set(Some(t));
            open.set(true);
        }
        if view.as_deref() == Some("reservations") {
            locator.show_mine();
        }
        if config.pairing.get().is_some() {
            open.set(true);
        }
    });
    // "plans": the plan comparison once the customer's line is known.
    Effect::new(move |opened: Option<bool>| {
        if opened == Some(true) || config.view.get().as_deref() != Some("plans") {
            return opened.unwrap_or(false);
        }
        let line = data.line_id();
        if let Some(line) = &line {
            tariff.open(config, line.clone(), false);
        }
        line.is_some()
    });

    let set_open = move |value: bool| {
        open.set(value);
        // Opening moves focus to the panel's title, so a screen reader says where the user is;
        // closing gives it back to the launcher.
        focus_later(config, if value { ".sc-title" } else { ".sc-launcher" });
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        k.touched();
        if e.key() == "Escape" && config.launcher.get_untracked() && open.get_untracked() {
            e.stop_propagation();
            set_open(false);
        }
    };
    let root_class = move || {
        let mode = match config.mode.get() {
            Mode::Website => "sc-root sc-website",
            Mode::Kiosk => "sc-root sc-kiosk",
            Mode::Portal => "sc-root sc-portal",
        };
        let mut class = mode.to_owned();
        let [contrast, large] = k.classes();
        for (on, name) in [
            (config.launcher.get(), " sc-with-launcher"),
            contrast,
            large,
        ] {
            if on {
                class.push_str(name);
            }
        }
        class
    };
    let launcher = move || {
        let tr = i18n.snapshot().filter(|_| config.launcher.get())?;
        let expanded = open.get();
        Some(view! {
            <button
                class="sc-launcher"
                aria-expanded=expanded.to_string()
                aria-controls="sc-panel"
                aria-label=tr.attr("launcher-open", "aria-label")
                on:click=move |_| set_open(!expanded)
            >
                <span class="sc-launcher-icon" aria-hidden="true"></span>
                <span>{tr.t("launcher-open")}</span>
            </button>
        })
    };
    let header = move || {
        let tr = i18n.snapshot();
        // Without messages there are no words to show: a spinner while they load, a retry
        // icon (named by the one text the widget carries in itself) if they failed.
        let failed = tr.is_none() && i18n.failed();
        let loading = tr.is_none() && !failed;
        (
            tr.map(|tr| header(config, i18n, &tr, move || set_open(false))),
            failed.then(|| {
                view! {
                    <button class="sc-retry-icon" aria-label="Retry" on:click=move |_| i18n.retry()>
                        <span aria-hidden="true">"↻"</span>
                    </button>
                }
            }),
            loading
                .then(|| view! { <div class="sc-spinner" role="status" aria-busy="true"></div> }),
        )
    };
    let body = move || {
        if !opened.get() {
            return None;
        }
        let tr = i18n.snapshot()?;
        let mut features = config.features.get();
        // A partner acting for a customer (`customer`) has no chat: the conversation is the
        // customer's own, and the server answers a partner's token there with `forbidden`.
        features.chat &= config.customer.get().is_none();
        // Kiosk views exist in the kiosk bundle only.
        let is_kiosk = cfg!(feature = "kiosk") && config.mode.get() == Mode::Kiosk;
        let signed_in = config.session_token.get().is_some();
        let offline = network::offline_notice(config, &tr);
        let approve = pairing.view(config, &tr);
        let warning = kiosk::idle_warning(config, k, chat, &tr);
        // A kiosk nobody is using shows its attract screen.
        if is_kiosk && !k.started() && !signed_in {
            return Some((
                offline,
                approve,
                Some(kiosk::attract(config, k, here.get(), &tr)),
                None,
                None,
                None,
                warning,
            ));
        }
        let tools = is_kiosk.then(|| kiosk::toolbar(config, k, chat, &tr, i18n.lang()));
        let tabs: Vec<Tab> = [
            (features.usage, Tab::Usage),
            (features.stores, Tab::Stores),
            (features.chat, Tab::Chat),
        ]
        .into_iter()
        .filter_map(|(on, t)| on.then_some(t))
        .collect();
        let shown = tab
            .get()
            .filter(|t| tabs.contains(t))
            .or(tabs.first().copied())?;
        let tariffs = features.tariffs.then_some(tariff);
        // The tariff flow takes the place of the usage view while it is open.
        let flow = shown == Tab::Usage && tariffs.is_some() && tariff.is_open();
        // Pointing at a tab, or reaching it with Tab, starts loading its part.
        let preload = move |t: Tab| match t {
            Tab::Stores => locator.part.start(config),
            Tab::Chat => chat.part.start(config),
            Tab::Usage => {}
        };
        let asked = move |t: Tab| match t {
            Tab::Stores => locator.part.asked(config),
            Tab::Chat => chat.part.asked(config),
            Tab::Usage => {}
        };
        let nav = (tabs.len() > 1).then(|| {
            let buttons = tabs
                .iter()
                .map(|&t| {
                    view! {
                        <button class="sc-tab" aria-current=(t == shown).then_some("page") on:pointerenter=move |_| preload(t) on:focus=move |_| preload(t) on:click=move |_| {
                            // The tab already shown goes back to its start, as a phone's tab bar does.
                            if t == shown {
                                tariff.home();
                                locator.home();
                            }
                            tab.set(Some(t));
                            config.said.set(None);
                            asked(t);
                            focus_later(config, t.title());
                        }>{tr.t(t.message())}</button>
                    }
                })
                .collect_view();
            view! { <nav class="sc-tabs" aria-label=tr.attr("nav-label", "aria-label")>{buttons}</nav> }
        });
        // At a kiosk, the customer's own views start with signing in there.
        let sign_in = is_kiosk && !signed_in && shown == Tab::Usage;
        let views = (
            sign_in.then(|| kiosk::sign_in(config, k, &tr)),
            (flow && !sign_in).then(|| {
                tariff
                    .part
                    .view(config, &tr, |part| (part.body)(config, tariff, data, &tr))
            }),
            (shown == Tab::Usage && !flow && !sign_in).then(|| {
                // Partner access is the customer's own decision, on their own device (and
                // not in the kiosk bundle at all: `partners/off.rs`).
                let own = config.mode.get() == Mode::Website;
                usage_body(
                    config,
                    data,
                    tariffs,
                    own.then_some(partners),
                    features.chat.then_some((chat, tab)),
                    &tr,
                )
            }),
            (shown == Tab::Stores).then(|| {
                locator
                    .part
                    .view(config, &tr, |part| (part.body)(config, locator, &tr))
            }),
            (shown == Tab::Chat).then(|| {
                let lang = i18n.lang();
                chat.part.view(config, &tr, |part| {
                    (part.body)(
                        config,
                        chat,
                        Shared {
                            tariff,
                            locator,
                            tab,
                            usage: data,
                        },
                        lang,
                        &tr,
                    )
                })
            }),
        );
        // The header and tabs stay put; what is under them scrolls (in a launcher's panel).
        let view = view! { <div class="sc-view">{views}</div> };
        Some((offline, approve, None, tools, nav, Some(view), warning))
    };

    view! {
        <div class=root_class lang=move || i18n.lang() dir=move || i18n.dir() on:keydown=on_keydown on:pointerdown=move |_| k.touched()>
            {launcher}
            <section
                id="sc-panel"
                class="sc-panel"
                hidden=move || config.launcher.get() && !open.get()
                aria-label=move || i18n.snapshot().map(|tr| tr.attr("widget-region", "aria-label"))
            >
                {header}
                <p class="sc-said" role="status">{move || config.said.get()}</p>
                <div class="sc-body">{body}</div>
            </section>
        </div>
    }
}

fn header(
    config: WidgetConfig,
    i18n: I18n,
    tr: &Tr,
    close: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let current = i18n.lang();
    let on_change = move |e: ev::Event| {
        let value = event_target_value(&e);
        if let Some(locale) = LOCALES.iter().find(|l| **l == value) {
            i18n.chosen.set(Some(locale));
            focus_later(config, ".sc-language select");
        }
    };
    let options = LOCALES
        .iter()
        .map(|locale| view! { <option value=*locale lang=*locale translate="no" selected=*locale == current>{autonym(locale)}</option> })
        .collect_view();
    let close_button = config.launcher.get().then(|| {
        view! {
            <button class="sc-close" aria-label=tr.attr("launcher-close", "aria-label") on:click=move |_| close()>
                <span aria-hidden="true">"×"</span>
            </button>
        }
    });
    view! {
        <header class="sc-header">
            <slot class="sc-logo" name="logo"></slot>
            <h2 class="sc-title" tabindex="-1">{tr.t("widget-title")}</h2>
            <label class="sc-language">
                <span>{tr.t("language-switcher")}</span>
                <select on:change=on_change>{options}</select>
            </label>
            {close_button}
        </header>
    }
}

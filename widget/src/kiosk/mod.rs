//! Kiosk mode (`mode="kiosk"`): a shared touch screen in a shop. An attract screen with the
//! shop's hours while nobody uses it; signing in with a code sent by SMS (typed on an
//! on-screen keypad) or by approving on a phone that shows a QR code; a session that warns
//! "Do you need more time?" after `idle` seconds without a touch and then forgets everything;
//! read-aloud, high contrast and larger text for that session only; "continue on your phone"
//! links. Compiled into the kiosk bundle only (feature `kiosk`; `kiosk/off.rs` in the others).
//!
//! Forgetting is by construction: the kiosk's token lives in one signal, and every view and
//! state of a session is owned by the reactive scope that [`crate::App`] is rendered in, which
//! ending the session disposes of and builds anew (`WidgetConfig::session`). Nothing is
//! ever written to storage.

use crate::api::{form, public};
use crate::chat::Chat;
use crate::config::WidgetConfig;
use crate::i18n::Tr;
use crate::stores::view::{opening_text, week_table};
use crate::ui::{error_alert, focus_later};
use leptos::ev;
use leptos::prelude::*;
use selfcare_i18n::{Arg, LOCALES, SOURCE_LOCALE};
use selfcare_server_fns::api::{
    ErrorId, KioskChallenge, KioskPairing, KioskSession, PairingStatus, PhoneLink, StoresResponse,
};
use selfcare_server_fns::kiosk::{
    KioskPair, KioskPairPoll, KioskRenew, KioskSignIn, KioskVerify, PhoneLink as PhoneLinkFn,
};
use selfcare_server_fns::stores::FindStores;
use server_fn::ServerFn;
use wasm_bindgen::JsCast;

/// How a customer is signing in at the kiosk.
#[derive(Clone, PartialEq)]
enum Step {
    Phone,
    Code(KioskChallenge),
    Qr(KioskPairing),
}

/// One kiosk session's state: signals only, `Copy`. Built with the session, gone with it.
#[derive(Clone, Copy)]
pub struct Kiosk {
    /// Someone touched "Start" (else the attract screen shows).
    started: RwSignal<bool>,
    /// Seconds left to answer "Do you need more time?", while it is asked.
    warning: RwSignal<Option<u32>>,
    contrast: RwSignal<bool>,
    large: RwSignal<bool>,
    reading: RwSignal<bool>,
    step: RwSignal<Step>,
    digits: RwSignal<String>,
    busy: RwSignal<bool>,
    error: RwSignal<Option<ErrorId>>,
    /// `Date.now()` of the last touch or key.
    last_touch: StoredValue<f64>,
    /// When the kiosk token stops working, and when to ask for a new one while the customer
    /// is there (`Date.now()` milliseconds).
    expires: StoredValue<f64>,
    renew_at: StoredValue<f64>,
}

impl Kiosk {
    /// The session's state and its idle clock (a one-second tick, stopped with the session).
    pub fn new(config: WidgetConfig, chat: Chat) -> Kiosk {
        let k = Kiosk {
            started: RwSignal::new(false),
            warning: RwSignal::new(None),
            contrast: RwSignal::new(false),
            large: RwSignal::new(false),
            reading: RwSignal::new(false),
            step: RwSignal::new(Step::Phone),
            digits: RwSignal::new(String::new()),
            busy: RwSignal::new(false),
            error: RwSignal::new(None),
            last_touch: StoredValue::new(js_sys::Date::now()),
            expires: StoredValue::new(f64::INFINITY),
            renew_at: StoredValue::new(f64::INFINITY),
        };
        if let Ok(handle) = set_interval_with_handle(
            move || k.tick(config, chat),
            std::time::Duration::from_secs(1),
        ) {
            on_cleanup(move || handle.clear());
        }
        k
    }

    pub fn started(&self) -> bool {
        self.started.get()
    }

    /// The root's classes for the session's display options. Tracked.
    pub fn classes(&self) -> [(bool, &'static str); 2] {
        [
            (self.contrast.get(), " sc-contrast"),
            (self.large.get(), " sc-large"),
        ]
    }

    /// A touch or a key: the customer is there.
    pub fn touched(&self) {
        self.last_touch.set_value(js_sys::Date::now());
        if self.warning.get_untracked().is_some() {
            self.warning.set(None);
        }
    }

    fn in_use(&self, config: WidgetConfig) -> bool {
        self.started.get_untracked() || config.session_token.get_untracked().is_some()
    }

    fn tick(&self, config: WidgetConfig, chat: Chat) {
        if !config.kiosk() || !self.in_use(config) {
            return;
        }
        let now = js_sys::Date::now();
        if now >= self.expires.get_value() {
            return end_session(config, chat);
        }
        // The token runs out before the customer is done: a new one, so that only the idle
        // warning (which asks first) ever ends a session in use — WCAG 2.2.1.
        if now >= self.renew_at.get_value() {
            self.renew_at.set_value(now + 5_000.0);
            let k = *self;
            leptos::task::spawn_local(async move {
                if let Ok(session) =
                    crate::api::call::<KioskSession>(config, KioskRenew::PATH, "").await
                {
                    // Unless the session ended meanwhile.
                    if config.session_token.get_untracked().is_some() {
                        k.keep(&session);
                        config.session_token.set(Some(session.token));
                    }
                }
            });
        }
        match self.warning.get_untracked() {
            Some(0 | 1) => end_session(config, chat),
            Some(left) => self.warning.set(Some(left - 1)),
            None => {
                let (idle, warning) = config.idle.get_untracked();
                if now - self.last_touch.get_value() >= f64::from(idle) * 1000.0 {
                    self.warning.set(Some(warning));
                    focus_later(config, ".sc-more-time");
                }
            }
        }
    }

    /// When `session` runs out, and when to renew it: a minute before (half its life if shorter).
    fn keep(&self, session: &KioskSession) {
        let (now, life) = (js_sys::Date::now(), session.expires_in as f64 * 1000.0);
        self.expires.set_value(now + life);
        self.renew_at
            .set_value(now + life - (life / 2.0).min(60_000.0));
    }

    fn signed_in(&self, config: WidgetConfig, session: KioskSession) {
        self.keep(&session);
        config.session_token.set(Some(session.token));
        self.step.set(Step::Phone);
        self.digits.set(String::new());
        self.started.set(true);
        // Everything personal is fetched for this customer.
        config.auth_version.update(|v| *v += 1);
        focus_later(config, ".sc-title");
    }
}

/// Ends a kiosk session at once (sign-out, or no answer to "more time?"): the conversation
/// is closed on the server with the session's token, speech stops, the token and the chosen
/// language are dropped, and every view and state of the session is disposed of and built
/// anew — the attract screen.
pub fn end_session(config: WidgetConfig, chat: Chat) {
    chat.leave(config);
    if let Some(speech) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        speech.cancel();
    }
    config.session_token.set(None);
    config.chosen_locale.set(None);
    config.session.update(|s| *s += 1);
    config
        .host
        .try_with_value(|h| crate::events::dispatch(h, "selfcare:session-ended", &[]));
    focus_later(config, ".sc-start");
}

/// The kiosk's own shop, for the attract screen: fetched once per page (not per session),
/// so that it still shows when the network is gone.
pub fn load_here(config: WidgetConfig, here: RwSignal<Option<StoresResponse>>) {
    Effect::new(move |_| {
        let (store, _) = (config.store.get(), config.reconnects.get());
        let Some(store) = store.filter(|_| config.kiosk() && here.get_untracked().is_none()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let body = form(&[
                ("radius_m", "1"),
                ("limit", "1"),
                ("open_now", "false"),
                ("in_stock", "false"),
                ("here", &store),
            ]);
            if let Ok(found) = public::<StoresResponse>(config, FindStores::PATH, &body).await {
                here.set(Some(found));
            }
        });
    });
}

/// The attract screen: the shop, its hours, "Start", and the languages.
pub fn attract(
    config: WidgetConfig,
    k: Kiosk,
    here: Option<StoresResponse>,
    tr: &Tr,
) -> impl IntoView {
    let shop = here
        .and_then(|h| h.stores.into_iter().find(|s| s.here))
        .map(|s| {
            view! {
                <div class="sc-shop">
                    <p class="sc-shop-name" translate="no">{s.name.clone()}</p>
                    <p class="sc-shop-open">{opening_text(tr, &s.opening, &s.time_zone)}</p>
                    {week_table(tr, &s)}
                </div>
            }
        });
    // The shop's country's languages and English: a kiosk is in one country, and a wall of
    // every language would bury them.
    let country = config.country_languages.get_untracked().unwrap_or_default();
    let ours: Vec<&'static str> = country
        .split(' ')
        .filter_map(|c| LOCALES.iter().copied().find(|l| *l == c))
        .collect();
    let shown: Vec<&'static str> = if ours.is_empty() {
        LOCALES.to_vec()
    } else {
        ours.iter()
            .copied()
            .chain((!ours.contains(&SOURCE_LOCALE)).then_some(SOURCE_LOCALE))
            .collect()
    };
    let languages = shown
        .into_iter()
        .map(|locale| {
            view! {
                <button class="sc-button sc-secondary" lang=locale translate="no" on:click=move |_| {
                    config.chosen_locale.set(Some(locale));
                    focus_later(config, ".sc-start");
                }>{crate::app::autonym(locale)}</button>
            }
        })
        .collect_view();
    view! {
        <div class="sc-attract">
            <p class="sc-attract-title">{tr.t("kiosk-welcome")}</p>
            <button class="sc-button sc-start" on:click=move |_| {
                k.touched();
                k.started.set(true);
                focus_later(config, ".sc-title");
            }>{tr.t("kiosk-start")}</button>
            <div class="sc-languages" role="group" aria-label=tr.t("language-switcher")>{languages}</div>
            {shop}
        </div>
    }
}

/// The session's tools: read aloud, high contrast, larger text, and finishing.
pub fn toolbar(
    config: WidgetConfig,
    k: Kiosk,
    chat: Chat,
    tr: &Tr,
    lang: &'static str,
) -> impl IntoView {
    let read = move |_| {
        let Some(speech) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
            return;
        };
        if k.reading.get_untracked() {
            speech.cancel();
            k.reading.set(false);
            return;
        }
        let text = config
            .host
            .with_value(|h| h.shadow_root())
            .and_then(|root| root.query_selector(".sc-body").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .map(|e| e.inner_text())
            .unwrap_or_default();
        if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) {
            utterance.set_lang(lang);
            let done =
                wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || k.reading.set(false));
            utterance.set_onend(Some(done.as_ref().unchecked_ref()));
            done.forget();
            speech.speak(&utterance);
            k.reading.set(true);
        }
    };
    let signed_in = config.session_token.get().is_some();
    let toggle = |signal: RwSignal<bool>, label: String| {
        view! { <button class="sc-button sc-secondary sc-toggle" aria-pressed=move || signal.get().to_string() on:click=move |_| signal.update(|v| *v = !*v)>{label}</button> }
    };
    view! {
        <div class="sc-kiosk-tools" role="group" aria-label=tr.attr("kiosk-tools", "aria-label")>
            <button class="sc-button sc-secondary sc-read" aria-pressed=move || k.reading.get().to_string() on:click=read>{tr.t("kiosk-read-aloud")}</button>
            {toggle(k.contrast, tr.t("kiosk-contrast"))}
            {toggle(k.large, tr.t("kiosk-larger-text"))}
            <button class="sc-button sc-finish" on:click=move |_| end_session(config, chat)>
                {tr.t(if signed_in { "kiosk-sign-out" } else { "kiosk-finish" })}
            </button>
        </div>
    }
}

/// "Do you need more time?": at least twenty seconds to answer, announced, any touch answers.
pub fn idle_warning(config: WidgetConfig, k: Kiosk, chat: Chat, tr: &Tr) -> impl IntoView {
    let left = k.warning.get()?;
    Some(view! {
        <div class="sc-overlay">
            <div class="sc-dialog" role="alertdialog" aria-modal="true" aria-labelledby="sc-idle-title" aria-describedby="sc-idle-body">
                <p id="sc-idle-title" class="sc-dialog-title">{tr.t("kiosk-idle-title")}</p>
                <p id="sc-idle-body">{tr.t_with("kiosk-idle-body", &[("seconds", Arg::Number(f64::from(left)))])}</p>
                <button class="sc-button sc-more-time" on:click=move |_| k.touched()>{tr.t("kiosk-idle-more")}</button>
                <button class="sc-button sc-secondary" on:click=move |_| end_session(config, chat)>{tr.t("kiosk-finish")}</button>
            </div>
        </div>
    })
}

/// Signing in at the kiosk: the phone number and the code on an on-screen keypad (a
/// keyboard types too), or a QR code to approve on a phone.
pub fn sign_in(config: WidgetConfig, k: Kiosk, tr: &Tr) -> impl IntoView {
    let step = k.step.get();
    let error = k.error.get().map(|e| error_alert(tr, e, None));
    let code_step = matches!(step, Step::Code(_));
    let (title, hint) = match &step {
        Step::Phone => (tr.t("kiosk-signin-title"), tr.t("kiosk-phone-hint")),
        Step::Code(c) => (
            tr.t("kiosk-code-title"),
            tr.t_with(
                "kiosk-code-sent",
                &[("number", Arg::Text(&c.masked_number))],
            ),
        ),
        Step::Qr(_) => (tr.t("kiosk-qr-title"), tr.t("kiosk-qr-hint")),
    };
    let max = if code_step { 6 } else { 15 };
    let keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]
        .into_iter()
        .map(|d| {
            view! {
                <button class="sc-key" on:click=move |_| k.digits.update(|s| if s.len() < max { s.push_str(d) })>{d}</button>
            }
        })
        .collect_view();
    let submit = move |_| k.submit(config);
    let keypad = (!matches!(step, Step::Qr(_))).then(|| {
        let label = tr.t(if code_step { "kiosk-code-label" } else { "kiosk-phone-label" });
        view! {
            <label class="sc-field">
                <span>{label}</span>
                <input class="sc-digits" type="text" inputmode="none" autocomplete="off" dir="ltr" aria-describedby="sc-signin-hint"
                    prop:value=move || k.digits.get()
                    on:input=move |e| {
                        // Digits only, and a leading "+" for an international number.
                        let typed = event_target_value(&e);
                        let digits: String = typed.chars().filter(char::is_ascii_digit).take(max).collect();
                        k.digits.set(if !code_step && typed.trim_start().starts_with('+') { format!("+{digits}") } else { digits });
                    }
                    on:keydown=move |e: ev::KeyboardEvent| if e.key() == "Enter" { k.submit(config) } />
            </label>
            <div class="sc-keypad" dir="ltr">
                {keys}
                <button class="sc-key" aria-label=tr.attr("kiosk-delete", "aria-label") on:click=move |_| k.digits.update(|s| { s.pop(); })>
                    <span aria-hidden="true">"⌫"</span>
                </button>
            </div>
            <button class="sc-button sc-confirm" aria-disabled=move || k.busy.get().to_string() on:click=submit>
                {tr.t(if code_step { "kiosk-code-submit" } else { "kiosk-phone-submit" })}
            </button>
        }
    });
    let qr = if let Step::Qr(p) = &step {
        Some(qr_view(tr, &p.link, "kiosk-qr-label"))
    } else {
        None
    };
    let phone_step = step == Step::Phone;
    let other = view! {
        <button class="sc-button sc-secondary" on:click=move |_| if phone_step { k.start_pairing(config) } else { k.restart(config) }>
            {tr.t(if phone_step { "kiosk-qr-start" } else { "kiosk-start-again" })}
        </button>
    };
    view! {
        <section class="sc-signin" aria-labelledby="sc-signin-title">
            <h3 id="sc-signin-title" class="sc-section-title" tabindex="-1">{title}</h3>
            <p id="sc-signin-hint">{hint}</p>
            {error}
            {qr}
            {keypad}
            {other}
        </section>
    }
}

impl Kiosk {
    fn restart(&self, config: WidgetConfig) {
        self.step.set(Step::Phone);
        self.digits.set(String::new());
        self.error.set(None);
        focus_later(config, "#sc-signin-title");
    }

    fn submit(&self, config: WidgetConfig) {
        if self.busy.get_untracked() {
            return;
        }
        let k = *self;
        let digits = k.digits.get_untracked();
        let step = k.step.get_untracked();
        k.busy.set(true);
        leptos::task::spawn_local(async move {
            let result = match step {
                Step::Phone => {
                    let country = config.country.get_untracked().unwrap_or_default();
                    let store = config.store.get_untracked().unwrap_or_default();
                    let mut args = vec![("phone", digits.as_str()), ("country", country.as_str())];
                    if !store.is_empty() {
                        args.push(("store", &store));
                    }
                    public::<KioskChallenge>(config, KioskSignIn::PATH, &form(&args))
                        .await
                        .map(|c| {
                            k.step.set(Step::Code(c));
                            k.digits.set(String::new());
                            // Straight to the code; its description says where it was sent.
                            focus_later(config, ".sc-digits");
                        })
                }
                Step::Code(c) => public::<KioskSession>(
                    config,
                    KioskVerify::PATH,
                    &form(&[("challenge", &c.challenge), ("code", &digits)]),
                )
                .await
                .map(|session| k.signed_in(config, session)),
                Step::Qr(_) => Ok(()),
            };
            k.busy.set(false);
            k.error.set(result.err());
            if k.error.get_untracked().is_some() {
                focus_later(config, ".sc-signin .sc-error");
            }
        });
    }

    /// Shows a QR code to scan with a signed-in phone, and asks every two seconds whether the
    /// phone approved (until it did, the pairing expired, or the session ended).
    fn start_pairing(&self, config: WidgetConfig) {
        let k = *self;
        leptos::task::spawn_local(async move {
            let store = config.store.get_untracked().unwrap_or_default();
            let args = if store.is_empty() {
                Vec::new()
            } else {
                vec![("store", store.as_str())]
            };
            match public::<KioskPairing>(config, KioskPair::PATH, &form(&args)).await {
                Ok(pairing) => {
                    k.error.set(None);
                    k.step.set(Step::Qr(pairing));
                    focus_later(config, "#sc-signin-title");
                    k.poll(config);
                }
                Err(e) => k.error.set(Some(e)),
            }
        });
    }

    fn poll(&self, config: WidgetConfig) {
        let k = *self;
        set_timeout(
            move || {
                // The session ended (its signals are gone) or the customer went back.
                let Some(Step::Qr(p)) = k.step.try_get_untracked() else {
                    return;
                };
                leptos::task::spawn_local(async move {
                    match public::<PairingStatus>(
                        config,
                        KioskPairPoll::PATH,
                        &form(&[("pairing", &p.pairing), ("secret", &p.secret)]),
                    )
                    .await
                    {
                        Ok(PairingStatus {
                            session: Some(session),
                        }) if k.step.try_get_untracked().is_some() => k.signed_in(config, session),
                        Ok(_) | Err(ErrorId::Network | ErrorId::Unavailable) => k.poll(config),
                        // The code on screen expired unused: a new one.
                        Err(ErrorId::PairingNotFound) if k.step.try_get_untracked().is_some() => {
                            k.start_pairing(config)
                        }
                        Err(e) => {
                            if k.step.try_get_untracked().is_some() {
                                k.error.set(Some(e));
                            }
                        }
                    }
                });
            },
            std::time::Duration::from_secs(2),
        );
    }
}

/// A QR code of a link: the modules the server computed, drawn as one SVG path.
/// A QR code of a link, and the link written out (to type it, or to read it aloud).
pub fn qr_view(tr: &Tr, link: &PhoneLink, label: &str) -> impl IntoView {
    view! {
        {crate::stores::view::qr_svg(&link.qr_path, link.qr_size, tr.attr(label, "aria-label"))}
        <p class="sc-link-text" dir="ltr" translate="no">{link.url.clone()}</p>
    }
}

/// "Continue on your phone" (kiosk only): a QR code of a short-lived link to `view` (with a
/// shop and a product for `stores`), with nothing personal in it.
pub fn phone_link(
    config: WidgetConfig,
    tr: &Tr,
    view: &'static str,
    store: Option<String>,
    product: Option<String>,
) -> Option<impl IntoView> {
    if !config.kiosk() {
        return None;
    }
    let link = RwSignal::new(None::<Result<PhoneLink, ErrorId>>);
    let tr2 = send_wrapper::SendWrapper::new(tr.clone());
    let open = move |_| {
        let (store, product) = (store.clone(), product.clone());
        leptos::task::spawn_local(async move {
            let mut args = vec![("view", view)];
            if let Some(s) = &store {
                args.push(("store", s));
            }
            if let Some(p) = &product {
                args.push(("product", p));
            }
            link.set(Some(public(config, PhoneLinkFn::PATH, &form(&args)).await));
            focus_later(config, ".sc-phone-link p");
        });
    };
    let shown = move || {
        link.get().map(|l| match l {
            Ok(l) => (Some(view! { <div class="sc-phone-link">{qr_view(&tr2, &l, "kiosk-phone-qr")}<p tabindex="-1">{tr2.t("kiosk-phone-explained")}</p></div> }), None),
            Err(e) => (None, Some(error_alert(&tr2, e, None))),
        })
    };
    Some(view! {
        <button class="sc-button sc-secondary sc-phone" on:click=open>{tr.t("kiosk-phone")}</button>
        {shown}
    })
}

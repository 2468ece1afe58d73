//! What every feature's views use: focus that follows the customer, the sign-in notice, the
//! question before a destructive action, what an action did, and an error with its retry.
//! In the main module (every part reaches it), so kept small and not generic.

use crate::api::error_message;
use crate::config::WidgetConfig;
use crate::i18n::Tr;
use leptos::ev;
use leptos::prelude::*;
use selfcare_server_fns::api::ErrorId;
use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector` in this widget's shadow root, after the
/// next render (a re-rendered region has new elements) — unless the user has moved focus
/// elsewhere meanwhile: a quick Tab is never pulled back.
pub fn focus_later(config: WidgetConfig, selector: impl Into<String>) {
    let before = config
        .host
        .try_with_value(|h| h.shadow_root())
        .flatten()
        .and_then(|root| root.active_element());
    focus_within_frames(config, std::rc::Rc::from(selector.into()), before, 10);
}

/// Focuses `selector` as `focus_later` does, and brings it to the top of the view: what the
/// customer searched for starts where they look, not at the bottom edge of a phone.
pub fn focus_at_top(config: WidgetConfig, selector: &'static str) {
    focus_later(config, selector);
    request_animation_frame(move || {
        if let Some(e) = config
            .host
            .try_with_value(|h| h.shadow_root())
            .flatten()
            .and_then(|r| r.query_selector(selector).ok().flatten())
        {
            e.scroll_into_view();
        }
    });
}

/// Tries again on the next frames while the element is not rendered yet (a busy main thread
/// can paint before the view that holds it is built).
fn focus_within_frames(
    config: WidgetConfig,
    selector: std::rc::Rc<str>,
    before: Option<web_sys::Element>,
    frames: u32,
) {
    request_animation_frame(move || {
        let Some(root) = config.host.try_with_value(|h| h.shadow_root()).flatten() else {
            return;
        };
        // Focus is on another element than when this was asked for, and it is still on the
        // page: the user put it there.
        if let Some(now) = root.active_element() {
            if Some(&now) != before.as_ref() && now.is_connected() {
                return;
            }
        }
        match root
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            Some(element) => {
                let _ = element.focus();
            }
            None if frames > 0 => focus_within_frames(config, selector, before, frames - 1),
            None => {}
        }
    });
}

/// Nobody is signed in: what to do about it, and a button that asks the host page to open its
/// sign-in (`selfcare:sign-in-requested`; the widget has no login of its own).
pub fn sign_in_notice(config: WidgetConfig, tr: &Tr) -> impl IntoView {
    view! {
        <div class="sc-notice">
            <p class="sc-notice-title">{tr.t("signin-required-title")}</p>
            <p>{tr.t("signin-required-body")}</p>
            <button class="sc-button sc-primary sc-sign-in" on:click=move |_| {
                config.host.try_with_value(|h| crate::events::dispatch(h, "selfcare:sign-in-requested", &[]));
            }>{tr.t("signin-button")}</button>
        </div>
    }
}

/// A destructive action asks first, in place: its button becomes the question with "yes" and
/// "no" (focus on "no", the safe answer), and "no" gives the button back; after "yes" neither
/// is shown (the view that called it is rendered again with the outcome). `texts`: the
/// button, its accessible name (the item it acts on), the question, "yes", "no". One
/// type-erased view, not generic: it sits in lists, where each has ids of its own.
pub fn ask_first(
    config: WidgetConfig,
    class: &'static str,
    texts: [String; 5],
    act: std::sync::Arc<dyn Fn() + Send + Sync>,
) -> AnyView {
    // 0: the button, 1: the question, 2: acting.
    let state = RwSignal::new(0u8);
    let id = ASKS.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let (ask_id, button_id) = (format!("sc-ask-{id}"), format!("sc-asks-{id}"));
    let [label, name, question, yes, no] = texts;
    (move || {
        let now = state.get();
        let act = act.clone();
        let (keep, back) = (format!("#{ask_id} .sc-keep"), format!("#{button_id}"));
        (
            (now == 1).then(|| {
                view! {
                    <div class="sc-ask" id=ask_id.clone() role="group" aria-label=question.clone()>
                        <p>{question.clone()}</p>
                        <button class="sc-button sc-danger" on:click=move |_| {
                            state.set(2);
                            act();
                        }>{yes.clone()}</button>
                        <button class="sc-button sc-secondary sc-keep" on:click=move |_| {
                            state.set(0);
                            focus_later(config, back.clone());
                        }>{no.clone()}</button>
                    </div>
                }
            }),
            (now == 0).then(|| {
                view! {
                    <button class=format!("sc-button sc-secondary {class}") id=button_id.clone() aria-label=name.clone() on:click=move |_| {
                        state.set(1);
                        focus_later(config, keep.clone());
                    }>{label.clone()}</button>
                }
            }),
        )
    })
    .into_any()
}

thread_local! {
    /// Numbers `ask_first`'s ids, unique in the page.
    static ASKS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Says what an action did, in the panel's live region (and on screen), until the customer
/// goes elsewhere.
pub fn said(config: WidgetConfig, text: String) {
    config.said.set(Some(text));
}

/// What a retry button does.
pub type Retry = Option<Box<dyn Fn(ev::MouseEvent)>>;

/// An error the server (or the network) answered with, in words, and a retry when one helps.
/// Not generic over the retry: one copy of its code, however many places show an error.
pub fn error_alert(tr: &Tr, error: ErrorId, retry: Retry) -> impl IntoView {
    let retry = retry.map(|retry| view! { <button class="sc-button sc-retry" on:click=retry>{tr.t("retry")}</button> });
    view! {
        <div class="sc-error" role="alert">
            <p>{tr.t(error_message(error))}</p>
            {retry}
        </div>
    }
}

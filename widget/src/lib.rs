//! The Selfcare widget: a Leptos application mounted by the `<selfcare-widget>` custom element
//! (`widget/js/selfcare-widget.js`) into its shadow root.
//!
//! The element calls [`mount`] once the WebAssembly module is loaded; the returned
//! [`WidgetHandle`] carries attribute changes in and tears everything down on removal.

// Outside the kiosk bundle the kiosk's views are `()`, passed along like the others.
#![cfg_attr(
    not(feature = "kiosk"),
    allow(clippy::let_unit_value, clippy::unit_arg)
)]

mod api;
mod app;
mod chat;
mod config;
mod events;
mod fetched;
mod format;
mod i18n;
#[cfg_attr(not(feature = "kiosk"), path = "kiosk/off.rs")]
mod kiosk;
mod network;
mod pairing;
#[cfg_attr(feature = "kiosk", path = "partners/off.rs")]
mod partners;
mod parts;
mod stores;
mod tariff;
mod ui;
mod usage;

use config::WidgetConfig;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

// Talc: less code than the default allocator (dlmalloc), and faster; one widget, one thread.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// One mounted widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    config: WidgetConfig,
    owner: Owner,
    view: Option<Box<dyn std::any::Any>>,
}

/// Mounts a widget into `container` (a `<div>` in `host`'s shadow root).
///
/// `attributes` holds the element's attributes at mount time, `asset_base` the URL of the
/// folder the widget is served from (its messages are there), `script_origin` the origin of
/// the module script (the default API origin).
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    container: HtmlElement,
    attributes: JsValue,
    asset_base: String,
    script_origin: String,
) -> WidgetHandle {
    let owner = Owner::new();
    let (config, view) = owner.with(|| {
        let config = WidgetConfig::new(host, &attributes, asset_base, script_origin);
        let view =
            leptos::mount::mount_to(container, move || view! { <app::Root config=config /> });
        (config, Box::new(view) as Box<dyn std::any::Any>)
    });
    WidgetHandle {
        config,
        owner,
        view: Some(view),
    }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// An observed attribute changed (`value` is `None` when it was removed).
    pub fn set_attribute(&self, name: &str, value: Option<String>) {
        self.owner.with(|| self.config.set_attribute(name, value));
    }

    /// The host gave a new token or token function: reload what depends on the customer.
    pub fn auth_changed(&self) {
        self.config.auth_version.update(|v| *v += 1);
    }

    /// Removes the view and disposes of every signal, effect, listener and timer it owns.
    pub fn unmount(&mut self) {
        self.view.take();
        self.owner.cleanup();
    }
}

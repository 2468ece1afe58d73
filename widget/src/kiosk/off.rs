//! Kiosk mode in the website and portal bundle: nothing. Kiosks load the kiosk bundle (built
//! with the feature `kiosk`, `kiosk/mod.rs`); this keeps its code out of every other customer's
//! download. Same names, no views, no state.

use crate::chat::Chat;
use crate::config::WidgetConfig;
use crate::i18n::Tr;
use leptos::prelude::RwSignal;
use selfcare_server_fns::api::StoresResponse;

#[derive(Clone, Copy)]
pub struct Kiosk;

impl Kiosk {
    pub fn new(_: WidgetConfig, _: Chat) -> Kiosk {
        Kiosk
    }

    pub fn touched(&self) {}

    /// Classes for the session's display options (none here).
    pub fn classes(&self) -> [(bool, &'static str); 2] {
        [(false, ""), (false, "")]
    }

    pub fn started(&self) -> bool {
        true
    }
}

pub fn load_here(_: WidgetConfig, _: RwSignal<Option<StoresResponse>>) {}
pub fn attract(_: WidgetConfig, _: Kiosk, _: Option<StoresResponse>, _: &Tr) {}
pub fn toolbar(_: WidgetConfig, _: Kiosk, _: Chat, _: &Tr, _: &'static str) {}
pub fn idle_warning(_: WidgetConfig, _: Kiosk, _: Chat, _: &Tr) {}
pub fn sign_in(_: WidgetConfig, _: Kiosk, _: &Tr) {}
pub fn phone_link(_: WidgetConfig, _: &Tr, _: &'static str, _: Option<String>, _: Option<String>) {}

//! The network: an offline notice, and what failed offline fetched again by itself when the
//! connection returns (`WidgetConfig::reconnects`).

use crate::config::WidgetConfig;
use crate::i18n::Tr;
use leptos::ev;
use leptos::prelude::*;

/// Watches the network: an offline notice, and everything that failed is fetched again when
/// it returns.
pub fn watch_network(config: WidgetConfig) {
    let offline = window_event_listener(ev::offline, move |_| config.online.set(false));
    let online = window_event_listener(ev::online, move |_| {
        config.online.set(true);
        config.reconnects.update(|n| *n += 1);
    });
    on_cleanup(move || {
        offline.remove();
        online.remove();
    });
}

/// The offline notice (every mode).
pub fn offline_notice(config: WidgetConfig, tr: &Tr) -> Option<impl IntoView> {
    (!config.online.get()).then(|| {
        view! {
            <div class="sc-offline" role="status">
                <p class="sc-notice-title">{tr.t("offline-title")}</p>
                <p>{tr.t("offline-body")}</p>
            </div>
        }
    })
}

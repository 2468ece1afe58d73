//! The widget's frame: language and direction, the launcher, the panel header with the
//! language switcher, and the features the host asked for.

use crate::config::{Mode, WidgetConfig};
use crate::events::dispatch;
use crate::i18n::I18n;
use crate::usage::UsageView;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use selfcare_i18n::LOCALES;

/// Each language named in itself, as language switchers do.
fn autonym(locale: &str) -> &'static str {
    match locale {
        "fr" => "Français",
        "ar" => "العربية",
        _ => "English",
    }
}

#[component]
pub fn App(config: WidgetConfig) -> impl IntoView {
    provide_context(config);
    let i18n = I18n::new(config);
    provide_context(i18n);

    // `selfcare:ready` once, when the first messages are in.
    let announced = StoredValue::new(false);
    Effect::new(move |_| {
        if i18n.ready() && !announced.get_value() {
            announced.set_value(true);
            config.host.with_value(|h| dispatch(h, "selfcare:ready", &[("locale", i18n.lang())]));
        }
    });

    let open = RwSignal::new(false);
    let launcher_ref = NodeRef::<html::Button>::new();
    let title_ref = NodeRef::<html::H2>::new();
    let expanded = move || !config.launcher.get() || open.get();

    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if open.get_untracked() {
            // Focus the panel's title so a screen reader announces where the user is.
            request_animation_frame(move || {
                if let Some(title) = title_ref.get_untracked() {
                    let _ = title.focus();
                }
            });
        }
    };
    let close = move || {
        open.set(false);
        if let Some(button) = launcher_ref.get_untracked() {
            let _ = button.focus();
        }
    };
    let on_keydown = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" && config.launcher.get_untracked() && open.get_untracked() {
            e.stop_propagation();
            close();
        }
    };

    let root_class = move || {
        let mode = match config.mode.get() {
            Mode::Website => "sc-root sc-website",
            Mode::Kiosk => "sc-root sc-kiosk",
            Mode::Portal => "sc-root sc-portal",
        };
        if config.launcher.get() { format!("{mode} sc-with-launcher") } else { mode.to_owned() }
    };

    view! {
        <div class=root_class lang=move || i18n.lang() dir=move || i18n.dir() on:keydown=on_keydown>
            <Show when=move || config.launcher.get()>
                <button
                    class="sc-launcher"
                    node_ref=launcher_ref
                    aria-expanded=move || open.get().to_string()
                    aria-controls="sc-panel"
                    aria-label=move || i18n.attr("launcher-open", "aria-label")
                    on:click=toggle
                >
                    <span class="sc-launcher-icon" aria-hidden="true"></span>
                    <span class="sc-launcher-text">{move || i18n.t("launcher-open")}</span>
                </button>
            </Show>
            <section
                id="sc-panel"
                class="sc-panel"
                hidden=move || !expanded()
                aria-label=move || i18n.attr("widget-region", "aria-label")
            >
                {move || {
                    if i18n.failed() {
                        // Without messages there are no words to show: a retry icon whose
                        // name is the one text the widget carries in itself.
                        view! {
                            <button class="sc-retry-icon" aria-label="Retry" on:click=move |_| i18n.retry()>
                                <span aria-hidden="true">"↻"</span>
                            </button>
                        }.into_any()
                    } else if !i18n.ready() {
                        view! { <div class="sc-spinner" role="status" aria-busy="true"></div> }.into_any()
                    } else {
                        view! {
                            <header class="sc-header">
                                <h2 class="sc-title" tabindex="-1" node_ref=title_ref>{move || i18n.t("widget-title")}</h2>
                                <LanguageSwitcher />
                                <Show when=move || config.launcher.get()>
                                    <button
                                        class="sc-close"
                                        aria-label=move || i18n.attr("launcher-close", "aria-label")
                                        on:click=move |_| close()
                                    >
                                        <span aria-hidden="true">"×"</span>
                                    </button>
                                </Show>
                            </header>
                            <div class="sc-body">
                                <Show when=move || config.features.get().usage>
                                    <UsageView />
                                </Show>
                            </div>
                        }.into_any()
                    }
                }}
            </section>
        </div>
    }
}

#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let on_change = move |e: ev::Event| {
        let value = event_target_value(&e);
        if let Some(locale) = LOCALES.iter().find(|l| **l == value) {
            i18n.chosen.set(Some(locale));
        }
    };
    view! {
        <label class="sc-language">
            <span class="sc-language-label">{move || i18n.t("language-switcher")}</span>
            <select on:change=on_change prop:value=move || i18n.lang()>
                {LOCALES
                    .iter()
                    .map(|locale| {
                        view! {
                            <option value=*locale lang=*locale translate="no" selected=move || i18n.lang() == *locale>
                                {autonym(locale)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

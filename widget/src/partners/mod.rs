//! Partner access, on the customer's own device (website mode): the partners who may act for
//! them (a reseller, a business partner's portal), withdrawing one at once, and letting one
//! act for them — for the things they tick — with a consent code they read out to it. The
//! server functions refuse a partner's or a kiosk's token: only the customer decides.
//!
//! Few views and closures, on purpose: every one costs the bundle (about 12 KiB brotli for a
//! first version with a reactive closure per checkbox and per withdraw button). The boxes are
//! plain form fields read when the form is sent, and one listener on the list serves every
//! withdraw button.

use crate::api::{call, form};
use crate::config::WidgetConfig;
use crate::format;
use crate::i18n::Tr;
use crate::ui::{error_alert, focus_later};
use leptos::ev;
use leptos::prelude::*;
use selfcare_i18n::Arg;
use selfcare_server_fns::api::{DelegationCode, DelegationGrant, ErrorId, PartnerInfo};
use selfcare_server_fns::partners::{
    DelegationPartners, GrantDelegation, ListDelegations, RevokeDelegation,
};
use server_fn::ServerFn;
use wasm_bindgen::JsCast;

/// The section's content: the part loaded when it is first opened (`parts.rs`).
pub(crate) mod view;

/// What a partner may be allowed to do, and the words for it.
const SCOPES: [(&str, &str); 4] = [
    ("usage:read", "partners-scope-usage"),
    ("tariffs:read", "partners-scope-plans"),
    ("tariffs:order", "partners-scope-order"),
    ("stores:reserve", "partners-scope-reserve"),
];

pub(crate) type Lists = (Vec<PartnerInfo>, Vec<DelegationGrant>);

/// The partners and the customer's delegations.
pub(crate) async fn lists(config: WidgetConfig) -> Result<Lists, ErrorId> {
    let partners = call::<Vec<PartnerInfo>>(config, DelegationPartners::PATH, "").await;
    let grants = call::<Vec<DelegationGrant>>(config, ListDelegations::PATH, "").await;
    partners.and_then(|p| grants.map(|g| (p, g)))
}

/// What the last action came to.
#[derive(Clone)]
enum Outcome {
    /// The partner (named) may no longer act for the customer.
    Withdrawn(String),
    /// Asked for a code without ticking anything the partner may do.
    NothingTicked,
    Failed(ErrorId),
}

#[derive(Clone, Copy)]
pub struct Partners {
    open: RwSignal<bool>,
    /// The partners and the customer's delegations, fetched when the section opens.
    lists: crate::fetched::Fetched<Option<Result<Lists, ErrorId>>>,
    version: RwSignal<u32>,
    /// The partner picked in the form (else the first).
    chosen: RwSignal<Option<String>>,
    code: RwSignal<Option<DelegationCode>>,
    outcome: RwSignal<Option<Outcome>>,
    busy: RwSignal<bool>,
    part: crate::parts::Part<crate::parts::PartnersPart>,
}

impl Partners {
    pub fn new(config: WidgetConfig) -> Partners {
        let open = RwSignal::new(false);
        let version = RwSignal::new(0);
        let part = crate::parts::partners();
        let lists = crate::fetched::Fetched::new(move || {
            let wanted = open.get();
            version.track();
            config.auth_version.track();
            config.reconnects.track();
            // The requests (and reading their answers) are the part's: asked once it is here.
            let ask = if wanted {
                Some(part.ready()?.lists)
            } else {
                None
            };
            Some(async move { Some(ask?(config).await) })
        });
        Partners {
            open,
            lists,
            version,
            chosen: RwSignal::new(None),
            code: RwSignal::new(None),
            outcome: RwSignal::new(None),
            busy: RwSignal::new(false),
            part,
        }
    }

    /// Withdraws `partner`'s access (one call at a time), then reads the lists again.
    fn withdraw(self, config: WidgetConfig, partner: String, name: String) {
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        leptos::task::spawn_local(async move {
            let answer = call::<Vec<DelegationGrant>>(
                config,
                RevokeDelegation::PATH,
                &form(&[("partner", &partner)]),
            )
            .await;
            self.busy.set(false);
            self.outcome.set(Some(
                answer.map_or_else(Outcome::Failed, |_| Outcome::Withdrawn(name)),
            ));
            self.version.update(|v| *v += 1);
            focus_later(config, "#sc-partners-title");
        });
    }

    /// Asks for a consent code for the chosen partner and the boxes ticked in the form.
    fn make_code(self, config: WidgetConfig, partner: String) {
        let root = config.host.try_with_value(|h| h.shadow_root()).flatten();
        let ticked = root.and_then(|r| r.query_selector_all(".sc-partners input:checked").ok());
        let ticked: Vec<String> = ticked.map_or_else(Vec::new, |list| {
            (0..list.length())
                .filter_map(|i| {
                    list.item(i)?
                        .dyn_into::<web_sys::Element>()
                        .ok()?
                        .get_attribute("value")
                })
                .collect()
        });
        if ticked.is_empty() {
            self.outcome.set(Some(Outcome::NothingTicked));
            return;
        }
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        self.outcome.set(None);
        let body = form(&[("partner", &partner), ("scopes", &ticked.join(" "))]);
        leptos::task::spawn_local(async move {
            let made = call::<DelegationCode>(config, GrantDelegation::PATH, &body).await;
            self.busy.set(false);
            match made {
                Ok(code) => {
                    self.code.set(Some(code));
                    focus_later(config, ".sc-consent-code");
                }
                Err(e) => self.outcome.set(Some(Outcome::Failed(e))),
            }
        });
    }
}

/// The words for a delegation's scopes, joined.
fn scope_words(tr: &Tr, scopes: &str) -> String {
    SCOPES
        .iter()
        .filter(|(s, _)| scopes.split_whitespace().any(|x| x == *s))
        .map(|(_, m)| tr.t(m))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The partner-access part of the usage view: a button that opens it, then the partners who
/// may act for the customer and the consent code (or the form for one), which are a part of
/// the application of their own (`parts.rs`), loaded when the button is first pointed at.
pub fn partners_section(config: WidgetConfig, p: Partners, tr: &Tr) -> impl IntoView {
    let open = p.open.get();
    let toggle = move |_| {
        p.open.update(|o| *o = !*o);
        if p.open.get_untracked() {
            p.part.asked(config);
            focus_later(config, "#sc-partners-title");
        }
    };
    let section = open.then(|| p.part.view(config, tr, |part| (part.panel)(config, p, tr)));
    view! {
        <button class="sc-button sc-secondary sc-partners-toggle" aria-expanded=open.to_string() aria-controls="sc-partners" on:click=toggle on:pointerenter=move |_| p.part.start(config) on:focus=move |_| p.part.start(config)>
            {tr.t("partners-title")}
        </button>
        {section}
    }
}

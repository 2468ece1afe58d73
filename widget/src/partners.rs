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
use crate::ui::{error_alert, focus_later};
use crate::config::WidgetConfig;
use crate::format;
use crate::i18n::Tr;
use leptos::ev;
use leptos::prelude::*;
use selfcare_i18n::Arg;
use selfcare_server_fns::api::{DelegationCode, DelegationGrant, ErrorId, PartnerInfo};
use selfcare_server_fns::partners::{DelegationPartners, GrantDelegation, ListDelegations, RevokeDelegation};
use server_fn::ServerFn;
use wasm_bindgen::JsCast;

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
            let ask = if wanted { Some(part.ready()?.lists) } else { None };
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
            let answer = call::<Vec<DelegationGrant>>(config, RevokeDelegation::PATH, &form(&[("partner", &partner)])).await;
            self.busy.set(false);
            self.outcome.set(Some(answer.map_or_else(Outcome::Failed, |_| Outcome::Withdrawn(name))));
            self.version.update(|v| *v += 1);
            focus_later(config, "#sc-partners-title");
        });
    }

    /// Asks for a consent code for the chosen partner and the boxes ticked in the form.
    fn make_code(self, config: WidgetConfig, partner: String) {
        let root = config.host.try_with_value(|h| h.shadow_root()).flatten();
        let ticked = root.and_then(|r| r.query_selector_all(".sc-partners input:checked").ok());
        let ticked: Vec<String> = ticked.map_or_else(Vec::new, |list| {
            (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok()?.get_attribute("value")).collect()
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
    SCOPES.iter().filter(|(s, _)| scopes.split_whitespace().any(|x| x == *s)).map(|(_, m)| tr.t(m)).collect::<Vec<_>>().join(" · ")
}

/// The partner-access part of the usage view: a button that opens it, then the partners who
/// may act for the customer and the consent code (or the form for one), which are a part of
/// the application of their own (`parts.rs`), loaded when the button is first pointed at.
pub fn partners_section(config: WidgetConfig, p: Partners, tr: &Tr) -> impl IntoView {
    let open = p.open.get();
    let toggle = move |_| {
        p.open.update(|o| *o = !*o);
        if p.open.get_untracked() {
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

/// The partners who may act for the customer and the consent code (or the form for one).
pub fn panel(config: WidgetConfig, p: Partners, tr: &Tr) -> impl IntoView {
    let (partners, grants, failed) = match p.lists.get().flatten() {
        Some(Ok((partners, grants))) => (partners, Some(grants), None),
        Some(Err(e)) => (Vec::new(), None, Some(e)),
        None => (Vec::new(), None, None),
    };
    // One line of news: loading, withdrawn, nothing ticked (an alert).
    let (news, alert) = match p.outcome.get() {
        _ if grants.is_none() && failed.is_none() => (Some(tr.t("loading")), false),
        Some(Outcome::Withdrawn(name)) => (Some(tr.t_with("partners-withdrawn", &[("partner", Arg::Text(&name))])), false),
        Some(Outcome::NothingTicked) => (Some(tr.t("partners-choose")), true),
        _ => (None, false),
    };
    let error = match p.outcome.get() {
        Some(Outcome::Failed(e)) => Some(e),
        _ => failed,
    };
    let grants_view = grants.map(|g| granted(config, p, tr, &g));
    let code = p.code.get();
    let code_view = code.as_ref().map(|c| consent_code(config, p, tr, c));
    let form_view = (code.is_none() && !partners.is_empty()).then(|| code_form(config, p, tr, &partners));
    view! {
        <section id="sc-partners" class="sc-partners" aria-labelledby="sc-partners-title">
            <h4 id="sc-partners-title" class="sc-section-title" tabindex="-1">{tr.t("partners-title")}</h4>
            <p>{tr.t("partners-intro")}</p>
            {news.map(|text| view! { <p class="sc-notice" role=if alert { "alert" } else { "status" }>{text}</p> })}
            {error.map(|e| error_alert(tr, e, None))}
            {grants_view}
            {code_view}
            {form_view}
        </section>
    }
}

/// The partners who may act for the customer, each with "withdraw access", which asks first.
fn granted(config: WidgetConfig, p: Partners, tr: &Tr, grants: &[DelegationGrant]) -> impl IntoView {
    let items = grants
        .iter()
        .map(|g| {
            let until = tr.t_with("partners-until", &[("date", Arg::Text(&format::date(&tr.fl, g.expires_at.get(..10).unwrap_or_default())))]);
            let (partner, name) = (g.partner.clone(), g.partner_name.clone());
            let ask = [
                tr.t("partners-withdraw"),
                tr.label("partners-withdraw", &[("partner", Arg::Text(&g.partner_name))]),
                tr.t_with("partners-withdraw-ask", &[("partner", Arg::Text(&g.partner_name))]),
                tr.t("partners-withdraw-yes"),
                tr.t("partners-withdraw-keep"),
            ];
            let withdraw = crate::ui::ask_first(config, "sc-withdraw", ask, std::sync::Arc::new(move || p.withdraw(config, partner.clone(), name.clone())));
            view! {
                <li class="sc-card sc-grant">
                    <p class="sc-card-title">{g.partner_name.clone()}</p>
                    <p>{scope_words(tr, &g.scopes)}</p>
                    <p>{until}</p>
                    {withdraw}
                </li>
            }
        })
        .collect_view();
    let none = grants.is_empty().then(|| tr.t("partners-none"));
    view! {
        <h5 class="sc-subtitle">{tr.t("partners-granted")}</h5>
        <ul class="sc-card-list">{items}</ul>
        {none.map(|text| view! { <p>{text}</p> })}
    }
}

/// The code once made: in pairs of three on screen, digit by digit for a screen reader.
fn consent_code(config: WidgetConfig, p: Partners, tr: &Tr, code: &DelegationCode) -> impl IntoView {
    let digits = &code.code;
    let shown = format!("{} {}", digits.get(..3).unwrap_or_default(), digits.get(3..).unwrap_or_default());
    let spelled = digits.chars().map(String::from).collect::<Vec<_>>().join(" ");
    let done = move |_| {
        // The partner is listed once it has used the code: read the list again.
        p.code.set(None);
        p.version.update(|v| *v += 1);
        focus_later(config, ".sc-partner-select");
    };
    view! {
        <h5 class="sc-subtitle">{tr.t("partners-new")}</h5>
        <div class="sc-consent">
            <p>{tr.t_with("partners-code-for", &[("partner", Arg::Text(&code.partner_name))])}</p>
            <p class="sc-consent-code" tabindex="-1">
                <span aria-hidden="true" dir="ltr">{shown}</span>
                <span class="sc-visually-hidden">{spelled}</span>
            </p>
            <p>{scope_words(tr, &code.scopes)}</p>
            <p>{tr.t("partners-code-help")}</p>
            <button class="sc-button sc-secondary" on:click=done>{tr.t("partners-done")}</button>
        </div>
    }
}

/// The partner and what it may do (plain boxes, none ticked), and the button for a code.
fn code_form(config: WidgetConfig, p: Partners, tr: &Tr, partners: &[PartnerInfo]) -> impl IntoView {
    let chosen = p.chosen.get().and_then(|id| partners.iter().find(|x| x.id == id)).or(partners.first()).cloned();
    let chosen_id = chosen.as_ref().map(|c| c.id.clone()).unwrap_or_default();
    let allowed = chosen.map(|c| c.scopes).unwrap_or_default();
    let options = partners.iter().map(|x| view! { <option value=x.id.clone() selected=x.id == chosen_id>{x.name.clone()}</option> }).collect_view();
    let boxes = SCOPES
        .iter()
        .filter(|(s, _)| allowed.split_whitespace().any(|x| x == *s))
        .map(|&(scope, message)| view! { <label class="sc-check"><input type="checkbox" value=scope/><span>{tr.t(message)}</span></label> })
        .collect_view();
    let on_partner = move |e: ev::Event| {
        p.chosen.set(Some(event_target_value(&e)));
        focus_later(config, ".sc-partner-select");
    };
    view! {
        <h5 class="sc-subtitle">{tr.t("partners-new")}</h5>
        <label class="sc-field">
            <span>{tr.t("partners-partner")}</span>
            <select class="sc-partner-select" on:change=on_partner>{options}</select>
        </label>
        <fieldset class="sc-fieldset">
            <legend>{tr.t("partners-scopes")}</legend>
            {boxes}
        </fieldset>
        <button class="sc-button sc-get-code" on:click=move |_| p.make_code(config, chosen_id.clone())>{tr.t("partners-get-code")}</button>
    }
}

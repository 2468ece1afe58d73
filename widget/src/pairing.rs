//! The phone's side of a kiosk's QR sign-in: the kiosk's link opens the site with `pairing`
//! set, and the customer signed in there sees which shop's kiosk asks and approves it (or not).

use crate::api::{call, form};
use crate::config::WidgetConfig;
use crate::i18n::Tr;
use crate::ui::{error_alert, focus_later};
use leptos::prelude::*;
use selfcare_i18n::Arg;
use selfcare_server_fns::api::{ErrorId, PairingInfo};
use selfcare_server_fns::kiosk::{KioskPairApprove, KioskPairInfo};
use server_fn::ServerFn;

/// The phone's side of a QR sign-in, once the page has one (`pairing`): its part of the
/// application is loaded then, and asks which shop's kiosk it is.
pub struct Pairing {
    part: crate::parts::Part<crate::parts::PairingPart>,
    info: crate::fetched::Fetched<Option<Result<PairingInfo, ErrorId>>>,
    approved: RwSignal<Option<Result<(), ErrorId>>>,
}

impl Clone for Pairing {
    fn clone(&self) -> Self {
        *self
    }
}
impl Copy for Pairing {}

impl Pairing {
    pub fn new(config: WidgetConfig) -> Pairing {
        let part = crate::parts::pairing();
        Pairing {
            part,
            info: pairing_info(config, part),
            approved: RwSignal::new(None),
        }
    }

    /// The notice asking to approve the kiosk (tracked), when the page has a sign-in to approve.
    pub fn view(self, config: WidgetConfig, tr: &Tr) -> Option<AnyView> {
        config.pairing.get()?;
        Some(self.part.view(config, tr, |part| {
            (part.approve)(config, tr, self.info.get().flatten(), self.approved)
        }))
    }
}

/// The phone's side of a QR sign-in (`pairing`): which shop's kiosk asks, approve or not.
pub fn approve_pairing(
    config: WidgetConfig,
    tr: &Tr,
    info: Option<Result<PairingInfo, ErrorId>>,
    done: RwSignal<Option<Result<(), ErrorId>>>,
) -> Option<impl IntoView> {
    let pairing = config.pairing.get()?;
    let dismiss = move |_| config.pairing.set(None);
    let body = match (done.get(), info) {
        (Some(Ok(())), _) => (Some(tr.t("kiosk-approved")), None, None),
        (Some(Err(e)), _) | (None, Some(Err(e))) => (None, Some(error_alert(tr, e, None)), None),
        (None, Some(Ok(info))) => {
            let text = match &info.store_name {
                Some(name) => tr.t_with("kiosk-approve-store", &[("store", Arg::Text(name))]),
                None => tr.t("kiosk-approve"),
            };
            let approve = move |_| {
                let pairing = pairing.clone();
                leptos::task::spawn_local(async move {
                    done.set(Some(
                        call::<PairingInfo>(
                            config,
                            KioskPairApprove::PATH,
                            &form(&[("pairing", &pairing)]),
                        )
                        .await
                        .map(|_| ()),
                    ));
                    focus_later(config, ".sc-pairing p");
                });
            };
            (
                Some(text),
                None,
                Some(
                    view! { <button class="sc-button sc-approve" on:click=approve>{tr.t("kiosk-approve-button")}</button> },
                ),
            )
        }
        (None, None) => (Some(tr.t("signin-required-body")), None, None),
    };
    Some(view! {
        <section class="sc-notice sc-pairing" aria-labelledby="sc-pairing-title">
            <p id="sc-pairing-title" class="sc-notice-title">{tr.t("kiosk-approve-title")}</p>
            {body.0.map(|t| view! { <p tabindex="-1">{t}</p> })}
            {body.1}
            {body.2}
            <button class="sc-button sc-secondary" on:click=dismiss>{tr.t("kiosk-approve-dismiss")}</button>
        </section>
    })
}

/// What the phone asks before approving: the kiosk's shop (needs the customer signed in),
/// through the part.
fn pairing_info(
    config: WidgetConfig,
    part: crate::parts::Part<crate::parts::PairingPart>,
) -> crate::fetched::Fetched<Option<Result<PairingInfo, ErrorId>>> {
    crate::fetched::Fetched::new(move || {
        config.auth_version.track();
        let pairing = config.pairing.get();
        let ask = if pairing.is_some() {
            Some(part.ready()?.info)
        } else {
            None
        };
        Some(async move {
            let pairing = pairing?;
            crate::api::token(config, false).await?;
            Some(ask?(config, pairing).await)
        })
    })
}

/// The kiosk asking to sign the customer in.
pub fn info(config: WidgetConfig, pairing: String) -> crate::parts::Answer<PairingInfo> {
    Box::pin(
        async move { call(config, KioskPairInfo::PATH, &form(&[("pairing", &pairing)])).await },
    )
}

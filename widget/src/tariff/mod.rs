//! Tariff change and add-ons: the offers a line may take (with reasons for those it may not),
//! a side-by-side comparison, when the change takes effect and what it costs, the contract
//! summary, explicit consent, the order and its receipt. Reached from the usage view.
//!
//! The server decides eligibility and prices; the widget shows them. An order carries an
//! idempotency key made once per review: a double click, a retry after an error or a network
//! failure sends the same key and gets the same order.

use crate::api::{cancel_order, error_message, place_order};
use crate::config::WidgetConfig;
use crate::events::dispatch;
use crate::format;
use crate::i18n::{I18n, Tr};
use crate::ui::{error_alert, focus_later};
use crate::usage::UsageData;
use leptos::prelude::*;
use selfcare_i18n::Arg;
use selfcare_server_fns::api::{
    ErrorId, Offering, OffersResponse, OrderAction, Payment, ProductOrder, Qualification, ReasonId,
    Unavailability, When,
};

/// The flow's views: the part loaded when it is first opened (`parts.rs`).
pub(crate) mod view;

#[derive(Clone)]
#[allow(
    clippy::large_enum_variant,
    reason = "one step at a time, in one signal: boxing the receipt saves nothing"
)]
enum Step {
    Closed,
    Plans,
    Addons,
    /// Reviewing an offering, by id.
    Review(String),
    /// The order and what was ordered (its price, in whatever language is shown next).
    Receipt(ProductOrder, Offering),
}

/// The flow's state: signals only, `Copy`.
#[derive(Clone, Copy)]
pub struct Tariff {
    step: RwSignal<Step>,
    line: RwSignal<String>,
    offers: crate::fetched::Fetched<Option<Result<OffersResponse, ErrorId>>>,
    /// Up to two offerings compared with the current plan.
    compare: RwSignal<Vec<String>>,
    show_all: RwSignal<bool>,
    when: RwSignal<When>,
    consent: RwSignal<bool>,
    /// The idempotency key of the order being reviewed.
    key: StoredValue<String>,
    busy: RwSignal<bool>,
    error: RwSignal<Option<ErrorId>>,
    /// The flow's views, loaded when the customer first points at its buttons.
    pub part: crate::parts::Part<crate::parts::TariffPart>,
}

/// 128 random bits in hex, from the browser's CSPRNG (also outside secure contexts).
pub(crate) fn new_key() -> String {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Tariff {
    pub fn new(config: WidgetConfig, i18n: I18n) -> Tariff {
        let step = RwSignal::new(Step::Closed);
        let line = RwSignal::new(String::new());
        // Another customer, or nobody: the flow closes, so no one sees the previous customer's
        // offers, review or receipt (a shared kiosk, a partner switching customers).
        Effect::new(move |ran: Option<()>| {
            config.auth_version.track();
            if ran.is_some() {
                step.set(Step::Closed);
            }
        });
        let open = Memo::new(move |_| step.with(|s| !matches!(s, Step::Closed)));
        let part = crate::parts::tariff();
        let offers = crate::fetched::Fetched::new(move || {
            // Not tracking the token: a new customer closes the flow (below), which is what
            // stops this from asking again for the previous customer's line.
            let (open, line, locale) = (open.get(), line.get(), i18n.names_tag());
            // The request (and reading its answer) is the flow's part's: asked once it is here.
            let ask = if open {
                Some(part.ready()?.offers)
            } else {
                None
            };
            Some(async move { Some(ask?(config, line, locale).await) })
        });
        Tariff {
            step,
            line,
            offers,
            compare: RwSignal::new(Vec::new()),
            show_all: RwSignal::new(false),
            when: RwSignal::new(When::Now),
            consent: RwSignal::new(false),
            key: StoredValue::new(String::new()),
            busy: RwSignal::new(false),
            error: RwSignal::new(None),
            part,
        }
    }

    /// Is the flow shown (instead of the usage view)? Tracked.
    pub fn is_open(&self) -> bool {
        self.step.with(|s| !matches!(s, Step::Closed))
    }

    /// Back to the usage view (its tab pressed again).
    pub fn home(&self) {
        self.error.set(None);
        self.step.set(Step::Closed);
    }

    fn go(&self, config: WidgetConfig, step: Step) {
        self.error.set(None);
        config.said.set(None);
        self.step.set(step);
        self.part.asked(config);
        focus_later(config, "#sc-tariff-title");
    }

    /// Opens the plans (or add-ons) of `line`.
    pub fn open(&self, config: WidgetConfig, line: String, addons: bool) {
        self.line.set(line);
        self.compare.set(Vec::new());
        self.go(config, if addons { Step::Addons } else { Step::Plans });
    }

    fn close(&self, config: WidgetConfig, data: UsageData) {
        self.step.set(Step::Closed);
        data.refresh();
        focus_later(config, ".sc-change-plan");
    }
}

/// A pending change on the usage view, with its cancel button.
pub fn pending_notice(
    config: WidgetConfig,
    t: Tariff,
    data: UsageData,
    tr: &Tr,
    order: &ProductOrder,
) -> impl IntoView {
    let text = tr.t_with(
        "tariff-pending",
        &[
            ("plan", Arg::Text(&order.offering_name)),
            (
                "date",
                Arg::Text(&format::date(&tr.fl, &order.effective_date)),
            ),
        ],
    );
    let id = order.id.clone();
    let plan = order.offering_name.clone();
    let done = tr.t_with("tariff-pending-cancelled", &[("plan", Arg::Text(&plan))]);
    let cancel = move || {
        let (id, done) = (id.clone(), done.clone());
        leptos::task::spawn_local(async move {
            match cancel_order(config, id, config.channel()).await {
                Ok(_) => {
                    t.error.set(None);
                    crate::ui::said(config, done);
                    data.refresh();
                    focus_later(config, ".sc-change-plan");
                }
                Err(e) => {
                    // Shown when the usage view is rendered again with the line as it is now
                    // (the change may have taken effect meanwhile).
                    t.error.set(Some(e));
                    data.refresh();
                }
            }
        });
    };
    let error = t
        .error
        .get_untracked()
        .map(|e| view! { <p role="alert" class="sc-alert">{tr.t(error_message(e))}</p> });
    let ask = [
        tr.t("tariff-pending-cancel"),
        tr.t("tariff-pending-cancel"),
        tr.t_with("tariff-pending-ask", &[("plan", Arg::Text(&plan))]),
        tr.t("tariff-pending-yes"),
        tr.t("tariff-pending-keep"),
    ];
    view! {
        <div class="sc-notice sc-pending">
            <p>{text}</p>
            <p class="sc-muted" translate="no">{order.id.clone()}</p>
            {error}
            {crate::ui::ask_first(config, "sc-cancel-change", ask, std::sync::Arc::new(cancel))}
        </div>
    }
}

/// The buttons that open the flow for `line`.
pub fn entry_buttons(config: WidgetConfig, t: Tariff, tr: &Tr, line: &str) -> impl IntoView {
    let (a, b) = (line.to_owned(), line.to_owned());
    // Pointing at the buttons, or reaching them with Tab, starts loading the flow.
    view! {
        <div class="sc-actions" on:pointerover=move |_| t.part.start(config) on:focusin=move |_| t.part.start(config)>
            <button class="sc-button sc-change-plan" on:click=move |_| t.open(config, a.clone(), false)>{tr.t("tariff-change-plan")}</button>
            <button class="sc-button sc-secondary" on:click=move |_| t.open(config, b.clone(), true)>{tr.t("tariff-buy-addon")}</button>
        </div>
    }
}

/// An allowance: unlimited, not included, or an amount of `unit`.
fn allowance(tr: &Tr, value: Option<i64>, unit: fn(&str, i64) -> String) -> String {
    match value {
        None => tr.t("tariff-unlimited"),
        Some(0) => tr.t("tariff-not-included"),
        Some(v) => unit(&tr.fl, v),
    }
}

fn texts(locale: &str, n: i64) -> String {
    format::number(locale, n as f64)
}

/// What an offering costs and for how long: once, per 30 days (prepaid) or a month, and a
/// promotion with its end and the price after it.
pub(crate) fn price_text(tr: &Tr, o: &Offering, currency: &str) -> String {
    let id = match (o.is_addon, o.payment) {
        (true, _) => "tariff-price-once",
        (false, Payment::Prepaid) => "tariff-price-period",
        (false, Payment::Postpaid) => "tariff-price-month",
    };
    let price = |minor| {
        tr.t_with(
            id,
            &[("price", Arg::Text(&format::money(&tr.fl, currency, minor)))],
        )
    };
    promo_then(
        tr,
        o,
        price(o.promo_price.unwrap_or(o.price)),
        price(o.price),
    )
}

/// `first` while the offering's promotion lasts, then `after`; `after` alone without one.
fn promo_then(tr: &Tr, o: &Offering, first: String, after: String) -> String {
    match o
        .promo_months
        .filter(|_| o.promo_price.is_some() && !o.is_addon)
    {
        Some(months) => tr.t_with(
            "tariff-then",
            &[
                ("first", Arg::Text(&first)),
                ("months", Arg::Number(f64::from(months))),
                ("after", Arg::Text(&after)),
            ],
        ),
        None => after,
    }
}

/// A difference of price from the current plan, in words ("€5.00 less a month"): never a
/// signed amount.
fn difference_text(tr: &Tr, currency: &str, prepaid: bool, minor: i64) -> String {
    let id = match (minor.signum(), prepaid) {
        (0, _) => "tariff-same-price",
        (1, false) => "tariff-more-month",
        (1, true) => "tariff-more-period",
        (_, false) => "tariff-less-month",
        _ => "tariff-less-period",
    };
    tr.t_with(
        id,
        &[(
            "amount",
            Arg::Text(&format::money(&tr.fl, currency, minor.abs())),
        )],
    )
}

/// A one-off amount and where it goes: a charge or a credit on the next bill (for the `days`
/// left in the period, when prorated), taken from a prepaid balance, or nothing. Never a
/// negative "to pay".
fn one_off_text(tr: &Tr, currency: &str, minor: i64, prepaid: bool, days: Option<u32>) -> String {
    let id = match (minor.signum(), prepaid, days) {
        (0, ..) => "tariff-nothing-now",
        (1, true, _) => "tariff-balance-charge",
        (1, false, None) => "tariff-bill-charge",
        (1, false, Some(_)) => "tariff-charge-now",
        (_, _, None) => "tariff-bill-credit",
        _ => "tariff-credit-now",
    };
    let amount = format::money(&tr.fl, currency, minor.abs());
    tr.t_with(
        id,
        &[
            ("amount", Arg::Text(&amount)),
            ("days", Arg::Number(f64::from(days.unwrap_or(0)))),
        ],
    )
}

fn term_text(tr: &Tr, months: u32) -> String {
    if months == 0 {
        tr.t("tariff-term-none")
    } else {
        tr.t_with("tariff-term", &[("months", Arg::Number(f64::from(months)))])
    }
}

/// Why an offering can't be taken, in words (with the date it refers to).
pub(crate) fn reason_text(tr: &Tr, r: &Unavailability) -> String {
    let date = r
        .date
        .as_deref()
        .map(|d| format::date(&tr.fl, d))
        .unwrap_or_default();
    tr.t_with(reason_message(r.code), &[("date", Arg::Text(&date))])
}

fn reason_message(code: ReasonId) -> &'static str {
    match code {
        ReasonId::CurrentPlan => "reason-current-plan",
        ReasonId::Commitment => "reason-commitment",
        ReasonId::UnpaidBill => "reason-unpaid-bill",
        ReasonId::BusinessOnly => "reason-business-only",
        ReasonId::ConsumerOnly => "reason-consumer-only",
        ReasonId::NotOnline => "reason-not-online",
        ReasonId::NotInShops => "reason-not-in-shops",
        ReasonId::NotWithPartner => "reason-not-with-partner",
        ReasonId::PaymentChange => "reason-payment-change",
        ReasonId::RecentChange => "reason-recent-change",
        ReasonId::PendingChange => "reason-pending-change",
        ReasonId::InsufficientBalance => "reason-insufficient-balance",
    }
}

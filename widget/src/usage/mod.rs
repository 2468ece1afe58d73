//! Usage views: the signed-in customer's lines, the current cycle's buckets with projection
//! and alerts, daily use, past cycles and the contract — from one `get_usage` call.

use crate::api::{error_message, get_usage, token};
use crate::config::WidgetConfig;
use crate::events::dispatch;
use crate::format;
use crate::i18n::Tr;
use crate::partners::{partners_section, Partners};
use crate::tariff::{entry_buttons, pending_notice, Tariff};
use crate::ui::{error_alert, focus_later, sign_in_notice};
use chart::daily_chart;
use leptos::ev;
use leptos::prelude::*;
use selfcare_i18n::Arg;
use selfcare_server_fns::api::{
    Bucket, Contract, CycleSummary, ErrorId, LineUsage, Payment, PrepaidBalance, Profile, Renewal,
    Threshold, Unit, UsageResponse, UsageType,
};

/// The daily chart and its table.
mod chart;

/// What the usage view shows, fetched again when the host changes the token or the customer
/// picks another line.
#[derive(Clone, Copy)]
pub struct UsageData {
    /// `None` while loading; `Some(None)` when nobody is signed in.
    response: crate::fetched::Fetched<Option<Result<UsageResponse, ErrorId>>>,
    chosen_line: RwSignal<Option<String>>,
    show_table: RwSignal<bool>,
}

impl UsageData {
    /// Fetches the usage again (after an order or a cancellation).
    pub fn refresh(&self) {
        self.response.refetch();
    }

    /// Fetches the usage again if it shows `line` with another prepaid balance than the chat's
    /// card did (a recharge card's code typed in the chat).
    pub fn balance_seen(&self, line: &str, balance: Option<&PrepaidBalance>) {
        let other = self.response.get_untracked().flatten().is_some_and(|r| {
            r.is_ok_and(|u| {
                u.line.is_some_and(|l| {
                    l.cycle.line_id == line && l.contract.prepaid_balance.as_ref() != balance
                })
            })
        });
        if other {
            self.refresh();
        }
    }

    /// The line shown, once its usage has loaded. Tracked.
    pub fn line_id(&self) -> Option<String> {
        self.response.with(|r| match r {
            Some(Some(Ok(u))) => u.line.as_ref().map(|l| l.cycle.line_id.clone()),
            _ => None,
        })
    }

    /// `opened`: is the panel open (or was it)? Behind a launcher, the customer's usage is
    /// personal data nobody asked to see until then: it is fetched when the panel opens.
    pub fn new(config: WidgetConfig, i18n: crate::i18n::I18n, opened: Memo<bool>) -> UsageData {
        let chosen_line = RwSignal::new(None::<String>);
        let response = crate::fetched::Fetched::new(move || {
            if !opened.get() {
                return None;
            }
            config.auth_version.track();
            // What failed offline is fetched again when the network returns.
            config.reconnects.track();
            let line = chosen_line.get();
            // Plans and add-ons are named in the language shown, in its digits.
            let locale = i18n.names_tag();
            Some(async move {
                // Nothing personal is asked for without a customer.
                token(config, false).await?;
                let result = get_usage(config, line, &locale).await;
                if let Err(error) = &result {
                    config.host.try_with_value(|h| {
                        dispatch(h, "selfcare:error", &[("error", error_message(*error))])
                    });
                }
                Some(result)
            })
        });
        UsageData {
            response,
            chosen_line,
            show_table: RwSignal::new(false),
        }
    }
}

/// The chat and the tab switch that shows it, when the host asked for the chat: where a
/// prepaid customer types a recharge card's code.
pub type ToChat = Option<(crate::chat::Chat, RwSignal<Option<crate::app::Tab>>)>;

/// The usage region for the current messages and data (tracked: rendered again on change).
/// Its states are optional parts of one view rather than alternative views: less code.
/// `partners`: partner access, for a customer on their own device.
pub fn usage_body(
    config: WidgetConfig,
    data: UsageData,
    tariff: Option<Tariff>,
    partners: Option<Partners>,
    to_chat: ToChat,
    tr: &Tr,
) -> impl IntoView {
    let response = data.response.get();
    let signed_out = matches!(response, Some(None)).then(|| sign_in_notice(config, tr));
    let loading = response
        .is_none()
        .then(|| view! { <p class="sc-loading" role="status">{tr.t("loading")}</p> });
    let (error, answer) = match response.flatten() {
        Some(Err(error)) => (Some(error), None),
        Some(Ok(answer)) => (None, Some(answer)),
        None => (None, None),
    };
    let error =
        error.map(|error| error_alert(tr, error, Some(Box::new(move |_| data.response.refetch()))));
    let no_lines = answer
        .as_ref()
        .filter(|a| a.line.is_none())
        .map(|_| view! { <p class="sc-notice">{tr.t("no-lines")}</p> });
    let partners = answer
        .as_ref()
        .and(partners)
        .map(|p| partners_section(config, p, tr));
    let account = answer.and_then(|UsageResponse { profile, line }| {
        line.map(|line| account(config, data, tariff, to_chat, tr, profile, line))
    });
    view! {
        <section class="sc-usage" aria-labelledby="sc-usage-title">
            <h3 id="sc-usage-title" class="sc-section-title">{tr.t("usage-title")}</h3>
            {signed_out}
            {loading}
            {error}
            {no_lines}
            {account}
            {partners}
        </section>
    }
}

fn account(
    config: WidgetConfig,
    data: UsageData,
    tariff: Option<Tariff>,
    to_chat: ToChat,
    tr: &Tr,
    profile: Profile,
    line: LineUsage,
) -> impl IntoView {
    let picker = (profile.lines.len() > 1).then(|| {
        let options = profile
            .lines
            .iter()
            .map(|l| {
                let label = tr.t_with("usage-line-option", &[("plan", Arg::Text(&l.plan_name)), ("ending", Arg::Text(&l.number_ending))]);
                view! { <option value=l.id.clone() selected=l.id == line.cycle.line_id>{label}</option> }
            })
            .collect_view();
        let on_change = move |e: ev::Event| {
            data.chosen_line.set(Some(event_target_value(&e)));
            focus_later(config, ".sc-line-select");
        };
        view! {
            <label class="sc-field">
                <span>{tr.t("usage-line-picker")}</span>
                <select class="sc-line-select" on:change=on_change>{options}</select>
            </label>
        }
    });
    let currency = profile.currency;
    let tariff_parts = tariff.map(|t| {
        let pending = line
            .pending_change
            .as_ref()
            .map(|order| pending_notice(config, t, data, tr, order));
        (pending, entry_buttons(config, t, tr, &line.cycle.line_id))
    });
    let (pending, buttons) = tariff_parts.unzip();
    view! {
        {picker}
        {pending.flatten()}
        {buttons}
        {line_usage(config, tr, line, &currency, data.show_table, to_chat)}
    }
}

fn line_usage(
    config: WidgetConfig,
    tr: &Tr,
    line: LineUsage,
    currency: &str,
    show_table: RwSignal<bool>,
    to_chat: ToChat,
) -> impl IntoView {
    let LineUsage {
        cycle,
        history,
        contract,
        ..
    } = line;
    let l = &tr.fl;
    let period = tr.t_with(
        "usage-cycle",
        &[
            ("start", Arg::Text(&format::date(l, &cycle.cycle_start))),
            ("end", Arg::Text(&format::date(l, &cycle.cycle_end))),
        ],
    );
    let days_left = tr.t_with(
        "usage-days-left",
        &[("days", Arg::Number(f64::from(cycle.days_left)))],
    );
    // Prepaid allowances expire unless topped up: say when, as for add-ons.
    let prepaid = cycle.payment == Payment::Prepaid;
    let buckets = cycle
        .buckets
        .iter()
        .enumerate()
        .map(|(i, b)| bucket_meter(tr, b, i, prepaid))
        .collect_view();
    view! {
        <div class="sc-cycle">
            <p>{period}</p>
            <p class="sc-days-left">{days_left}</p>
        </div>
        <ul class="sc-buckets" role="list">{buckets}</ul>
        {daily_chart(tr, &cycle.daily, show_table)}
        {history_table(tr, &history)}
        {contract_details(config, tr, &contract, currency, to_chat)}
    }
}

fn type_message(t: UsageType) -> &'static str {
    match t {
        UsageType::Data => "usage-type-data",
        UsageType::Voice => "usage-type-voice",
        UsageType::Sms => "usage-type-sms",
        UsageType::RoamingData => "usage-type-roaming-data",
    }
}

/// An amount of a bucket's unit, formatted (texts are counted in the messages themselves).
fn amount(locale: &str, unit: Unit, value: i64, step: i64) -> String {
    match unit {
        Unit::Bytes => format::bytes_at(locale, value, step),
        Unit::Seconds => format::minutes(locale, value),
        Unit::Messages => format::number(locale, value as f64),
    }
}

/// What a meter shows of a bucket with an allowance: (used, left, the step both are shown
/// to), in the bucket's own units. What is left is rounded down to the step (the customer is
/// never promised more than there is) and used is the rest, so used and left add up to the
/// allowance as shown, in every unit and locale. The step is a minute for calls, the finer of
/// the two amounts' steps for data. Over the allowance: all of it used, none left.
pub(crate) fn shown(unit: Unit, used: i64, allowance: i64) -> (i64, i64, i64) {
    let left = allowance.saturating_sub(used).max(0);
    let step = match unit {
        // Nothing used yet: the allowance as it is, to the coarsest step that divides it
        // ("0 GB of 20 GB").
        Unit::Bytes if used <= 0 => [format::byte_step(allowance), 1_000_000, 1_000, 1]
            .into_iter()
            .find(|s| allowance % s == 0)
            .unwrap_or(1),
        Unit::Bytes => format::byte_step(if left == 0 { used } else { used.min(left) }),
        Unit::Seconds => 60,
        Unit::Messages => 1,
    };
    if left == 0 {
        return (used, 0, step);
    }
    let left = left / step * step;
    (allowance - left, left, step)
}

/// "X used of Y" / "X used, unlimited": beside the meter, and the meter's value in words.
fn used_text(tr: &Tr, b: &Bucket) -> String {
    let l = &tr.fl;
    match (b.unit, b.allowance) {
        (Unit::Messages, Some(a)) => tr.t_with(
            "usage-used-of-texts",
            &[
                ("used", Arg::Number(b.used as f64)),
                ("allowance", Arg::Number(a as f64)),
            ],
        ),
        (Unit::Messages, None) => tr.t_with(
            "usage-used-unlimited-texts",
            &[("used", Arg::Number(b.used as f64))],
        ),
        (unit, Some(a)) => {
            let (used, _, step) = shown(unit, b.used, a);
            tr.t_with(
                "usage-used-of-quantity",
                &[
                    ("used", Arg::Text(&amount(l, unit, used, step))),
                    ("allowance", Arg::Text(&amount(l, unit, a, step))),
                ],
            )
        }
        (unit, None) => tr.t_with(
            "usage-used-unlimited-quantity",
            &[(
                "used",
                Arg::Text(&amount(l, unit, b.used, format::byte_step(b.used))),
            )],
        ),
    }
}

fn remaining_text(tr: &Tr, b: &Bucket) -> String {
    match (b.unit, b.allowance) {
        (_, None) => tr.t("usage-unlimited"),
        // Not "0 KB left": nothing is.
        (unit, Some(a)) if shown(unit, b.used, a).1 == 0 => tr.t("usage-remaining-none"),
        (Unit::Messages, Some(a)) => tr.t_with(
            "usage-remaining-texts",
            &[(
                "remaining",
                Arg::Number(shown(Unit::Messages, b.used, a).1 as f64),
            )],
        ),
        (unit, Some(a)) => {
            let (_, left, step) = shown(unit, b.used, a);
            tr.t_with(
                "usage-remaining-quantity",
                &[("remaining", Arg::Text(&amount(&tr.fl, unit, left, step)))],
            )
        }
    }
}

pub(crate) fn bucket_meter(tr: &Tr, b: &Bucket, index: usize, prepaid: bool) -> impl IntoView {
    let l = &tr.fl;
    let heading = format!("sc-bucket-{index}");
    let used = used_text(tr, b);
    // Tenths of a percent, in integers: no float formatting code in the bundle.
    let permille = b
        .allowance
        .filter(|a| *a > 0)
        .map(|a| (i128::from(b.used.min(a)) * 1000 / i128::from(a)) as i64);
    let class = match b.threshold {
        Threshold::Normal => "sc-meter",
        Threshold::Warning => "sc-meter sc-warning",
        Threshold::Exhausted => "sc-meter sc-exhausted",
    };
    let badges = [
        b.is_shared.then(|| {
            tr.t_with(
                "usage-shared",
                &[("lines", Arg::Number(f64::from(b.shared_lines)))],
            )
        }),
        b.is_addon.then(|| tr.t("usage-addon")),
    ]
    .into_iter()
    .flatten()
    .map(|text| view! { <span class="sc-badge">{text}</span> })
    .collect_view();
    let bar = permille.map(|p| {
        view! {
            <div
                class="sc-bar"
                role="meter"
                aria-labelledby=heading.clone()
                aria-valuemin="0"
                aria-valuemax=b.allowance.unwrap_or(0).to_string()
                aria-valuenow=b.used.min(b.allowance.unwrap_or(0)).to_string()
                aria-valuetext=used.clone()
            >
                <div class="sc-bar-fill" style:inline-size=format!("{}.{}%", p / 10, p % 10)></div>
            </div>
        }
    });
    let alert = match b.threshold {
        Threshold::Warning => Some(tr.t_with(
            "usage-warning",
            &[(
                "percent",
                Arg::Text(&format::percent(l, permille.unwrap_or(0) as f64 / 1000.0)),
            )],
        )),
        Threshold::Exhausted => Some(tr.t("usage-exhausted")),
        Threshold::Normal => None,
    };
    let projection = match (&b.projection, b.allowance, b.threshold) {
        (Some(p), Some(_), Threshold::Normal | Threshold::Warning) => Some(match &p.runs_out_on {
            Some(day) => tr.t_with(
                "usage-runs-out",
                &[("date", Arg::Text(&format::date(l, day)))],
            ),
            None => tr.t("usage-on-track"),
        }),
        _ => None,
    };
    let validity = (b.is_addon || prepaid).then(|| {
        tr.t_with(
            "usage-valid-until",
            &[("date", Arg::Text(&format::date(l, &b.valid_to)))],
        )
    });
    view! {
        <li class=class>
            <div class="sc-meter-head">
                <h4 id=heading class="sc-meter-title">{tr.t(type_message(b.usage_type))}</h4>
                <span class="sc-meter-name" translate="no">{b.name.clone()}</span>
                {badges}
            </div>
            {bar}
            <p class="sc-meter-used">{used}</p>
            <p>{remaining_text(tr, b)}</p>
            {alert.map(|text| view! { <p class="sc-alert"><span class="sc-alert-icon" aria-hidden="true">"!"</span>{text}</p> })}
            {projection.map(|text| view! { <p class="sc-muted">{text}</p> })}
            {validity.map(|text| view! { <p class="sc-muted">{text}</p> })}
        </li>
    }
}

fn history_table(tr: &Tr, history: &[CycleSummary]) -> impl IntoView {
    let l = &tr.fl;
    let rows: Vec<[String; 4]> = history
        .iter()
        .map(|c| {
            let period = tr.t_with(
                "usage-history-period",
                &[
                    ("start", Arg::Text(&format::day_month(l, &c.start))),
                    ("end", Arg::Text(&format::day_month(l, &c.end))),
                ],
            );
            let data = match c.data_allowance {
                // To the meters' step (in one unit when nothing was used).
                Some(a) => {
                    let step = shown(Unit::Bytes, c.data_bytes, a).2;
                    tr.t_with(
                        "usage-used-of-quantity",
                        &[
                            ("used", Arg::Text(&format::bytes_at(l, c.data_bytes, step))),
                            ("allowance", Arg::Text(&format::bytes_at(l, a, step))),
                        ],
                    )
                }
                None => format::bytes(l, c.data_bytes),
            };
            [
                period,
                data,
                format::minutes(l, c.voice_seconds),
                format::number(l, c.sms as f64),
            ]
        })
        .collect();
    let empty = history
        .is_empty()
        .then(|| view! { <p>{tr.t("usage-history-empty")}</p> });
    view! {
        <section class="sc-history" aria-labelledby="sc-history-title">
            <h4 id="sc-history-title" class="sc-section-title">{tr.t("usage-history-title")}</h4>
            {empty}
            {(!history.is_empty()).then(|| table(tr, None, "sc-visually-hidden", "usage-history-title", "usage-col-period", rows, false))}
        </section>
    }
}

/// A data table (history, daily use): a caption, a header row, and rows whose first cell is
/// their header. `first_is_data` marks the first column as data (dates) rather than words.
pub fn table(
    tr: &Tr,
    id: Option<&'static str>,
    caption_class: &'static str,
    caption: &str,
    first_column: &str,
    rows: Vec<[String; 4]>,
    first_is_data: bool,
) -> impl IntoView {
    let columns = [
        first_column,
        "usage-col-data",
        "usage-col-calls",
        "usage-col-texts",
    ];
    let rows = rows
        .into_iter()
        .map(|[first, a, b, c]| {
            view! {
                <tr>
                    <th scope="row" translate=if first_is_data { "no" } else { "yes" }>{first}</th>
                    <td translate="no">{a}</td>
                    <td translate="no">{b}</td>
                    <td translate="no">{c}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        // Scrolls sideways when the table is wider than its slot: reachable by keyboard.
        <div id=id class="sc-table-wrap" tabindex="0" role="group" aria-label=tr.t(caption)>
            <table class="sc-table">
                <caption class=caption_class>{tr.t(caption)}</caption>
                <thead><tr>{columns.map(|c| view! { <th scope="col">{tr.t(c)}</th> }).to_vec()}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn contract_details(
    config: WidgetConfig,
    tr: &Tr,
    c: &Contract,
    currency: &str,
    to_chat: ToChat,
) -> impl IntoView {
    let l = &tr.fl;
    let price = match (c.monthly_price, c.period_price) {
        (Some(p), _) => Some(("usage-contract-monthly-price", p)),
        (None, p) => p.map(|p| ("usage-contract-period-price", p)),
    };
    // (label, value, is data rather than words)
    let mut rows: Vec<(String, String, bool)> =
        vec![(tr.t("usage-contract-plan"), c.plan_name.clone(), true)];
    if let Some((label, amount)) = price {
        rows.push((tr.t(label), format::money(l, currency, amount), true));
    }
    rows.push((
        tr.t("usage-contract-start"),
        format::date(l, &c.start_date),
        true,
    ));
    if c.payment == Payment::Postpaid {
        rows.push(match &c.commitment_end {
            Some(day) => (
                tr.t("usage-contract-commitment"),
                format::date(l, day),
                true,
            ),
            None => (
                tr.t("usage-contract-commitment"),
                tr.t("usage-contract-no-commitment"),
                false,
            ),
        });
    }
    let renewal = match c.renewal {
        Renewal::Monthly => "usage-renewal-monthly",
        Renewal::None => "usage-renewal-none",
    };
    rows.push((tr.t("usage-contract-renewal"), tr.t(renewal), false));
    let rows = rows
        .into_iter()
        .map(|(label, value, data)| {
            view! { <div><dt>{label}</dt><dd translate=if data { "no" } else { "yes" }>{value}</dd></div> }
        })
        .collect_view();
    let balance = c.prepaid_balance.as_ref().map(|b| {
        let expires = tr.t_with("usage-balance-expires", &[("date", Arg::Text(&format::date(l, &b.expires_on)))]);
        // Where to top up, as the host configured it: its page (`top-up="https://…"`, or a
        // path), or `event` alone; `selfcare:top-up-requested` either way (a listener may
        // handle it in the page). Not at a kiosk, which never leaves the widget.
        let line = c.line_id.clone();
        let ask = move || config.host.try_with_value(|h| dispatch(h, "selfcare:top-up-requested", &[("line", &line)])).unwrap_or(false);
        let text = tr.t("usage-top-up");
        let top_up = config.top_up.get().filter(|_| !config.kiosk()).map(|to| {
            let page = !to.contains(':') || to.starts_with("https://") || to.starts_with("http://");
            let link = (to != "event" && page).then(|| {
                let (ask, text) = (ask.clone(), text.clone());
                view! { <a class="sc-button sc-top-up" href=to on:click=move |e| if !ask() { e.prevent_default() }>{text}</a> }
            });
            let button = link.is_none().then(|| view! { <button class="sc-button sc-top-up" on:click=move |_| { ask(); }>{text}</button> });
            (link, button)
        });
        // A recharge card's code is typed in the chat: it opens on the assistant's question.
        let card = to_chat.map(|(chat, tab)| {
            let label = tr.t("usage-top-up-card");
            let asked = label.clone();
            view! {
                <button class="sc-button sc-secondary" on:click=move |_| {
                    chat.top_up.set(Some(asked.clone()));
                    tab.set(Some(crate::app::Tab::Chat));
                    chat.part.asked(config);
                }>{label}</button>
            }
        });
        view! {
            <div class="sc-balance">
                <dt>{tr.t("usage-balance-title")}</dt>
                <dd><span class="sc-balance-amount" translate="no">{format::money(l, currency, b.amount)}</span>" "<span>{expires}</span></dd>
                <dd class="sc-actions">{top_up}{card}</dd>
            </div>
        }
    });
    view! {
        <section class="sc-contract" aria-labelledby="sc-contract-title">
            <h4 id="sc-contract-title" class="sc-section-title">{tr.t("usage-contract-title")}</h4>
            <dl class="sc-details">{rows}{balance}</dl>
        </section>
    }
}

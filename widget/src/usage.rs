//! Usage views: the signed-in customer's lines, the current cycle's buckets with projection
//! and alerts, daily use, past cycles and the contract.

use crate::api::{call, error_message, signed_in};
use crate::chart::DailyChart;
use crate::config::WidgetConfig;
use crate::events::dispatch;
use crate::format;
use crate::i18n::I18n;
use leptos::ev;
use leptos::prelude::*;
use selfcare_i18n::Arg;
use selfcare_server_fns::api::{
    Bucket, Contract, CycleSummary, ErrorId, Payment, Profile, Renewal, Threshold, Unit, UsageOverview, UsageType,
};
use selfcare_server_fns::usage::{get_contract, get_profile, get_usage, get_usage_history};

#[derive(Clone)]
struct LineDetails {
    usage: UsageOverview,
    history: Vec<CycleSummary>,
    contract: Contract,
}

fn report(config: WidgetConfig, error: ErrorId) {
    config.host.with_value(|h| dispatch(h, "selfcare:error", &[("error", error_message(error))]));
}

#[component]
pub fn UsageView() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let config = expect_context::<WidgetConfig>();
    let signed_in = signed_in(config);
    view! {
        <section class="sc-usage" aria-labelledby="sc-usage-title">
            <h3 id="sc-usage-title" class="sc-section-title">{move || i18n.t("usage-title")}</h3>
            {move || match signed_in.get() {
                None => view! { <Loading /> }.into_any(),
                Some(false) => view! {
                    <div class="sc-notice">
                        <p class="sc-notice-title">{move || i18n.t("signin-required-title")}</p>
                        <p>{move || i18n.t("signin-required-body")}</p>
                    </div>
                }.into_any(),
                Some(true) => view! { <Account /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Loading() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! { <p class="sc-loading" role="status">{move || i18n.t("loading")}</p> }
}

#[component]
fn ErrorNotice(error: ErrorId, retry: Callback<()>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    view! {
        <div class="sc-error" role="alert">
            <p>{move || i18n.t(error_message(error))}</p>
            <button class="sc-button" on:click=move |_| retry.run(())>{move || i18n.t("retry")}</button>
        </div>
    }
}

#[component]
fn Account() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let config = expect_context::<WidgetConfig>();
    let profile = LocalResource::new(move || {
        config.auth_version.track();
        async move {
            let result = call(config, get_profile).await;
            if let Err(e) = &result {
                report(config, *e);
            }
            result
        }
    });
    let chosen = RwSignal::new(None::<String>);
    view! {
        {move || match profile.get() {
            None => view! { <Loading /> }.into_any(),
            Some(Err(error)) => view! { <ErrorNotice error retry=Callback::new(move |_| profile.refetch()) /> }.into_any(),
            Some(Ok(Profile { lines, currency, .. })) if !lines.is_empty() => {
                let first = lines[0].id.clone();
                let line = Memo::new(move |_| chosen.get().unwrap_or_else(|| first.clone()));
                let several = lines.len() > 1;
                let options = lines.clone();
                let on_change = move |e: ev::Event| chosen.set(Some(event_target_value(&e)));
                view! {
                    <Show when=move || several>
                        <label class="sc-field">
                            <span>{move || i18n.t("usage-line-picker")}</span>
                            <select on:change=on_change prop:value=move || line.get()>
                                {options.iter().map(|l| {
                                    let (id, plan, ending) = (l.id.clone(), l.plan_name.clone(), l.number_ending.clone());
                                    let selected_id = id.clone();
                                    view! {
                                        <option value=id selected=move || line.get() == selected_id>
                                            {move || i18n.t_with("usage-line-option", &[("plan", Arg::Text(&plan)), ("ending", Arg::Text(&ending))])}
                                        </option>
                                    }
                                }).collect_view()}
                            </select>
                        </label>
                    </Show>
                    <LineUsage line=line.into() currency />
                }.into_any()
            }
            Some(Ok(_)) => view! { <p class="sc-notice">{move || i18n.t("no-lines")}</p> }.into_any(),
        }}
    }
}

#[component]
fn LineUsage(line: Signal<String>, currency: String) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let config = expect_context::<WidgetConfig>();
    let details = LocalResource::new(move || {
        config.auth_version.track();
        let line = line.get();
        async move {
            let (usage, history, contract) = futures::join!(
                call(config, || get_usage(line.clone())),
                call(config, || get_usage_history(line.clone())),
                call(config, || get_contract(line.clone())),
            );
            let result = (|| Ok(LineDetails { usage: usage?, history: history?, contract: contract? }))();
            if let Err(e) = &result {
                report(config, *e);
            }
            result
        }
    });
    let currency = StoredValue::new(currency);
    view! {
        {move || match details.get() {
            None => view! { <Loading /> }.into_any(),
            Some(Err(error)) => view! { <ErrorNotice error retry=Callback::new(move |_| details.refetch()) /> }.into_any(),
            Some(Ok(LineDetails { usage, history, contract })) => {
                let (start, end, days_left) = (usage.cycle_start.clone(), usage.cycle_end.clone(), usage.days_left);
                let buckets = usage.buckets.clone();
                view! {
                    <div class="sc-cycle">
                        <p>{move || { let l = i18n.fl(); i18n.t_with("usage-cycle", &[
                            ("start", Arg::Text(&format::date(&l, &start))), ("end", Arg::Text(&format::date(&l, &end)))]) }}</p>
                        <p class="sc-days-left">{move || i18n.t_with("usage-days-left", &[("days", Arg::Number(f64::from(days_left)))])}</p>
                    </div>
                    <ul class="sc-buckets" role="list">
                        {buckets.into_iter().enumerate().map(|(i, b)| view! { <BucketMeter bucket=b index=i /> }).collect_view()}
                    </ul>
                    <DailyChart daily=usage.daily.clone() />
                    <History history />
                    <ContractDetails contract currency=currency.get_value() />
                }.into_any()
            }
        }}
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
fn amount(locale: &str, unit: Unit, value: i64) -> String {
    match unit {
        Unit::Bytes => format::bytes(locale, value),
        Unit::Seconds => format::minutes(locale, value),
        Unit::Messages => format::number(locale, value as f64),
    }
}

/// "X used of Y" / "X used, unlimited", in words for the meter and the text beside it.
fn used_text(i18n: I18n, b: &Bucket) -> String {
    let l = i18n.fl();
    match (b.unit, b.allowance) {
        (Unit::Messages, Some(a)) => i18n.t_with("usage-used-of-texts", &[("used", Arg::Number(b.used as f64)), ("allowance", Arg::Number(a as f64))]),
        (Unit::Messages, None) => i18n.t_with("usage-used-unlimited-texts", &[("used", Arg::Number(b.used as f64))]),
        (unit, Some(a)) => i18n.t_with("usage-used-of-quantity", &[
            ("used", Arg::Text(&amount(&l, unit, b.used))), ("allowance", Arg::Text(&amount(&l, unit, a)))]),
        (unit, None) => i18n.t_with("usage-used-unlimited-quantity", &[("used", Arg::Text(&amount(&l, unit, b.used)))]),
    }
}

fn remaining_text(i18n: I18n, b: &Bucket) -> String {
    match (b.unit, b.remaining) {
        (_, None) => i18n.t("usage-unlimited"),
        (Unit::Messages, Some(r)) => i18n.t_with("usage-remaining-texts", &[("remaining", Arg::Number(r as f64))]),
        (unit, Some(r)) => i18n.t_with("usage-remaining-quantity", &[("remaining", Arg::Text(&amount(&i18n.fl(), unit, r)))]),
    }
}

#[component]
fn BucketMeter(bucket: Bucket, index: usize) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let heading = format!("sc-bucket-{index}");
    let b = StoredValue::new(bucket);
    let percent = b.with_value(|b| b.allowance.filter(|a| *a > 0).map(|a| (b.used as f64 / a as f64).min(1.0)));
    let state = b.with_value(|b| match b.threshold {
        Threshold::Normal => "sc-meter",
        Threshold::Warning => "sc-meter sc-warning",
        Threshold::Exhausted => "sc-meter sc-exhausted",
    });
    let (usage_type, name, shared, is_addon) = b.with_value(|b| (b.usage_type, b.name.clone(), b.is_shared.then_some(b.shared_lines), b.is_addon));
    view! {
        <li class=state>
            <div class="sc-meter-head">
                <h4 id=heading.clone() class="sc-meter-title">{move || i18n.t(type_message(usage_type))}</h4>
                <span class="sc-meter-name" translate="no">{name}</span>
                {shared.map(|lines| view! { <span class="sc-badge">{move || i18n.t_with("usage-shared", &[("lines", Arg::Number(f64::from(lines)))])}</span> })}
                {is_addon.then(|| view! { <span class="sc-badge">{move || i18n.t("usage-addon")}</span> })}
            </div>
            {percent.map(|p| {
                let (used, allowance) = b.with_value(|b| (b.used.min(b.allowance.unwrap_or(0)), b.allowance.unwrap_or(0)));
                view! {
                    <div
                        class="sc-bar"
                        role="meter"
                        aria-labelledby=heading.clone()
                        aria-valuemin="0"
                        aria-valuemax=allowance.to_string()
                        aria-valuenow=used.to_string()
                        aria-valuetext=move || b.with_value(|b| used_text(i18n, b))
                    >
                        <div class="sc-bar-fill" style:inline-size=format!("{:.1}%", p * 100.0)></div>
                    </div>
                }
            })}
            <p class="sc-meter-used">{move || b.with_value(|b| used_text(i18n, b))}</p>
            <p class="sc-meter-remaining">{move || b.with_value(|b| remaining_text(i18n, b))}</p>
            {move || b.with_value(|b| {
                let l = i18n.fl();
                let alert = match b.threshold {
                    Threshold::Warning => Some(i18n.t_with("usage-warning", &[("percent", Arg::Text(&format::percent(&l, percent.unwrap_or(0.0))))])),
                    Threshold::Exhausted => Some(i18n.t("usage-exhausted")),
                    Threshold::Normal => None,
                };
                let projection = match (&b.projection, b.allowance, b.threshold) {
                    (Some(p), Some(_), Threshold::Normal | Threshold::Warning) => Some(match &p.runs_out_on {
                        Some(day) => i18n.t_with("usage-runs-out", &[("date", Arg::Text(&format::date(&l, day)))]),
                        None => i18n.t("usage-on-track"),
                    }),
                    _ => None,
                };
                let validity = (b.is_addon || b.valid_to != b.valid_from).then(|| i18n.t_with("usage-valid-until", &[("date", Arg::Text(&format::date(&l, &b.valid_to)))]));
                view! {
                    {alert.map(|text| view! { <p class="sc-alert"><span class="sc-alert-icon" aria-hidden="true">"!"</span>{text}</p> })}
                    {projection.map(|text| view! { <p class="sc-projection">{text}</p> })}
                    {validity.filter(|_| b.is_addon).map(|text| view! { <p class="sc-validity">{text}</p> })}
                }
            })}
        </li>
    }
}

#[component]
fn History(history: Vec<CycleSummary>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let history = StoredValue::new(history);
    view! {
        <section class="sc-history" aria-labelledby="sc-history-title">
            <h4 id="sc-history-title" class="sc-section-title">{move || i18n.t("usage-history-title")}</h4>
            {move || history.with_value(|rows| if rows.is_empty() {
                view! { <p>{move || i18n.t("usage-history-empty")}</p> }.into_any()
            } else {
                let l = i18n.fl();
                view! {
                    <div class="sc-table-wrap">
                        <table class="sc-table">
                            <caption class="sc-visually-hidden">{i18n.t("usage-history-title")}</caption>
                            <thead><tr>
                                <th scope="col">{i18n.t("usage-col-period")}</th>
                                <th scope="col">{i18n.t("usage-col-data")}</th>
                                <th scope="col">{i18n.t("usage-col-calls")}</th>
                                <th scope="col">{i18n.t("usage-col-texts")}</th>
                            </tr></thead>
                            <tbody>
                                {rows.iter().map(|c| {
                                    let period = i18n.t_with("usage-history-period", &[
                                        ("start", Arg::Text(&format::day_month(&l, &c.start))), ("end", Arg::Text(&format::day_month(&l, &c.end)))]);
                                    let data = match c.data_allowance {
                                        Some(a) => i18n.t_with("usage-used-of-quantity", &[("used", Arg::Text(&format::bytes(&l, c.data_bytes))), ("allowance", Arg::Text(&format::bytes(&l, a)))]),
                                        None => format::bytes(&l, c.data_bytes),
                                    };
                                    view! { <tr>
                                        <th scope="row">{period}</th>
                                        <td translate="no">{data}</td>
                                        <td translate="no">{format::minutes(&l, c.voice_seconds)}</td>
                                        <td translate="no">{format::number(&l, c.sms as f64)}</td>
                                    </tr> }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            })}
        </section>
    }
}

#[component]
fn ContractDetails(contract: Contract, currency: String) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let c = StoredValue::new((contract, currency));
    view! {
        <section class="sc-contract" aria-labelledby="sc-contract-title">
            <h4 id="sc-contract-title" class="sc-section-title">{move || i18n.t("usage-contract-title")}</h4>
            {move || c.with_value(|(c, currency)| {
                let l = i18n.fl();
                let (price_label, price) = match (c.monthly_price, c.period_price) {
                    (Some(p), _) => ("usage-contract-monthly-price", Some(p)),
                    (None, p) => ("usage-contract-period-price", p),
                };
                let commitment = match &c.commitment_end {
                    Some(day) => view! { <dd translate="no">{format::date(&l, day)}</dd> }.into_any(),
                    None => view! { <dd>{i18n.t("usage-contract-no-commitment")}</dd> }.into_any(),
                };
                let renewal = match c.renewal {
                    Renewal::Monthly => i18n.t("usage-renewal-monthly"),
                    Renewal::None => i18n.t("usage-renewal-none"),
                };
                view! {
                    <dl class="sc-details">
                        <div><dt>{i18n.t("usage-contract-plan")}</dt><dd translate="no">{c.plan_name.clone()}</dd></div>
                        {price.map(|p| view! { <div><dt>{i18n.t(price_label)}</dt><dd translate="no">{format::money(&l, currency, p)}</dd></div> })}
                        <div><dt>{i18n.t("usage-contract-start")}</dt><dd translate="no">{format::date(&l, &c.start_date)}</dd></div>
                        {(c.payment == Payment::Postpaid).then(|| view! { <div><dt>{i18n.t("usage-contract-commitment")}</dt>{commitment}</div> })}
                        <div><dt>{i18n.t("usage-contract-renewal")}</dt><dd>{renewal}</dd></div>
                        {c.prepaid_balance.as_ref().map(|b| view! {
                            <div class="sc-balance"><dt>{i18n.t("usage-balance-title")}</dt><dd>
                                <span class="sc-balance-amount" translate="no">{format::money(&l, currency, b.amount)}</span>
                                " "
                                <span>{i18n.t_with("usage-balance-expires", &[("date", Arg::Text(&format::date(&l, &b.expires_on)))])}</span>
                            </dd></div>
                        })}
                    </dl>
                }
            })}
        </section>
    }
}

//! Daily data use as an SVG bar chart, with a data table as its accessible alternative.
//! In right-to-left locales the days run from right to left, as the text does.

use crate::format;
use crate::i18n::I18n;
use leptos::prelude::*;
use selfcare_i18n::Arg;
use selfcare_server_fns::api::DailyUsage;

const WIDTH: f64 = 300.0;
const HEIGHT: f64 = 100.0;

#[component]
pub fn DailyChart(daily: Vec<DailyUsage>) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let show_table = RwSignal::new(false);
    let daily = StoredValue::new(daily);
    let peak = daily.with_value(|d| d.iter().max_by_key(|d| d.data_bytes).filter(|d| d.data_bytes > 0).cloned());
    view! {
        <section class="sc-daily" aria-labelledby="sc-daily-title">
            <h4 id="sc-daily-title" class="sc-section-title">{move || i18n.t("usage-daily-title")}</h4>
            {match peak {
                None => view! { <p>{move || i18n.t("usage-daily-empty")}</p> }.into_any(),
                Some(peak) => {
                    let max = peak.data_bytes as f64;
                    let summary = move || { let l = i18n.fl(); i18n.t_with("usage-daily-summary", &[
                        ("max", Arg::Text(&format::bytes(&l, peak.data_bytes))), ("day", Arg::Text(&format::day_month(&l, &peak.day)))]) };
                    view! {
                        <svg class="sc-chart" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="sc-daily-title sc-daily-summary" focusable="false">
                            {move || {
                                let rtl = i18n.dir() == "rtl";
                                daily.with_value(|days| {
                                    let slot = WIDTH / days.len().max(1) as f64;
                                    days.iter().enumerate().map(|(i, d)| {
                                        let h = (d.data_bytes as f64 / max * (HEIGHT - 2.0)).max(if d.data_bytes > 0 { 1.0 } else { 0.0 });
                                        let position = if rtl { days.len() - 1 - i } else { i };
                                        view! { <rect class="sc-chart-bar" x=format!("{:.2}", position as f64 * slot + slot * 0.15)
                                            y=format!("{:.2}", HEIGHT - h) width=format!("{:.2}", slot * 0.7) height=format!("{:.2}", h) /> }
                                    }).collect_view()
                                })
                            }}
                        </svg>
                        <p id="sc-daily-summary" class="sc-chart-summary">{summary}</p>
                        <button class="sc-link-button" aria-expanded=move || show_table.get().to_string() aria-controls="sc-daily-table"
                            on:click=move |_| show_table.update(|s| *s = !*s)>
                            {move || i18n.t(if show_table.get() { "usage-daily-hide-table" } else { "usage-daily-show-table" })}
                        </button>
                        <div id="sc-daily-table" class="sc-table-wrap" hidden=move || !show_table.get()>
                            <table class="sc-table">
                                <caption>{move || i18n.t("usage-daily-caption")}</caption>
                                <thead><tr>
                                    <th scope="col">{move || i18n.t("usage-col-day")}</th>
                                    <th scope="col">{move || i18n.t("usage-col-data")}</th>
                                    <th scope="col">{move || i18n.t("usage-col-calls")}</th>
                                    <th scope="col">{move || i18n.t("usage-col-texts")}</th>
                                </tr></thead>
                                <tbody>
                                    {move || { let l = i18n.fl(); daily.with_value(|days| days.iter().map(|d| view! { <tr>
                                        <th scope="row" translate="no">{format::day_month(&l, &d.day)}</th>
                                        <td translate="no">{format::bytes(&l, d.data_bytes)}</td>
                                        <td translate="no">{format::minutes(&l, d.voice_seconds)}</td>
                                        <td translate="no">{format::number(&l, d.sms as f64)}</td>
                                    </tr> }).collect_view()) }}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }
            }}
        </section>
    }
}

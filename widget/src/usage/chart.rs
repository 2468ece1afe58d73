//! Daily data use as an SVG bar chart, with a data table as its accessible alternative.
//! In right-to-left locales the days run from right to left, as the text does.

use super::table;
use crate::format;
use crate::i18n::Tr;
use leptos::prelude::*;
use selfcare_i18n::{direction, Arg, Direction};
use selfcare_server_fns::api::DailyUsage;

/// The chart's coordinate space: integers only, so no float formatting reaches the bundle.
const WIDTH: i64 = 3000;
const HEIGHT: i64 = 1000;

pub fn daily_chart(tr: &Tr, daily: &[DailyUsage], show_table: RwSignal<bool>) -> impl IntoView {
    let l = &tr.fl;
    let peak = daily
        .iter()
        .max_by_key(|d| d.data_bytes)
        .filter(|d| d.data_bytes > 0);
    let empty = peak
        .is_none()
        .then(|| view! { <p>{tr.t("usage-daily-empty")}</p> });
    let chart = peak.map(|peak| {
        let rtl = direction(l) == Direction::Rtl;
        let n = daily.len() as i64;
        let slot = WIDTH / n.max(1);
        let bars = daily
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let h = (i128::from(d.data_bytes) * i128::from(HEIGHT - 20) / i128::from(peak.data_bytes)) as i64;
                let h = if d.data_bytes > 0 { h.max(10) } else { 0 };
                let position = if rtl { n - 1 - i as i64 } else { i as i64 };
                view! {
                    <rect class="sc-chart-bar" x=(position * slot + slot * 15 / 100).to_string() y=(HEIGHT - h).to_string()
                        width=(slot * 70 / 100).to_string() height=h.to_string() />
                }
            })
            .collect_view();
        let summary = tr.t_with(
            "usage-daily-summary",
            &[("max", Arg::Text(&format::bytes(l, peak.data_bytes))), ("day", Arg::Text(&format::day_month(l, &peak.day)))],
        );
        let rows = daily
            .iter()
            .map(|d| [format::day_month(l, &d.day), format::bytes(l, d.data_bytes), format::minutes(l, d.voice_seconds), format::number(l, d.sms as f64)])
            .collect();
        let (show, hide) = (tr.t("usage-daily-show-table"), tr.t("usage-daily-hide-table"));
        view! {
            <svg class="sc-chart" viewBox=format!("0 0 {WIDTH} {HEIGHT}") preserveAspectRatio="none" role="img" aria-labelledby="sc-daily-title sc-daily-summary" focusable="false">
                {bars}
            </svg>
            <p id="sc-daily-summary" class="sc-muted">{summary}</p>
            <button class="sc-link-button" aria-expanded=move || show_table.get().to_string() aria-controls="sc-daily-table"
                on:click=move |_| show_table.update(|s| *s = !*s)>
                {move || if show_table.get() { hide.clone() } else { show.clone() }}
            </button>
            <div hidden=move || !show_table.get()>
                {table(tr, Some("sc-daily-table"), "", "usage-daily-caption", "usage-col-day", rows, true)}
            </div>
        }
    });
    view! {
        <section class="sc-daily" aria-labelledby="sc-daily-title">
            <h4 id="sc-daily-title" class="sc-section-title">{tr.t("usage-daily-title")}</h4>
            {empty}
            {chart}
        </section>
    }
}

//! The server at its HTTP boundary, on SQLite and (when `SELFCARE_TEST_POSTGRES_URL` is set)
//! PostgreSQL: the usage view, authorisation, bad input, ingest, health and CORS.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use common::*;
use http_body_util::BodyExt;
use selfcare_server_fns::api::{
    Contract, CycleSummary, Payment, Threshold, UsageOverview, UsageResponse, UsageType,
};
use selfcare_server_fns::server::auth::Auth;
use selfcare_server_fns::server::config::Config;
use selfcare_server_fns::server::db::Db;
use selfcare_server_fns::usage::storage::{SqlStorage, Storage, UsageRecord};
use selfcare_server_fns::{server::router, server::AppState};
use tower::ServiceExt;

#[tokio::test]
async fn usage_lists_the_customers_lines_without_their_numbers() {
    each_backend_and_tmf(|s| async move {
        let response: UsageResponse = s.as_customer(CAMILLE, "usage", "").await;
        let profile = &response.profile;
        assert_eq!(profile.given_name, "Camille");
        assert_eq!(
            (profile.country.as_str(), profile.currency.as_str()),
            ("FR", "EUR")
        );
        let ids: Vec<_> = profile.lines.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["line-fr-camille-1", "line-fr-camille-2"]);
        assert_eq!(profile.lines[0].number_ending, "5678");
        // Without a line id: the first line.
        assert_eq!(
            response.line.as_ref().unwrap().cycle.line_id,
            "line-fr-camille-1"
        );
        assert!(
            !serde_json::to_string(&response)
                .unwrap()
                .contains("612345678"),
            "the full number never leaves"
        );
    })
    .await;
}

#[tokio::test]
async fn plans_and_addons_are_named_in_the_language_shown() {
    each_backend_and_tmf(|s| async move {
        // Camille's plans and add-on were bought in French; each view names them in the
        // language the customer reads now, the same in the line list, the buckets and the plan.
        // The family's shared bonus too, on both lines.
        for (locale, plan, addon, shared) in [
            (
                "fr",
                "Découverte 100 Go",
                "Pass Europe 5 Go",
                "Bonus famille 10 Go",
            ),
            (
                "en",
                "Découverte 100 GB",
                "Europe Pass 5 GB",
                "Family Bonus 10 GB",
            ),
            (
                "ar",
                "Découverte 100 غيغابايت",
                "باقة أوروبا 5 غيغابايت",
                "مكافأة العائلة 10 غيغابايت",
            ),
        ] {
            let first: UsageResponse = s
                .as_customer(CAMILLE, "usage", &format!("locale={locale}"))
                .await;
            assert_eq!(first.profile.lines[0].plan_name, plan, "{locale}");
            let line = first.line.unwrap();
            assert_eq!(line.contract.plan_name, plan);
            let own: Vec<&str> = line
                .cycle
                .buckets
                .iter()
                .filter(|b| !b.is_addon && !b.is_shared)
                .map(|b| b.name.as_str())
                .collect();
            assert!(
                !own.is_empty() && own.iter().all(|n| *n == plan),
                "{locale}: {own:?}"
            );
            let shared_names = |l: &selfcare_server_fns::api::LineUsage| -> Vec<String> {
                l.cycle
                    .buckets
                    .iter()
                    .filter(|b| b.is_shared)
                    .map(|b| b.name.clone())
                    .collect()
            };
            assert_eq!(shared_names(&line), [shared], "{locale}");
            let second: UsageResponse = s
                .as_customer(
                    CAMILLE,
                    "usage",
                    &format!("locale={locale}&line_id=line-fr-camille-2"),
                )
                .await;
            let second = second.line.unwrap();
            let names: Vec<String> = second
                .cycle
                .buckets
                .iter()
                .filter(|b| b.is_addon)
                .map(|b| b.name.clone())
                .collect();
            assert_eq!(names, [addon], "{locale}");
            assert_eq!(shared_names(&second), [shared], "{locale}");
        }
        // Without a language, the customer's own.
        let own: UsageResponse = s.as_customer(CAMILLE, "usage", "").await;
        assert_eq!(own.profile.lines[0].plan_name, "Découverte 100 Go");
        let lina: UsageResponse = s.as_customer("cust-jo-lina", "usage", "").await;
        assert_eq!(lina.profile.lines[0].plan_name, "سهل 40 غيغابايت");
        let lina: UsageResponse = s.as_customer("cust-jo-lina", "usage", "locale=en").await;
        assert_eq!(lina.profile.lines[0].plan_name, "Sahl 40 GB");
    })
    .await;
}

#[tokio::test]
async fn usage_shows_the_current_cycle_with_buckets_daily_use_and_projection() {
    each_backend_and_tmf(|s| async move {
        let usage = s.cycle(CAMILLE, "line-fr-camille-1").await;
        assert_eq!(
            (usage.cycle_start.as_str(), usage.cycle_end.as_str()),
            ("2026-11-05", "2026-12-04")
        );
        assert_eq!(usage.days_left, 8);
        assert_eq!(usage.payment, Payment::Postpaid);
        // One entry a day from the cycle's start to today.
        assert_eq!(usage.daily.len(), 22);
        assert_eq!(usage.daily.first().unwrap().day, "2026-11-05");
        assert_eq!(usage.daily.last().unwrap().day, TODAY);

        let data = usage
            .buckets
            .iter()
            .find(|b| b.usage_type == UsageType::Data && !b.is_shared)
            .unwrap();
        assert_eq!(data.allowance, Some(100_000_000_000));
        // The bucket counter equals the sum of the daily roll-ups of the cycle.
        let daily_total: i64 = usage.daily.iter().map(|d| d.data_bytes).sum();
        assert_eq!(data.used, daily_total);
        assert_eq!(data.remaining, Some(100_000_000_000 - data.used));
        // The line is used at 120 % of its allowance per cycle: it runs out before the end.
        let projection = data.projection.as_ref().unwrap();
        assert!(
            projection.projected_used > 100_000_000_000,
            "{projection:?}"
        );
        let runs_out = projection.runs_out_on.as_deref().unwrap();
        assert!(runs_out > TODAY && runs_out <= "2026-12-04", "{runs_out}");

        let shared = usage.buckets.iter().find(|b| b.is_shared).unwrap();
        assert_eq!(shared.shared_lines, 2);
        let voice = usage
            .buckets
            .iter()
            .find(|b| b.usage_type == UsageType::Voice)
            .unwrap();
        assert_eq!(
            (voice.allowance, voice.remaining, voice.threshold),
            (None, None, Threshold::Normal)
        );
        assert!(usage
            .buckets
            .iter()
            .any(|b| b.usage_type == UsageType::RoamingData));

        // The second line shares the same allowance and has a roaming add-on.
        let second = s.cycle(CAMILLE, "line-fr-camille-2").await;
        assert!(second.buckets.iter().any(|b| b.id == shared.id));
        assert!(second
            .buckets
            .iter()
            .any(|b| b.is_addon && b.usage_type == UsageType::RoamingData));

        // Thresholds: Kouassi has used all his data.
        let ci = s.cycle("cust-ci-kouassi", "line-ci-kouassi-1").await;
        let data = ci
            .buckets
            .iter()
            .find(|b| b.usage_type == UsageType::Data)
            .unwrap();
        assert_eq!(
            (data.threshold, data.remaining),
            (Threshold::Exhausted, Some(0))
        );
    })
    .await;
}

#[tokio::test]
async fn history_has_the_last_six_cycles() {
    each_backend_and_tmf(|s| async move {
        let history: Vec<CycleSummary> = s.line(CAMILLE, "line-fr-camille-1").await.history;
        let starts: Vec<_> = history.iter().map(|c| c.start.as_str()).collect();
        assert_eq!(
            starts,
            [
                "2026-10-05",
                "2026-09-05",
                "2026-08-05",
                "2026-07-05",
                "2026-06-05",
                "2026-05-05"
            ]
        );
        assert_eq!(history[0].end, "2026-11-04");
        // The plan's 100 GB and the 10 GB the customer's lines share.
        assert!(
            history
                .iter()
                .all(|c| c.data_allowance == Some(110_000_000_000) && c.data_bytes > 0),
            "{history:?}"
        );
    })
    .await;
}

#[tokio::test]
async fn contracts_carry_prices_in_minor_units_and_prepaid_balances() {
    each_backend_and_tmf(|s| async move {
        let jo: Contract = s.line("cust-jo-lina", "line-jo-lina-1").await.contract;
        assert_eq!(
            (jo.currency.as_str(), jo.monthly_price),
            ("JOD", Some(15_500))
        );
        assert!(jo.commitment_end.is_some());
        let sn: Contract = s.line("cust-sn-awa", "line-sn-awa-1").await.contract;
        assert_eq!(
            (
                sn.payment,
                sn.currency.as_str(),
                sn.monthly_price,
                sn.period_price
            ),
            (Payment::Prepaid, "XOF", None, Some(5_000))
        );
        let balance = sn.prepaid_balance.unwrap();
        assert_eq!(balance.amount, 2_750);
        assert_eq!(balance.expires_on, "2026-12-07");
    })
    .await;
}

/// Another customer's line is refused, and not told apart from a line that does not exist.
#[tokio::test]
async fn another_customers_line_is_refused() {
    each_backend_and_tmf(|s| async move {
        let before = s.counts().await;
        let tomasz = s.token(TOMASZ);
        let theirs = s
            .call("usage", Some(&tomasz), &line_body("line-fr-camille-1"))
            .await;
        assert_eq!(theirs.status, StatusCode::NOT_FOUND, "{}", theirs.json);
        assert_eq!(theirs.json["error"], "line-not-found");
        let unknown = s
            .call("usage", Some(&tomasz), &line_body("line-does-not-exist"))
            .await;
        assert_eq!(
            (unknown.status, &unknown.json),
            (theirs.status, &theirs.json)
        );
        // A customer parameter is not a thing: only the token's customer is ever shown.
        let response: UsageResponse = s
            .as_customer(TOMASZ, "usage", "customer=cust-fr-camille")
            .await;
        assert_eq!(response.profile.given_name, "Tomasz");
        assert!(response
            .line
            .unwrap()
            .cycle
            .line_id
            .starts_with("line-pl-tomasz"));
        assert_eq!(s.counts().await, before);
    })
    .await;
}

#[tokio::test]
async fn missing_invalid_and_expired_tokens_are_401_with_an_error_id() {
    each_backend(|s| async move {
        for body in [String::new(), line_body("line-fr-camille-1")] {
            let function = "usage";
            let none = s.call(function, None, &body).await;
            assert_eq!(
                (none.status, none.json["error"].as_str()),
                (StatusCode::UNAUTHORIZED, Some("unauthenticated")),
                "{function}({body})"
            );
            let forged = s
                .call(
                    function,
                    Some("eyJhbGciOiJub25lIn0.eyJzdWIiOiJjdXN0LWZyLWNhbWlsbGUifQ."),
                    &body,
                )
                .await;
            assert_eq!(forged.status, StatusCode::UNAUTHORIZED, "{function}");
        }
        // A token from another deployment's key.
        let dir = std::env::temp_dir().join(unique("other-key"));
        let other = Auth::demo(&dir, "selfcare-demo", "selfcare-widget")
            .unwrap()
            .issue_demo_token(CAMILLE, 60)
            .unwrap();
        assert_eq!(
            s.call("usage", Some(&other), "").await.status,
            StatusCode::UNAUTHORIZED
        );
        std::fs::remove_dir_all(dir).ok();
        // A valid token for somebody the database does not know.
        let stranger = s.token("cust-nobody");
        assert_eq!(
            s.call("usage", Some(&stranger), "").await.json["error"],
            "unauthenticated"
        );
    })
    .await;
}

#[tokio::test]
async fn bad_input_is_a_400_and_changes_nothing() {
    each_backend_and_tmf(|s| async move {
        let before = s.counts().await;
        let token = s.token(CAMILLE);
        let cases = [
            ("usage", "line_id=%20"),   // blank id
            ("usage", "line_id=a%20b"), // not an id
            ("usage", "line_id=x%27%3B%20DROP%20TABLE%20lines%3B--"),
            ("usage", &*format!("line_id={}", "a".repeat(65))),
            ("usage", "line_id[x]=1"), // a map where a text is expected
            ("usage", "line_id=%FF"),  // not UTF-8
        ];
        for (function, body) in cases {
            let answer = s.call(function, Some(&token), body).await;
            assert_eq!(
                answer.status,
                StatusCode::BAD_REQUEST,
                "{function}({body}): {}",
                answer.json
            );
            assert_eq!(answer.json["error"], "bad-request", "{function}({body})");
        }
        let unknown_function = s.call("no-such-function", Some(&token), "").await;
        assert!(unknown_function.status.is_client_error());
        assert_eq!(s.counts().await, before);
    })
    .await;
}

#[tokio::test]
async fn ingest_updates_daily_rollups_and_buckets_once_per_record() {
    each_backend(|s| async move {
        let storage = SqlStorage::new(s.db.clone());
        let before = s.cycle(CAMILLE, "line-fr-camille-2").await;
        let shared_before = before.buckets.iter().find(|b| b.is_shared).unwrap().used;
        let record = |id: &str, t: UsageType, amount: i64| UsageRecord {
            id: id.into(),
            line_id: "line-fr-camille-2".into(),
            day: TODAY.into(),
            usage_type: t,
            amount,
        };
        let batch = [
            record("r1", UsageType::Data, 1_000_000),
            record("r2", UsageType::Sms, 2),
        ];
        assert_eq!(storage.ingest(&batch).await.unwrap(), 2);
        // Delivered again: nothing counted twice.
        assert_eq!(storage.ingest(&batch).await.unwrap(), 0);

        let after = s.cycle(CAMILLE, "line-fr-camille-2").await;
        let today_before = before.daily.last().unwrap();
        let today_after = after.daily.last().unwrap();
        assert_eq!(today_after.data_bytes, today_before.data_bytes + 1_000_000);
        assert_eq!(today_after.sms, today_before.sms + 2);
        let plan_data = |u: &UsageOverview| {
            u.buckets
                .iter()
                .find(|b| b.usage_type == UsageType::Data && !b.is_shared)
                .unwrap()
                .used
        };
        let shared_after = after.buckets.iter().find(|b| b.is_shared).unwrap().used;
        assert_eq!(
            plan_data(&after) + shared_after,
            plan_data(&before) + shared_before + 1_000_000
        );

        // A batch with a record for an unknown line writes nothing at all.
        let counts = s.counts().await;
        let bad = [
            record("r3", UsageType::Data, 5),
            UsageRecord {
                line_id: "line-unknown".into(),
                ..record("r4", UsageType::Data, 5)
            },
        ];
        assert!(storage.ingest(&bad).await.is_err());
        assert_eq!(s.counts().await, counts);
    })
    .await;
}

/// The countries served, as their data says, for anyone (a host checking its `country`).
#[tokio::test]
async fn countries_are_listed_from_their_data() {
    each_backend(|s| async move {
        let answer = s
            .send(get_with(
                "/api/v1/countries",
                Some((header::ORIGIN, "http://host.test".to_owned())),
            ))
            .await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(
            answer.headers[header::CACHE_CONTROL],
            "public, max-age=3600"
        );
        assert_eq!(
            answer.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
            "http://host.test"
        );
        let countries = answer.json["countries"].as_array().unwrap();
        let codes: Vec<&str> = countries
            .iter()
            .map(|c| c["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes.len(), 26, "{codes:?}");
        let country = |code: &str| countries.iter().find(|c| c["code"] == code).unwrap();
        let jordan = country("JO");
        assert_eq!(jordan["currency"], "JOD");
        assert_eq!(jordan["currency_decimals"], 3);
        assert_eq!(jordan["languages"][0], "ar-JO");
        assert_eq!(jordan["time_zones"][0], "Asia/Amman");
        let senegal = country("SN");
        assert_eq!(
            (
                senegal["currency"].as_str(),
                senegal["currency_decimals"].as_u64()
            ),
            (Some("XOF"), Some(0))
        );
        assert_eq!(senegal["languages"][1], "wo-SN");
        let tunisia = country("TN");
        assert_eq!(
            (
                tunisia["currency"].as_str(),
                tunisia["currency_decimals"].as_u64()
            ),
            (Some("TND"), Some(3))
        );
        // What is internal to the server (catalogue, shops, customers) is not in the list.
        assert!(
            tunisia.get("catalogue").is_none() && tunisia.get("customers").is_none(),
            "{tunisia}"
        );

        // The rules the tariff flow applies are the data's, from the next start on, whatever
        // an earlier seed wrote.
        sqlx::query("UPDATE country_rules SET min_days_between = 99 WHERE country = 'RO'")
            .execute(&s.db.pool)
            .await
            .unwrap();
        selfcare_server_fns::seed::sync_country_rules(&s.db)
            .await
            .unwrap();
        let days: i64 =
            sqlx::query_scalar("SELECT min_days_between FROM country_rules WHERE country = 'RO'")
                .fetch_one(&s.db.pool)
                .await
                .unwrap();
        assert_eq!(days, 30);
    })
    .await;
}

#[tokio::test]
async fn health_readiness_metrics_and_cors() {
    each_backend(|s| async move {
        let get = |path: &str, origin: Option<&str>| {
            get_with(path, origin.map(|o| (header::ORIGIN, o.to_owned())))
        };
        assert_eq!(s.send(get("/healthz", None)).await.status, StatusCode::OK);
        assert_eq!(s.send(get("/readyz", None)).await.status, StatusCode::OK);
        let _: UsageResponse = s.as_customer(CAMILLE, "usage", "").await;
        assert_eq!(
            s.send(get("/api/v1/countries", None)).await.status,
            StatusCode::OK
        );
        let metrics = s.send(get("/metrics", None)).await;
        let text = metrics.json.as_str().unwrap().to_owned();
        assert!(
            text.contains("selfcare_http_requests_total{route=\"/api/v1/usage\""),
            "{text}"
        );
        // A route of its own under /api/v1 is counted by its pattern, not as an unknown function.
        assert!(
            text.contains("selfcare_http_requests_total{route=\"/api/v1/countries\""),
            "{text}"
        );
        assert!(
            text.contains("selfcare_http_request_duration_seconds_bucket"),
            "{text}"
        );
        assert!(text.contains("selfcare_db_pool_connections"), "{text}");

        let allowed = s.send(get("/healthz", Some("http://host.test"))).await;
        assert_eq!(
            allowed.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
            "http://host.test"
        );
        let other = s.send(get("/healthz", Some("http://evil.test"))).await;
        assert!(other
            .headers
            .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
            .is_none());
        let preflight = Request::builder()
            .method("OPTIONS")
            .uri("/api/v1/usage")
            .header(header::ORIGIN, "http://host.test")
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(
                header::ACCESS_CONTROL_REQUEST_HEADERS,
                "authorization,content-type",
            )
            .body(Body::empty())
            .unwrap();
        let answer = s.send(preflight).await;
        assert!(answer.status.is_success());
        assert!(answer.headers[header::ACCESS_CONTROL_ALLOW_HEADERS]
            .to_str()
            .unwrap()
            .contains("authorization"));
        assert!(allowed.headers.contains_key("x-request-id"));

        let token = s
            .send(get("/demo/token?customer=cust-fr-camille", None))
            .await;
        assert_eq!(token.status, StatusCode::OK);
        assert_eq!(
            s.auth
                .verify(token.json["token"].as_str().unwrap())
                .unwrap()
                .sub,
            CAMILLE
        );
        assert_eq!(
            s.send(get("/demo/token?customer=cust-nobody", None))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}

/// The server keeps no customer state in memory: a second server on the same database (its own
/// pool, the same keys) sees at once what the first one recorded.
#[tokio::test]
async fn two_servers_on_one_database_serve_the_same_customers() {
    each_backend(|first| async move {
        let second_db = Db::connect(&first.url, 4).await.unwrap();
        let config = Config {
            today: Some(TODAY.parse().unwrap()),
            data_dir: first.dir.clone(),
            ..Config::default()
        };
        let auth = Auth::demo(&first.dir, "selfcare-demo", "selfcare-widget").unwrap();
        let second = router(AppState::new(second_db.clone(), auth, config));

        let token = first.token(CAMILLE);
        let ask = |app: Router| {
            let token = token.clone();
            async move {
                let request =
                    server_fn_request("usage", Some(&token), &line_body("line-fr-camille-2"));
                let response = app.oneshot(request).await.unwrap();
                assert_eq!(response.status(), StatusCode::OK);
                let bytes = response.into_body().collect().await.unwrap().to_bytes();
                serde_json::from_slice::<UsageResponse>(&bytes)
                    .unwrap()
                    .line
                    .unwrap()
                    .cycle
            }
        };
        let before = ask(second.clone()).await;
        assert_eq!(before, ask(first.app.clone()).await);
        // Usage recorded through the first server's storage is seen by the second at once.
        let record = UsageRecord {
            id: "two-servers-1".into(),
            line_id: "line-fr-camille-2".into(),
            day: TODAY.into(),
            usage_type: UsageType::Sms,
            amount: 3,
        };
        SqlStorage::new(first.db.clone())
            .ingest(&[record])
            .await
            .unwrap();
        let after = ask(second).await;
        assert_eq!(
            after.daily.last().unwrap().sms,
            before.daily.last().unwrap().sms + 3
        );
        second_db.pool.close().await;
    })
    .await;
}

#[tokio::test]
async fn metrics_ask_for_their_token_the_console_is_never_framed_and_every_error_is_json() {
    each_backend(|s| async move {
        let get = |path: &str, bearer: Option<&str>| {
            get_with(
                path,
                bearer.map(|t| (header::AUTHORIZATION, format!("Bearer {t}"))),
            )
        };
        // The same server outside demo mode: without a metrics token, no metrics at all; with
        // one, only for whoever sends it.
        let with = |metrics_token: Option<&str>| {
            let config = Config {
                demo: false,
                metrics_token: metrics_token.map(str::to_owned),
                ..(*s.state.config).clone()
            };
            AppState {
                config: std::sync::Arc::new(config),
                ..s.state.clone()
            }
        };
        let answer = |app: Router, request: Request<Body>| async move {
            let response = app.oneshot(request).await.unwrap();
            let status = response.status();
            let body =
                String::from_utf8_lossy(&response.into_body().collect().await.unwrap().to_bytes())
                    .into_owned();
            (
                status,
                serde_json::from_str::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|j| j["error"].as_str().map(str::to_owned)),
                body,
            )
        };
        let closed = router(with(None));
        assert_eq!(
            answer(closed, get("/metrics", None)).await.0,
            StatusCode::NOT_FOUND
        );
        let guarded = router(with(Some("scrape-me-0123456789")));
        let refused = answer(guarded.clone(), get("/metrics", None)).await;
        assert_eq!(
            (refused.0, refused.1.as_deref()),
            (StatusCode::UNAUTHORIZED, Some("unauthenticated"))
        );
        assert_eq!(
            answer(
                guarded.clone(),
                get("/metrics", Some("scrape-me-0123456780"))
            )
            .await
            .0,
            StatusCode::UNAUTHORIZED
        );
        let scraped = answer(guarded, get("/metrics", Some("scrape-me-0123456789"))).await;
        assert_eq!(scraped.0, StatusCode::OK);
        assert!(
            scraped.2.contains("selfcare_db_pool_connections"),
            "{}",
            scraped.2
        );

        // The advisors' console forbids framing, by CSP and by the older header.
        let console = s.send(get("/advisor/", None)).await;
        assert_eq!(
            console.headers[header::CONTENT_SECURITY_POLICY],
            "frame-ancestors 'none'"
        );
        assert_eq!(console.headers[header::X_FRAME_OPTIONS], "DENY");

        // What axum or a file service would answer in plain text is JSON with an id.
        let post = |path: &str, body: &str| {
            Request::post(path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body.to_owned()))
                .unwrap()
        };
        for (request, status, id) in [
            (
                get("/no/such/page", None),
                StatusCode::NOT_FOUND,
                "not-found",
            ),
            (
                get("/api/v1/chat/stream?conversation=abc", None),
                StatusCode::BAD_REQUEST,
                "bad-request",
            ),
            (
                get("/demo/token", None),
                StatusCode::BAD_REQUEST,
                "bad-request",
            ),
            (
                get("/demo/sms", None),
                StatusCode::BAD_REQUEST,
                "bad-request",
            ),
            (
                get("/widget/no-such-file.js", None),
                StatusCode::NOT_FOUND,
                "not-found",
            ),
            (
                post("/healthz", ""),
                StatusCode::METHOD_NOT_ALLOWED,
                "method-not-allowed",
            ),
        ] {
            let uri = request.uri().to_string();
            let answer = s.send(request).await;
            assert_eq!(
                (answer.status, answer.json["error"].as_str()),
                (status, Some(id)),
                "{uri}: {}",
                answer.body
            );
            assert_eq!(
                answer.headers[header::CONTENT_TYPE],
                "application/json",
                "{uri}"
            );
        }
        // A server function that does not exist: refused in JSON too.
        let unknown = s.send(post("/api/v1/no-such-function", "")).await;
        assert!(unknown.status.is_client_error(), "{}", unknown.status);
        assert!(unknown.json["error"].is_string(), "{}", unknown.body);
    })
    .await;
}

/// `GET path`, with one header if given.
fn get_with(path: &str, header: Option<(header::HeaderName, String)>) -> Request<Body> {
    let mut r = Request::get(path);
    if let Some((name, value)) = header {
        r = r.header(name, value);
    }
    r.body(Body::empty()).unwrap()
}

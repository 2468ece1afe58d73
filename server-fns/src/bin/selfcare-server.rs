//! The Selfcare server: `selfcare-server [--config FILE] [--seed-scale N] [--seed-catalogue N]
//! [--seed-stores N] [--seed-products N]`.

use selfcare_server_fns::seed::{self, stores as stores_seed};
use selfcare_server_fns::server::auth::Auth;
use selfcare_server_fns::server::clock::Clock;
use selfcare_server_fns::server::config::{BackendKind, Config};
use selfcare_server_fns::server::db::Db;
use selfcare_server_fns::tmf::client::TmfClient;
use selfcare_server_fns::{server::router, server::AppState};
use std::path::PathBuf;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into());
    // JSON lines for log collectors (`SELFCARE_LOG_FORMAT=json`), readable text otherwise.
    if std::env::var("SELFCARE_LOG_FORMAT").is_ok_and(|f| f == "json") {
        tracing_subscriber::fmt()
            .json()
            .with_env_filter(filter)
            .init();
    } else {
        tracing_subscriber::fmt().with_env_filter(filter).init();
    }
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err}");
            eprintln!("selfcare-server: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    // The countries' data (`data/countries/<CC>/country.toml`): a wrong file stops here, named.
    let countries = selfcare_server_fns::countries::check_all()?;
    tracing::debug!(countries, "countries");
    let mut config_file: Option<PathBuf> = None;
    let mut scale = 0u32;
    let mut catalogue = 0u32;
    let (mut stores, mut products) = (0u32, 0u32);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--config" => config_file = args.next().map(PathBuf::from),
            "--seed-scale" => scale = args.next().ok_or("--seed-scale needs a number")?.parse()?,
            "--seed-catalogue" => {
                catalogue = args
                    .next()
                    .ok_or("--seed-catalogue needs a number")?
                    .parse()?
            }
            "--seed-stores" => {
                stores = args.next().ok_or("--seed-stores needs a number")?.parse()?
            }
            "--seed-products" => {
                products = args
                    .next()
                    .ok_or("--seed-products needs a number")?
                    .parse()?
            }
            other => return Err(format!("unknown argument {other:?}").into()),
        }
    }
    let config = Config::load(config_file.as_deref())?;
    let database_url = config.database_url();
    let db = Db::connect(&database_url, config.max_connections).await?;
    let clock = Clock::from_config(config.today);
    if seed::is_seeded(&db).await? && !seed::has_catalogue(&db).await? {
        // Seeded by a version without the product catalogue: its lines have no offering.
        if config.demo {
            tracing::warn!("the demo database predates the product catalogue: seeding it again");
            seed::clear(&db).await?;
        } else {
            tracing::warn!(
                "no product catalogue: tariff changes will answer `internal` until one is loaded"
            );
        }
    }
    if config.demo || scale > 0 || stores > 0 || products > 0 {
        // Before the customers' seed, which seeds the demo shops alone when there are none.
        if stores_seed::seed_if_empty(&db, clock.today(), stores, products).await? {
            tracing::info!(
                extra_stores = stores,
                extra_products = products,
                "seeded the shops, products and stock"
            );
        }
    }
    if !seed::is_seeded(&db).await? {
        if !config.demo && scale == 0 {
            tracing::warn!("the database is empty and demo mode is off: nothing to serve");
        } else {
            tracing::info!(scale, "seeding the database");
            seed::seed(&db, clock.today(), scale).await?;
            if catalogue > 0 {
                tracing::info!(catalogue, "adding generated offerings");
                seed::seed_catalogue(&db, catalogue).await?;
            }
        }
    } else if config.demo {
        // A demo database from before the chat and the partners: what it lacks.
        seed::advisors::seed_if_empty(&db, clock.today()).await?;
        seed::partners::seed_missing(&db).await?;
    }
    // What a country's data says applies from this start on, whatever seeded the database.
    seed::sync_country_rules(&db).await?;
    let auth = match &config.jwks {
        // The server signs the partners' tokens (`/oauth/token`) with a key of its own.
        Some(path) => Auth::from_jwks_file(path, &config.issuer, &config.audience)?
            .with_server_key(&config.data_dir)?,
        None if config.demo => Auth::demo(&config.data_dir, &config.issuer, &config.audience)?,
        None => {
            return Err(
                "no JWKS configured (set jwks or SELFCARE_JWKS), and demo mode is off".into(),
            )
        }
    };
    let addr = config.addr.clone();
    let demo = config.demo;
    let examples = config.examples_dir.is_some();
    let mut state = AppState::new(db, auth, config);
    if state.config.backend == BackendKind::Tmf {
        // Customers, lines, usage, the catalogue, orders and top-ups from the operator's
        // systems; what only the widget has stays in its own database.
        tracing::info!(url = ?state.config.tmf_url, "the operator's TMF Open APIs are the backend");
        let client = std::sync::Arc::new(TmfClient::new(
            &state.config,
            state.storage.clone(),
            state.shops.clone(),
        )?);
        state = state.with_storage(client.clone()).with_shops(client);
    }
    tokio::spawn(release_expired_reservations(state.clone()));
    if state.db.backend == selfcare_server_fns::server::db::Backend::Postgres {
        // Chat news from the other server processes on the same database.
        tokio::spawn(selfcare_server_fns::chat::domain::listen(
            database_url.clone(),
            state.hub.clone(),
        ));
    }
    let hub = state.hub.clone();
    let app = router(state);
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    let local = listener.local_addr()?;
    tracing::info!(addr = %local, "listening");
    if demo {
        print_demo_banner(&format!("http://{local}"), examples);
    }
    let stopping = async move {
        shutdown().await;
        // Open chat streams end, so that the server can stop; clients reconnect elsewhere.
        hub.close();
    };
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(stopping)
    .await?;
    tracing::info!("stopped");
    Ok(())
}

/// Gives back the units of reservations whose hold has passed, every 30 seconds. Safe with
/// several processes: each reservation is released once, by whichever gets there first.
async fn release_expired_reservations(state: AppState) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(30));
    loop {
        every.tick().await;
        match selfcare_server_fns::stores::domain::release_expired(
            &*state.shops,
            None,
            state.clock.now(),
        )
        .await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(released = n, "expired reservations released"),
            Err(err) => tracing::error!(error = %err, "releasing expired reservations failed"),
        }
    }
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}

/// What a newcomer needs after `cargo xtask demo`: where to look and who to be.
fn print_demo_banner(base: &str, examples: bool) {
    println!("\nSelfcare demo is running on {base}");
    if examples {
        println!("  example pages:  {base}/");
        for page in ["website", "kiosk", "portal"] {
            println!("                  {base}/examples/{page}/");
        }
    }
    println!("  widget:         {base}/widget/selfcare-widget.js");
    println!("  health:         {base}/healthz  {base}/readyz  {base}/metrics");
    println!("  demo sign-in identities (the example pages offer them; tokens at {base}/demo/token?customer=ID):");
    for c in seed::demo_customers() {
        println!("    {:<18} {} — {}", c.id, c.given_name, c.description);
    }
    println!();
}

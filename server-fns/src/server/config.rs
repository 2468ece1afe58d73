//! Server configuration: a TOML file, then environment variables over it.
//!
//! | TOML key | environment | default |
//! |---|---|---|
//! | `addr` | `SELFCARE_ADDR` | `127.0.0.1:8080` |
//! | `database_url` | `DATABASE_URL` | `sqlite://<data_dir>/selfcare.db` |
//! | `data_dir` | `SELFCARE_DATA_DIR` | `data` |
//! | `widget_dir` | `SELFCARE_WIDGET_DIR` | `target/selfcare-widget` |
//! | `advisor_dir` | `SELFCARE_ADVISOR_DIR` | `target/selfcare-advisor` (the advisors' console, at `/advisor/`) |
//! | `examples_dir` | `SELFCARE_EXAMPLES_DIR` | `examples` (unset: not served) |
//! | `allowed_origins` | `SELFCARE_ALLOWED_ORIGINS` (comma-separated) | none |
//! | `demo` | `SELFCARE_DEMO` (`true`/`false`) | `false` |
//! | `jwks` | `SELFCARE_JWKS` (path of a JWKS file) | none (demo: generated key) |
//! | `issuer` | `SELFCARE_ISSUER` | `selfcare-demo` |
//! | `audience` | `SELFCARE_AUDIENCE` | `selfcare-widget` |
//! | `today` | `SELFCARE_TODAY` (`YYYY-MM-DD`) | the system clock (UTC); set, a clock that starts at 10:00 UTC that day and runs on (tests, reproducible demos; see `clock.rs`) |
//! | `max_connections` | `SELFCARE_MAX_CONNECTIONS` | 16 |
//! | `chat_messages_per_minute` | `SELFCARE_CHAT_MESSAGES_PER_MINUTE` | 20 (per conversation) |
//! | `chat_requests_per_minute` | `SELFCARE_CHAT_REQUESTS_PER_MINUTE` | 120 (per client address, each process) |
//! | `advisor_hours` | `SELFCARE_ADVISOR_HOURS` | `1 0800-2000,…,6 0800-2000` (Mon–Sat 08:00–20:00 in each country's zone) |
//! | `public_url` | `SELFCARE_PUBLIC_URL` | none (the request's `Host`): links in kiosks' QR codes |
//! | `site_url` | `SELFCARE_SITE_URL` | `/examples/website/`: where those links land |
//! | `kiosk_token_seconds` | `SELFCARE_KIOSK_TOKEN_SECONDS` | 600: a kiosk session's token (renewed while the customer is there) |
//! | `metrics_token` | `SELFCARE_METRICS_TOKEN` (16 characters or more) | none: `/metrics` open in demo mode only, not served otherwise; set, it asks for `Authorization: Bearer <token>` |
//! | `backend` | `SELFCARE_BACKEND` (`sql`/`tmf`) | `sql`: customers, lines, usage, catalogue, orders and top-ups in this server's database; `tmf`: from the operator's TMF Open APIs |
//! | `tmf_url` | `SELFCARE_TMF_URL` | none (needed by `tmf`): the base before `/tmf-api/…` |
//! | `tmf_token_url` | `SELFCARE_TMF_TOKEN_URL` | none (needed by `tmf`): the OAuth 2.0 token endpoint |
//! | `tmf_client_id`, `tmf_client_secret` | `SELFCARE_TMF_CLIENT_ID`, `SELFCARE_TMF_CLIENT_SECRET` | none (needed by `tmf`): client credentials, scope `tmf` |
//! | `serve_tmf` | `SELFCARE_SERVE_TMF` (`true`/`false`) | `false` (on in demo mode): serve `/tmf-api/…` to clients with the `tmf` scope |
//! | `tmf_timeout_ms` | `SELFCARE_TMF_TIMEOUT_MS` (100–60000) | 3000: the longest one call to the operator's systems may take, retries included |

use chrono::NaiveDate;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize, Debug, Clone)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub addr: String,
    pub database_url: Option<String>,
    pub data_dir: PathBuf,
    pub widget_dir: PathBuf,
    /// The advisors' console (`cargo xtask widget` builds it), served at `/advisor/`.
    pub advisor_dir: PathBuf,
    pub examples_dir: Option<PathBuf>,
    pub allowed_origins: Vec<String>,
    pub demo: bool,
    pub jwks: Option<PathBuf>,
    pub issuer: String,
    pub audience: String,
    pub today: Option<NaiveDate>,
    pub max_connections: u32,
    /// A map tile server's URL template (`https://tiles.example/{z}/{x}/{y}.png`): the store
    /// locator shows a map when set, a list alone otherwise.
    pub map_tiles: Option<String>,
    /// What the tile server's licence asks to show (`© OpenStreetMap contributors`).
    pub map_attribution: Option<String>,
    /// When advisors answer chats, in each customer's country's time zone (ISO weekday, then
    /// periods: `1 0800-2000,6 0900-1300`). Outside them, customers leave a message.
    pub advisor_hours: String,
    /// Messages one conversation may send a minute.
    pub chat_messages_per_minute: u32,
    /// Chat requests (and streams opened) one client address may make a minute, per process.
    pub chat_requests_per_minute: u32,
    /// The server's public origin (`https://selfcare.example`), for the links kiosks show as QR
    /// codes; unset, the `Host` a request came to.
    pub public_url: Option<String>,
    /// The customer-facing site a kiosk's "continue on your phone" link and a QR sign-in
    /// open (absolute, or a path on this server); it gets `selfcare-view`, `selfcare-store`,
    /// `selfcare-product` or `selfcare-pair` in its query.
    pub site_url: String,
    /// How long a kiosk session's token lasts (at least 30 s); the kiosk renews it while the
    /// customer is there (`kiosk-renew`), so only the idle warning ends a session in use.
    pub kiosk_token_seconds: u32,
    /// The bearer token `/metrics` asks for. Unset: `/metrics` is served to anyone in demo
    /// mode only, and not at all otherwise (an internet-facing server keeps its internals).
    pub metrics_token: Option<String>,
    /// Where customers, lines, usage, the catalogue, orders and top-ups live: `sql`, this
    /// server's own database; `tmf`, the operator's systems behind TM Forum Open APIs.
    pub backend: BackendKind,
    /// The operator's TMF Open APIs (`https://bss.example`, before `/tmf-api/…`).
    pub tmf_url: Option<String>,
    /// Its OAuth 2.0 token endpoint (client credentials).
    pub tmf_token_url: Option<String>,
    pub tmf_client_id: Option<String>,
    pub tmf_client_secret: Option<String>,
    /// How long one call to the operator's systems may take, in milliseconds, before the
    /// customer is told it is unavailable.
    pub tmf_timeout_ms: u64,
    /// Serve this server's data as TMF Open APIs (`/tmf-api/…`, to clients with the `tmf`
    /// scope). Always on in demo mode.
    pub serve_tmf: bool,
}

/// The backend of the customers' data (see [`Config::backend`]).
#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum BackendKind {
    #[default]
    Sql,
    Tmf,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: "127.0.0.1:8080".into(),
            database_url: None,
            data_dir: "data".into(),
            widget_dir: "target/selfcare-widget".into(),
            advisor_dir: "target/selfcare-advisor".into(),
            examples_dir: None,
            allowed_origins: Vec::new(),
            demo: false,
            jwks: None,
            issuer: "selfcare-demo".into(),
            audience: "selfcare-widget".into(),
            today: None,
            max_connections: 16,
            map_tiles: None,
            map_attribution: None,
            advisor_hours:
                "1 0800-2000,2 0800-2000,3 0800-2000,4 0800-2000,5 0800-2000,6 0800-2000".into(),
            chat_messages_per_minute: 20,
            chat_requests_per_minute: 120,
            public_url: None,
            site_url: "/examples/website/".into(),
            kiosk_token_seconds: 600,
            metrics_token: None,
            backend: BackendKind::Sql,
            tmf_url: None,
            tmf_token_url: None,
            tmf_client_id: None,
            tmf_client_secret: None,
            tmf_timeout_ms: 3000,
            serve_tmf: false,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Parse {
        path: PathBuf,
        source: toml::de::Error,
    },
    #[error("{var}: {message}")]
    Env { var: &'static str, message: String },
}

impl Config {
    /// Reads `file` (if given) and applies the environment over it.
    pub fn load(file: Option<&Path>) -> Result<Config, ConfigError> {
        let mut config = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.into(),
                    source,
                })?;
                toml::from_str(&text).map_err(|source| ConfigError::Parse {
                    path: path.into(),
                    source,
                })?
            }
            None => Config::default(),
        };
        config.apply_env(|name| std::env::var(name).ok())?;
        Ok(config)
    }

    /// Applies overrides from `var` (the process environment, or a map in tests).
    pub fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        if let Some(v) = var("SELFCARE_ADDR") {
            self.addr = v;
        }
        if let Some(v) = var("DATABASE_URL") {
            self.database_url = Some(v);
        }
        if let Some(v) = var("SELFCARE_DATA_DIR") {
            self.data_dir = v.into();
        }
        if let Some(v) = var("SELFCARE_WIDGET_DIR") {
            self.widget_dir = v.into();
        }
        if let Some(v) = var("SELFCARE_ADVISOR_DIR") {
            self.advisor_dir = v.into();
        }
        if let Some(v) = var("SELFCARE_EXAMPLES_DIR") {
            self.examples_dir = Some(v.into());
        }
        if let Some(v) = var("SELFCARE_ALLOWED_ORIGINS") {
            self.allowed_origins = v
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
        }
        if let Some(v) = var("SELFCARE_DEMO") {
            self.demo = parse_bool("SELFCARE_DEMO", &v)?;
        }
        if let Some(v) = var("SELFCARE_JWKS") {
            self.jwks = Some(v.into());
        }
        if let Some(v) = var("SELFCARE_ISSUER") {
            self.issuer = v;
        }
        if let Some(v) = var("SELFCARE_AUDIENCE") {
            self.audience = v;
        }
        if let Some(v) = var("SELFCARE_TODAY") {
            let day = v.parse().map_err(|_| ConfigError::Env {
                var: "SELFCARE_TODAY",
                message: format!("expected YYYY-MM-DD, got {v:?}"),
            })?;
            self.today = Some(day);
        }
        if let Some(v) = var("SELFCARE_MAP_TILES") {
            let template_ok = v.starts_with("https://") || v.starts_with("http://");
            if !(template_ok && ["{z}", "{x}", "{y}"].iter().all(|p| v.contains(p))) {
                return Err(ConfigError::Env {
                    var: "SELFCARE_MAP_TILES",
                    message: format!(
                        "expected an http(s) URL with {{z}}, {{x}} and {{y}}, got {v:?}"
                    ),
                });
            }
            self.map_tiles = Some(v);
        }
        if let Some(v) = var("SELFCARE_MAP_ATTRIBUTION") {
            self.map_attribution = Some(v);
        }
        for (name, field) in [
            (
                "SELFCARE_CHAT_MESSAGES_PER_MINUTE",
                &mut self.chat_messages_per_minute,
            ),
            (
                "SELFCARE_CHAT_REQUESTS_PER_MINUTE",
                &mut self.chat_requests_per_minute,
            ),
            (
                "SELFCARE_KIOSK_TOKEN_SECONDS",
                &mut self.kiosk_token_seconds,
            ),
        ] {
            if let Some(v) = var(name) {
                *field = v.parse().map_err(|_| ConfigError::Env {
                    var: name,
                    message: format!("not a number: {v:?}"),
                })?;
            }
        }
        if let Some(v) = var("SELFCARE_ADVISOR_HOURS") {
            self.advisor_hours = v;
        }
        if let Some(v) = var("SELFCARE_PUBLIC_URL") {
            self.public_url = Some(v).filter(|v| !v.is_empty());
        }
        if let Some(v) = var("SELFCARE_SITE_URL") {
            self.site_url = v;
        }
        if let Some(v) = var("SELFCARE_METRICS_TOKEN") {
            self.metrics_token = Some(v).filter(|v| !v.is_empty());
        }
        if self.metrics_token.as_ref().is_some_and(|t| t.len() < 16) {
            return Err(ConfigError::Env {
                var: "SELFCARE_METRICS_TOKEN",
                message: "at least 16 characters".into(),
            });
        }
        if self.kiosk_token_seconds < 30 {
            return Err(ConfigError::Env {
                var: "SELFCARE_KIOSK_TOKEN_SECONDS",
                message: format!("at least 30, got {}", self.kiosk_token_seconds),
            });
        }
        if crate::server::hours::parse_week(&self.advisor_hours).is_none() {
            return Err(ConfigError::Env {
                var: "SELFCARE_ADVISOR_HOURS",
                message: format!("not weekly hours: {:?}", self.advisor_hours),
            });
        }
        self.apply_tmf_env(&var)?;
        if let Some(v) = var("SELFCARE_MAX_CONNECTIONS") {
            self.max_connections = v.parse().map_err(|_| ConfigError::Env {
                var: "SELFCARE_MAX_CONNECTIONS",
                message: format!("expected a number, got {v:?}"),
            })?;
        }
        Ok(())
    }

    /// The backend and the operator's TMF Open APIs: `SELFCARE_BACKEND`, `SELFCARE_TMF_URL`,
    /// `SELFCARE_TMF_TOKEN_URL`, `SELFCARE_TMF_CLIENT_ID`, `SELFCARE_TMF_CLIENT_SECRET`,
    /// `SELFCARE_TMF_TIMEOUT_MS`. A `tmf` backend needs all of its URLs and credentials.
    fn apply_tmf_env(&mut self, var: &impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        if let Some(v) = var("SELFCARE_BACKEND") {
            self.backend = match v.as_str() {
                "sql" => BackendKind::Sql,
                "tmf" => BackendKind::Tmf,
                _ => {
                    return Err(ConfigError::Env {
                        var: "SELFCARE_BACKEND",
                        message: format!("expected sql or tmf, got {v:?}"),
                    })
                }
            };
        }
        for (name, field) in [
            ("SELFCARE_TMF_URL", &mut self.tmf_url),
            ("SELFCARE_TMF_TOKEN_URL", &mut self.tmf_token_url),
            ("SELFCARE_TMF_CLIENT_ID", &mut self.tmf_client_id),
            ("SELFCARE_TMF_CLIENT_SECRET", &mut self.tmf_client_secret),
        ] {
            if let Some(v) = var(name) {
                *field = Some(v).filter(|v| !v.is_empty());
            }
        }
        if let Some(v) = var("SELFCARE_SERVE_TMF") {
            self.serve_tmf = parse_bool("SELFCARE_SERVE_TMF", &v)?;
        }
        if let Some(v) = var("SELFCARE_TMF_TIMEOUT_MS") {
            self.tmf_timeout_ms = v.parse().map_err(|_| ConfigError::Env {
                var: "SELFCARE_TMF_TIMEOUT_MS",
                message: format!("expected a number, got {v:?}"),
            })?;
        }
        if self.backend == BackendKind::Tmf {
            let url_ok = |u: &Option<String>| {
                u.as_ref()
                    .is_some_and(|u| u.starts_with("http://") || u.starts_with("https://"))
            };
            if !url_ok(&self.tmf_url) || !url_ok(&self.tmf_token_url) {
                return Err(ConfigError::Env {
                    var: "SELFCARE_TMF_URL",
                    message: "the tmf backend needs tmf_url and tmf_token_url (http or https)"
                        .into(),
                });
            }
            if self.tmf_client_id.is_none() || self.tmf_client_secret.is_none() {
                return Err(ConfigError::Env {
                    var: "SELFCARE_TMF_CLIENT_ID",
                    message: "the tmf backend needs tmf_client_id and tmf_client_secret".into(),
                });
            }
        }
        if !(100..=60_000).contains(&self.tmf_timeout_ms) {
            return Err(ConfigError::Env {
                var: "SELFCARE_TMF_TIMEOUT_MS",
                message: format!("between 100 and 60000, got {}", self.tmf_timeout_ms),
            });
        }
        Ok(())
    }

    /// The database to use: `database_url`, else an SQLite file in the data directory.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("selfcare.db").display()
            ),
        }
    }
}

fn parse_bool(var: &'static str, value: &str) -> Result<bool, ConfigError> {
    match value {
        "1" | "true" | "yes" => Ok(true),
        "0" | "false" | "no" => Ok(false),
        _ => Err(ConfigError::Env {
            var,
            message: format!("expected true or false, got {value:?}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn environment_overrides_file() {
        let mut config: Config = toml::from_str("addr = \"0.0.0.0:9000\"\ndemo = true\n").unwrap();
        let env: HashMap<&str, &str> = [
            ("SELFCARE_ADDR", "127.0.0.1:1234"),
            ("SELFCARE_ALLOWED_ORIGINS", "http://a.test, http://b.test"),
            ("SELFCARE_TODAY", "2026-03-29"),
        ]
        .into();
        config
            .apply_env(|k| env.get(k).map(|v| v.to_string()))
            .unwrap();
        assert_eq!(config.addr, "127.0.0.1:1234");
        assert!(config.demo);
        assert_eq!(config.allowed_origins, ["http://a.test", "http://b.test"]);
        assert_eq!(config.today, NaiveDate::from_ymd_opt(2026, 3, 29));
    }

    #[test]
    fn bad_values_are_refused() {
        let mut config = Config::default();
        let err = config
            .apply_env(|k| (k == "SELFCARE_DEMO").then(|| "maybe".into()))
            .unwrap_err();
        assert!(err.to_string().contains("SELFCARE_DEMO"));
        assert!(toml::from_str::<Config>("unknown_key = 1").is_err());
        let err = Config::default()
            .apply_env(|k| (k == "SELFCARE_ADVISOR_HOURS").then(|| "mornings".into()))
            .unwrap_err();
        assert!(err.to_string().contains("SELFCARE_ADVISOR_HOURS"));
        let err = Config::default()
            .apply_env(|k| (k == "SELFCARE_CHAT_MESSAGES_PER_MINUTE").then(|| "many".into()))
            .unwrap_err();
        assert!(err
            .to_string()
            .contains("SELFCARE_CHAT_MESSAGES_PER_MINUTE"));
    }
}

// The browser-test harness: the real server (built by `cargo xtask test`) on a free port with
// a fresh SQLite database, a second origin serving hostile host pages, and Debian's Chromium.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import net from "node:net";
import { chromium } from "playwright-core";
import { before, after } from "node:test";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = process.env.SELFCARE_ROOT ?? join(here, "../../..");
export const TODAY = "2026-11-26";

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function waitFor(url, child, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Starts the Selfcare server in demo mode on a fresh SQLite database. */
export async function startServer({ hostOrigins = [], env = {} } = {}) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "selfcare-browser-"));
  const bin = process.env.SELFCARE_SERVER_BIN ?? join(ROOT, "target/debug/selfcare-server");
  const child = spawn(bin, [], {
    env: {
      ...process.env,
      RUST_LOG: "warn",
      SELFCARE_ADDR: `127.0.0.1:${port}`,
      SELFCARE_DEMO: "true",
      SELFCARE_TODAY: TODAY,
      SELFCARE_DATA_DIR: dataDir,
      SELFCARE_WIDGET_DIR: join(ROOT, "target/selfcare-widget"),
      SELFCARE_ADVISOR_DIR: join(ROOT, "target/selfcare-advisor"),
      SELFCARE_EXAMPLES_DIR: join(ROOT, "examples"),
      SELFCARE_ALLOWED_ORIGINS: [origin, ...hostOrigins].join(","),
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`${origin}/readyz`, child);
  return {
    origin,
    async token(customer) {
      const r = await fetch(`${origin}/demo/token?customer=${customer}`);
      return (await r.json()).token;
    },
    /** Calls a server function directly, as the widget does. */
    async call(name, customer, body = "") {
      const r = await fetch(`${origin}/api/v1/${name}`, {
        method: "POST",
        headers: { authorization: `Bearer ${await this.token(customer)}`, "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body,
      });
      return r.json();
    },
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r() : child.on("exit", r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A second origin serving host pages from ./pages, with `{{API}}` replaced by the server's origin. */
export async function startHostServer(api, port) {
  port ??= await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const bootstrap = readFileSync(require.resolve("bootstrap/dist/css/bootstrap.min.css"));
  const server = createServer((req, res) => {
    const path = new URL(req.url, origin).pathname;
    if (path === "/bootstrap.min.css") {
      res.writeHead(200, { "content-type": "text/css" });
      return res.end(bootstrap);
    }
    const name = path.replace(/^\//, "") || "index.html";
    if (!/^[a-z0-9-]+\.(html|css|js|svg)$/.test(name)) {
      res.writeHead(404);
      return res.end();
    }
    let body;
    try {
      body = readFileSync(join(here, "../pages", name), "utf8").replaceAll("{{API}}", api);
    } catch {
      res.writeHead(404);
      return res.end();
    }
    const type = { html: "text/html", css: "text/css", js: "text/javascript", svg: "image/svg+xml" }[name.split(".").pop()];
    const headers = { "content-type": `${type}; charset=utf-8` };
    if (type === "text/html") {
      // The strict policy of issue 2: nothing inline, wasm allowed, the API's origin for
      // the module, its wasm and its messages, and the server functions.
      headers["content-security-policy"] =
        `default-src 'self'; script-src 'self' ${api} 'wasm-unsafe-eval'; style-src 'self'; connect-src ${api}; img-src 'self'; frame-src ${api}`;
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((r) => server.listen(port, "127.0.0.1", r));
  return { origin, stop: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** A new page that records console errors, page errors and CSP violations. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__selfcareEvents = [];
    for (const name of ["selfcare:ready", "selfcare:error", "selfcare:tariff-changed", "selfcare:addon-added", "selfcare:reservation-created", "selfcare:chat-handoff", "selfcare:top-up-requested", "selfcare:sign-in-requested"]) {
      document.addEventListener(name, (e) => window.__selfcareEvents.push({ name, detail: e.detail }));
    }
  });
  page.problems = problems;
  return page;
}

/** Waits until a widget on the page has shown the usage view with figures. */
export async function usageShown(page, nth = 0) {
  await page.locator("selfcare-widget").nth(nth).locator(".sc-meter").first().waitFor({ timeout: 30_000 });
}

/** axe-core on the widgets of the page (their shadow roots included): the violations found. */
export async function axe(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(async () =>
    window.axe.run({ include: [["selfcare-widget"]] }, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    }),
  );
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Text of the widget, as shown (hidden parts excluded), without Unicode isolation marks. */
export async function widgetText(page, nth = 0) {
  const text = await page.locator("selfcare-widget").nth(nth).locator(".sc-root").innerText();
  return text.replace(/[\u2068\u2069]/g, "");
}

/** Waits until an example page's demo sign-in chooser is filled and applied. */
export async function signInReady(page) {
  await page.waitForFunction(() => document.getElementById("customer")?.options.length > 1);
}

/** The partner-portal example with its widget in `locale`, signed in as `customer` ("" for nobody). */
export function portalAs(shared, customer, locale, pageOptions = {}) {
  return exampleAs(shared, "portal", customer, locale, pageOptions);
}

/** An example page (`portal`, `website`) with its widget in `locale`, signed in as `customer`
 *  with the page's demo sign-in ("" for nobody); `prepare(page)` runs before it is loaded. */
export async function exampleAs(shared, example, customer, locale, pageOptions = {}, prepare = () => {}) {
  const page = await newPage(shared.browser, pageOptions);
  prepare(page);
  await page.goto(`${shared.server.origin}/examples/${example}/`);
  await signInReady(page);
  await page.evaluate(([customer, locale]) => {
    document.querySelector("selfcare-widget").setAttribute("locale", locale);
    const select = document.getElementById("customer");
    select.value = customer;
    select.dispatchEvent(new Event("change"));
  }, [customer, locale]);
  return page;
}

/**
 * For a test file: the server, `count` host-page servers on other origins (each allowed by the
 * server's CORS and framing lists) and the browser, started before its tests and stopped after.
 * Returns an object whose `server`, `hosts` and `browser` are set once started.
 */
export function serverHostsAndBrowser(count) {
  const shared = { hosts: [] };
  before(async () => {
    // The host origins must be allowed by the server before it starts.
    const ports = [];
    for (let i = 0; i < count; i++) ports.push(await freePort());
    shared.server = await startServer({ hostOrigins: ports.map((p) => `http://127.0.0.1:${p}`) });
    for (const port of ports) shared.hosts.push(await startHostServer(shared.server.origin, port));
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    for (const host of shared.hosts) await host.stop();
    await shared.server?.stop();
  });
  return shared;
}

/**
 * For a test file: the server and the browser, started before its tests and stopped after.
 * Returns an object whose `server` and `browser` are set once started.
 */
export function serverAndBrowser(options) {
  const shared = {};
  before(async () => {
    shared.server = await startServer(options);
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.stop();
  });
  return shared;
}

/** The advisors' console (desktop size), signed in as the demo advisor `name`, once `ready`
 *  (a selector) is shown. */
export async function consoleAs(shared, name, ready = ".waiting") {
  const page = await newPage(shared.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${shared.server.origin}/advisor/`);
  await page.getByRole("button", { name: new RegExp(`Sign in as ${name}`) }).click();
  await page.locator(ready).first().waitFor();
  return page;
}

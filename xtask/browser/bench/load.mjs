// Load benchmark: time from DOMContentLoaded to the usage view rendered with data, and the
// host page's main-thread blocking time, in headless Chromium with 4× CPU throttling and a
// slow network; and the host pages' total blocking time (long tasks beyond 50 ms, from the
// start of navigation to 5 s after the load event) with the widget and without it (its
// script refused): the portal (the widget inline) and the website (behind its launcher); a
// tab's first opening (its part loaded then); the launcher's click to the panel with data,
// cold and after the pointer rested on it. Prints one JSON line. Usage: node bench/load.mjs <server origin> [runs]
import { launch } from "../lib/harness.mjs";

const origin = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
// Lighthouse's "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const browser = await launch();
const samples = [];
/** A new page on the slow network and CPU, recording its long tasks, cache disabled. */
async function throttledPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  return { context, page };
}

for (let i = 0; i < runs; i++) {
  const { context, page } = await throttledPage();
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      window.__dcl = performance.now();
      const poll = () => {
        const root = document.querySelector("selfcare-widget")?.shadowRoot;
        if (root?.querySelector(".sc-meter")) window.__rendered = performance.now();
        else requestAnimationFrame(poll);
      };
      poll();
    });
  });
  await page.goto(`${origin}/examples/portal/`);
  await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 120_000 });
  const { dcl, rendered, longTasks } = await page.evaluate(() => ({ dcl: window.__dcl, rendered: window.__rendered, longTasks: window.__longTasks }));
  const blocking = longTasks.filter((t) => t.start < rendered).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  const hostWith = await totalBlocking(page);
  await context.close();
  samples.push({
    dclToUsage: rendered - dcl,
    tab: await firstTabOpen(),
    launcherCold: await launcherToData(false),
    launcherAfterIntent: await launcherToData(true),
    blocking,
    hostWith,
    hostWithout: await hostAlone("/examples/portal/", false),
    siteWith: await hostAlone("/examples/website/", true),
    siteWithout: await hostAlone("/examples/website/", false),
  });
}

/** The portal with its usage shown: how long the store locator's tab takes to show its
 *  title the first time it is pressed (its part downloaded, instantiated and rendered). */
async function firstTabOpen() {
  const { context, page } = await throttledPage();
  await page.goto(`${origin}/examples/portal/`);
  const widget = page.locator("selfcare-widget");
  await widget.locator(".sc-meter").first().waitFor({ timeout: 120_000 });
  await page.waitForLoadState("networkidle");
  const tab = widget.locator(".sc-tab").nth(1);
  const start = await page.evaluate(() => performance.now());
  await tab.click();
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector("#sc-stores-title"), null, { timeout: 120_000, polling: "raf" });
  const end = await page.evaluate(() => performance.now());
  await context.close();
  return end - start;
}

/** The website, its launcher drawn: from the click on it to the panel showing the usage.
 *  `intent`: the pointer rested on the launcher first, until the application had loaded. */
async function launcherToData(intent) {
  const { context, page } = await throttledPage();
  await page.goto(`${origin}/examples/website/`);
  const widget = page.locator("selfcare-widget");
  await widget.locator(".sc-launcher").waitFor({ timeout: 120_000 });
  await page.waitForLoadState("networkidle");
  if (intent) {
    await widget.locator(".sc-launcher").hover();
    await widget.locator(".sc-launcher[aria-controls]").waitFor({ timeout: 120_000 });
  }
  const start = await page.evaluate(() => performance.now());
  await widget.locator(".sc-launcher").click();
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-meter"), null, { timeout: 120_000, polling: "raf" });
  const end = await page.evaluate(() => performance.now());
  await context.close();
  return end - start;
}

/** The page's total blocking time from navigation start to 5 s after its load event. */
async function totalBlocking(page) {
  await page.waitForFunction(() => performance.getEntriesByType("navigation")[0]?.loadEventEnd > 0, null, { timeout: 120_000 });
  const end = await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd + 5000);
  await page.waitForFunction((end) => performance.now() > end, end, { timeout: 120_000, polling: 250 });
  const tasks = await page.evaluate(() => window.__longTasks);
  return tasks.filter((t) => t.start < end).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
}

/** `path` under the same network and CPU, with the widget or with its script refused (the
 *  host alone): its total blocking time. */
async function hostAlone(path, withWidget) {
  const { context, page } = await throttledPage();
  if (!withWidget) await page.route("**/widget/**", (route) => route.abort());
  await page.goto(`${origin}${path}`);
  const tbt = await totalBlocking(page);
  await context.close();
  return tbt;
}
await browser.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x);
console.log(JSON.stringify({
  runs,
  dclToUsageMs: { median: round(median(samples.map((s) => s.dclToUsage))), min: round(Math.min(...samples.map((s) => s.dclToUsage))), max: round(Math.max(...samples.map((s) => s.dclToUsage))) },
  firstTabOpenMs: { median: round(median(samples.map((s) => s.tab))), max: round(Math.max(...samples.map((s) => s.tab))) },
  launcherClickToDataMs: {
    cold: { median: round(median(samples.map((s) => s.launcherCold))), max: round(Math.max(...samples.map((s) => s.launcherCold))) },
    afterIntent: { median: round(median(samples.map((s) => s.launcherAfterIntent))), max: round(Math.max(...samples.map((s) => s.launcherAfterIntent))) },
  },
  blockingMs: { median: round(median(samples.map((s) => s.blocking))), max: round(Math.max(...samples.map((s) => s.blocking))) },
  hostTotalBlockingMs: Object.fromEntries([
    ["portalWithWidget", "hostWith"], ["portalWithout", "hostWithout"], ["websiteWithLauncher", "siteWith"], ["websiteWithout", "siteWithout"],
  ].map(([name, key]) => [name, { median: round(median(samples.map((s) => s[key]))), max: round(Math.max(...samples.map((s) => s[key]))) }])),
}));

// Load benchmark: time from DOMContentLoaded to the usage view rendered with data, and the
// host page's main-thread blocking time, in headless Chromium with 4× CPU throttling and a
// slow network. Prints one JSON line. Usage: node bench/load.mjs <server origin> [runs]
import { launch } from "../lib/harness.mjs";

const origin = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
// Lighthouse's "Slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const browser = await launch();
const samples = [];
for (let i = 0; i < runs; i++) {
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
  samples.push({ dclToUsage: rendered - dcl, blocking });
  await context.close();
}
await browser.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x);
console.log(JSON.stringify({
  runs,
  dclToUsageMs: { median: round(median(samples.map((s) => s.dclToUsage))), min: round(Math.min(...samples.map((s) => s.dclToUsage))), max: round(Math.max(...samples.map((s) => s.dclToUsage))) },
  blockingMs: { median: round(median(samples.map((s) => s.blocking))), max: round(Math.max(...samples.map((s) => s.blocking))) },
}));

// Issue 17, each feature loaded when it is opened: the first view (usage) comes with the main
// module alone; the store locator, the chat, the tariff flow and partner access each arrive as
// a part of their own (`split_<name>.wasm`) when first opened or pointed at, in English and in
// Arabic; a part that cannot be downloaded says so in its own view with "try again" while the
// rest of the widget goes on, and its retry recovers; two widgets on one page download each
// part once; a kiosk downloads the kiosk build's files and never the page build's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverHostsAndBrowser, newPage, usageShown, exampleAs, axe } from "../lib/harness.mjs";

const shared = serverHostsAndBrowser(1);
const w = (page) => page.locator("selfcare-widget").first();

/** Records the widget's files the page downloads, in `page.files` (paths under /widget/), and
 *  the type and caching each was served with, in `page.served`. */
function recordFiles(page) {
  page.files = [];
  page.served = {};
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/widget/")) page.files.push(path);
  });
  page.on("response", async (r) => {
    const path = new URL(r.url()).pathname;
    const headers = await r.allHeaders();
    if (path.startsWith("/widget/")) page.served[path.replace(/[a-z]+-[0-9a-f]{16}\//, "")] = `${headers["content-type"]}; ${headers["cache-control"]}`;
  });
}

/** The parts (`split_<name>`) downloaded so far, each as often as it was downloaded. */
const partsOf = (page) => page.files.map((f) => f.match(/\/split_([a-z]+)\.wasm$/)?.[1]).filter(Boolean).sort();

/** The message files downloaded so far (`ar`, `ar.chat`…), each as often as it was. */
const wordsOf = (page) => page.files.map((f) => f.match(/^\/widget\/i18n\/(.+)\.messages$/)?.[1]).filter(Boolean).sort();

/** The shadow root's focused element's id. */
const focusedId = (page) => page.evaluate(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.id);

const WORDS = {
  en: { usage: "My usage", stores: "Stores", chat: "Chat", storesTitle: "Find a store", chatTitle: "Chat with us", plan: "Change plan", partners: "Partner access", error: "We can't reach the service. Check your connection and try again.", retry: "Try again" },
  ar: { usage: "استهلاكي", stores: "المتاجر", chat: "المحادثة", storesTitle: "ابحث عن متجر", chatTitle: "تحدث معنا", plan: "تغيير الباقة", partners: "وصول الشركاء", error: "تعذّر الوصول إلى الخدمة. تحقّق من اتصالك وحاول مرة أخرى.", retry: "إعادة المحاولة" },
};

for (const [locale, customer] of [["en", "cust-jo-lina"], ["ar", "cust-eg-ahmed"]]) {
  test(`the usage view with the main module alone; the locator, the chat and the tariff flow each load when opened (portal, ${locale})`, async () => {
    const words = WORDS[locale];
    const page = await exampleAs(shared, "portal", customer, locale, { viewport: { width: 360, height: 740 } }, recordFiles);
    await usageShown(page);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(partsOf(page), [], "the usage view needs no part");
    // The first view's words alone: each part's come with the part.
    assert.deepEqual(wordsOf(page).filter((f) => f.includes(".")), [], `${wordsOf(page)}`);
    assert.ok(wordsOf(page).includes(locale), `${wordsOf(page)}`);
    assert.ok(page.files.some((f) => /^\/widget\/app-[0-9a-f]{16}\/selfcare_widget_bg\.wasm$/.test(f)), `${page.files}`);

    // The locator: its tab opens on its title, focused, once its part has arrived.
    await w(page).locator(".sc-tabs").getByRole("button", { name: words.stores, exact: true }).click();
    await w(page).locator("#sc-stores-title").waitFor();
    assert.equal((await w(page).locator("#sc-stores-title").innerText()).trim(), words.storesTitle);
    await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.id === "sc-stores-title");
    assert.deepEqual(partsOf(page), ["stores"]);
    assert.deepEqual(wordsOf(page).filter((f) => f.includes(".")), [`${locale}.stores`]);
    // A build's files are named after their contents: kept for good; the module script,
    // which names them, is checked again each time.
    assert.equal(page.served["/widget/split_stores.wasm"], "application/wasm; public, max-age=31536000, immutable");
    assert.equal(page.served["/widget/selfcare-widget.js"], "text/javascript; no-cache");

    // The chat.
    await w(page).locator(".sc-tabs").getByRole("button", { name: words.chat, exact: true }).click();
    await w(page).locator("#sc-chat-title").waitFor();
    assert.equal((await w(page).locator("#sc-chat-title").innerText()).trim(), words.chatTitle);
    await w(page).locator(".sc-chat-log .sc-msg").first().waitFor();
    assert.deepEqual(partsOf(page), ["chat", "stores"]);
    // The chat's cards name plans as the tariff flow does: its words come with the chat's.
    assert.deepEqual(wordsOf(page).filter((f) => f.includes(".")), [`${locale}.chat`, `${locale}.stores`, `${locale}.tariff`]);

    // The tariff flow, from the usage view's button.
    await w(page).locator(".sc-tabs").getByRole("button", { name: words.usage, exact: true }).click();
    await w(page).locator(".sc-change-plan").click();
    await w(page).locator("#sc-tariff-title").waitFor();
    assert.equal((await w(page).locator("#sc-tariff-title").innerText()).trim(), words.plan);
    await w(page).locator(".sc-offer").first().waitFor();
    assert.deepEqual(partsOf(page), ["chat", "stores", "tariff"]);
    assert.deepEqual(wordsOf(page).filter((f) => f.includes(".")), [`${locale}.chat`, `${locale}.stores`, `${locale}.tariff`], "each downloaded once");
    if (locale === "en") {
      // Another language chosen now comes with the words of every part opened so far.
      await w(page).locator(".sc-language select").selectOption("ar");
      await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-root").dir === "rtl");
      assert.equal((await w(page).locator("#sc-tariff-title").innerText()).trim(), WORDS.ar.plan);
      assert.deepEqual(wordsOf(page).filter((f) => f.startsWith("ar")), ["ar", "ar.chat", "ar.stores", "ar.tariff"]);
    }
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("partner access loads when its button is first pointed at (website, ar)", async () => {
  const page = await newPage(shared.browser, { viewport: { width: 1280, height: 800 } });
  recordFiles(page);
  await page.addInitScript(() => document.addEventListener("DOMContentLoaded", () => document.querySelector("selfcare-widget").setAttribute("locale", "ar")));
  await page.goto(`${shared.server.origin}/examples/website/`);
  await page.waitForFunction(() => document.getElementById("customer")?.options.length > 1);
  await page.evaluate(() => {
    const select = document.getElementById("customer");
    select.value = "cust-eg-ahmed";
    select.dispatchEvent(new Event("change"));
  });
  await w(page).locator(".sc-launcher").click();
  await usageShown(page);
  await page.waitForLoadState("networkidle");
  assert.deepEqual(partsOf(page), []);
  const toggle = w(page).locator(".sc-partners-toggle");
  await toggle.hover();
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.includes("/split_partners.wasm") && e.responseEnd > 0));
  await toggle.click();
  await w(page).locator("#sc-partners-title").waitFor();
  assert.equal((await w(page).locator("#sc-partners-title").innerText()).trim(), WORDS.ar.partners);
  assert.deepEqual(partsOf(page), ["partners"]);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

for (const locale of ["en", "ar"]) {
  test(`a part that cannot be downloaded says so in its view, the rest goes on, and its retry recovers (${locale})`, async () => {
    const words = WORDS[locale];
    const page = await exampleAs(shared, "portal", locale === "ar" ? "cust-eg-ahmed" : "cust-jo-lina", locale, { viewport: { width: 360, height: 740 } });
    recordFiles(page);
    await usageShown(page);
    let [offline, refused] = [true, 0];
    await page.route(/\/split_stores\.wasm$/, (route) => (offline ? (refused++, route.abort()) : route.continue()));
    await w(page).locator(".sc-tabs").getByRole("button", { name: words.stores, exact: true }).click();
    const alert = w(page).locator(".sc-view [role=alert]");
    await alert.waitFor();
    assert.equal((await alert.locator("p").innerText()).trim(), words.error);
    assert.ok(refused >= 1);
    // The rest of the widget goes on: the usage view, then back to the locator.
    await w(page).locator(".sc-tabs").getByRole("button", { name: words.usage, exact: true }).click();
    await usageShown(page);
    await w(page).locator(".sc-tabs").getByRole("button", { name: words.stores, exact: true }).click();
    await alert.waitFor();
    assert.deepEqual(await axe(page), []);
    // Back online, "try again" brings the locator, its title focused.
    offline = false;
    await alert.getByRole("button", { name: words.retry }).click();
    await w(page).locator("#sc-stores-title").waitFor();
    await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.id === "sc-stores-title");
    assert.equal(await alert.count(), 0);
    assert.equal((await w(page).locator("#sc-stores-title").innerText()).trim(), words.storesTitle);
    // What failed: the aborted downloads, which the splitter's loader also logs.
    assert.deepEqual(page.problems.filter((p) => !p.includes("net::ERR_FAILED") && !p.includes("Failed to fetch")), []);
    await page.context().close();
  });
}

test("a part that is the first view arrives without taking focus from the host page", async () => {
  const page = await newPage(shared.browser, { viewport: { width: 1280, height: 800 } });
  recordFiles(page);
  await page.addInitScript(() => document.addEventListener("DOMContentLoaded", () => {
    document.querySelector("selfcare-widget").setAttribute("features", "stores");
    document.getElementById("customer").focus();
  }));
  await page.goto(`${shared.server.origin}/examples/portal/`);
  await w(page).locator("#sc-stores-title").waitFor();
  await page.waitForLoadState("networkidle");
  assert.deepEqual(partsOf(page), ["stores"]);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "customer", "focus stays where the page put it");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("two widgets on one page download each part once (another origin, strict CSP)", async () => {
  const page = await newPage(shared.browser, { viewport: { width: 1280, height: 900 } });
  recordFiles(page);
  await page.goto(`${shared.hosts[0].origin}/csp.html`);
  await usageShown(page, 0);
  await usageShown(page, 1);
  // Both ask for the locator while its part is on its way.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/split_stores\.wasm$/, async (route) => {
    await held;
    route.continue();
  });
  const tabs = [[0, "Stores", "Find a store"], [1, "المتاجر", "ابحث عن متجر"]];
  for (const [nth, tab] of tabs) {
    await page.locator("selfcare-widget").nth(nth).locator(".sc-tabs").getByRole("button", { name: tab, exact: true }).click();
  }
  for (const [nth] of tabs) await page.locator("selfcare-widget").nth(nth).locator(".sc-view .sc-loading").waitFor();
  release();
  for (const [nth, , title] of tabs) {
    const widget = page.locator("selfcare-widget").nth(nth);
    await widget.locator("#sc-stores-title").waitFor();
    assert.equal((await widget.locator("#sc-stores-title").innerText()).trim(), title);
  }
  await page.waitForLoadState("networkidle");
  assert.deepEqual(partsOf(page), ["stores"]);
  assert.equal(page.files.filter((f) => f.endsWith("_bg.wasm")).length, 1, `${page.files}`);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], "CSP violations");
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("a kiosk downloads the kiosk build and none of the page build", async () => {
  const page = await newPage(shared.browser, { viewport: { width: 1080, height: 1920 } });
  recordFiles(page);
  await page.goto(`${shared.server.origin}/examples/kiosk/`);
  await page.locator("selfcare-widget .sc-attract").first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const builds = page.files.filter((f) => /^\/widget\/[a-z]+-[0-9a-f]{16}\//.test(f));
  assert.ok(builds.length > 0 && builds.every((f) => f.startsWith("/widget/kiosk-")), `${page.files}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// Issue 17, the launcher of a few KiB: before the customer shows the intent to open it, a
// website downloads the module script alone (≤ 8 KiB brotli, checked by `cargo xtask size`)
// and the widget asks the API nothing; the pointer on the launcher loads the application;
// opening the panel fetches the customer's data, and only then. A failed load says so in the
// panel, in the page's language, and its retry recovers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serverAndBrowser, newPage, usageShown, signInReady, axe, ROOT } from "../lib/harness.mjs";

const shared = serverAndBrowser();
const w = (page) => page.locator("selfcare-widget");

/** The website example signed in as `customer`, its widget in `locale` from the start; the
 *  widget's requests (its files and the API) are collected in `page.widgetRequests`. */
async function website(customer, locale, viewport) {
  const page = await newPage(shared.browser, { viewport });
  page.widgetRequests = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/widget/") || path.startsWith("/api/")) page.widgetRequests.push(path);
  });
  await page.addInitScript((locale) => {
    document.addEventListener("DOMContentLoaded", () => document.querySelector("selfcare-widget").setAttribute("locale", locale));
  }, locale);
  await page.goto(`${shared.server.origin}/examples/website/`);
  await signInReady(page);
  await page.evaluate((customer) => {
    const select = document.getElementById("customer");
    select.value = customer;
    select.dispatchEvent(new Event("change"));
  }, customer);
  await page.waitForLoadState("networkidle");
  return page;
}

for (const [locale, customer, label, viewport] of [
  ["fr", "cust-fr-camille", "Mon espace", { width: 1280, height: 800 }],
  ["ar", "cust-eg-ahmed", "حسابي", { width: 360, height: 740 }],
]) {
  test(`the launcher alone until intent, the application on intent, the data on opening (${locale}, ${viewport.width} px)`, async () => {
    const page = await website(customer, locale, viewport);
    const launcher = w(page).locator(".sc-launcher");
    assert.equal((await launcher.innerText()).trim(), label);
    assert.equal(await launcher.getAttribute("aria-expanded"), "false");
    // A moment more: still nothing but the module script.
    await page.waitForTimeout(500);
    assert.deepEqual(page.widgetRequests, ["/widget/selfcare-widget.js"]);

    // Intent: the application and its messages load; nothing personal is asked for.
    await launcher.hover();
    // The application's own launcher (the one that controls its panel) replaces the drawn one.
    await w(page).locator(".sc-launcher[aria-controls]").waitFor();
    await page.waitForLoadState("networkidle");
    assert.ok(page.widgetRequests.some((r) => /^\/widget\/app-[0-9a-f]+\/selfcare_widget_bg\.wasm$/.test(r)), `${page.widgetRequests}`);
    assert.ok(page.widgetRequests.some((p) => p.startsWith(`/widget/i18n/${locale}`)), `${page.widgetRequests}`);
    assert.deepEqual(page.widgetRequests.filter((p) => p.startsWith("/api/")), [], "nothing asked of the API before the panel opens");

    // Opening: the customer's data, focus on the panel's title.
    await launcher.click();
    await usageShown(page);
    assert.ok(page.widgetRequests.some((p) => p.startsWith("/api/v1/usage")), `${page.widgetRequests}`);
    assert.equal(await launcher.getAttribute("aria-expanded"), "true");
    assert.equal(await page.evaluate(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.className), "sc-title");
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("a click before anything loaded shows the panel loading, then the data; a failed load says so and its retry recovers (en)", async () => {
  const page = await website("cust-ro-ioana", "en", { width: 360, height: 740 });
  // The application's WebAssembly cannot be downloaded (offline, say) until `offline` is false.
  let [offline, refused] = [true, 0];
  await page.route(/\/widget\/app-[0-9a-f]+\/selfcare_widget_bg\.wasm$/, (route) => (offline ? (refused++, route.abort()) : route.continue()));
  const launcher = w(page).locator(".sc-launcher");
  await launcher.click();
  const error = w(page).locator(".sc-panel [role=alert]");
  await error.waitFor();
  assert.match(await error.innerText(), /We can't reach the service\. Check your connection and try again\./);
  const events = await page.evaluate(() => window.__selfcareEvents.map((e) => `${e.name} ${e.detail.error}`));
  assert.deepEqual(events, ["selfcare:error load-failed"]);
  assert.equal(refused, 1);
  assert.deepEqual(await axe(page), []);
  // The panel covers the launcher on a phone: its own close button closes it, focus back on
  // the launcher; opening it again tries again (and fails again here).
  await w(page).locator(".sc-panel .sc-close").click();
  assert.equal(await error.isVisible(), false);
  assert.equal(await page.evaluate(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.className), "sc-launcher");
  await launcher.click();
  // Every attempt so far has failed: the spinner gone, the error shown.
  await page.waitForFunction(() => {
    const panel = document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-panel");
    return panel.querySelector(".sc-spinner").hidden && !panel.querySelector("[role=alert]").hidden && window.__selfcareEvents.length >= 2;
  });
  assert.ok(refused >= 2, "asked again");
  offline = false;
  // Retry: the application loads, replaces the launcher and opens on the data.
  await error.getByRole("button", { name: "Try again" }).click();
  await usageShown(page);
  assert.equal(await w(page).locator(".sc-launcher").getAttribute("aria-expanded"), "true");
  assert.equal(await w(page).locator(".sc-root").count(), 1, "the drawn launcher is gone");
  assert.deepEqual(page.problems.filter((p) => !p.includes("net::ERR_FAILED")), []);
  await page.context().close();
});

test("preload=\"idle\" loads the application once the page is idle, still asking the API nothing", async () => {
  const page = await newPage(shared.browser);
  const api = [];
  page.on("request", (r) => new URL(r.url()).pathname.startsWith("/api/") && api.push(r.url()));
  // The host asks for the application once its page is idle.
  await page.route("**/examples/website/", async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: (await response.text()).replace('launcher="true"', 'launcher="true" preload="idle"') });
  });
  await page.goto(`${shared.server.origin}/examples/website/`);
  await w(page).locator(".sc-launcher[aria-controls]").waitFor();
  await page.waitForLoadState("networkidle");
  assert.deepEqual(api, []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the host takes the launcher away before it was used: the widget loads and shows inline", async () => {
  const page = await website("cust-fr-camille", "fr", { width: 1280, height: 800 });
  await page.evaluate(() => document.querySelector("selfcare-widget").removeAttribute("launcher"));
  await usageShown(page);
  assert.equal(await w(page).locator(".sc-launcher").count(), 0, "no launcher left, drawn or not");
  assert.equal(await w(page).locator(".sc-root").count(), 1);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/** The website example with `attributes` on its widget instead of its own country and locale. */
async function websiteWith(attributes, contextOptions) {
  const page = await newPage(shared.browser, contextOptions);
  await page.route("**/examples/website/", async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: (await response.text()).replace('country="FR" locale="fr-FR"', attributes) });
  });
  await page.goto(`${shared.server.origin}/examples/website/`);
  await w(page).locator(".sc-launcher").waitFor();
  return page;
}

/** The launcher's label in `language`, as its messages write it. */
const launcherLabel = (language) => readFileSync(join(ROOT, "i18n/locales", language, "common.ftl"), "utf8").match(/^launcher-open = (.*)$/m)[1];

test("the drawn launcher speaks the country's language when the browser's is not offered; a country not served is one clear console error", async () => {
  // A Japanese browser: the widget has no Japanese, so the country's first language decides.
  for (const [country, language] of [["PL", "pl"], ["SN", "fr"], ["RO", "ro"], ["EG", "ar"], ["BE", "nl"], ["GW", "pt"], ["MG", "mg"]]) {
    const page = await websiteWith(`country="${country}"`, { locale: "ja-JP" });
    const launcher = w(page).locator(".sc-launcher");
    assert.equal((await launcher.textContent()).trim(), launcherLabel(language), country);
    assert.equal(await w(page).locator(".sc-root").getAttribute("lang"), language);
    assert.deepEqual(page.problems, [], country);
    await page.context().close();
  }
  // A country this service does not serve: said once, naming the countries it serves, and
  // the widget goes on in the page's language (here the locale attribute's, Slovak).
  const page = await websiteWith('country="JP" locale="sk-SK"', { locale: "ja-JP" });
  assert.equal((await w(page).locator(".sc-launcher").textContent()).trim(), launcherLabel("sk"));
  // Said once: the same country again (in another case), or the element taken off the page
  // and put back, says nothing more.
  await page.evaluate(() => {
    const widget = document.querySelector("selfcare-widget");
    widget.setAttribute("country", "jp");
    widget.remove();
    document.body.append(widget);
  });
  assert.equal(page.problems.length, 1, page.problems.join("\n"));
  assert.match(page.problems[0], /console error: <selfcare-widget>: country="JP" is not a country this service serves \(BE, BF, BW, CD, CF, CI, CM, EG, ES, FR, GN, GW, JO, LR, LU, MA, MD, MG, ML, PL, RE, RO, SK, SL, SN, TN; see GET \/api\/v1\/countries\)/);
  // The application, once opened, is in Slovak too.
  await w(page).locator(".sc-launcher").click();
  await w(page).locator(".sc-title").waitFor();
  assert.equal(await w(page).locator(".sc-title").textContent(), readFileSync(join(ROOT, "i18n/locales/sk/common.ftl"), "utf8").match(/^widget-title = (.*)$/m)[1]);
  assert.equal(page.problems.length, 1, page.problems.join("\n"));
  await page.context().close();
});

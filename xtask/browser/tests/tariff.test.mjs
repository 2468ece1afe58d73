// Tariff change and add-ons in real Chromium against the real server: the whole flow in
// English and Arabic with axe on every step, keyboard only, a double click that orders once,
// and a server error mid-order whose retry does not order twice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, usageShown, axe, portalAs, widgetText } from "../lib/harness.mjs";

const shared = serverAndBrowser();

/** The partner-portal example acting for `customer`, in `locale`, at `width` pixels. */
async function portal(customer, locale, width = 1024) {
  const page = await portalAs(shared, customer, locale, { viewport: { width, height: 900 } });
  await usageShown(page);
  // Sign-in and locale can each fetch the usage again: start once the view has settled, so a
  // key press never lands on a region about to be replaced.
  await page.waitForLoadState("networkidle");
  return page;
}

const w = (page) => page.locator("selfcare-widget");

/** The details of the events of `name` the host page received. */
async function events(page, name) {
  return page.evaluate((name) => window.__selfcareEvents.filter((e) => e.name === name).map((e) => e.detail), name);
}

async function addonBuckets(page, name) {
  return page.evaluate((name) => [...document.querySelector("selfcare-widget").shadowRoot.querySelectorAll(".sc-meter-name")]
    .filter((n) => n.textContent.startsWith(name)).length, name);
}

for (const [locale, customer, target] of [
  ["en", "cust-pl-tomasz", "Plan XL Unlimited"],
  ["ar", "cust-jo-lina", "Sahl 100 جيجابايت"],
]) {
  test(`change plan, whole flow, axe on every step (${locale})`, async () => {
    const page = await portal(customer, locale, 320);
    if (locale === "ar") assert.equal(await w(page).locator(".sc-root").getAttribute("dir"), "rtl");
    await w(page).locator(".sc-change-plan").click();
    await w(page).locator(".sc-offer").first().waitFor();
    assert.deepEqual(await axe(page), [], "offers");

    // Plans that can't be taken appear, with their reasons, when asked for.
    const before = await w(page).locator(".sc-offer").count();
    await w(page).locator("#sc-show-all").check();
    await w(page).locator(".sc-unavailable").first().waitFor();
    assert.ok((await w(page).locator(".sc-offer").count()) > before);
    assert.ok(await w(page).locator(".sc-unavailable .sc-reasons li").first().isVisible());
    assert.deepEqual(await axe(page), [], "offers with reasons");

    // Compare the current plan with two others: a table with row and column headers that
    // fits a 320 px slot by scrolling inside itself.
    const boxes = w(page).locator(".sc-offer:not(.sc-unavailable) input[type=checkbox]");
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const table = w(page).locator("table.sc-compare");
    await table.waitFor();
    assert.equal(await table.locator("thead th[scope=col]").count(), 3);
    assert.equal(await table.locator("tbody th[scope=row]").count(), 9);
    const overflow = await page.evaluate(() => {
      const panel = document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-panel");
      return panel.scrollWidth - panel.clientWidth;
    });
    assert.ok(overflow <= 1, `the panel overflows by ${overflow}px`);
    assert.deepEqual(await axe(page), [], "comparison");

    // Choose, at the next cycle; the contract summary says the key facts.
    await w(page).locator(`.sc-offer button[aria-label*="${target}"]`).click();
    await w(page).locator(".sc-summary").waitFor();
    assert.deepEqual(await axe(page), [], "review");
    await w(page).locator("#sc-when-next").check();
    assert.ok(await w(page).locator("#sc-when-next").isChecked());
    assert.equal(await w(page).locator(".sc-summary dt").count(), 9);
    // Confirming without consent (the button says it is not ready, and stays focusable) says
    // what is missing and orders nothing.
    await w(page).locator(".sc-confirm").click({ force: true });
    await w(page).locator(".sc-error[role=alert]").waitFor();
    assert.deepEqual(await events(page, "selfcare:tariff-changed"), []);
    assert.deepEqual(await axe(page), [], "consent missing");

    await w(page).locator("#sc-consent").check();
    await w(page).locator(".sc-confirm").click();
    await w(page).locator(".sc-receipt").waitFor();
    assert.deepEqual(await axe(page), [], "receipt");
    const [changed] = await events(page, "selfcare:tariff-changed");
    assert.match(changed.order, /^ORD-[0-9A-Z]{10}$/);
    assert.ok((await widgetText(page)).includes(changed.order), "the receipt shows the order reference");
    const order = await shared.server.call("get-order", customer, `order_id=${changed.order}`);
    assert.equal(order.state, "inProgress");
    assert.equal(order.effective_date, changed.effective);

    // Back on the usage view, the pending change shows and can be cancelled.
    await w(page).locator(".sc-tariff .sc-link").click();
    await w(page).locator(".sc-pending").waitFor();
    assert.ok((await widgetText(page)).includes(target));
    assert.deepEqual(await axe(page), [], "pending change");
    await w(page).locator(".sc-pending button").click();
    await w(page).locator(".sc-pending").waitFor({ state: "detached" });
    const cancelled = await shared.server.call("get-order", customer, `order_id=${changed.order}`);
    assert.equal(cancelled.state, "cancelled");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("keyboard only: from the usage view to a receipt", async () => {
  const page = await portal("cust-pl-tomasz", "en");
  const focused = () => page.evaluate(() => {
    const e = document.querySelector("selfcare-widget").shadowRoot.activeElement;
    return e ? `${e.tagName} ${e.id} ${e.className} ${e.getAttribute("aria-label") ?? ""}` : "";
  });
  const tabTo = async (pattern) => {
    for (let i = 0; i < 60 && !pattern.test(await focused()); i++) await page.keyboard.press("Tab");
    assert.match(await focused(), pattern);
  };
  await w(page).locator(".sc-root").click({ position: { x: 2, y: 2 } });
  await tabTo(/sc-change-plan/);
  await page.keyboard.press("Enter");
  await w(page).locator(".sc-offer").first().waitFor();
  // Focus moves after the next render (a frame or two on a busy machine).
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.id === "sc-tariff-title");
  assert.match(await focused(), /sc-tariff-title/, "focus moves to the step's title");
  await tabTo(/Plan L 150/);
  await page.keyboard.press("Enter");
  await w(page).locator(".sc-summary").waitFor();
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.id === "sc-tariff-title");
  assert.match(await focused(), /sc-tariff-title/);
  await tabTo(/sc-when-now/);
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector("#sc-when-next")?.checked);
  assert.match(await focused(), /sc-when-next/, "focus stays on the choice");
  await tabTo(/sc-consent/);
  await page.keyboard.press("Space");
  await tabTo(/sc-confirm/);
  await page.keyboard.press("Enter");
  await w(page).locator(".sc-receipt").waitFor();
  const [changed] = await events(page, "selfcare:tariff-changed");
  assert.equal(changed.effective, "2026-12-12");
  assert.deepEqual(page.problems, []);
});

test("a double click on confirm orders once", async () => {
  const page = await portal("cust-fr-camille", "en");
  await w(page).locator(".sc-line-select").selectOption("line-fr-camille-2");
  await page.waitForFunction(() => /Essentiel/.test(document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-meter-name")?.textContent ?? ""));
  assert.equal(await addonBuckets(page, "Booster 5"), 0);
  await w(page).locator(".sc-actions .sc-secondary").click();
  await w(page).locator('.sc-offer button[aria-label*="Booster 5"]').click();
  await w(page).locator("#sc-consent").check();
  let orderRequests = 0;
  page.on("request", (r) => { if (r.url().endsWith("/api/v1/order")) orderRequests++; });
  await w(page).locator(".sc-confirm").dblclick();
  await w(page).locator(".sc-receipt").waitFor();
  assert.equal((await events(page, "selfcare:addon-added")).length, 1);
  await w(page).locator(".sc-tariff .sc-link").click();
  await usageShown(page);
  await page.waitForFunction(() => [...document.querySelector("selfcare-widget").shadowRoot.querySelectorAll(".sc-meter-name")].some((n) => n.textContent.startsWith("Booster 5")));
  assert.equal(await addonBuckets(page, "Booster 5"), 1, "one add-on bucket");
  assert.ok(orderRequests >= 1);
  assert.deepEqual(page.problems, []);
});

test("a server error mid-order shows a retry that does not order twice", async () => {
  const page = await portal("cust-fr-camille", "en");
  await w(page).locator(".sc-line-select").selectOption("line-fr-camille-2");
  await page.waitForFunction(() => /Essentiel/.test(document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-meter-name")?.textContent ?? ""));
  await w(page).locator(".sc-actions .sc-secondary").click();
  await w(page).locator('.sc-offer button[aria-label*="Pass Monde"]').click();
  await w(page).locator("#sc-consent").check();
  // The first attempt reaches the server, which places the order, but its answer is lost
  // on the way back (a gateway error instead).
  let first = null;
  await page.route("**/api/v1/order", async (route) => {
    if (first) return route.continue();
    const response = await route.fetch();
    first = await response.json();
    await route.fulfill({ status: 502, contentType: "text/html", body: "<h1>Bad gateway</h1>" });
  });
  await w(page).locator(".sc-confirm").click();
  await w(page).locator(".sc-error .sc-retry").waitFor();
  assert.match(first.id, /^ORD-/);
  assert.deepEqual(await axe(page), [], "error with retry");
  await w(page).locator(".sc-error .sc-retry").click();
  await w(page).locator(".sc-receipt").waitFor();
  const [added] = await events(page, "selfcare:addon-added");
  assert.equal(added.order, first.id, "the retry gets the order the first attempt made");
  await w(page).locator(".sc-tariff .sc-link").click();
  await page.waitForFunction(() => [...document.querySelector("selfcare-widget").shadowRoot.querySelectorAll(".sc-meter-name")].some((n) => n.textContent.startsWith("Pass Monde")));
  assert.equal(await addonBuckets(page, "Pass Monde"), 1);
  // The lost answer was reported to the host as an error; nothing else went wrong.
  assert.ok((await events(page, "selfcare:error")).length >= 1);
});

test("signing another customer in closes the flow: nothing of the previous customer stays", async () => {
  const page = await portal("cust-fr-camille", "en");
  await w(page).locator(".sc-change-plan").click();
  await w(page).locator(".sc-offer").first().waitFor();
  await page.evaluate(() => {
    const select = document.getElementById("customer");
    select.value = "cust-ro-ioana";
    select.dispatchEvent(new Event("change"));
  });
  await w(page).locator(".sc-tariff").waitFor({ state: "detached" });
  await page.waitForFunction(() => /Nelimitat/.test(document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-meter-name")?.textContent ?? ""));
  assert.doesNotMatch(await widgetText(page), /Camille|Découverte/);
  assert.deepEqual(page.problems, []);
});

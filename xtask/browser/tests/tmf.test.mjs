// The widget on the tmf backend, in real Chromium: its server reads and orders through the TM
// Forum Open APIs of a second server that plays the operator's systems (what `cargo xtask demo
// --tmf` runs). A customer sees their usage and changes their plan, in English and Arabic at
// phone size; the order is the operator's, and cancelling it from the widget cancels it there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, usageShown, axe, portalAs, widgetText } from "../lib/harness.mjs";

const shared = {};
before(async () => {
  shared.bss = await startServer();
  shared.server = await startServer({
    env: {
      SELFCARE_BACKEND: "tmf",
      SELFCARE_TMF_URL: shared.bss.origin,
      SELFCARE_TMF_TOKEN_URL: `${shared.bss.origin}/oauth/token`,
      // The stand-in's demo client (server-fns/src/seed/partners.rs).
      SELFCARE_TMF_CLIENT_ID: "selfcare-tmf",
      SELFCARE_TMF_CLIENT_SECRET: "selfcare-tmf-demo-secret",
    },
  });
  shared.browser = await launch();
});
after(async () => {
  await shared.browser?.close();
  await shared.server?.stop();
  await shared.bss?.stop();
});

const w = (page) => page.locator("selfcare-widget");

for (const [locale, customer, target] of [
  ["en", "cust-pl-tomasz", "Plan XL Unlimited"],
  ["ar", "cust-jo-lina", "سهل ١٠٠ غيغابايت"],
]) {
  test(`usage and a plan change through the operator's TMF APIs (${locale}, 360 px)`, async () => {
    const page = await portalAs(shared, customer, locale, { viewport: { width: 360, height: 740 } });
    await usageShown(page);
    await page.waitForLoadState("networkidle");
    if (locale === "ar") assert.equal(await w(page).locator(".sc-root").getAttribute("dir"), "rtl");
    // What the widget shows is the operator's: the same figures as the stand-in's own widget
    // server gives.
    const own = await shared.bss.call("usage", customer, `locale=${locale}`);
    const shown = await shared.server.call("usage", customer, `locale=${locale}`);
    assert.deepEqual(shown, own);
    // Jordan's Arabic shows Arabic-Indic digits.
    const text = (await widgetText(page)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
    assert.ok(text.includes(own.line.contract.plan_name), `the plan ${own.line.contract.plan_name} is shown: ${text}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    assert.deepEqual(await axe(page), [], "usage");

    await w(page).locator(".sc-change-plan").click();
    await w(page).locator(`.sc-offer button[aria-label*="${target}"]`).click();
    await w(page).locator(".sc-summary").waitFor();
    await w(page).locator("#sc-when-next").check();
    await w(page).locator("#sc-consent").check();
    await w(page).locator(".sc-confirm").click();
    await w(page).locator(".sc-receipt").waitFor();
    assert.deepEqual(await axe(page), [], "receipt");
    const [changed] = await page.evaluate(() => window.__selfcareEvents.filter((e) => e.name === "selfcare:tariff-changed").map((e) => e.detail));
    assert.match(changed.order, /^ORD-[0-9A-Z]{10}$/);
    // The order is in the operator's systems.
    const placed = await shared.bss.call("get-order", customer, `order_id=${changed.order}`);
    assert.equal(placed.state, "inProgress");
    assert.equal(placed.effective_date, changed.effective);

    // Back on the usage view, the pending change comes from the operator, and is cancelled there.
    await w(page).locator(".sc-tariff .sc-link").click();
    await w(page).locator(".sc-pending").waitFor();
    assert.ok((await widgetText(page)).includes(target));
    await w(page).locator(".sc-cancel-change").click();
    await w(page).locator(".sc-ask .sc-danger").click();
    await w(page).locator(".sc-pending").waitFor({ state: "detached" });
    const cancelled = await shared.bss.call("get-order", customer, `order_id=${changed.order}`);
    assert.equal(cancelled.state, "cancelled");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

for (const [locale, customer, typed, town] of [
  ["en", "cust-ro-ioana", "bucuresti", "București"],
  ["ar", "cust-eg-ahmed", "القاهره", "القاهرة"],
]) {
  test(`a shop with a phone in stock, reserved and cancelled at the operator's (${locale}, 360 px)`, async () => {
    const page = await portalAs(shared, customer, locale, { viewport: { width: 360, height: 740 } });
    await w(page).locator(".sc-tab").nth(1).click();
    await w(page).locator("#sc-place").pressSequentially(typed, { delay: 30 });
    await w(page).locator(".sc-suggestion", { hasText: town }).first().click();
    await w(page).locator(".sc-store").first().waitFor();
    await w(page).locator("#sc-product").click();
    await w(page).locator("#sc-product").pressSequentially("a55", { delay: 30 });
    await w(page).locator(".sc-product", { hasText: "Galaxy A55" }).first().click();
    await w(page).locator(".sc-stock").first().waitFor();
    // The shops and their stock are the operator's: the same as the stand-in's own answer.
    const first = (await w(page).locator(".sc-store-name span[translate=no]").first().innerText()).trim();
    assert.deepEqual(await axe(page), [], "shops with stock");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);

    await w(page).locator(".sc-reserve").first().click();
    await w(page).locator(".sc-confirm").click();
    const code = (await w(page).locator(".sc-pickup-code").innerText()).trim();
    assert.match(code, /^[0-9A-Z]{8}$/);
    // Made at the operator's, with the code the customer shows in the shop.
    const [held] = await shared.bss.call("reservations", customer, `lang=${locale}`);
    assert.deepEqual([held.code, held.state, held.store_name], [code, "active", first]);
    assert.match(held.sku, /^samsung-galaxy-a55-/);
    assert.deepEqual(await axe(page), [], "receipt");

    await w(page).locator(".sc-cancel-reservation").click();
    await w(page).locator(".sc-ask .sc-danger").click();
    await w(page).locator(".sc-reservations").waitFor();
    const [ended] = await shared.bss.call("reservations", customer, `lang=${locale}`);
    assert.equal(ended.state, "cancelled");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("the operator's systems down: the customer is told in their language and offered a retry", async () => {
  const pages = [];
  for (const locale of ["en", "ar"]) {
    const page = await portalAs(shared, "cust-eg-ahmed", locale, { viewport: { width: 360, height: 740 } });
    await usageShown(page);
    await page.waitForLoadState("networkidle");
    pages.push([locale, page]);
  }
  await shared.bss.stop();
  const said = { en: "The service is busy right now. Try again in a moment.", ar: "الخدمة مشغولة حاليًا. حاول مرة أخرى بعد قليل." };
  for (const [locale, page] of pages) {
    await w(page).locator(".sc-change-plan").click();
    const alert = w(page).locator("[role=alert]");
    await alert.waitFor();
    assert.ok((await alert.innerText()).includes(said[locale]), await alert.innerText());
    assert.ok(await alert.locator("button").isVisible(), "a retry button");
    assert.deepEqual(await axe(page), [], `unavailable (${locale})`);
    // The one problem on the page is the answer that says so.
    assert.deepEqual(page.problems, ["console error: Failed to load resource: the server responded with a status of 503 (Service Unavailable)"]);
    await page.context().close();
  }
});

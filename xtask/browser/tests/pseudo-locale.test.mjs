// In the pseudo-locale every word the widget shows comes through the messages: text that is
// not accented is hard-coded. Data (plan names, formatted numbers and dates, language names)
// is marked translate="no" and exempt, as is the catalogue's own copy (`.sc-catalogue`: offer
// descriptions, written per language in the catalogue).
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, usageShown, portalAs } from "../lib/harness.mjs";

const shared = serverAndBrowser();

async function untranslated(page) {
  return page.evaluate(() => {
    const found = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (parent.closest("[translate=no]") || parent.closest("[hidden]") || parent.closest(".sc-catalogue")) return;
        const text = node.textContent.replace(/[\u2068\u2069]/g, "").trim();
        // A word of three or more plain ASCII letters in a text without any accented letter.
        if (/[A-Za-z]{3,}/.test(text) && !/[\u00C0-\u024F]/.test(text)) found.push(text);
        return;
      }
      for (const child of node.childNodes) walk(child);
      if (node.shadowRoot) walk(node.shadowRoot);
    };
    for (const w of document.querySelectorAll("selfcare-widget")) walk(w.shadowRoot);
    return found;
  });
}

test("no hard-coded text in the usage views", async () => {
  for (const customer of ["cust-fr-camille", "cust-sn-awa"]) {
    const page = await portalAs(shared, customer, "en-XA");
    await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-root")?.lang === "en-XA");
    await usageShown(page);
    await page.locator("selfcare-widget .sc-link-button").click();
    assert.deepEqual(await untranslated(page), [], customer);
    // Attributes read by screen readers too.
    const labels = await page.locator("selfcare-widget [aria-label], selfcare-widget [aria-valuetext]").evaluateAll((els) =>
      els.map((e) => e.getAttribute("aria-label") ?? e.getAttribute("aria-valuetext")).filter((t) => /[A-Za-z]{3,}/.test(t) && !/[\u00C0-\u024F]/.test(t)));
    assert.deepEqual(labels, []);
  }
});

test("no hard-coded text in the tariff flow", async () => {
  const page = await portalAs(shared, "cust-pl-tomasz", "en-XA");
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-root")?.lang === "en-XA");
  await usageShown(page);
  const w = page.locator("selfcare-widget");
  const labels = () => w.locator("[aria-label]").evaluateAll((els) =>
    els.map((e) => e.getAttribute("aria-label").replace(/[\u2068\u2069]/g, "")).filter((t) => /[A-Za-z]{3,}/.test(t) && !/[\u00C0-\u024F]/.test(t)));
  await w.locator(".sc-change-plan").click();
  await w.locator(".sc-offer").first().waitFor();
  await w.locator("#sc-show-all").check();
  await w.locator(".sc-unavailable").first().waitFor();
  const boxes = w.locator(".sc-offer:not(.sc-unavailable) input[type=checkbox]");
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await w.locator("table.sc-compare").waitFor();
  assert.deepEqual(await untranslated(page), [], "offers and comparison");
  await w.locator(".sc-offer:not(.sc-unavailable) .sc-actions .sc-button").first().click();
  await w.locator(".sc-summary").waitFor();
  await w.locator(".sc-confirm").click({ force: true });
  await w.locator(".sc-error").waitFor();
  assert.deepEqual(await untranslated(page), [], "review");
  await w.locator("#sc-when-next").check();
  await w.locator("#sc-consent").check();
  await w.locator(".sc-confirm").click();
  await w.locator(".sc-receipt").waitFor();
  assert.deepEqual(await untranslated(page), [], "receipt");
  await w.locator(".sc-tariff .sc-link").click();
  await w.locator(".sc-pending").waitFor();
  assert.deepEqual(await untranslated(page), [], "pending change");
  assert.deepEqual(await labels(), []);
});

test("no hard-coded text in the store locator", async () => {
  const page = await portalAs(shared, "cust-fr-camille", "en-XA");
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-root")?.lang === "en-XA");
  await usageShown(page);
  const w = page.locator("selfcare-widget");
  const labels = () => w.locator("[aria-label]").evaluateAll((els) =>
    els.map((e) => e.getAttribute("aria-label").replace(/[\u2068\u2069]/g, "")).filter((t) => /[A-Za-z]{3,}/.test(t) && !/[\u00C0-\u024F]/.test(t)));
  await w.locator(".sc-tab").nth(1).click();
  await w.locator("#sc-place").pressSequentially("nantes", { delay: 30 });
  await w.locator(".sc-suggestion").first().waitFor();
  assert.deepEqual(await untranslated(page), [], "suggestions");
  await w.locator(".sc-suggestion").first().click();
  await w.locator("#sc-product").click();
  await w.locator(".sc-product").first().waitFor();
  assert.deepEqual(await untranslated(page), [], "products");
  await w.locator(".sc-product").first().click();
  await w.locator(".sc-stock").first().waitFor();
  assert.deepEqual(await untranslated(page), [], "stores with stock");
  await w.locator(".sc-reserve").first().click();
  await w.locator(".sc-confirm").click();
  await w.locator(".sc-pickup-code").waitFor();
  assert.deepEqual(await untranslated(page), [], "receipt");
  assert.deepEqual(await labels(), []);
});

// axe-core finds no violation in any view, in English and Arabic; the whole usage path works
// from the keyboard alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, newPage, usageShown, axe, portalAs } from "../lib/harness.mjs";

const shared = serverAndBrowser();
const portal = (customer, locale) => portalAs(shared, customer, locale);

for (const locale of ["en", "ar"]) {
  test(`usage views have no axe violations (${locale})`, async () => {
    // Several lines with a shared bucket and an add-on; a prepaid balance; used-up data; unlimited data.
    for (const customer of ["cust-fr-camille", "cust-sn-awa", "cust-ci-kouassi", "cust-ro-ioana"]) {
      const page = await portal(customer, locale);
      await usageShown(page);
      await page.locator("selfcare-widget .sc-link-button").click();
      assert.deepEqual(await axe(page), [], `${customer} in ${locale}`);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    }
  });

  test(`sign-in prompt, error and launcher views have no axe violations (${locale})`, async () => {
    const anonymous = await portal("", locale);
    await anonymous.locator("selfcare-widget .sc-notice").waitFor();
    assert.deepEqual(await axe(anonymous), []);

    const failing = await newPage(shared.browser);
    await failing.route("**/api/v1/usage", (route) => route.fulfill({ status: 503, contentType: "application/json", body: '{"error":"unavailable"}' }));
    await failing.goto(`${shared.server.origin}/examples/portal/`);
    await failing.evaluate((locale) => document.querySelector("selfcare-widget").setAttribute("locale", locale), locale);
    await failing.locator("selfcare-widget .sc-error").waitFor();
    assert.deepEqual(await axe(failing), []);

    const website = await newPage(shared.browser);
    await website.goto(`${shared.server.origin}/examples/website/`);
    await website.evaluate((locale) => document.querySelector("selfcare-widget").setAttribute("locale", locale), locale);
    await website.locator("selfcare-widget .sc-launcher").waitFor();
    assert.deepEqual(await axe(website), [], "launcher closed");
    await website.locator("selfcare-widget .sc-launcher").click();
    await usageShown(website);
    assert.deepEqual(await axe(website), [], "launcher open");
  });
}

test("keyboard only: open, switch line, show the table, change language, close", async () => {
  const page = await newPage(shared.browser);
  await page.goto(`${shared.server.origin}/examples/website/`);
  const launcher = page.locator("selfcare-widget .sc-launcher");
  await launcher.waitFor();
  await page.waitForFunction(() => document.getElementById("customer").value === "cust-fr-camille");

  // Tab through the host page until the launcher has focus.
  const focusedClass = () => page.evaluate(() => {
    const w = document.querySelector("selfcare-widget");
    const inner = w.shadowRoot.activeElement;
    return document.activeElement === w && inner ? inner.className || inner.tagName : null;
  });
  for (let i = 0; i < 20 && (await focusedClass()) !== "sc-launcher"; i++) await page.keyboard.press("Tab");
  assert.equal(await focusedClass(), "sc-launcher");
  await page.keyboard.press("Enter");
  await usageShown(page);
  assert.equal(await focusedClass(), "sc-title", "focus moves to the panel's title");

  // Next stops: the language switcher, the close button, the sections (usage, stores, chat), then
  // the line picker.
  await page.keyboard.press("Tab");
  assert.equal(await focusedClass(), "SELECT");
  await page.keyboard.press("Tab");
  assert.equal(await focusedClass(), "sc-close");
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    assert.equal(await focusedClass(), "sc-tab");
  }
  await page.keyboard.press("Tab");
  assert.equal(await focusedClass(), "sc-line-select");
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction(() => /Essentiel 20 Go/.test(document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-meter-name")?.textContent ?? ""));
  // The view of the other line replaces the old one; focus stays on the line picker.
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.className === "sc-line-select");

  for (let i = 0; i < 10 && (await focusedClass()) !== "sc-link-button"; i++) await page.keyboard.press("Tab");
  assert.equal(await focusedClass(), "sc-link-button");
  const toggle = page.locator("selfcare-widget .sc-link-button");
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await page.keyboard.press("Enter");
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.ok(await page.locator("selfcare-widget #sc-daily-table").isVisible());

  // Escape closes the panel and gives focus back to the launcher.
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("selfcare-widget .sc-panel").isVisible(), false);
  // Focus moves after the next render (a frame or two on a busy machine).
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.className === "sc-launcher");
  assert.equal(await focusedClass(), "sc-launcher");
  assert.deepEqual(page.problems, []);
});

// Partner access on the customer's own device, in real Chromium against the real server: the
// customer lets a partner act for them with a consent code (ticking what it may do), the
// partner's portal redeems it and acts for them, the customer sees the partner listed and
// withdraws it, and the partner is refused at once — in English and Arabic, with axe at zero
// at each step, by keyboard alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, newPage, usageShown, axe, exampleAs } from "../lib/harness.mjs";

const shared = serverAndBrowser();
const w = (page) => page.locator("selfcare-widget");

async function partnerToken() {
  const r = await fetch(`${shared.server.origin}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials&client_id=souk-portal&client_secret=souk-demo-secret",
  });
  assert.equal(r.status, 200);
  return (await r.json()).access_token;
}

async function asPartner(name, token, body, customer) {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  if (customer) headers["x-selfcare-customer"] = customer;
  return fetch(`${shared.server.origin}/api/v1/${name}`, { method: "POST", headers, body });
}

/** The website example, signed in as `customer`, its panel open on the usage view. */
async function website(customer, locale) {
  const page = await exampleAs(shared, "website", customer, locale);
  await w(page).locator(".sc-launcher").click();
  await usageShown(page);
  return page;
}

/** Presses Tab until the focused element in the widget matches `selector`. */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    const there = await page.evaluate((s) => document.querySelector("selfcare-widget").shadowRoot.activeElement?.matches(s) ?? false, selector);
    if (there) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`never reached ${selector} by Tab`);
}

for (const [locale, customer] of [["en", "cust-pl-tomasz"], ["ar", "cust-eg-ahmed"]]) {
  test(`a customer gives a partner a consent code, sees it and withdraws it, by keyboard (${locale})`, async () => {
    const page = await website(customer, locale);
    await tabTo(page, ".sc-partners-toggle");
    await page.keyboard.press("Enter");
    const section = w(page).locator("#sc-partners");
    await section.locator(".sc-partner-select").waitFor({ timeout: 30_000 });
    assert.equal(await w(page).locator(".sc-partners-toggle").getAttribute("aria-expanded"), "true");
    // Nobody yet.
    assert.equal(await section.locator(".sc-grant").count(), 0);
    assert.deepEqual(await axe(page), [], "partner access, empty");

    // Souk Telecom Shop; asking without ticking anything is refused, in words.
    await tabTo(page, ".sc-partner-select");
    await page.keyboard.press("End");
    assert.equal(await section.locator(".sc-partner-select").inputValue(), "partner-souk");
    // Kiosknet's client may only read usage, Souk's may do all four.
    assert.equal(await section.locator("input[type=checkbox]").count(), 4);
    await tabTo(page, ".sc-get-code");
    await page.keyboard.press("Enter");
    await section.locator("[role=alert]").waitFor();
    // Usage and plans, not ordering.
    await tabTo(page, "input[value='usage:read']");
    await page.keyboard.press("Space");
    await tabTo(page, "input[value='tariffs:read']");
    await page.keyboard.press("Space");
    await tabTo(page, ".sc-get-code");
    await page.keyboard.press("Enter");
    const shown = section.locator(".sc-consent-code");
    await shown.waitFor();
    const code = (await shown.locator("[aria-hidden=true]").innerText()).replace(/\D/g, "");
    assert.match(code, /^\d{6}$/);
    // Read out by a screen reader digit by digit; focus is on it.
    assert.equal(await shown.locator(".sc-visually-hidden").innerText(), code.split("").join(" "));
    assert.ok(await page.evaluate(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.classList.contains("sc-consent-code")));
    assert.deepEqual(await axe(page), [], "the consent code");

    // The partner's portal redeems it and may now read her usage — not order.
    const token = await partnerToken();
    const redeemed = await asPartner("delegation-redeem", token, `code=${code}`);
    assert.equal(redeemed.status, 200);
    assert.equal((await redeemed.json()).scopes, "usage:read tariffs:read");
    assert.equal((await asPartner("usage", token, "", customer)).status, 200);
    assert.equal((await asPartner("cancel-order", token, "order_id=ord-x&channel=portal", customer)).status, 403);

    // Back in the widget ("Done" reads the list again): the partner is listed with the two
    // things it may do, and the form is back, nothing ticked.
    await tabTo(page, ".sc-consent button");
    await page.keyboard.press("Enter");
    const grant = section.locator(".sc-grant");
    await grant.waitFor();
    assert.match(await grant.innerText(), /Souk Telecom Shop/);
    assert.equal((await grant.locator("p").nth(1).innerText()).split(" · ").length, 2);
    assert.equal(await section.locator("input[type=checkbox]:checked").count(), 0);
    assert.deepEqual(await axe(page), [], "a partner listed");

    // Withdrawing asks first (issue 15, item 8), focus on "no"; "yes" withdraws at once:
    // announced, gone from the list, refused to the partner.
    await tabTo(page, ".sc-grant button");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.classList.contains("sc-keep"));
    assert.match(await section.locator(".sc-ask").innerText(), /Souk Telecom Shop/);
    assert.deepEqual(await axe(page), [], "asking before withdrawing");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await section.locator("[role=status]").filter({ hasText: "Souk Telecom Shop" }).waitFor();
    await grant.waitFor({ state: "detached" });
    assert.equal((await asPartner("usage", token, "", customer)).status, 403);
    assert.deepEqual(await axe(page), [], "withdrawn");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("partner access is only on the customer's own device: not in the portal", async () => {
  const page = await newPage(shared.browser);
  await page.goto(`${shared.server.origin}/examples/portal/`);
  await usageShown(page);
  assert.equal(await w(page).locator(".sc-partners-toggle").count(), 0);
  await page.context().close();
});

// Portal mode in real Chromium against the real server: two visibly different themes through
// the documented custom properties and the logo slot; the features the portal chose and no
// others; a partner's token acting for a customer only within the customer's delegation and
// the token's scopes (the server refuses the rest, the widget says so); the iframe embedding
// and its postMessage API, a wrong origin ignored; axe with zero violations in English and
// Arabic.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverHostsAndBrowser, newPage, usageShown, axe, signInReady } from "../lib/harness.mjs";

const shared = serverHostsAndBrowser(2);

const w = (page) => page.locator("selfcare-widget");

/** What a theme changes, read from the rendered widget. */
async function look(page) {
  return page.evaluate(() => {
    const root = document.querySelector("selfcare-widget").shadowRoot;
    const button = getComputedStyle(root.querySelector(".sc-button"));
    const panel = getComputedStyle(root.querySelector(".sc-root"));
    return { primary: button.backgroundColor, radius: button.borderTopLeftRadius, padding: button.paddingInlineStart, font: panel.fontFamily };
  });
}

test("two portals, two themes: colours, font, radius, density and a logo", async () => {
  const a = await newPage(shared.browser);
  await a.goto(`${shared.server.origin}/examples/portal/`);
  await usageShown(a);
  // (axe is injected as a script: the strict CSP of the host page is bypassed for it.)
  const b = await newPage(shared.browser, { bypassCSP: true });
  await b.goto(`${shared.hosts[0].origin}/theme-b.html`);
  await usageShown(b);
  const [lookA, lookB] = [await look(a), await look(b)];
  assert.equal(lookA.primary, "rgb(107, 47, 179)");
  assert.equal(lookB.primary, "rgb(15, 107, 58)");
  assert.match(lookA.font, /Courier New/);
  assert.match(lookB.font, /Georgia/);
  assert.equal(lookA.radius, "1px"); // half the portal's 2px radius, as every button
  assert.equal(lookB.radius, "9px");
  assert.ok(parseFloat(lookB.padding) > parseFloat(lookA.padding), `density: ${lookA.padding} → ${lookB.padding}`);
  // The logo is in the widget's header, beside the title.
  const logo = await b.locator("selfcare-widget img[slot=logo]").boundingBox();
  const header = await w(b).locator(".sc-header").boundingBox();
  assert.ok(logo && logo.width > 0 && logo.y >= header.y && logo.y + logo.height <= header.y + header.height + 1, "the logo is inside the header");
  assert.equal(await w(a).locator("img[slot=logo]").count(), 0);
  for (const page of [a, b]) {
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test("the portal's features and no others, even when a link asks for another", async () => {
  const page = await newPage(shared.browser);
  await page.addInitScript(() => document.addEventListener("DOMContentLoaded", () => {
    const widget = document.querySelector("selfcare-widget");
    widget.setAttribute("features", "stores");
    widget.setAttribute("view", "chat");
  }));
  await page.goto(`${shared.server.origin}/examples/portal/`);
  await w(page).locator("#sc-stores-title").waitFor({ timeout: 30_000 });
  assert.equal(await w(page).locator(".sc-tabs").count(), 0, "one feature: no tabs");
  assert.equal(await w(page).locator(".sc-chat, .sc-meter, .sc-change-plan").count(), 0);
  // Usage without tariffs: the figures, and no way to change the plan.
  await page.evaluate(() => document.querySelector("selfcare-widget").setAttribute("features", "usage"));
  await usageShown(page);
  assert.equal(await w(page).locator(".sc-change-plan, .sc-tab").count(), 0);
  await page.context().close();
});

/** A partner token from `client` with `scope`, as the portal's backend would get it. */
async function partnerToken(client, secret, scope) {
  const r = await fetch(`${shared.server.origin}/oauth/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${client}:${secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    body: `grant_type=client_credentials&scope=${encodeURIComponent(scope)}`,
  });
  assert.equal(r.status, 200);
  return (await r.json()).access_token;
}

async function fn(name, token, body, customer) {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  if (customer) headers["x-selfcare-customer"] = customer;
  return (await fetch(`${shared.server.origin}/api/v1/${name}`, { method: "POST", headers, body })).json();
}

/** The portal example acting for `customer` with the partner's `token`. */
async function actingFor(token, customer, locale = "en") {
  const page = await newPage(shared.browser);
  await page.goto(`${shared.server.origin}/examples/portal/`);
  // After the example's own demo sign-in has set its token function, replace it.
  await signInReady(page);
  await page.evaluate(([token, customer, locale]) => {
    const widget = document.querySelector("selfcare-widget");
    widget.setAttribute("locale", locale);
    widget.setAttribute("features", "usage tariffs");
    widget.setAttribute("customer", customer);
    widget.getToken = () => token;
  }, [token, customer, locale]);
  return page;
}

/** A plan's name as the widget shows it in `locale` in the demo portal (Jordan): Arabic-Indic digits on an Arabic screen. */
const shownName = (name, locale) => (locale === "ar" ? name.replace(/[0-9]/g, (d) => "٠١٢٣٤٥٦٧٨٩"[d]) : name);

for (const locale of ["en", "ar"]) {
  test(`a partner acts for a customer only with their delegation and within its scopes (${locale})`, async () => {
    // Lina lets Souk Telecom Shop see her usage and plans, and order.
    const lina = await shared.server.token("cust-jo-lina");
    const { code } = await fn("delegation-code", lina, "partner=partner-souk&scopes=usage%3Aread+tariffs%3Aread+tariffs%3Aorder");
    // The portal's token for this screen leaves out ordering.
    const token = await partnerToken("souk-portal", "souk-demo-secret", "usage:read tariffs:read");
    const redeemed = await fn("delegation-redeem", token, `code=${code}`);
    assert.equal(redeemed.customer, "cust-jo-lina", JSON.stringify({ code, redeemed }));

    const page = await actingFor(token, "cust-jo-lina", locale);
    await usageShown(page);
    // The portal asks for the chat too: a partner has none (the conversation is hers).
    await page.evaluate(() => document.querySelector("selfcare-widget").setAttribute("features", "usage tariffs chat"));
    await page.waitForTimeout(300);
    assert.equal(await w(page).locator(".sc-tab, .sc-chat").count(), 0, "no chat for a partner");
    // Her plan, as the server tells her own token in the same language (in Jordan's
    // Arabic-Indic digits on an Arabic screen).
    const own = await shared.server.call("usage", "cust-jo-lina", `locale=${locale}`);
    const plan = shownName(own.line.contract.plan_name, locale);
    assert.ok((await w(page).locator(".sc-body").innerText()).includes(plan), plan);
    assert.deepEqual(await axe(page), [], "usage through a partner");
    // Plans can be compared, but ordering is outside the token's scopes: the server refuses
    // and the widget says so.
    await w(page).locator(".sc-change-plan").click();
    await w(page).locator(".sc-offer").first().waitFor({ timeout: 30_000 });
    const refused = page.waitForResponse((r) => r.url().endsWith("/api/v1/order"));
    await w(page).locator(".sc-offer button").first().click();
    await w(page).locator(".sc-summary").waitFor();
    await w(page).locator("#sc-consent").check();
    await w(page).locator(".sc-confirm").click();
    assert.equal((await refused).status(), 403);
    await w(page).locator(".sc-error").waitFor();
    assert.deepEqual(await axe(page), [], "refused order");
    await page.context().close();

    // Another customer gave Souk no delegation: refused, nothing of theirs shown.
    const stranger = await actingFor(token, "cust-eg-ahmed", locale);
    await w(stranger).locator(".sc-error").waitFor({ timeout: 30_000 });
    assert.equal(await w(stranger).locator(".sc-meter").count(), 0);
    const theirs = await shared.server.call("usage", "cust-eg-ahmed", `locale=${locale}`);
    assert.ok(!(await w(stranger).locator(".sc-body").innerText()).includes(shownName(theirs.line.contract.plan_name, locale)));
    await stranger.context().close();
  });
}

test("the iframe API: the token by postMessage, events back to the host, a wrong origin ignored", async () => {
  const page = await newPage(shared.browser);
  await page.goto(`${shared.hosts[0].origin}/embed-host.html`);
  const frame = page.frameLocator("#selfcare");
  await frame.locator("selfcare-widget .sc-meter").first().waitFor({ timeout: 30_000 });
  const messages = await page.evaluate(() => window.__embedMessages);
  assert.equal(messages[0].type, "selfcare:embed-ready");
  assert.ok(messages.some((m) => m.type === "selfcare:event" && m.name === "selfcare:ready"), JSON.stringify(messages));
  // Attributes from the host: Arabic, right to left.
  await page.evaluate((api) => document.getElementById("selfcare").contentWindow.postMessage({ type: "selfcare:attributes", attributes: { locale: "ar" } }, api), shared.server.origin);
  await frame.locator("selfcare-widget .sc-root[dir=rtl]").waitFor();
  await page.context().close();

  // A page on another origin that claims to be the portal: its token is ignored, and it
  // hears nothing from the widget.
  const liar = await newPage(shared.browser);
  await liar.goto(`${shared.hosts[1].origin}/embed-host.html?claim=${encodeURIComponent(shared.hosts[0].origin)}`);
  const liarFrame = liar.frameLocator("#selfcare");
  await liarFrame.locator("selfcare-widget .sc-notice").waitFor({ timeout: 30_000 });
  await liar.waitForTimeout(2000);
  assert.equal(await liarFrame.locator("selfcare-widget .sc-meter").count(), 0, "the wrong origin's token was ignored");
  assert.deepEqual(await liar.evaluate(() => window.__embedMessages), [], "nothing was sent to the wrong origin");
  await liar.context().close();
});

test("only allowed origins may frame the widget", async () => {
  const r = await fetch(`${shared.server.origin}/embed`);
  const policy = r.headers.get("content-security-policy");
  const ancestors = policy.match(/frame-ancestors ([^;]*)/)[1].split(" ");
  assert.ok(ancestors.includes(shared.hosts[0].origin) && ancestors.includes("'self'"), policy);
  assert.doesNotMatch(policy, /frame-ancestors[^;]*\*/);
});

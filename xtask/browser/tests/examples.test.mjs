// The three example pages mount the widget and show the demo customer's real figures; the
// locale switches en → fr → ar; removal and re-insertion; two instances.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, newPage, usageShown, widgetText, signInReady } from "../lib/harness.mjs";

const shared = serverAndBrowser();

async function open(path) {
  const page = await newPage(shared.browser);
  await page.goto(`${shared.server.origin}${path}`);
  return page;
}

function noProblems(page) {
  assert.deepEqual(page.problems, [], "console errors or warnings");
}

test("the website page's launcher opens the usage view with the customer's real figures", async () => {
  const page = await open("/examples/website/");
  const launcher = page.locator("selfcare-widget .sc-launcher");
  await launcher.waitFor();
  assert.equal(await launcher.getAttribute("aria-expanded"), "false");
  assert.equal(await page.locator("selfcare-widget .sc-panel").isVisible(), false);
  await launcher.click();
  assert.equal(await launcher.getAttribute("aria-expanded"), "true");
  await usageShown(page);

  const usage = await shared.server.call("usage", "cust-fr-camille", "line_id=line-fr-camille-1");
  const buckets = usage.line.cycle.buckets;
  const index = buckets.findIndex((b) => b.usage_type === "data" && !b.is_shared);
  const data = buckets[index];
  const meter = page.locator("selfcare-widget .sc-meter").nth(index).locator("[role=meter]");
  assert.equal(await meter.getAttribute("aria-valuenow"), String(data.used));
  assert.equal(await meter.getAttribute("aria-valuemax"), String(data.allowance));

  const text = await widgetText(page);
  assert.match(text, /Découverte 100 Go/);
  assert.match(text, /Période de facturation du 5 novembre 2026 au 4 décembre 2026/);
  assert.match(text, /8 jours restants/);
  // The figures as the French locale writes them: "42,3 Go consommés sur 100 Go".
  const gb = (n) => new Intl.NumberFormat("fr-FR", { style: "unit", unit: "gigabyte", maximumFractionDigits: 1 }).format(n / 1e9);
  const expected = `${gb(data.used)} consommés sur ${gb(data.allowance)}`;
  assert.ok(text.includes(expected), `expected "${expected}" in:\n${text}`);
  assert.match(text, /24,99\s€/);
  assert.match(text, /Partagé entre 2 lignes/);
  const events = await page.evaluate(() => window.__selfcareEvents.map((e) => e.name));
  assert.ok(events.includes("selfcare:ready"));
  noProblems(page);
});

test("the kiosk page shows its attract screen with the shop, then a prepaid balance in CFA francs without decimals", async () => {
  const page = await open("/examples/kiosk/");
  await page.locator("selfcare-widget .sc-shop-name").waitFor({ timeout: 30_000 });
  assert.match(await widgetText(page), /Touchez l’écran pour commencer[\s\S]*Plateau/);
  assert.equal(await page.locator("selfcare-widget .sc-root").getAttribute("class"), "sc-root sc-kiosk");
  // Signed in at the kiosk with the code the demo backend "sent" to Awa's number.
  const customers = await (await fetch(`${shared.server.origin}/demo/customers`)).json();
  const phone = customers.find((c) => c.id === "cust-sn-awa").phone;
  await page.locator("selfcare-widget .sc-start").click();
  await page.locator("selfcare-widget .sc-digits").fill(phone);
  await page.locator("selfcare-widget .sc-digits").press("Enter");
  await page.locator("selfcare-widget .sc-signin", { hasText: /•/ }).waitFor();
  const { messages } = await (await fetch(`${shared.server.origin}/demo/sms?phone=${encodeURIComponent(phone)}`)).json();
  await page.locator("selfcare-widget .sc-digits").fill(messages[0].match(/\d{6}/)[0]);
  await page.locator("selfcare-widget .sc-digits").press("Enter");
  await usageShown(page);
  const text = await widgetText(page);
  assert.match(text, /Crédit prépayé/);
  // Prepaid allowances say when they expire.
  assert.match(text, /Valable jusqu’au 7 décembre 2026/);
  assert.match(text, /2\s?750\sF\s?CFA/);
  noProblems(page);
});

test("the portal page shows Jordanian dinars with three decimals, in the portal's theme", async () => {
  const page = await open("/examples/portal/");
  await usageShown(page);
  const text = await widgetText(page);
  assert.match(text, /JOD\s15\.500/);
  const primary = await page.locator("selfcare-widget .sc-bar-fill").first().evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(primary, "rgb(107, 47, 179)");
  noProblems(page);
});

test("the language switcher goes en → fr → ar and flips the direction", async () => {
  const page = await open("/examples/portal/");
  await usageShown(page);
  const root = page.locator("selfcare-widget .sc-root");
  assert.deepEqual([await root.getAttribute("lang"), await root.getAttribute("dir")], ["en", "ltr"]);
  assert.match(await widgetText(page), /My usage/);
  const select = page.locator("selfcare-widget .sc-language select");
  await select.selectOption("fr");
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-root").lang === "fr");
  assert.match(await widgetText(page), /Ma consommation/);
  assert.equal(await root.getAttribute("dir"), "ltr");
  await select.selectOption("ar");
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-root").lang === "ar");
  assert.equal(await root.getAttribute("dir"), "rtl");
  const text = await widgetText(page);
  assert.match(text, /استهلاكي/);
  // ar with the Jordanian region: Arabic-Indic digits everywhere, in the messages' own
  // numbers ("4 days left") as in the formatted amounts.
  assert.match(text, /[٠-٩]/);
  assert.doesNotMatch(text.replace(/Sahl 40 جيجابايت/g, ""), /[0-9]/, "Latin digits in an ar-JO view");
  // Mirrored: the meter's fill starts at the right edge.
  const [bar, fill] = await Promise.all([".sc-bar", ".sc-bar-fill"].map((s) => page.locator(`selfcare-widget ${s}`).first().boundingBox()));
  assert.ok(Math.abs(bar.x + bar.width - (fill.x + fill.width)) < 2, "fill anchored at the inline start (right)");
  // A new locale attribute from the host wins over the user's choice.
  await page.evaluate(() => document.querySelector("selfcare-widget").setAttribute("locale", "fr"));
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-root").lang === "fr");
  noProblems(page);
});

test("removal tears the widget down and re-insertion works", async () => {
  const page = await open("/examples/portal/");
  await usageShown(page);
  await page.evaluate(() => {
    const w = document.querySelector("selfcare-widget");
    window.__parent = w.parentElement;
    window.__widget = w;
    w.remove();
  });
  assert.equal(await page.evaluate(() => window.__widget.shadowRoot.childElementCount), 0);
  await page.evaluate(() => window.__parent.append(window.__widget));
  await usageShown(page);
  // Quick removal while loading, then re-adding: one live view, no errors.
  await page.evaluate(() => {
    const w = window.__widget;
    w.remove();
    window.__parent.append(w);
    w.remove();
    window.__parent.append(w);
  });
  await usageShown(page);
  assert.equal(await page.locator("selfcare-widget .sc-root").count(), 1);
  noProblems(page);
});

test("anonymous visitors get a sign-in prompt and nothing personal is fetched", async () => {
  const page = await newPage(shared.browser);
  const apiCalls = [];
  page.on("request", (r) => r.url().includes("/api/") && apiCalls.push(r.url()));
  await page.goto(`${shared.server.origin}/examples/portal/`);
  await signInReady(page);
  await page.evaluate(() => {
    const select = document.getElementById("customer");
    select.value = "";
    select.dispatchEvent(new Event("change"));
  });
  await page.locator("selfcare-widget .sc-notice").waitFor();
  assert.match(await widgetText(page), /Sign in to see your account/);
  await page.waitForTimeout(300);
  const after = apiCalls.length;
  await page.waitForTimeout(300);
  assert.equal(apiCalls.length, after);
  assert.equal(await page.locator("selfcare-widget .sc-meter").count(), 0);
  noProblems(page);
});

// The three example pages mount the widget and show the demo customer's real figures; the
// locale switches en → fr → ar; removal and re-insertion; two instances.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, newPage, usageShown, widgetText, signInReady, exampleAs } from "../lib/harness.mjs";

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
  // The figures as the French locale writes them: "42,3 Go consommés sur 100 Go", "Il reste
  // 57,7 Go". What is left is rounded down to the step shown (0.1 GB here, the finer of the
  // two amounts'), and used is the rest: the two add up to the allowance.
  const gb = (n) => new Intl.NumberFormat("fr-FR", { style: "unit", unit: "gigabyte", maximumFractionDigits: 1 }).format(n / 1e9);
  const byteStep = (b) => (b >= 1e11 ? 1e9 : b >= 1e9 ? 1e8 : b >= 1e6 ? 1e6 : 1e3);
  const step = byteStep(Math.min(data.used, data.allowance - data.used));
  const left = Math.floor((data.allowance - data.used) / step) * step;
  for (const expected of [`${gb(data.allowance - left)} consommés sur ${gb(data.allowance)}`, `Il reste ${gb(left)}`]) {
    assert.ok(text.includes(expected), `expected "${expected}" in:\n${text}`);
  }
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
  assert.match(await widgetText(page), /Ma conso/);
  assert.equal(await root.getAttribute("dir"), "ltr");
  await select.selectOption("ar");
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-root").lang === "ar");
  assert.equal(await root.getAttribute("dir"), "rtl");
  // The usage is asked again in Arabic: the plan's name follows the language (issue 16).
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-root").innerText.includes("سهل ٤٠ غيغابايت"));
  const text = await widgetText(page);
  assert.match(text, /استهلاكي/);
  // ar with the Jordanian region: Arabic-Indic digits everywhere, in the messages' own
  // numbers ("4 days left") as in the formatted amounts.
  assert.match(text, /[٠-٩]/);
  // The plan is named in Arabic too, in the same digits (issue 16): nothing Latin is left.
  assert.match(text, /سهل ٤٠ غيغابايت/);
  assert.doesNotMatch(text, /[0-9]/, "Latin digits in an ar-JO view");
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

for (const [locale, width] of [["en", 1280], ["ar", 360]]) {
  test(`signed out, the usage view and my reservations offer a way to sign in (${locale}, ${width} px)`, async () => {
    const page = await exampleAs(shared, "portal", "", locale, { viewport: { width, height: 800 } });
    await page.evaluate(() => {
      window.__signInAsked = 0;
      document.addEventListener("selfcare:sign-in-requested", () => window.__signInAsked++);
    });
    const button = page.locator("selfcare-widget .sc-usage .sc-sign-in");
    await button.waitFor();
    await button.click();
    // The host heard it and opened its sign-in (the demo's: its chooser has the focus).
    assert.equal(await page.evaluate(() => window.__signInAsked), 1);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "customer");
    // The reservations, signed out: the same way in, never an authentication error.
    await page.locator("selfcare-widget .sc-tab").nth(1).click();
    await page.locator("selfcare-widget .sc-my-reservations").click();
    await page.locator("selfcare-widget .sc-stores .sc-sign-in").waitFor();
    assert.equal(await page.locator("selfcare-widget .sc-error").count(), 0, "no error shown");
    noProblems(page);
  });
}

for (const locale of ["en", "fr", "ar"]) {
  test(`used and left add up to the allowance as shown (${locale}, phone)`, async () => {
    // Awa's calls, as the API has them (seconds): shown in whole minutes, a started minute
    // counts as used and what is left is never rounded up, so the two add up to the allowance
    // (the first walk-through saw 134 used and 167 left of 300).
    const usage = await shared.server.call("usage", "cust-sn-awa");
    const voice = usage.line.cycle.buckets.find((b) => b.usage_type === "voice" && b.allowance);
    assert.ok(voice && voice.used % 60 !== 0, "a usage that is not whole minutes");
    const allowance = voice.allowance / 60;
    const left = Math.floor((voice.allowance - voice.used) / 60);
    const used = allowance - left;
    const page = await exampleAs(shared, "portal", "cust-sn-awa", locale, { viewport: { width: 360, height: 740 } });
    // Awa's figures (not those of the page's first customer, shown until her token applies).
    await page.locator(`selfcare-widget [role=meter][aria-valuenow="${voice.used}"][aria-valuemax="${voice.allowance}"]`).waitFor();
    // Latin digits and plain spaces (French puts no-break spaces between a number and its unit).
    const latin = (await widgetText(page)).replace(/[٠-٩]/g, (d) => String("٠١٢٣٤٥٦٧٨٩".indexOf(d))).replace(/[\u00a0\u202f]/g, " ");
    const expected = {
      en: [`${used} min used of ${allowance} min`, `${left} min left`],
      fr: [`${used} min consommés sur ${allowance} min`, `Il reste ${left} min`],
      ar: [`${used}`, `${left}`],
    }[locale];
    for (const text of expected) assert.ok(latin.includes(text), `"${text}" in:\n${latin}`);
    noProblems(page);
  });
}

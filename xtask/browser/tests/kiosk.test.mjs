// Kiosk mode in real Chromium against the real server: the attract screen with the shop's
// hours; signing in with a code by SMS on the on-screen keypad (wrong codes, lock-out); the
// idle warning, its extension and the reset that forgets (nothing personal left in the DOM,
// in storage or behind the back button), and sign-out; offline and back online (Chromium's
// network emulation); read aloud; contrast and text size that end with the session; the
// "continue on your phone" link and the QR sign-in approved on a phone; every interactive
// element at least 44×44 px; axe with zero violations in English and Arabic.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, startServer, newPage, axe } from "../lib/harness.mjs";

const shared = serverAndBrowser();
const w = (page) => page.locator("selfcare-widget");
// The demo kiosk is in Senegal: Awa types her national number; the others (each test its own
// customer: codes are limited to three a minute per number) type theirs with 00.
const AWA = { id: "cust-sn-awa", name: "Awa" };
const CAMILLE = { id: "cust-fr-camille", name: "Camille" };

/** The demo kiosk page, with `attributes` set on the widget before it mounts. */
async function kiosk(attributes = {}, options = {}, origin = shared.server.origin) {
  const page = await newPage(shared.browser, { viewport: { width: 1080, height: 1920 }, ...options });
  await page.addInitScript((attributes) => {
    // Speech synthesis is recorded, not spoken (headless has no voices to listen to).
    window.__spoken = [];
    if (window.speechSynthesis) {
      window.speechSynthesis.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang });
    }
    document.addEventListener("DOMContentLoaded", () => {
      const widget = document.querySelector("selfcare-widget");
      for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    });
  }, attributes);
  await page.goto(`${origin}/examples/kiosk/`);
  await w(page).locator(".sc-start").waitFor({ timeout: 30_000 });
  return page;
}

async function phoneOf(customer, origin = shared.server.origin) {
  const customers = await (await fetch(`${origin}/demo/customers`)).json();
  return customers.find((c) => c.id === customer).phone;
}

async function lastCode(phone, origin = shared.server.origin) {
  const { messages } = await (await fetch(`${origin}/demo/sms?phone=${encodeURIComponent(phone)}`)).json();
  return messages[0]?.match(/\d{6}/)?.[0];
}

/** Taps `digits` on the on-screen keypad. */
async function tap(page, digits) {
  for (const d of digits) await w(page).locator(".sc-keypad .sc-key", { hasText: new RegExp(`^${d}$`) }).click();
}

/** Every interactive element of the widget that is shown, smaller than 44×44 CSS px. */
async function smallTargets(page) {
  return page.evaluate(() => {
    const root = document.querySelector("selfcare-widget").shadowRoot;
    return [...root.querySelectorAll("button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex='-1'])")]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ e, r }) => `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent || e.getAttribute("aria-label") || "").trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
  });
}

/** Starts and signs in with the code the demo backend "sent" (national number, keypad). */
async function signIn(page, customer, origin = shared.server.origin) {
  const phone = await phoneOf(customer, origin);
  await w(page).locator(".sc-start").click();
  await w(page).locator(".sc-signin").waitFor();
  // As dialled in Senegal: national numbers there, 00 and the country code for the others.
  await tap(page, phone.startsWith("+221") ? phone.slice(4) : "00" + phone.slice(1));
  await w(page).locator(".sc-signin .sc-confirm").click();
  await w(page).locator(".sc-signin", { hasText: /•/ }).waitFor();
  const code = await lastCode(phone, origin);
  await tap(page, code);
  await w(page).locator(".sc-signin .sc-confirm").click();
  await w(page).locator(".sc-meter").first().waitFor({ timeout: 30_000 });
  return phone;
}

/** Everything a browser could keep for the page: storages, cookies, IndexedDB, Cache API. */
async function storage(page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
}

/** The widget's whole DOM as text (the host page's demo phone panel is not the widget's). */
const everything = (page) => page.evaluate(() => document.querySelector("selfcare-widget").outerHTML + document.querySelector("selfcare-widget").shadowRoot.innerHTML);

// Portrait screens, and a landscape one.
const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };
for (const [locale, dir, customer, viewport] of [["fr", "ltr", AWA.id, PORTRAIT], ["en", "ltr", "cust-eg-ahmed", LANDSCAPE], ["ar", "rtl", "cust-jo-lina", PORTRAIT]]) {
  test(`attract screen, sign-in, usage and stores: 44 px targets and axe (${locale}, ${viewport === PORTRAIT ? "portrait" : "landscape"})`, async () => {
    const page = await kiosk({ locale }, { viewport });
    assert.equal(await w(page).locator(".sc-root").getAttribute("dir"), dir);
    // The shop and its hours while nobody uses the kiosk.
    assert.match(await w(page).locator(".sc-shop-name").innerText(), /Plateau/);
    assert.match(await w(page).locator(".sc-shop-open").innerText(), /\d/);
    assert.deepEqual(await smallTargets(page), [], "attract screen");
    assert.deepEqual(await axe(page), [], "attract screen");
    await w(page).locator(".sc-start").click();
    await w(page).locator(".sc-keypad").waitFor();
    assert.deepEqual(await smallTargets(page), [], "sign-in");
    assert.deepEqual(await axe(page), [], "sign-in");
    await w(page).locator(".sc-finish").click();
    await signIn(page, customer);
    if (customer === AWA.id) assert.match(await w(page).locator(".sc-body").innerText(), /2\s?750\sF\s?CFA/);
    assert.deepEqual(await smallTargets(page), [], "usage");
    assert.deepEqual(await axe(page), [], "usage");
    await w(page).locator(".sc-tab").nth(1).click();
    await w(page).locator(".sc-store").first().waitFor({ timeout: 30_000 });
    assert.deepEqual(await smallTargets(page), [], "stores");
    assert.deepEqual(await axe(page), [], "stores");
    await w(page).locator(".sc-tab").nth(2).click();
    await w(page).locator(".sc-msg-assistant").first().waitFor();
    assert.deepEqual(await smallTargets(page), [], "chat");
    assert.deepEqual(await axe(page), [], "chat");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("a wrong code is refused, five lock the code, and the number is never shown whole", async () => {
  const page = await kiosk({ locale: "en" });
  const phone = await phoneOf("cust-ci-kouassi");
  await w(page).locator(".sc-start").click();
  await tap(page, "00" + phone.slice(1));
  await w(page).locator(".sc-signin .sc-confirm").click();
  const sent = w(page).locator(".sc-signin", { hasText: /•/ });
  await sent.waitFor();
  const text = await sent.innerText();
  assert.ok(text.includes(`${phone.slice(-2)}`), "the last two digits");
  assert.ok(!text.replace(/\s/g, "").includes(phone.slice(5)), "never the whole number");
  const code = await lastCode(phone);
  const wrong = code === "000000" ? "000001" : "000000";
  for (let i = 1; i <= 5; i++) {
    await tap(page, wrong);
    await w(page).locator(".sc-signin .sc-confirm").click();
    await w(page).locator(".sc-signin .sc-error").waitFor();
    assert.match(await w(page).locator(".sc-signin .sc-error").innerText(), i < 5 ? /wrong or has expired/ : /wrong or has expired|Too many/);
    await w(page).locator(".sc-digits").fill("");
  }
  // Locked: even the right code is refused now.
  await tap(page, code);
  await w(page).locator(".sc-signin .sc-confirm").click();
  await w(page).locator(".sc-signin .sc-error", { hasText: /Too many wrong codes/ }).waitFor();
  assert.equal(await w(page).locator(".sc-meter").count(), 0);
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test("idle: warned, given more time, then everything personal is forgotten", async () => {
  const page = await kiosk({ locale: "en", idle: "6", "idle-warning": "20" });
  const historyBefore = await page.evaluate(() => history.length);
  const phone = await signIn(page, CAMILLE.id);
  const usageText = await w(page).locator(".sc-body").innerText();
  // Her figures: every line of the usage view with a number in it.
  const figures = usageText.split("\n").map((l) => l.trim()).filter((l) => /\d/.test(l) && l.length > 6);
  assert.ok(figures.length > 3, usageText);
  // Personal things on screen: her name, her plan's figures, a started conversation.
  const opened = page.waitForResponse((r) => r.url().endsWith("/api/v1/chat-open"));
  await w(page).locator(".sc-tab").nth(2).click();
  const conversation = await (await opened).json();
  await w(page).locator(".sc-chat-input").fill("how much data do I have left");
  await w(page).locator(".sc-chat-input").press("Enter");
  await w(page).locator(".sc-usage-card").first().waitFor({ timeout: 30_000 });
  await w(page).locator(".sc-kiosk-tools .sc-toggle").first().click();
  assert.match(await w(page).locator(".sc-root").getAttribute("class"), /sc-contrast/);

  // No touch for 6 s: "Do you need more time?", announced, focused, with at least 20 s.
  const dialog = w(page).locator("[role=alertdialog]");
  await dialog.waitFor({ timeout: 15_000 });
  assert.match(await dialog.innerText(), /more time/i);
  const seconds = Number((await dialog.locator("#sc-idle-body").innerText()).match(/\d+/)[0]);
  assert.ok(seconds >= 19, `${seconds} s to answer`);
  assert.equal(await page.evaluate(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.className), "sc-button sc-more-time");
  assert.deepEqual(await axe(page), [], "the warning");
  // Extended: the session carries on.
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "detached" });
  assert.equal(await w(page).locator(".sc-tab").count(), 3);

  // Then no answer: after the 20 s the screen is cleared.
  await dialog.waitFor({ timeout: 15_000 });
  await w(page).locator(".sc-start").waitFor({ timeout: 30_000 });
  const html = await everything(page);
  // Her name, her number (whole, national, masked), her figures, her message.
  for (const personal of [CAMILLE.name, phone, phone.slice(3), "•" + phone.slice(-2), "how much data", ...figures]) {
    assert.ok(!html.includes(personal), `"${personal}" is gone from the widget`);
  }
  assert.doesNotMatch(await w(page).locator(".sc-root").getAttribute("class"), /sc-contrast/, "contrast ends with the session");
  assert.deepEqual(await storage(page), { local: 0, session: 0, cookies: "", indexedDB: 0, caches: 0 });
  // The widget never added history entries: the back button cannot bring a view back.
  assert.equal(await page.evaluate(() => history.length), historyBefore);
  // The kiosk's conversation was closed on the server when the session ended.
  const token = await shared.server.token(CAMILLE.id);
  const update = await (await fetch(`${shared.server.origin}/api/v1/chat-messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: `conversation=${conversation.id}&after=0`,
  })).json();
  assert.equal(update.state, "closed", JSON.stringify(update).slice(0, 200));
  // And a new customer starts from the beginning: the usage tab asks to sign in.
  await w(page).locator(".sc-start").click();
  await w(page).locator(".sc-keypad").waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("sign-out clears at once; the token is gone (no call works after)", async () => {
  const page = await kiosk({ locale: "fr" });
  await signIn(page, "cust-pl-tomasz");
  const calls = [];
  page.on("request", (r) => r.url().includes("/api/v1/") && calls.push(r.headers().authorization ?? ""));
  await w(page).locator(".sc-finish").click();
  await w(page).locator(".sc-start").waitFor();
  assert.ok(!(await everything(page)).includes("Tomasz"));
  await w(page).locator(".sc-start").click();
  await w(page).locator(".sc-tab").nth(1).click();
  await w(page).locator(".sc-store").first().waitFor({ timeout: 30_000 });
  await w(page).locator(".sc-tab").nth(0).click();
  await w(page).locator(".sc-keypad").waitFor();
  assert.ok(calls.every((c) => c === ""), "no token is sent after sign-out");
  await page.context().close();
});

test("offline: a clear notice, the shop still shown, and recovery by itself", async () => {
  const page = await kiosk({ locale: "en" });
  await w(page).locator(".sc-shop-name").waitFor();
  await page.context().setOffline(true);
  await w(page).locator(".sc-offline").waitFor();
  assert.match(await w(page).locator(".sc-offline").innerText(), /No connection/);
  // What needs no server still works: the attract screen and the shop's hours.
  assert.match(await w(page).locator(".sc-shop-name").innerText(), /Plateau/);
  await w(page).locator(".sc-start").click();
  await w(page).locator(".sc-tab").nth(1).click();
  assert.deepEqual(await axe(page), [], "offline");
  await page.context().setOffline(false);
  await w(page).locator(".sc-offline").waitFor({ state: "detached" });
  // The search that failed offline ran again by itself.
  await w(page).locator(".sc-store").first().waitFor({ timeout: 30_000 });
  await page.context().close();
});

test("read aloud speaks the screen in the active language", async () => {
  const page = await kiosk({ locale: "ar" });
  await w(page).locator(".sc-start").click();
  await w(page).locator(".sc-read").click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].lang, "ar");
  assert.match(spoken[0].text, /سجّل الدخول/);
  // Larger text is an option of the session too.
  const before = await w(page).locator(".sc-signin h3").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  await w(page).locator(".sc-kiosk-tools .sc-toggle").nth(1).click();
  const after = await w(page).locator(".sc-signin h3").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(after > before * 1.2, `${before} → ${after}`);
  await page.context().close();
});

test("continue on your phone: a QR code of a short link with nothing personal, opening the shop's stock", async () => {
  const page = await kiosk({ locale: "en" });
  await signIn(page, "cust-ro-ioana");
  await w(page).locator(".sc-tab").nth(1).click();
  const shop = w(page).locator(".sc-store").first();
  await shop.waitFor({ timeout: 30_000 });
  await shop.locator(".sc-phone").click();
  const link = await shop.locator(".sc-phone-link .sc-link-text").innerText();
  assert.ok(await shop.locator(".sc-phone-link svg[role=img] path").count());
  assert.match(link, /\/go\/[a-z0-9]{16}$/);
  assert.deepEqual(await axe(page), []);
  // The phone (another browser, nobody signed in) opens the site on the store finder.
  const phone = await newPage(shared.browser, { viewport: { width: 390, height: 844 } });
  await phone.goto(link);
  assert.match(phone.url(), /selfcare-view=stores&selfcare-store=store-sn-plateau-1/);
  assert.doesNotMatch(phone.url(), /cust-|ioana|40721/i);
  const first = w(phone).locator(".sc-store").first();
  await first.waitFor({ timeout: 30_000 });
  assert.ok(await first.evaluate((e) => e.classList.contains("sc-here")), "the kiosk's shop first");
  await phone.context().close();
  await page.context().close();
});

test("QR sign-in: the phone where the customer is signed in approves, the kiosk gets the session", async () => {
  const page = await kiosk({ locale: "en" });
  await w(page).locator(".sc-start").click();
  await w(page).locator(".sc-signin .sc-secondary", { hasText: /my phone/ }).click();
  const link = await w(page).locator(".sc-signin .sc-link-text").innerText();
  assert.match(link, /\/pair\/[a-z0-9]{16}$/);
  assert.deepEqual(await axe(page), [], "QR shown");
  // The phone: the website example, signed in as Awa, opened at the link.
  const phone = await newPage(shared.browser, { viewport: { width: 390, height: 844 } });
  await phone.goto(link);
  await phone.waitForFunction(() => document.getElementById("customer")?.options.length > 1);
  await phone.evaluate((id) => {
    const select = document.getElementById("customer");
    select.value = id;
    select.dispatchEvent(new Event("change"));
  }, AWA.id);
  const approve = w(phone).locator(".sc-pairing .sc-approve");
  await approve.waitFor({ timeout: 30_000 });
  assert.match(await w(phone).locator(".sc-pairing").innerText(), /Plateau/);
  assert.deepEqual(await axe(phone), [], "approval on the phone");
  await approve.click();
  // The site is in French: "C’est fait : la borne est connectée."
  await w(phone).locator(".sc-pairing", { hasText: /C’est fait/ }).waitFor();
  // The kiosk notices within a few seconds and shows her account.
  await w(page).locator(".sc-meter").first().waitFor({ timeout: 30_000 });
  await phone.context().close();
  await page.context().close();
});

/** Presses Tab until the widget's focused element matches `selector`. */
async function tabTo(page, selector) {
  for (let i = 0; i < 60; i++) {
    const found = await page.evaluate((selector) => document.querySelector("selfcare-widget").shadowRoot.activeElement?.matches(selector) ?? false, selector);
    if (found) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${selector} was never focused`);
}

test("keyboard only: start, number, code, signed in", async () => {
  const page = await kiosk({ locale: "en" });
  const phone = await phoneOf(AWA.id);
  await tabTo(page, ".sc-start");
  await page.keyboard.press("Enter");
  await tabTo(page, ".sc-digits");
  await page.keyboard.type(phone.slice(4));
  await page.keyboard.press("Enter");
  await w(page).locator(".sc-signin", { hasText: /•/ }).waitFor();
  // Focus is on the code, described by where it was sent.
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.matches(".sc-digits"));
  assert.equal(await w(page).locator(".sc-digits").getAttribute("aria-describedby"), "sc-signin-hint");
  await page.keyboard.type(await lastCode(phone));
  await page.keyboard.press("Enter");
  await w(page).locator(".sc-meter").first().waitFor({ timeout: 30_000 }).catch(async (e) => {
    throw new Error(`${e.message}\n${await w(page).locator(".sc-body").innerText()}`);
  });
  // And out again from the keyboard.
  await tabTo(page, ".sc-finish");
  await page.keyboard.press("Enter");
  await w(page).locator(".sc-start").waitFor();
  await page.context().close();
});

test("an advisor of this shop comes to the customer: chosen in the chat, seen and answered in the shop's console", async () => {
  const page = await kiosk({ locale: "en" });
  // Anyone at the kiosk may chat, signed in or not.
  await w(page).locator(".sc-start").click();
  await w(page).locator(".sc-tab").nth(2).click();
  await w(page).locator(".sc-msg-assistant").first().waitFor({ timeout: 30_000 });
  await w(page).locator(".sc-chat-input").fill("I want to talk to a person");
  await w(page).locator(".sc-chat-input").press("Enter");
  // The shop is open: an advisor of the shop, or one online.
  const here = w(page).locator(".sc-quick", { hasText: /this shop/ });
  await here.waitFor({ timeout: 15_000 });
  assert.equal(await w(page).locator(".sc-quick", { hasText: /online/ }).count(), 1);
  assert.match(await w(page).locator(".sc-msg-assistant").last().innerText(), /Plateau/);
  assert.deepEqual(await smallTargets(page), [], "the choice");
  assert.deepEqual(await axe(page), [], "the choice");
  await here.click();
  await w(page).locator(".sc-msg-system", { hasText: /will come to you/ }).waitFor({ timeout: 15_000 });
  assert.deepEqual(await axe(page), [], "waiting for the shop's advisor");

  // The shop's advisor sees the customer at the kiosk; an online advisor does not.
  const online = await newPage(shared.browser, { viewport: { width: 1280, height: 900 } });
  await online.goto(`${shared.server.origin}/advisor/`);
  await online.getByRole("button", { name: /Sign in as Amina/ }).click();
  await online.locator(".waiting").waitFor({ state: "attached" });
  const console_ = await newPage(shared.browser, { viewport: { width: 1280, height: 900 } });
  await console_.goto(`${shared.server.origin}/advisor/`);
  await console_.getByRole("button", { name: /Sign in as Moussa/ }).click();
  const entry = console_.locator(".waiting li", { hasText: /at the kiosk in .*Plateau/ });
  await entry.waitFor({ timeout: 15_000 });
  assert.equal(await online.locator(".waiting li", { hasText: /at the kiosk/ }).count(), 0);
  await entry.getByRole("button", { name: /Accept/ }).click();
  await console_.locator("#reply").waitFor();
  await console_.locator("#reply").fill("I'm at the counter, coming to you now.");
  await console_.locator("#reply").press("Enter");
  await w(page).locator(".sc-msg-advisor", { hasText: "coming to you now" }).waitFor({ timeout: 10_000 });
  assert.deepEqual(page.problems, []);
  for (const p of [page, online, console_]) await p.context().close();
});

test("a session in use outlives its token: the kiosk renews it before it runs out (WCAG 2.2.1)", async () => {
  // Thirty-second tokens: renewed with fifteen seconds left.
  const server = await startServer({ env: { SELFCARE_KIOSK_TOKEN_SECONDS: "30" } });
  try {
    const page = await kiosk({ locale: "en" }, {}, server.origin);
    const renewals = [];
    page.on("response", (r) => r.url().endsWith("/api/v1/kiosk-renew") && renewals.push(r.status()));
    await signIn(page, "cust-ro-ioana", server.origin);
    // The customer keeps using it for longer than a token lasts.
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(5_000);
      await w(page).locator(".sc-tab").nth(i % 2).click();
    }
    assert.ok(renewals.length >= 1 && renewals.every((s) => s === 200), `renewals: ${renewals}`);
    // Still her session, and the server still takes its token: the chat greets her by name.
    const opened = page.waitForResponse((r) => r.url().endsWith("/api/v1/chat-open"));
    await w(page).locator(".sc-tab").nth(2).click();
    assert.equal((await opened).status(), 200);
    await w(page).locator(".sc-msg-assistant", { hasText: "Ioana" }).waitFor({ timeout: 15_000 });
    assert.equal(await w(page).locator(".sc-start").count(), 0, "not back on the attract screen");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    await server.stop();
  }
});

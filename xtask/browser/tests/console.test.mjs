// A handover answered from the advisors' console in a second browser context, in English and
// Arabic: the customer asks for a person in the widget, the advisor signs in to the console
// (its own bundle at /advisor/), sees the customer in the queue with their context, accepts,
// and they talk live both ways until the advisor closes and the customer rates. The console
// from the keyboard alone; axe with zero violations in the panel and the console.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, portalAs, newPage, axe, consoleAs as consoleAsIn } from "../lib/harness.mjs";

const shared = serverAndBrowser();
const w = (page) => page.locator("selfcare-widget");

async function customerQueued(customer, locale, ask) {
  const page = await portalAs(shared, customer, locale, { viewport: { width: 480, height: 900 } });
  await w(page).locator(".sc-tab").nth(2).click();
  await w(page).locator(".sc-msg-assistant").first().waitFor();
  await w(page).locator(".sc-chat-input").fill(ask);
  await w(page).locator(".sc-chat-input").press("Enter");
  await w(page).locator(".sc-msg-system").first().waitFor();
  return page;
}

async function axeConsole(page) {
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(async () =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } }),
  );
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const consoleAs = (name) => consoleAsIn(shared, name);

for (const [locale, customer, advisor, ask, reply, answer, customerName] of [
  ["en", "cust-pl-tomasz", "Tom", "I want to talk to a person", "Hello Tomasz, I'm looking at your line.", "Thank you!", "Tomasz"],
  ["ar", "cust-eg-ahmed", "Karim", "أريد التحدث مع موظف", "مرحبا أحمد، أنا أراجع خطك الآن.", "شكرا جزيلا", "أحمد"],
]) {
  test(`a handover answered from the console (${locale})`, async () => {
    const customerPage = await customerQueued(customer, locale, ask);
    assert.deepEqual(await axe(customerPage), [], "queued, in the widget");
    const advisorPage = await consoleAs(advisor);
    const entry = advisorPage.locator(".waiting li", { hasText: customerName });
    await entry.waitFor({ timeout: 15_000 });
    assert.deepEqual(await axeConsole(advisorPage), [], "the console's desk");
    await entry.getByRole("button", { name: /Accept/ }).click();
    await advisorPage.locator("#conversation-title").waitFor();
    assert.match(await advisorPage.locator("aside").innerText(), new RegExp(customerName));
    assert.deepEqual(await axeConsole(advisorPage), [], "a conversation in the console");

    // The customer sees the advisor join, then their message, live.
    await w(customerPage).locator(".sc-msg-system", { hasText: advisor }).waitFor({ timeout: 10_000 });
    // Typing shows in the widget while the advisor writes.
    await advisorPage.locator("#reply").pressSequentially(reply.slice(0, 5));
    await w(customerPage).locator(".sc-typing", { hasText: advisor }).waitFor({ timeout: 10_000 });
    await advisorPage.locator("#reply").fill(reply);
    await advisorPage.locator("#reply").press("Enter");
    await w(customerPage).locator(".sc-msg-advisor", { hasText: reply }).waitFor({ timeout: 10_000 });
    assert.equal(await w(customerPage).locator(".sc-msg-advisor .sc-msg-author").first().innerText(), advisor);
    assert.deepEqual(await axe(customerPage), [], "an advisor's message in the widget");

    // And back.
    await w(customerPage).locator(".sc-chat-input").fill(answer);
    await w(customerPage).locator(".sc-chat-input").press("Enter");
    await advisorPage.locator(".log li", { hasText: answer }).waitFor({ timeout: 10_000 });

    // The advisor closes; the customer rates.
    await advisorPage.getByRole("button", { name: "Close the conversation" }).click();
    await w(customerPage).locator(".sc-rating").waitFor({ timeout: 10_000 });
    assert.deepEqual(await axe(customerPage), [], "the rating form");
    await w(customerPage).locator(".sc-rating input[value='5']").check();
    await w(customerPage).locator(".sc-rating button[type=submit]").click();
    await w(customerPage).locator(".sc-rating").waitFor({ state: "detached" });
    assert.deepEqual(customerPage.problems, []);
    assert.deepEqual(advisorPage.problems, []);
  });
}

test("the console from the keyboard alone", async () => {
  const customerPage = await customerQueued("cust-ro-ioana", "en", "I want to talk to a person");
  const page = await newPage(shared.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${shared.server.origin}/advisor/`);
  await page.getByRole("button", { name: /Sign in as Tom/ }).waitFor();
  // The focused control: its tag, text and class (nothing while the page itself has focus).
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return !e || e === document.body ? "" : `${e.tagName} ${e.textContent} ${e.className}`;
  });
  for (let i = 0; i < 10 && !/Sign in as Tom/.test(await focused()); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const entry = page.locator(".waiting li", { hasText: "Ioana" });
  await entry.waitFor({ timeout: 15_000 });
  for (let i = 0; i < 30 && !/accept/.test(await focused()); i++) await page.keyboard.press("Tab");
  assert.match(await focused(), /Accept/);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "conversation-title");
  for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== "reply"; i++) await page.keyboard.press("Tab");
  await page.keyboard.type("Hello Ioana");
  await page.keyboard.press("Enter");
  await w(customerPage).locator(".sc-msg-advisor", { hasText: "Hello Ioana" }).waitFor({ timeout: 10_000 });
});

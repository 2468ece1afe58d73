// A message left outside advisors' hours, answered later from the console, as the customer and
// the advisor live it: the customer leaves a message in the widget (phone), the advisor answers
// the ticket (desktop console), the customer's reply reaches the advisor (not the assistant),
// the conversation is among the advisor's own and the advisor closes it; the console shows
// dates, amounts and states as people read them. In English and Arabic.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverAndBrowser, portalAs, axe, consoleAs as consoleAsIn } from "../lib/harness.mjs";

// Advisors answer on Sundays only; the server's clock says Thursday: every request for a
// person becomes a message left for later.
const shared = serverAndBrowser({ env: { SELFCARE_ADVISOR_HOURS: "7 0900-1700" } });
const w = (page) => page.locator("selfcare-widget");

const consoleAs = (name) => consoleAsIn(shared, name, ".list.tickets li");

for (const [locale, customer, customerName, advisor, ask, message, reply, thanks] of [
  ["en", "cust-pl-tomasz", "Tomasz", "Tom", "I want to talk to a person", "My bill has a charge I do not understand", "I have removed the charge.", "Thanks a lot"],
  ["ar", "cust-eg-ahmed", "أحمد", "Karim", "أريد التحدث مع موظف", "الفاتورة فيها رسوم لا أفهمها", "لقد ألغيت الرسوم.", "شكرا جزيلا"],
]) {
  test(`a message left outside hours, answered from the console, stays with its advisor until closed (${locale})`, async () => {
    const page = await portalAs(shared, customer, locale, { viewport: { width: 360, height: 740 } });
    await w(page).locator(".sc-tab").nth(2).click();
    await w(page).locator(".sc-msg-assistant").first().waitFor();
    for (const text of [ask, message]) {
      const before = await w(page).locator(".sc-msg").count();
      await w(page).locator(".sc-chat-input").fill(text);
      await w(page).locator(".sc-chat-input").press("Enter");
      await page.waitForFunction((n) => document.querySelector("selfcare-widget").shadowRoot.querySelectorAll(".sc-msg:not(.sc-msg-pending)").length >= n, before + 2);
    }
    assert.match(await w(page).locator(".sc-msg-system").last().innerText(), /TT-/);

    // The advisor answers the ticket.
    const desk = await consoleAs(advisor);
    const answer = desk.getByRole("button", { name: new RegExp(`^Answer TT-.*${customerName}`) });
    await answer.waitFor({ timeout: 15_000 });
    await answer.click();
    await desk.locator("#conversation-title").waitFor();
    await desk.locator("#reply").fill(reply);
    await desk.locator("#reply").press("Enter");
    await w(page).locator(".sc-msg-advisor", { hasText: reply }).waitFor({ timeout: 10_000 });

    // The customer's thanks go to the advisor; the assistant does not answer them.
    const assistantBefore = await w(page).locator(".sc-msg-assistant").count();
    await w(page).locator(".sc-chat-input").fill(thanks);
    await w(page).locator(".sc-chat-input").press("Enter");
    await desk.locator(".log li", { hasText: thanks }).waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => !document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-msg-pending"));
    assert.equal(await w(page).locator(".sc-msg-assistant").count(), assistantBefore, "the assistant stays out of it");

    // It is among the advisor's own conversations, and the console reads like a person wrote it.
    await desk.locator(".list.mine li", { hasText: customerName }).waitFor({ timeout: 10_000 });
    await desk.locator(".list.mine li", { hasText: customerName }).getByRole("button", { name: /Open/ }).click();
    await desk.locator("#conversation-title").waitFor();
    const shown = await desk.locator("body").innerText();
    assert.doesNotMatch(shown, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, "no raw timestamps");
    assert.doesNotMatch(shown, /inProgress|acknowledged| MB\b/, "no raw states or megabytes");

    // The advisor closes it: the customer is asked for a rating.
    await desk.getByRole("button", { name: "Close the conversation" }).click();
    await w(page).locator(".sc-rating").waitFor({ timeout: 10_000 });
    assert.deepEqual(await axe(page), [], "the rating form");
    assert.deepEqual(page.problems, []);
    assert.deepEqual(desk.problems, []);
  });
}

// A host page on another origin, under the strict CSP, with Bootstrap and a hostile
// stylesheet, holding two widgets for two customers in two languages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverHostsAndBrowser, newPage, usageShown, widgetText } from "../lib/harness.mjs";

const shared = serverHostsAndBrowser(1);

const HOST_PROBES = ["#host-title", "#host-text", "#host-button"];
const PROPERTIES = ["font-size", "font-family", "color", "margin-top", "display", "box-sizing", "background-color", "line-height"];

async function hostStyles(page) {
  return page.evaluate(({ probes, properties }) => probes.map((p) => {
    const style = getComputedStyle(document.querySelector(p));
    return properties.map((name) => `${p} ${name}: ${style.getPropertyValue(name)}`);
  }).flat(), { probes: HOST_PROBES, properties: PROPERTIES });
}

test("two widgets render under the strict CSP, untouched by hostile CSS, without touching the host", async () => {
  const page = await newPage(shared.browser);
  await page.goto(`${shared.hosts[0].origin}/plain.html`);
  const without = await hostStyles(page);

  await page.goto(`${shared.hosts[0].origin}/csp.html`);
  await usageShown(page, 0);
  await usageShown(page, 1);
  assert.deepEqual(await hostStyles(page), without, "the widget changed the host page's styles");

  // Each instance shows its own customer, in its own language and direction.
  const first = await widgetText(page, 0);
  const second = await widgetText(page, 1);
  // Camille's plan, named in the language of her widget (English here).
  assert.match(first, /Découverte 100 GB/);
  assert.doesNotMatch(first, /سهل/);
  assert.match(second, /سهل ٤٠ غيغابايت/);
  assert.match(second, /استهلاكي/);
  const dirs = await page.locator("selfcare-widget .sc-root").evaluateAll((roots) => roots.map((r) => r.dir));
  assert.deepEqual(dirs, ["ltr", "rtl"]);

  // The hostile rules reach none of the widget's elements.
  const widget = page.locator("#first");
  const title = widget.locator(".sc-title");
  assert.equal(await title.evaluate((e) => getComputedStyle(e).fontSize), "20px");
  const select = widget.locator(".sc-language select");
  assert.ok(await select.isVisible(), "select hidden by host CSS");
  assert.notEqual(await widget.locator(".sc-meter p").first().evaluate((e) => getComputedStyle(e).color), "rgb(255, 0, 0)");
  assert.equal(await widget.locator(".sc-meter").first().evaluate((e) => getComputedStyle(e).boxSizing), "border-box");
  assert.ok(await widget.locator("svg.sc-chart").isVisible());
  await widget.locator(".sc-link-button").click();
  assert.ok(await widget.locator("#sc-daily-table").isVisible(), "the table toggle works");

  // Changing one instance leaves the other alone.
  await page.locator("#second .sc-language select").selectOption("en");
  await page.waitForFunction(() => document.querySelector("#second").shadowRoot.querySelector(".sc-root").lang === "en");
  assert.equal(await page.locator("#first .sc-root").getAttribute("lang"), "en");
  assert.match(await widgetText(page, 1), /My usage/);
  assert.match(await widgetText(page, 0), /My usage/);

  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], "CSP violations");
  assert.deepEqual(page.problems, []);
});

test("an anonymous visitor on another origin sees the sign-in prompt and no API call is made", async () => {
  const page = await newPage(shared.browser);
  const apiCalls = [];
  page.on("request", (r) => r.url().includes("/api/") && apiCalls.push(r.url()));
  await page.goto(`${shared.hosts[0].origin}/anonymous.html`);
  await page.locator("selfcare-widget .sc-notice").waitFor();
  assert.match(await widgetText(page), /Sign in to see your account/);
  assert.deepEqual(apiCalls, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(page.problems, []);
});

test("an unreachable server gives a translated error with a retry, never a blank panel", async () => {
  const page = await newPage(shared.browser);
  await page.route("**/api/v1/usage", (route) => route.abort("connectionrefused"));
  await page.goto(`${shared.hosts[0].origin}/csp.html`);
  const error = page.locator("#first .sc-error");
  await error.waitFor();
  assert.match(await error.innerText(), /can't reach the service/);
  const reported = await page.evaluate(() => window.__selfcareEvents.filter((e) => e.name === "selfcare:error").map((e) => e.detail.error));
  assert.ok(reported.includes("error-network"), JSON.stringify(reported));
  await page.unroute("**/api/v1/usage");
  await error.getByRole("button").click();
  await usageShown(page, 0);
  // Failed fetches are logged by the browser itself; nothing else may be.
  assert.deepEqual(page.problems.filter((p) => !p.includes("Failed to load resource") && !p.includes("net::ERR")), []);
});

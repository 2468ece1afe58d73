// Every view of every mode (the website's launcher opened, the portal's inline widget, the
// kiosk), in English, French and Arabic, at 320, 360, 768 and 1280 px wide: a screenshot of
// each in target/screens/, with a contact sheet per size and language (an HTML page and its
// picture) for a person to look through, and automatic checks on each: nothing scrolls
// sideways (the page, the panel or any box that clips or scrolls), nothing lies outside the
// viewport, no text is cut by its box, axe finds nothing, and every target is at least 24 px
// (44 px at a kiosk; a checkbox's target is its label, a link inside a sentence is exempt).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serverHostsAndBrowser, exampleAs, newPage, axe, usageShown, ROOT } from "../lib/harness.mjs";

// One host page on another origin: the second portal theme.
const shared = serverHostsAndBrowser(1);
const w = (page) => page.locator("selfcare-widget");
const OUT = join(ROOT, "target/screens");
const WIDTHS = [320, 360, 768, 1280];
const LOCALES = [
  ["en", "cust-ro-ioana", "bucuresti"],
  ["fr", "cust-fr-camille", "paris"],
  ["ar", "cust-eg-ahmed", "القاهرة"],
];
const shots = [];

/** What is wrong with the layout as shown: sideways overflow, boxes outside the viewport,
 *  clipped text, small targets. */
async function layoutProblems(page, minTarget) {
  return page.evaluate((minTarget) => {
    const root = document.querySelector("selfcare-widget").shadowRoot;
    const width = document.documentElement.clientWidth;
    const found = [];
    const name = (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${[...e.classList].map((c) => `.${c}`).join("")} "${(e.textContent || "").trim().slice(0, 24)}"`;
    if (document.documentElement.scrollWidth > width + 1) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px in ${width})`);
    // Boxes meant for screen readers only, the map's tiles (clipped by the map on purpose),
    // and a wide table's own scrolling box (which shows that it scrolls).
    const exempt = (e) => e.closest(".sc-visually-hidden, .sc-map") || getComputedStyle(e).clipPath !== "none";
    const scrolls = (e) => e.classList.contains("sc-table-wrap") && e.getAttribute("tabindex") === "0";
    for (const e of root.querySelectorAll("*")) {
      if (e.getClientRects().length === 0 || exempt(e)) continue;
      const style = getComputedStyle(e);
      if (style.visibility === "hidden") continue;
      const r = e.getBoundingClientRect();
      if (style.overflowX !== "visible" && e.scrollWidth > e.clientWidth + 1 && !scrolls(e)) found.push(`${name(e)} overflows sideways (${e.scrollWidth} px in ${e.clientWidth})`);
      if (["hidden", "clip"].includes(style.overflowY) && e.scrollHeight > e.clientHeight + 1) found.push(`${name(e)} cuts its text (${e.scrollHeight} px in ${e.clientHeight})`);
      const inScroller = e.parentElement?.closest(".sc-table-wrap[tabindex='0']");
      if (r.width > 0 && r.height > 0 && !inScroller && (r.left < -1 || r.right > width + 1)) found.push(`${name(e)} is outside the viewport (${Math.round(r.left)} to ${Math.round(r.right)} of ${width})`);
    }
    for (const e of root.querySelectorAll("button, a[href], input, select, textarea, summary")) {
      if (e.getClientRects().length === 0 || exempt(e)) continue;
      // A link in a sentence is exempt (WCAG 2.5.8); a checkbox's or radio's label is its target.
      if (e.tagName === "A" && e.closest("p") && e.closest("p").textContent.trim() !== e.textContent.trim()) continue;
      const target = e.tagName === "INPUT" && e.closest("label") ? e.closest("label") : e;
      const r = target.getBoundingClientRect();
      if (r.width < minTarget - 0.5 || r.height < minTarget - 0.5) found.push(`${name(e)} is a ${Math.round(r.width)}×${Math.round(r.height)} px target`);
    }
    return [...new Set(found)];
  }, minTarget);
}

/** The screenshot of the page as shown, and the checks on it. */
async function shoot(page, problems, { mode, locale, width, view, minTarget = 24, zoom }) {
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(150);
  const file = `${mode}-${view}-${locale}-${width}${zoom ? `-text${zoom}` : ""}.png`;
  await page.screenshot({ path: join(OUT, file), fullPage: mode !== "website" });
  shots.push({ file, mode, locale, width, view: zoom ? `${view} (text ${zoom} %)` : view });
  for (const p of await layoutProblems(page, minTarget)) problems.push(`${view}: ${p}`);
  for (const v of await axe(page)) problems.push(`${view}: axe ${v}`);
}

/** Where the launcher's panel, its close button, its tabs and the view are on the screen. */
async function panelPlaces(page) {
  return page.evaluate(() => {
    const root = document.querySelector("selfcare-widget").shadowRoot;
    const box = (selector) => {
      const r = root.querySelector(selector)?.getBoundingClientRect();
      return r && { top: Math.round(r.top), bottom: Math.round(r.bottom), left: Math.round(r.left), right: Math.round(r.right) };
    };
    // Scrolled to the end: the view (where it scrolls) and the panel (where large text makes
    // the whole panel scroll).
    const [view, panel] = [root.querySelector(".sc-view"), root.querySelector(".sc-panel")];
    view.scrollTop = view.scrollHeight;
    panel.scrollTop = panel.scrollHeight;
    const places = { panel: box(".sc-panel"), view: box(".sc-view"), close: box(".sc-close"), tabs: box(".sc-tabs"), input: box(".sc-chat-input"), viewport: { width: innerWidth, height: innerHeight } };
    view.scrollTop = 0;
    panel.scrollTop = 0;
    return places;
  });
}

/** A launcher's panel: the whole screen on a phone; its close button, tabs and composer in view
 *  with the view scrolled to its end (with large text, the tabs scroll away with it); the view
 *  most of the panel; one height whatever the tab. */
async function launcherPanel(page, problems, view, heights, zoom) {
  const { panel, view: shown, close, tabs, input, viewport } = await panelPlaces(page);
  heights.add(panel.bottom - panel.top);
  if (viewport.width <= 480 && (panel.top !== 0 || panel.left !== 0 || panel.right !== viewport.width || panel.bottom !== viewport.height)) {
    problems.push(`${view}: the panel is not the whole phone screen: ${JSON.stringify(panel)}`);
  }
  for (const [name, r] of [["close button", close], ["tabs", zoom ? null : tabs], ["composer", input]]) {
    if (r && (r.top < panel.top || r.bottom > panel.bottom)) problems.push(`${view}: the ${name} is out of view with the view scrolled to its end`);
  }
  // What the customer came for is not squeezed under the header and tabs (large text included).
  const visible = Math.min(shown.bottom, panel.bottom) - Math.max(shown.top, panel.top);
  if (visible < 0.6 * (panel.bottom - panel.top)) problems.push(`${view}: the view has ${visible} px of the panel's ${panel.bottom - panel.top}`);
}

/** The usage, plans, stores and chat views of the widget on `page`. */
async function views(page, problems, at, typed) {
  const launcher = at.mode === "website";
  const heights = new Set();
  await usageShown(page);
  if (launcher) await launcherPanel(page, problems, "usage", heights, at.zoom);
  await shoot(page, problems, { ...at, view: "usage" });
  await w(page).locator(".sc-change-plan").click();
  await w(page).locator(".sc-offer").first().waitFor();
  const boxes = w(page).locator(".sc-offer:not(.sc-unavailable) input[type=checkbox]");
  if ((await boxes.count()) >= 2) {
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await w(page).locator("table.sc-compare").waitFor();
  }
  await shoot(page, problems, { ...at, view: "plans" });
  await w(page).locator(".sc-tab").nth(1).click();
  await w(page).locator("#sc-place").fill(typed);
  await w(page).locator("#sc-place").press("Enter");
  await w(page).locator(".sc-store").first().waitFor();
  if (launcher) await launcherPanel(page, problems, "stores", heights, at.zoom);
  await shoot(page, problems, { ...at, view: "stores" });
  await w(page).locator(".sc-tab").nth(2).click();
  await w(page).locator(".sc-msg-assistant").first().waitFor();
  if (launcher) await launcherPanel(page, problems, "chat", heights, at.zoom);
  await shoot(page, problems, { ...at, view: "chat" });
  if (heights.size > 1) problems.push(`the panel changes height with the tab: ${[...heights]}`);
  if (at.zoom) {
    const size = await page.evaluate(() => getComputedStyle(document.querySelector("selfcare-widget").shadowRoot.querySelector(".sc-root")).fontSize);
    if (size !== "32px") problems.push(`the text is ${size}, not 32px`);
  }
}

mkdirSync(OUT, { recursive: true });

for (const width of WIDTHS) {
  const viewport = { width, height: width < 768 ? 740 : 800 };
  for (const [locale, customer, typed] of LOCALES) {
    test(`every view looks right: website, portal and kiosk (${locale}, ${width} px)`, async () => {
      const problems = [];
      const website = await exampleAs(shared, "website", customer, locale, { viewport });
      await w(website).locator(".sc-launcher").click();
      await views(website, problems, { mode: "website", locale, width }, typed);
      problems.push(...website.problems.map((p) => `website: ${p}`));
      await website.context().close();

      const portal = await exampleAs(shared, "portal", customer, locale, { viewport });
      await views(portal, problems, { mode: "portal", locale, width }, typed);
      problems.push(...portal.problems.map((p) => `portal: ${p}`));
      await portal.context().close();

      const kiosk = await newPage(shared.browser, { viewport });
      await kiosk.addInitScript((locale) => {
        document.addEventListener("DOMContentLoaded", () => document.querySelector("selfcare-widget").setAttribute("locale", locale));
      }, locale);
      await kiosk.goto(`${shared.server.origin}/examples/kiosk/`);
      await w(kiosk).locator(".sc-start").waitFor({ timeout: 30_000 });
      const at = { mode: "kiosk", locale, width, minTarget: 44 };
      await shoot(kiosk, problems, { ...at, view: "attract" });
      await w(kiosk).locator(".sc-start").click();
      await w(kiosk).locator(".sc-keypad").waitFor();
      await shoot(kiosk, problems, { ...at, view: "sign-in" });
      await w(kiosk).locator(".sc-tab").nth(1).click();
      await w(kiosk).locator(".sc-store").first().waitFor();
      await shoot(kiosk, problems, { ...at, view: "stores" });
      problems.push(...kiosk.problems.map((p) => `kiosk: ${p}`));
      await kiosk.context().close();
      assert.deepEqual(problems, []);
    });
  }
}

// Every other language the widget ships, at 360 px where long words show first (German,
// Polish, Slovak), each with a customer of a country that speaks it or lives beside it: the
// website's views in the language's words, the same checks as above, and the digits of the
// region asked for (Arabic in Morocco writes Latin digits).
// Each with a customer of a country that speaks it (its folder's customers.toml), its plans
// and its towns.
const MORE_LOCALES = [
  ["es", "cust-es-lucia", "madrid"],
  ["ca", "cust-es-jordi", "barcelona"],
  ["pl", "cust-pl-tomasz", "warszawa"],
  ["ro", "cust-ro-ioana", "bucuresti"],
  ["nl-BE", "cust-be-lotte", "antwerpen"],
  ["de", "cust-lu-laura", "esch"],
  ["sk", "cust-sk-jana", "kosice"],
  ["ru-MD", "cust-md-natalia", "кишинёв"],
  ["pt-GW", "cust-gw-fatumata", "bissau"],
  ["mg", "cust-mg-hery", "antananarivo"],
  ["wo", "cust-sn-awa", "dakar"],
  ["ar-MA", "cust-ma-youssef", "الرباط"],
];
/** The name the catalogue gives the plan of `customer`'s first line in `language` (English if it has none). */
function planName(customer, language) {
  const country = customer.split("-")[1].toUpperCase();
  const folder = join(ROOT, "server-fns/data/countries", country);
  const customers = readFileSync(join(folder, "customers.toml"), "utf8");
  const offering = customers.slice(customers.indexOf(`id = "${customer}"`)).match(/^offering = "(.*)"$/m)[1];
  const catalogue = readFileSync(join(folder, "catalogue.toml"), "utf8");
  const names = catalogue.slice(catalogue.indexOf(`id = "${offering}"`)).split("[offering.description]")[0];
  return (names.match(new RegExp(`^${language} = "(.*)"$`, "m")) ?? names.match(/^en = "(.*)"$/m))[1];
}
/** A message of `language`'s `area`.ftl, as written (a one-line message). */
const message = (language, area, id) => readFileSync(join(ROOT, "i18n/locales", language, `${area}.ftl`), "utf8").match(new RegExp(`^${id} = (.*)$`, "m"))[1];
for (const [locale, customer, typed] of MORE_LOCALES) {
  const width = 360;
  const language = locale.split("-")[0];
  test(`every view looks right in ${locale}: website (${width} px)`, async () => {
    const problems = [];
    const page = await exampleAs(shared, "website", customer, locale, { viewport: { width, height: 740 } });
    await w(page).locator(".sc-launcher").click();
    await usageShown(page);
    const shown = await page.evaluate(() => {
      const root = document.querySelector("selfcare-widget").shadowRoot;
      return { lang: root.querySelector(".sc-root").lang, title: root.querySelector(".sc-title").textContent, usage: root.querySelector(".sc-view").textContent };
    });
    assert.equal(shown.lang, language);
    assert.equal(shown.title, message(language, "common", "widget-title"));
    // The customer's plan, named in the language of the screen (in Wolof and Malagasy too,
    // whose numbers and dates `Intl` writes as French does).
    assert.ok(shown.usage.includes(planName(customer, language)), `${locale}: ${planName(customer, language)} in ${shown.usage}`);
    if (locale === "ar-MA") {
      assert.match(shown.usage, /[0-9]/, "Arabic in Morocco writes Latin digits");
      assert.doesNotMatch(shown.usage, /[\u0660-\u0669]/, "no Arabic-Indic digits in Morocco");
    }
    await views(page, problems, { mode: "website", locale, width }, typed);
    // A new conversation (the customer's last one, in another language, is resumed as it
    // was): the assistant welcomes them in the language of the screen (its own sentences,
    // server-fns/data/chat/<language>/replies.ftl), by name.
    await w(page).locator(".sc-chat-end").click();
    await w(page).locator(".sc-chat-new").click();
    // (The words after the name: "Hola, " starts both Spanish's and Catalan's welcome.)
    const welcome = readFileSync(join(ROOT, "server-fns/data/chat", language, "replies.ftl"), "utf8").match(/^chat-welcome-name = (.*)$/m)[1].split("}")[1].slice(0, 30);
    const said = w(page).locator(".sc-msg-assistant .sc-msg-text").filter({ hasText: welcome.trim() });
    await said.first().waitFor({ timeout: 10_000 }).catch(async () => {
      assert.fail(`${locale}: the assistant said "${await w(page).locator(".sc-msg-assistant .sc-msg-text").last().textContent()}"`);
    });
    problems.push(...page.problems.map((p) => `website: ${p}`));
    await page.context().close();
    assert.deepEqual(problems, []);
  });
}

// The portal's second theme (green, serif, 18 px radius, roomy density 1.25, a logo in the
// header): the same checks on its usage and plans views, on a phone and a desktop.
const [THEMED_WIDTHS, THEMED_LOCALES] = [[320, 360, 1280], ["en", "ar"]];
for (const width of THEMED_WIDTHS) {
  const viewport = { width, height: width < 768 ? 740 : 800 };
  for (const locale of THEMED_LOCALES) {
    test(`the second portal theme looks right (${locale}, ${width} px)`, async () => {
      const problems = [];
      // (axe is injected as a script: the host page's strict CSP is bypassed for it.)
      const page = await newPage(shared.browser, { viewport, bypassCSP: true });
      await page.addInitScript((locale) => {
        document.addEventListener("DOMContentLoaded", () => document.querySelector("selfcare-widget").setAttribute("locale", locale));
      }, locale);
      await page.goto(`${shared.hosts[0].origin}/theme-b.html`);
      const at = { mode: "portal-b", locale, width };
      await usageShown(page);
      await shoot(page, problems, { ...at, view: "usage" });
      await w(page).locator(".sc-change-plan").click();
      const boxes = w(page).locator(".sc-offer:not(.sc-unavailable) input[type=checkbox]");
      await boxes.first().waitFor();
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await w(page).locator("table.sc-compare").waitFor();
      await shoot(page, problems, { ...at, view: "plans" });
      const look = await page.evaluate(() => {
        const root = document.querySelector("selfcare-widget").shadowRoot;
        return { radius: getComputedStyle(root.querySelector(".sc-offer")).borderTopLeftRadius, font: getComputedStyle(root.querySelector(".sc-offer")).fontFamily };
      });
      // The theme reaches every card, not only the buttons (Arabic in its own font).
      assert.equal(look.radius, "18px");
      if (locale === "en") assert.match(look.font, /Georgia/);
      problems.push(...page.problems.map((p) => `portal-b: ${p}`));
      await page.context().close();
      assert.deepEqual(problems, []);
    });
  }
}

// Text at twice its size (WCAG 1.4.4), as a host or a customer's settings make it: nothing may
// scroll sideways or be cut, on a phone and on a desktop.
for (const width of [360, 1280]) {
  const viewport = { width, height: width < 768 ? 740 : 800 };
  for (const [locale, customer, typed] of LOCALES) {
    test(`every view reflows with text at 200 %: website and portal (${locale}, ${width} px)`, async () => {
      const problems = [];
      for (const mode of ["website", "portal"]) {
        const page = await exampleAs(shared, mode, customer, locale, { viewport });
        await page.evaluate(() => document.querySelector("selfcare-widget").style.setProperty("--selfcare-font-size", "32px"));
        if (mode === "website") await w(page).locator(".sc-launcher").click();
        await views(page, problems, { mode, locale, width, zoom: 200 }, typed);
        problems.push(...page.problems.map((p) => `${mode}: ${p}`));
        await page.context().close();
      }
      assert.deepEqual(problems, []);
    });
  }
}

/** A contact sheet of `mine`: an HTML page of thumbnails and its picture, in target/screens/. */
async function contactSheet(page, name, title, mine, width) {
  const figures = mine
    .map((s) => `<figure><a href="${s.file}"><img src="${s.file}" alt=""></a><figcaption>${s.mode} · ${s.view}${s.locale === title ? "" : ` · ${s.locale}`}</figcaption></figure>`)
    .join("\n");
  const html = `<!doctype html><meta charset="utf-8"><title>Screens ${title} ${width} px</title>
<style>body{font:14px system-ui;margin:16px}main{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}
figure{margin:0;width:${width < 768 ? 150 : 320}px}img{width:100%;max-height:${width < 768 ? 600 : 420}px;object-fit:cover;object-position:top;border:1px solid #999}</style>
<h1>${title}, ${width} px wide: ${mine.length} screens</h1><main>${figures}</main>`;
  const sheet = join(OUT, `contact-${name}-${width}.html`);
  writeFileSync(sheet, html);
  await page.goto(`file://${sheet}`);
  await page.waitForLoadState("load");
  await page.screenshot({ path: join(OUT, `contact-${name}-${width}.png`), fullPage: true });
}

test("contact sheets: one page of thumbnails per size and language", async () => {
  const page = await newPage(shared.browser, { viewport: { width: 1400, height: 900 } });
  for (const width of WIDTHS) {
    for (const [locale] of LOCALES) {
      const mine = shots.filter((s) => s.width === width && s.locale === locale);
      await contactSheet(page, locale, locale, mine, width);
      assert.equal(mine.filter((s) => !s.view.includes("text") && s.mode !== "portal-b").length, 11, `${locale} ${width}: every view was taken`);
      const themed = THEMED_WIDTHS.includes(width) && THEMED_LOCALES.includes(locale) ? 2 : 0;
      assert.equal(mine.filter((s) => s.mode === "portal-b").length, themed, `${locale} ${width}: the second theme's views`);
    }
  }
  // The other languages on one sheet: usage, plans, stores and chat in each.
  const more = shots.filter((s) => MORE_LOCALES.some(([l]) => l === s.locale));
  await contactSheet(page, "languages", "Every other language", more, 360);
  assert.equal(more.length, MORE_LOCALES.length * 4, "every other language's views were taken");
  await page.context().close();
});

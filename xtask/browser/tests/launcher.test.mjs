// The website launcher on a host page of another origin: in the page's end corner (mirrored in
// a right-to-left page, or at its start when asked), never hiding what has focus on the page
// (WCAG 2.4.11), and opening the panel without moving anything on the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serverHostsAndBrowser, newPage } from "../lib/harness.mjs";

const shared = serverHostsAndBrowser(1);

const launcher = (page) => page.locator("selfcare-widget .sc-launcher");

async function open(query = "") {
  const page = await newPage(shared.browser, { viewport: { width: 800, height: 600 } });
  await page.goto(`${shared.hosts[0].origin}/launcher.html${query}`);
  await launcher(page).waitFor({ timeout: 30_000 });
  return page;
}

const side = async (page) => {
  const box = await launcher(page).boundingBox();
  return box.x + box.width / 2 > 400 ? "right" : "left";
};

test("the launcher's corner: the page's end, mirrored in right-to-left pages, or its start", async () => {
  for (const [query, expected] of [["", "right"], ["?dir=rtl", "left"], ["?position=start", "left"], ["?dir=rtl&position=start", "right"], ["?dir=rtl&position=right", "right"]]) {
    const page = await open(query);
    assert.equal(await side(page), expected, query || "default");
    // The panel opens on the launcher's side.
    await launcher(page).click();
    // (The application's panel, once it has replaced the one the module script shows while
    // it loads.)
    await page.locator("selfcare-widget .sc-title").waitFor();
    const panel = await page.locator("selfcare-widget #sc-panel").boundingBox();
    assert.equal(panel.x + panel.width / 2 > 400 ? "right" : "left", expected, `panel ${query}`);
    await page.context().close();
  }
});

test("the launcher never hides the focused element of the page", async () => {
  const page = await open();
  // Tab through the page to its last link, in the launcher's corner at the end of the page.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.id === "last-link")); i++) await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "last-link");
  const link = await page.locator("#last-link").boundingBox();
  const button = await launcher(page).boundingBox();
  const overlaps = link.x < button.x + button.width && button.x < link.x + link.width && link.y < button.y + button.height && button.y < link.y + link.height;
  assert.ok(!overlaps, `link ${JSON.stringify(link)} launcher ${JSON.stringify(button)}`);
  assert.ok(link.y + link.height <= 600, "the link is in view");
  await page.context().close();
});

test("opening and closing the panel moves nothing on the page", async () => {
  const page = await open();
  const before = await page.evaluate(() => ["top", "first"].map((id) => JSON.stringify(document.getElementById(id).getBoundingClientRect())));
  await launcher(page).click();
  await page.locator("selfcare-widget .sc-title").waitFor();
  const after = await page.evaluate(() => ["top", "first"].map((id) => JSON.stringify(document.getElementById(id).getBoundingClientRect())));
  assert.deepEqual(after, before);
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => window.__shifts), 0, "no layout shift");
  await page.context().close();
});

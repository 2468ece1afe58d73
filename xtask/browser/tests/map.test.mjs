// The locator's map, when the deployment configures a tile server (here a small one of the
// test's own that records what it was asked for): tiles of the fitted zoom, a numbered marker
// per store that leads to the store in the list, zoom and move buttons instead of dragging
// (WCAG 2.5.7), axe on it. Without a tile server (every other test) there is no map.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { serverAndBrowser, newPage, signInReady, axe, freePort } from "../lib/harness.mjs";

const require = createRequire(import.meta.url);
const { PNG } = require("pngjs");

const tilePort = await freePort();
const requested = [];
let tiles;
before(async () => {
  const png = new PNG({ width: 256, height: 256 });
  png.data.fill(220);
  const body = PNG.sync.write(png);
  tiles = createServer((req, res) => {
    requested.push(req.url);
    res.writeHead(200, { "content-type": "image/png", "access-control-allow-origin": "*" });
    res.end(body);
  });
  await new Promise((r) => tiles.listen(tilePort, "127.0.0.1", r));
});
after(() => new Promise((r) => tiles.close(r)));

const shared = serverAndBrowser({
  env: { SELFCARE_MAP_TILES: `http://127.0.0.1:${tilePort}/tiles/{z}/{x}/{y}.png`, SELFCARE_MAP_ATTRIBUTION: "© Test tiles" },
});
const w = (page) => page.locator("selfcare-widget");

// Until every tile the map shows is of zoom `z` and has arrived. (`waitForLoadState("networkidle")`
// is no wait here: once the page has been idle it returns at once, before a click's tiles are asked.)
const tilesShown = (page, z) =>
  page.waitForFunction((z) => {
    const tiles = [...document.querySelector("selfcare-widget").shadowRoot.querySelectorAll(".sc-tile")];
    return tiles.length > 0 && tiles.every((t) => t.complete && t.naturalWidth > 0 && t.src.includes(`/tiles/${z}/`));
  }, z);

test("a map of the results with markers, zoom and move buttons", async () => {
  const page = await newPage(shared.browser, { viewport: { width: 480, height: 900 } });
  await page.goto(`${shared.server.origin}/examples/portal/`);
  await signInReady(page);
  await w(page).locator(".sc-tab").nth(1).click();
  await w(page).locator("#sc-place").pressSequentially("lyon", { delay: 30 });
  await w(page).locator(".sc-suggestion", { hasText: "Lyon" }).first().click();
  await w(page).locator(".sc-marker").first().waitFor();
  await page.waitForFunction(() =>
    [...document.querySelector("selfcare-widget").shadowRoot.querySelectorAll(".sc-tile")].every((t) => t.complete && t.naturalWidth > 0),
  );

  const zooms = new Set(requested.map((u) => u.split("/")[2]));
  assert.equal(zooms.size, 1, `one zoom level: ${[...zooms]}`);
  const [zoom] = [...zooms].map(Number);
  assert.ok(zoom >= 8 && zoom <= 15, `a town-level zoom, got ${zoom}`);
  assert.ok(requested.length >= 6 && requested.length <= 12, `a 3×2 viewport of tiles, got ${requested.length}`);
  // Lyon is at tile x 131, y 91 at zoom 8; at zoom z the tiles are around that × 2^(z−8).
  const [x, y] = requested[0].split("/").slice(3).map((v) => parseInt(v, 10));
  assert.ok(Math.abs(x / 2 ** (zoom - 8) - 131.4) < 2 && Math.abs(y / 2 ** (zoom - 8) - 91.3) < 2, requested[0]);
  const markers = await w(page).locator(".sc-marker").count();
  assert.ok(markers >= 3, `markers: ${markers}`);
  // Markers never overlap: each stays a whole target.
  const boxes = await w(page).locator(".sc-marker").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      assert.ok(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, "overlapping markers");
    }
  }
  assert.ok((await w(page).locator(".sc-map-attribution").innerText()).includes("Test tiles"));
  assert.deepEqual(await axe(page), []);

  // A marker takes the customer to its store in the list.
  await w(page).locator(".sc-marker").first().click();
  await page.waitForFunction(() => document.querySelector("selfcare-widget").shadowRoot.activeElement?.id === "sc-store-0");

  // Zooming in asks for tiles of the next level; moving keeps the level.
  requested.length = 0;
  await w(page).locator(".sc-map-in").click();
  await tilesShown(page, zoom + 1);
  assert.ok(requested.length > 0 && requested.every((u) => u.split("/")[2] === String(zoom + 1)), requested.join(" "));
  // A move is a third of the map, one tile: a new column of tiles of the same level.
  requested.length = 0;
  const before = await w(page).locator(".sc-tile").evaluateAll((ts) => ts.map((t) => t.src));
  await w(page).locator(".sc-map-move").first().press("Enter");
  await page.waitForFunction(
    (before) => [...document.querySelector("selfcare-widget").shadowRoot.querySelectorAll(".sc-tile")].some((t) => !before.includes(t.src)),
    before,
  );
  await tilesShown(page, zoom + 1);
  assert.ok(requested.length > 0 && requested.every((u) => u.split("/")[2] === String(zoom + 1)), requested.join(" "));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

import { startServer, launch, exampleAs } from "./lib/harness.mjs";
const server = await startServer();
const browser = await launch();
const shared = { server, browser };
const w = (p) => p.locator("selfcare-widget");
for (const [customer, locale, width, code, name] of [
  ["cust-sn-awa", "en", 360, "3781 9391 1125 49", "en-360"],
  ["cust-eg-ahmed", "ar", 1280, "٢٨٤٤ ٦٢٦٨ ٦٦٨٩ ٣٤", "ar-1280"],
  ["cust-sn-awa", "fr", 360, "6032 3780 8070 91", "fr-360-wrong"],
]) {
  const page = await exampleAs(shared, "portal", customer, locale, { viewport: { width, height: 740 } });
  await w(page).locator(".sc-balance-amount").waitFor({ timeout: 30000 });
  await w(page).locator(".sc-balance").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/walk-${name}-usage.png` });
  await w(page).locator(".sc-balance .sc-secondary").click();
  await w(page).locator(".sc-chat-input").waitFor();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/walk-${name}-ask.png` });
  await w(page).locator(".sc-chat-input").fill(code);
  await w(page).locator(".sc-chat-input").press("Enter");
  await page.waitForTimeout(3000);
  await page.screenshot({ path: `/tmp/walk-${name}-done.png` });
  await w(page).locator(".sc-tab").first().click();
  await page.waitForTimeout(1500);
  await w(page).locator(".sc-balance").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/walk-${name}-after.png` });
  console.log(name, "problems:", page.problems, "sideways:", await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth));
}
await browser.close();
await server.stop();

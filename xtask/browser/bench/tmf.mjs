// The locator and reservations on the `tmf` backend beside the stand-in's own answers: two
// servers as `tests/tmf.test.mjs` starts them (the stand-in on SQLite with the demo's shops,
// the widget's server on `tmf` calling it), 5 calls to warm up, then 50 one after another.
// Usage (from xtask/browser, after `cargo xtask widget` and a server build):
//   SELFCARE_ROOT=$PWD/../.. SELFCARE_SERVER_BIN=$PWD/../../target/debug/selfcare-server node bench/tmf.mjs
import { startServer } from "../lib/harness.mjs";
const bss = await startServer();
const server = await startServer({ env: { SELFCARE_BACKEND: "tmf", SELFCARE_TMF_URL: bss.origin, SELFCARE_TMF_TOKEN_URL: `${bss.origin}/oauth/token`, SELFCARE_TMF_CLIENT_ID: "selfcare-tmf", SELFCARE_TMF_CLIENT_SECRET: "selfcare-tmf-demo-secret" } });
const body = "lat=44.4268&lon=26.1025&radius_m=20000&limit=20&open_now=false&in_stock=true&sku=samsung-galaxy-a55-5g-128-navy&lang=en";
const open = "lat=44.4268&lon=26.1025&radius_m=20000&limit=20&open_now=true&in_stock=false&lang=en";
async function time(s, name, b, customer, n) {
  const token = customer ? await s.token(customer) : null;
  const headers = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const once = async () => { const r = await fetch(`${s.origin}/api/v1/${name}`, { method: "POST", headers, body: b }); if (!r.ok) throw new Error(`${name} ${r.status} ${await r.text()}`); await r.arrayBuffer(); };
  for (let i = 0; i < 5; i++) await once();
  const t = [];
  for (let i = 0; i < n; i++) { const a = performance.now(); await once(); t.push(performance.now() - a); }
  t.sort((x, y) => x - y);
  return `p50 ${t[Math.floor(n / 2)].toFixed(1)} ms, p90 ${t[Math.floor(n * 0.9)].toFixed(1)} ms`;
}
for (const [label, s] of [["sql (the stand-in itself)", bss], ["tmf (widget server → stand-in)", server]]) {
  console.log(label, "| stores with stock:", await time(s, "stores", body, null, 50), "| stores open now:", await time(s, "stores", open, null, 50), "| reservations:", await time(s, "reservations", "lang=en", "cust-ro-ioana", 50));
}
await server.stop(); await bss.stop();

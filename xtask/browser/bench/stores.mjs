// Store-locator benchmark on a server seeded with `--seed-stores N --seed-products 500`:
// - nearest 20 stores that have a given SKU in stock, from points spread over the demo
//   countries' towns: latency one request at a time (server time plus loopback) and
//   throughput and latency at 64 concurrent connections;
// - suggestions while typing (each prefix of town names, one request at a time);
// - reservations under contention: 64 customers reserving one unit of the same SKU in the
//   same store and cancelling it again, so the stock row is the one they all fight for.
// Prints one JSON line. Usage: node bench/stores.mjs <origin> [seconds]
const [origin, seconds = "10"] = process.argv.slice(2);
const CONCURRENCY = 64;
const duration = Number(seconds) * 1000;

const post = (name, body, token) =>
  fetch(`${origin}/api/v1/${name}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });

function summary(name, latencies, elapsed, errors) {
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 100) / 100;
  return { name, requests: latencies.length, errors, perSecond: Math.round(latencies.length / elapsed), p50Ms: at(0.5), p99Ms: at(0.99) };
}

async function run(name, request, concurrency = CONCURRENCY, ms = duration) {
  const latencies = [];
  let errors = 0;
  let n = 0;
  const until = performance.now() + ms;
  async function worker(w) {
    while (performance.now() < until) {
      const started = performance.now();
      const ok = await request(n++, w);
      if (!ok) errors++;
      latencies.push(performance.now() - started);
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  return summary(name, latencies, (performance.now() - started) / 1000, errors);
}

// Points: the demo towns (from the suggestions), each moved by up to 10 km.
const towns = [];
for (const q of ["paris", "lyon", "marseille", "warszawa", "krakow", "bucuresti", "cluj", "cairo", "alexandria", "amman", "irbid", "dakar", "thies", "abidjan", "bouake"]) {
  const places = await (await post("places", `q=${q}`)).json();
  towns.push(places[0]);
}
// SKUs: generated phones (each in about 7 % of the generated stores) and demo ones.
const products = await (await post("products", "q=generated")).json();
const skus = products.map((p) => p.variants[0].sku).concat(["samsung-galaxy-a55-5g-128-navy", "apple-iphone-16-128-black", "prepaid-sim-card"]);
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const point = (i) => {
  const t = towns[i % towns.length];
  return { lat: t.lat + (random() - 0.5) * 0.18, lon: t.lon + (random() - 0.5) * 0.18 };
};
let found = 0;
const nearest = async (i) => {
  const p = point(i);
  const sku = skus[i % skus.length];
  const answer = await post("stores", `lat=${p.lat}&lon=${p.lon}&radius_m=100000&limit=20&open_now=false&in_stock=true&sku=${sku}`);
  const json = await answer.json();
  found += json.stores?.length ?? 0;
  return answer.ok;
};
const single = await run("nearest 20 in stock, one at a time", nearest, 1, duration / 2);
const averageFound = Math.round((found / single.requests) * 10) / 10;
const loaded = await run("nearest 20 in stock, 64 connections", nearest);

// Typing: each prefix of a few town names, one request at a time.
const typed = ["bucuresti", "warszawa", "thies", "alexandria", "القاهرة"];
const prefixes = typed.flatMap((t) => [...t].map((_, i) => t.slice(0, i + 1)).filter((p) => [...p].length >= 2));
const suggestLatencies = [];
const suggestStarted = performance.now();
for (let round = 0; round < 20; round++) {
  for (const p of prefixes) {
    const started = performance.now();
    await (await post("places", `q=${encodeURIComponent(p)}`)).arrayBuffer();
    suggestLatencies.push(performance.now() - started);
  }
}
const suggestions = summary("suggestions while typing", suggestLatencies, (performance.now() - suggestStarted) / 1000, 0);

// Contention: one store, one SKU, 64 customers reserving and cancelling (the same stock row,
// the same transaction lock on SQLite, the same row lock on PostgreSQL).
// The Warsaw store with the most prepaid SIM cards (Polish stores show their quantities).
const warsaw = (await (await post("stores", `lat=52.2297&lon=21.0122&radius_m=20000&limit=50&open_now=false&in_stock=true&sku=prepaid-sim-card`)).json()).stores;
const shop = warsaw.sort((a, b) => b.stock.quantity - a.stock.quantity)[0];
const tokens = [];
for (let i = 0; i < CONCURRENCY; i++) {
  const r = await fetch(`${origin}/demo/token?customer=cust-scale-${i}`);
  tokens.push((await r.json()).token);
}
let refused = 0;
const reservations = await run("reserve and cancel, one stock row", async (i, w) => {
  const key = `bench-${process.pid}-${i}-${Math.random().toString(36).slice(2)}`.padEnd(24, "0");
  const answer = await post("reserve", `store_id=${shop.id}&sku=prepaid-sim-card&quantity=1&idempotency_key=${key}&channel=website`, tokens[w]);
  const r = await answer.json();
  if (!answer.ok) {
    refused++;
    return answer.status === 409; // out of stock while the others hold every unit: a correct answer
  }
  const cancelled = await post("cancel-reservation", `id=${r.id}&channel=website`, tokens[w]);
  await cancelled.arrayBuffer();
  return cancelled.ok;
});
console.log(JSON.stringify({
  concurrency: CONCURRENCY,
  seconds: Number(seconds),
  nearest: { single, loaded, averageFound },
  suggestions: { ...suggestions, prefixes: prefixes.length },
  reservations: { ...reservations, reserved: reservations.requests - refused, refusedOutOfStock: refused, units: shop.stock?.quantity ?? null },
}));

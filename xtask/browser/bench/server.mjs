// Server benchmark at 64 concurrent connections on a large seeded dataset: `get usage` for
// customers spread over it, beside the trivial JSON route `/version` of the same server in the
// same run; `get offers` for French lines (whose catalogue the benchmark enlarges); and order
// placement (a 5 GB booster a request, each with its own idempotency key, so each is a new
// order written with its state history, bucket and audit entry).
// Prints one JSON line. Usage: node bench/server.mjs <origin> <customers> [seconds]
const [origin, customerCount, seconds = "10"] = process.argv.slice(2);
const CONCURRENCY = 64;
const duration = Number(seconds) * 1000;

async function token(customer) {
  const answer = await fetch(`${origin}/demo/token?customer=${customer}`);
  if (!answer.ok) throw new Error(`no token for ${customer}: ${answer.status}`);
  return (await answer.json()).token;
}

// Tokens for 500 customers spread over the whole dataset.
const tokens = [];
for (let i = 0; i < 500; i++) {
  tokens.push(await token(`cust-scale-${Math.floor((i * Number(customerCount)) / 500)}`));
}

async function run(name, request) {
  const latencies = [];
  let errors = 0;
  const until = performance.now() + duration;
  let n = 0;
  async function worker() {
    while (performance.now() < until) {
      const started = performance.now();
      const answer = await request(n++);
      await answer.arrayBuffer();
      if (!answer.ok) errors++;
      latencies.push(performance.now() - started);
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 100) / 100;
  return { name, requests: latencies.length, errors, perSecond: Math.round(latencies.length / elapsed), p50Ms: at(0.5), p99Ms: at(0.99) };
}

const usage = await run("get usage", (i) =>
  fetch(`${origin}/api/v1/usage`, {
    method: "POST",
    headers: { authorization: `Bearer ${tokens[i % tokens.length]}`, "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: "",
  }),
);
const trivial = await run("GET /version", () => fetch(`${origin}/version`));

// Generated customers cycle through FR, PL, EG, SN: every fourth is French and postpaid.
const french = [];
for (let i = 0; i < 200; i++) {
  const n = 4 * Math.floor((i * Number(customerCount)) / 800);
  french.push({ line: `line-scale-${n}-1`, token: await token(`cust-scale-${n}`) });
}
const post = (name, who, body) =>
  fetch(`${origin}/api/v1/${name}`, {
    method: "POST",
    headers: { authorization: `Bearer ${who.token}`, "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body,
  });
const first = await (await post("offers", french[0], `line_id=${french[0].line}&channel=website&lang=fr`)).json();
const offers = await run("get offers", (i) => {
  const who = french[i % french.length];
  return post("offers", who, `line_id=${who.line}&channel=website&lang=fr`);
});
const orders = await run("place order", (i) => {
  const who = french[i % french.length];
  const key = `bench-${process.pid}-${i}-${Math.random().toString(36).slice(2)}`.padEnd(20, "0");
  return post("order", who, `line_id=${who.line}&offering_id=fr-booster-5&when=now&idempotency_key=${key}&expected_one_time=500&expected_recurring=0&consent=true&channel=website&lang=fr`);
});
console.log(JSON.stringify({
  concurrency: CONCURRENCY,
  seconds: Number(seconds),
  usage,
  trivial,
  ratio: Math.round((usage.perSecond / trivial.perSecond) * 1000) / 1000,
  offers: { ...offers, plansPerAnswer: first.plans?.length, addonsPerAnswer: first.addons?.length },
  orders,
}));

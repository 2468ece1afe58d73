// Chat fan-out between two server processes on one PostgreSQL, and how many open
// conversations one process holds.
//   node bench/chat.mjs <origin A> <origin B> <pid of A> <messages> <streams>
// A customer's stream is open on A; their messages are sent to B; the time from sending to the
// message's arrival on A's stream is the fan-out latency (through LISTEN/NOTIFY). Then
// <streams> conversations are opened with a live stream each on A, and A's resident memory is
// read before and after.
import { readFileSync } from "node:fs";

const [a, b, pid, messages = "200", streams = "2000"] = process.argv.slice(2);

async function token(origin, customer) {
  return (await (await fetch(`${origin}/demo/token?customer=${customer}`)).json()).token;
}

async function call(origin, name, token, args) {
  const response = await fetch(`${origin}/api/v1/${name}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new URLSearchParams(args),
  });
  if (!response.ok) throw new Error(`${name}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** An event stream: calls `onMessage` with each message event's data. */
async function stream(origin, conversation, after, onMessage) {
  const controller = new AbortController();
  const url = `${origin}/api/v1/chat/stream?conversation=${conversation.id}&key=${conversation.key}&after=${after}`;
  const response = await fetch(url, { signal: controller.signal });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (event.includes("event: message")) onMessage(JSON.parse(event.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("")));
        }
      }
    } catch {}
  })();
  return () => controller.abort();
}

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * p))];

// Fan-out: send on B, receive on A.
const customer = "cust-pl-tomasz";
const t = await token(b, customer);
const conversation = await call(a, "chat-open", await token(a, customer), { lang: "en", channel: "website" });
const waiting = new Map();
const last = conversation.messages.at(-1)?.seq ?? 0;
const stop = await stream(a, conversation, last, (m) => {
  const resolve = waiting.get(m.client_id);
  if (resolve) resolve(performance.now());
});
await new Promise((r) => setTimeout(r, 300));
const latencies = [];
for (let i = 0; i < Number(messages); i++) {
  const clientId = `bench-fanout-${String(i).padStart(8, "0")}-0000`;
  const arrived = new Promise((r) => waiting.set(clientId, r));
  const sent = performance.now();
  await call(b, "chat-send", t, { conversation: conversation.id, text: "thanks", client_id: clientId });
  const at = await Promise.race([arrived, new Promise((r) => setTimeout(() => r(null), 10_000))]);
  if (at !== null) latencies.push(at - sent);
}
stop();
latencies.sort((x, y) => x - y);

// Open conversations held by one process: each with its live stream.
const before = rss();
const closers = [];
for (let i = 0; i < Number(streams); i++) {
  const c = await call(a, "chat-open", null, { lang: "en", channel: "website", country: "FR" });
  closers.push(await stream(a, c, 0, () => {}));
}
await new Promise((r) => setTimeout(r, 1000));
const after = rss();
for (const close of closers) close();

console.log(JSON.stringify({
  fanout_ms: { p50: +pct(latencies, 0.5).toFixed(2), p99: +pct(latencies, 0.99).toFixed(2), n: latencies.length },
  streams: Number(streams),
  rss_mb: { before: +before.toFixed(1), after: +after.toFixed(1), per_stream_kb: +(((after - before) * 1024) / Number(streams)).toFixed(1) },
}));

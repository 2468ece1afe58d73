// The widget in an iframe (`/embed`): for a portal that prefers a frame to the custom element.
// The host page and the widget talk through postMessage, and only with the origin the frame
// was opened for (`parent` in its address): messages from any other origin or window are
// ignored, and the widget's messages are addressed to that origin alone. The server lets only
// its allowed origins frame this page (CSP frame-ancestors).
//
// Host → widget:  { type: "selfcare:token", token }            the customer's (or partner's) token, or null
//                 { type: "selfcare:attributes", attributes }  e.g. { locale: "ar", customer: "cust-…" }
// Widget → host:  { type: "selfcare:embed-ready" }             listening; send the token now
//                 { type: "selfcare:token-request", refresh }  the token expired (refresh) or is missing
//                 { type: "selfcare:event", name, detail }     the element's events (selfcare:ready, …)
const ATTRIBUTES = ["locale", "country", "mode", "features", "store", "customer", "launcher", "view", "product"];
const EVENTS = ["selfcare:ready", "selfcare:error", "selfcare:tariff-changed", "selfcare:addon-added", "selfcare:reservation-created", "selfcare:chat-handoff", "selfcare:session-ended"];

const params = new URLSearchParams(location.search);
let parent = null;
try {
  parent = new URL(params.get("parent") ?? "").origin;
} catch {}
const widget = document.querySelector("selfcare-widget");
for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
if (params.get("locale")) document.documentElement.lang = params.get("locale");

function send(message) {
  if (parent && parent !== "null" && window.parent !== window) window.parent.postMessage(message, parent);
}

let token = null;
let waiting = [];
window.addEventListener("message", (event) => {
  // Only the page that framed us, from the origin we were opened for.
  if (!parent || event.origin !== parent || event.source !== window.parent) return;
  const message = event.data;
  if (!message || typeof message !== "object") return;
  if (message.type === "selfcare:token") {
    token = typeof message.token === "string" && message.token ? message.token : null;
    widget.token = token;
    for (const resolve of waiting) resolve(token);
    waiting = [];
  } else if (message.type === "selfcare:attributes" && message.attributes && typeof message.attributes === "object") {
    for (const [name, value] of Object.entries(message.attributes)) {
      if (!ATTRIBUTES.includes(name)) continue;
      if (value === null || value === undefined) widget.removeAttribute(name);
      else widget.setAttribute(name, String(value));
    }
  }
});

// An expired token: ask the host for a new one, and wait for it a few seconds.
widget.getToken = ({ refresh }) => {
  if (!refresh) return token;
  send({ type: "selfcare:token-request", refresh: true });
  return new Promise((resolve) => {
    waiting.push(resolve);
    setTimeout(() => resolve(null), 5000);
  });
};

for (const name of EVENTS) {
  document.addEventListener(name, (event) => send({ type: "selfcare:event", name, detail: event.detail ?? null }));
}
send({ type: "selfcare:embed-ready" });

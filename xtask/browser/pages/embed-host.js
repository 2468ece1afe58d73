// The host side of the iframe API: opens /embed for this page's origin (or, with `?claim=`,
// pretends to be another origin), answers token requests with a demo token, records messages.
const api = "{{API}}";
const params = new URLSearchParams(location.search);
const claimed = params.get("claim") ?? location.origin;
const customer = params.get("customer") ?? "cust-jo-lina";
window.__embedMessages = [];
const frame = document.getElementById("selfcare");
async function sendToken() {
  const { token } = await (await fetch(`${api}/demo/token?customer=${customer}`)).json();
  frame.contentWindow.postMessage({ type: "selfcare:token", token }, api);
}
window.addEventListener("message", (event) => {
  if (event.origin !== api || event.source !== frame.contentWindow) return;
  window.__embedMessages.push(event.data);
  if (event.data?.type === "selfcare:embed-ready" || event.data?.type === "selfcare:token-request") sendToken();
});
// Without a trusted answer (a page claiming another origin), send the token anyway once loaded.
frame.addEventListener("load", () => {
  if (params.get("claim")) setTimeout(sendToken, 500);
});
frame.src = `${api}/embed?parent=${encodeURIComponent(claimed)}&locale=en&features=usage`;

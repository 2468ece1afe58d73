// Demo only: a stand-in for the customer's phone beside the kiosk. Pick a demo customer to see
// the number to type on the kiosk's keypad and the text message the demo backend "sent" to it
// (a real kiosk has no such panel: the code arrives on the customer's phone).
const api = new URL(import.meta.url).origin;
const select = document.getElementById("phone-customer");
const number = document.getElementById("phone-number");
const inbox = document.getElementById("phone-inbox");

const customers = await (await fetch(`${api}/demo/customers`)).json();
for (const c of customers.filter((c) => c.phone)) {
  const option = document.createElement("option");
  option.value = c.phone;
  option.textContent = `${c.name} (${c.country})`;
  select.append(option);
}

async function refresh() {
  const phone = select.value;
  number.textContent = phone || "—";
  if (!phone) {
    inbox.textContent = "—";
    return;
  }
  const answer = await fetch(`${api}/demo/sms?phone=${encodeURIComponent(phone)}`);
  const { messages } = answer.ok ? await answer.json() : { messages: [] };
  inbox.textContent = messages[0] ?? "—";
}
select.addEventListener("change", refresh);
setInterval(refresh, 2000);
refresh();

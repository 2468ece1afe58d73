// Demo only: a "sign in as" chooser for the example pages. A real host page gives the widget
// its own customer's token (from its login) through `getToken` in the same way.
const api = new URL(import.meta.url).origin;

/** Fills `select` with the demo customers and signs every widget in `widgets` in as the chosen one. */
export async function demoSignIn(select, widgets, { initial } = {}) {
  const customers = await (await fetch(`${api}/demo/customers`)).json();
  for (const c of customers) {
    const option = document.createElement("option");
    option.value = c.id;
    option.textContent = `${c.name} (${c.description})`;
    select.append(option);
  }
  let cached = null;
  async function token({ refresh } = {}) {
    const customer = select.value;
    if (!customer) return null;
    if (!refresh && cached && cached.customer === customer && cached.expires > Date.now() + 30_000) {
      return cached.token;
    }
    const answer = await fetch(`${api}/demo/token?customer=${encodeURIComponent(customer)}`);
    if (!answer.ok) return null;
    const { token, expires_in } = await answer.json();
    cached = { customer, token, expires: Date.now() + expires_in * 1000 };
    return token;
  }
  const apply = () => {
    cached = null;
    for (const w of widgets) w.getToken = select.value ? token : null;
  };
  if (initial) select.value = initial;
  select.addEventListener("change", apply);
  // The widget's "Sign in" button: a real site opens its login here; the demo its chooser.
  document.addEventListener("selfcare:sign-in-requested", () => {
    select.scrollIntoView({ block: "center" });
    select.focus();
  });
  apply();
}

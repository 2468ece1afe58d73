import { demoSignIn } from "/examples/shared/demo-signin.js";
const widget = document.querySelector("selfcare-widget");
demoSignIn(document.getElementById("customer"), [widget], { initial: "cust-fr-camille" });

// A kiosk's "continue on your phone" link and its QR sign-in land here with the view (or the
// sign-in to approve) in the query: hand them to the widget.
const params = new URLSearchParams(location.search);
for (const [param, attribute] of [["selfcare-view", "view"], ["selfcare-store", "store"], ["selfcare-product", "product"], ["selfcare-pair", "pairing"]]) {
  const value = params.get(param);
  if (value) widget.setAttribute(attribute, value);
}

import { demoSignIn } from "/examples/shared/demo-signin.js";
demoSignIn(document.getElementById("customer"), [document.querySelector("selfcare-widget")], { initial: "cust-sn-awa" });

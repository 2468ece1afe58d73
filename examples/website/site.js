import { demoSignIn } from "/examples/shared/demo-signin.js";
const widget = document.querySelector("selfcare-widget");
demoSignIn(document.getElementById("customer"), [widget], { initial: "cust-fr-camille" });

// <selfcare-widget>: the custom element that hosts the Selfcare widget.
//
// This module is the whole embedding contract: a host page loads it with
//   <script type="module" src="https://…/widget/selfcare-widget.js"></script>
// and places <selfcare-widget> elements. Each element renders into its own open shadow root,
// styled by a constructable stylesheet (allowed under a strict style-src CSP, and untouched by
// the host's CSS); the WebAssembly module is loaded once per page.
import init, { mount } from "./selfcare_widget.js";

// Replaced by `cargo xtask` with the contents of widget/style.css.
const CSS = "/*__SELFCARE_CSS__*/";
const ATTRIBUTES = ["api", "locale", "country", "mode", "features", "store", "launcher", "idle", "idle-warning", "view", "product", "pairing", "customer", "top-up"];
const BASE = new URL(".", import.meta.url).href;

let sheet;
// The module for each kind of page, loaded once: kiosks (`mode="kiosk"`) get the build with
// kiosk mode's views and session; no other page downloads it.
const builds = {};
// Instantiating the module and mounting the widget are two tasks, not one: the host page's
// main thread is never held for both at once.
const nextTask = () => new Promise((resolve) => setTimeout(resolve));
function load(kiosk) {
  if (!kiosk) {
    return (builds.page ??= init({ module_or_path: new URL("selfcare_widget_bg.wasm", import.meta.url) }).then(nextTask).then(() => mount));
  }
  return (builds.kiosk ??= import("./selfcare_widget_kiosk.js").then(async (module) => {
    await module.default({ module_or_path: new URL("selfcare_widget_kiosk_bg.wasm", import.meta.url) });
    await nextTask();
    return module.mount;
  }));
}

class SelfcareWidget extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #token = null;
  #getToken = null;
  #handle = null;
  #generation = 0;

  /** The customer's bearer token (a JWT), or null when nobody is signed in. */
  get token() {
    return this.#token;
  }
  set token(value) {
    this.#token = value || null;
    this.#handle?.auth_changed();
  }

  /** A function returning the customer's token (or a promise of it); called again on expiry. */
  get getToken() {
    return this.#getToken;
  }
  set getToken(value) {
    this.#getToken = typeof value === "function" ? value : null;
    this.#handle?.auth_changed();
  }

  /** Used by the widget: a fresh token from getToken, else the token property. */
  async selfcareToken(refresh) {
    if (this.#getToken) {
      const token = await this.#getToken({ refresh: Boolean(refresh) });
      return token || null;
    }
    return this.#token;
  }

  // WCAG 2.4.11: the floating launcher (and the open panel) never hide what has focus on the
  // page. The page scrolls the focused element clear of them; at the end of the page, where
  // it cannot, the launcher moves up above it instead.
  #reveal = (event) => {
    const target = event.target;
    const launcher = this.shadowRoot?.querySelector(".sc-launcher");
    if (!launcher || !(target instanceof Element) || this.contains(target) || target === this) return;
    launcher.style.removeProperty("--sc-lift");
    const panel = this.shadowRoot.querySelector(".sc-panel:not([hidden])");
    const over = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const covers = () => [launcher, panel].filter(Boolean).map((e) => e.getBoundingClientRect()).filter((r) => over(r, target.getBoundingClientRect()));
    const covered = covers();
    if (covered.length === 0) return;
    const top = Math.min(...covered.map((r) => r.top));
    window.scrollBy({ top: target.getBoundingClientRect().bottom - top + 8, behavior: "instant" });
    if (over(launcher.getBoundingClientRect(), target.getBoundingClientRect())) {
      const lift = window.innerHeight - target.getBoundingClientRect().top + 8 - parseFloat(getComputedStyle(launcher).bottom);
      launcher.style.setProperty("--sc-lift", `${Math.max(0, lift)}px`);
    }
  };

  // A phone's on-screen keyboard shrinks the visual viewport, not the layout one: the panel
  // follows the visual one (--sc-vh, --sc-vt), so the chat's composer stays above the keyboard.
  #fit = () => {
    const viewport = window.visualViewport;
    const host = this.shadowRoot?.firstElementChild;
    if (!viewport || !host) return;
    host.style.setProperty("--sc-vh", `${viewport.height}px`);
    host.style.setProperty("--sc-vt", `${viewport.offsetTop}px`);
  };

  connectedCallback() {
    document.addEventListener("focusin", this.#reveal);
    window.visualViewport?.addEventListener("resize", this.#fit);
    window.visualViewport?.addEventListener("scroll", this.#fit);
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [sheet];
    const container = document.createElement("div");
    container.className = "sc-host";
    root.replaceChildren(container);
    this.#fit();
    const generation = ++this.#generation;
    const kiosk = this.getAttribute("mode") === "kiosk";
    load(kiosk).then(
      (mount) => {
        // Removed (or removed and re-added) while the module loaded: that later connection wins.
        if (generation !== this.#generation || !this.isConnected) return;
        // The mode changed while it loaded: the other build is needed.
        if (kiosk !== (this.getAttribute("mode") === "kiosk")) return this.connectedCallback();
        const attributes = {};
        for (const name of ATTRIBUTES) attributes[name] = this.getAttribute(name);
        this.#handle = mount(this, container, attributes, BASE, new URL(import.meta.url).origin);
      },
      (error) => {
        this.dispatchEvent(
          new CustomEvent("selfcare:error", { bubbles: true, composed: true, detail: { error: "load-failed", message: String(error) } }),
        );
      },
    );
  }

  disconnectedCallback() {
    document.removeEventListener("focusin", this.#reveal);
    window.visualViewport?.removeEventListener("resize", this.#fit);
    window.visualViewport?.removeEventListener("scroll", this.#fit);
    this.#generation++;
    this.#handle?.unmount();
    this.#handle = null;
    this.shadowRoot?.replaceChildren();
  }

  attributeChangedCallback(name, old, value) {
    // Becoming a kiosk, or no longer one, needs the other build: mounted again.
    if (name === "mode" && (old === "kiosk") !== (value === "kiosk") && this.#handle) {
      this.disconnectedCallback();
      this.connectedCallback();
      return;
    }
    this.#handle?.set_attribute(name, value);
  }
}

if (!customElements.get("selfcare-widget")) {
  customElements.define("selfcare-widget", SelfcareWidget);
}

export { SelfcareWidget };

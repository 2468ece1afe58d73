// <selfcare-widget>: the custom element that hosts the Selfcare widget.
//
// This module is the whole embedding contract: a host page loads it with
//   <script type="module" src="https://…/widget/selfcare-widget.js"></script>
// and places <selfcare-widget> elements. Each element renders into its own open shadow root,
// styled by a constructable stylesheet (allowed under a strict style-src CSP, and untouched by
// the host's CSS); the application (wasm-bindgen glue and WebAssembly) is loaded once per page,
// when an element first needs it. Behind a launcher (launcher="true"), that is when the
// customer shows the intent to open it: until then this script draws the launcher itself and
// the page downloads nothing else of the widget and asks the API nothing.

// Replaced by `cargo xtask` with the contents of widget/style.css.
const CSS = "/*__SELFCARE_CSS__*/";
const ATTRIBUTES = ["api", "locale", "country", "mode", "features", "store", "launcher", "idle", "idle-warning", "view", "product", "pairing", "customer", "top-up"];
const BASE = new URL(".", import.meta.url).href;

let sheet;
// Kiosk mode's own styles, which come with the kiosk build (`KIOSK_CSS`).
let kioskSheet;
// The application for each kind of page, loaded once: kiosks (`mode="kiosk"`) get the build
// with kiosk mode's views and session; no other page downloads it. Replaced by `cargo xtask`
// with each build's glue, in a folder named after its contents (`app-<hash>/selfcare_widget`):
// the main module and the parts it loads later always come from the same deployment.
const BUILDS = { /*__SELFCARE_BUILDS__*/ };
const builds = {};
// Each part's stylesheet, fetched once per page when a widget first loads the part.
const partSheets = {};
// Instantiating the module and mounting the widget are two tasks, not one: the host page's
// main thread is never held for both at once.
const nextTask = () => new Promise((resolve) => setTimeout(resolve));
function load(kiosk) {
  const name = kiosk ? "kiosk" : "page";
  // A failed download is forgotten, so that the next attempt fetches again.
  return (builds[name] ??= import(`./${BUILDS[name]}.js`)
    .then(async (module) => {
      await module.default({ module_or_path: new URL(`${BUILDS[name]}_bg.wasm`, import.meta.url) });
      if (module.KIOSK_CSS) {
        kioskSheet = new CSSStyleSheet();
        kioskSheet.replaceSync(module.KIOSK_CSS);
      }
      await nextTask();
      return module.mount;
    })
    .catch((error) => {
      delete builds[name];
      throw error;
    }));
}

// The launcher as this script draws it before the application has loaded, in the language
// the application will choose (the `locale` attribute, the browser's languages, the country's
// languages): its words are i18n/locales/*/common.ftl's launcher-open, error-network, retry
// and launcher-close, written here by `cargo xtask` for every locale. Its icon, corner and
// right-to-left mirroring come from the stylesheet.
const LAUNCHER = { /*__SELFCARE_LAUNCHER__*/ };
// The countries served and their languages in order of preference ("SN": "fr wo"), written
// by `cargo xtask` from server-fns/data/countries (what GET /api/v1/countries answers); a
// country whose clock is not CLDR's default for its languages adds it as a Unicode
// extension ("TN": "ar fr u-hc-h23"), which the widget formats with.
const COUNTRIES = { /*__SELFCARE_COUNTRIES__*/ };
const countryOf = (element) => (element.getAttribute("country") || "").toUpperCase();
// The languages of the element's country ("fr wo"), null for none served: the launcher's, and
// the widget's (given with the attributes, so that no build of it carries the countries).
const languagesOf = (element) => (Object.hasOwn(COUNTRIES, countryOf(element)) ? COUNTRIES[countryOf(element)] : null);
function launcherLanguage(element) {
  for (const tag of [element.getAttribute("locale"), ...navigator.languages, ...(languagesOf(element) || "").split(" ")]) {
    const language = (tag || "").split(/[-_]/)[0].toLowerCase();
    if (Object.hasOwn(LAUNCHER, language)) return language;
  }
  return "en";
}
// A `country` the service does not serve is the host's mistake: said once in the console,
// and the widget goes on with the page's and the browser's languages and the service's data.
const reported = new Set();
function checkCountry(element) {
  const country = countryOf(element);
  if (!country || Object.hasOwn(COUNTRIES, country) || reported.has(country)) return;
  reported.add(country);
  console.error(
    `<selfcare-widget>: country="${country}" is not a country this service serves (${Object.keys(COUNTRIES).join(", ")}; see GET /api/v1/countries). The widget uses the page's and the browser's languages instead.`,
  );
}
const element = (tag, className, text) => {
  const e = document.createElement(tag);
  e.className = className;
  if (text) e.textContent = text;
  return e;
};

class SelfcareWidget extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #token = null;
  #getToken = null;
  #handle = null;
  #generation = 0;
  // The drawn launcher until the application's replaces it, and what ends its listeners.
  #early = null;
  // Timers asking again for a part's stylesheet that failed to download (see selfcareStyle).
  #retries = [];

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

  /** Used by the widget: adds a part's styles (`<part>.css` beside its build's modules) to this
   *  element's shadow root, asked for when the widget starts loading the part (the CSS, a few
   *  hundred bytes, arrives before the module it styles). A failed download is asked for
   *  again after 2, 4 and 8 seconds while the widget is on the page. */
  selfcareStyle(name, attempt = 0) {
    const url = new URL(`${BUILDS[this.getAttribute("mode") === "kiosk" ? "kiosk" : "page"].split("/")[0]}/${name}.css`, import.meta.url);
    (partSheets[url] ??= fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${name}.css: ${response.status}`);
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(await response.text());
        return sheet;
      })
      .catch(() => {
        delete partSheets[url];
        // Asked again a few times while this widget is on the page (a train's tunnel).
        if (attempt < 3) this.#retries.push(setTimeout(() => this.selfcareStyle(name, attempt + 1), 2000 << attempt));
      }))
      .then((sheet) => {
        const root = this.shadowRoot;
        if (sheet instanceof CSSStyleSheet && root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      });
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
    checkCountry(this);
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
    if (this.getAttribute("launcher") === "true" && !kiosk) {
      this.#drawLauncher(container, generation);
    } else {
      this.#start(container, generation);
    }
  }

  // Loads the application and mounts it in `container`.
  #start(container, generation) {
    const kiosk = this.getAttribute("mode") === "kiosk";
    load(kiosk).then(
      (mount) => {
        // Removed (or removed and re-added) while the module loaded: that later connection wins.
        if (generation !== this.#generation || !this.isConnected || this.#handle) return;
        // The mode changed while it loaded: the other build is needed.
        if (kiosk !== (this.getAttribute("mode") === "kiosk")) return this.connectedCallback();
        if (kiosk) this.shadowRoot.adoptedStyleSheets = [sheet, kioskSheet];
        const attributes = {};
        for (const name of ATTRIBUTES) attributes[name] = this.getAttribute(name);
        attributes["country-languages"] = languagesOf(this);
        this.#handle = mount(this, container, attributes, BASE, new URL(import.meta.url).origin);
        this.#early?.mounted();
      },
      (error) => {
        if (generation !== this.#generation) return;
        this.#early?.failed();
        this.dispatchEvent(
          new CustomEvent("selfcare:error", { bubbles: true, composed: true, detail: { error: "load-failed", message: String(error) } }),
        );
      },
    );
  }

  // The launcher drawn here: the application is loaded on intent (the pointer over the
  // launcher or focus on it; preload="idle": once the page is idle; preload="none": on click)
  // and at the latest on click, which shows the panel loading until the application's own
  // launcher replaces this one and opens it. A failed load says so in the panel, with a retry.
  #drawLauncher(container, generation) {
    const root = element("div", "sc-root sc-website sc-with-launcher");
    const button = element("button", "sc-launcher");
    button.setAttribute("aria-expanded", "false");
    const icon = element("span", "sc-launcher-icon");
    icon.setAttribute("aria-hidden", "true");
    const text = element("span", "");
    button.append(icon, text);
    const panel = element("section", "sc-panel");
    panel.hidden = true;
    // (On a phone the panel covers the launcher: it has its own close button.)
    const close = element("button", "sc-close", "×");
    const spinner = element("div", "sc-spinner");
    spinner.setAttribute("role", "status");
    spinner.setAttribute("aria-busy", "true");
    const error = element("div", "sc-error");
    error.setAttribute("role", "alert");
    error.hidden = true;
    const message = element("p", "");
    const retry = element("button", "sc-button sc-retry");
    error.append(message, retry);
    panel.append(close, spinner, error);
    root.append(button, panel);
    container.append(root);
    // Its words, again when the page changes the widget's locale or country.
    const label = () => {
      const language = launcherLanguage(this);
      const words = LAUNCHER[language];
      root.lang = language;
      root.dir = language === "ar" ? "rtl" : "ltr";
      [text.textContent, message.textContent, retry.textContent] = [words[0], words[2], words[3]];
      button.setAttribute("aria-label", words[1]);
      close.setAttribute("aria-label", words[4]);
      panel.setAttribute("aria-label", words[0]);
    };
    label();

    let started = false;
    let open = false;
    const start = () => {
      // (An idle callback after the element was removed fetches nothing.)
      if (started || generation !== this.#generation) return;
      started = true;
      spinner.hidden = false;
      error.hidden = true;
      this.#start(container, generation);
    };
    const idle = () => (window.requestIdleCallback ?? setTimeout)(start);
    const preload = this.getAttribute("preload") || "intent";
    if (preload === "intent") {
      button.addEventListener("pointerenter", start);
      button.addEventListener("focus", start);
    } else if (preload === "idle") {
      if (document.readyState === "complete") idle();
      else window.addEventListener("load", idle, { once: true });
    }
    const toggle = () => {
      open = !open;
      button.setAttribute("aria-expanded", String(open));
      panel.hidden = !open;
      if (open) start();
    };
    button.addEventListener("click", toggle);
    close.addEventListener("click", () => {
      toggle();
      button.focus();
    });
    retry.addEventListener("click", start);
    // Escape closes the panel, as the application's does.
    root.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !open) return;
      event.stopPropagation();
      toggle();
      button.focus();
    });
    // Swapped for the application's launcher as soon as it is there (pressed if the panel was
    // asked for; focused if this one had focus).
    const observer = new MutationObserver(() => swap());
    const swap = () => {
      const real = [...container.querySelectorAll(".sc-launcher")].find((b) => b !== button);
      if (!real) return false;
      const focused = this.shadowRoot.activeElement === button;
      this.#early.stop();
      if (open) real.click();
      else if (focused) real.focus();
      return true;
    };
    this.#early = {
      label,
      start,
      mounted: () => {
        // (No launcher any more: the host removed the attribute while the application loaded.)
        if (this.getAttribute("launcher") !== "true") return this.#early.stop();
        if (!swap()) observer.observe(container, { childList: true, subtree: true });
      },
      failed: () => {
        started = false;
        spinner.hidden = true;
        error.hidden = false;
      },
      stop: () => {
        observer.disconnect();
        window.removeEventListener("load", idle);
        root.remove();
        this.#early = null;
      },
    };
    // A link from a kiosk (a view to open, a sign-in to approve) opens the panel by itself.
    if (this.getAttribute("view") || this.getAttribute("pairing")) start();
  }

  disconnectedCallback() {
    this.#retries.forEach(clearTimeout);
    document.removeEventListener("focusin", this.#reveal);
    window.visualViewport?.removeEventListener("resize", this.#fit);
    window.visualViewport?.removeEventListener("scroll", this.#fit);
    this.#generation++;
    this.#early?.stop();
    this.#handle?.unmount();
    this.#handle = null;
    this.shadowRoot?.replaceChildren();
  }

  attributeChangedCallback(name, old, value) {
    if (name === "country" && this.isConnected) checkCountry(this);
    if (name === "locale" || name === "country") this.#early?.label();
    // A link from a kiosk, or no launcher any more: the application is needed now.
    if (((name === "view" || name === "pairing") && value) || (name === "launcher" && value !== "true")) this.#early?.start();
    // Becoming a kiosk, or no longer one, needs the other build: mounted again.
    if (name === "mode" && (old === "kiosk") !== (value === "kiosk") && (this.#handle || this.#early)) {
      this.disconnectedCallback();
      this.connectedCallback();
      return;
    }
    this.#handle?.set_attribute(name, value);
    if (name === "country") this.#handle?.set_attribute("country-languages", languagesOf(this));
  }
}

if (!customElements.get("selfcare-widget")) {
  customElements.define("selfcare-widget", SelfcareWidget);
}

export { SelfcareWidget };

// Type declarations for the <selfcare-widget> custom element.

/** Features a host can show (`features="usage tariffs stores chat"`). */
export type SelfcareFeature = "usage" | "tariffs" | "stores" | "chat";

export type SelfcareMode = "website" | "kiosk" | "portal";

/** The attributes of <selfcare-widget>; all optional, all reactive after mount. */
export interface SelfcareWidgetAttributes {
  /** Origin of the Selfcare server; default: the origin this script was loaded from. */
  api?: string;
  /** BCP 47 language tag, e.g. "fr-SN" or "ar-EG". */
  locale?: string;
  /** ISO 3166 alpha-2 country code: currency, catalogue, stores. */
  country?: string;
  mode?: SelfcareMode;
  /** Space-separated list of features. */
  features?: string;
  /** A kiosk's store id: first in the store locator, with its own stock. */
  store?: string;
  /** "true" for a floating launcher button that opens the panel. */
  launcher?: "true" | "false";
  /** With a launcher, when the application loads: "intent" (default: the pointer over the
   *  launcher or focus on it), "idle" (once the page is idle) or "none" (on click). Until then
   *  only the module script is downloaded; the customer's data is fetched when the panel opens. */
  preload?: "intent" | "idle" | "none";
  /** The launcher's corner: the page's "end" (default; right in LTR pages, left in RTL), its
   *  "start", or "left"/"right" whatever the page's direction. Read by the stylesheet. */
  "launcher-position"?: "start" | "end" | "left" | "right";
  /** Kiosk: seconds without a touch before "Do you need more time?" (default 90). */
  idle?: string;
  /** Kiosk: seconds that question waits for an answer before the screen is cleared
   *  (default 30, never less than 20). */
  "idle-warning"?: string;
  /** What a link from a kiosk opens first: "usage", "plans", "stores", "reservations", "chat". */
  view?: string;
  /** A product's SKU whose stock the store locator shows (with `view="stores"`). */
  product?: string;
  /** A kiosk's QR sign-in for the signed-in customer to approve (`selfcare-pair` in the link). */
  pairing?: string;
  /** Portal: the customer a partner's token acts for (sent as X-Selfcare-Customer; the server
   *  allows it only within the customer's delegation and the token's scopes). */
  customer?: string;
  /** Where prepaid customers top up: the operator's page (a URL, a "Top up" link under the
   *  balance), or "event" for a button that only sends `selfcare:top-up-requested`. */
  "top-up"?: string;
}

export interface SelfcareTokenRequest {
  /** True when the previous token was refused as expired. */
  refresh: boolean;
}

export interface SelfcareReadyDetail {
  locale: string;
}

export interface SelfcareErrorDetail {
  /** A message id such as "error-network"; "load-failed" when the module did not load. */
  error: string;
  message?: string;
}

/** A plan change or add-on was ordered. */
export interface SelfcareOrderDetail {
  /** The order reference, e.g. `ORD-7K2M9QX4TB`. */
  order: string;
  /** The day it takes effect, ISO 8601 (`2026-12-05`). */
  effective: string;
}

/** Units were reserved for collection in a store. */
export interface SelfcareReservationDetail {
  /** The reservation's id, e.g. `res-…`. */
  reservation: string;
  /** The store's id. */
  store: string;
  /** The end of the hold, RFC 3339 in UTC (`2026-11-27T18:00:00Z`). */
  holdUntil: string;
}

/** A prepaid customer pressed "Top up": `preventDefault()` keeps the widget from following
 *  the `top-up` link (the host handles it in the page). */
export interface SelfcareTopUpDetail {
  /** The line's id. */
  line: string;
}

export declare class SelfcareWidget extends HTMLElement {
  /** The customer's bearer token (JWT); null when nobody is signed in. */
  token: string | null;
  /** Called for a token before calls and again with `refresh: true` when one expired. */
  getToken: ((request: SelfcareTokenRequest) => string | null | Promise<string | null>) | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "selfcare-widget": SelfcareWidget;
  }
  interface HTMLElementEventMap {
    "selfcare:ready": CustomEvent<SelfcareReadyDetail>;
    "selfcare:error": CustomEvent<SelfcareErrorDetail>;
    "selfcare:tariff-changed": CustomEvent<SelfcareOrderDetail>;
    "selfcare:addon-added": CustomEvent<SelfcareOrderDetail>;
    "selfcare:reservation-created": CustomEvent<SelfcareReservationDetail>;
    /** Nobody is signed in and the customer pressed "Sign in": open the site's login. */
    "selfcare:sign-in-requested": CustomEvent<Record<string, never>>;
    "selfcare:top-up-requested": CustomEvent<SelfcareTopUpDetail>;
    /** Kiosk: a session ended (sign-out or no answer when idle); everything was forgotten. */
    "selfcare:session-ended": CustomEvent<Record<string, never>>;
  }
}

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
  }
}

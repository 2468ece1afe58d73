//! DOM events for the host page: bubbling and composed, so they cross the shadow boundary.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Cancelable: returns `false` when a listener called `preventDefault()` (the host handles
/// what the widget would otherwise do, e.g. follow the top-up link).
pub fn dispatch(host: &HtmlElement, name: &str, detail: &[(&str, &str)]) -> bool {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(true);
    init.set_detail(&object);
    CustomEvent::new_with_event_init_dict(name, &init)
        .ok()
        .and_then(|event| host.dispatch_event(&event).ok())
        .unwrap_or(true)
}

//! Partner access in the kiosk bundle: nothing. A kiosk session may never let a partner act
//! for the customer (the server refuses a kiosk's token), so its code (about 12 KiB brotli) is
//! left out of the kiosk's download. Same names, no views, no state.

use crate::config::WidgetConfig;
use crate::i18n::Tr;

#[derive(Clone, Copy)]
pub struct Partners;

impl Partners {
    pub fn new(_: WidgetConfig) -> Partners {
        Partners
    }
}

pub fn partners_section(_: WidgetConfig, _: Partners, _: &Tr) {}

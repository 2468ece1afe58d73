//! What a view shows from the server: fetched when the widget is built, again when a signal
//! the fetcher reads changes or on `refetch`; an answer to an older question is dropped.
//!
//! It does for the widget what Leptos's `LocalResource` does, in a fraction of its code:
//! `LocalResource` brought about 7 KB of WebAssembly per use (its async-derived machinery,
//! monomorphised for each answer type), measured with twiggy for issue 15. No `Suspense`
//! reads these: views show their own loading state while `get` is `None`.

use leptos::prelude::*;
use std::future::Future;

/// A question asked: its answer, ready to be stored in its signal.
type Asked = std::pin::Pin<Box<dyn Future<Output = Box<dyn FnOnce()>>>>;

/// Asks once the widget is built and whenever a signal `ask` reads changes; an answer to an
/// older question is dropped.
fn run(ask: Box<dyn Fn() -> Option<Asked>>, again: RwSignal<u32>, answers: StoredValue<u32>) {
    let asked = StoredValue::new(0u32);
    // Leptos runs an effect's first pass just after the current one (before the browser
    // paints), and again when what it read changes.
    Effect::new(move |_| {
        again.track();
        let Some(future) = ask() else { return };
        let n = asked.get_value().wrapping_add(1);
        asked.set_value(n);
        leptos::task::spawn_local(async move {
            let store = future.await;
            if asked.try_get_value() == Some(n) {
                answers.try_update_value(|a| *a += 1);
                store();
            }
        });
    });
}

pub struct Fetched<T: 'static> {
    value: RwSignal<Option<T>, LocalStorage>,
    again: RwSignal<u32>,
    /// How many answers arrived (a view can tell a new answer from a re-render).
    answers: StoredValue<u32>,
}

impl<T> Clone for Fetched<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Fetched<T> {}

impl<T: Clone + 'static> Fetched<T> {
    /// Only signals read by `fetch` itself are tracked, not those its future reads.
    /// `fetch` runs once the widget is built and whenever a signal it reads (outside its future) changes. Its
    /// future is owned by nobody: it ends with the widget's requests (`api::send` aborts them
    /// on removal), and its answer is dropped if the widget is gone.
    /// `fetch` returns `None` when there is nothing to ask yet (the answer stays `None`).
    pub fn new<F: Future<Output = T> + 'static>(
        fetch: impl Fn() -> Option<F> + 'static,
    ) -> Fetched<T> {
        let value = RwSignal::new_local(None);
        let again = RwSignal::new(0u32);
        let answers = StoredValue::new(0u32);
        // What depends on the answer's type is only this: asking, and storing the answer.
        // The effect and the task that run it are one copy for every fetched value.
        let ask: Box<dyn Fn() -> Option<Asked>> = Box::new(move || {
            let future = fetch()?;
            Some(Box::pin(async move {
                let answer = future.await;
                Box::new(move || {
                    value.try_set(Some(answer));
                }) as Box<dyn FnOnce()>
            }))
        });
        run(ask, again, answers);
        Fetched {
            value,
            again,
            answers,
        }
    }

    /// The answer (`None` until the first arrives; the previous one while another loads).
    /// Tracked.
    pub fn get(&self) -> Option<T> {
        self.value.get()
    }

    pub fn get_untracked(&self) -> Option<T> {
        self.value.get_untracked()
    }

    pub fn with<R>(&self, f: impl FnOnce(&Option<T>) -> R) -> R {
        self.value.with(f)
    }

    /// How many answers have arrived so far.
    pub fn answers(&self) -> u32 {
        self.answers.get_value()
    }

    /// Asks again (after an order, on "retry").
    pub fn refetch(&self) {
        self.again.update(|n| *n = n.wrapping_add(1));
    }
}

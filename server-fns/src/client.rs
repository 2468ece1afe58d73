//! The client side of the server functions: a `fetch` client that attaches the customer's
//! bearer token to each call.
//!
//! Several widgets on one page may hold different tokens, so the token is not global: a call
//! is wrapped in [`with_token`], which makes the token current only while the call's future is
//! polled. The request is built and sent during its first poll, so the header is always the
//! token of the widget that made the call.

use server_fn::client::{browser::BrowserClient, Client};
use server_fn::error::FromServerFnError;
use server_fn::request::browser::BrowserRequest;
use server_fn::response::browser::BrowserResponse;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

thread_local! {
    static CURRENT_TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The client named by every server function of this crate.
pub struct AuthClient;

impl<E, IS, OS> Client<E, IS, OS> for AuthClient
where
    E: FromServerFnError,
    IS: FromServerFnError,
    OS: FromServerFnError,
{
    type Request = BrowserRequest;
    type Response = BrowserResponse;

    fn send(req: Self::Request) -> impl Future<Output = Result<Self::Response, E>> + Send {
        CURRENT_TOKEN.with_borrow(|token| {
            if let Some(token) = token {
                req.headers().set("Authorization", &format!("Bearer {token}"));
            }
        });
        <BrowserClient as Client<E, IS, OS>>::send(req)
    }

    fn open_websocket(
        path: &str,
    ) -> impl Future<
        Output = Result<
            (
                impl futures::Stream<Item = Result<bytes::Bytes, bytes::Bytes>> + Send + 'static,
                impl futures::Sink<bytes::Bytes> + Send + 'static,
            ),
            E,
        >,
    > + Send {
        <BrowserClient as Client<E, IS, OS>>::open_websocket(path)
    }

    fn spawn(future: impl Future<Output = ()> + Send + 'static) {
        <BrowserClient as Client<E, IS, OS>>::spawn(future)
    }
}

/// Runs a server-function call with `token` as its bearer token.
pub fn with_token<F: Future>(token: Option<String>, call: F) -> WithToken<F> {
    WithToken { token, call: Box::pin(call) }
}

pub struct WithToken<F> {
    token: Option<String>,
    call: Pin<Box<F>>,
}

impl<F: Future> Future for WithToken<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let token = self.token.clone();
        let previous = CURRENT_TOKEN.replace(token);
        let result = self.call.as_mut().poll(cx);
        CURRENT_TOKEN.set(previous);
        result
    }
}

//! The chat: a conversation with the assistant and, on request, an advisor. Signed-in
//! customers' conversations are theirs (found by the token); an anonymous visitor's is
//! reached with the key `chat-open` gave them. New messages arrive live on
//! `GET /api/v1/chat/stream` (Server-Sent Events); these functions write and catch up.

// The server side: domain logic, storage.
#[cfg(feature = "ssr")]
pub mod domain;
#[cfg(feature = "ssr")]
pub mod nlu;
#[cfg(feature = "ssr")]
pub mod topup;

use crate::api::{ApiError, Channel, ChatMessage, ChatUpdate, Conversation};
use crate::codec::MiniJson;
use leptos::server;

/// The signed-in customer's open conversation (any device), else a new one in `lang`. A
/// kiosk names its shop (`store`): the customer may then ask for an advisor of that shop.
#[server(prefix = "/api/v1", endpoint = "chat-open", output = MiniJson)]
pub async fn chat_open(
    lang: String,
    country: Option<String>,
    channel: Channel,
    store: Option<String>,
) -> Result<Conversation, ApiError> {
    use crate::{chat::domain as chat, server::context::ChatRequest, server::validate};
    let request = ChatRequest::current()?;
    request.limit(None)?;
    let country = country.as_deref().map(validate::country).transpose()?;
    let store = store.as_deref().map(validate::id).transpose()?;
    let open = chat::OpenRequest {
        party: request.customer.as_deref(),
        lang: validate::language(&lang),
        country,
        channel: crate::tariff::domain::channel_str(channel),
        store,
    };
    Ok(chat::open(
        request.db(),
        &*request.state().shops,
        &request.state().assistant,
        &open,
        request.now(),
    )
    .await?)
}

/// Sends the customer's `text` (`client_id` makes a retry safe); answers with the messages
/// written: the customer's and, while the assistant has the conversation, its answer.
/// `intent` is the quick reply chosen, if one was; `lang` the language of the customer's
/// screen, which the assistant answers in from now on.
#[server(prefix = "/api/v1", endpoint = "chat-send", output = MiniJson)]
pub async fn chat_send(
    conversation: String,
    key: Option<String>,
    text: String,
    client_id: String,
    intent: Option<String>,
    lang: Option<String>,
) -> Result<Vec<ChatMessage>, ApiError> {
    use crate::{chat::domain as chat, server::context::ChatRequest, server::validate};
    let request = ChatRequest::current()?;
    let id = validate::id(&conversation)?;
    let party = request.party(key.as_deref())?;
    request.limit(Some(id))?;
    let state = request.state();
    let ctx = chat::TurnContext {
        assistant: &state.assistant,
        hub: &state.hub,
        config: &state.config,
        storage: &*state.storage,
        shops: &*state.shops,
        signed_in: request.customer.is_some(),
        partner: request.partner.as_deref(),
        channel: request.channel,
        now: request.now(),
        voucher: Default::default(),
    };
    let said = chat::Said {
        text: &text,
        client_id: validate::idempotency_key(&client_id)?,
        intent: intent.as_deref().map(validate::intent).transpose()?,
        lang: lang.as_deref(),
    };
    Ok(chat::send(request.db(), &ctx, id, party, &said).await?)
}

/// The conversation's state and its messages after `after` (what a client missed).
#[server(prefix = "/api/v1", endpoint = "chat-messages", output = MiniJson)]
pub async fn chat_messages(
    conversation: String,
    key: Option<String>,
    after: i64,
) -> Result<ChatUpdate, ApiError> {
    use crate::{chat::domain as chat, server::context::ChatRequest, server::validate};
    let request = ChatRequest::current()?;
    request.limit(None)?;
    let (state, messages) = chat::messages(
        request.db(),
        validate::id(&conversation)?,
        request.party(key.as_deref())?,
        after,
    )
    .await?;
    Ok(ChatUpdate { state, messages })
}

/// Ends the conversation (the customer closed it, or the kiosk's session ended).
#[server(prefix = "/api/v1", endpoint = "chat-close", output = MiniJson)]
pub async fn chat_close(
    conversation: String,
    key: Option<String>,
) -> Result<Vec<ChatMessage>, ApiError> {
    use crate::{chat::domain as chat, server::context::ChatRequest, server::validate};
    let request = ChatRequest::current()?;
    let id = validate::id(&conversation)?;
    request.limit(Some(id))?;
    let state = request.state();
    Ok(chat::close(
        request.db(),
        &state.hub,
        &state.assistant,
        id,
        request.party(key.as_deref())?,
        request.now(),
    )
    .await?)
}

/// The customer's satisfaction rating, 1–5, with an optional comment.
#[server(prefix = "/api/v1", endpoint = "chat-rate", output = MiniJson)]
pub async fn chat_rate(
    conversation: String,
    key: Option<String>,
    rating: i64,
    comment: String,
) -> Result<Vec<ChatMessage>, ApiError> {
    use crate::{chat::domain as chat, server::context::ChatRequest, server::validate};
    let request = ChatRequest::current()?;
    let id = validate::id(&conversation)?;
    request.limit(Some(id))?;
    let state = request.state();
    Ok(chat::rate(
        request.db(),
        &state.hub,
        &state.assistant,
        id,
        request.party(key.as_deref())?,
        rating,
        &comment,
        request.now(),
    )
    .await?)
}

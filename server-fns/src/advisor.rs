//! The advisors' console's server functions: an advisor's token (`role: advisor`, with the
//! languages and countries they serve) is required, any other is `forbidden`. Used only by the
//! console (`widget/advisor/`), never by the customer's widget.

// The server side: domain logic, storage.
#[cfg(feature = "ssr")]
pub mod domain;

use crate::api::{AdvisorConversation, AdvisorDesk, ApiError, ChatMessage};
use crate::codec::MiniJson;
use leptos::server;

/// The queues the advisor serves, their conversations, open tickets and canned answers.
#[server(prefix = "/api/v1", endpoint = "advisor-desk", output = MiniJson)]
pub async fn load_desk() -> Result<AdvisorDesk, ApiError> {
    use crate::{advisor::domain as advisor, server::context::AdvisorRequest};
    let r = AdvisorRequest::current()?;
    let a = r.advisor();
    Ok(advisor::desk(&r.state().db, &a, r.now()).await?)
}

/// A conversation with the customer's context at a glance.
#[server(prefix = "/api/v1", endpoint = "advisor-conversation", output = MiniJson)]
pub async fn load_conversation(conversation: String) -> Result<AdvisorConversation, ApiError> {
    use crate::{advisor::domain as advisor, server::context::AdvisorRequest, server::validate};
    let r = AdvisorRequest::current()?;
    let a = r.advisor();
    let s = r.state();
    Ok(advisor::view(
        &s.db,
        &*s.storage,
        &*s.shops,
        &a,
        validate::id(&conversation)?,
        r.now(),
    )
    .await?)
}

/// Takes a waiting conversation.
#[server(prefix = "/api/v1", endpoint = "advisor-accept", output = MiniJson)]
pub async fn advisor_accept(conversation: String) -> Result<Vec<ChatMessage>, ApiError> {
    use crate::{advisor::domain as advisor, server::context::AdvisorRequest, server::validate};
    let r = AdvisorRequest::current()?;
    let a = r.advisor();
    let s = r.state();
    Ok(advisor::accept(
        &s.db,
        &s.hub,
        &s.assistant,
        &a,
        validate::id(&conversation)?,
        r.now(),
    )
    .await?)
}

/// The advisor's message (or a ticket's answer); `client_id` makes a retry safe.
#[server(prefix = "/api/v1", endpoint = "advisor-send", output = MiniJson)]
pub async fn advisor_send(
    conversation: String,
    text: String,
    client_id: String,
) -> Result<Vec<ChatMessage>, ApiError> {
    use crate::{advisor::domain as advisor, server::context::AdvisorRequest, server::validate};
    let r = AdvisorRequest::current()?;
    let a = r.advisor();
    let s = r.state();
    Ok(advisor::say(
        &s.db,
        &s.hub,
        &a,
        validate::id(&conversation)?,
        &text,
        validate::idempotency_key(&client_id)?,
        r.now(),
    )
    .await?)
}

/// Hands the conversation to another queue (`<country>:<lang>`).
#[server(prefix = "/api/v1", endpoint = "advisor-transfer", output = MiniJson)]
pub async fn advisor_transfer(
    conversation: String,
    queue: String,
) -> Result<Vec<ChatMessage>, ApiError> {
    use crate::{advisor::domain as advisor, server::context::AdvisorRequest, server::validate};
    let r = AdvisorRequest::current()?;
    let a = r.advisor();
    let s = r.state();
    Ok(advisor::transfer(
        &s.db,
        &s.hub,
        &s.assistant,
        &a,
        validate::id(&conversation)?,
        &queue,
        r.now(),
    )
    .await?)
}

/// Ends the advisor's conversation; the customer is asked for a rating.
#[server(prefix = "/api/v1", endpoint = "advisor-close", output = MiniJson)]
pub async fn advisor_close(conversation: String) -> Result<Vec<ChatMessage>, ApiError> {
    use crate::{advisor::domain as advisor, server::context::AdvisorRequest, server::validate};
    let r = AdvisorRequest::current()?;
    let a = r.advisor();
    let s = r.state();
    Ok(advisor::close(
        &s.db,
        &s.hub,
        &s.assistant,
        &a,
        validate::id(&conversation)?,
        r.now(),
    )
    .await?)
}

/// The advisor is typing: the customer sees it (not stored).
#[server(prefix = "/api/v1", endpoint = "advisor-typing", output = MiniJson)]
pub async fn advisor_typing(conversation: String) -> Result<bool, ApiError> {
    use crate::{advisor::domain as advisor, server::context::AdvisorRequest, server::validate};
    let r = AdvisorRequest::current()?;
    let a = r.advisor();
    let s = r.state();
    Ok(advisor::typing(&s.db, &s.hub, &a, validate::id(&conversation)?).await?)
}

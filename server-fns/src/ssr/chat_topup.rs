//! Topping up by voucher in the chat: the customer types the code of a scratch card (after
//! asking to top up, or in the same message) and the assistant credits it to their prepaid
//! line with [`super::topup::redeem`], the same checks and audit as `POST /api/v1/top-up`.
//!
//! The code never stays in the conversation: the customer's message is stored with all but its
//! last four digits hidden. The message's `client_id` is the top-up's idempotency key, so a
//! message sent twice (a lost answer, "retry") tops up once.

use super::chat::{Out, TurnContext};
use super::tariff::Caller;
use crate::api::{ApiError, Author, Card, CardKind, Channel, ErrorId, Payment, QuickReply};
use fluent_bundle::FluentValue;

/// A digit as customers type it: ASCII, Arabic-Indic (Egypt, Jordan) or Eastern Arabic-Indic.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{660}'..='\u{669}' => char::from_digit(c as u32 - 0x660, 10),
        '\u{6f0}'..='\u{6f9}' => char::from_digit(c as u32 - 0x6f0, 10),
        _ => None,
    }
}

/// The first voucher code in `text`: a run of 10 to 20 digits, which may be grouped with
/// spaces or hyphens as printed ("3781 9391 1125 49"), and not a phone number written with
/// `+`. Its byte range and its digits.
pub fn find_code(text: &str) -> Option<(std::ops::Range<usize>, String)> {
    let mut run: Option<(usize, usize, String)> = None;
    let mut found = None;
    let mut close = |run: &mut Option<(usize, usize, String)>| {
        if let Some((start, end, digits)) = run.take() {
            let phone = text[..start].ends_with('+');
            if (10..=20).contains(&digits.len()) && !phone && found.is_none() {
                found = Some((start..end, digits));
            }
        }
    };
    for (i, c) in text.char_indices() {
        match (digit(c), run.as_mut()) {
            (Some(d), Some((_, end, digits))) => {
                digits.push(d);
                *end = i + c.len_utf8();
            }
            (Some(d), None) => run = Some((i, i + c.len_utf8(), d.to_string())),
            // A separator inside a code; the run ends at its last digit.
            (None, Some(_)) if matches!(c, ' ' | '-' | '\u{a0}' | '\u{202f}') => {}
            (None, _) => close(&mut run),
        }
    }
    close(&mut run);
    found
}

/// `text` with the code at `range` hidden but for its last four digits ("•••• •••• ••25 49").
pub fn masked(text: &str, range: std::ops::Range<usize>) -> String {
    let code = &text[range.clone()];
    let total = code.chars().filter(|c| digit(*c).is_some()).count();
    let mut seen = 0;
    let hidden: String = code
        .chars()
        .map(|c| match digit(c) {
            Some(_) => {
                seen += 1;
                if seen + 4 > total { c } else { '•' }
            }
            None => c,
        })
        .collect();
    format!("{}{hidden}{}", &text[..range.start], &text[range.end..])
}

fn channel(id: &str) -> Channel {
    match id {
        "kiosk" => Channel::Kiosk,
        "portal" => Channel::Portal,
        _ => Channel::Website,
    }
}

/// Whether `customer` has a prepaid line (the assistant then offers to take a voucher's code).
pub async fn has_prepaid(ctx: &TurnContext<'_>, customer: &str) -> Result<bool, ApiError> {
    Ok(ctx.storage.lines_of(customer).await?.iter().any(|l| l.payment == Payment::Prepaid))
}

/// Credits the voucher `digits` to the customer's prepaid line (the first, if they have
/// several) and says what happened: the amount and the balance (a usage card), or why not.
/// The second value is what the assistant waits for next (`voucher`: another code).
#[allow(clippy::too_many_arguments)]
pub async fn redeem(ctx: &TurnContext<'_>, customer: &str, channel_id: &str, country: &str, lang: &str, digits: &str, client_id: &str) -> Result<(Out, Option<String>), ApiError> {
    // Numbers as the customer reads them ("٢٥٤٩" in Egypt's Arabic).
    let shown = |text: &str| super::countries::digits_in(country, lang, text);
    let a = ctx.assistant;
    let say = |id: &str, args: &[(&str, FluentValue<'_>)]| Out::says(Author::Assistant, a.text(lang, id, args));
    let lines = ctx.storage.lines_of(customer).await?;
    let Some(line) = lines.iter().find(|l| l.payment == Payment::Prepaid) else {
        return Ok((say("chat-topup-postpaid", &[]), None));
    };
    let caller = Caller { customer, partner: ctx.partner, channel: channel(channel_id), today: ctx.now.date_naive(), now: ctx.now };
    let end = shown(&digits[digits.len() - 4..]);
    match super::topup::redeem(ctx.storage, caller, &line.id, digits, client_id).await {
        Ok(topup) => {
            let amount = format!("{} {}", shown(&super::chat::amount_text(topup.amount, &topup.currency)), topup.currency);
            let mut out = say("chat-topup-done", &[("amount", FluentValue::from(amount)), ("end", FluentValue::from(end.as_str()))]);
            // The balance after it, as the usage view shows it.
            out.card = Some(Card::new(CardKind::Balance));
            Ok((out, None))
        }
        Err(ApiError { error }) => {
            let (id, again) = match error {
                ErrorId::VoucherNotFound => ("chat-topup-not-found", true),
                ErrorId::VoucherUsed => ("chat-topup-used", true),
                ErrorId::VoucherAttempts => ("chat-topup-attempts", false),
                ErrorId::LineNotPrepaid | ErrorId::LineNotFound => ("chat-topup-postpaid", false),
                _ => return Err(error.into()),
            };
            let mut out = say(id, &[("end", FluentValue::from(end.as_str()))]);
            if error == ErrorId::VoucherAttempts {
                out.replies = vec![QuickReply { label: a.text(lang, "chat-qr-advisor", &[]), intent: "human".into() }];
            }
            Ok((out, again.then(|| "voucher".to_owned())))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_found_as_printed_and_hidden() {
        let text = "my code is 3781 9391 1125 49 thanks";
        let (range, digits) = find_code(text).unwrap();
        assert_eq!(digits, "37819391112549");
        assert_eq!(&text[range.clone()], "3781 9391 1125 49");
        assert_eq!(masked(text, range), "my code is •••• •••• ••25 49 thanks");
        // Hyphens, and Arabic-Indic digits as an Egyptian keyboard types them.
        assert_eq!(find_code("كود ٣٧٨١-٩٣٩١-١١٢٥-٤٩").unwrap().1, "37819391112549");
        let arabic = "الكود ٣٧٨١٩٣٩١١١٢٥٤٩";
        let (range, _) = find_code(arabic).unwrap();
        assert_eq!(masked(arabic, range), "الكود ••••••••••٢٥٤٩");
        // Too short or too long is not a code; a date or a price before it does not count.
        assert_eq!(find_code("call me on 0612 345"), None);
        assert_eq!(find_code(&"1".repeat(21)), None);
        assert_eq!(find_code("on 12/05, 500 F: 6175306712371 8").unwrap().1, "61753067123718");
        // A number with its calling code is a phone number.
        assert_eq!(find_code("top up +221 77 123 45 67"), None);
        // A trailing separator is not part of the code.
        let (range, _) = find_code("6175306712 - ok").unwrap();
        assert_eq!(range, 0..10);
    }
}

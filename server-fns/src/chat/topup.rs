//! Topping up by voucher in the chat: the customer types the code of a scratch card (after
//! asking to top up, or in the same message) and the assistant credits it to their prepaid
//! line with [`crate::usage::topup::redeem`], the same checks and audit as `POST /api/v1/top-up`.
//!
//! A code does not stay in the conversation: every customer message is stored with each run
//! of digits that may be a code hidden but for its last four digits, whoever has the
//! conversation (the assistant, the queue, an advisor, a ticket). Phone numbers stay as typed.
//! The message's `client_id` is the top-up's idempotency key, so a message sent twice (a lost
//! answer, "retry") tops up once; within one request, a turn answered again after another
//! message went first reuses the first answer (`TurnContext::voucher`), so a wrong code counts
//! once.

use crate::api::{Author, Card, CardKind, Channel, ErrorId, Payment, QuickReply};
use crate::chat::domain::{Out, TurnContext};
use crate::server::error::Error;
use crate::tariff::domain::Caller;
use fluent_bundle::FluentValue;
use std::ops::Range;

/// A digit as customers type it: ASCII, Arabic-Indic (Egypt, Jordan) or Eastern Arabic-Indic.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{660}'..='\u{669}' => char::from_digit(c as u32 - 0x660, 10),
        '\u{6f0}'..='\u{6f9}' => char::from_digit(c as u32 - 0x6f0, 10),
        _ => None,
    }
}

/// Whether a run of digits reads as a phone number: written with `+` or `00`, national with a
/// leading 0 (10 or 11 digits in the countries served), or a served country's calling code
/// with a subscriber number (11 to 13 digits in all).
fn phone(digits: &str, after_plus: bool) -> bool {
    let calling = || {
        crate::countries::all()
            .iter()
            .any(|c| digits.starts_with(c.calling_code.as_str()))
    };
    after_plus
        || digits.starts_with("00")
        || (digits.starts_with('0') && digits.len() <= 11)
        || ((11..=13).contains(&digits.len()) && calling())
}

/// The runs of digits in `text` that may be a voucher's code: 10 digits or more, grouped with
/// spaces or hyphens as printed ("3781 9391 1125 49"), and not a phone number. Their byte
/// ranges and digits.
fn runs(text: &str) -> Vec<(Range<usize>, String)> {
    let mut found = Vec::new();
    let mut run: Option<(usize, usize, String)> = None;
    let mut close = |run: &mut Option<(usize, usize, String)>| {
        if let Some((start, end, digits)) = run.take() {
            if digits.len() >= 10 && !phone(&digits, text[..start].ends_with('+')) {
                found.push((start..end, digits));
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

/// The first voucher code in `text` (10 to 20 digits): its digits.
pub fn find_code(text: &str) -> Option<String> {
    runs(text)
        .into_iter()
        .map(|(_, digits)| digits)
        .find(|d| d.len() <= 20)
}

/// `text` with every run of digits that may be a code hidden but for its last four digits
/// ("•••• •••• ••25 49"); two codes typed together are hidden together.
pub fn hide_codes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (range, digits) in runs(text) {
        out.push_str(&text[at..range.start]);
        let mut seen = 0;
        for c in text[range.clone()].chars() {
            let hidden = digit(c).is_some() && {
                seen += 1;
                seen + 4 <= digits.len()
            };
            out.push(if hidden { '•' } else { c });
        }
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

fn channel(id: &str) -> Channel {
    match id {
        "kiosk" => Channel::Kiosk,
        "portal" => Channel::Portal,
        _ => Channel::Website,
    }
}

/// Whether `customer` has a prepaid line (the assistant then offers to take a voucher's code).
pub async fn has_prepaid(ctx: &TurnContext<'_>, customer: &str) -> Result<bool, Error> {
    Ok(ctx
        .storage
        .lines_of(customer)
        .await?
        .iter()
        .any(|l| l.payment == Payment::Prepaid))
}

/// Credits the voucher `digits` to the customer's prepaid line (the first, if they have
/// several) and says what happened: the amount and the balance (a usage card), or why not.
/// The second value is what the assistant waits for next (`voucher`: another code).
#[allow(clippy::too_many_arguments)]
pub async fn redeem(
    ctx: &TurnContext<'_>,
    customer: &str,
    channel_id: &str,
    country: &str,
    lang: &str,
    digits: &str,
    client_id: &str,
) -> Result<(Out, Option<String>), Error> {
    // Answered already in this request (the turn runs again after another message went first).
    if let Some(done) = ctx.voucher.get() {
        return Ok(done.clone());
    }
    let answer = answer(ctx, customer, channel_id, country, lang, digits, client_id).await?;
    let _ = ctx.voucher.set(answer.clone());
    Ok(answer)
}

#[allow(clippy::too_many_arguments)]
async fn answer(
    ctx: &TurnContext<'_>,
    customer: &str,
    channel_id: &str,
    country: &str,
    lang: &str,
    digits: &str,
    client_id: &str,
) -> Result<(Out, Option<String>), Error> {
    // Numbers as the customer reads them ("٢٥٤٩" in Egypt's Arabic).
    let shown = |text: &str| crate::countries::digits_in(country, lang, text);
    let a = ctx.assistant;
    let say = |id: &str, args: &[(&str, FluentValue<'_>)]| {
        Out::says(Author::Assistant, a.text(lang, id, args))
    };
    let lines = ctx.storage.lines_of(customer).await?;
    let Some(line) = lines.iter().find(|l| l.payment == Payment::Prepaid) else {
        return Ok((say("chat-topup-postpaid", &[]), None));
    };
    // The channel the token is for (a portal's, a kiosk's), else the conversation's.
    let channel = ctx.channel.unwrap_or(channel(channel_id));
    let caller = Caller {
        customer,
        partner: ctx.partner,
        channel,
        today: ctx.now.date_naive(),
        now: ctx.now,
    };
    let end = shown(&digits[digits.len() - 4..]);
    match crate::usage::topup::redeem(ctx.storage, caller, &line.id, digits, client_id).await {
        Ok(topup) => {
            let amount = format!(
                "{} {}",
                shown(&crate::chat::domain::amount_text(
                    topup.amount,
                    &topup.currency
                )),
                topup.currency
            );
            let mut out = say(
                "chat-topup-done",
                &[
                    ("amount", FluentValue::from(amount)),
                    ("end", FluentValue::from(end.as_str())),
                ],
            );
            // The balance after it, as the usage view shows it.
            out.card = Some(Card::new(CardKind::Balance));
            Ok((out, None))
        }
        Err(Error::Refused(error)) => {
            let (id, again) = match error {
                ErrorId::VoucherNotFound => ("chat-topup-not-found", true),
                ErrorId::VoucherUsed => ("chat-topup-used", true),
                ErrorId::VoucherAttempts => ("chat-topup-attempts", false),
                ErrorId::LineNotPrepaid | ErrorId::LineNotFound => ("chat-topup-postpaid", false),
                _ => return Err(error.into()),
            };
            let mut out = say(id, &[("end", FluentValue::from(end.as_str()))]);
            if error == ErrorId::VoucherAttempts {
                out.replies = vec![QuickReply {
                    label: a.text(lang, "chat-qr-advisor", &[]),
                    intent: "human".into(),
                }];
            }
            Ok((out, again.then(|| "voucher".to_owned())))
        }
        Err(failure) => Err(failure),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_found_as_printed_and_hidden() {
        let text = "my code is 3781 9391 1125 49 thanks";
        assert_eq!(find_code(text).unwrap(), "37819391112549");
        assert_eq!(hide_codes(text), "my code is •••• •••• ••25 49 thanks");
        // Hyphens, and Arabic-Indic digits as an Egyptian keyboard types them.
        assert_eq!(
            find_code("كود ٣٧٨١-٩٣٩١-١١٢٥-٤٩").unwrap(),
            "37819391112549"
        );
        assert_eq!(hide_codes("الكود ٣٧٨١٩٣٩١١١٢٥٤٩"), "الكود ••••••••••٢٥٤٩");
        // Too short or too long to be a code; a date or a price before it does not count.
        assert_eq!(find_code("call me on 0612 345"), None);
        assert_eq!(find_code(&"1".repeat(21)), None);
        assert_eq!(
            find_code("on 12/05, 500 F: 6175306712371 8").unwrap(),
            "61753067123718"
        );
        // A trailing separator is not part of the code.
        assert_eq!(hide_codes("6175306712 - ok"), "••••••6712 - ok");
        // Two codes: both hidden, typed apart or together; the first is the one credited.
        let two = "3781 9391 1125 49, 6175 3067 1237 18";
        assert_eq!(find_code(two).unwrap(), "37819391112549");
        assert_eq!(hide_codes(two), "•••• •••• ••25 49, •••• •••• ••37 18");
        assert_eq!(
            hide_codes("3781 9391 1125 49 6175 3067 1237 18"),
            "•••• •••• •••• •• •••• •••• ••37 18"
        );
        assert_eq!(find_code("3781 9391 1125 49 6175 3067 1237 18"), None);
    }

    #[test]
    fn phone_numbers_are_not_codes() {
        for number in [
            "top up +221 77 123 45 67",
            "00221 77 123 45 67",
            "recharge le 07 07 12 34 56",
            "mon numéro 0612345678",
            "01001234567",
            "221771234567",
            "+201001234567",
        ] {
            assert_eq!(find_code(number), None, "{number}");
            assert_eq!(hide_codes(number), number);
        }
        // Every country's demo cards are read as codes.
        for c in crate::countries::all() {
            for v in &c.vouchers {
                assert_eq!(
                    find_code(&v.code),
                    Some(v.code.replace(' ', "")),
                    "{}: {}",
                    c.code,
                    v.code
                );
            }
        }
    }
}

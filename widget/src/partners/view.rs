//! Partner access's content, in the part of the application loaded when its button is first
//! pointed at (`parts.rs`); the state and the button are the parent module's.

use super::*;

/// The partners who may act for the customer and the consent code (or the form for one).
pub fn panel(config: WidgetConfig, p: Partners, tr: &Tr) -> impl IntoView {
    let (partners, grants, failed) = match p.lists.get().flatten() {
        Some(Ok((partners, grants))) => (partners, Some(grants), None),
        Some(Err(e)) => (Vec::new(), None, Some(e)),
        None => (Vec::new(), None, None),
    };
    // One line of news: loading, withdrawn, nothing ticked (an alert).
    let (news, alert) = match p.outcome.get() {
        _ if grants.is_none() && failed.is_none() => (Some(tr.t("loading")), false),
        Some(Outcome::Withdrawn(name)) => (
            Some(tr.t_with("partners-withdrawn", &[("partner", Arg::Text(&name))])),
            false,
        ),
        Some(Outcome::NothingTicked) => (Some(tr.t("partners-choose")), true),
        _ => (None, false),
    };
    let error = match p.outcome.get() {
        Some(Outcome::Failed(e)) => Some(e),
        _ => failed,
    };
    let grants_view = grants.map(|g| granted(config, p, tr, &g));
    let code = p.code.get();
    let code_view = code.as_ref().map(|c| consent_code(config, p, tr, c));
    let form_view =
        (code.is_none() && !partners.is_empty()).then(|| code_form(config, p, tr, &partners));
    view! {
        <section id="sc-partners" class="sc-partners" aria-labelledby="sc-partners-title">
            <h4 id="sc-partners-title" class="sc-section-title" tabindex="-1">{tr.t("partners-title")}</h4>
            <p>{tr.t("partners-intro")}</p>
            {news.map(|text| view! { <p class="sc-notice" role=if alert { "alert" } else { "status" }>{text}</p> })}
            {error.map(|e| error_alert(tr, e, None))}
            {grants_view}
            {code_view}
            {form_view}
        </section>
    }
}

/// The partners who may act for the customer, each with "withdraw access", which asks first.
fn granted(
    config: WidgetConfig,
    p: Partners,
    tr: &Tr,
    grants: &[DelegationGrant],
) -> impl IntoView {
    let items = grants
        .iter()
        .map(|g| {
            let until = tr.t_with(
                "partners-until",
                &[(
                    "date",
                    Arg::Text(&format::date(
                        &tr.fl,
                        g.expires_at.get(..10).unwrap_or_default(),
                    )),
                )],
            );
            let (partner, name) = (g.partner.clone(), g.partner_name.clone());
            let ask = [
                tr.t("partners-withdraw"),
                tr.label(
                    "partners-withdraw",
                    &[("partner", Arg::Text(&g.partner_name))],
                ),
                tr.t_with(
                    "partners-withdraw-ask",
                    &[("partner", Arg::Text(&g.partner_name))],
                ),
                tr.t("partners-withdraw-yes"),
                tr.t("partners-withdraw-keep"),
            ];
            let withdraw = crate::ui::ask_first(
                config,
                "sc-withdraw",
                ask,
                std::sync::Arc::new(move || p.withdraw(config, partner.clone(), name.clone())),
            );
            view! {
                <li class="sc-card sc-grant">
                    <p class="sc-card-title">{g.partner_name.clone()}</p>
                    <p>{scope_words(tr, &g.scopes)}</p>
                    <p>{until}</p>
                    {withdraw}
                </li>
            }
        })
        .collect_view();
    let none = grants.is_empty().then(|| tr.t("partners-none"));
    view! {
        <h5 class="sc-subtitle">{tr.t("partners-granted")}</h5>
        <ul class="sc-card-list">{items}</ul>
        {none.map(|text| view! { <p>{text}</p> })}
    }
}

/// The code once made: in pairs of three on screen, digit by digit for a screen reader.
fn consent_code(
    config: WidgetConfig,
    p: Partners,
    tr: &Tr,
    code: &DelegationCode,
) -> impl IntoView {
    let digits = &code.code;
    let shown = format!(
        "{} {}",
        digits.get(..3).unwrap_or_default(),
        digits.get(3..).unwrap_or_default()
    );
    let spelled = digits
        .chars()
        .map(String::from)
        .collect::<Vec<_>>()
        .join(" ");
    let done = move |_| {
        // The partner is listed once it has used the code: read the list again.
        p.code.set(None);
        p.version.update(|v| *v += 1);
        focus_later(config, ".sc-partner-select");
    };
    view! {
        <h5 class="sc-subtitle">{tr.t("partners-new")}</h5>
        <div class="sc-consent">
            <p>{tr.t_with("partners-code-for", &[("partner", Arg::Text(&code.partner_name))])}</p>
            <p class="sc-consent-code" tabindex="-1">
                <span aria-hidden="true" dir="ltr">{shown}</span>
                <span class="sc-visually-hidden">{spelled}</span>
            </p>
            <p>{scope_words(tr, &code.scopes)}</p>
            <p>{tr.t("partners-code-help")}</p>
            <button class="sc-button sc-secondary" on:click=done>{tr.t("partners-done")}</button>
        </div>
    }
}

/// The partner and what it may do (plain boxes, none ticked), and the button for a code.
fn code_form(
    config: WidgetConfig,
    p: Partners,
    tr: &Tr,
    partners: &[PartnerInfo],
) -> impl IntoView {
    let chosen = p
        .chosen
        .get()
        .and_then(|id| partners.iter().find(|x| x.id == id))
        .or(partners.first())
        .cloned();
    let chosen_id = chosen.as_ref().map(|c| c.id.clone()).unwrap_or_default();
    let allowed = chosen.map(|c| c.scopes).unwrap_or_default();
    let options = partners.iter().map(|x| view! { <option value=x.id.clone() selected=x.id == chosen_id>{x.name.clone()}</option> }).collect_view();
    let boxes = SCOPES
        .iter()
        .filter(|(s, _)| allowed.split_whitespace().any(|x| x == *s))
        .map(|&(scope, message)| view! { <label class="sc-check"><input type="checkbox" value=scope/><span>{tr.t(message)}</span></label> })
        .collect_view();
    let on_partner = move |e: ev::Event| {
        p.chosen.set(Some(event_target_value(&e)));
        focus_later(config, ".sc-partner-select");
    };
    view! {
        <h5 class="sc-subtitle">{tr.t("partners-new")}</h5>
        <label class="sc-field">
            <span>{tr.t("partners-partner")}</span>
            <select class="sc-partner-select" on:change=on_partner>{options}</select>
        </label>
        <fieldset class="sc-fieldset">
            <legend>{tr.t("partners-scopes")}</legend>
            {boxes}
        </fieldset>
        <button class="sc-button sc-get-code" on:click=move |_| p.make_code(config, chosen_id.clone())>{tr.t("partners-get-code")}</button>
    }
}

### Consommation : période en cours, usage quotidien, historique et contrat.

usage-title = Ma consommation
usage-line-picker = Ligne
# Variables:
#   $plan (String) - nom du forfait
#   $ending (String) - les quatre derniers chiffres du numéro
usage-line-option = { $plan }, numéro se terminant par { $ending }
# Variables:
#   $start (String) - premier jour de la période
#   $end (String) - dernier jour de la période
usage-cycle = Période de facturation du { $start } au { $end }
# Variables:
#   $days (Number) - jours restants
usage-days-left =
    { $days ->
        [0] Dernier jour de la période
        [one] { $days } jour restant
        [many] { $days } jours restants
       *[other] { $days } jours restants
    }

usage-type-data = Internet mobile
usage-type-voice = Appels
usage-type-sms = SMS
usage-type-roaming-data = Internet à l’étranger

# Variables:
#   $used (String) - quantité consommée, avec son unité
#   $allowance (String) - quantité incluse, avec son unité
usage-used-of-quantity = { $used } consommés sur { $allowance }
# Variables:
#   $remaining (String) - quantité restante, avec son unité
usage-remaining-quantity = Il reste { $remaining }
usage-remaining-none = Il ne reste rien
# Variables:
#   $used (String) - quantité consommée, avec son unité
usage-used-unlimited-quantity = { $used } consommés, illimité
# Variables:
#   $used (Number) - SMS envoyés
#   $allowance (Number) - SMS inclus
usage-used-of-texts =
    { $used ->
        [one] { $used } SMS envoyé sur { $allowance }
        [many] { $used } SMS envoyés sur { $allowance }
       *[other] { $used } SMS envoyés sur { $allowance }
    }
# Variables:
#   $remaining (Number) - SMS restants
usage-remaining-texts =
    { $remaining ->
        [one] { $remaining } SMS restant
        [many] { $remaining } SMS restants
       *[other] { $remaining } SMS restants
    }
# Variables:
#   $used (Number) - SMS envoyés
usage-used-unlimited-texts =
    { $used ->
        [one] { $used } SMS envoyé, illimité
        [many] { $used } SMS envoyés, illimité
       *[other] { $used } SMS envoyés, illimité
    }
usage-unlimited = Illimité
# Variables:
#   $lines (Number) - nombre de lignes qui partagent l’enveloppe
usage-shared =
    { $lines ->
        [one] Partagé
        [many] Partagé entre { $lines } lignes
       *[other] Partagé entre { $lines } lignes
    }
usage-addon = Option
# Variables:
#   $date (String) - dernier jour de validité
usage-valid-until = Valable jusqu’au { $date }
# Variables:
#   $percent (String) - part consommée, en pourcentage
usage-warning = { $percent } de cette enveloppe est consommé.
usage-exhausted = Cette enveloppe est épuisée.
# Variables:
#   $date (String) - jour où l’enveloppe serait épuisée
usage-runs-out = À ce rythme, elle sera épuisée le { $date }.
usage-on-track = À ce rythme, elle tiendra jusqu’à la fin de la période.

usage-daily-title = Internet mobile consommé chaque jour
# Variables:
#   $max (String) - la plus forte consommation d’un jour, avec son unité
#   $day (String) - le jour de cette consommation
usage-daily-summary = Maximum : { $max } le { $day }
usage-daily-show-table = Afficher sous forme de tableau
usage-daily-hide-table = Masquer le tableau
usage-daily-caption = Consommation de chaque jour de la période
usage-col-day = Jour
usage-col-data = Internet
usage-col-calls = Appels
usage-col-texts = SMS
usage-col-period = Période
usage-daily-empty = Aucune consommation enregistrée sur cette période.

usage-history-title = Périodes précédentes
# Variables:
#   $start (String) - premier jour
#   $end (String) - dernier jour
usage-history-period = Du { $start } au { $end }
usage-history-empty = Pas encore de période précédente.

usage-contract-title = Mon contrat
usage-contract-plan = Forfait
usage-contract-monthly-price = Prix mensuel
usage-contract-period-price = Prix par période
usage-contract-start = Client depuis le
usage-contract-commitment = Fin d’engagement
usage-contract-no-commitment = Sans engagement
usage-contract-renewal = Reconduction
usage-renewal-monthly = Reconduit de mois en mois
usage-renewal-none = Prépayé : rechargez pour continuer
usage-balance-title = Crédit prépayé
# Variables:
#   $date (String) - jour d’expiration du crédit
usage-balance-expires = À utiliser avant le { $date }
usage-top-up = Recharger
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Recharger avec un code

## Accès des partenaires : partenaires (revendeurs, portails professionnels) qui peuvent agir pour le client.

partners-title = Accès des partenaires
partners-intro = Un partenaire, comme un revendeur, ne peut voir votre compte ou agir pour vous qu’avec un code que vous lui donnez. Son accès dure 30 jours et vous pouvez le retirer à tout moment.
partners-granted = Partenaires qui peuvent agir pour vous
partners-none = Aucun partenaire ne peut agir pour vous.
partners-until = Jusqu’au { $date }
partners-withdraw = Retirer l’accès
    .aria-label = Retirer l’accès de { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Retirer l’accès de { $partner } ? Il ne pourra plus agir pour vous.
partners-withdraw-yes = Oui, le retirer
partners-withdraw-keep = Non, le garder
partners-withdrawn = { $partner } ne peut plus agir pour vous.
partners-new = Donner accès à un partenaire
partners-partner = Partenaire
partners-scopes = Ce qu’il peut faire pour vous
partners-scope-usage = Voir votre consommation
partners-scope-plans = Voir les forfaits possibles
partners-scope-order = Changer votre forfait et vos options
partners-scope-reserve = Réserver des appareils en boutique
partners-choose = Cochez au moins une chose que le partenaire peut faire pour vous.
partners-get-code = Obtenir un code de consentement
partners-code-for = Lisez ce code à { $partner } :
partners-code-help = Il ne sert qu’une fois, dans les 10 minutes. Ne le donnez à personne d’autre.
partners-done = Terminé

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Changer de forfait
tariff-buy-addon = Ajouter des données ou de l’itinérance
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Passage à { $plan } prévu le { $date }.
tariff-pending-cancel = Annuler ce changement
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Annuler le passage à { $plan } ? Vous gardez votre forfait actuel.
tariff-pending-yes = Oui, annuler le changement
tariff-pending-keep = Non, le garder
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = Le passage à { $plan } est annulé. Vous gardez votre forfait actuel.

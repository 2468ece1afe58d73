### Usage views: the current cycle, daily use, history and the contract.

usage-title = Moje zużycie
usage-line-picker = Numer
# Variables:
#   $plan (String) - the plan's name from the catalogue
#   $ending (String) - the last four digits of the phone number
usage-line-option = { $plan }, numer kończący się na { $ending }
# Variables:
#   $start (String) - first day of the billing period, formatted
#   $end (String) - last day of the billing period, formatted
usage-cycle = Okres rozliczeniowy od { $start } do { $end }
# Variables:
#   $days (Number) - days until the period ends
usage-days-left =
    { $days ->
        [0] Ostatni dzień okresu
        [one] Został { $days } dzień
        [few] Zostały { $days } dni
        [many] Zostało { $days } dni
       *[other] Zostało { $days } dnia
    }

usage-type-data = Internet
usage-type-voice = Rozmowy
usage-type-sms = SMS-y
usage-type-roaming-data = Internet w roamingu

# Variables:
#   $used (String) - amount used, formatted with its unit
#   $allowance (String) - the allowance, formatted with its unit
usage-used-of-quantity = Wykorzystano { $used } z { $allowance }
# Variables:
#   $remaining (String) - amount left, formatted with its unit
usage-remaining-quantity = Zostało { $remaining }
usage-remaining-none = Nic nie zostało
# Variables:
#   $used (String) - amount used, formatted with its unit
usage-used-unlimited-quantity = Wykorzystano { $used }, bez limitu
# Variables:
#   $used (Number) - texts sent
#   $allowance (Number) - texts included
usage-used-of-texts =
    { $allowance ->
        [one] Wysłano { $used } z { $allowance } SMS-a
        [few] Wysłano { $used } z { $allowance } SMS-ów
        [many] Wysłano { $used } z { $allowance } SMS-ów
       *[other] Wysłano { $used } z { $allowance } SMS-a
    }
# Variables:
#   $remaining (Number) - texts left
usage-remaining-texts =
    { $remaining ->
        [one] Został { $remaining } SMS
        [few] Zostały { $remaining } SMS-y
        [many] Zostało { $remaining } SMS-ów
       *[other] Zostało { $remaining } SMS-a
    }
# Variables:
#   $used (Number) - texts sent
usage-used-unlimited-texts =
    { $used ->
        [one] Wysłano { $used } SMS, bez limitu
        [few] Wysłano { $used } SMS-y, bez limitu
        [many] Wysłano { $used } SMS-ów, bez limitu
       *[other] Wysłano { $used } SMS-a, bez limitu
    }
usage-unlimited = Bez limitu
# Variables:
#   $lines (Number) - how many lines share the allowance
usage-shared =
    { $lines ->
        [one] Współdzielony
        [few] Współdzielony przez { $lines } numery
        [many] Współdzielony przez { $lines } numerów
       *[other] Współdzielony przez { $lines } numeru
    }
usage-addon = Pakiet dodatkowy
# Variables:
#   $date (String) - last day of validity, formatted
usage-valid-until = Ważny do { $date }
# Variables:
#   $percent (String) - the share used, formatted as a percentage
usage-warning = Wykorzystano { $percent } tego pakietu.
usage-exhausted = Ten pakiet został już wykorzystany.
# Variables:
#   $date (String) - the day the allowance would run out, formatted
usage-runs-out = W tym tempie pakiet skończy się { $date }.
usage-on-track = W tym tempie pakiet wystarczy do końca okresu.

usage-daily-title = Dzienne zużycie internetu
# Variables:
#   $max (String) - the largest daily amount, formatted with its unit
#   $day (String) - the day of that amount, formatted
usage-daily-summary = Najwięcej: { $max } ({ $day })
usage-daily-show-table = Pokaż jako tabelę
usage-daily-hide-table = Ukryj tabelę
usage-daily-caption = Zużycie w poszczególne dni tego okresu
usage-col-day = Dzień
usage-col-data = Internet
usage-col-calls = Rozmowy
usage-col-texts = SMS-y
usage-col-period = Okres
usage-daily-empty = W tym okresie nie ma jeszcze zużycia.

usage-history-title = Poprzednie okresy
# Variables:
#   $start (String) - first day, formatted
#   $end (String) - last day, formatted
usage-history-period = { $start } – { $end }
usage-history-empty = Nie ma jeszcze poprzednich okresów.

usage-contract-title = Moja umowa
usage-contract-plan = Taryfa
usage-contract-monthly-price = Opłata miesięczna
usage-contract-period-price = Opłata za okres
usage-contract-start = Klient od
usage-contract-commitment = Koniec zobowiązania
usage-contract-no-commitment = Bez zobowiązania
usage-contract-renewal = Przedłużenie
usage-renewal-monthly = Przedłuża się co miesiąc
usage-renewal-none = Na kartę: doładuj, aby korzystać dalej
usage-balance-title = Stan konta
# Variables:
#   $date (String) - the day the balance expires, formatted
usage-balance-expires = Wykorzystaj do { $date }
usage-top-up = Doładuj
# A button beside the balance: opens the chat, where the assistant takes a recharge card's code.
usage-top-up-card = Wpisz kod doładowania

## Partner access: partners (resellers, business partners' portals) who may act for the customer.

partners-title = Dostęp partnerów
partners-intro = Partner, np. sprzedawca, może zobaczyć Twoje konto lub działać w Twoim imieniu tylko z kodem, który mu podasz. Dostęp trwa 30 dni i w każdej chwili możesz go cofnąć.
partners-granted = Partnerzy, którzy mogą działać w Twoim imieniu
partners-none = Żaden partner nie może działać w Twoim imieniu.
# Variables:
#   $date (String) - the last day of the partner's access, formatted
partners-until = Do { $date }
partners-withdraw = Cofnij dostęp
    .aria-label = Cofnij dostęp partnera { $partner }
# Variables:
#   $partner (String) - the partner's name
partners-withdraw-ask = Cofnąć dostęp partnera { $partner }? Nie będzie już mógł działać w Twoim imieniu.
partners-withdraw-yes = Tak, cofnij
partners-withdraw-keep = Nie, zostaw
# Variables:
#   $partner (String) - the partner's name
partners-withdrawn = { $partner } nie może już działać w Twoim imieniu.
partners-new = Nadaj dostęp partnerowi
partners-partner = Partner
partners-scopes = Co partner może robić w Twoim imieniu
partners-scope-usage = Sprawdzać Twoje zużycie
partners-scope-plans = Sprawdzać taryfy, na które możesz przejść
partners-scope-order = Zmieniać taryfę i pakiety dodatkowe
partners-scope-reserve = Rezerwować urządzenia w salonach
partners-choose = Zaznacz co najmniej jedno uprawnienie partnera.
partners-get-code = Wygeneruj kod zgody
# Variables:
#   $partner (String) - the partner's name
partners-code-for = Podaj ten kod partnerowi { $partner }:
partners-code-help = Kod działa raz, przez 10 minut. Nie podawaj go nikomu innemu.
partners-done = Gotowe

## A plan change from the usage view: its buttons, and the notice of a change to come.

tariff-change-plan = Zmień taryfę
tariff-buy-addon = Dokup internet lub roaming
# Variables:
#   $plan (String) - the plan's name
#   $date (String) - the day it takes effect, formatted
tariff-pending = Zmiana na taryfę { $plan } zaplanowana na { $date }.
tariff-pending-cancel = Anuluj tę zmianę
# Variables:
#   $plan (String) - the plan's name
tariff-pending-ask = Anulować zmianę na taryfę { $plan }? Zostaniesz przy obecnej taryfie.
tariff-pending-yes = Tak, anuluj zmianę
tariff-pending-keep = Nie, zostaw
# Variables:
#   $plan (String) - the plan's name
tariff-pending-cancelled = Zmiana na taryfę { $plan } została anulowana. Zostajesz przy obecnej taryfie.

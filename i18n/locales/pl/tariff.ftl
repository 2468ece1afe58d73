### Tariff change and add-ons: offers, comparison, contract summary, confirmation, receipt.

tariff-back = Wróć do zużycia
tariff-back-to-list = Wróć do ofert
tariff-plans-title = Zmień taryfę
tariff-addons-title = Dokup internet lub roaming
# Variables:
#   $plan (String) - the current plan's name
tariff-current = Twoja taryfa: { $plan }
tariff-show-all = Pokaż też niedostępne taryfy
tariff-none = Dla tego numeru nie ma innych taryf.
tariff-none-addons = Dla tego numeru nie ma pakietów dodatkowych.
# Variables:
#   $price (String) - formatted amount
tariff-price-month = { $price } miesięcznie
# Variables:
#   $price (String) - formatted amount
tariff-price-period = { $price } za 30 dni
# Variables:
#   $price (String) - formatted amount
tariff-price-once = { $price } jednorazowo
# A price or a difference while a promotion lasts, then after it.
# Variables:
#   $first (String) - during the promotion (a price or a difference, with its period)
#   $months (Number) - how many months the promotion lasts
#   $after (String) - after the promotion (a price or a difference, with its period)
tariff-then =
    { $months ->
        [one] { $first } przez pierwszy miesiąc, potem { $after }
        [few] { $first } przez { $months } miesiące, potem { $after }
        [many] { $first } przez { $months } miesięcy, potem { $after }
       *[other] { $first } przez { $months } miesiąca, potem { $after }
    }
tariff-term-none = Bez zobowiązania
# Variables:
#   $months (Number) - length of the commitment
tariff-term =
    { $months ->
        [one] Umowa na { $months } miesiąc
        [few] Umowa na { $months } miesiące
        [many] Umowa na { $months } miesięcy
       *[other] Umowa na { $months } miesiąca
    }
tariff-unlimited = Bez limitu
tariff-not-included = Brak
# Variables:
#   $days (Number) - how long an add-on lasts
tariff-validity =
    { $days ->
        [one] Ważność: { $days } dzień
        [few] Ważność: { $days } dni
        [many] Ważność: { $days } dni
       *[other] Ważność: { $days } dnia
    }
tariff-compare = Porównaj
tariff-choose = Wybierz
    .aria-label = Wybierz taryfę { $plan }
tariff-buy = Kup
    .aria-label = Kup pakiet { $plan }
tariff-unavailable = Dlaczego nie mogę tego wybrać
tariff-comparison = Porównanie z Twoją taryfą
tariff-col-current = Twoja taryfa
tariff-row-price = Cena
tariff-row-data = Internet
tariff-row-calls = Rozmowy
tariff-row-texts = SMS-y
tariff-row-roaming = Internet w roamingu
tariff-row-term = Zobowiązanie
tariff-row-speed = Prędkość
tariff-row-gained = Co zyskujesz
tariff-row-lost = Co tracisz
tariff-nothing = Nic
# Variables:
#   $down (Number) - maximum download speed
#   $up (Number) - maximum upload speed
tariff-speed = Pobieranie { $down } Mb/s, wysyłanie { $up } Mb/s

## Why an offer can't be taken (ids from the server).

# Variables:
#   $date (String) - the day the commitment ends, formatted
reason-commitment = Twój okres zobowiązania kończy się { $date }. Do tego czasu możesz przejść tylko na taryfę w tej samej lub wyższej cenie.
reason-unpaid-bill = Masz nieopłaconą fakturę. Opłać ją, aby zmienić taryfę lub dokupić pakiety.
reason-business-only = Tylko dla klientów biznesowych.
reason-consumer-only = Tylko dla klientów indywidualnych.
reason-not-online = Niedostępne online: zapytaj w salonie.
reason-not-in-shops = Niedostępne w salonach: dostępne na naszej stronie.
reason-not-with-partner = Niedostępne u tego sprzedawcy: zapytaj swojego operatora.
reason-payment-change = W Twoim kraju nie można przejść z oferty na kartę na abonament ani odwrotnie.
# Variables:
#   $date (String) - first day another change is possible, formatted
reason-recent-change = Taryfa była niedawno zmieniana. Kolejna zmiana będzie możliwa od { $date }.
reason-pending-change = Zmiana jest już zaplanowana. Anuluj ją, aby wybrać inną taryfę.
reason-insufficient-balance = Masz za mało środków na koncie. Doładuj konto, aby to kupić.
reason-current-plan = To Twoja obecna taryfa.

## Review, contract summary and confirmation.

tariff-review-title = Sprawdź i potwierdź
tariff-when = Od kiedy zmiana ma obowiązywać?
tariff-when-now = Od razu
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-charge-now =
    { $days ->
        [one] { $amount } na następnej fakturze (za dziś, ostatni dzień tego okresu)
        [few] { $amount } na następnej fakturze (za { $days } dni: od dziś do końca okresu)
        [many] { $amount } na następnej fakturze (za { $days } dni: od dziś do końca okresu)
       *[other] { $amount } na następnej fakturze (za { $days } dnia: od dziś do końca okresu)
    }
# Variables:
#   $amount (String) - formatted amount
#   $days (Number) - days left in the billing period
tariff-credit-now =
    { $days ->
        [one] { $amount } mniej na następnej fakturze (za dziś, ostatni dzień tego okresu)
        [few] { $amount } mniej na następnej fakturze (za { $days } dni: od dziś do końca okresu)
        [many] { $amount } mniej na następnej fakturze (za { $days } dni: od dziś do końca okresu)
       *[other] { $amount } mniej na następnej fakturze (za { $days } dnia: od dziś do końca okresu)
    }
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-charge = { $amount } na następnej fakturze
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-bill-credit = { $amount } mniej na następnej fakturze
# A one-off amount and where it goes (no days: an add-on, or the receipt).
# Variables:
#   $amount (String) - formatted amount
tariff-balance-charge = { $amount } ze stanu konta
tariff-nothing-now = Teraz nic nie płacisz
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-month = { $amount } więcej miesięcznie
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-month = { $amount } mniej miesięcznie
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-more-period = { $amount } więcej za 30 dni
# A difference from the current plan's price, in words (never a signed amount).
# Variables:
#   $amount (String) - formatted amount
tariff-less-period = { $amount } mniej za 30 dni
tariff-same-price = Cena taka sama jak obecnie
# Variables:
#   $date (String) - first day of the next period, formatted
tariff-when-next = Od następnego okresu ({ $date }), teraz nic nie płacisz
tariff-summary-title = Podsumowanie umowy
tariff-summary-service = Usługa
tariff-summary-price = Cena
tariff-summary-difference = Różnica względem Twojej taryfy
tariff-summary-one-time = Opłata jednorazowa
tariff-summary-start = Początek
tariff-summary-duration = Czas trwania
tariff-summary-renewal = Przedłużenie i zakończenie
tariff-summary-speeds = Maksymalne prędkości
tariff-summary-allowances = W cenie
tariff-renewal-postpaid = Umowa przedłuża się co miesiąc. Po zakończeniu zobowiązania możesz ją wypowiedzieć z miesięcznym wyprzedzeniem.
tariff-renewal-prepaid = Bez automatycznego przedłużenia: każdy 30-dniowy okres kupujesz osobno.
tariff-renewal-addon = Kończy się automatycznie po upływie ważności.
# Variables:
#   $data (String) - data allowance
#   $calls (String) - calls allowance
#   $texts (String) - texts allowance
#   $roaming (String) - roaming data allowance
tariff-allowances = Internet: { $data }. Rozmowy: { $calls }. SMS-y: { $texts }. Internet w roamingu: { $roaming }.
tariff-consent = Potwierdzam zapoznanie się z podsumowaniem umowy i składam to zamówienie.
tariff-confirm = Potwierdź zamówienie
tariff-confirming = Składamy zamówienie…
tariff-receipt-title = Zamówienie potwierdzone
tariff-receipt-reference = Numer zamówienia
tariff-receipt-effective = Obowiązuje od
tariff-receipt-monthly = Nowa cena
# Variables:
#   $date (String) - the day the change takes effect, formatted
tariff-receipt-scheduled = Nowa taryfa zacznie obowiązywać { $date }. Do tego czasu możesz anulować zmianę.
tariff-receipt-done = Gotowe: zmiana jest już aktywna na Twoim numerze.

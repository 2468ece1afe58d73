### The chat panel: the conversation, the composer and the cards the assistant shows.

chat-title = Напишите нам
chat-log =
    .aria-label = Диалог
chat-you = Вы
chat-assistant = Ассистент
chat-advisor = Консультант
chat-event = Обновление
chat-input = Ваше сообщение
chat-send = Отправить
chat-sending = Отправка…
chat-sent = Отправлено
chat-not-sent = Не отправлено.
chat-resend = Отправить ещё раз
chat-typing = Ассистент печатает…
chat-end = Завершить диалог
chat-new = Начать новый диалог
chat-leave-message = Напишите консультантам ниже — они ответят здесь.
chat-usage-more = Весь мой расход
chat-plans-compare = Сравнить тарифы
chat-plans-none = Среди доступных вам тарифов нет таких дешёвых.
chat-plans-cheapest = Ваш тариф уже самый дешёвый для этого номера.
chat-addons-open = Посмотреть опции
chat-card-show = Показать снова
chat-stores-open = Открыть в поиске магазинов
chat-stores-none = Сейчас его нет ни в одном магазине поблизости.
chat-rating-legend = Как вы оцените этот диалог?
chat-rating-value = { $stars } { $stars ->
    [one] звезда
    [few] звезды
    [many] звёзд
   *[other] звезды
}
chat-comment = Комментарий (необязательно)
chat-rating-send = Отправить оценку
chat-advisor-typing = { $name } печатает…

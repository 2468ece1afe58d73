### The chat panel: the conversation, the composer and the cards the assistant shows.

chat-title = Chat with us
chat-log =
    .aria-label = Conversation
chat-you = You
chat-assistant = Assistant
chat-advisor = Advisor
chat-event = Update
chat-input = Your message
chat-send = Send
chat-sending = Sending…
chat-sent = Sent
chat-not-sent = Not sent.
chat-resend = Send again
chat-typing = The assistant is typing…
chat-end = End the conversation
chat-new = Start a new conversation
chat-leave-message = Write your message for our advisors below; they will answer here.
chat-usage-more = See all my usage
chat-plans-compare = Compare plans
chat-plans-none = No plan you can move to costs that little.
chat-plans-cheapest = Your plan is already the cheapest for your line.
chat-addons-open = See the add-ons
chat-card-show = Show it again
chat-stores-open = Open in the store finder
chat-stores-none = No shop nearby has it at the moment.
chat-rating-legend = How would you rate this conversation?
chat-rating-value = { $stars ->
    [one] 1 star
   *[other] { $stars } stars
}
chat-comment = Comment (optional)
chat-rating-send = Send my rating
chat-advisor-typing = { $name } is typing…

### The chat panel: the conversation, the composer and the cards the assistant shows.

chat-title = Waxtaanal ak nun
chat-log =
    .aria-label = Waxtaan
chat-you = Yow
chat-assistant = Dimbalikat
chat-advisor = Conseiller
chat-event = Xibaar
chat-input = Sa bataaxal
chat-send = Yónne
chat-sending = Mu ngi dem…
chat-sent = Dem na
chat-not-sent = Demul.
chat-resend = Yónneewaat
chat-typing = Dimbalikat bi ngi bind…
chat-end = Jeexal waxtaan bi
chat-new = Tàmbali beneen waxtaan
chat-leave-message = Bindal sa bataaxal fi ci suuf ngir sunu conseiller yi; fii lañuy tontu.
chat-usage-more = Xool li ma jëfandikoo yépp
chat-plans-compare = Méngale forfait yi
chat-plans-none = Amul forfait boo mën a jël bu yomb nii.
chat-plans-cheapest = Sa forfait mooy bi gën a yomb ci sa nimero.
chat-addons-open = Xool pass yi
chat-card-show = Wonewaat ko
chat-stores-open = Ubbi ko ci seet bitig
chat-stores-none = Amul bitig bu jege bu ko am léegi.
chat-rating-legend = Naka nga gise waxtaan bii?
chat-rating-value = { $stars ->
   *[other] { $stars } biddiiw
}
chat-comment = Sa xalaat (bu la neexee)
chat-rating-send = Yónne sama note
chat-advisor-typing = { $name } ngi bind…

### Kiosk mode (a shared screen in a shop), the phone's side of a kiosk sign-in, and the offline notice.

kiosk-welcome = Boas-vindas! Consulte os seus consumos, mude de tarifário, encontre um telemóvel em stock ou faça-nos uma pergunta.
kiosk-start = Toque para começar
kiosk-tools =
    .aria-label = Opções de ecrã
kiosk-read-aloud = Ler em voz alta
kiosk-contrast = Alto contraste
kiosk-larger-text = Texto maior
kiosk-sign-out = Terminar sessão e apagar
kiosk-finish = Terminar e limpar o ecrã
kiosk-idle-title = Precisa de mais tempo?
kiosk-idle-body = { $seconds ->
    [one] Para proteger a sua privacidade, este ecrã será limpo dentro de { $seconds } segundo.
    [many] Para proteger a sua privacidade, este ecrã será limpo dentro de { $seconds } segundos.
   *[other] Para proteger a sua privacidade, este ecrã será limpo dentro de { $seconds } segundos.
}
kiosk-idle-more = Sim, mais tempo
kiosk-signin-title = Inicie sessão com o seu número de telemóvel
kiosk-phone-hint = Vamos enviar um código por SMS para este número. Nada fica guardado neste ecrã depois de sair.
kiosk-phone-label = Número de telemóvel
kiosk-phone-submit = Enviar-me um código
kiosk-code-title = Introduza o código
kiosk-code-sent = Enviámos um código de 6 dígitos por SMS para o número { $number }.
kiosk-code-label = Código
kiosk-code-submit = Iniciar sessão
kiosk-delete = ⌫
    .aria-label = Apagar o último dígito
kiosk-qr-start = Prefiro iniciar sessão com o telemóvel
kiosk-qr-title = Inicie sessão com o seu telemóvel
kiosk-qr-hint = Digitalize este código com o telemóvel onde tem sessão iniciada na sua conta e aprove lá.
kiosk-qr-label = Código QR
    .aria-label = Código QR para iniciar sessão a partir do seu telemóvel
kiosk-start-again = Recomeçar
kiosk-phone = Continuar no meu telemóvel
kiosk-phone-qr = Código QR
    .aria-label = Código QR de um link para esta página, para o seu telemóvel
kiosk-phone-explained = Digitalize-o com a câmara do telemóvel. O link funciona durante 15 minutos e não contém dados pessoais.
kiosk-approve-title = Iniciar sessão num quiosque
kiosk-approve = Um quiosque pede para iniciar sessão na sua conta durante 10 minutos. Aprove apenas se estiver à frente dele.
kiosk-approve-store = O quiosque da loja { $store } pede para iniciar sessão na sua conta durante 10 minutos. Aprove apenas se estiver à frente dele.
kiosk-approve-button = Aprovar
kiosk-approve-dismiss = Agora não
kiosk-approved = Pronto: o quiosque tem sessão iniciada. Esquece tudo quando terminar a sessão nele ou se afastar.
offline-title = Sem ligação
offline-body = Algumas informações não podem ser mostradas agora. Continuamos automaticamente quando a ligação voltar.

import LotseSlip

/// The kiosk's session cycle: start screen → language → chat → (END and Enter, BYE, idle,
/// quick exit) → wipe → start screen.
extension ChatClient {
    /// Shows the start screen once the greeting turn is in.
    func showStartScreen() {
        clearScreen()
        display(Kiosk.startScreen(languages: state.languages, renderer: renderer))
        if let startScreenNotice { display(renderer.status(startScreenNotice)) }
        startScreenNotice = nil
        interface.setCompletion(Kiosk.startCompletion(languages: state.languages))
    }

    /// The person's answer on the start screen: show the greeting in the source language, or
    /// switch to the chosen one (the server asks the open question again in it).
    func choose(_ answer: String) {
        guard case .choosingLanguage(let held, true) = phase else { return }
        guard let code = Kiosk.choice(answer, languages: state.languages, preselected: options.language) else {
            return display(renderer.status("1–\(state.languages.count)"))
        }
        clearScreen()
        phase = .chatting
        renderer.language = code
        if code == state.languages.first {
            held.forEach { show(renderer.render($0)) }
            turnEnded()
        } else {
            phase = .openingIn(code, held: [], restarting: true)
            send("/lang \(code)")
        }
    }

    /// A number of the end menu: the code for the phone (then only how to finish, so the
    /// code stays on screen), the slip on paper (then the menu again), or a new conversation.
    func chose(_ item: KioskEndMenu.Item) {
        switch item {
        case .qrCode:
            _ = answerLocally("/qr")
            show(renderer.status(ClientTexts.forLanguage(renderer.language).finish))
        case .print:
            _ = answerLocally("/print")
            show(KioskEndMenu.lines(renderer: renderer))
        case .startOver:
            wipe()
        }
    }

    /// Forgets everything at once: the session on the server, the screen and scrollback,
    /// the half-typed line; then a new session begins at the start screen.
    func wipe() {
        clearScreen()
        interface.forgetInput()
        if let connection, state.byeReason == nil { try? connection.send("/quit") }
        connection = nil
        state = ChatState()
        queue = []
        quitDeadline = nil
        renderer = Renderer(width: interface.width, language: options.language ?? "de", style: options.style)
        renderer.canPrint = options.mode.printer != nil
        renderer.slipHints = false
        slipsBeforeTurn = 0
        phase = .choosingLanguage(held: [], shown: false)
        lastKey = .now
        reconnectAt = nil
        connect(first: false)
    }
}

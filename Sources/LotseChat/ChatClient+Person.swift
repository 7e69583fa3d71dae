import LotseSlip
import LotseWire

/// The person's side of the chat: lines to send, Ctrl-C, the end of input.
extension ChatClient {
    /// Something the person did at the keyboard or in the pipe.
    func personDid(_ input: EditorInput) {
        lastKey = .now
        switch input {
        case .line(let text): typed(text.trimmingSpaces())
        case .quickExit: if options.mode.hasQuickExit { wipe() }
        case .endOfInput: if options.mode.endsWithInput { endInput() }
        case .interrupted(let discardedText): if options.mode.endsWithInput, !discardedText { endInput() }
        }
    }

    /// A finished line.
    private func typed(_ line: String) {
        if options.mode.isKiosk {
            if Kiosk.isQuickExit(line) { return wipe() }
            if Kiosk.isRefused(line) { return show(renderer.status(ClientTexts.forLanguage(renderer.language).notHere)) }
            if case .choosingLanguage = phase { return choose(line) }
            if line.isEmpty, state.outcome != nil, state.isWaiting { return wipe() }
            if state.outcome != nil, state.isWaiting, queue.isEmpty,
                let item = KioskEndMenu.item(for: line, canPrint: options.mode.printer != nil)
            {
                return chose(item)
            }
        }
        if case .closedIdle = phase {
            phase = .chatting
            return connect(first: false)
        }
        guard !line.isEmpty else { return }
        // A counselor token never goes into the history file.
        if !line.lowercased().hasPrefix("/auth") { interface.remember(line) }
        guard connection != nil else {
            return tell(\.notSent)
        }
        if state.isWaiting, queue.isEmpty {
            if !answerLocally(line) { send(line) }
        } else {
            queue.append(line)
        }
    }

    /// Answers a line the client handles itself without sending it — `/qr`, the last slip as
    /// a code for the phone, and `/print` where a printer is set — false for every other line.
    func answerLocally(_ line: String) -> Bool {
        switch line.trimmingSpaces().lowercased() {
        case "/qr":
            show(renderer.qrCode(lines: Terminal.height()))
        case "/print":
            guard let printer = options.mode.printer else { return false }
            let texts = ClientTexts.forLanguage(renderer.language)
            let slip = renderer.slipText()
            guard !slip.isEmpty else { return true }
            do {
                try printer.print(slip)
                show(renderer.status(texts.printed))
            } catch {
                show(renderer.status(texts.notPrinted))
            }
        default:
            return false
        }
        return true
    }

    /// Sends a line now (the server waits for it).
    /// - Parameter echoed: whether a pipe shows it as `> line` (not the client's own setup
    ///   lines, `/lang` and `/restart` when a session opens in a language).
    func send(_ line: String, echoed: Bool = true) {
        guard let connection else { return }
        recorder?.sent(line)
        state.send(line)
        if let language = state.turnLanguage { renderer.language = language }
        renderer.highlight = state.turnCounselLanguage
        if echoed, interface.echoesSentLines { display(["> \(line)"]) }
        if ClientInput(line) == .command(.quit) { quitDeadline = .now + .seconds(2) }
        do {
            try connection.send(line)
        } catch {
            lost(error)
        }
    }

    /// The end of input (end of the pipe, Ctrl-D, Ctrl-C on an empty line): quit once the
    /// lines still queued are sent.
    private func endInput() {
        inputEnded = true
        if connection == nil || reconnectAt != nil {
            finish(0)
        } else if state.isWaiting, queue.isEmpty {
            quit()
        }
    }

    /// Ends the session on the server; the chat ends with its `BYE` (or soon without).
    func quit() {
        guard quitDeadline == nil else { return }
        guard connection != nil else { return finish(0) }
        send("/quit")
    }
}

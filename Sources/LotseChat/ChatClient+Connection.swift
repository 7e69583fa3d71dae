import LotseClient
import LotseSlip

/// Reaching the daemon: the first connection, and reconnecting with backoff when it goes away.
/// What it tells the person comes in the language they are talking in.
extension ChatClient {
    /// Connects; a failure ends the chat at the first attempt (not in the kiosk, which keeps
    /// trying), and schedules the next attempt otherwise.
    func connect(first: Bool) {
        do {
            connection = try connector(options.server, options.tls)
        } catch {
            if first, !options.mode.keepsTryingAtStart {
                show(renderer.status("lotse: \(error)"))
                return finish(1)
            }
            return scheduleReconnect()
        }
        let wasRetrying = backoff.attempts > 0
        let wasChatting = if case .chatting = phase { true } else { false }
        backoff.reset()
        state = ChatState()
        queue = []
        if options.mode.choosesLanguageFirst {
            phase = .choosingLanguage(held: [], shown: false)
            // Someone was in the middle of a conversation: the start screen tells them why it is back.
            startScreenNotice = wasRetrying && wasChatting ? ConnectionTexts.forLanguage(renderer.language).reconnected : nil
        } else {
            if wasRetrying { tell(\.reconnected) }
            // The new conversation opens in the language the person was using.
            if let language = wasRetrying ? renderer.language : options.language {
                phase = .openingIn(language, held: [], restarting: false)
            }
        }
    }

    /// Shows one of the connection texts in the person's language.
    func tell(_ text: KeyPath<ConnectionTexts, String>, _ values: [String: String] = [:]) {
        show(renderer.status(ConnectionTexts.text(ConnectionTexts.forLanguage(renderer.language)[keyPath: text], values)))
    }

    /// The connection broke without `BYE`.
    func lost(_ error: LineConnectionError) {
        connection = nil
        if quitDeadline != nil { return finish(0) }
        recorder?.stop("the connection was lost")
        recorder = nil
        if interface.echoesSentLines {
            tell(\.lost, ["server": "\(options.server)", "error": "\(error)"])
            return finish(1)
        }
        if options.mode.reportsConnectionInLines {
            tell(\.lostRetrying, ["server": "\(options.server)"])
        }
        scheduleReconnect()
    }

    /// Waits a little longer each time, then `tick()` connects again. The kiosk shows that it
    /// keeps trying, on a clean screen.
    func scheduleReconnect() {
        let delay = backoff.next()
        reconnectAt = .now + delay
        let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
        if !options.mode.reportsConnectionInLines {
            clearScreen()
            let languages = state.languages.isEmpty ? ["de", "en"] : state.languages
            let lines = languages.map { ClientTexts.forLanguage($0).reconnecting }
            var seen = Set<String>()
            show(
                ["", renderer.style.apply(.partner, "  Lotse"), ""] + lines.filter { seen.insert($0).inserted }.flatMap(renderer.status)
                    + renderer.status(String(repeating: "·", count: min(backoff.attempts, 40))))
        } else {
            tell(\.nextTry, ["server": "\(options.server)", "seconds": seconds.formatted1])
        }
    }
}

extension Double {
    /// The number with at most one decimal ("0.5", "2").
    var formatted1: String {
        self == rounded() ? String(Int(self)) : String((self * 10).rounded() / 10)
    }
}

import LotseClient

/// Reaching the daemon: the first connection, and reconnecting with backoff when it goes away.
extension ChatClient {
    /// Connects; a failure ends the chat at the first attempt (not in the kiosk, which keeps
    /// trying), and schedules the next attempt otherwise.
    func connect(first: Bool) {
        do {
            connection = try LineSocket.connect(host: options.server.host, port: options.server.port, timeout: .seconds(5),
                                                tls: options.tls)
        } catch {
            if first, !options.kiosk {
                show(renderer.status("lotse: \(error)"))
                return finish(1)
            }
            return scheduleReconnect()
        }
        let wasRetrying = backoff.attempts > 0
        backoff.reset()
        state = ChatState()
        queue = []
        if options.kiosk {
            phase = .choosingLanguage(held: [], shown: false)
        } else {
            if wasRetrying { show(renderer.status("Connected to lotsed again: a new conversation begins.")) }
            if let language = options.language { phase = .openingIn(language, held: [], restarting: false) }
        }
    }

    /// The connection broke without `BYE`.
    func lost(_ error: LineConnectionError) {
        connection = nil
        if quitDeadline != nil { return finish(0) }
        recorder?.stop("the connection was lost")
        recorder = nil
        if interface.echoesSentLines {
            show(renderer.status("The connection to lotsed at \(options.server) was lost (\(error))."))
            return finish(1)
        }
        if !options.kiosk {
            show(renderer.status("The connection to lotsed at \(options.server) was lost; trying to reconnect (Ctrl-D quits)."))
        }
        scheduleReconnect()
    }

    /// Waits a little longer each time, then `tick()` connects again. The kiosk shows that it
    /// keeps trying, on a clean screen.
    func scheduleReconnect() {
        let delay = backoff.next()
        reconnectAt = .now + delay
        let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
        if options.kiosk {
            clearScreen()
            let languages = state.languages.isEmpty ? ["de", "en"] : state.languages
            let lines = languages.map { ClientTexts.forLanguage($0).reconnecting }
            var seen = Set<String>()
            show(["", renderer.style.apply(.partner, "  Lotse"), ""] + lines.filter { seen.insert($0).inserted }.flatMap(renderer.status)
                + renderer.status(String(repeating: "·", count: min(backoff.attempts, 40))))
        } else {
            show(renderer.status("No connection to lotsed at \(options.server); next try in \(seconds.formatted1) s."))
        }
    }
}

extension Double {
    /// The number with at most one decimal ("0.5", "2").
    var formatted1: String {
        self == rounded() ? String(Int(self)) : String((self * 10).rounded() / 10)
    }
}

import LotseWire

/// The daemon's side of the chat: its lines are recorded, tracked, rendered; `WAIT` ends a
/// turn, `BYE` ends the session.
extension ChatClient {
    /// Reads what the daemon sent; a closed connection starts reconnecting.
    func readServer() {
        guard let current = connection else { return }
        do {
            for line in try current.readAvailableLines() {
                receive(line)
                // A wipe or a BYE replaced the connection: its remaining lines are stale.
                guard connection === current, exitCode == nil else { return }
            }
        } catch {
            lost(error)
        }
    }

    /// One server line.
    func receive(_ line: String) {
        recorder?.received(line)
        let message = ServerMessage(line: line)
        state.receive(message)
        if case .choosingLanguage(var held, let shown) = phase {
            held.append(message)
            phase = .choosingLanguage(held: held, shown: shown || message == .wait)
            if message == .wait, !shown { showStartScreen() }
            if case .bye(let reason) = message { bye(reason) }
            return
        }
        if case .openingIn(let code, let held, let restarting) = phase {
            return open(in: code, held: held + (restarting ? [] : [message]), restarting: restarting, after: message)
        }
        if case .hello = message, let language = state.language { renderer.language = language }
        show(renderer.render(message))
        switch message {
        case .wait: turnEnded()
        case .bye(let reason): bye(reason)
        default: break
        }
    }

    /// After `WAIT`: the slip, completion for the open question, then what waits to be sent.
    func turnEnded() {
        show(renderer.flush())
        interface.setCompletion(completion())
        // The kiosk: at the dialog's end its menu, else the hints under a slip of this turn.
        if options.mode.showsEndMenu, state.outcome != nil {
            show(KioskEndMenu.lines(renderer: renderer))
        } else if options.mode.showsEndMenu, renderer.slipsShown > slipsBeforeTurn {
            show(renderer.slipHintLines())
        }
        slipsBeforeTurn = renderer.slipsShown
        if turnShowedLines, output.last != "" { display([""]) }
        turnShowedLines = false
        while let next = queue.first, answerLocally(next) { queue.removeFirst() }
        if !queue.isEmpty {
            send(queue.removeFirst())
        } else if inputEnded {
            quit()
        }
    }

    /// A line while the session opens in another language: the greeting is held; at its
    /// `WAIT` the language is switched (or, for the source language, the greeting shown); at
    /// the switch's `WAIT` the dialog restarts, and its greeting comes in the language.
    private func open(in code: String, held: [ServerMessage], restarting: Bool, after message: ServerMessage) {
        if case .bye(let reason) = message {
            phase = .chatting
            return bye(reason)
        }
        guard message == .wait else {
            phase = .openingIn(code, held: held, restarting: restarting)
            return
        }
        if restarting {
            phase = .chatting
            return send("/restart", echoed: false)
        }
        guard code != state.languages.first, state.languages.contains(code) else {
            phase = .chatting
            held.forEach { show(renderer.render($0)) }
            return turnEnded()
        }
        renderer.language = code
        phase = .openingIn(code, held: [], restarting: true)
        send("/lang \(code)", echoed: false)
    }

    /// What Tab offers now.
    func completion() -> Completion {
        return Completion(
            commands: options.mode.commands, languages: state.languages,
            options: state.question?.options ?? [],
            isMulti: state.question?.kind == .multi)
    }

    /// `BYE REASON`: the daemon closes the session.
    func bye(_ reason: ProtocolValue<ByeReason>) {
        connection = nil
        quitDeadline = nil
        if reason == .known(.quit) {
            options.mode.wipesBetweenPeople ? wipe() : finish(0)
            return
        }
        if options.mode.wipesBetweenPeople, reason == .known(.idle) {
            wipe()
            return
        }
        recorder?.stop("the server said BYE \(reason.raw)")
        recorder = nil
        if !interface.echoesSentLines, !options.mode.wipesBetweenPeople, reason == .known(.idle) {
            tell(\.closedIdle)
            phase = .closedIdle
            return
        }
        tell(\.closed, ["reason": reason.raw])
        if interface.echoesSentLines {
            finish(1)
        } else {
            scheduleReconnect()
        }
    }
}

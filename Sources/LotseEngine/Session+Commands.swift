import LotseDialog

extension Session {
    /// Handles a `/command`.
    mutating func handle(_ command: Command, into turn: inout Turn) {
        if command.isCounselorCommand, !isCounselor {
            turn.add(.error(.counselorOnly, message(.counselorOnly)))
            return
        }
        switch command {
        case .help: turn.add(.note(message(.help)))
        case .lang(let code): switchLanguage(to: code, into: &turn)
        case .back: back(into: &turn)
        case .skip: skip(into: &turn)
        case .restart: restart(into: &turn)
        case .why: why(into: &turn)
        case .summary: summary(into: &turn)
        case .more: emitMore(into: &turn)
        case .quit:
            position = .closed(outcome)
            turn.add(.bye(.quit))
        case .trace(let on): trace(on, into: &turn)
        case .set(let slot, let value): set(slot, to: value, into: &turn)
        case .goto(let node): goto(node, into: &turn)
        case .slots: turn.add(.note(slotList()))
        case .path: turn.add(.note(path.map { dialog.nodes[$0].id }.joined(separator: " > ")))
        case .unknown(let word): turn.add(.error(.unknownCommand, message(.unknownCommand, ["command": word])))
        case .incomplete(let usage): turn.add(.error(.notUnderstood, message(.usage, ["usage": usage])))
        case .auth, .reload:
            // The server holds the token and the Dialogs and answers these before the engine.
            turn.add(.error(.counselorOnly, message(.counselorOnly)))
        }
    }

    /// `/lang CODE`: switch language and ask the open question again; without a code, list the languages.
    private mutating func switchLanguage(to code: String?, into turn: inout Turn) {
        let offered = dialog.languages.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
        guard let code, dialog.offers(language: code) else {
            if code == nil {
                turn.add(.note(offered))
            } else {
                turn.add(.error(.notUnderstood, message(.unknownLanguage, ["languages": offered])))
            }
            return
        }
        language = code
        reshow(into: &turn)
    }

    /// The open question again, or after the end the referral again.
    private func reshow(into turn: inout Turn) {
        switch position {
        case .asking(let index): ask(index, into: &turn)
        case .ended: summary(into: &turn)
        case .notStarted, .closed: break
        }
    }

    /// `/back`: undo the last answer and ask that question again.
    private mutating func back(into turn: inout Turn) {
        guard let snapshot = history.popLast() else {
            turn.add(.note(message(.backAtStart)))
            reshow(into: &turn)
            return
        }
        restoreSlots(to: snapshot)
        placeCandidates = nil
        skipped = snapshot.skipped
        path.removeLast(path.count - min(path.count, snapshot.pathCount))
        referral = nil
        position = .asking(snapshot.node)
        ask(snapshot.node, into: &turn)
    }

    /// `/skip`: leave the open question unanswered where the dialog allows it.
    private mutating func skip(into turn: inout Turn) {
        guard case .asking(let index) = position, case .ask(let question) = dialog.nodes[index].kind else {
            turn.add(.error(.notUnderstood, message(.ended)))
            return
        }
        guard question.skippable else {
            turn.add(.error(.notUnderstood, message(.skipNotAllowed)))
            return
        }
        remember(index)
        // A multi question leaves every slot it offers unknown.
        let left = dialog.slots[question.slot]?.kind == .multi ? question.options : [question.slot]
        for id in left {
            fill(id, with: nil)
            skipped.insert(id)
        }
        turn.add(.note(message(.skipped)))
        continueAfter(index, into: &turn)
    }

    /// `/restart`: forget everything and start again (counselor mode and language stay).
    private mutating func restart(into turn: inout Turn) {
        // The walk starts again at the same size: the storage of slots, steps, journal and path is kept.
        slotValues.removeAll()
        placeCandidates = nil
        skipped = []
        history.removeAll(keepingCapacity: true)
        slotJournal.removeAll(keepingCapacity: true)
        path.removeAll(keepingCapacity: true)
        referral = nil
        run(from: dialog.start, into: &turn)
    }

    /// `/why`: why the open question is asked — its own reason and the partners whose rules
    /// the answer decides — or after the referral, which rule named each partner; a counselor
    /// also gets each rule's basis and the pages the facts come from.
    private func why(into turn: inout Turn) {
        if case .asking(let index) = position, case .ask(let question) = dialog.nodes[index].kind {
            if question.hasWhy { turn.add(.say(text("\(dialog.nodes[index].id).why"))) }
            let partners = partnersDecided(by: question.slot)
            if !partners.isEmpty { turn.add(.say(message(.whyDepends, ["partners": partners.joined(separator: ", ")]))) }
            if question.hasWhy || !partners.isEmpty { return }
        }
        guard let referral, !referral.entries.isEmpty else {
            turn.add(.say(message(.noQuestion)))
            return
        }
        turn.add(.say(message(.whyReferral)))
        emitReferral(referral, intro: nil, none: nil, sources: isCounselor, into: &turn)
    }

    /// The names of the partners that rules reading `slot` (or, for a multi question, one of
    /// its slots) could still name, given the answers so far.
    private func partnersDecided(by slot: String) -> [String] {
        let read = dialog.slots[slot]?.kind == .multi ? Set(dialog.slots[slot]?.values ?? []) : [slot]
        var names: [String] = []
        for rule in dialog.rules where !rule.condition.slots.isDisjoint(with: read) && rule.condition.evaluate(slotValues) != false {
            for partner in dialog.partners(for: rule.role, serving: slotValues) where !names.contains(partner.name) {
                names.append(partner.name)
            }
        }
        return names
    }

    /// `/summary`: the referral slip so far, every place, with the German reasons beside the
    /// person's language.
    private func summary(into turn: inout Turn) {
        let referral = self.referral ?? Referral(dialog: dialog, slots: slotValues)
        guard !referral.entries.isEmpty else {
            turn.add(.say(message(.summaryEmpty)))
            return
        }
        turn.add(.say(message(.summary)))
        emitReferral(referral, intro: nil, none: nil, german: true, all: true, into: &turn)
    }
}

import LotseDialog

extension Session {
    /// Runs the dialog from `start` until a question is open or the dialog ends.
    mutating func run(from start: Int, into turn: inout Turn) {
        var current = start
        // A dialog that loops without asking would never stop; `lotse check` reports such
        // loops, and this bound keeps a session safe from one that slipped through.
        for _ in 0...(dialog.nodes.count * 2) {
            path.append(current)
            let node = dialog.nodes[current]
            switch node.kind {
            case .say:
                turn.add(.say(text(node.id)))
            case .ask:
                position = .asking(current)
                ask(current, into: &turn)
                return
            case .branch(let cases, let otherwise):
                if let target = branchTarget(node, cases, into: &turn) ?? otherwise {
                    current = target
                    continue
                }
            case .goto(let target):
                current = target
                continue
            case .refer(let hasNoneText):
                let referral = evaluateReferral(into: &turn)
                self.referral = referral
                emitReferral(referral, intro: node.id, none: hasNoneText ? "\(node.id).none" : nil, into: &turn)
            case .end(let outcome, let hasText):
                if hasText { turn.add(.say(text(node.id))) }
                end(outcome, into: &turn)
                return
            }
            guard let next = node.next else { break }
            current = next
        }
        end(.auto, into: &turn)
    }

    /// The target of the first case whose condition is true, tracing each evaluation.
    private func branchTarget(_ node: FlowNode, _ cases: [BranchCase], into turn: inout Turn) -> Int? {
        for branch in cases {
            let value = branch.condition.evaluate(slotValues)
            if isTracing { turn.add(.trace("branch \(node.id): \(branch.source) → \(TraceValue(value))")) }
            if value == true { return branch.target }
        }
        return nil
    }

    /// Ends the dialog with `outcome`, working out `auto` from the referral.
    private mutating func end(_ outcome: EndOutcome, into turn: inout Turn) {
        let final: Outcome
        switch outcome {
        case .referred: final = .referred
        case .noReferral: final = .noReferral
        case .emergency: final = .emergency
        case .auto:
            let referral = self.referral ?? Referral(dialog: dialog, slots: slotValues)
            final = referral.isEmergency ? .emergency : referral.entries.isEmpty ? .noReferral : .referred
        }
        position = .ended(final)
        turn.add(.end(final))
    }

    /// Asks the question of node `index`: the turn ends with it — or, while the person picks
    /// one of several places of a name, with the choice between them (this session's own, so
    /// it is spelt here).
    func ask(_ index: Int, into turn: inout Turn) {
        if let candidates = placeCandidates, case .ask(let question) = dialog.nodes[index].kind,
            dialog.slots[question.slot]?.kind == .place
        {
            addPlaceChoice(candidates, into: &turn)
        } else {
            turn.add(.question(AskedQuestion(node: index, language: language)))
        }
    }

    /// An answer to the open question: fill the slot and go on, or say what is expected.
    mutating func answer(_ text: String, into turn: inout Turn) {
        guard case .asking(let index) = position else {
            turn.add(.error(.notUnderstood, message(.ended)))
            return
        }
        guard case .ask(let question) = dialog.nodes[index].kind, let slot = dialog.slots[question.slot] else { return }
        if slot.kind == .place {
            answerPlace(text, node: index, into: &turn)
            return
        }
        switch understand(text, question: question, slot: slot) {
        case .success(let filling):
            remember(index)
            switch filling {
            case .slot(let id, let value):
                fill(id, with: value)
                skipped.remove(id)
            case .options(let options, let chosen):
                for id in options {
                    fill(id, with: .key(chosen.contains(id) ? "yes" : "no"))
                    skipped.remove(id)
                }
            }
            continueAfter(index, into: &turn)
        case .failure(let refusal):
            turn.add(.error(.notUnderstood, refusal.text))
        }
    }

    /// The slots an answer fills: the question's own, or every slot a multi question offers.
    private enum Filling {
        case slot(String, SlotValue)
        /// `yes` for each option chosen, `no` for the others.
        case options([String], chosen: Set<String>)
    }

    /// The values an answer gives the slots it fills, or the sentence that says what is expected.
    private func understand(_ text: String, question: Question, slot: Slot) -> Result<Filling, AnswerRefusal> {
        switch slot.kind {
        case .number(let min, let max):
            guard let number = NumberAnswer.parse(text, min: min, max: max) else {
                return .failure(AnswerRefusal(message(.enterNumber, ["min": String(min), "max": String(max)])))
            }
            return .success(.slot(slot.id, .number(number)))
        case .text, .place:
            return text.isEmpty ? .failure(AnswerRefusal(message(.enterText))) : .success(.slot(slot.id, .text(text)))
        case .choice, .yesno:
            let matcher = AnswerMatcher(question: question, dialog: dialog, language: language)
            return refusingUnclear(matcher.match(text), question: question, slot: slot).map { .slot(slot.id, .key($0)) }
        case .multi:
            let matcher = MultiAnswerMatcher(
                options: AnswerMatcher(question: question, dialog: dialog, language: language),
                noneWords: dialog.vocabulary.noneWords)
            switch matcher.match(text) {
            case .chosen(let keys):
                return .success(.options(question.options, chosen: keys))
            case .unclear(let match):
                return refusingUnclear(match, question: question, slot: slot).flatMap { _ in
                    .failure(AnswerRefusal(message(.multiHint)))
                }
            }
        }
    }

    /// The key of a clear match, or the sentence that asks again: which of several options,
    /// or which numbers there are.
    private func refusingUnclear(_ match: AnswerMatcher.Match, question: Question, slot: Slot) -> Result<String, AnswerRefusal> {
        switch match {
        case .value(let key):
            return .success(key)
        case .ambiguous(let keys):
            let candidates = keys.map { "\(question.options.firstIndex(of: $0).map { $0 + 1 } ?? 0) \(label($0, of: slot.id))" }
            return .failure(AnswerRefusal(message(.ambiguous, ["candidates": candidates.joined(separator: ", ")])))
        case .none:
            return .failure(
                AnswerRefusal(message(slot.kind == .multi ? .multiHint : .chooseOption, ["max": String(question.options.count)])))
        }
    }

    /// Keeps the state before answering node `index`, for `/back`; a choice between places
    /// of one name is over.
    mutating func remember(_ index: Int) {
        placeCandidates = nil
        history.append(Snapshot(node: index, skipped: skipped, pathCount: path.count, journalCount: slotJournal.count))
    }

    /// Sets slot `id` (nil empties it), noting what it held before while there is a step to
    /// go back to.
    /// The place also sets the region and the Land.
    mutating func fill(_ id: String, with value: SlotValue?) {
        let before = slotValues.replaceValue(of: id, with: value)
        if !history.isEmpty { slotJournal.append((id, before)) }
        if id == dialog.placeSlot { fillFromPlace(value) }
    }

    /// The slots as they were at `snapshot`: the changes since, undone from the last.
    mutating func restoreSlots(to snapshot: Snapshot) {
        while slotJournal.count > snapshot.journalCount {
            let change = slotJournal.removeLast()
            slotValues[change.slot] = change.before
        }
    }

    /// Goes on after the question of node `index` was answered or skipped.
    mutating func continueAfter(_ index: Int, into turn: inout Turn) {
        guard let next = dialog.nodes[index].next else {
            end(.auto, into: &turn)
            return
        }
        run(from: next, into: &turn)
    }
}

/// The sentence that refuses an answer (`ERR 400 …`) — not to be mixed up with the server's
/// `Admissions.Refusal` of a connection.
struct AnswerRefusal: Error {
    let text: String
    init(_ text: String) { self.text = text }
}

/// A three-valued condition result as traces print it.
struct TraceValue: CustomStringConvertible {
    let value: Bool?
    init(_ value: Bool?) { self.value = value }
    var description: String { value.map { $0 ? "true" : "false" } ?? "unknown" }
}

import LotseDialog

/// The counselor's commands: trace, set, goto, slots. Only reached in counselor mode.
extension Session {
    /// `/trace on|off`.
    mutating func trace(_ on: Bool?, into turn: inout Turn) {
        if let on { isTracing = on }
        turn.add(.note(message(isTracing ? .traceOn : .traceOff)))
    }

    /// `/set SLOT VALUE`: fill a slot directly; if it is the open question's slot, go on.
    mutating func set(_ slotID: String, to text: String, into turn: inout Turn) {
        guard let slot = dialog.slots[slotID] else {
            turn.add(.error(.notUnderstood, message(.slotUnknown, ["slot": slotID, "slots": dialog.slotOrder.joined(separator: ", ")])))
            return
        }
        let value: SlotValue
        switch slot.kind {
        case .number(let min, let max):
            guard let number = Int(text), (min...max).contains(number) else {
                turn.add(.error(.notUnderstood, message(.slotNumber, ["slot": slotID, "min": String(min), "max": String(max)])))
                return
            }
            value = .number(number)
        case .choice, .yesno, .place:
            guard slot.accepts(key: text) else {
                turn.add(.error(.notUnderstood, message(.slotValues, ["slot": slotID, "values": slot.values.joined(separator: ", ")])))
                return
            }
            value = .key(text)
        case .text:
            value = .text(text)
        case .multi:
            turn.add(.error(.notUnderstood, message(.slotMulti, ["slot": slotID, "values": slot.values.joined(separator: ", ")])))
            return
        }
        let asking: Int? = if case .asking(let index) = position { index } else { nil }
        if let asking { remember(asking) }
        fill(slotID, with: value)
        skipped.remove(slotID)
        turn.add(.note(message(.slotSet, ["slot": slotID, "value": "\(value)"])))
        if let asking, case .ask(let question) = dialog.nodes[asking].kind, question.slot == slotID {
            continueAfter(asking, into: &turn)
        }
    }

    /// `/goto NODE`: jump to a node and run from there.
    mutating func goto(_ id: String, into turn: inout Turn) {
        guard let index = dialog.nodeIndex[id] ?? dialog.flows[id] else {
            turn.add(.error(.notUnderstood, message(.nodeUnknown, ["node": id])))
            return
        }
        if case .asking(let current) = position { remember(current) }
        referral = nil
        run(from: index, into: &turn)
    }

    /// `/slots`: every filled or skipped slot, in the order of the situation.
    func slotList() -> String {
        let lines = dialog.slotOrder.compactMap { id -> String? in
            if let value = slotValues[id] { return "\(id) = \(value)" }
            return skipped.contains(id) ? "\(id) = \(message(.slotSkipped))" : nil
        }
        return lines.isEmpty ? message(.slotsEmpty) : lines.joined(separator: "\n")
    }
}

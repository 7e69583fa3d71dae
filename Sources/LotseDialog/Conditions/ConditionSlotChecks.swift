/// Ties a condition's comparisons to the slots: the slot must exist and not be free text,
/// `<`-style operators need a number slot, and each value must be one the slot can take.
/// Numbers outside a slot's min...max are accepted here; ranges are checked elsewhere.
struct ConditionSlotChecks {
    let slots: [String: Slot]

    /// The slot named by the identifier `token`.
    func slot(_ id: String, at token: ConditionToken) throws(ConditionError) -> Slot {
        guard let slot = slots[id] else {
            let names = slots.keys.sorted()
            let hint =
                Suggestion.nearest(to: id, in: names).map { "did you mean '\($0)'?" }
                ?? (names.isEmpty ? "no slots are defined" : "the slots are \(names.joined(separator: ", "))")
            throw ConditionError(offset: token.offset, "unknown slot '\(id)'; \(hint)")
        }
        guard slot.kind != .text else {
            throw ConditionError(
                offset: token.offset,
                "'\(id)' is a text slot, and conditions cannot compare free text; branch on a choice, yesno or number slot")
        }
        guard slot.kind != .multi else {
            throw ConditionError(
                offset: token.offset,
                "'\(id)' asks several yes/no slots at once and has no value of its own; test one of them: \(slot.values.joined(separator: ", "))"
            )
        }
        return slot
    }

    /// Checks that `op`, written at `token`, fits `slot`.
    func check(_ op: ComparisonOperator, at token: ConditionToken, on slot: Slot) throws(ConditionError) {
        guard op.isOrdering, !Self.isNumber(slot) else { return }
        throw ConditionError(
            offset: token.offset,
            "'\(op.rawValue)' compares numbers, but '\(slot.id)' is a \(slot.kind.name) slot; use == or in [...]")
    }

    /// The value `token` stands for, which must fit `slot`; `previous` is the token before it.
    func value(_ token: ConditionToken, after previous: ConditionToken, for slot: Slot) throws(ConditionError) -> ConditionValue {
        switch token.kind {
        case .number(let number):
            guard Self.isNumber(slot) else {
                throw ConditionError(
                    offset: token.offset,
                    "'\(token.text)' is a number, but '\(slot.id)' is a \(slot.kind.name) slot; its values are \(Self.list(slot.values))")
            }
            return .number(number)
        case .identifier(let key):
            if case .number(let min, let max) = slot.kind {
                throw ConditionError(
                    offset: token.offset,
                    "'\(key)' is not a whole number, but '\(slot.id)' is a number slot; compare it with a number from \(min) to \(max)")
            }
            guard slot.accepts(key: key) else {
                let hint = Suggestion.nearest(to: key, in: slot.values).map { "did you mean '\($0)'? " } ?? ""
                throw ConditionError(
                    offset: token.offset,
                    "'\(key)' is not a value of slot '\(slot.id)'; \(hint)its values are \(Self.list(slot.values))")
            }
            return .key(key)
        default:
            let found = token.kind == .end ? "" : ", not '\(token.text)'"
            let takes = Self.isNumber(slot) ? "a whole number" : "one of \(Self.list(slot.values))"
            throw ConditionError(
                offset: token.offset,
                "expected a value after '\(previous.text)'\(found); '\(slot.id)' takes \(takes)")
        }
    }

    private static func isNumber(_ slot: Slot) -> Bool {
        if case .number = slot.kind { true } else { false }
    }

    private static func list(_ values: [String]) -> String {
        values.joined(separator: ", ")
    }
}

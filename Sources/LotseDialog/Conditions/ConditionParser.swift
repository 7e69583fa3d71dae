/// Parses a condition and checks it against the slots: every slot must exist, every value
/// must be one the slot can take, and `<`-style operators need a number slot.
///
/// Grammar (`not` binds tighter than `and`, `and` tighter than `or`):
/// ```
/// or         := and ('or' and)*
/// and        := unary ('and' unary)*
/// unary      := 'not' unary | '(' or ')' | comparison
/// comparison := SLOT OP VALUE | SLOT 'in' '[' VALUE (',' VALUE)* ']'
/// ```
public struct ConditionParser: Sendable {
    public let slots: [String: Slot]

    public init(slots: [String: Slot]) {
        self.slots = slots
    }

    /// The condition `source` means, or the first problem in it.
    public func parse(_ source: String) throws(ConditionError) -> Condition {
        var state = ParseState(tokens: try ConditionLexer.tokens(source), slots: slots)
        guard state.current.kind != .end else {
            throw ConditionError(offset: 0, "the condition is empty; write one like 'age >= 18'")
        }
        let condition = try state.parseOr()
        guard state.current.kind == .end else {
            throw ConditionError(offset: state.current.offset,
                                 "unexpected '\(state.current.text)' after the condition; join conditions with 'and' or 'or'")
        }
        return condition
    }
}

/// The cursor of one parse.
private struct ParseState {
    let tokens: [ConditionToken]
    let slots: [String: Slot]
    var position = 0

    init(tokens: [ConditionToken], slots: [String: Slot]) {
        self.tokens = tokens
        self.slots = slots
    }

    var current: ConditionToken { tokens[position] }

    mutating func advance() -> ConditionToken {
        defer { position = min(position + 1, tokens.count - 1) }
        return tokens[position]
    }

    mutating func parseOr() throws(ConditionError) -> Condition {
        var left = try parseAnd()
        while current.kind == .keyword(.or) {
            _ = advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    mutating func parseAnd() throws(ConditionError) -> Condition {
        var left = try parseUnary()
        while current.kind == .keyword(.and) {
            _ = advance()
            left = .and(left, try parseUnary())
        }
        return left
    }

    mutating func parseUnary() throws(ConditionError) -> Condition {
        switch current.kind {
        case .keyword(.not):
            _ = advance()
            return .not(try parseUnary())
        case .leftParen:
            let open = advance()
            let inner = try parseOr()
            guard current.kind == .rightParen else {
                throw ConditionError(offset: current.offset, "missing ')' to close the '(' at column \(open.offset + 1)")
            }
            _ = advance()
            return inner
        default:
            return try parseComparison()
        }
    }

    mutating func parseComparison() throws(ConditionError) -> Condition {
        let name = advance()
        guard case .identifier(let slotID) = name.kind else {
            throw ConditionError(offset: name.offset, name.kind == .end
                ? "the condition ends too early; a slot name should follow"
                : "expected a slot name, not '\(name.text)'")
        }
        guard let slot = slots[slotID] else {
            let hint = Suggestion.nearest(to: slotID, in: slots.keys).map { "did you mean '\($0)'?" }
                ?? "slots: \(slots.keys.sorted().joined(separator: ", "))"
            throw ConditionError(offset: name.offset, "unknown slot '\(slotID)'; \(hint)")
        }
        let operation = advance()
        switch operation.kind {
        case .comparison(let op):
            if op.isOrdering, case .number = slot.kind {} else if op.isOrdering {
                throw ConditionError(offset: operation.offset,
                                     "'\(op.rawValue)' compares numbers, but '\(slotID)' is a \(slot.kind.name) slot; use == or in [...]")
            }
            return .comparison(slot: slotID, op, try parseValue(for: slot))
        case .keyword(.in):
            guard current.kind == .leftBracket else {
                throw ConditionError(offset: current.offset, "expected '[' after 'in', as in '\(slotID) in [a, b]'")
            }
            _ = advance()
            var values = [try parseValue(for: slot)]
            while current.kind == .comma {
                _ = advance()
                values.append(try parseValue(for: slot))
            }
            guard current.kind == .rightBracket else {
                throw ConditionError(offset: current.offset, "expected ',' or ']' in the list after 'in'")
            }
            _ = advance()
            return .membership(slot: slotID, values)
        default:
            throw ConditionError(offset: operation.offset,
                                 "expected an operator (== != < <= > >= in) after '\(slotID)', not '\(operation.text.isEmpty ? "the end" : operation.text)'")
        }
    }

    mutating func parseValue(for slot: Slot) throws(ConditionError) -> ConditionValue {
        let token = advance()
        switch (token.kind, slot.kind) {
        case (.number(let number), .number):
            return .number(number)
        case (.identifier(let key), .choice), (.identifier(let key), .yesno):
            guard slot.accepts(key: key) else {
                let hint = Suggestion.nearest(to: key, in: slot.values).map { "did you mean '\($0)'? " } ?? ""
                throw ConditionError(offset: token.offset,
                                     "'\(key)' is not a value of slot '\(slot.id)'; \(hint)its values are \(slot.values.joined(separator: ", "))")
            }
            return .key(key)
        case (.number, _), (.identifier, .number):
            let expected = slot.kind == .text ? "nothing: text slots cannot be compared" : slot.kind.name == "number" ? "a whole number" : "one of \(slot.values.joined(separator: ", "))"
            throw ConditionError(offset: token.offset, "'\(token.text)' does not fit slot '\(slot.id)', which takes \(expected)")
        case (.identifier, .text):
            throw ConditionError(offset: token.offset, "'\(slot.id)' is a text slot; conditions cannot compare free text")
        default:
            throw ConditionError(offset: token.offset, token.kind == .end
                ? "the condition ends too early; a value should follow"
                : "expected a value, not '\(token.text)'")
        }
    }
}

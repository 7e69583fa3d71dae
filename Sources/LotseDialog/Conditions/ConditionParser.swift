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
    /// The slots conditions may read, by id.
    public let slots: [String: Slot]
    /// Where the dialog keeps the slots: the conditions note each slot's index in it.
    public let layout: SlotLayout?

    public init(slots: [String: Slot], layout: SlotLayout? = nil) {
        self.slots = slots
        self.layout = layout
    }

    /// The condition `source` means; throws the first problem in the text.
    public func parse(_ source: String) throws(ConditionError) -> Condition {
        var state = try ParseState(source, checks: ConditionSlotChecks(slots: slots), layout: layout)
        return try state.parseCondition()
    }
}

/// The cursor of one parse: the current token and the one before it, read lazily from the lexer
/// so that every problem is found before anything after it is read.
private struct ParseState {
    private var lexer: ConditionLexer
    private let checks: ConditionSlotChecks
    private var current: ConditionToken
    /// The token before `current`; `current` itself until the first `advance()`.
    private var previous: ConditionToken
    private let layout: SlotLayout?

    init(_ source: String, checks: ConditionSlotChecks, layout: SlotLayout?) throws(ConditionError) {
        lexer = ConditionLexer(source)
        self.checks = checks
        self.layout = layout
        current = try lexer.next()
        previous = current
    }

    private mutating func advance() throws(ConditionError) {
        previous = current
        current = try lexer.next()
    }

    private func error(_ message: String) -> ConditionError {
        ConditionError(offset: current.offset, message)
    }

    /// What the current token is called in a message: `, not 'x'`, or nothing at the end.
    private var found: String {
        current.kind == .end ? "" : ", not '\(current.text)'"
    }

    mutating func parseCondition() throws(ConditionError) -> Condition {
        guard current.kind != .end else {
            throw ConditionError(offset: 0, "the condition is empty; write one like 'age >= 18'")
        }
        let condition = try parseOr()
        switch current.kind {
        case .end: return condition
        case .rightParen: throw error("unexpected ')'; there is no '(' for it to close")
        default: throw error("unexpected '\(current.text)' after the condition; join conditions with 'and' or 'or'")
        }
    }

    private mutating func parseOr() throws(ConditionError) -> Condition {
        var left = try parseAnd()
        while current.kind == .keyword(.or) {
            try advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(ConditionError) -> Condition {
        var left = try parseUnary()
        while current.kind == .keyword(.and) {
            try advance()
            left = .and(left, try parseUnary())
        }
        return left
    }

    private mutating func parseUnary() throws(ConditionError) -> Condition {
        switch current.kind {
        case .keyword(.not):
            try advance()
            return .not(try parseUnary())
        case .leftParen:
            let column = current.offset + 1
            try advance()
            let inner = try parseOr()
            switch current.kind {
            case .rightParen: try advance()
            case .end: throw error("missing ')' to close the '(' at column \(column)")
            default:
                throw error(
                    "unexpected '\(current.text)'; join conditions with 'and' or 'or', or close the '(' at column \(column) with ')'")
            }
            return inner
        default:
            return try parseComparison()
        }
    }

    private mutating func parseComparison() throws(ConditionError) -> Condition {
        guard case .identifier(let id) = current.kind else {
            let place = previous == current ? "" : " after '\(previous.text)'"
            throw error("expected a slot name\(place)\(found)")
        }
        let slot = try checks.slot(id, at: current)
        let reference = SlotReference(id, index: layout?.index(of: id))
        try advance()
        switch current.kind {
        case .comparison(let op):
            try checks.check(op, at: current, on: slot)
            try advance()
            let value = try checks.value(current, after: previous, for: slot)
            try advance()
            return .comparison(slot: reference, op, value)
        case .keyword(.in):
            try advance()
            return .membership(slot: reference, try parseList(for: slot))
        default:
            throw error("expected an operator (== != < <= > >= in) after '\(id)'\(found)")
        }
    }

    /// `'[' VALUE (',' VALUE)* ']'` after `in`.
    private mutating func parseList(for slot: Slot) throws(ConditionError) -> [ConditionValue] {
        guard current.kind == .leftBracket else {
            throw error("expected '[' after 'in'\(found); write a list like '\(slot.id) in [a, b]'")
        }
        let column = current.offset + 1
        var values: [ConditionValue] = []
        repeat {
            try advance()
            values.append(try checks.value(current, after: previous, for: slot))
            try advance()
        } while current.kind == .comma
        switch current.kind {
        case .rightBracket: try advance()
        case .end: throw error("missing ']' to close the '[' at column \(column)")
        default: throw error("expected ',' or ']' in the list\(found)")
        }
        return values
    }
}

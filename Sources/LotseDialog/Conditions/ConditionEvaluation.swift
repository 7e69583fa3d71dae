extension Condition {
    /// The condition's value over the filled slots, in three-valued logic: `nil` (unknown)
    /// when it depends on a slot that is not filled. `false and unknown` is false,
    /// `true or unknown` is true, `not unknown` is unknown.
    public func evaluate(_ values: [String: SlotValue]) -> Bool? {
        switch self {
        case .comparison(let slot, let op, let expected):
            guard let value = values[slot] else { return nil }
            return Self.compare(value, op, expected)
        case .membership(let slot, let list):
            guard let value = values[slot] else { return nil }
            return list.contains { Self.compare(value, .equal, $0) }
        case .not(let inner):
            return inner.evaluate(values).map { !$0 }
        case .and(let left, let right):
            let a = left.evaluate(values)
            if a == false { return false }
            let b = right.evaluate(values)
            if b == false { return false }
            return a == true && b == true ? true : nil
        case .or(let left, let right):
            let a = left.evaluate(values)
            if a == true { return true }
            let b = right.evaluate(values)
            if b == true { return true }
            return a == false && b == false ? false : nil
        }
    }

    private static func compare(_ value: SlotValue, _ op: ComparisonOperator, _ expected: ConditionValue) -> Bool {
        switch (value, expected) {
        case (.number(let a), .number(let b)):
            switch op {
            case .equal: return a == b
            case .notEqual: return a != b
            case .less: return a < b
            case .lessOrEqual: return a <= b
            case .greater: return a > b
            case .greaterOrEqual: return a >= b
            }
        case (.key(let a), .key(let b)):
            return op == .notEqual ? a != b : a == b
        default:
            return op == .notEqual
        }
    }

    /// The slots the condition reads.
    public var slots: Set<String> {
        switch self {
        case .comparison(let slot, _, _), .membership(let slot, _): [slot]
        case .not(let inner): inner.slots
        case .and(let a, let b), .or(let a, let b): a.slots.union(b.slots)
        }
    }
}

extension Condition {
    /// The condition's value over the filled slots, in three-valued (Kleene) logic: `nil` (unknown)
    /// when it depends on a slot that is not filled. `false and unknown` is false,
    /// `true or unknown` is true, `not unknown` is unknown.
    ///
    /// Numbers compare numerically; keys only by equality, so `<` on keys is false. A value of
    /// another type than the literal (which the parser rules out) is simply unequal to it.
    /// Runs on every turn, so it allocates nothing.
    public func evaluate(_ values: [String: SlotValue]) -> Bool? {
        evaluating(values)
    }

    /// The value over a session's slots, read by index.
    public func evaluate(_ values: SlotValues) -> Bool? {
        evaluating(values)
    }

    /// Both `evaluate`s, specialised in this module for each kind of slot storage.
    func evaluating(_ values: some SlotReading) -> Bool? {
        switch self {
        case .comparison(let slot, let op, let expected):
            guard let value = values.value(of: slot) else { return nil }
            return Self.compare(value, op, expected)
        case .membership(let slot, let list):
            guard let value = values.value(of: slot) else { return nil }
            // By index: an unoptimised build would allocate for an iterator or a closure.
            for index in list.indices where Self.compare(value, .equal, list[index]) { return true }
            return false
        case .not(let inner):
            return inner.evaluating(values).map { !$0 }
        case .and(let left, let right):
            let a = left.evaluating(values)
            if a == false { return false }
            let b = right.evaluating(values)
            if b == false { return false }
            return a == true && b == true ? true : nil
        case .or(let left, let right):
            let a = left.evaluating(values)
            if a == true { return true }
            let b = right.evaluating(values)
            if b == true { return true }
            return a == false && b == false ? false : nil
        }
    }

    private static func compare(_ value: SlotValue, _ op: ComparisonOperator, _ expected: ConditionValue) -> Bool {
        switch (value, expected) {
        case (.number(let a), .number(let b)):
            switch op {
            case .equal: a == b
            case .notEqual: a != b
            case .less: a < b
            case .lessOrEqual: a <= b
            case .greater: a > b
            case .greaterOrEqual: a >= b
            }
        case (.key(let a), .key(let b)):
            switch op {
            case .equal: a == b
            case .notEqual: a != b
            case .less, .lessOrEqual, .greater, .greaterOrEqual: false
            }
        default:
            op == .notEqual
        }
    }
}

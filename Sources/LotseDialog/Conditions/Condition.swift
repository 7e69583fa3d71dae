/// A parsed condition over the situation's slots, e.g. `age >= 15 and status in [asylum, duldung]`.
///
/// Conditions are parsed once when the Dialogs load (`ConditionParser`) and evaluated with
/// three-valued logic: a comparison on a slot that is not filled is unknown (`nil`).
public indirect enum Condition: Sendable, Equatable, Hashable {
    case comparison(slot: String, ComparisonOperator, ConditionValue)
    case membership(slot: String, [ConditionValue])
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)
}

/// The comparison operators of the condition language.
public enum ComparisonOperator: String, Sendable, Equatable, Hashable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Whether the operator orders values, and so needs a number slot.
    public var isOrdering: Bool { self != .equal && self != .notEqual }
}

/// A literal on the right-hand side of a comparison: a whole number or a value key.
public enum ConditionValue: Sendable, Equatable, Hashable, CustomStringConvertible {
    case number(Int)
    case key(String)

    public var description: String {
        switch self {
        case .number(let n): String(n)
        case .key(let k): k
        }
    }
}

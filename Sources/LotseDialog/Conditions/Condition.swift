/// A parsed condition over the situation's slots, e.g. `age >= 15 and status in [asylum, duldung]`.
///
/// Conditions are parsed once when the Dialogs load (`ConditionParser`) and evaluated with
/// three-valued logic: a comparison on a slot that is not filled is unknown (`nil`).
public indirect enum Condition: Sendable, Equatable, Hashable {
    case comparison(slot: SlotReference, ComparisonOperator, ConditionValue)
    case membership(slot: SlotReference, [ConditionValue])
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)
}

/// The slot a comparison reads: its id and, in a condition parsed for a dialog, the slot's
/// index in the dialog's `SlotLayout`, so that `SlotValues` reads it without hashing the id.
/// Two references to the same id are equal, whatever they know of the index.
public struct SlotReference: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The slot's id.
    public let id: String
    /// The slot's index in the layout the condition was parsed for; nil when it was built
    /// without one.
    public let index: Int?

    public init(_ id: String, index: Int? = nil) {
        self.id = id
        self.index = index
    }

    public init(stringLiteral id: String) {
        self.init(id)
    }

    public static func == (a: SlotReference, b: SlotReference) -> Bool { a.id == b.id }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }

    public var description: String { id }
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

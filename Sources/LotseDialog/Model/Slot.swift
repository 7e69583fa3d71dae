/// A slot of the situation: one fact about the person that a question fills.
public struct Slot: Sendable, Equatable {
    /// The slot's id, e.g. `age` or `counsel-lang`.
    public let id: String
    /// What kind of answer the slot takes.
    public let kind: Kind
    /// The value keys a `choice` or `yesno` slot can take, in display order; empty otherwise.
    public let values: [String]

    /// The kinds of answer a slot takes; the names are those of `ASK SLOT TYPE`.
    public enum Kind: Sendable, Equatable {
        case number(min: Int, max: Int)
        case choice
        case yesno
        case text

        /// The type word on the wire (`ASK SLOT TYPE`).
        public var name: String {
            switch self {
            case .number: "number"
            case .choice: "choice"
            case .yesno: "yesno"
            case .text: "text"
            }
        }
    }

    public init(id: String, kind: Kind, values: [String] = []) {
        self.id = id
        self.kind = kind
        self.values = kind == .yesno ? ["yes", "no"] : values
    }

    /// Whether `key` is one of the values this slot can take (always false for number and text).
    public func accepts(key: String) -> Bool {
        values.contains(key)
    }
}

/// A filled slot's value.
public enum SlotValue: Sendable, Equatable, Hashable, CustomStringConvertible {
    case number(Int)
    case key(String)
    case text(String)

    public var description: String {
        switch self {
        case .number(let n): String(n)
        case .key(let k): k
        case .text(let t): t
        }
    }
}

/// A slot of the situation: one fact about the person that a question fills.
public struct Slot: Sendable, Equatable {
    /// The slot's id, e.g. `age` or `counsel-lang`.
    public let id: String
    /// What kind of answer the slot takes.
    public let kind: Kind
    /// The value keys a `choice` or `yesno` slot can take, in display order; for a `multi`
    /// group, the ids of its yes/no slots; empty otherwise.
    public let values: [String]
    /// The months a `choice` value stands for (`from:`/`before:` in situation.yaml), by value
    /// key: an answer naming a month and year ("im Februar 2025", "02/2025") picks the value
    /// whose range holds it. Empty for most slots.
    public let ranges: [String: MonthRange]

    /// The kinds of answer a slot takes; the names are those of `ASK SLOT TYPE`.
    public enum Kind: Sendable, Equatable {
        case number(min: Int, max: Int)
        case choice
        case yesno
        case text
        /// A group of yes/no slots asked together ("which of these apply?"): its values are
        /// the slot ids, and one answer fills every one of them with yes or no.
        case multi
        /// Where the person lives: a municipality of a network, answered by typing its name (or
        /// postcode), or `elsewhere`. Its values are every network's place keys; it sets the
        /// region (the network) and the Land.
        case place

        /// The type word on the wire (`ASK SLOT TYPE`): a place is typed, so it is `text`.
        public var name: String {
            switch self {
            case .number: "number"
            case .choice: "choice"
            case .yesno: "yesno"
            case .text: "text"
            case .multi: "multi"
            case .place: "text"
            }
        }
    }

    public init(id: String, kind: Kind, values: [String] = [], ranges: [String: MonthRange] = [:]) {
        self.id = id
        self.kind = kind
        self.values = kind == .yesno ? ["yes", "no"] : values
        self.ranges = ranges
    }

    /// The value whose month range holds `month`, nil when none does.
    public func value(for month: YearMonth) -> String? {
        values.first { ranges[$0]?.contains(month) == true }
    }

    /// Whether `key` is one of the values this slot can take (always false for number and
    /// text; for a multi group, whether `key` is one of its slots).
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

public import LotseWire

/// The referral slip: the partners of one referral (`REFER`, `WHY`, `INFO` lines), collected
/// until the referral is complete and then laid out as a block a person can read or show.
public struct Slip: Sendable, Equatable {
    /// One referred partner.
    public struct Entry: Sendable, Equatable {
        /// 1 for the most relevant partner.
        public var rank: Int
        /// The partner's id (`jmd-siegen`).
        public var partner: String
        /// The partner's name.
        public var name: String
        /// The `WHY` lines, in order.
        public var reasons: [String] = []
        /// `INFO` facts in the order they came, as (field, value).
        public var facts: [Fact] = []
    }

    /// One `INFO` fact.
    public struct Fact: Sendable, Equatable {
        /// Which fact it is; one a newer server added is kept and not shown.
        public var field: ProtocolValue<InfoField>
        /// The value as the server sent it.
        public var value: String
    }

    /// The partners, in the order the server ranked them.
    public private(set) var entries: [Entry] = []

    /// An empty slip.
    public init() {}

    /// Whether no partner was added yet.
    public var isEmpty: Bool { entries.isEmpty }

    /// This slip with `next` after it when `next` goes on where it ends (its first place is
    /// numbered one past this slip's last: the places `/more` shows); nil when it is a slip of
    /// its own.
    public func continued(by next: Slip) -> Slip? {
        guard let last = entries.last, let first = next.entries.first, first.rank == last.rank + 1 else { return nil }
        var whole = self
        whole.entries += next.entries
        return whole
    }

    /// Adds a slip line; returns false when `message` is no slip line.
    public mutating func add(_ message: ServerMessage) -> Bool {
        switch message {
        case .refer(let rank, let partner, let name):
            entries.append(Entry(rank: rank, partner: partner, name: name))
        case .why(let partner, let text):
            update(partner) { $0.reasons.append(text) }
        case .info(let partner, let field, let value):
            update(partner) { $0.facts.append(Fact(field: field, value: value)) }
        default:
            return false
        }
        return true
    }

    private mutating func update(_ partner: String, _ change: (inout Entry) -> Void) {
        guard let index = entries.lastIndex(where: { $0.partner == partner }) else { return }
        change(&entries[index])
    }
}

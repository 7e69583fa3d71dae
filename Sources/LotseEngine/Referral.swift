import LotseDialog

/// The partners the rules name for a situation, ranked, each with the rules that named it.
public struct Referral: Sendable {
    /// One referred partner and the rules that named it, in rule order.
    public struct Entry: Sendable {
        public let partner: Partner
        public let rules: [Rule]

        /// Whether an emergency rule named the partner.
        public var isEmergency: Bool { rules.contains(where: \.isEmergency) }
        /// The highest priority among the rules that named the partner.
        public var priority: Int { rules.lazy.map(\.priority).max() ?? 0 }
        /// Whether at least one rule is sure the partner helps (not only "may").
        public var isSure: Bool { rules.contains { $0.certainty == .sure } }
    }

    /// The partners, most relevant first.
    public let entries: [Entry]

    /// Whether an emergency rule fired.
    public var isEmergency: Bool { entries.contains(where: \.isEmergency) }

    /// Evaluates every rule over `slots` and ranks the partners they name: emergency first,
    /// then by priority, then sure before may, then in the order the rules stand.
    /// - Parameter trace: called with each rule and its value, for counselors' `TRACE`.
    public init(dialog: Dialog, slots: SlotValues, trace: ((Rule, Bool?) -> Void)? = nil) {
        // The partners in the order the rules first name them, each with its rules. A
        // referral names a handful, so they are found by a look along the list, by reference.
        var named: [(partner: Partner, rules: [Rule])] = []
        for rule in dialog.rules {
            let value = rule.condition.evaluate(slots)
            trace?(rule, value)
            guard value == true else { continue }
            for partner in dialog.partners(for: rule.role, serving: slots) {
                if let known = named.firstIndex(where: { $0.partner === partner }) {
                    if named[known].rules.last !== rule { named[known].rules.append(rule) }
                } else {
                    named.append((partner, [rule]))
                }
            }
        }
        var ranked = named.enumerated().map { order, named in
            let entry = Entry(partner: named.partner, rules: named.rules)
            return (entry: entry, key: Rank(entry, order: order))
        }
        ranked.sort { $0.key < $1.key }
        self.entries = ranked.map(\.entry)
    }

    /// An entry's place: emergency first, then higher priority, then sure before may, then
    /// the order in which the rules first named the partners. Worked out once per entry.
    private struct Rank: Comparable {
        let emergency: Bool
        let priority: Int
        let sure: Bool
        let order: Int

        init(_ entry: Entry, order: Int) {
            emergency = entry.isEmergency
            priority = entry.priority
            sure = entry.isSure
            self.order = order
        }

        static func < (a: Rank, b: Rank) -> Bool {
            if a.emergency != b.emergency { return a.emergency }
            if a.priority != b.priority { return a.priority > b.priority }
            if a.sure != b.sure { return a.sure }
            return a.order < b.order
        }
    }
}

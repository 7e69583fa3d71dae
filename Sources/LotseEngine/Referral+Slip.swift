import LotseDialog

extension Referral {
    /// The entries in the slip's order: the emergency partners; then the first other one, the
    /// place to start; then, in rank order, each partner that serves a need none before it
    /// served (the place to start counts for none) — so the goal and every need the person has get their best place before any of
    /// them gets a second; then the others in rank order. A partner serves the needs (of
    /// `needs`, the dialog's `slip-needs` the person has) that the conditions of its rules read.
    /// - Parameter needs: the need slots the person has: a yes/no slot answered yes, a choice
    ///   slot answered at all.
    public func slipOrder(needs: Set<String>) -> [Entry] {
        let emergencies = entries.prefix { $0.isEmergency }
        let others = entries.dropFirst(emergencies.count)
        guard let start = others.first, !needs.isEmpty else { return entries }
        // The emergency numbers serve their needs; the place to start walks with the person
        // through all of them and serves none in particular.
        var covered = Set<String>()
        for entry in emergencies { covered.formUnion(served(by: entry, of: needs)) }
        var first: [Entry] = []
        var later: [Entry] = []
        for entry in others.dropFirst() {
            let new = served(by: entry, of: needs).subtracting(covered)
            if new.isEmpty {
                later.append(entry)
            } else {
                first.append(entry)
                covered.formUnion(new)
            }
        }
        return Array(emergencies) + [start] + first + later
    }

    /// The needs among `needs` that the rules naming `entry` read.
    private func served(by entry: Entry, of needs: Set<String>) -> Set<String> {
        var served = Set<String>()
        for rule in entry.rules { served.formUnion(rule.condition.slots.intersection(needs)) }
        return served
    }
}

extension Condition {
    /// The ids of the slots the condition reads.
    public var slots: Set<String> {
        switch self {
        case .comparison(let slot, _, _), .membership(let slot, _): [slot.id]
        case .not(let inner): inner.slots
        case .and(let a, let b), .or(let a, let b): a.slots.union(b.slots)
        }
    }
}

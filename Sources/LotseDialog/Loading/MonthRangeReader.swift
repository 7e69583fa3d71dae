/// Reads the month range a choice value may declare in situation.yaml (`from: 2025-04`,
/// `before: 2025-04`), and checks that the ranges of one slot do not overlap.
enum MonthRangeReader {
    /// The keys a value's map may hold for its range.
    static let keys = ["from", "before"]

    /// The range of value `key` of `slot`, nil when its node declares none (or a bad one,
    /// reported at its location).
    static func read(_ node: YAMLNode, slot: String, key: String, log: inout DiagnosticLog) -> MonthRange? {
        // The label's reader already reported the map's shape and duplicate keys.
        var reported = DiagnosticLog()
        guard case .mapping = node.node,
            let map = MappingReader(node, subject: "value '\(key)' of slot '\(slot)'", log: &reported),
            keys.contains(where: map.has)
        else { return nil }
        var bounds: [YearMonth?] = []
        for bound in keys {
            guard let value = map.value(bound) else {
                bounds.append(nil)
                continue
            }
            guard let text = value.scalar, let month = YearMonth(text) else {
                log.error(
                    "'\(bound)' of value '\(key)' of slot '\(slot)' should be a month as YYYY-MM (2025-04), not '\(value.scalar ?? value.shape)'",
                    at: value.textLocation)
                return nil
            }
            bounds.append(month)
        }
        if let from = bounds[0], let before = bounds[1], before <= from {
            log.error(
                "value '\(key)' of slot '\(slot)': 'before: \(before)' should come after 'from: \(from)'",
                at: map.value("before")!.textLocation)
            return nil
        }
        return MonthRange(from: bounds[0], before: bounds[1])
    }

    /// Reports a value whose range shares a month with an earlier value's range, at the value.
    static func checkOverlaps(
        slot: String, keys: [String], ranges: [String: MonthRange], locations: [String: SourceLocation], log: inout DiagnosticLog
    ) {
        var earlier: [String] = []
        for key in keys {
            guard let range = ranges[key] else { continue }
            if let other = earlier.first(where: { ranges[$0]!.overlaps(range) }) {
                log.error(
                    "the months of value '\(key)' of slot '\(slot)' overlap those of '\(other)'; an answer like '02/2025' must pick one value",
                    at: locations[key]!)
            }
            earlier.append(key)
        }
    }
}

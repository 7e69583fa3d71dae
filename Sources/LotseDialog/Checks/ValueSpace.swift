/// The values worth trying for each slot when a check or a tool explores the decision space:
/// every value of a choice, and for a number one value from each interval that the dialog's
/// conditions tell apart (`age < 12`, `age >= 27` → 5–11, 12–26, 27–99).
public struct ValueSpace: Sendable {
    /// Slot id → the values to try, each with how to show it ("12–26").
    public let values: [String: [(value: SlotValue, label: String)]]

    public init(_ dialog: Dialog) {
        var constants: [String: Set<Int>] = [:]
        let conditions =
            dialog.rules.map(\.condition)
            + dialog.nodes.flatMap { node -> [Condition] in
                if case .branch(let cases, _) = node.kind { return cases.map(\.condition) }
                return []
            }
        for condition in conditions { Self.collectBoundaries(condition, into: &constants) }
        var values: [String: [(SlotValue, String)]] = [:]
        for slot in dialog.slots.values {
            switch slot.kind {
            case .number(let min, let max):
                values[slot.id] = Self.intervals(min: min, max: max, boundaries: constants[slot.id] ?? [])
                    .map { (.number($0.lowerBound), $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)") }
            case .choice, .yesno, .place:
                values[slot.id] = slot.values.map { (.key($0), $0) }
            case .text, .multi:
                values[slot.id] = []
            }
        }
        self.values = values
    }

    /// Whether `condition` is true for some combination of the values of the slots it reads,
    /// with the slots in `fixed` held at their given values.
    public func canBeTrue(_ condition: Condition, fixed: [String: SlotValue] = [:]) -> Bool {
        let free = condition.slots.subtracting(fixed.keys).sorted()
        var assignment = fixed
        func search(_ index: Int) -> Bool {
            if index == free.count { return condition.evaluate(assignment) == true }
            let options = values[free[index]] ?? []
            // A slot with no values to try (free text) stays unknown.
            if options.isEmpty { return search(index + 1) }
            for (value, _) in options {
                assignment[free[index]] = value
                if search(index + 1) { return true }
            }
            assignment[free[index]] = nil
            return false
        }
        return search(0)
    }

    /// The first numbers of new intervals: `x < c` and `x >= c` split at c, `x <= c` and `x > c` at c + 1.
    static func collectBoundaries(_ condition: Condition, into constants: inout [String: Set<Int>]) {
        switch condition {
        case .comparison(let slot, let op, .number(let c)):
            switch op {
            case .less, .greaterOrEqual: constants[slot.id, default: []].insert(c)
            case .lessOrEqual, .greater: constants[slot.id, default: []].insert(c + 1)
            case .equal, .notEqual: constants[slot.id, default: []].formUnion([c, c + 1])
            }
        case .membership(let slot, let list):
            for case .number(let c) in list { constants[slot.id, default: []].formUnion([c, c + 1]) }
        case .not(let inner):
            collectBoundaries(inner, into: &constants)
        case .and(let a, let b), .or(let a, let b):
            collectBoundaries(a, into: &constants)
            collectBoundaries(b, into: &constants)
        case .comparison:
            break
        }
    }

    /// `min...max` cut at each boundary inside it.
    static func intervals(min: Int, max: Int, boundaries: Set<Int>) -> [ClosedRange<Int>] {
        let cuts = boundaries.filter { $0 > min && $0 <= max }.sorted()
        var result: [ClosedRange<Int>] = []
        var lower = min
        for cut in cuts {
            result.append(lower...(cut - 1))
            lower = cut
        }
        result.append(lower...max)
        return result
    }
}

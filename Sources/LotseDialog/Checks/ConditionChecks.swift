/// Branch cases on a number that leave values uncovered, or that an earlier case always takes first.
enum NumericGaps {
    static func check(_ dialog: Dialog) -> [Diagnostic] {
        let space = ValueSpace(dialog)
        var findings: [Diagnostic] = []
        for node in dialog.nodes {
            guard case .branch(let cases, let otherwise) = node.kind, !cases.isEmpty else { continue }
            let slots = cases.reduce(into: Set<String>()) { $0.formUnion($1.condition.slots) }
            guard slots.count == 1, let slot = slots.first, case .number = dialog.slots[slot]?.kind,
                let values = space.values[slot]
            else { continue }
            let taken = values.map { value in cases.firstIndex { $0.condition.evaluate([slot: value.value]) == true } }
            if otherwise == nil {
                let gaps = zip(values, taken).filter { $1 == nil }.map(\.0.label)
                if !gaps.isEmpty {
                    findings.append(
                        .warning(
                            "branch '\(node.id)' covers no case for \(slot) \(gaps.joined(separator: ", ")); add a case or an 'else'",
                            at: node.location))
                }
            }
            for (position, branch) in cases.enumerated() where !taken.contains(position) {
                findings.append(
                    .warning(
                        "case '\(branch.source)' of branch '\(node.id)' is never taken: earlier cases catch every \(slot) it matches",
                        at: branch.location))
            }
        }
        return findings
    }
}

/// Rule and branch conditions that no situation can make true.
enum ImpossibleConditions {
    static func check(_ dialog: Dialog) -> [Diagnostic] {
        let space = ValueSpace(dialog)
        var findings: [Diagnostic] = []
        for rule in dialog.rules where !space.canBeTrue(rule.condition) {
            findings.append(.warning("rule '\(rule.id)' can never fire: '\(rule.conditionSource)' is never true", at: rule.location))
        }
        for node in dialog.nodes {
            guard case .branch(let cases, _) = node.kind else { continue }
            for branch in cases where !space.canBeTrue(branch.condition) {
                findings.append(.warning("case '\(branch.source)' of branch '\(node.id)' is never true", at: branch.location))
            }
        }
        return findings
    }
}

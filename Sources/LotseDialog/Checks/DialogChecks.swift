import Foundation

/// The checks `lotse check` runs on a loaded dialog beyond what loading itself reports: the
/// whole decision space, so that no one meets a defect in use. Each check is one function.
public enum DialogChecks {
    /// A check: what it finds in a dialog.
    public typealias Check = @Sendable (Dialog) -> [Diagnostic]

    /// Every check, in the order their findings are most useful to read.
    public static let all: [Check] = [
        UnreachableNodes.check, DeadEnds.check, NumericGaps.check, ImpossibleConditions.check,
        UnfilledRoles.check, UnreachablePartners.check, NetworkRoles.check, CoreConditionsByNetwork.check, LabelCollisions.check,
        { StaleEntries.check($0, today: Date()) }, { StaleMayRules.check($0, today: Date()) }, PlainLanguage.check,
    ]

    /// The findings of every check, sorted by place.
    public static func run(_ dialog: Dialog) -> [Diagnostic] {
        all.flatMap { $0(dialog) }.sorted { $0.location < $1.location }
    }
}

/// Nodes no path from the start reaches.
enum UnreachableNodes {
    static func check(_ dialog: Dialog) -> [Diagnostic] {
        let reachable = dialog.reachableNodes
        return dialog.nodes.indices.filter { !reachable.contains($0) }.map {
            .warning(
                "node '\(dialog.nodes[$0].id)' is never reached from the start; link it with next/goto/branch or remove it",
                at: dialog.nodes[$0].location)
        }
    }
}

/// Nodes from which no `end` can be reached: the person would be stuck.
enum DeadEnds {
    static func check(_ dialog: Dialog) -> [Diagnostic] {
        var reachesEnd = Set(dialog.nodes.indices.filter { if case .end = dialog.nodes[$0].kind { true } else { false } })
        var changed = true
        while changed {
            changed = false
            for index in dialog.nodes.indices where !reachesEnd.contains(index) {
                if dialog.edges(from: index).contains(where: { reachesEnd.contains($0.target) }) {
                    reachesEnd.insert(index)
                    changed = true
                }
            }
        }
        let reachable = dialog.reachableNodes
        return dialog.nodes.indices.filter { reachable.contains($0) && !reachesEnd.contains($0) }.map {
            .error(
                "from node '\(dialog.nodes[$0].id)' no path leads to an end; the dialog would loop forever — add a way to an 'end' node",
                at: dialog.nodes[$0].location)
        }
    }
}

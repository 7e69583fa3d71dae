public import LotseDialog
public import LotseEngine
import Synchronization

/// What transcripts exercised of a dialog: nodes visited, branch edges taken, rules that
/// fired, partners referred — and so what they miss.
public struct Coverage: Sendable {
    public private(set) var nodes: Set<Int> = []
    /// Branch edges taken: (branch node, target node).
    public private(set) var branches: Set<[Int]> = []
    public private(set) var rules: Set<String> = []
    public private(set) var partners: Set<String> = []

    public init() {}

    /// Takes in what a session has done so far.
    mutating func record(_ session: Session) {
        nodes.formUnion(session.path)
        for (from, to) in zip(session.path, session.path.dropFirst()) {
            if case .branch = session.dialog.nodes[from].kind { branches.insert([from, to]) }
        }
        guard let referral = session.referral else { return }
        partners.formUnion(referral.entries.map(\.partner.id))
        rules.formUnion(referral.entries.flatMap(\.rules).map(\.id))
    }

    /// One line of the report: what was covered of how many, and what was missed.
    public struct Measure: Sendable {
        public let name: String
        public let covered: Int
        public let total: Int
        public let missed: [String]

        public var percent: Double { total == 0 ? 100 : Double(covered) * 100 / Double(total) }
    }

    /// Nodes, branch edges, rules and partners of `dialog`, each measured.
    public func measures(of dialog: Dialog) -> [Measure] {
        let allBranches = dialog.nodes.indices.flatMap { index -> [[Int]] in
            guard case .branch = dialog.nodes[index].kind else { return [] }
            return dialog.edges(from: index).map { [index, $0.target] }
        }
        func measure(_ name: String, _ all: [String], _ isCovered: (String) -> Bool) -> Measure {
            let missed = all.filter { !isCovered($0) }
            return Measure(name: name, covered: all.count - missed.count, total: all.count, missed: missed)
        }
        let branchNames = allBranches.map { "\(dialog.nodes[$0[0]].id) → \(dialog.nodes[$0[1]].id)" }
        let takenBranches = Set(zip(branchNames, allBranches).filter { branches.contains($0.1) }.map(\.0))
        return [
            measure("nodes", dialog.nodes.indices.map { dialog.nodes[$0].id }) { dialog.nodeIndex[$0].map(nodes.contains) ?? false },
            measure("branches", branchNames, takenBranches.contains),
            measure("rules", dialog.rules.map(\.id), rules.contains),
            measure("partners", dialog.partners.map(\.id), partners.contains),
        ]
    }

    /// All four together: what share of everything the transcripts exercised.
    public func percent(of dialog: Dialog) -> Double {
        let all = measures(of: dialog)
        let total = all.map(\.total).reduce(0, +)
        return total == 0 ? 100 : Double(all.map(\.covered).reduce(0, +)) * 100 / Double(total)
    }
}

/// Collects the coverage of many transcript runs, which may run concurrently.
public final class CoverageRecorder: Sendable {
    private let state = Mutex(Coverage())

    public init() {}

    func record(_ session: Session) {
        state.withLock { $0.record(session) }
    }

    /// What was exercised so far.
    public var coverage: Coverage { state.withLock { $0 } }
}

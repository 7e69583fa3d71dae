extension Dialog {
    /// An edge of the flow graph: where a node can go, and the condition on the way (if any).
    public struct Edge: Sendable {
        public let target: Int
        /// The branch condition as written, `else`, or nil for an unconditional step.
        public let label: String?
    }

    /// The nodes node `index` can lead to.
    public func edges(from index: Int) -> [Edge] {
        let node = nodes[index]
        switch node.kind {
        case .say, .ask, .refer:
            return node.next.map { [Edge(target: $0, label: nil)] } ?? []
        case .branch(let cases, let otherwise):
            var edges = cases.map { Edge(target: $0.target, label: $0.source) }
            if let fallback = otherwise ?? node.next { edges.append(Edge(target: fallback, label: "else")) }
            return edges
        case .goto(let target):
            return [Edge(target: target, label: nil)]
        case .end:
            return []
        }
    }

    /// The nodes reachable from the start, by the graph alone (conditions not evaluated).
    public var reachableNodes: Set<Int> {
        var seen: Set<Int> = [start]
        var stack = [start]
        while let index = stack.popLast() {
            for edge in edges(from: index) where seen.insert(edge.target).inserted {
                stack.append(edge.target)
            }
        }
        return seen
    }
}

import Foundation

/// The flows drawn as a graph, for Graphviz (`dot`) or Mermaid: questions, referrals and ends
/// in their own shapes, branch conditions on the edges.
public enum FlowGraph {
    /// Graphviz DOT; `lotse graph --format dot | dot -Tsvg > flows.svg` renders it.
    public static func dot(_ dialog: Dialog) -> String {
        var lines = [
            "digraph lotse {", "  rankdir=TB;", "  node [fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        for flow in dialog.flows.keys.sorted() {
            lines.append("  subgraph \"cluster_\(flow)\" {")
            lines.append("    label=\"\(flow)\"; style=dashed;")
            for node in dialog.nodes where node.flow == flow {
                lines.append("    \"\(node.id)\" [label=\"\(escape(label(node, dialog)))\", \(dotShape(node))];")
            }
            lines.append("  }")
        }
        for (index, node) in dialog.nodes.enumerated() {
            for edge in dialog.edges(from: index) {
                let label = edge.label.map { " [label=\"\(escape($0))\"]" } ?? ""
                lines.append("  \"\(node.id)\" -> \"\(dialog.nodes[edge.target].id)\"\(label);")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// A Mermaid flowchart (renders in Markdown on many code hosts).
    public static func mermaid(_ dialog: Dialog) -> String {
        var lines = ["flowchart TD"]
        for node in dialog.nodes {
            let text = mermaidEscape(label(node, dialog))
            let id = mermaidID(node.id)
            switch node.kind {
            case .ask: lines.append("  \(id)[/\"\(text)\"/]")
            case .branch: lines.append("  \(id){\"\(text)\"}")
            case .refer: lines.append("  \(id)[[\"\(text)\"]]")
            case .end: lines.append("  \(id)([\"\(text)\"])")
            case .say, .goto: lines.append("  \(id)[\"\(text)\"]")
            }
        }
        for (index, node) in dialog.nodes.enumerated() {
            for edge in dialog.edges(from: index) {
                let label = edge.label.map { "|\"\(mermaidEscape($0))\"|" } ?? ""
                lines.append("  \(mermaidID(node.id)) -->\(label) \(mermaidID(dialog.nodes[edge.target].id))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// What a node shows: its id and kind, and for a question the slot it fills.
    private static func label(_ node: FlowNode, _ dialog: Dialog) -> String {
        switch node.kind {
        case .ask(let question): "\(node.id)\nask \(question.slot)"
        case .branch: "\(node.id)\nbranch"
        case .refer: "\(node.id)\nrefer"
        case .end(let outcome, _): "\(node.id)\nend \(outcome.rawValue)"
        case .say: "\(node.id)\nsay"
        case .goto: "\(node.id)\ngoto"
        }
    }

    private static func dotShape(_ node: FlowNode) -> String {
        switch node.kind {
        case .ask: "shape=parallelogram, style=filled, fillcolor=\"#dbeafe\""
        case .branch: "shape=diamond"
        case .refer: "shape=box, style=\"filled,bold\", fillcolor=\"#dcfce7\""
        case .end: "shape=doublecircle, style=filled, fillcolor=\"#fee2e2\""
        case .say, .goto: "shape=box"
        }
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    private static func mermaidEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "\n", with: "<br/>")
    }

    private static func mermaidID(_ id: String) -> String {
        "n_" + id.replacingOccurrences(of: "-", with: "_")
    }
}

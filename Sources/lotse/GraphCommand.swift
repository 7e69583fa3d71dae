import ArgumentParser
import LotseDialog

/// `lotse graph`: the flows as a Graphviz or Mermaid graph.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the flows as a graph: Graphviz DOT or Mermaid.",
        discussion: """
            Questions, branches, referrals and ends have their own shapes; branch conditions \
            stand on the edges. Render with: lotse graph | dot -Tsvg > flows.svg
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, mermaid
    }

    @OptionGroup var dialogs: DialogsOption

    @Option(help: "dot (Graphviz) or mermaid.")
    var format: Format = .dot

    func run() throws {
        let dialog = try DialogLoader.load(directory: dialogs.directory)
        print(format == .dot ? FlowGraph.dot(dialog) : FlowGraph.mermaid(dialog))
    }
}

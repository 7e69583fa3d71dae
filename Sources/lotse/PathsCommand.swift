import ArgumentParser
import Foundation
import LotseDialog
import LotseEngine

/// `lotse paths`: every situation the flows can produce and the partners each one gets.
struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "List every situation the flows can produce and the partners it gets, ranked.",
        discussion: """
            Each question is answered with every value the rules and branches tell apart \
            (values no condition distinguishes are shown together, like eu|german; ages as \
            ranges like 12–26). Situations that end with no referral are listed at the end. \
            Use it to review the rules without reading YAML.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv
    }

    @OptionGroup var dialogs: DialogsOption

    @Option(help: "table (for reading) or csv (for a spreadsheet, written as found).")
    var format: Format = .table

    @Option(help: "Only the places of this network (its folder name under networks/).")
    var network: String?

    func run() throws {
        printSituations(of: try DialogLoader.load(directory: dialogs.directory, networks: network.map { [$0] }))
    }

    /// Every situation with its partners, as a table or CSV. CSV rows are written as they are
    /// found, so memory stays flat however many situations there are; the table needs every
    /// row to align its columns.
    private func printSituations(of dialog: Dialog) {
        let explorer = SituationExplorer(dialog: dialog, network: network)
        // The columns: every slot a question of the flows asks, in the situation's order.
        let asked = Set(
            dialog.nodes.compactMap { node -> String? in if case .ask(let question) = node.kind { question.slot } else { nil } })
        let slots = dialog.slotOrder.filter(asked.contains)
        let header = slots + ["outcome", "partners"]
        func row(_ situation: SituationExplorer.Situation) -> [String] {
            slots.map { slot in situation.answers.last { $0.slot == slot }?.label ?? "" }
                + [situation.outcome.rawValue, situation.partners.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: ", ")]
        }
        switch format {
        case .csv:
            print(CSV.line(header))
            explorer.forEachSituation { print(CSV.line(row($0))) }
        case .table:
            let situations = explorer.situations()
            print(TextTable.render(header: header, rows: situations.map(row)))
            let none = situations.filter { $0.partners.isEmpty }
            print("\n\(situations.count) situations, \(none.count) with no referral")
            for situation in none {
                print("  no referral: " + situation.answers.map { "\($0.slot)=\($0.label)" }.joined(separator: " "))
            }
        }
    }
}

/// Comma-separated values with quoting where a field needs it (RFC 4180).
enum CSV {
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}

/// A plain text table with aligned columns.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n")
    }
}

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
        /// The rules by region as Markdown, for counselors (docs/review.md).
        case review
    }

    @OptionGroup var dialogs: DialogsOption

    @Option(help: "table (for reading), csv (for a spreadsheet), or review (the rules by region, Markdown).")
    var format: Format = .table

    func run() throws {
        let dialog = try DialogLoader.load(directory: dialogs.directory)
        if format == .review {
            print(ReviewTable.render(dialog))
        } else {
            printSituations(of: dialog)
        }
    }

    /// Every situation with its partners, as a table or CSV.
    private func printSituations(of dialog: Dialog) {
        let situations = SituationExplorer(dialog: dialog).situations()
        let slots = dialog.slotOrder.filter { slot in situations.contains { $0.answers.contains { $0.slot == slot } } }
        let header = slots + ["outcome", "partners"]
        let rows = situations.map { situation in
            slots.map { slot in situation.answers.last { $0.slot == slot }?.label ?? "" }
                + [situation.outcome.rawValue, situation.partners.enumerated().map { "\($0 + 1) \($1)" }.joined(separator: ", ")]
        }
        switch format {
        case .csv:
            print(CSV.line(header))
            rows.forEach { print(CSV.line($0)) }
        case .table, .review:
            print(TextTable.render(header: header, rows: rows))
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

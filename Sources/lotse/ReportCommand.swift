import ArgumentParser
import Foundation
import LotseDialog
import LotseStats

/// `lotse report`: the network meeting's table or bar chart from `lotsed --stats FILE`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show the anonymous daily counts of lotsed --stats for a period: a table, CSV, or an SVG bar chart.",
        discussion: """
            Sums the days from --from to --to (both included; default: every day in the file): \
            sessions, how they ended, their languages and regions, and the referrals per partner. \
            Counts under 5 are shown as "< 5" (and get no bar). Partner names come from the \
            Dialogs when they load. What is stored and why it is not personal data: docs/privacy.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, svg
    }

    @Option(help: ArgumentHelp("The statistics file lotsed --stats wrote.", valueName: "file"))
    var stats: String

    @Option(help: ArgumentHelp("The first day (YYYY-MM-DD).", valueName: "date"), transform: Self.day)
    var from: StatsDay?

    @Option(help: ArgumentHelp("The last day (YYYY-MM-DD).", valueName: "date"), transform: Self.day)
    var to: StatsDay?

    @Option(help: "table (for reading), csv (for a spreadsheet), or svg (a bar chart to project).")
    var format: Format = .table

    @OptionGroup var dialogs: DialogsOption

    func validate() throws {
        if let from, let to, to < from { throw ValidationError("--to (\(to)) is before --from (\(from))") }
    }

    func run() throws {
        let file: StatsFile
        let counts: [DailyCount]
        do {
            file = try StatsFile(readingOnly: stats)
            counts = try file.counts(from: from, to: to)
        } catch {
            FileHandle.standardError.write(Data("lotse: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let report = StatsReport(counts, from: from, to: to)
        let labels = self.labels()
        switch format {
        case .table: print(ReportTable.text(report, labels: labels), terminator: "")
        case .csv: print(ReportCSV.text(report, labels: labels), terminator: "")
        case .svg: print(ReportSVG.text(report, labels: labels), terminator: "")
        }
    }

    /// The partners' and languages' names from the Dialogs; the ids alone (with a note) when
    /// they do not load.
    private func labels() -> ReportLabels {
        do {
            let dialog = try DialogLoader.load(directory: dialogs.directory)
            return ReportLabels(
                partnerNames: Dictionary(dialog.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
                languageNames: Dictionary(dialog.languages.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first }))
        } catch {
            FileHandle.standardError.write(Data("lotse: names left out: the Dialogs in \(dialogs.directory) do not load\n".utf8))
            return ReportLabels()
        }
    }

    private static func day(_ text: String) throws -> StatsDay {
        guard let day = StatsDay(text) else { throw ValidationError("'\(text)' is not a day; write YYYY-MM-DD, e.g. 2026-11-01") }
        return day
    }
}

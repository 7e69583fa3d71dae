import Foundation
import LotseStats
import Testing

/// `lotse report` on a month of counts, as the network's coordinator runs it before a meeting.
@Suite struct ReportCommandTests {
    /// November 2026 in a statistics file: 3 sessions a day, two in Ukrainian referred to the
    /// JMD Lichtenfels, one in German that ended early; and one emergency on 10 November.
    static func filledFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-report-\(UUID().uuidString).sqlite").path
        let file = try StatsFile(path: path)
        var tallies: [SessionTally] = []
        for day in 1...30 {
            let date = StatsDay(String(format: "2026-11-%02d", day))!
            for _ in 1...2 {
                tallies.append(
                    SessionTally(day: date, language: "uk", outcome: "referred", region: "lichtenfels", partners: ["jmd-lichtenfels"]))
            }
            tallies.append(SessionTally(day: date, language: "de", outcome: SessionTally.unfinished, region: nil, partners: []))
        }
        tallies.append(
            SessionTally(
                day: StatsDay("2026-11-10")!, language: "de", outcome: "emergency", region: "lichtenfels",
                partners: ["nummer-gegen-kummer"]))
        try file.add(tallies)
        return path
    }

    @Test func theTableSumsTheMonthWithNamesAndHidesSmallCounts() async throws {
        let path = try Self.filledFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try await CommandRunner.lotse("report", "--stats", path)
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Lotse – Zahlen für das Netzwerk, 2026-11-01 bis 2026-11-30")
        #expect(lines.contains("     91  Gespräche insgesamt"))
        #expect(lines.contains { $0.hasPrefix("     60  Jugendmigrationsdienst Lichtenfels") && $0.hasSuffix("(jmd-lichtenfels)") })
        #expect(lines.contains("    < 5  Notfall"))
        #expect(lines.contains("     60  Українська (uk)"))
        #expect(lines.contains("     31  Deutsch (de)"))
    }

    @Test func aPeriodCsvAndSvgComeFromTheSameCounts() async throws {
        let path = try Self.filledFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let week = try await CommandRunner.lotse("report", "--stats", path, "--from", "2026-11-09", "--to", "2026-11-15", "--format", "csv")
        #expect(week.status == 0, "\(week.output)")
        #expect(week.output.contains("2026-11-09,2026-11-15,sessions,,Gespräche insgesamt,22\r\n"))
        #expect(week.output.contains("2026-11-09,2026-11-15,outcome,emergency,Notfall,< 5\r\n"))
        let svg = try await CommandRunner.lotse("report", "--stats", path, "--format", "svg")
        #expect(svg.status == 0)
        #expect(svg.output.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.output.contains(">60</text>"))
    }

    @Test func badDaysAndMissingFilesAreRefusedClearly() async throws {
        let missing = try await CommandRunner.lotse("report", "--stats", "/nonexistent/stats.sqlite")
        #expect(missing.status == 1)
        #expect(missing.output.contains("lotse: /nonexistent/stats.sqlite: no such statistics file"))
        let backwards = try await CommandRunner.lotse("report", "--stats", "x", "--from", "2026-11-10", "--to", "2026-11-01")
        #expect(backwards.status != 0)
        #expect(backwards.output.contains("--to (2026-11-01) is before --from (2026-11-10)"))
        let notADay = try await CommandRunner.lotse("report", "--stats", "x", "--from", "10.11.2026")
        #expect(notADay.status != 0)
        #expect(notADay.output.contains("'10.11.2026' is not a day; write YYYY-MM-DD"))
    }
}

import Foundation
import LotseStats
import Testing

/// The SQLite file: counts add up per day and key, the file is its owner's only, and a file
/// that is missing or not a statistics file is refused by name.
@Suite struct StatsFileTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-stats-\(UUID().uuidString).sqlite").path
    let day = StatsDay("2026-11-03")!

    @Test func tallyCountsAddUpPerDayAndKey() async throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try StatsFile(path: path)
        try await file.add(
            SessionTally(
                day: day, language: "uk", outcome: "referred", region: "lichtenfels",
                partners: ["jmd-lichtenfels", "jobcenter-lichtenfels", "jmd-lichtenfels"]))
        try await file.add(SessionTally(day: day, language: "de", outcome: "unfinished", region: nil, partners: []))
        try file.add([
            SessionTally(
                day: StatsDay("2026-11-04")!, language: "uk", outcome: "referred", region: "lichtenfels",
                partners: ["jmd-lichtenfels"])
        ])
        let counts = try StatsFile(readingOnly: path).counts()
        let third = Dictionary(uniqueKeysWithValues: counts.filter { $0.day == day }.map { ($0.key, $0.count) })
        #expect(
            third == [
                StatsKey(.sessions, ""): 2, StatsKey(.outcome, "referred"): 1, StatsKey(.outcome, "unfinished"): 1,
                StatsKey(.language, "uk"): 1, StatsKey(.language, "de"): 1, StatsKey(.region, "lichtenfels"): 1,
                StatsKey(.partner, "jmd-lichtenfels"): 1, StatsKey(.partner, "jobcenter-lichtenfels"): 1,
            ])
        #expect(try file.counts(from: StatsDay("2026-11-04")).allSatisfy { $0.day == StatsDay("2026-11-04")! })
        #expect(try file.counts(to: day).count == third.count)
    }

    @Test func aNewFileIsReadableByItsOwnerOnly() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try StatsFile(path: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func readingAMissingFileOrAnotherDatabaseFailsByName() throws {
        #expect(throws: StatsError.missing(path: path)) { try StatsFile(readingOnly: path) }
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("this is not SQLite at all, only text that is long enough to look like a header".utf8)
            .write(to: URL(fileURLWithPath: path))
        do {
            _ = try StatsFile(readingOnly: path)
            Issue.record("a text file was read as statistics")
        } catch {
            #expect(error.description.hasPrefix("\(path): cannot open the statistics file:"), "\(error)")
        }
    }

    @Test func aDirectoryThatDoesNotExistIsACleanError() {
        let nowhere = "/nonexistent-\(UUID().uuidString)/stats.sqlite"
        do {
            _ = try StatsFile(path: nowhere)
            Issue.record("a file was opened where no directory is")
        } catch {
            #expect(error.description.hasPrefix("\(nowhere): cannot open the statistics file:"))
        }
    }
}

import Foundation
import LotseStats
import Testing

@Suite struct StatsDayTests {
    @Test func readsAndWritesIsoDays() {
        #expect(StatsDay("2026-12-02")?.description == "2026-12-02")
        #expect(StatsDay("2028-02-29") != nil)
        for bad in ["2026-02-29", "2026-13-01", "2026-1-01", "02.12.2026", "", "2026-12-02x", "2026-00-10", "2026-04-31"] {
            #expect(StatsDay(bad) == nil, "\(bad)")
        }
    }

    @Test func orderIsTheCalendarsOrder() {
        #expect(StatsDay("2026-11-30")! < StatsDay("2026-12-01")!)
        #expect(StatsDay("2025-12-31")! < StatsDay("2026-01-01")!)
    }

    @Test func aDateFallsOnItsDayInTheTimeZone() throws {
        // 2026-12-01 23:30 UTC is already 2 December in Berlin (UTC+1).
        let date = Date(timeIntervalSince1970: 1_796_167_800)
        #expect(StatsDay(date, in: TimeZone(identifier: "UTC")!).description == "2026-12-01")
        #expect(StatsDay(date, in: TimeZone(identifier: "Europe/Berlin")!).description == "2026-12-02")
    }
}

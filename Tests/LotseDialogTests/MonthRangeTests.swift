import LotseTestSupport
import Testing

@testable import LotseDialog

/// A choice value's month range (`from:`/`before:` in situation.yaml): read, and refused at its
/// FILE:LINE:COLUMN when it is no month, empty, or shares months with another value's.
@Suite struct MonthRangeTests {
    private func errors(_ fixture: FixtureCopy, _ fragment: String) -> [String] {
        do {
            _ = try DialogLoader.load(directory: fixture.path)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error && $0.message.contains(fragment) }
                .map { String($0.location.description.dropFirst(fixture.path.count + 1)) }
        }
    }

    /// The fixture with an `arrival` slot whose two values carry `first` and `second` as their
    /// range lines (situation.yaml lines 37 to 44).
    private func arrival(_ first: String, _ second: String) throws -> FixtureCopy {
        let fixture = try FixtureCopy()
        try fixture.append(
            """
              arrival:
                type: choice
                values:
                  early:
                    label: Früher
                    \(first)
                  late:
                    label: Später
                    \(second)
            """, to: "situation.yaml")
        return fixture
    }

    @Test func rangesAreRead() throws {
        let fixture = try arrival("before: 2025-04", "from: 2025-04")
        let slot = try #require(try DialogLoader.load(directory: fixture.path).slots["arrival"])
        #expect(slot.ranges["early"] == MonthRange(from: nil, before: YearMonth(year: 2025, month: 4)))
        #expect(slot.value(for: YearMonth(year: 2025, month: 3)!) == "early")
        #expect(slot.value(for: YearMonth(year: 2025, month: 4)!) == "late")
        #expect(slot.value(for: YearMonth(year: 2019, month: 12)!) == "early")
    }

    @Test func aBoundIsAMonth() throws {
        let fixture = try arrival("before: April 2025", "from: 2025-13")
        #expect(errors(fixture, "'before' of value 'early' of slot 'arrival' should be a month as YYYY-MM") == ["situation.yaml:39:17"])
        #expect(
            errors(fixture, "'from' of value 'late' of slot 'arrival' should be a month as YYYY-MM (2025-04), not '2025-13'") == [
                "situation.yaml:42:15"
            ])
    }

    @Test func aRangeEndsAfterItStarts() throws {
        let fixture = try arrival("before: 2025-04", "from: 2025-06\n        before: 2025-06")
        #expect(errors(fixture, "'before: 2025-06' should come after 'from: 2025-06'") == ["situation.yaml:43:17"])
    }

    @Test func rangesDoNotOverlap() throws {
        let fixture = try arrival("before: 2025-05", "from: 2025-04")
        #expect(errors(fixture, "the months of value 'late' of slot 'arrival' overlap those of 'early'") == ["situation.yaml:40:7"])
    }

    @Test func onlyAChoiceValueHasARange() throws {
        let fixture = try FixtureCopy()
        try fixture.append(
            """
              needs:
                type: multi
                values:
                  money:
                    label: Ich brauche Geld
                    from: 2025-04
            """, to: "situation.yaml")
        #expect(errors(fixture, "unknown key 'from' in text 'needs.money'") == ["situation.yaml:39:9"])
    }
}

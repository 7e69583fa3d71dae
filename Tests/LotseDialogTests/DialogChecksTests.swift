import Foundation
import LotseTestSupport
import Testing

@testable import LotseDialog

/// Each check of `lotse check` fires on a fixture with the defect it looks for, at its line,
/// and stays quiet on the fixture without it.
@Suite struct DialogChecksTests {
    func findings(_ fixture: FixtureCopy) throws -> [Diagnostic] {
        DialogChecks.run(try DialogLoader.load(directory: fixture.path))
    }

    @Test func unreachableNodeIsReported() throws {
        let fixture = try FixtureCopy()
        try fixture.append(
            """
              - id: orphan
                say: Niemand kommt hierher.
                next: done
            """, to: "flows/main.yaml")
        let found = try findings(fixture).filter { $0.message.contains("'orphan' is never reached") }
        #expect(found.count == 1)
        #expect(found.first?.location.line == 42)
    }

    @Test func deadEndIsAnError() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            """
              - id: done
                end: auto
                text: Alles Gute!
            """,
            with: """
                  - id: done
                    say: Alles Gute!
                    next: referral
                """, in: "flows/main.yaml")
        let dead = try findings(fixture).filter { $0.severity == .error && $0.message.contains("no path leads to an end") }
        #expect(dead.map(\.location.line).contains(39))
    }

    @Test func numericGapIsReported() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            """
              - id: ask-region
            """,
            with: """
                  - id: age-split
                    branch:
                      - when: age >= 12 and age <= 17
                        goto: ask-region
                      - when: age >= 19 and age <= 26
                        goto: ask-region
                      - when: age < 12 or age > 26
                        goto: ask-region
                  - id: ask-region
                """, in: "flows/main.yaml")
        let gaps = try findings(fixture).filter { $0.message.contains("covers no case for age") }
        #expect(gaps.count == 1)
        #expect(gaps.first?.message.contains("age 18") == true)
    }

    @Test func shadowedCaseIsReported() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            """
              - id: ask-region
            """,
            with: """
                  - id: age-split
                    branch:
                      - when: age < 27
                        goto: ask-region
                      - when: age < 18
                        goto: ask-region
                      - else: ask-region
                  - id: ask-region
                """, in: "flows/main.yaml")
        #expect(try findings(fixture).contains { $0.message.contains("'age < 18' of branch 'age-split' is never taken") })
    }

    @Test func impossibleRuleIsReported() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("when: age >= 12 and age < 27", with: "when: age > 30 and age < 20", in: "rules.yaml")
        let found = try findings(fixture).filter { $0.message.contains("rule 'young' can never fire") }
        #expect(found.first?.location.line == 10)
    }

    @Test func roleWithoutPartnerInARegionIsReported() throws {
        let fixture = try FixtureCopy()
        // The bare fixture already lacks a 'youth' partner for someone no network serves.
        let found = try findings(fixture).filter { $0.message.contains("no partner has the role 'youth'") }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("the nationwide path") == true)
        try fixture.append(
            """
              - id: youth-everywhere
                name: Jugendberatung überall
                scope: nationwide
                roles: [youth]
                verified: 2026-11-20
            """, to: "partners/nationwide.yaml")
        #expect(try findings(fixture).allSatisfy { !$0.message.contains("no partner has the role 'youth'") })
    }

    @Test func unreachablePartnerIsReported() throws {
        let fixture = try FixtureCopy()
        try fixture.append(
            """
              - id: lonely
                name: Niemandes Stelle
                roles: [nobody-refers-this]
                verified: 2026-11-20
            """, to: "networks/nord/partners.yaml")
        try fixture.append("  nobody-refers-this: eine Rolle, die keine Regel nennt\n", to: "roles.yaml")
        #expect(try findings(fixture).contains { $0.message.contains("no rule can refer partner 'lonely'") })
    }

    @Test func labelCollisionIsReported() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            "region.sued: { text: \"South\", source: 9866553c }",
            with: "region.sued: { text: South, synonyms: [northtown], source: 9866553c }", in: "texts/en.yaml")
        let found = try findings(fixture).filter { $0.message.contains("'northtown' answers both") }
        #expect(found.count == 1)
        #expect(found.first?.location.file.hasSuffix("texts/en.yaml") == true)
    }

    @Test func oldVerificationDateIsReported() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            "verified: 2026-11-20\n  - id: jobs-nord", with: "verified: 2019-01-01\n  - id: jobs-nord",
            in: "networks/nord/partners.yaml")
        let dialog = try DialogLoader.load(directory: fixture.path)
        let today = ISO8601DateFormatter().date(from: "2026-11-25T00:00:00Z")!
        let found = StaleEntries.check(dialog, today: today)
        #expect(found.map(\.message).contains { $0.contains("'youth-nord' was last verified on 2019-01-01") })
        #expect(found.count == 1)
    }

    /// The fixture's `may` rule (money-maybe) and its `sure` rules were all reviewed on 2026-11-20.
    @Test(arguments: [("2027-02-20T00:00:00Z", 0), ("2027-02-21T00:00:00Z", 1), ("2028-01-01T00:00:00Z", 1)])
    func aMayRuleIsDueAfterThreeMonths(_ day: String, _ expected: Int) throws {
        let fixture = try FixtureCopy()
        let dialog = try DialogLoader.load(directory: fixture.path)
        let today = ISO8601DateFormatter().date(from: day)!
        let found = StaleMayRules.check(dialog, today: today)
        #expect(found.count == expected, "\(found)")
        if let finding = found.first {
            #expect(finding.severity == .warning)
            #expect(
                finding.message.hasPrefix("rule 'money-maybe' says 'may' (planned or not confirmed) and was last reviewed on 2026-11-20"))
            #expect(finding.location.file.hasSuffix("rules.yaml") && finding.location.line == 31)
        }
        // Over a year, the sure rules are stale too; the may rule is not reported twice.
        let stale = StaleEntries.check(dialog, today: today).map(\.message)
        #expect(!stale.contains { $0.contains("'money-maybe'") })
    }

    @Test func cleanFixtureHasOnlyTheKnownFinding() throws {
        let found = try findings(try FixtureCopy())
        #expect(found.count == 1, "\(found)")
    }
}

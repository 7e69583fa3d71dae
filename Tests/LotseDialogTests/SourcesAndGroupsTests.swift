import Foundation
import LotseTestSupport
import Testing

@testable import LotseDialog

/// Facts name their sources, multi questions group yes/no slots, partners may serve part of a
/// region, and the slip has a limit: each defect is reported where it stands.
extension LoaderDiagnosticsTests {
    /// The errors of loading `fixture` whose message contains `fragment`, as FILE:LINE:COLUMN.
    private func errors(_ fixture: FixtureCopy, _ fragment: String) -> [String] {
        diagnostics(fixture).filter { $0.severity == .error && $0.message.contains(fragment) }
            .map { String($0.location.description.dropFirst(fixture.path.count + 1)) }
    }

    @Test func aDuplicatedKeyIsReportedWhereItStandsAgainAndNothingCascades() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("    priority: 50\n", with: "    priority: 50\n    priority: 51\n", in: "rules.yaml")
        let found = diagnostics(fixture)
        #expect(found.map { String($0.location.description.dropFirst(fixture.path.count + 1)) } == ["rules.yaml:15:5"])
        #expect(found.first?.message == "duplicate key 'priority' (first at line 14); a map names each key once")
    }

    @Test func aContactFieldWithoutASourceIsAnError() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            "    note: Nur dienstags.\n", with: "    note: Nur dienstags.\n    hours: Di 9–12 Uhr\n", in: "networks/sued/partners.yaml")
        #expect(errors(fixture, "partner 'youth-sued': 'hours' names no source") == ["networks/sued/partners.yaml:7:12"])
    }

    @Test func unknownStaysUnsourced() throws {
        // youth-nord's address and phone are `unknown`: nothing to source.
        let fixture = try FixtureCopy()
        #expect(errors(fixture, "names no source").isEmpty)
    }

    @Test func aSourceMustNameContactFieldsAPageAndADay() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            "      - url: https://example.org/fixture\n        checked: 2026-11-20\n        gives: [web]",
            with: "      - url: example.org\n        checked: last week\n        gives: [email]", in: "partners/nationwide.yaml")
        #expect(errors(fixture, "a source's 'url' should be the address of a public page") == ["partners/nationwide.yaml:9:14"])
        #expect(errors(fixture, "'checked: last week' is no date") == ["partners/nationwide.yaml:10:18"])
        #expect(errors(fixture, "a source gives 'email'; use address, phone, web, hours") == ["partners/nationwide.yaml:11:17"])
        #expect(errors(fixture, "'web' names no source") == ["partners/nationwide.yaml:6:10"])
    }

    @Test func aRuleSourceMustBeAPage() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            "    source: https://example.org/fixture-basis\n    reviewed: 2026-11-20\n    emergency: true",
            with: "    source: the law\n    reviewed: 20.11.2026\n    emergency: true", in: "rules.yaml")
        #expect(errors(fixture, "rule 'crisis-line': 'source' should be the address of a public page") == ["rules.yaml:7:13"])
        #expect(errors(fixture, "rule 'crisis-line': 'reviewed: 20.11.2026' is no date") == ["rules.yaml:8:15"])
    }

    @Test func aMultiSlotGroupsYesNoSlotsOnly() throws {
        let fixture = try FixtureCopy()
        try fixture.append(
            """
              needs:
                type: multi
                values:
                  money: Ich brauche Geld
                  goal: Ein Ziel
            """, to: "situation.yaml")
        #expect(errors(fixture, "'goal' in multi slot 'needs' should be a yesno slot") == ["situation.yaml:38:13"])
        #expect(errors(fixture, "'money' in multi slot").isEmpty)
    }

    @Test func aConditionCannotReadAMultiSlot() throws {
        let fixture = try FixtureCopy()
        try fixture.append(
            """
              needs:
                type: multi
                values:
                  money: Ich brauche Geld
            """, to: "situation.yaml")
        try fixture.replace("when: money == yes", with: "when: needs == money", in: "rules.yaml")
        #expect(
            errors(fixture, "'needs' asks several yes/no slots at once and has no value of its own; test one of them: money")
                == ["rules.yaml:33:11"])
    }

    @Test func aPartnerWhenIsAConditionOverSlots() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            "    name: Jugendberatung Süd\n", with: "    name: Jugendberatung Süd\n    when: agee >= 18\n",
            in: "networks/sued/partners.yaml")
        #expect(errors(fixture, "unknown slot 'agee'; did you mean 'age'?") == ["networks/sued/partners.yaml:4:11"])
    }

    @Test func theReferralLimitIsAPositiveNumber() throws {
        let fixture = try FixtureCopy()
        try fixture.append("referral-limit: 0\n", to: "dialog.yaml")
        #expect(errors(fixture, "'referral-limit' should be 1 or more") == ["dialog.yaml:10:17"])
    }
}

/// Plain German and fresh sources, as `lotse check` lints them.
extension DialogChecksTests {
    @Test func longSentencesAndUnexplainedLongWordsAreFlagged() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            "Alles Gute!",
            with: "Bitte lies die Rechtsbehelfsbelehrung, bevor du mit deinen Unterlagen, deinem Pass und "
                + "allen Briefen vom Amt zu der Stelle gehst, die dir hier genannt wird.", in: "flows/main.yaml")
        let found = try findings(fixture).map(\.message)
        #expect(found.contains { $0.hasPrefix("'done': a sentence of 25 words (Bitte lies die Rechtsbehelfsbelehrung, …)") })
        #expect(found.contains { $0.hasPrefix("'done': the long word 'Rechtsbehelfsbelehrung' is hard to read") })
        try fixture.append("explained-terms: [Rechtsbehelfsbelehrung]\n", to: "dialog.yaml")
        #expect(try !findings(fixture).contains { $0.message.contains("'Rechtsbehelfsbelehrung'") })
    }

    @Test func aRuleWithoutASourceOrReviewedLongAgoIsFlagged() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            "    source: https://example.org/fixture-basis\n    reviewed: 2026-11-20\n    emergency: true",
            with: "    emergency: true", in: "rules.yaml")
        try fixture.replace(
            "    priority: 50\n    source: https://example.org/fixture-basis\n    reviewed: 2026-11-20",
            with: "    priority: 50\n    source: https://example.org/fixture-basis\n    reviewed: 2020-01-31", in: "rules.yaml")
        let found = try findings(fixture).map(\.message)
        #expect(
            found.contains(
                "rule 'crisis-line' names no 'source:' and 'reviewed:' date; add the public page its basis comes from and the day you checked it"
            ))
        #expect(found.contains("rule 'young' was last reviewed on 2020-01-31, over a year ago; check https://example.org/fixture-basis"))
    }
}

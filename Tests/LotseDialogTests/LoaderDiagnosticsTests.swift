import Foundation
import Testing

@testable import LotseDialog

/// A broken Dialogs directory gives every problem at FILE:LINE:COLUMN, with a fix.
@Suite struct LoaderDiagnosticsTests {
    /// The diagnostics of loading `fixture`, or none when it loads.
    private func diagnostics(_ fixture: FixtureCopy) -> [Diagnostic] {
        do {
            return try DialogLoader.loadWithWarnings(directory: fixture.path).warnings
        } catch {
            return error.diagnostics
        }
    }

    /// The one error of `fixture`, checked for file, line, column and a message fragment.
    private func expectError(_ fixture: FixtureCopy, file: String, line: Int, column: Int, _ fragment: String,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let errors = diagnostics(fixture).filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors)", sourceLocation: sourceLocation)
        guard let error = errors.first else { return }
        #expect(error.location.file == "\(fixture.path)/\(file)", sourceLocation: sourceLocation)
        #expect(error.location.line == line && error.location.column == column, "\(error)", sourceLocation: sourceLocation)
        #expect(error.message.contains(fragment), "\(error)", sourceLocation: sourceLocation)
    }

    @Test func theFixtureLoads() throws {
        let loaded = try DialogLoader.loadWithWarnings(directory: try FixtureCopy().path)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.dialog.nodes.count == 10)
        #expect(loaded.dialog.rules.count == 5)
        #expect(loaded.dialog.partners.count == 5)
        #expect(loaded.dialog.languages.map(\.code) == ["de", "en"])
    }

    @Test func yamlSyntaxError() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("    priority: 50\n", with: "    priority: [50\n", in: "rules.yaml")
        let errors = diagnostics(fixture).filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location.file.hasSuffix("rules.yaml") == true)
        #expect(errors.first?.message.contains("YAML syntax") == true)
        #expect(errors.first.map { $0.location.line >= 12 } == true)
    }

    @Test func unknownNodeInGoto() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("        goto: referral", with: "        goto: referal", in: "flows/main.yaml")
        expectError(fixture, file: "flows/main.yaml", line: 13, column: 15, "unknown node 'referal'; did you mean 'referral'?")
    }

    @Test func unknownSlotInACondition() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("when: goal == ausbildung", with: "when: gaol == ausbildung", in: "rules.yaml")
        expectError(fixture, file: "rules.yaml", line: 15, column: 11, "unknown slot 'gaol'; did you mean 'goal'?")
    }

    @Test func unknownValueInACondition() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("when: goal in [arbeit] and age >= 15", with: "when: goal in [arbeit, urlaub] and age >= 15",
                            in: "rules.yaml")
        expectError(fixture, file: "rules.yaml", line: 20, column: 28, "'urlaub' is not a value of slot 'goal'")
    }

    @Test func duplicateNodeID() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("  - id: ask-goal\n", with: "  - id: ask-age\n", in: "flows/main.yaml")
        let errors = diagnostics(fixture).filter { $0.severity == .error }
        #expect(errors.contains { $0.message.contains("duplicate node id 'ask-age'") && $0.location.line == 23 })
    }

    @Test func duplicateRuleAndPartnerIDs() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("  - id: work\n", with: "  - id: training\n", in: "rules.yaml")
        try fixture.replace("  - id: jobs-nord\n", with: "  - id: youth-nord\n", in: "directory.yaml")
        let messages = diagnostics(fixture).filter { $0.severity == .error }.map(\.message)
        #expect(messages.contains { $0.hasPrefix("duplicate rule id 'training'") })
        #expect(messages.contains { $0.hasPrefix("duplicate partner id 'youth-nord'") })
    }

    @Test func missingMessage() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("  ended: Das Gespräch ist zu Ende.\n", with: "", in: "messages.yaml")
        let errors = diagnostics(fixture).filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["messages.yaml lacks the message 'ended'; add it under 'messages:'"])
    }

    @Test func roleNoPartnerFills() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("refer: youth\n", with: "refer: yuoth\n", in: "rules.yaml")
        expectError(fixture, file: "rules.yaml", line: 9, column: 12, "no partner in directory.yaml has the role 'yuoth'; did you mean 'youth'?")
    }

    @Test func nodeWithoutAKind() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("    say: Hallo!\n", with: "    sag: Hallo!\n", in: "flows/main.yaml")
        let errors = diagnostics(fixture).filter { $0.severity == .error }.map(\.message)
        #expect(errors.contains("unknown key 'sag' in node 'welcome'; did you mean 'say'?"))
        #expect(errors.contains { $0.hasPrefix("node 'welcome' needs exactly one of say, ask, branch, goto, refer, end") })
    }

    @Test func translationForALanguageNotOffered() throws {
        let fixture = try FixtureCopy()
        try FileManager.default.copyItem(atPath: "\(fixture.path)/texts/en.yaml", toPath: "\(fixture.path)/texts/fr.yaml")
        try fixture.replace("language: en", with: "language: fr", in: "texts/fr.yaml")
        expectError(fixture, file: "texts/fr.yaml", line: 1, column: 11, "language 'fr' is not offered")
    }

    @Test func staleAndMissingTranslationsAreWarnings() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("  welcome: Hello!\n", with: "  welcome: { text: Hello!, source: 00000000 }\n", in: "texts/en.yaml")
        try fixture.replace("  done: All the best!\n", with: "", in: "texts/en.yaml")
        let warnings = try DialogLoader.loadWithWarnings(directory: fixture.path).warnings.map(\.description)
        #expect(warnings.contains { $0.contains("texts/en.yaml:3:3: warning: stale en text 'welcome'")
            && $0.contains("source: \(TextHash.of("Hallo!"))") })
        #expect(warnings.contains { $0.contains("flows/main.yaml:41:11: warning: no en text for 'done'") })
    }

    @Test func missingFile() throws {
        let fixture = try FixtureCopy()
        try FileManager.default.removeItem(atPath: "\(fixture.path)/rules.yaml")
        expectError(fixture, file: "rules.yaml", line: 1, column: 1, "missing file rules.yaml")
    }

    @Test func everyProblemIsReportedInOneRun() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("        goto: referral", with: "        goto: referal", in: "flows/main.yaml")
        try fixture.replace("when: goal == ausbildung", with: "when: gaol == ausbildung", in: "rules.yaml")
        try fixture.replace("    region: nord\n", with: "    region: nort\n", in: "directory.yaml")
        let errors = diagnostics(fixture).filter { $0.severity == .error }
        #expect(errors.count == 3)
        #expect(Set(errors.map { ($0.location.file as NSString).lastPathComponent }) == ["main.yaml", "rules.yaml", "directory.yaml"])
    }

    @Test func versionChangesWithAnyFile() throws {
        let fixture = try FixtureCopy()
        let before = try DialogLoader.load(directory: fixture.path).version
        #expect(try DialogLoader.load(directory: fixture.path).version == before)
        try fixture.replace("Hallo!", with: "Hallo du!", in: "flows/main.yaml")
        #expect(try DialogLoader.load(directory: fixture.path).version != before)
    }
}

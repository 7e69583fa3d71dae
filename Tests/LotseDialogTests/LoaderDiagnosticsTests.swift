import Foundation
import LotseTestSupport
import Testing

@testable import LotseDialog

/// A broken Dialogs directory gives every problem at FILE:LINE:COLUMN, with a fix. Each test
/// plants one defect in a copy of Tests/Fixtures/mini; the positions are those of the fixture.
@Suite struct LoaderDiagnosticsTests {
    /// Every diagnostic of loading `fixture`: the warnings when it loads, else everything it reported.
    func diagnostics(_ fixture: FixtureCopy) -> [Diagnostic] {
        do {
            return try DialogLoader.loadWithWarnings(directory: fixture.path).warnings
        } catch {
            return error.diagnostics
        }
    }

    /// Expects exactly one diagnostic of `severity` in `fixture`, at `place` ("FILE:LINE:COLUMN",
    /// FILE relative to the fixture), whose message contains `fragment`.
    private func expectOnly(
        _ severity: Diagnostic.Severity, in fixture: FixtureCopy, at place: String, _ fragment: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let found = diagnostics(fixture).filter { $0.severity == severity }
        #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
        guard let diagnostic = found.first else { return }
        #expect(
            diagnostic.description.hasPrefix("\(fixture.path(of: place)): \(severity.rawValue): "), "\(diagnostic)",
            sourceLocation: sourceLocation)
        #expect(diagnostic.message.contains(fragment), "\(diagnostic)", sourceLocation: sourceLocation)
    }

    private func expectOneError(
        _ fixture: FixtureCopy, at place: String, _ fragment: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        expectOnly(.error, in: fixture, at: place, fragment, sourceLocation: sourceLocation)
    }

    // MARK: - The fixture as it is

    @Test func theFixtureLoadsCleanly() throws {
        let fixture = try FixtureCopy()
        let loaded = try DialogLoader.loadWithWarnings(directory: fixture.path)
        let dialog = loaded.dialog
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(dialog.name == "mini")
        #expect(dialog.nodes.count == 10)
        #expect(dialog.rules.map(\.id) == ["crisis-line", "young", "training", "work", "money-maybe"])
        // The core's partners first, then each network's.
        #expect(dialog.partners.map(\.id) == ["jobs-everywhere", "crisis-line", "youth-nord", "jobs-nord", "youth-sued"])
        #expect(dialog.networks.map(\.id) == ["nord", "sued"])
        #expect(dialog.slotOrder == ["age", "region", "goal", "crisis", "money", "counsel-lang"])
        #expect(dialog.languages.map(\.code) == ["de", "en"])
        #expect(dialog.nodes[dialog.start].id == "welcome")
        #expect(dialog.regionSlot == "region" && dialog.languageSlot == "counsel-lang")
        #expect(dialog.version.count == 8 && dialog.version.allSatisfy(\.isHexDigit))
    }

    @Test func versionIsTheSameForTheSameFilesWherever() throws {
        let one = try FixtureCopy()
        let other = try FixtureCopy()
        let version = try DialogLoader.load(directory: one.path).version
        #expect(try DialogLoader.load(directory: one.path).version == version)
        #expect(try DialogLoader.load(directory: other.path).version == version)
    }

    @Test(arguments: ["flows/main.yaml", "rules.yaml", "networks/nord/partners.yaml", "texts/en.yaml"])
    func versionChangesWhenAFileChanges(_ file: String) throws {
        let fixture = try FixtureCopy()
        let before = try DialogLoader.load(directory: fixture.path).version
        try fixture.append("# edited\n", to: file)
        #expect(try DialogLoader.load(directory: fixture.path).version != before)
    }

    // MARK: - One defect each

    @Test func yamlSyntaxError() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("because: Die Agentur vermittelt", with: "because: Die Agentur: vermittelt", in: "rules.yaml")
        expectOneError(fixture, at: "rules.yaml:27:25", "YAML syntax: mapping values are not allowed")
    }

    @Test func unknownNodeInGoto() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("goto: referral", with: "goto: referal", in: "flows/main.yaml")
        expectOneError(fixture, at: "flows/main.yaml:13:15", "unknown node 'referal'; did you mean 'referral'?")
    }

    @Test func unknownNodeInNext() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("    say: Hallo!\n", with: "    say: Hallo!\n    next: ask-crisiss\n", in: "flows/main.yaml")
        let errors = diagnostics(fixture).filter { $0.severity == .error }
        #expect(
            errors.map(\.description)
                .contains("\(fixture.path(of: "flows/main.yaml:5:11")): error: unknown node 'ask-crisiss'; did you mean 'ask-crisis'?"))
        // The node names a successor, so it must not also be reported as the unfinished last one.
        #expect(errors.count == 1, "\(errors)")
    }

    @Test func unknownNodeInElseAndStart() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("else: ask-age", with: "else: ask-agee", in: "flows/main.yaml")
        expectOneError(fixture, at: "flows/main.yaml:14:15", "unknown node 'ask-agee'; did you mean 'ask-age'?")
        let start = try FixtureCopy()
        try start.replace("start: main", with: "start: mian", in: "dialog.yaml")
        expectOneError(start, at: "dialog.yaml:7:8", "unknown node 'mian'; did you mean 'main'?")
    }

    @Test func unknownSlotInABranchConditionIsReportedInsideIt() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("when: crisis == yes", with: "when: crisis == yes and agee > 1", in: "flows/main.yaml")
        expectOneError(fixture, at: "flows/main.yaml:12:33", "unknown slot 'agee'; did you mean 'age'?")
    }

    @Test func unknownSlotInAQuotedRuleCondition() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("when: goal == ausbildung", with: "when: \"gaol == ausbildung\"", in: "rules.yaml")
        // Column 11 is the quote; the condition's text starts one further.
        expectOneError(fixture, at: "rules.yaml:19:12", "unknown slot 'gaol'; did you mean 'goal'?")
    }

    @Test func unknownValueInARuleCondition() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("goal in [arbeit]", with: "goal in [arbeit, urlaub]", in: "rules.yaml")
        expectOneError(fixture, at: "rules.yaml:26:28", "'urlaub' is not a value of slot 'goal'")
    }

    @Test func unknownSlotOfAQuestion() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("ask: age", with: "ask: agee", in: "flows/main.yaml")
        expectOneError(fixture, at: "flows/main.yaml:16:10", "unknown slot 'agee'; did you mean 'age'?")
    }

    @Test func duplicateNodeID() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("  - id: ask-goal\n", with: "  - id: ask-age\n", in: "flows/main.yaml")
        expectOneError(
            fixture, at: "flows/main.yaml:23:5",
            "duplicate node id 'ask-age' (first at \(fixture.path(of: "flows/main.yaml:15:5")))")
    }

    @Test func duplicateRuleID() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("  - id: work\n", with: "  - id: training\n", in: "rules.yaml")
        expectOneError(fixture, at: "rules.yaml:24:9", "duplicate rule id 'training' (first at \(fixture.path(of: "rules.yaml:17:5")))")
    }

    @Test func duplicatePartnerID() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("  - id: jobs-nord\n", with: "  - id: youth-nord\n", in: "networks/nord/partners.yaml")
        expectOneError(
            fixture, at: "networks/nord/partners.yaml:10:9",
            "duplicate partner id 'youth-nord' (first at \(fixture.path(of: "networks/nord/partners.yaml:2:5")))")
    }

    @Test func missingRequiredMessage() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("  ended: Das Gespräch ist zu Ende.\n", with: "", in: "messages.yaml")
        expectOneError(fixture, at: "messages.yaml:2:3", "messages.yaml lacks the message 'ended'; add it under 'messages:'")
    }

    /// Dialogs written before the server's and counselor's messages were in messages.yaml
    /// are told what to add, like any other missing message.
    @Test func missingCounselorMessage() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("  trace-off: Trace aus.\n", with: "", in: "messages.yaml")
        expectOneError(fixture, at: "messages.yaml:2:3", "messages.yaml lacks the message 'trace-off'; add it under 'messages:'")
    }

    @Test func ruleRoleThatRolesYAMLDoesNotDeclare() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("refer: youth\n", with: "refer: yuoth\n", in: "rules.yaml")
        expectOneError(fixture, at: "rules.yaml:11:12", "unknown role 'yuoth'; did you mean 'youth'? roles.yaml declares the roles")
    }

    @Test func partnerRoleThatRolesYAMLDoesNotDeclare() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("    roles: [youth]\n", with: "    roles: [jugendamnt]\n", in: "networks/sued/partners.yaml")
        expectOneError(fixture, at: "networks/sued/partners.yaml:4:13", "unknown role 'jugendamnt'; roles.yaml declares the roles")
    }

    @Test func nodeWithoutAKind() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("    say: Hallo!\n", with: "", in: "flows/main.yaml")
        expectOneError(
            fixture, at: "flows/main.yaml:3:5",
            "node 'welcome' needs exactly one of say, ask, branch, goto, refer, end; it has none")
    }

    @Test func nodeWithTwoKinds() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("    ask: crisis\n", with: "    ask: crisis\n    say: Hallo!\n", in: "flows/main.yaml")
        expectOneError(
            fixture, at: "flows/main.yaml:5:5",
            "node 'ask-crisis' needs exactly one of say, ask, branch, goto, refer, end; it has say and ask")
    }

    @Test(arguments: [
        (
            "flows/main.yaml", "    why: Dann", "    wyh: Dann", "flows/main.yaml:8:5",
            "unknown key 'wyh' in node 'ask-crisis'; did you mean 'why'?"
        ),
        (
            "rules.yaml", "    priority: 50", "    prority: 50", "rules.yaml:14:5",
            "unknown key 'prority' in rule 'young'; did you mean 'priority'?"
        ),
        (
            "networks/nord/partners.yaml", "    phone: unknown", "    phnoe: unknown", "networks/nord/partners.yaml:8:5",
            "unknown key 'phnoe' in partner 'youth-nord'; did you mean 'phone'?"
        ),
        (
            "dialog.yaml", "region-slot:", "region-slto:", "dialog.yaml:8:1",
            "unknown key 'region-slto' in dialog.yaml; did you mean 'region-slot'?"
        ),
    ])
    func unknownKeySuggestsTheNearest(_ file: String, _ old: String, _ new: String, _ place: String, _ message: String) throws {
        let fixture = try FixtureCopy()
        try fixture.replace(old, with: new, in: file)
        expectOneError(fixture, at: place, message)
    }

    @Test func translationForALanguageNotOffered() throws {
        let fixture = try FixtureCopy()
        try fixture.write("language: fr\ntexts:\n  welcome: Bonjour !\n", to: "texts/fr.yaml")
        expectOneError(fixture, at: "texts/fr.yaml:1:11", "language 'fr' is not offered; add it to 'languages' in dialog.yaml")
    }

    @Test func staleTranslationIsAWarning() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            "  welcome: { text: \"Hello!\", source: 773cded2 }\n", with: "  welcome: { text: Hello!, source: 00000000 }\n",
            in: "texts/en.yaml")
        expectOnly(
            .warning, in: fixture, at: "texts/en.yaml:3:3",
            "stale en text 'welcome': the German text changed since it was translated; update the translation and set 'source: \(TextHash.of("Hallo!"))'"
        )
        #expect(diagnostics(fixture).allSatisfy { $0.severity == .warning })
    }

    @Test func translationWithTheCurrentSourceHashIsQuiet() throws {
        let fixture = try FixtureCopy()
        try fixture.replace(
            "  welcome: { text: \"Hello!\", source: 773cded2 }\n", with: "  welcome: { text: Hello!, source: \(TextHash.of("Hallo!")) }\n",
            in: "texts/en.yaml")
        #expect(diagnostics(fixture).isEmpty)
    }

    @Test func missingTranslationIsAWarningAtTheGermanText() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("  done: { text: \"All the best!\", source: d8b99f3e }\n", with: "", in: "texts/en.yaml")
        expectOnly(.warning, in: fixture, at: "flows/main.yaml:41:11", "no en text for 'done'; add it to texts/en.yaml")
        #expect(try DialogLoader.load(directory: fixture.path).texts.text("done", in: "en") == "Alles Gute!")
    }

    @Test(arguments: ["dialog.yaml", "situation.yaml", "messages.yaml", "rules.yaml", "roles.yaml"])
    func missingFile(_ file: String) throws {
        let fixture = try FixtureCopy()
        try fixture.remove(file)
        expectOneError(fixture, at: "\(file):1:1", "missing file \(file); see docs/dialogs.md")
    }

    @Test func missingDirectory() throws {
        let fixture = try FixtureCopy()
        let path = fixture.path(of: "nowhere")
        #expect {
            try DialogLoader.load(directory: path)
        } throws: { error in
            (error as? DialogLoadError)?.description
                == "\(path):1:1: error: no Dialogs directory here; pass the directory or set LOTSE_DIALOGS"
        }
    }

    @Test func everyProblemIsReportedInOneRunInFileOrder() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("goto: referral", with: "goto: referal", in: "flows/main.yaml")
        try fixture.replace("when: goal == ausbildung", with: "when: gaol == ausbildung", in: "rules.yaml")
        // A network's partner has no region of its own: its folder is its network.
        try fixture.replace(
            "    name: Agentur Nord\n", with: "    name: Agentur Nord\n    region: nord\n", in: "networks/nord/partners.yaml")
        try fixture.replace("refer: youth\n", with: "refer: yuoth\n", in: "rules.yaml")
        try fixture.replace(
            "  welcome: { text: \"Hello!\", source: 773cded2 }\n", with: "  welcome: { text: Hello!, source: 00000000 }\n",
            in: "texts/en.yaml")
        let found = diagnostics(fixture)
        let errors = found.filter { $0.severity == .error }.map { "\($0.location.description.dropFirst(fixture.path.count + 1))" }
        #expect(errors == ["flows/main.yaml:13:15", "networks/nord/partners.yaml:12:5", "rules.yaml:11:12", "rules.yaml:19:11"])
        #expect(found.contains { $0.severity == .warning && $0.message.hasPrefix("stale en text 'welcome'") })
        #expect(found.map(\.location) == found.map(\.location).sorted())
    }

    @Test func aConditionOverTwoLinesIsReportedWhereTheProblemIs() throws {
        let fixture = try FixtureCopy()
        try fixture.replace("    when: age >= 12 and age < 27\n", with: "    when: age >= 12 and\n      agee < 27\n", in: "rules.yaml")
        // YAML folds the two lines into "age >= 12 and agee < 27"; 'agee' stands on line 11 at column 7.
        expectOneError(fixture, at: "rules.yaml:13:7", "unknown slot 'agee'; did you mean 'age'?")
    }
}

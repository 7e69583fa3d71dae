import Foundation
import LotseTestSupport
import Testing

/// `lotse translations LANG`: the translation file as it should be, with every source hash.
@Suite struct TranslationsCommandTests {
    @Test func aChangedGermanTextIsShownStaleAndAMissingOneAsAComment() async throws {
        let copy = try FixtureCopy("mini")
        let flow = copy.directory.appendingPathComponent("flows/main.yaml")
        let text = try String(contentsOf: flow, encoding: .utf8).replacingOccurrences(of: "Alles Gute!", with: "Viel Glück!")
        try text.write(to: flow, atomically: true, encoding: .utf8)
        let check = try await CommandRunner.lotse("check", copy.path)
        #expect(check.output.contains("warning: stale en text 'done'"))
        let result = try await CommandRunner.lotse("translations", "en", "--dialogs", copy.path)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("  # stale: the German is now (source: "))
        #expect(result.output.contains("): Viel Glück!\n  done: { text: \"All the best!\", source: d8b99f3e }"))
    }

    @Test func stampRecordsTheHashOfTranslationsThatHaveNone() async throws {
        let copy = try FixtureCopy("mini")
        let file = copy.directory.appendingPathComponent("texts/en.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "  welcome: { text: \"Hello!\", source: 773cded2 }", with: "  welcome: Hello!")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(try await CommandRunner.lotse("check", copy.path).output.contains("en text 'welcome' does not say which German text"))
        let stamped = try await CommandRunner.lotse("translations", "en", "--dialogs", copy.path, "--stamp")
        #expect(stamped.output.contains("  welcome: { text: \"Hello!\", source: 773cded2 }"))
        try stamped.output.write(to: file, atomically: true, encoding: .utf8)
        let check = try await CommandRunner.lotse("check", copy.path)
        #expect(!check.output.contains("texts/en.yaml"), "\(check.output)")
    }

    @Test func theSourceLanguageIsRefused() async throws {
        let result = try await CommandRunner.lotse("translations", "de", "--dialogs", AuthorToolsTests.mini)
        #expect(result.status != 0)
        #expect(result.output.contains("'de' is not a translated language of the dialog"))
    }
}

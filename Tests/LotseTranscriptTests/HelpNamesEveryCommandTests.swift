import LotseDialog
import LotseTranscript
import LotseWire
import Testing

/// `/help` is written by hand in every language of the bundled Dialogs; the command table
/// says what it must name.
@Suite struct HelpNamesEveryCommandTests {
    static func languages() throws -> [String] {
        try BundledTranscriptTests.dialog.get().languages.map(\.code)
    }

    @Test(arguments: try languages())
    func helpNamesEveryonesCommands(_ language: String) async throws {
        let conversation = InProcessConversation(service: try BundledTranscriptTests.service.get(), language: language)
        _ = try await conversation.open()
        let help = try await conversation.send("/help").joined(separator: "\n")
        await conversation.close()
        for word in CommandName.words {
            #expect(help.contains(word), "/help in \(language) does not name \(word)")
        }
    }
}

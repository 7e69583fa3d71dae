import Foundation
import LotseDialog
import LotseTestSupport
import LotseTranscript
import Testing

/// Every transcript under Dialogs/tests, each its own test case, run in-process on the bundled Dialogs.
@Suite struct BundledTranscriptTests {
    static let dialogs = Repository.bundledDialogs
    static let dialog = Result { try DialogLoader.load(directory: dialogs) }
    /// One service for every transcript, as one daemon serves many connections.
    static let service = dialog.map { InProcessConversation.service(for: $0, directory: dialogs) }

    static func transcripts() -> [String] {
        TranscriptFiles.find(["\(dialogs)/tests"]).map { ($0 as NSString).lastPathComponent }
    }

    @Test func bundledDialogsLoad() throws {
        _ = try Self.dialog.get()
    }

    /// The knowledge base promises forty or more transcripts; an empty list would pass every case below.
    @Test func fortyOrMoreTranscriptsAreFound() {
        #expect(Self.transcripts().count >= 40)
    }

    @Test(arguments: transcripts())
    func transcript(_ name: String) async throws {
        let transcript = try Transcript(contentsOf: "\(Self.dialogs)/tests/\(name)")
        let failure = await TranscriptRunner.run(transcript, on: InProcessConversation(service: try Self.service.get()))
        #expect(failure == nil, "\(failure.map(String.init(describing:)) ?? "")")
    }
}

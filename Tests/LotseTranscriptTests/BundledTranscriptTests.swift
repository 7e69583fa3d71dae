import Foundation
import LotseDialog
import LotseTestSupport
import LotseTranscript
import Testing

/// Every transcript of the bundled Dialogs (the core's tests/ and each network's), each its own
/// test case, run in-process; a network's transcript may name no other network's partner.
@Suite struct BundledTranscriptTests {
    static let dialogs = Repository.bundledDialogs
    static let dialog = Result { try DialogLoader.load(directory: dialogs) }
    /// One service for every transcript, as one daemon serves many connections.
    static let service = dialog.map { InProcessConversation.service(for: $0, directory: dialogs) }

    static func transcripts() -> [String] {
        NetworkTranscripts.bundled(in: dialogs).map { String($0.dropFirst(dialogs.count + 1)) }
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
        let dialog = try Self.dialog.get()
        let path = "\(Self.dialogs)/\(name)"
        let transcript = try Transcript(contentsOf: path)
        let failure = await TranscriptRunner.run(
            transcript, on: InProcessConversation(service: try Self.service.get()),
            foreignPartners: NetworkTranscripts.foreignPartners(of: path, in: dialog))
        #expect(failure == nil, "\(failure.map(String.init(describing:)) ?? "")")
    }
}

import ArgumentParser
import LotseClient
import LotseDialog
import LotseTranscript
import LotseWire

/// `lotse test [FILE|DIR …]`: run transcripts and report each failure at its line.
struct TestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run transcripts (*.chat) against the dialog and report failures.",
        discussion: """
            Each transcript runs in a fresh session. A failure names the transcript's FILE:LINE, \
            the expected pattern and the lines the turn really produced. The run ends with \
            "N passed, N failed" and exits 1 on a failure. With --server the transcripts talk \
            to a running lotsed over TCP instead of an in-process session.
            """
    )

    @Argument(help: "Transcripts or directories of them (default: DIALOGS/tests and each network's tests).")
    var paths: [String] = []

    @OptionGroup var dialogs: DialogsOption

    @Flag(help: "Report which nodes, branches, rules and partners the transcripts exercise and miss.")
    var coverage = false

    @Option(name: .customLong("min-coverage"), help: "Fail when the total coverage is below this percentage (implies --coverage).")
    var minimumCoverage: Double?

    @Option(help: ArgumentHelp("Run the transcripts against the lotsed listening there instead of in-process.", valueName: "host:port"))
    var server: ServerAddress?

    @OptionGroup var transport: TLSOption

    private var measuresCoverage: Bool { coverage || minimumCoverage != nil }

    func validate() throws {
        guard server != nil else {
            if transport.tls { throw ValidationError("--tls belongs to --server") }
            return
        }
        if measuresCoverage { throw ValidationError("coverage is measured in-process; leave out --server to see it") }
    }

    func run() async throws {
        let directory = dialogs.directory
        let files = paths.isEmpty ? NetworkTranscripts.bundled(in: directory) : TranscriptFiles.find(paths)
        let recorder = measuresCoverage ? CoverageRecorder() : nil
        let conversation: @Sendable () -> any Conversation
        var dialog: Dialog?
        if let address = server {
            let tls = try transport.client()
            try await Self.reach(address, tls: tls)
            conversation = { TCPConversation(address, tls: tls) }
        } else {
            do {
                let loaded = try DialogLoader.load(directory: directory)
                dialog = loaded
                let service = InProcessConversation.service(for: loaded, directory: directory)
                conversation = { InProcessConversation(service: service, coverage: recorder) }
            } catch {
                print(error)
                throw ExitCode(1)
            }
        }
        // A network's transcript may never be referred to another network's partner, in-process or over TCP.
        let guardDialog = dialog ?? (try? DialogLoader.load(directory: directory))
        var failed = 0
        for file in files {
            do {
                let transcript = try Transcript(contentsOf: file)
                let foreign = guardDialog.map { NetworkTranscripts.foreignPartners(of: file, in: $0) } ?? []
                if let failure = await TranscriptRunner.run(transcript, on: conversation(), foreignPartners: foreign) {
                    failed += 1
                    print("FAIL \(failure)")
                } else {
                    print("ok   \(file)")
                }
            } catch {
                failed += 1
                print("FAIL \(file): \(error)")
            }
        }
        var belowMinimum = false
        if let recorder, let dialog {
            belowMinimum = CoverageReport.print(recorder.coverage, of: dialog, minimum: minimumCoverage)
        }
        print("\(files.count - failed) passed, \(failed) failed")
        if failed > 0 || belowMinimum { throw ExitCode(1) }
    }

    /// Opens and closes one session, so that a daemon that is not there is said once, not per transcript.
    private static func reach(_ address: ServerAddress, tls: ClientTLS?) async throws {
        let probe = TCPConversation(address, tls: tls)
        do {
            _ = try await probe.open()
        } catch {
            print("cannot reach lotsed at \(address): \(error)")
            throw ExitCode(1)
        }
        await probe.close()
    }
}

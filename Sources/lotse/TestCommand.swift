import ArgumentParser
import LotseDialog
import LotseTranscript

/// `lotse test [FILE|DIR …]`: run transcripts and report each failure at its line.
struct TestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run transcripts (*.chat) against the dialog and report failures.",
        discussion: """
            Each transcript runs in a fresh session. A failure names the transcript's FILE:LINE, \
            the expected pattern and the lines the turn really produced. The run ends with \
            "N passed, N failed" and exits 1 on a failure.
            """
    )

    @Argument(help: "Transcripts or directories of them (default: DIALOGS/tests).")
    var paths: [String] = []

    @Option(help: "The Dialogs directory (default: $LOTSE_DIALOGS, else ./Dialogs).")
    var dialogs: String?

    @Flag(help: "Report which nodes, branches, rules and partners the transcripts exercise and miss.")
    var coverage = false

    @Option(name: .customLong("min-coverage"), help: "Fail when the total coverage is below this percentage (implies --coverage).")
    var minimumCoverage: Double?

    func run() async throws {
        let directory = DialogsDirectory.resolve(dialogs)
        let files = TranscriptFiles.find(paths.isEmpty ? ["\(directory)/tests"] : paths)
        let dialog: Dialog
        do {
            dialog = try DialogLoader.load(directory: directory)
        } catch {
            print(error)
            throw ExitCode(1)
        }
        let recorder = coverage || minimumCoverage != nil ? CoverageRecorder() : nil
        var failed = 0
        for file in files {
            do {
                let transcript = try Transcript(contentsOf: file)
                if let failure = await TranscriptRunner.run(transcript, on: InProcessConversation(dialog: dialog, coverage: recorder)) {
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
        if let recorder {
            belowMinimum = CoverageReport.print(recorder.coverage, of: dialog, minimum: minimumCoverage)
        }
        print("\(files.count - failed) passed, \(failed) failed")
        if failed > 0 || belowMinimum { throw ExitCode(1) }
    }
}

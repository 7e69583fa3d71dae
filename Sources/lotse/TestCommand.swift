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
        var failed = 0
        for file in files {
            do {
                let transcript = try Transcript(contentsOf: file)
                if let failure = await TranscriptRunner.run(transcript, on: InProcessConversation(dialog: dialog)) {
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
        print("\(files.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}

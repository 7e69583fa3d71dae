import ArgumentParser
import Foundation
import LotseDialog
import LotseEngine
import LotseProtocol
import LotseServer
import NIOCore

/// `lotse-bench engine`: the time of `Session.step` on the turns of whole dialog walks, of
/// spelling each turn as protocol bytes, and of loading the Dialogs.
struct EngineBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine",
        abstract: "Time Session.step over whole walks of the dialog, and loading the Dialogs."
    )

    @Option(help: "The Dialogs directory.")
    var dialogs = "Dialogs"

    @Option(help: "How many whole walks to time.")
    var walks = 20_000

    @Option(help: "How many loads of the Dialogs to time.")
    var loads = 30

    @Option(help: "Also time loading the Dialogs with a generated flow of this many nodes (0: no).")
    var generated = 10_000

    func run() throws {
        let dialog = try timeLoading(dialogs, name: dialogs)
        if generated > 0 {
            let directory = try GeneratedDialog.write(from: dialogs, nodes: generated)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            _ = try timeLoading(directory, name: "generated (+\(generated) nodes)", times: max(3, loads / 5))
        }

        let clock = ContinuousClock()
        var stepTimes: [Duration] = []
        var spellTimes: [Duration] = []
        stepTimes.reserveCapacity(walks * 12)
        spellTimes.reserveCapacity(walks * 12)
        var bytes = TurnBuffer(ByteBuffer())
        let questions = SpeltQuestions(dialog: dialog)
        for walk in 0..<walks {
            var session = Session(dialog: dialog)
            var events = session.start()
            let answers = AutoAnswer(choice: walk % 7 + 1)
            // Reading the lines for the walker is not part of either timing.
            while let line = answers.reply(to: ServerLine.lines(for: events, questions: questions)) {
                let start = clock.now
                events = session.step(line)
                let stepped = clock.now
                bytes.reset()
                ServerLine.write(events, questions: questions, to: &bytes)
                let spelt = clock.now
                stepTimes.append(stepped - start)
                spellTimes.append(spelt - stepped)
            }
        }
        for (name, samples) in [("Session.step", stepTimes), ("ServerLine.write (the turn as bytes)", spellTimes)] {
            let statistics = Statistics(samples)
            print(
                "\(name) over \(walks) walks (\(samples.count) turns): "
                    + "median \(Statistics.Unit.microseconds.format(statistics.median))  " + statistics.summary(unit: .microseconds))
        }
    }

    /// Loads `directory` `times` times and prints the timings; returns the dialog.
    private func timeLoading(_ directory: String, name: String, times: Int? = nil) throws -> Dialog {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        var dialog: Dialog?
        for _ in 0..<(times ?? loads) {
            let start = clock.now
            dialog = try DialogLoader.load(directory: directory)
            samples.append(clock.now - start)
        }
        guard let dialog else { throw ValidationError("--loads must be at least 1") }
        let statistics = Statistics(samples)
        print(
            "load \(name) (\(dialog.nodes.count) nodes, \(dialog.rules.count) rules): "
                + "median \(Statistics.Unit.milliseconds.format(statistics.median))  " + statistics.summary(unit: .milliseconds))
        return dialog
    }
}

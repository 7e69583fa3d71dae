import ArgumentParser
import Foundation
import LotseDialog
import LotseEngine

/// `lotse-bench engine`: the median time of `Session.step` on the turns of whole dialog walks,
/// and of loading the Dialogs.
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

    func run() throws {
        let clock = ContinuousClock()
        var loadTimes: [Duration] = []
        var dialog: Dialog?
        for _ in 0..<loads {
            let start = clock.now
            dialog = try DialogLoader.load(directory: dialogs)
            loadTimes.append(clock.now - start)
        }
        guard let dialog else { return }
        print("load \(dialogs) (\(dialog.nodes.count) nodes, \(dialog.rules.count) rules): "
              + "median \(Statistics.Unit.milliseconds.format(Statistics(loadTimes).median))  "
              + Statistics(loadTimes).summary(unit: .milliseconds))

        var stepTimes: [Duration] = []
        stepTimes.reserveCapacity(walks * 12)
        for walk in 0..<walks {
            var session = Session(dialog: dialog)
            var events = session.start()
            let answers = AutoAnswer(choice: walk % 7 + 1)
            while let line = answers.reply(to: events) {
                let start = clock.now
                events = session.step(line)
                stepTimes.append(clock.now - start)
            }
        }
        let statistics = Statistics(stepTimes)
        print("Session.step over \(walks) walks (\(stepTimes.count) turns): "
              + "median \(Statistics.Unit.microseconds.format(statistics.median))  " + statistics.summary(unit: .microseconds))
    }
}

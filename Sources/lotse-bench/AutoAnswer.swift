import LotseDialog
import LotseEngine

/// Answers whatever a session asks, so a benchmark can walk any dialog to its end: a number
/// question gets 19 (or its minimum), a yes/no question "no", a choice its `choice`-th option.
struct AutoAnswer {
    /// Which option of a choice question to pick (1-based, wrapped to the options offered).
    var choice = 1

    /// The line to send after `events`, or nil when the dialog has ended.
    func reply(to events: [Event]) -> String? {
        var options = 0
        var asked: Slot?
        for event in events {
            switch event {
            case .ask(_, let kind): asked = Slot(kind: kind)
            case .option: options += 1
            case .end: return nil
            default: break
            }
        }
        switch asked {
        case .number(let min, let max): return String((min...max).contains(19) ? 19 : min)
        case .yesno: return "no"
        case .choice: return String((choice - 1) % max(options, 1) + 1)
        case .text: return "text"
        case nil: return nil
        }
    }

    private enum Slot {
        case number(Int, Int), yesno, choice, text

        init(kind: LotseDialog.Slot.Kind) {
            switch kind {
            case .number(let min, let max): self = .number(min, max)
            case .yesno: self = .yesno
            case .choice: self = .choice
            case .text: self = .text
            }
        }
    }
}

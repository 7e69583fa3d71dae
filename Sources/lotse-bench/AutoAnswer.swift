import LotseWire

/// Answers whatever a session asks, so a benchmark can walk any dialog to its end: a number
/// question gets 19 (or its minimum), a yes/no question "no", a choice its `choice`-th option,
/// the place question `place` when one is given. It reads protocol lines, so the same walker
/// drives the engine in-process and a daemon.
struct AutoAnswer {
    /// Which option of a choice question to pick (1-based, wrapped to the options offered).
    var choice = 1

    /// The town to answer the place question (`ASK place text`) with, so that the daemon's
    /// place lookup is exercised; nil answers it like any text question.
    var place: String?

    /// Whether `line` says the dialog has ended (`END outcome`).
    static func endsDialog(_ line: String) -> Bool {
        line.hasPrefix("END ")
    }

    /// The line to send after a turn's `lines`, or nil when the dialog has ended.
    func reply(to lines: [String]) -> String? {
        var options = 0
        var asked: ServerMessage.QuestionKind?
        var slot = ""
        for line in lines {
            // Only the question is parsed, its options counted and the end seen: the walker is
            // the benchmark's client and shares the machine with the daemon it measures.
            if line.hasPrefix("OPT ") {
                options += 1
            } else if Self.endsDialog(line) || line.hasPrefix("BYE") {
                return nil
            } else if line.hasPrefix("ASK "), case .ask(let id, let kind) = ServerMessage(line: line) {
                (slot, asked) = (id, kind)
            }
        }
        switch asked {
        case .number(let min, let max)?:
            let (low, high) = (min ?? 0, max ?? Int.max)
            return String((low...high).contains(19) ? 19 : low)
        case .yesno?:
            return "no"
        case .choice?:
            return String((choice - 1) % Swift.max(options, 1) + 1)
        case .multi?:
            return "0"  // none of these applies
        case .text? where slot == "place":
            return place ?? "text"
        case .text?, .other?:
            return "text"
        case nil:
            return nil
        }
    }
}

import LotseProtocol

/// Answers whatever a session asks, so a benchmark can walk any dialog to its end: a number
/// question gets 19 (or its minimum), a yes/no question "no", a choice its `choice`-th option.
/// It reads protocol lines, so the same walker drives the engine in-process and a daemon.
struct AutoAnswer {
    /// Which option of a choice question to pick (1-based, wrapped to the options offered).
    var choice = 1

    /// The line to send after a turn's `lines`, or nil when the dialog has ended.
    func reply(to lines: [String]) -> String? {
        var options = 0
        var asked: ServerMessage.QuestionKind?
        for line in lines {
            // Only the lines that decide the answer are parsed: the walker is the benchmark's
            // client and shares the machine with the daemon it measures.
            guard line.hasPrefix("ASK ") || line.hasPrefix("OPT ") || line.hasPrefix("END ") || line.hasPrefix("BYE") else { continue }
            switch ServerMessage(line: line) {
            case .ask(_, let kind): asked = kind
            case .option: options += 1
            case .end, .bye: return nil
            default: continue
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
        case .text?, .other?:
            return "text"
        case nil:
            return nil
        }
    }
}

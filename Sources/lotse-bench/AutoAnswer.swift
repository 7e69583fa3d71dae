import LotseProtocol

/// Answers whatever a session asks, so a benchmark can walk any dialog to its end: a number
/// question gets 19 (or its minimum), a yes/no question "no", a choice its `choice`-th option.
/// It reads protocol lines, so the same walker drives the engine in-process and a daemon.
struct AutoAnswer {
    /// Which option of a choice question to pick (1-based, wrapped to the options offered).
    var choice = 1

    /// How the lines begin that decide the answer: the question, its options, the end.
    private static let (question, option, end, bye) = ("ASK ", "OPT ", "END ", "BYE")
    /// The only lines read (the walker is the benchmark's client and shares the machine with
    /// the daemon it measures).
    static let readPrefixes = [question, option, end, bye]

    /// Whether `line` says the dialog has ended (`END outcome`).
    static func endsDialog(_ line: String) -> Bool {
        line.hasPrefix(end)
    }

    /// The line to send after a turn's `lines` (all of them, or only those with
    /// `readPrefixes`), or nil when the dialog has ended.
    func reply(to lines: [String]) -> String? {
        var options = 0
        var asked: ServerMessage.QuestionKind?
        for line in lines {
            // An option is only counted, the end only seen; just the question is parsed.
            if line.hasPrefix(Self.option) {
                options += 1
            } else if Self.endsDialog(line) || line.hasPrefix(Self.bye) {
                return nil
            } else if line.hasPrefix(Self.question), case .ask(_, let kind) = ServerMessage(line: line) {
                asked = kind
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

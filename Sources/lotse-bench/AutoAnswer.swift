/// Answers whatever a session asks, so a benchmark can walk any dialog to its end: a number
/// question gets 19 (or its minimum), a yes/no question "no", a choice its `choice`-th option.
/// It reads protocol lines, so the same walker drives the engine in-process and a daemon.
struct AutoAnswer {
    /// Which option of a choice question to pick (1-based, wrapped to the options offered).
    var choice = 1

    /// The line to send after a turn's `lines`, or nil when the dialog has ended.
    func reply(to lines: [String]) -> String? {
        var options = 0
        var ask: [Substring] = []
        for line in lines {
            if line.hasPrefix("ASK ") {
                ask = line.split(separator: " ")
            } else if line.hasPrefix("OPT ") {
                options += 1
            } else if line.hasPrefix("END ") || line.hasPrefix("BYE") {
                return nil
            }
        }
        guard ask.count >= 3 else { return nil }
        switch ask[2] {
        case "number":
            let bound = { (name: String) in ask.first { $0.hasPrefix("\(name)=") }.flatMap { Int($0.dropFirst(name.count + 1)) } }
            let (min, max) = (bound("min") ?? 0, bound("max") ?? Int.max)
            return String((min...max).contains(19) ? 19 : min)
        case "yesno":
            return "no"
        case "choice":
            return String((choice - 1) % Swift.max(options, 1) + 1)
        case "multi":
            return "0"  // none of these applies
        default:
            return "text"
        }
    }
}

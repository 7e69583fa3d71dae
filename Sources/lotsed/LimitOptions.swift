import ArgumentParser
import LotseService

/// The limits that keep one client from taking what others need (`ServerLimits`), as
/// `lotsed` takes them.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds without a complete line before a session gets BYE idle and is wiped.", valueName: "seconds"))
    var idleTimeout = 300

    @Option(help: ArgumentHelp("Sessions held at once; one more gets ERR 429 and BYE limit.", valueName: "n"))
    var maxSessions = 1000

    @Option(help: ArgumentHelp("Sessions held at once from one client address.", valueName: "n"))
    var maxPerAddress = 32

    @Option(help: ArgumentHelp("Bytes in one client line; a longer line gets ERR 413.", valueName: "bytes"))
    var maxLine = 1024

    @Option(help: ArgumentHelp("Lines a connection may send per second on average (0: no limit).", valueName: "n"))
    var maxLinesPerSecond = 100

    @Option(help: ArgumentHelp("Lines a connection may send at once above that rate.", valueName: "n"))
    var lineBurst = 200

    func validate() throws {
        guard idleTimeout > 0, maxSessions > 0, maxPerAddress > 0, maxLine > 0, lineBurst > 0, maxLinesPerSecond >= 0 else {
            throw ValidationError("the limits take positive numbers (--max-lines-per-second may be 0)")
        }
    }

    /// The limits the options give; the rest keep their defaults.
    var limits: ServerLimits {
        var limits = ServerLimits()
        limits.idleTimeout = .seconds(idleTimeout)
        limits.maxSessions = maxSessions
        limits.maxPerAddress = maxPerAddress
        limits.maxLineBytes = maxLine
        limits.linesPerSecond = maxLinesPerSecond
        limits.lineBurst = lineBurst
        return limits
    }
}

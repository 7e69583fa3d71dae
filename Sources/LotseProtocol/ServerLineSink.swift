/// Where `ServerLine` writes a turn's lines, piece by piece: the daemon's output buffer, or
/// a list of strings.
public protocol ServerLineSink {
    /// Adds `piece` to the line being written.
    mutating func append(_ piece: String)
    /// Adds `piece` to the line being written.
    mutating func append(_ piece: Substring)
    /// Adds whole lines spelt ahead, between two lines.
    mutating func append(spelt: SpeltLines)
    /// Ends the line being written (the protocol's LF, or the end of a string).
    mutating func endLine()
}

/// The lines as strings, without their LF (`ServerLine.lines(for:)`).
struct LineList: ServerLineSink {
    private(set) var lines: [String] = []
    private var current = ""

    mutating func append(_ piece: String) {
        current += piece
    }

    mutating func append(_ piece: Substring) {
        current += piece
    }

    mutating func append(spelt: SpeltLines) {
        lines += spelt.lines
    }

    mutating func endLine() {
        lines.append(current)
        current = ""
    }
}

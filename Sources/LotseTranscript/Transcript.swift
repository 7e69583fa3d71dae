import Foundation
import LotseWire

/// A scripted dialogue test (`*.chat`): the lines a client sends and the server lines each
/// turn must, or must not, contain.
///
/// ```
/// # a comment
/// < SAY Hallo*              expected in the greeting turn (before the first >)
/// > 19                      a line the user sends
/// < ASK region choice       expected in this turn, in order; * matches any text
/// ! REFER * jobcenter-*     no line of this turn may match
/// ```
public struct Transcript: Sendable {
    /// One expectation: a pattern that a line of the turn must (`<`) or must not (`!`) match.
    public struct Expectation: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case present
            case absent
        }

        public let kind: Kind
        public let pattern: LinePattern
        /// The transcript line it stands on (1-based).
        public let line: Int
    }

    /// One turn: what the client sends (nil for the greeting) and what must come back.
    public struct Turn: Sendable {
        public let input: String?
        /// The transcript line of the input (the first line for the greeting).
        public let line: Int
        public var expectations: [Expectation]
    }

    /// A line of a transcript that is none of `#`, `<`, `>`, `!`, or is not UTF-8 text.
    public struct SyntaxError: Error, CustomStringConvertible {
        public let file: String
        public let line: Int
        /// What is wrong with the line, and how to fix it.
        public let problem: String

        init(file: String, line: Int, text: String) {
            self.init(
                file: file, line: line,
                problem: "'\(text)' is no transcript line; start it with '<' (expected), "
                    + "'>' (sent), '!' (must not appear) or '#' (comment)")
        }

        init(file: String, line: Int, problem: String) {
            self.file = file
            self.line = line
            self.problem = problem
        }

        public var description: String { "\(file):\(line): error: \(problem)" }
    }

    public let file: String
    public let turns: [Turn]

    /// Parses the text of a transcript.
    public init(file: String, text: String) throws(SyntaxError) {
        self.file = file
        var turns = [Turn(input: nil, line: 1, expectations: [])]
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = offset + 1
            let line = raw.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let body = line.dropFirst().trimmingSpaces()
            switch line.first {
            case ">":
                turns.append(Turn(input: String(line.dropFirst(line.dropFirst().hasPrefix(" ") ? 2 : 1)), line: number, expectations: []))
            case "<":
                turns[turns.count - 1].expectations.append(Expectation(kind: .present, pattern: LinePattern(body), line: number))
            case "!":
                turns[turns.count - 1].expectations.append(Expectation(kind: .absent, pattern: LinePattern(body), line: number))
            default:
                throw SyntaxError(file: file, line: number, text: line)
            }
        }
        self.turns = turns
    }

    /// Reads and parses the transcript at `path`; bytes that are not UTF-8 are reported at
    /// their line.
    public init(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let text = String(validating: data, as: UTF8.self) else {
            let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let line = (lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0) + 1
            throw SyntaxError(file: path, line: line, problem: "the line is not UTF-8 text; save the transcript as UTF-8")
        }
        try self.init(file: path, text: text)
    }
}

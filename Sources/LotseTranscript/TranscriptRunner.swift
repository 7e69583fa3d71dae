public import LotseWire

/// Runs transcripts against a conversation and says where they fail.
public enum TranscriptRunner {
    /// Why a transcript failed: the expectation that did not hold and the lines the turn really produced.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public let turn: [String]

        public var description: String {
            let lines = turn.isEmpty ? "    (no lines)" : turn.map { "    \($0)" }.joined(separator: "\n")
            return "\(file):\(line): \(message)\n  the turn was:\n\(lines)"
        }
    }

    /// Runs `transcript`; nil when every turn met its expectations, else the first failure.
    /// - Parameter foreignPartners: partners no referral of this transcript may name — for a
    ///   network's transcript, every other network's (`NetworkTranscripts.foreignPartners`).
    public static func run(
        _ transcript: Transcript, on conversation: some Conversation, foreignPartners: Set<String> = []
    ) async -> Failure? {
        let failure = await runTurns(transcript, on: conversation, foreignPartners: foreignPartners)
        await conversation.close()
        return failure
    }

    private static func runTurns(
        _ transcript: Transcript, on conversation: some Conversation, foreignPartners: Set<String>
    ) async -> Failure? {
        for turn in transcript.turns {
            let lines: [String]
            do {
                if let input = turn.input {
                    lines = try await conversation.send(input)
                } else {
                    lines = try await conversation.open()
                }
            } catch {
                return Failure(file: transcript.file, line: turn.line, message: "the conversation failed: \(error)", turn: [])
            }
            if let failure = check(turn, lines, file: transcript.file) { return failure }
            if let foreign = lines.first(where: { names(foreignPartners, $0) }) {
                return Failure(
                    file: transcript.file, line: turn.line,
                    message: "`\(foreign)` names a partner of another network; a network's transcript stays in its network",
                    turn: lines)
            }
        }
        return nil
    }

    /// Whether `line` is a `REFER N PARTNER NAME` naming one of `partners`.
    private static func names(_ partners: Set<String>, _ line: String) -> Bool {
        guard !partners.isEmpty, line.hasPrefix("REFER ") else { return false }
        let words = line.split(separator: " ", maxSplits: 3)
        return words.count >= 3 && partners.contains(String(words[2]))
    }

    /// The first expectation of `turn` that `lines` do not meet.
    static func check(_ turn: Transcript.Turn, _ lines: [String], file: String) -> Failure? {
        var position = 0
        for expectation in turn.expectations {
            switch expectation.kind {
            case .present:
                guard let found = lines[position...].firstIndex(where: expectation.pattern.matches) else {
                    let earlier = lines[..<position].contains(where: expectation.pattern.matches)
                    let message =
                        earlier
                        ? "expected `< \(expectation.pattern)` after the line matched before it, but it came earlier"
                        : "expected `< \(expectation.pattern)` in this turn"
                    return Failure(file: file, line: expectation.line, message: message, turn: lines)
                }
                position = found + 1
            case .absent:
                if let found = lines.first(where: expectation.pattern.matches) {
                    return Failure(
                        file: file, line: expectation.line,
                        message: "`! \(expectation.pattern)` must not appear, but the turn has `\(found)`", turn: lines)
                }
            }
        }
        return nil
    }
}

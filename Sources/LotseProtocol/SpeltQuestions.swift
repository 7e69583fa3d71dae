public import LotseDialog
public import LotseEngine

/// Lines of protocol v1 spelt once, as strings and as the bytes that go on the wire.
public struct SpeltLines: Sendable, Equatable {
    /// The lines, without their LF.
    public let lines: [String]
    /// The lines as UTF-8, each ended by LF.
    public let bytes: [UInt8]

    /// The lines of `events`, spelt by `ServerLine`.
    public init(_ events: [Event]) {
        lines = ServerLine.lines(for: events)
        var bytes = ByteSink()
        ServerLine.write(events, to: &bytes)
        self.bytes = bytes.bytes
    }
}

/// Every question of a dialog spelt ahead, once per language: its text, `ASK`, its options and
/// hints, then `WAIT` — as most turns end. A turn that ends by asking copies these bytes
/// instead of composing and spelling the same lines again (`ServerTurn.asking`).
public final class SpeltQuestions: Sendable {
    /// The dialog the questions are of.
    public let dialog: Dialog
    /// Node index → the question in each of `dialog.languages`, in their order; empty for a
    /// node that asks nothing.
    private let questions: [[SpeltLines]]

    /// Spells every question of `dialog` in every language it offers.
    public init(dialog: Dialog) {
        self.dialog = dialog
        let sessions = dialog.languages.map { Session(dialog: dialog, language: $0.code) }
        questions = dialog.nodes.indices.map { index in
            guard case .ask = dialog.nodes[index].kind else { return [] }
            return sessions.map { SpeltLines($0.questionEvents(index) + [.wait]) }
        }
    }

    /// The question of node `index` in `language`, then `WAIT`.
    public func question(_ index: Int, in language: String) -> SpeltLines {
        if questions.indices.contains(index), let offered = dialog.languages.firstIndex(where: { $0.code == language }),
            questions[index].indices.contains(offered)
        {
            return questions[index][offered]
        }
        // Not spelt ahead (not a question of this dialog, or a language it does not offer):
        // spelt now, as the session would say it.
        return SpeltLines(Session(dialog: dialog, language: language).questionEvents(index) + [.wait])
    }
}

/// The lines as bytes, each ended by LF.
struct ByteSink: ServerLineSink {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ piece: String) {
        bytes.append(contentsOf: piece.utf8)
    }

    mutating func append(_ piece: Substring) {
        bytes.append(contentsOf: piece.utf8)
    }

    mutating func append(spelt: SpeltLines) {
        bytes.append(contentsOf: spelt.bytes)
    }

    mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
    }
}

public import LotseDialog
public import LotseEngine

/// Lines of protocol v1 spelt once, as strings and as the bytes that go on the wire.
public struct SpeltLines: Sendable, Equatable {
    /// The lines, without their LF.
    public let lines: [String]
    /// The lines as UTF-8, each ended by LF.
    public let bytes: [UInt8]

    /// The lines of `events` (a question's: no `Event.question` among them), spelt by `ServerLine`.
    init(_ events: [Event]) {
        var list = LineList()
        var bytes = ByteSink()
        for event in events {
            ServerLine.write(line: event, to: &list)
            ServerLine.write(line: event, to: &bytes)
        }
        lines = list.lines
        self.bytes = bytes.bytes
    }
}

/// Every question of a dialog spelt ahead, once per language: its text, `ASK`, its options and
/// hints. A turn that ends by asking (`Event.question`) copies these bytes instead of
/// composing and spelling the same lines again; a question not spelt ahead is spelt on the spot.
public final class SpeltQuestions: Sendable {
    /// The dialog the questions are of.
    public let dialog: Dialog
    /// Node index → the question in each of `dialog.languages`, in their order; empty for a
    /// node that asks nothing.
    private let questions: [[SpeltLines]]

    /// Spells every question of `dialog` in every language it offers.
    public init(dialog: Dialog) {
        self.dialog = dialog
        questions = dialog.nodes.indices.map { index in
            guard case .ask = dialog.nodes[index].kind else { return [] }
            return dialog.languages.map { SpeltLines(dialog.questionEvents(index, in: $0.code)) }
        }
    }

    /// The lines of `question`: spelt ahead, or — not a question of this dialog, or a
    /// language it does not offer — spelt now.
    public func lines(of question: AskedQuestion) -> SpeltLines {
        if questions.indices.contains(question.node),
            let offered = dialog.languages.firstIndex(where: { $0.code == question.language }),
            questions[question.node].indices.contains(offered)
        {
            return questions[question.node][offered]
        }
        return SpeltLines(dialog.questionEvents(question.node, in: question.language))
    }
}

extension SpeltQuestions: Equatable {
    /// The same questions: one spelling of one dialog.
    public static func == (lhs: SpeltQuestions, rhs: SpeltQuestions) -> Bool {
        lhs === rhs
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

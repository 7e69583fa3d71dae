import Foundation
import LotseDialog
import LotseTestSupport
import Testing

@testable import LotseEngine

/// The mini fixture dialog (Tests/Fixtures/mini), loaded once for all engine tests.
///
/// Its flow: welcome, crisis (yesno, skippable; yes goes straight to the referral), age
/// (5...99), region (nord, sued, other), goal (ausbildung, arbeit, studium, sprache), money
/// (yesno, skippable), counsel-lang (de, en, ru, other), referral, end.
enum Fixture {
    static let dialog: Dialog = try! DialogLoader.load(directory: Repository.fixture("mini"))
    /// The bundled knowledge base (Dialogs/), for tests of what it says.
    static let bundled: Dialog = try! DialogLoader.load(directory: Repository.bundledDialogs)

    /// The mini dialog with the edits made to its `file` (each text replaced once), loaded from
    /// a temporary copy — for the few tests that need another rule.
    static func variant(_ file: String, _ edits: [(String, String)]) throws -> Dialog {
        let copy = try FixtureCopy(of: Repository.fixture("mini"))
        for (old, new) in edits { try copy.replace(old, with: new, in: file) }
        return try DialogLoader.load(directory: copy.path)
    }
}

/// The answers that take the mini dialog from the greeting to the referral, one per question:
/// crisis no, age 19, region north, goal training, money no, language German.
let walkToReferral = ["nein", "19", "1", "1", "nein", "1"]

extension Session {
    /// A started session on `dialog` (the mini fixture) that has been sent `lines`.
    static func mini(
        after lines: [String] = [], language: String? = nil, counselor: Bool = false,
        dialog: Dialog = Fixture.dialog
    ) -> Session {
        var session = Session(dialog: dialog, language: language)
        session.isCounselor = counselor
        _ = session.start()
        for line in lines { _ = session.step(line) }
        return session
    }

    /// Sends `lines` one by one; the turns they produced, as `turn(_:)` gives them.
    mutating func run(_ lines: [String]) -> [[Event]] {
        lines.map { turn($0) }
    }

    /// `step(line)` as the tests read a turn: its question written out as its lines.
    mutating func turn(_ line: String) -> [Event] {
        writtenOut(step(line))
    }

    /// `start()` as the tests read a turn: its question written out as its lines.
    mutating func greetingTurn() -> [Event] {
        writtenOut(start())
    }

    /// `events` with a question written out as its lines (`Dialog.questionEvents(_:in:)`).
    func writtenOut(_ events: [Event]) -> [Event] {
        events.flatMap { event -> [Event] in
            if case .question(let question) = event { return dialog.questionEvents(question.node, in: question.language) }
            return [event]
        }
    }

    /// Sends `lines` and returns the last turn.
    mutating func last(_ lines: [String]) -> [Event] {
        run(lines).last ?? []
    }
}

extension [Event] {
    /// The `ERR` texts of a turn.
    var errors: [String] { compactMap { if case .error(_, let text) = $0 { text } else { nil } } }
    /// The `ERR` codes of a turn.
    var errorCodes: [ErrorCode] { compactMap { if case .error(let code, _) = $0 { code } else { nil } } }
    /// The slot of the `ASK` in a turn.
    var asked: String? { lazy.compactMap { if case .ask(let slot, _) = $0 { slot } else { nil } }.first }
    /// The `OPT` labels of a turn, in order.
    var optionLabels: [String] { compactMap { if case .option(_, _, let label) = $0 { label } else { nil } } }
    /// The partners referred in a turn, in rank order.
    var referred: [String] { compactMap { if case .refer(_, let partner, _) = $0 { partner } else { nil } } }
    /// The ranks of the `REFER` lines of a turn.
    var ranks: [Int] { compactMap { if case .refer(let rank, _, _) = $0 { rank } else { nil } } }
    /// The `SAY` texts of a turn.
    var said: [String] { compactMap { if case .say(let text) = $0 { text } else { nil } } }
    /// The `NOTE` texts of a turn.
    var notes: [String] { compactMap { if case .note(let text) = $0 { text } else { nil } } }
    /// The `TRACE` texts of a turn.
    var traces: [String] { compactMap { if case .trace(let text) = $0 { text } else { nil } } }
    /// The `END` of a turn, if it has one.
    var outcome: Outcome? { lazy.compactMap { if case .end(let outcome) = $0 { outcome } else { nil } }.first }
    /// The `WHY` texts for `partner`.
    func reasons(for partner: String) -> [String] {
        compactMap { if case .why(partner, let text) = $0 { text } else { nil } }
    }
    /// The `INFO` values of `field` for `partner`.
    func info(_ partner: String, _ field: InfoField) -> [String] {
        compactMap { if case .info(partner, field, let value) = $0 { value } else { nil } }
    }
    /// The `INFO` fields given for `partner`, in order.
    func infoFields(_ partner: String) -> [InfoField] {
        compactMap { if case .info(partner, let field, _) = $0 { field } else { nil } }
    }
}

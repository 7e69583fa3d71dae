import Foundation
import LotseDialog
import Testing

@testable import LotseEngine

/// A multi question ("which of these apply?") fills every yes/no slot it offers at once, from
/// numbers, keys or labels; `0` or "nichts davon" says none applies. On the bundled Dialogs,
/// whose needs question offers six slots.
@Suite struct MultiQuestionTests {
    static let needs = ["unaccompanied", "violence", "pregnancy", "debts", "disability", "stay", "work-lost", "children"]
    /// Crisis no, 20, elsewhere, recognised refugee, foreign certificate, A2, a job, no money,
    /// housing or family worries: the needs question is open.
    static let toNeeds = ["nein", "20", "3", "4", "3", "3", "3", "nein", "nein", "nein"]

    private func atNeeds() -> Session {
        var session = Session(dialog: Fixture.bundled)
        _ = session.greetingTurn()
        for line in Self.toNeeds { _ = session.turn(line) }
        return session
    }

    private func values(_ session: Session) -> [String?] {
        Self.needs.map { session.slots[$0].map(\.description) }
    }

    @Test func theQuestionOffersEachSlotAsAnOption() {
        var session = Session(dialog: Fixture.bundled)
        _ = session.greetingTurn()
        let turn = session.run(Self.toNeeds).last ?? []
        #expect(turn.contains(.ask(slot: "needs", kind: .multi)))
        #expect(turn.compactMap { if case .option(_, let key, _) = $0 { key } else { nil } } == Self.needs)
        #expect(turn.notes.first == "Schreib die Zahlen von allem, was passt, zum Beispiel „1 3“. Wenn nichts passt, schreib 0.")
    }

    @Test(
        arguments: [
            ("3 4", ["no", "no", "yes", "yes", "no", "no", "no", "no"]),
            ("3, 4", ["no", "no", "yes", "yes", "no", "no", "no", "no"]),
            ("pregnancy,debts", ["no", "no", "yes", "yes", "no", "no", "no", "no"]),
            ("Ich habe Schulden", ["no", "no", "no", "yes", "no", "no", "no", "no"]),
            ("schulden, behinderung", ["no", "no", "no", "yes", "yes", "no", "no", "no"]),
            ("٦", ["no", "no", "no", "no", "no", "yes", "no", "no"]),
            ("0", ["no", "no", "no", "no", "no", "no", "no", "no"]),
            ("Nichts davon", ["no", "no", "no", "no", "no", "no", "no", "no"]),
        ] as [(String, [String])])
    func answersFillEverySlot(_ answer: String, _ expected: [String]) {
        var session = atNeeds()
        let turn = session.turn(answer)
        #expect(turn.errors.isEmpty, "\(turn)")
        #expect(values(session) == expected)
        #expect(turn.asked == "counsel-lang")
    }

    @Test(arguments: ["9", "1 9", "vielleicht", ""])
    func unclearAnswersAreRefusedAndFillNothing(_ answer: String) {
        var session = atNeeds()
        let turn = session.turn(answer)
        #expect(turn.errorCodes == [.notUnderstood])
        #expect(values(session) == Array(repeating: nil, count: Self.needs.count))
    }

    @Test func skipLeavesEverySlotUnknown() {
        var session = atNeeds()
        _ = session.turn("/skip")
        #expect(values(session) == Array(repeating: nil, count: Self.needs.count))
        #expect(Set(Self.needs).isSubset(of: session.skipped))
    }

    @Test func backAsksAgainWithTheSlotsCleared() {
        var session = atNeeds()
        _ = session.turn("2 5")
        let turn = session.turn("/back")
        #expect(turn.asked == "needs")
        #expect(values(session) == Array(repeating: nil, count: Self.needs.count))
    }

    @Test func aFlowMayOfferASubset() throws {
        // Under 12: only "without parents" and "violence" are offered.
        var session = Session(dialog: Fixture.bundled)
        _ = session.greetingTurn()
        let turn = session.run(["nein", "8", "1", "nein"]).last ?? []
        #expect(turn.compactMap { if case .option(_, let key, _) = $0 { key } else { nil } } == ["unaccompanied", "violence"])
        _ = session.turn("2")
        #expect(session.slots["violence"] == .key("yes"))
        #expect(session.slots["debts"] == nil)
    }

    @Test func counselorsSetTheSlotsNotTheGroup() {
        var session = atNeeds()
        session.isCounselor = true
        #expect(
            session.turn("/set needs debts").errors.first?.hasPrefix("needs fragt mehrere Slots auf einmal. Setz jeden davon: ") == true)
        _ = session.turn("/set debts yes")
        #expect(session.slots["debts"] == .key("yes"))
    }

    @Test func aCounselorsWhyNamesTheBasisAndTheSourcesOfEveryFact() {
        var session = atNeeds()
        session.isCounselor = true
        _ = session.run(["3 4", "1"])
        let notes = session.turn("/why").notes
        #expect(
            notes.contains { $0.hasPrefix("Regel debts-counselling: Gemeinnützige Schuldner") && $0.contains("(geprüft am 2026-12-02)") })
        #expect(
            notes.contains(
                "schuldnerberatung-search web: http://www.bag-sb.de/die-bag-sb/das-sind-wir/information-in-englisch/ (geprüft am 2026-12-02)"
            ))
        // In the session's language, the basis itself staying as the authors wrote it.
        _ = session.turn("/lang uk")
        let ukrainian = session.turn("/why").notes
        #expect(
            ukrainian.contains {
                $0.hasPrefix("Правило debts-counselling: Gemeinnützige Schuldner") && $0.contains("(перевірено 2026-12-02)")
            })
        session.isCounselor = false
        // A person's /why names no rule and no source (a note may still count further places).
        #expect(!session.turn("/why").notes.contains { $0.hasPrefix("Правило") || $0.contains("перевірено") })
    }
}

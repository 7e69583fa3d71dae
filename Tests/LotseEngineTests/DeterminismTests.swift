import Testing

@testable import LotseEngine

/// The same lines give the same events; every turn ends with WAIT or BYE.
@Suite struct DeterminismTests {
    static let script = ["nein", "/why", "19", "/lang en", "kiel", "/back", "South", "training", "/skip", "2", "/summary",
                         "/restart", "ja", "/quit"]

    private func run() -> [[Event]] {
        var session = Session(dialog: Fixture.dialog)
        return [session.start()] + Self.script.map { session.step($0) }
    }

    @Test func sameLinesSameEvents() {
        #expect(run() == run())
    }

    @Test func everyTurnEndsWithWaitOrBye() {
        for turn in run() {
            let last = turn.last
            #expect(last == .wait || last == .bye(.quit), "\(turn)")
            #expect(turn.dropLast().allSatisfy { $0 != .wait })
        }
    }
}

import Testing

@testable import LotseEngine

/// The same lines give the same events; every turn ends with WAIT or BYE, and only there.
@Suite struct DeterminismTests {
    static let script = [
        "nein", "/why", "19", "/lang en", "kiel", "/back", "South", "training", "/skip", "2", "/summary",
        "/restart", "ja", "/back", "/help", "/dance", "/quit",
    ]

    /// Every line a person might send, for random conversations.
    static let vocabulary = [
        "ja", "nein", "19", "120", "1", "2", "3", "4", "kiel", "Süden", "woanders", "Ausbildung",
        "Arbeit", "Deutsch", "Russisch", "blumenkohl", "", "/back", "/skip", "/restart", "/why",
        "/summary", "/help", "/lang en", "/lang de", "/lang xx", "/slots", "/dance", "/quit",
    ]

    /// The greeting and the turns of a session that is sent `lines`.
    private func turns(_ lines: [String], counselor: Bool = false) -> [[Event]] {
        var session = Session(dialog: Fixture.dialog)
        session.isCounselor = counselor
        return [session.start()] + session.run(lines)
    }

    /// `count` lines drawn from the vocabulary by a fixed-seed generator.
    static func randomLines(seed: UInt64, count: Int) -> [String] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return vocabulary[Int((state >> 33) % UInt64(vocabulary.count))]
        }
    }

    /// Expects each turn to end with WAIT or BYE and to hold neither before its end.
    private func expectWellFormed(_ turns: [[Event]], sourceLocation: SourceLocation = #_sourceLocation) {
        for turn in turns {
            let last = turn.last
            #expect(last == .wait || last == .bye(.quit), "\(turn)", sourceLocation: sourceLocation)
            #expect(!turn.dropLast().contains { $0 == .wait || $0 == .bye(.quit) }, "\(turn)", sourceLocation: sourceLocation)
        }
    }

    @Test func sameLinesSameEvents() {
        #expect(turns(Self.script) == turns(Self.script))
    }

    @Test func everyTurnOfTheScriptEndsWithWaitOrBye() {
        let all = turns(Self.script)
        expectWellFormed(all)
        #expect(all.last == [.bye(.quit)])
    }

    @Test(arguments: 1...20)
    func randomConversationsAreDeterministicAndWellFormed(_ seed: Int) {
        let lines = Self.randomLines(seed: UInt64(seed), count: 60)
        let first = turns(lines, counselor: seed.isMultiple(of: 2))
        #expect(first == turns(lines, counselor: seed.isMultiple(of: 2)))
        expectWellFormed(first)
    }

    @Test func aCopiedSessionGoesOnIndependently() {
        var original = Session.mini(after: ["nein", "19"])
        var copy = original
        let fromCopy = copy.step("Süden")
        #expect(original.slots["region"] == nil)
        #expect(original.step("Süden") == fromCopy)
        #expect(original.slots == copy.slots)
    }

    @Test func stepBeforeStartGivesTheGreeting() {
        var session = Session(dialog: Fixture.dialog)
        var started = Session(dialog: Fixture.dialog)
        #expect(session.step("19") == started.start())
        #expect(session.openQuestion == "ask-crisis")
    }

    @Test func turnsAreCounted() {
        var session = Session.mini()
        _ = session.run(["nein", "/help", "blumenkohl"])
        #expect(session.turns == 3)
    }
}

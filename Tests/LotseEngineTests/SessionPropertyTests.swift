import LotseDialog
import PropertyBased
import Testing

@testable import LotseEngine

/// Properties of `Session.step` for random lines on the bundled Dialogs: whatever is typed,
/// every turn ends with a question (`WAIT`) or the end (`BYE`); an answer undone with `/back`
/// asks that question again with its slots cleared; the same lines give the same events; a
/// turn left open at its question, with that question added, is the whole turn.
@Suite struct SessionPropertyTests {
    /// What a person (or a counselor) might send: answers of every kind, commands, noise.
    static let lines = [
        "1", "2", "3", "4", "5", "7", "9", "0", "19", "15", "8", "31", "ja", "nein", "yes", "3 4", "1, 6", "nichts davon",
        "siegen", "lichtenfels", "kreuztal", "ukraine", "ich habe schulden", "x", "", "/back", "/skip", "/restart",
        "/why", "/summary", "/lang uk", "/lang fa", "/help", "/set age 17", "/goto referral", "/slots", "/trace on",
        "//back", "٣", "/unknown", "/quit",
    ]
    static let input = Gen.int(in: 0...(lines.count - 1)).array(of: 1...40)

    private func session(counselor: Bool) -> Session {
        var session = Session(dialog: Fixture.bundled)
        session.isCounselor = counselor
        _ = session.start()
        return session
    }

    @Test func everyTurnEndsWithAQuestionOrTheEnd() async {
        await propertyCheck(count: 200, input: Self.input, Gen.bool) { indices, counselor in
            var session = session(counselor: counselor)
            for line in indices.map({ Self.lines[$0] }) {
                let turn = session.turn(line)
                switch turn.last {
                case .wait?, .bye?: break
                default: Issue.record("'\(line)' gave a turn that ends with \(String(describing: turn.last))")
                }
                if session.isClosed { break }
            }
        }
    }

    @Test func backAfterAnAnswerAsksItAgainWithItsSlotsCleared() async {
        await propertyCheck(count: 200, input: Self.input) { indices in
            var session = session(counselor: false)
            for line in indices.map({ Self.lines[$0] }) where !line.hasPrefix("/") {
                guard let node = session.openQuestion, let index = Fixture.bundled.nodeIndex[node],
                    case .ask(let question) = Fixture.bundled.nodes[index].kind
                else { break }
                let before = session.slots
                guard session.turn(line).errors.isEmpty, session.openQuestion != node else { continue }
                let filled = Fixture.bundled.slots[question.slot]?.kind == .multi ? question.options : [question.slot]
                let again = session.turn("/back")
                #expect(again.asked == question.slot, "'/back' after '\(line)' at \(node)")
                #expect(session.openQuestion == node)
                for slot in filled { #expect(session.slots[slot] == before[slot], "\(slot) after /back") }
                _ = session.turn(line)
            }
        }
    }

    @Test func backRestoresEverySlotAsItWasWhenThatStepWasTaken() async {
        await propertyCheck(count: 200, input: Self.input) { indices in
            var session = session(counselor: true)
            // The slots just before each line that made a step `/back` returns to.
            var before: [[String: SlotValue]] = []
            for line in indices.map({ Self.lines[$0] }) + ["/back", "/back", "/back"] {
                let slots = session.slots
                let steps = session.history.count
                _ = session.turn(line)
                if session.isClosed { break }
                if session.history.count == steps + 1 {
                    before.append(slots)
                } else if session.history.count == steps - 1 {
                    #expect(session.slots == before.removeLast(), "'\(line)'")
                } else if session.history.isEmpty {
                    before.removeAll()
                }
                #expect(before.count == session.history.count, "'\(line)'")
            }
        }
    }

    @Test func theSameLinesGiveTheSameEvents() async {
        await propertyCheck(count: 100, input: Self.input) { indices in
            var first = session(counselor: true)
            var second = session(counselor: true)
            for line in indices.map({ Self.lines[$0] }) {
                #expect(first.turn(line) == second.turn(line))
            }
        }
    }

    @Test func aTurnAsksAtMostOneQuestionLastAndItIsTheOpenOne() async {
        await propertyCheck(count: 200, input: Self.input, Gen.bool) { indices, counselor in
            var session = session(counselor: counselor)
            for line in indices.map({ Self.lines[$0] }) {
                let events = session.step(line)
                let asked = events.enumerated().compactMap { if case .question(let question) = $1 { ($0, question) } else { nil } }
                #expect(asked.count <= 1, "'\(line)'")
                if let (position, question) = asked.first {
                    #expect(position == events.count - 2 && events.last == .wait, "'\(line)'")
                    #expect(session.position == .asking(question.node) && question.language == session.language, "'\(line)'")
                }
                if session.isClosed { break }
            }
        }
    }

    /// A session writes each turn into the last one's storage; a caller that keeps its turns
    /// still has them as they were.
    @Test func turnsKeptByTheCallerStayAsTheyWere() async {
        await propertyCheck(count: 100, input: Self.input, Gen.bool) { indices, counselor in
            var keeping = session(counselor: counselor)
            var dropping = session(counselor: counselor)
            var kept: [[Event]] = []
            var expected: [[Event]] = []
            for line in indices.map({ Self.lines[$0] }) {
                kept.append(keeping.step(line))
                expected.append(dropping.step(line).map { $0 })  // new storage: the session reuses its own
            }
            #expect(kept == expected)
        }
    }
}

/// A session writes a turn into the last turn's storage once the caller has let go of it:
/// a turn then allocates no array of its own.
@Suite struct TurnStorageTests {
    /// The address of a turn's storage.
    private static func storage(_ events: [Event]) -> UnsafeRawPointer? {
        events.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func theNextTurnIsWrittenWhereTheLastWas() {
        var session = Session.mini()
        let first = Self.storage(session.step("/help"))
        let second = Self.storage(session.step("/help"))
        #expect(first != nil && first == second)
    }

    @Test func aTurnTheCallerKeepsIsNotWrittenOver() {
        var session = Session.mini()
        let kept = session.step("/help")
        let next = session.step("nein")
        #expect(Self.storage(kept) != Self.storage(next))
        #expect(kept.last == .wait && kept.contains { if case .note = $0 { true } else { false } })
    }
}

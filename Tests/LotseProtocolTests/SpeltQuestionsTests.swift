import LotseDialog
import LotseEngine
import Testing

@testable import LotseProtocol

/// Questions spelt ahead are the lines the session would spell, in every language.
@Suite struct SpeltQuestionsTests {
    let dialog = ServerLineTests.mini
    var questions: SpeltQuestions { SpeltQuestions(dialog: dialog) }

    @Test func everyQuestionInEveryLanguageIsTheSessionsOwnLinesThenWait() {
        let questions = questions
        let asks = dialog.nodes.indices.filter { if case .ask = dialog.nodes[$0].kind { true } else { false } }
        #expect(!asks.isEmpty)
        #expect(dialog.languages.count > 1)
        for index in asks {
            for language in dialog.languages.map(\.code) {
                let spelt = questions.question(index, in: language)
                let expected = ServerLine.lines(for: Session(dialog: dialog, language: language).questionEvents(index) + [.wait])
                #expect(spelt.lines == expected, "\(dialog.nodes[index].id) in \(language)")
                #expect(spelt.bytes == Array(expected.map { $0 + "\n" }.joined().utf8))
                #expect(spelt.lines.contains { $0.hasPrefix("ASK ") })
            }
        }
    }

    @Test func aLanguageNotOfferedIsSpeltAsTheSessionWouldSpellIt() {
        let index = dialog.nodes.indices.first { if case .ask = dialog.nodes[$0].kind { true } else { false } }!
        let spelt = questions.question(index, in: "xx")
        #expect(spelt.lines == ServerLine.lines(for: Session(dialog: dialog, language: "xx").questionEvents(index) + [.wait]))
        #expect(spelt.lines.first == ServerLine.lines(for: Session(dialog: dialog).questionEvents(index)).first)
    }

    @Test func aTurnAskingWritesItsEventsThenTheQuestion() {
        let spelt = SpeltLines([.say("Wie alt bist du?"), .ask(slot: "age", kind: .number(min: 5, max: 99)), .wait])
        #expect(
            ServerLine.lines(for: .asking([.say("Danke.")], spelt))
                == ["SAY Danke.", "SAY Wie alt bist du?", "ASK age number min=5 max=99", "WAIT"])
        #expect(ServerTurn.asking([], spelt).closingReason == nil)
    }
}

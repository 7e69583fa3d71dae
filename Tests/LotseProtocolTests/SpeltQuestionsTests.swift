import LotseDialog
import LotseEngine
import Testing

@testable import LotseProtocol

/// Questions spelt ahead are the lines of the dialog's question events, in every language;
/// a turn's question is copied from them.
@Suite struct SpeltQuestionsTests {
    let dialog = ServerLineTests.mini
    var questions: SpeltQuestions { SpeltQuestions(dialog: dialog) }
    var asks: [Int] { dialog.nodes.indices.filter { if case .ask = dialog.nodes[$0].kind { true } else { false } } }

    @Test func everyQuestionInEveryLanguageIsItsEventsLines() {
        let questions = questions
        #expect(!asks.isEmpty)
        #expect(dialog.languages.count > 1)
        for index in asks {
            for language in dialog.languages.map(\.code) {
                let spelt = questions.lines(of: AskedQuestion(node: index, language: language))
                let expected = ServerLine.lines(for: dialog.questionEvents(index, in: language), questions: questions)
                #expect(spelt.lines == expected, "\(dialog.nodes[index].id) in \(language)")
                #expect(spelt.bytes == Array(expected.map { $0 + "\n" }.joined().utf8))
                #expect(spelt.lines.contains { $0.hasPrefix("ASK ") })
            }
        }
    }

    @Test func aLanguageNotOfferedIsSpeltOnTheSpot() throws {
        let index = try #require(asks.first)
        let spelt = questions.lines(of: AskedQuestion(node: index, language: "xx"))
        #expect(spelt.lines == ServerLine.lines(for: dialog.questionEvents(index, in: "xx"), questions: questions))
        #expect(spelt.lines.first == questions.lines(of: AskedQuestion(node: index, language: dialog.sourceLanguage)).lines.first)
    }

    @Test func aTurnWritesItsEventsWithItsQuestionInPlace() throws {
        let age = try #require(dialog.nodeIndex["ask-age"])
        let turn = ServerTurn.session([.say("Danke."), .question(AskedQuestion(node: age, language: "de")), .wait], questions)
        #expect(ServerLine.lines(for: turn) == ["SAY Danke.", "SAY Wie alt bist du?", "ASK age number min=5 max=99", "WAIT"])
        #expect(turn.closingReason == nil)
    }
}
